"""``facilitator export-pdf --plan``: every document of a plan, and plans that cannot be used."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.core.plan_book import PlanBook, plan_items, plan_slides

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])
DAY = max(LIBRARY.plans, key=lambda p: p.minutes)  # the longest bundled plan: a course day


def run_poppler(tool: str, pdf: Path) -> str:
    if not shutil.which(tool):
        pytest.fail(f"{tool} (poppler-utils, in the README's test packages) is needed")
    return subprocess.run(
        [tool, str(pdf), "-"] if tool == "pdftotext" else [tool, str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pages(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run_poppler("pdfinfo", pdf), re.M).group(1))


def test_the_run_sheet_has_clock_times_materials_and_notes(qapp, tmp_path, capsys):
    out = tmp_path / "runsheet.pdf"
    assert main(["export-pdf", "--plan", DAY.id, "--what", "runsheet", "-o", str(out)]) == 0
    text = run_poppler("pdftotext", out)
    assert DAY.title.split(" – ")[0] in text
    assert "09:00–09:30" in text.replace("\u2010", "-")
    assert "Materialer" in text and "Note til underviseren" in text
    first_note = next(e.note for e in DAY.entries if e.note)
    assert first_note.split()[0] in text
    fonts = run_poppler("pdffonts", out).splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts)  # embedded
    assert "run sheet" in capsys.readouterr().out


def test_slides_notes_handouts_and_cards_of_a_plan(qapp, tmp_path):
    slides = plan_slides(DAY, LIBRARY)
    exercises = plan_items(DAY, LIBRARY, "exercise")
    made = {}
    for what in ("deck", "notes", "handout", "cards"):
        out = tmp_path / f"{what}.pdf"
        assert main(["export-pdf", "--plan", DAY.id, "--what", what, "-o", str(out)]) == 0
        made[what] = out
    assert pages(made["deck"]) == len(slides)
    assert pages(made["notes"]) >= len(slides)
    assert pages(made["handout"]) >= len(slides) // 3
    cards = run_poppler("pdftotext", made["cards"])
    assert pages(made["cards"]) >= len(exercises)
    for exercise in exercises:
        assert exercise.title.split()[0] in cards


def test_a_plan_file_and_a_saved_plan_are_found_too(qapp, tmp_path, home):
    from facilitator.core.store.database import DB_NAME, open_database

    db = open_database(paths.data_dir() / DB_NAME)
    mine = PlanBook(lambda: db, LIBRARY).from_template(DAY, "Hold A, dag 1")
    db.close()
    out = tmp_path / "own.pdf"
    assert main(["export-pdf", "--plan", mine.id, "-o", str(out)]) == 0
    assert "Hold A, dag 1" in run_poppler("pdftotext", out)
    assert main(["export-pdf", "--plan", str(DAY.path), "--what", "deck", "-o", str(out)]) == 0


def test_bad_plans_are_refused_with_a_clear_message(qapp, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["export-pdf", "--plan", "kursus.dag-9x", "-o", str(out)]) == 2
    assert "no plan with the id 'kursus.dag-9x'" in capsys.readouterr().err
    bad = tmp_path / "bad.plan.yaml"
    bad.write_text("format: 5\nid: x\ntitle: X\nsections: []\n", encoding="utf-8")
    assert main(["export-pdf", "--plan", str(bad), "-o", str(out)]) == 2
    assert f"{bad}:1: this plan was written by a newer Facilitator" in capsys.readouterr().err
    assert main(["export-pdf", "--what", "deck", DAY.id, "-o", str(out)]) == 2
    assert "--what is for plans" in capsys.readouterr().err
    assert not out.exists()


def test_the_run_sheet_writes_the_day_with_its_weekday_in_the_plans_language(qapp):
    from dataclasses import replace

    from facilitator.render.plan_pdf import runsheet_html
    from facilitator.render.words import plan_words as words

    danish = replace(DAY, day="2026-12-07", language="da")
    assert "mandag 7. december 2026" in runsheet_html(danish, LIBRARY, words("da"))
    norwegian = replace(DAY, day="2026-12-07", language="nb")
    assert "mandag 7. desember 2026" in runsheet_html(norwegian, LIBRARY, words("nb"))
