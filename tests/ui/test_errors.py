"""An unexpected error: the traceback goes to the log file; the user sees a calm dialog."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from facilitator.ui.error_dialog import CalmErrorDialog
from facilitator.ui.errors import ErrorReporter
from facilitator.ui.logs import BACKUPS, MAX_BYTES, log_file, remove_handler, setup_logging


@pytest.fixture
def reporter(tmp_path):
    handler = setup_logging(tmp_path)
    reporter = ErrorReporter(log_file(tmp_path))
    reporter.install()
    yield reporter
    reporter.uninstall()
    remove_handler(handler)


@pytest.fixture
def shown(monkeypatch) -> list[dict]:
    """What each dialog said; exec() is patched, so no dialog waits for a click."""
    dialogs: list[dict] = []

    def fake_exec(self: CalmErrorDialog) -> int:
        dialogs.append(
            {
                "text": self.text(),
                "info": self.informativeText(),
                "buttons": [b.text() for b in self.buttons()],
            }
        )
        return 0

    monkeypatch.setattr(CalmErrorDialog, "exec", fake_exec)
    return dialogs


def _button_that_fails(qtbot, message: str) -> QPushButton:
    button = QPushButton("do it")
    qtbot.addWidget(button)

    def slot() -> None:
        raise RuntimeError(message)

    button.clicked.connect(slot)
    return button


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_calm_dialog_and_logs_the_traceback(
    qtbot, tmp_path, reporter, shown
):
    button = _button_that_fails(qtbot, "boom in a slot")
    button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog = shown[0]
    assert dialog["text"] == "Something went wrong."
    info = dialog["info"]
    assert "Facilitator keeps running; your work is saved." in info
    assert str(log_file(tmp_path)) in info
    assert "Traceback" not in info and "RuntimeError" not in info
    assert sorted(dialog["buttons"]) == ["Close", "Open log folder"]
    logged = log_file(tmp_path).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: boom in a slot" in logged
    assert "in slot" in logged  # the failing function is named
    # The app keeps running: the button still works and fails again, calmly.
    button.click()
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert reporter.errors == 2


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_shows_one_dialog(qtbot, reporter, shown):
    button = _button_that_fails(qtbot, "again and again")
    for _ in range(5):
        button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)
    QCoreApplication.processEvents()  # a wrongly queued second dialog would show now
    assert len(shown) == 1
    assert reporter.errors == 5


def test_the_dialog_offers_the_log_folder(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "facilitator.ui.error_dialog.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    dialog = CalmErrorDialog(tmp_path / "facilitator.log")
    qtbot.addWidget(dialog)
    assert dialog.icon() == QMessageBox.Icon.Information
    dialog.open_button.click()
    assert opened[0].toLocalFile() == str(tmp_path)


def test_log_file_rotates(tmp_path):
    handler = setup_logging(tmp_path)
    try:
        assert handler.maxBytes == MAX_BYTES == 1_000_000
        assert handler.backupCount == BACKUPS == 5
        logging.getLogger("facilitator.test").warning("written to the log")
        handler.flush()
        assert "written to the log" in log_file(tmp_path).read_text(encoding="utf-8")
    finally:
        remove_handler(handler)
