"""The import report speaks the UI's language: core's sentences about each slide and its refusals
are shown in Danish in a Danish UI, with the file names and slide numbers as they are."""

from __future__ import annotations

from pathlib import Path

from facilitator.core import paths


def _deck(path: Path) -> Path:
    """One slide: a title, a free-placed text box (simplified), a drawn shape without text
    (dropped) and speaker notes."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = "Vejrtrækning"
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(4), Inches(1))
    box.text_frame.text = "Træk vejret roligt"
    slide.shapes.add_shape(MSO_SHAPE.OVAL, Inches(6), Inches(2), Inches(1), Inches(1))
    slide.notes_slide.notes_text_frame.text = "Sig det langsomt."
    deck.save(str(path))
    return path


def test_the_import_report_is_danish_in_a_danish_ui(
    make_window, library_dir, tmp_path, qtbot, danish_ui
):
    window = make_window([library_dir, paths.user_content_dir()])
    deck = _deck(tmp_path / "Ro.pptx")
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished):
        window.importer.import_files([deck, fake])
    box = window.importer.report_box
    details = box.detailedText()
    assert "dias 1: forenklet: et frit placeret tekstfelt blev til et afsnit" in details
    assert "dias 1: udeladt: en tegnet figur uden tekst" in details
    assert "fake.pdf: ikke en PDF-fil" in details
    assert window.importer.last_errors == ["fake.pdf: ikke en PDF-fil"]
    assert "free-placed" not in details and "not a PDF" not in details
    box.close()
