"""File > Import decks and files dropped on the library list (issue 12)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import sample_decks  # noqa: E402

from facilitator.core import paths  # noqa: E402


def test_importing_from_the_menu_opens_the_new_deck_and_reports_refusals(
    make_window, library_dir, tmp_path
):
    window = make_window([library_dir, paths.user_content_dir()])
    menu_actions = [a for a in window.file_menu.actions() if not a.isSeparator()]
    assert window.registry.action("file.import-deck") in menu_actions
    deck = sample_decks.make_marp(tmp_path / "marp")
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    outcomes = window.importer.import_files([deck, fake])
    assert [o.status for o in outcomes] == ["imported"]
    assert window.importer.last_errors == ["fake.pdf: not a PDF file"]
    assert window.browser.current_id() == "my-material.a-marp-talk"
    assert window.controller.library.item("my-material.a-marp-talk").notes_count == 5
    assert "1" in window.importer.report_box.text()
    window.importer.report_box.close()


def test_a_deck_dropped_on_the_library_list_is_imported(make_window, library_dir, tmp_path):
    window = make_window([library_dir, paths.user_content_dir()])
    deck = sample_decks.make_pptx(tmp_path / "Dropped.pptx", slides=3, hidden=())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(deck))])
    viewport = window.browser.tree.viewport()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only during a real drag: hand it to the list's drop filter as Qt would.
    assert window.importer.eventFilter(viewport, drop)
    assert drop.isAccepted()
    item = window.controller.library.item("my-material.sample-deck")
    assert item is not None and len(item.slides) == 3
    assert window.browser.current_id() == item.id
    window.importer.report_box.close()
