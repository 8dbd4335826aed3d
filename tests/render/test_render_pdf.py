"""PDF export: real PDFs with the right pages, searchable text and embedded fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.core.model import Slide
from facilitator.render.pdf import export_slides_pdf
from facilitator.render.theme import THEMES

POPPLER = shutil.which("pdfinfo") and shutil.which("pdftotext") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def deck(count: int, deck_dir: Path | None = None) -> list[Slide]:
    layouts = ["title", "content", "two-columns", "quote", "exercise", "section", "content"]
    slides = []
    for i in range(count):
        layout = layouts[i % len(layouts)]
        md = (
            f"## Slide {i + 1}: Følelser og tanker\n\n"
            "- Nysgerrighed på æøå ÆØÅ\n- Stiller spørgsmål, går tilbage"
        )
        if layout == "two-columns":
            md += "\n\n<!-- column -->\n\n- Højre kolonne"
        if layout == "quote":
            md = f"> Citat nummer {i + 1} om mentalisering\n\nPeter Fonagy"
        slides.append(
            Slide(
                md,
                notes=f"Note til slide {i + 1}: spørg åbent.",
                layout=layout,
                index=i,
                base_dir=deck_dir,
            )
        )
    return slides


def pdfinfo(path: Path) -> dict[str, str]:
    output = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(
        (key.strip(), value.strip())
        for key, value in (line.split(":", 1) for line in output.stdout.splitlines() if ":" in line)
    )


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(path: Path) -> int:
    if POPPLER:
        return int(pdfinfo(path)["Pages"])
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


@needs_poppler
def test_slides_pdf_has_one_a4_landscape_page_a_slide_with_text_and_embedded_fonts(qapp, tmp_path):
    out = tmp_path / "slides.pdf"
    export_slides_pdf(deck(7), out, THEMES["light"], title="Mentalisering")
    info = pdfinfo(out)
    assert info["Pages"] == "7"
    assert info["Page size"].startswith("841.89 x 595.276") or info["Page size"].startswith(
        "842 x 595"
    )
    assert info["Title"] == "Mentalisering"
    text = pdftext(out)
    assert "Slide 2: Følelser og tanker" in text
    assert "æøå ÆØÅ" in text
    assert "Stiller spørgsmål, går tilbage" in text  # no "ti" ligature garbling copy and search
    assert "Citat nummer 4 om mentalisering" in text
    assert "Note til slide" not in text  # speaker notes stay out of the slides
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    lato = [line for line in fonts.splitlines() if line.startswith("Lato")]
    assert lato and all(" yes " in line for line in lato)  # embedded


@needs_poppler
def test_notes_pages_put_the_slide_on_top_and_the_notes_below(qapp, tmp_path):
    out = tmp_path / "notes.pdf"
    export_slides_pdf(deck(3), out, THEMES["dark"], notes=True)
    info = pdfinfo(out)
    assert info["Pages"] == "3"
    assert info["Page size"].startswith("595")  # portrait
    pages = pdftext(out).split("\f")
    for number, page in enumerate(pages[:3], start=1):
        assert f"Note til slide {number}: spørg åbent." in page
        heading = page.find(f"Slide {number}: Følelser") if number != 1 else page.find("Slide 1")
        assert 0 <= heading < page.find("Note til slide")


@needs_poppler
def test_long_notes_continue_on_a_next_page(qapp, tmp_path):
    long_notes = "\n\n".join(f"Afsnit {i}: " + "lang forklaring " * 30 for i in range(40))
    slides = [Slide("## Kort slide", notes=long_notes), Slide("## Næste", notes="Kort note")]
    out = tmp_path / "notes.pdf"
    export_slides_pdf(slides, out, THEMES["light"], notes=True)
    pages = int(pdfinfo(out)["Pages"])
    assert pages >= 3
    text = pdftext(out)
    for i in range(40):
        assert f"Afsnit {i}:" in text  # nothing is lost at a page break
    assert "Kort note" in text


@pytest.mark.parametrize(
    ("per_page", "slides", "pages"), [(2, 7, 4), (3, 7, 3), (4, 7, 2), (6, 7, 2), (6, 6, 1)]
)
def test_handouts_have_n_slides_a_page(qapp, tmp_path, per_page, slides, pages):
    out = tmp_path / f"handout-{per_page}.pdf"
    export_slides_pdf(deck(slides), out, THEMES["light"], per_page=per_page, title="Kursus")
    assert out.read_bytes().startswith(b"%PDF-")
    assert page_count(out) == pages
    if POPPLER:
        info = pdfinfo(out)
        assert info["Page size"].startswith("595")
        text = pdftext(out)
        for number in range(1, slides + 1):
            if number % 7 != 4:  # quote slides have no "Slide N" heading
                assert f"Slide {number}:" in text


def test_progress_is_reported_for_every_slide(qapp, tmp_path):
    seen: list[tuple[int, int]] = []
    export_slides_pdf(
        deck(5), tmp_path / "p.pdf", THEMES["light"], progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    seen.clear()
    export_slides_pdf(
        deck(5),
        tmp_path / "h.pdf",
        THEMES["light"],
        per_page=2,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (5, 5) and len(seen) == 5


def test_bad_arguments_are_refused_and_leave_no_file(qapp, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(ValueError):
        export_slides_pdf([], out, THEMES["light"])
    with pytest.raises(ValueError):
        export_slides_pdf(deck(2), out, THEMES["light"], per_page=5)
    with pytest.raises(ValueError):
        export_slides_pdf(deck(2), out, THEMES["light"], notes=True, per_page=2)
    with pytest.raises(OSError):
        export_slides_pdf(deck(2), tmp_path / "missing-folder" / "x.pdf", THEMES["light"])
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(qapp, tmp_path):
    out = tmp_path / "deck.pdf"
    export_slides_pdf(deck(2), out, THEMES["light"])
    before = out.read_bytes()

    def fail(done: int, total: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        export_slides_pdf(deck(4), out, THEMES["light"], progress=fail)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pdf"]


def test_images_are_exported_and_missing_ones_do_not_stop_the_export(qapp, tmp_path, deck_dir):
    slides = [
        Slide("![r](billeder/rod.png)\n\n## Rød", layout="image", base_dir=deck_dir),
        Slide("## Mangler\n\n![x](billeder/ingen.png)", base_dir=deck_dir),
    ]
    out = tmp_path / "img.pdf"
    export_slides_pdf(slides, out, THEMES["light"])
    assert page_count(out) == 2
    assert b"/Subtype /Image" in out.read_bytes()


def test_the_render_package_does_not_import_qtwidgets():
    code = (
        "import sys, facilitator.render.slides, facilitator.render.pdf, facilitator.render.fonts,"
        " facilitator.render.text_pdf, facilitator.render.contact_sheet;"
        "print('PySide6.QtWidgets' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_hundred_slides_export_quickly(qapp, tmp_path):
    import time

    slides = [replace(s, index=i) for i, s in enumerate(deck(100))]
    start = time.perf_counter()
    export_slides_pdf(slides, tmp_path / "big.pdf", THEMES["light"])
    elapsed = time.perf_counter() - start
    assert page_count(tmp_path / "big.pdf") == 100
    assert elapsed < 5.0  # the budget in DESIGN.md section 6 (typically ~0.5 s here)
