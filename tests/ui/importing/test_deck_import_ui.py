"""File > Import decks and files dropped on the library list (issue 12)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import sample_decks  # noqa: E402

from facilitator.core import paths  # noqa: E402


def test_importing_from_the_menu_opens_the_new_deck_and_reports_refusals(
    make_window, library_dir, tmp_path, qtbot
):
    window = make_window([library_dir, paths.user_content_dir()])
    menu_actions = [a for a in window.file_menu.actions() if not a.isSeparator()]
    assert window.registry.action("file.import-deck") in menu_actions
    deck = sample_decks.make_marp(tmp_path / "marp")
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished) as finished:
        window.importer.import_files([deck, fake])
    outcomes = finished.args[0]
    assert [o.status for o in outcomes] == ["imported"]
    assert window.importer.last_errors == ["fake.pdf: not a PDF file"]
    assert window.browser.current_id() == "my-material.a-marp-talk"
    assert window.controller.library.item("my-material.a-marp-talk").notes_count == 5
    assert "1" in window.importer.report_box.text()
    window.importer.report_box.close()


def test_a_deck_dropped_on_the_library_list_is_imported(make_window, library_dir, tmp_path, qtbot):
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
    with qtbot.waitSignal(window.importer.finished):
        assert window.importer.eventFilter(viewport, drop)
        assert drop.isAccepted()
    item = window.controller.library.item("my-material.sample-deck")
    assert item is not None and len(item.slides) == 3
    assert window.browser.current_id() == item.id
    window.importer.report_box.close()


def test_decks_are_read_off_the_gui_thread_and_cancel_stops_at_once(
    make_window, library_dir, tmp_path, qtbot, monkeypatch
):
    """While a deck is read the window keeps running its event loop; Cancel drops the deck
    being read and every file after it, and nothing of them is written."""
    import threading

    import facilitator.ui.importing as importing

    window = make_window([library_dir, paths.user_content_dir()])
    first = sample_decks.make_marp(tmp_path / "first")
    second = sample_decks.make_pptx(tmp_path / "Second.pptx", slides=2, hidden=())
    release = threading.Event()
    readers: list[threading.Thread] = []
    real = importing.prepare_import

    def slow_prepare(path, *args, **kwargs):
        readers.append(threading.current_thread())
        release.wait(10)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(importing, "prepare_import", slow_prepare)
    window.importer.import_files([first, second])
    qtbot.waitUntil(lambda: bool(readers))
    assert readers[0] is not threading.main_thread()
    ticks: list[int] = []
    qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 3)  # the GUI thread is free
    assert window.importer.running
    with qtbot.waitSignal(window.importer.finished) as finished:
        window.importer.cancel()
    release.set()
    assert finished.args[0] == []
    qtbot.wait(200)  # the abandoned read finishes meanwhile: its result is not written
    assert len(readers) == 1
    written = [p for p in paths.user_content_dir().rglob("*.md") if p.name != "module.md"]
    assert written == []
    assert window.importer.report_box.text().startswith("0 ")
    assert "2" in window.importer.report_box.informativeText()
    window.importer.report_box.close()
