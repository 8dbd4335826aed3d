"""Importing decks from other programs (issue 12): each format round-trips into an ordinary deck
of the user's "My material" module that passes check-content and exports to PDF."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import sample_decks  # noqa: E402

from facilitator.cli import main  # noqa: E402
from facilitator.core import paths  # noqa: E402
from facilitator.core.editing.deck import parse_slide, split_chunks  # noqa: E402
from facilitator.core.importers import import_deck, read_deck  # noqa: E402
from facilitator.core.loader import load_item_file  # noqa: E402


def import_cli(capsys, *args: str) -> dict:
    code = main(["import", "--json", *args])
    report = json.loads(capsys.readouterr().out)
    assert code == (1 if report["failed"] else 0)
    return report


def checked(capsys, folder: Path) -> dict:
    """check-content's JSON report of ``folder`` (with the slide render checks)."""
    code = main(["check-content", "--json", str(folder)])
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == [] and code == 0, report["errors"]
    return report


def pdf_pages(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def round_trip(capsys, source: Path, tmp_path: Path) -> tuple[dict, object]:
    """Import ``source`` by the command line, check the module and export the deck to PDF."""
    report = import_cli(capsys, str(source))
    outcome = report["files"][0]
    assert outcome["status"] == "imported"
    item_file = Path(outcome["path"])
    assert item_file.is_relative_to(paths.user_content_dir() / "my-material")
    content = checked(capsys, item_file.parent.parent)
    (module,) = content["modules"]
    assert module["id"] == "my-material" and module["title"] == "Mit materiale"
    item, _ = load_item_file(item_file)
    out = tmp_path / "out.pdf"
    assert main(["export-pdf", str(item_file), "-o", str(out)]) == 0
    capsys.readouterr()
    assert pdf_pages(out) == len(item.slides)
    return outcome, item


def test_a_powerpoint_deck_keeps_slides_lists_table_picture_notes_and_hidden_slide(
    qapp, home, tmp_path, capsys
):
    source = sample_decks.make_pptx(tmp_path / "Sample.pptx", slides=10, hidden=(4,))
    outcome, item = round_trip(capsys, source, tmp_path)
    # Ten slides in the file, every note kept; the hidden one is hidden here too.
    chunks = split_chunks(item.body)
    assert len(chunks) == 10 and len(item.slides) == 9
    assert [parse_slide(c).notes for c in chunks] == [
        f"Speaker note {n}: ask the group." for n in range(1, 11)
    ]
    assert parse_slide(chunks[3]).hidden and parse_slide(chunks[3]).title == "Point 4"
    assert "Point 4" not in [s.title for s in item.slides]
    assert item.slides[0].layout == "title" and "Made with python-pptx" in item.slides[0].markdown
    assert "- First point of slide 2\n  - A second-level point" in item.slides[1].markdown
    assert "| When | What |" in item.slides[3].markdown  # slide 5 of the file
    assert item.slides[5].layout == "image"
    picture = item.path.parent / "images" / "slide007-1.png"
    assert picture.read_bytes() == sample_decks.png()
    assert outcome["slides"][3]["hidden"] is True
    assert any("hidden, as in the original" in e for e in outcome["slides"][3]["kept"])


def test_an_impress_deck_keeps_slides_lists_table_picture_and_notes(qapp, home, tmp_path, capsys):
    source = sample_decks.make_odp(tmp_path / "talk.odp", slides=6, hidden=(3,))
    outcome, item = round_trip(capsys, source, tmp_path)
    chunks = split_chunks(item.body)
    assert [parse_slide(c).notes for c in chunks] == [f"Impress note {n}" for n in range(1, 7)]
    assert [parse_slide(c).hidden for c in chunks] == [False, False, True, False, False, False]
    assert len(item.slides) == 5  # the hidden page is hidden here too
    assert item.slides[0].title == "Impress slide 1"
    assert "- Outer point\n  - Inner point" in item.slides[0].markdown
    assert (item.path.parent / "images" / "slide002-1.png").is_file()
    assert "| Name | Value |" in item.slides[2].markdown  # page 4 of the file
    assert outcome["slides"][2]["hidden"] is True


def test_a_pdf_becomes_page_pictures_with_pdfpc_notes_and_searchable_words(
    qapp, home, tmp_path, capsys
):
    source = sample_decks.make_pdf(tmp_path / "lecture.pdf", slides=5)
    _, item = round_trip(capsys, source, tmp_path)
    assert [s.notes for s in item.slides] == [f"pdfpc note {n}" for n in range(1, 6)]
    assert item.slides[2].markdown.startswith("![bg contain](images/page-003.jpg)")
    assert "word3x" in item.search_text()
    from PIL import Image

    with Image.open(item.path.parent / "images" / "page-001.jpg") as page:
        assert max(page.size) == 1920 or page.size[1] == 1080


def test_beamer_notes_on_the_second_half_of_the_page_become_notes(qapp, home, tmp_path):
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    pdf = tmp_path / "beamer.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QSizeF(320, 90), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    for n in (1, 2):
        if n == 2:
            writer.newPage()
        half = painter.viewport().width() / 2
        height = painter.viewport().height()
        centre = Qt.AlignmentFlag.AlignCenter
        painter.drawText(QRectF(0, 0, half, height), centre, f"Slide text {n}")
        painter.drawText(QRectF(half, 0, half, height), centre, f"Beamer note {n}")
    painter.end()
    result = read_deck(pdf)
    assert [s.notes for s in result.slides] == ["Beamer note 1", "Beamer note 2"]
    assert "Slide text 1" in result.slides[0].text and "Beamer" not in result.slides[0].text
    import io

    from PIL import Image

    with Image.open(io.BytesIO(result.images["page-001.jpg"])) as page:
        assert page.size == (1920, 1080)  # the slide half only


def test_a_marp_deck_keeps_notes_lead_background_and_copies_its_pictures(
    qapp, home, tmp_path, capsys
):
    source = sample_decks.make_marp(tmp_path / "marp")
    outcome, item = round_trip(capsys, source, tmp_path)
    assert [s.notes for s in item.slides] == [
        "Welcome everyone.",
        "A note on two lines\nwith --- no split.",
        "The sky note.",
        "Side note.",
        "Close the day.",
    ]
    assert item.slides[0].layout == "title"
    assert item.slides[2].markdown.startswith("![bg](images/sky.png)")
    assert item.slides[3].layout == "image"
    assert (item.path.parent / "images" / "green.png").read_bytes() == (
        source.parent / "img" / "green.png"
    ).read_bytes()
    assert any("theme" in remark for remark in outcome["remarks"])


def test_a_marp_deck_exports_directly_and_nothing_is_written(qapp, home, tmp_path, capsys):
    source = sample_decks.make_marp(tmp_path / "marp")
    out = tmp_path / "direct.pdf"
    assert main(["export-pdf", str(source), "-o", str(out)]) == 0
    assert "5 slides" in capsys.readouterr().out
    assert pdf_pages(out) == 5
    assert list(paths.user_content_dir().iterdir()) == []


def test_a_plain_markdown_file_with_separators_imports_too(home, tmp_path):
    source = tmp_path / "plain.md"
    source.write_text("# One\n\nText\n\n---\n\n# Two\n\n<!-- A note -->\n", encoding="utf-8")
    outcome = import_deck(source, paths.user_content_dir())
    item, problems = load_item_file(outcome.written.file)
    assert [s.title for s in item.slides] == ["One", "Two"]
    assert item.slides[1].notes == "A note"
    assert [p for p in problems if p.severity == "error"] == []


def test_text_that_looks_like_markup_stays_literal(home, tmp_path):
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "# Not a heading"
    slide.placeholders[1].text_frame.text = "---\nNote:\n{{ helplines xx }}\n*stars* <b>"
    slide.notes_slide.notes_text_frame.text = "Line one\n---\nLine two"
    source = tmp_path / "tricky.pptx"
    deck.save(str(source))
    outcome = import_deck(source, paths.user_content_dir())
    item, problems = load_item_file(outcome.written.file)
    assert len(item.slides) == 1  # the '---' split nothing
    assert item.slides[0].title.endswith("Not a heading")
    assert "Line two" in item.slides[0].notes
    assert [p for p in problems if p.severity == "error"] == []
    from facilitator.core.fields import field_problems

    assert field_problems([item], str) == []


def test_importing_the_same_file_again_updates_it_and_keeps_the_id(home, tmp_path, capsys):
    source = sample_decks.make_pptx(tmp_path / "Again.pptx", slides=3, hidden=())
    first = import_cli(capsys, str(source))["files"][0]
    same = import_cli(capsys, str(source))["files"][0]
    assert same["status"] == "unchanged" and same["item"] == first["item"]
    sample_decks.make_pptx(source, slides=4, hidden=())
    updated = import_cli(capsys, str(source))["files"][0]
    assert updated["status"] == "updated" and updated["item"] == first["item"]
    item, _ = load_item_file(Path(updated["path"]))
    assert len(item.slides) == 4 and item.id == first["item"]
    fresh = import_cli(capsys, "--new", str(source))["files"][0]
    assert fresh["status"] == "imported" and fresh["item"] != first["item"]
    module = paths.user_content_dir() / "my-material"
    assert sorted(p.name for p in module.iterdir() if p.name.startswith(".")) == []


def test_import_into_another_module_of_ones_own_folder(home, tmp_path, capsys):
    own = paths.user_content_dir() / "mine"
    own.mkdir(parents=True)
    (own / "module.md").write_text("---\nid: mine\ntitle: Mine\n---\n", encoding="utf-8")
    source = sample_decks.make_marp(tmp_path / "marp")
    report = import_cli(capsys, "--module", "mine", str(source))
    assert report["files"][0]["item"].startswith("mine.")
    refused = import_cli(capsys, "--module", "nowhere", str(source))
    assert "no module with the id 'nowhere'" in refused["files"][0]["error"]


@pytest.mark.parametrize("language,title", [("nb", "Mitt materiell"), ("en", "My material")])
def test_my_material_is_named_in_the_users_language(home, tmp_path, language, title):
    from facilitator.core.importers.writer import module_folder

    folder = module_folder(tmp_path / "content", None, language)
    text = (folder / "module.md").read_text(encoding="utf-8")
    assert f'title: "{title}"' in text and f"language: {language}" in text
