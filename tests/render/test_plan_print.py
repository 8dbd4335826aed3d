"""A plan's printed documents: true page numbers, and the content's own words on paper."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.core.plan_book import plan_items, plan_slides
from facilitator.render.plan_pdf import export_plan_pdf, participant_handouts
from facilitator.render.theme import THEMES
from facilitator.render.words import plan_words

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])


def plan_with(language: str, *kinds: str, pick=min):  # type: ignore[no-untyped-def]
    """The smallest (or, with ``pick=max``, the largest) bundled plan in ``language`` that uses
    an item of every kind in ``kinds``."""
    plans = [
        plan
        for plan in LIBRARY.plans
        if plan.language == language and all(plan_items(plan, LIBRARY, k) for k in kinds)
    ]
    assert plans, f"no bundled {language} plan with {kinds}"
    return pick(plans, key=lambda plan: len(plan.entries))


def page_texts(pdf: Path) -> list[str]:
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext (poppler-utils, in the README's test packages) is needed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]  # one form feed ends every page


@pytest.mark.parametrize("kind", ["handout", "cards", "runsheet"])
def test_every_page_says_which_page_of_the_file_it_is(qapp, tmp_path, kind):
    # the largest such plan, so that every kind of document runs over several pages (a
    # 45-minute lesson's cue cards and run sheet fit on one)
    plan = plan_with("da", "handout", "deck", "exercise", pick=max)
    out = tmp_path / f"{kind}.pdf"
    export_plan_pdf(plan, LIBRARY, kind, out, THEMES["light"])
    pages = page_texts(out)
    if kind == "handout":  # the handouts' pages come first, then the slides three a page
        assert participant_handouts(plan, LIBRARY) and plan_slides(plan, LIBRARY)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} / {len(pages)}" in text, f"page {number}:\n{text[-300:]}"


def test_notes_pages_number_the_plans_slides_in_order(qapp, tmp_path):
    plan = plan_with("da", "deck")
    slides = plan_slides(plan, LIBRARY)
    out = tmp_path / "notes.pdf"
    export_plan_pdf(plan, LIBRARY, "notes", out, THEMES["light"])
    shown = []
    for text in page_texts(out):
        footer = text.rstrip().split("\n")[-1]
        assert plan.title in footer
        number = re.search(r"(\d+) / (\d+)(?:\s+\(\d+/\d+\))?$", footer)
        assert number and int(number.group(2)) == len(slides), footer
        if not shown or shown[-1] != int(number.group(1)):  # "(2/2)": more notes, same slide
            shown.append(int(number.group(1)))
    assert shown == list(range(1, len(slides) + 1))


@pytest.mark.parametrize(
    ("language", "deck", "slides", "handout", "english"),
    [
        ("da", "Diasshow", "dias", "Uddelingsark", ("Slides", "slides", "Handout")),
        ("nb", "Lysbildeserie", "lysbilder", "Deltakerark", ("Slides", "Utdelingsark")),
    ],
)
def test_the_run_sheet_uses_the_contents_own_words(
    qapp, tmp_path, language, deck, slides, handout, english
):
    plan = plan_with(language, "handout", "deck")
    out = tmp_path / "runsheet.pdf"
    export_plan_pdf(plan, LIBRARY, "runsheet", out, THEMES["light"])
    text = " ".join("".join(page_texts(out)).split())
    assert f"{deck}, " in text and f" {slides})" in text  # "Diasshow, 18 dias", "(18 dias)"
    assert handout in text
    for word in english:
        assert word not in text


def test_no_danish_or_norwegian_word_on_paper_is_english():
    for language in ("da", "nb"):
        words, english = plan_words(language), plan_words("en")
        for key, word in words.items():
            assert "slide" not in word.lower() and "handout" not in word.lower(), (language, key)
            assert word != english[key] or word in ("Pause", "Side", "Tid"), (language, key)
