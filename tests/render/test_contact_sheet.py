"""The contact sheet for reviewing decks, and text items as printed pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.core.model import Slide
from facilitator.render.contact_sheet import SheetDeck, export_contact_sheet_pdf
from facilitator.render.text_pdf import export_text_pdf
from facilitator.render.theme import THEMES


def pages(pdf: Path) -> list[str]:
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext (poppler-utils, in the README's test packages) is needed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def slides(count: int, *, long_at: int | None = None) -> list[Slide]:
    made = []
    for i in range(count):
        md = f"## Emne {i + 1}\n\n- Et punkt om følelser"
        if i == long_at:
            md = "## Alt for meget\n\n" + "\n".join(f"- Punkt {n} om tanker" for n in range(14))
        made.append(Slide(md, index=i, line=10 + 20 * i))
    return made


def test_each_deck_starts_a_page_and_every_slide_is_captioned(qapp, tmp_path):
    out = tmp_path / "sheet.pdf"
    decks = [
        SheetDeck("Mentalisering", "mentalisering/01.md", slides(8, long_at=7)),
        SheetDeck("Robusthed", "robusthed/01.md", slides(3)),
    ]
    export_contact_sheet_pdf(decks, out, THEMES["light"], title="Gennemsyn")
    first, second, third = pages(out)
    assert first.startswith("Mentalisering mentalisering/01.md · 8 slides")
    assert "1 · line 10" in first and "6 · line 110" in first
    assert "Mentalisering (…)" in second and "8 · line 150" in second
    assert "text at" in second  # the slide that had to shrink says how far
    assert "text at" not in first
    assert third.startswith("Robusthed robusthed/01.md · 3 slides")
    assert "Gennemsyn" in third and "3/3" in third.replace(" ", "")


def test_a_long_deck_title_is_shortened_rather_than_run_into_the_source(qapp, tmp_path):
    out = tmp_path / "sheet.pdf"
    title = "Et meget langt titel " * 8
    export_contact_sheet_pdf(
        [SheetDeck(title.strip(), "modul/01-et-langt-filnavn.md", slides(2))], out, THEMES["dark"]
    )
    (page,) = pages(out)
    assert "…" in page
    assert "modul/01-et-langt-filnavn.md · 2 slides" in page


def test_no_slides_at_all_is_refused(qapp, tmp_path):
    with pytest.raises(ValueError):
        export_contact_sheet_pdf(
            [SheetDeck("Tom", "x.md", [])], tmp_path / "x.pdf", THEMES["light"]
        )
    assert list(tmp_path.iterdir()) == []


def test_text_pages_carry_the_title_once_and_flow_over_pages(qapp, tmp_path):
    out = tmp_path / "handout.pdf"
    body = "## Formål\n\nAt øve eftertanke.\n\n" + "\n\n".join(
        f"Afsnit {n}: en sætning om at finde ro og overblik." for n in range(120)
    )
    export_text_pdf(body, out, title="Find roen")
    text = pages(out)
    assert len(text) >= 2
    assert text[0].startswith("Find roen Formål At øve eftertanke.")  # no lost "ft"
    assert all(page.count("Find roen") == (2 if i == 0 else 1) for i, page in enumerate(text))
    assert "Afsnit 119" in text[-1]


def test_a_text_that_brings_its_own_title_is_not_given_a_second_one(qapp, tmp_path):
    out = tmp_path / "guide.pdf"
    export_text_pdf("# Guide til modulet\n\nTekst.", out, title="Guide til modulet")
    (page,) = pages(out)
    assert page.count("Guide til modulet") == 2  # the heading and the footer
