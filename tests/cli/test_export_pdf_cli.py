"""``facilitator export-pdf``: decks, notes, handouts, text items, the contact sheet, bad input."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from facilitator.cli import main
from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.render.theme import THEMES

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])
DECKS = [item for item in LIBRARY.items() if item.kind == "deck"]
DECK = DECKS[0]
HANDOUT = next(item for item in LIBRARY.items() if item.kind == "handout")
EXERCISE = next(item for item in LIBRARY.items() if item.kind == "exercise")


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.MULTILINE).group(1))
    return max(int(n) for n in re.findall(rb"/Count\s+(\d+)", pdf.read_bytes()))


def fonts_embedded(pdf: Path) -> bool:
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        rows = out.stdout.splitlines()[2:]
        return bool(rows) and all(row.split()[-5] == "yes" for row in rows)
    data = pdf.read_bytes()
    return b"/FontFile2" in data and b"/Lato" in data


def text_of(pdf: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    pytest.fail("pdftotext (poppler-utils, in the README's test packages) is needed")


def test_a_deck_by_id_becomes_one_page_a_slide_with_embedded_fonts(qapp, tmp_path, capsys):
    out = tmp_path / "deck.pdf"
    assert main(["export-pdf", DECK.id, "-o", str(out)]) == 0
    assert page_count(out) == len(DECK.slides)
    assert fonts_embedded(out)
    assert DECK.slides[1].title in text_of(out)
    assert f"{len(DECK.slides)} slides" in capsys.readouterr().out


def test_notes_pages_and_handouts(qapp, tmp_path):
    notes = tmp_path / "notes.pdf"
    assert main(["export-pdf", DECK.id, "--notes", "-o", str(notes)]) == 0
    assert page_count(notes) >= len(DECK.slides)
    first_note = DECK.slides[0].notes.split()[:3]
    assert " ".join(first_note) in " ".join(text_of(notes).split())

    handout = tmp_path / "handout.pdf"
    assert main(["export-pdf", DECK.id, "--handout", "6", "-o", str(handout)]) == 0
    assert page_count(handout) == -(-len(DECK.slides) // 6)


def test_a_markdown_file_can_be_exported(qapp, tmp_path):
    out = tmp_path / "file.pdf"
    assert main(["export-pdf", str(DECK.path), "-o", str(out)]) == 0
    assert page_count(out) == len(DECK.slides)


def test_the_theme_option_colours_the_slides(qapp, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.fail("pdftoppm (poppler-utils, in the README's test packages) is needed")
    out = tmp_path / "dark.pdf"
    assert main(["export-pdf", DECK.id, "--theme", "dark", "-o", str(out)]) == 0
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", "-f", "2", "-l", "2", str(out), str(tmp_path / "p")],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    corner = QColor(QImage(str(png)).pixel(2, 2))
    expected = QColor(THEMES["dark"].background)
    assert abs(corner.red() - expected.red()) + abs(corner.blue() - expected.blue()) < 12


@pytest.mark.parametrize("item", [HANDOUT, EXERCISE], ids=["handout", "exercise"])
def test_text_items_become_printed_pages(qapp, tmp_path, item):
    out = tmp_path / "text.pdf"
    assert main(["export-pdf", item.id, "-o", str(out)]) == 0
    assert page_count(out) >= 1
    assert fonts_embedded(out)
    text = " ".join(text_of(out).split())
    assert item.title in text
    assert text.count(item.title) <= 1 + page_count(out)  # the title once, plus page footers


def test_notes_or_handouts_of_a_text_item_are_refused(qapp, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["export-pdf", HANDOUT.id, "--notes", "-o", str(out)]) == 2
    assert "--notes and --handout are for decks" in capsys.readouterr().err
    assert not out.exists()


def test_the_contact_sheet_has_every_deck_six_slides_a_page(qapp, tmp_path, capsys):
    out = tmp_path / "library.pdf"
    assert main(["export-pdf", "--all-decks", "-o", str(out)]) == 0
    assert page_count(out) == sum(-(-len(deck.slides) // 6) for deck in DECKS)
    text = " ".join(text_of(out).split())
    for deck in DECKS:
        assert deck.title in text
    assert f"{len(DECKS)} decks" in capsys.readouterr().out
    assert fonts_embedded(out)


def test_unknown_id_and_missing_file_exit_2_with_a_clear_message(qapp, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["export-pdf", DECK.id + "x", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"unknown item id '{DECK.id}x'" in err
    assert f"did you mean {DECK.id}" in err
    assert main(["export-pdf", str(tmp_path / "ingen.md"), "-o", str(out)]) == 2
    assert f"file not found: {tmp_path / 'ingen.md'}" in capsys.readouterr().err
    assert not out.exists()


def test_a_broken_item_file_is_refused_naming_file_and_line(qapp, tmp_path, capsys):
    broken = tmp_path / "m" / "deck.md"
    broken.parent.mkdir()
    broken.write_text("---\nid: m.d\ntitle: D\nkind: deck\nduration: lang\n---\n# A\n", "utf-8")
    assert main(["export-pdf", str(broken), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "m/deck.md:5: 'duration' must be whole minutes" in capsys.readouterr().err


def test_a_failed_write_exits_1_naming_the_path(qapp, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "deck.pdf"
    assert main(["export-pdf", DECK.id, "-o", str(out)]) == 1
    assert f"cannot write {out}" in capsys.readouterr().err
    assert not out.parent.exists()


def test_bad_options_exit_2(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "facilitator", "export-pdf", *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    for args in (
        ("-o", "x.pdf"),  # nothing to export
        (DECK.id, "--all-decks", "-o", "x.pdf"),
        (DECK.id, "--handout", "5", "-o", "x.pdf"),
        (DECK.id, "--theme", "pink", "-o", "x.pdf"),
        (DECK.id, "--notes", "--handout", "2", "-o", "x.pdf"),
        ("--all-decks", "--notes", "-o", str(tmp_path / "x.pdf")),
    ):
        result = run(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_exporting_a_deck_file_loads_only_what_the_slides_need(tmp_path):
    """A file's export starts fast: no widgets, no records layer or SQLite, no library, no
    room check (it once came in for the font list)."""
    deck = tmp_path / "deck.md"
    deck.write_text(
        "---\nid: t.deck\ntitle: T\nkind: deck\nduration: 5\n---\n\n# A slide\n\n- one\n"
    )
    code = (
        "import sys; from facilitator.cli import main;"
        f"status = main(['export-pdf', {str(deck)!r}, '-o', {str(tmp_path / 'deck.pdf')!r}]);"
        "print(status, sorted(m for m in sys.modules if m.startswith(("
        "'PySide6.QtWidgets', 'sqlite3', 'sqlmodel', 'facilitator.core.store',"
        "'facilitator.core.library_cache', 'facilitator.core.roomcheck', 'facilitator.ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr
    assert page_count(tmp_path / "deck.pdf") == 1
