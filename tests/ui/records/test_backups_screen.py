"""The Backups dialog and the start-up recovery: a damaged file is set aside and the newest good
backup offered; a newer file is refused untouched; restoring sets the current file aside."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.core.store import backups, migrations
from facilitator.core.store.errors import CorruptDatabaseError, NewerSchemaError
from facilitator.ui.records.backups import BackupsDialog, DatabaseOpener, RecoveryBox
from facilitator.ui.records.sessions import SessionsScreen
from facilitator.ui.records.store import RecordsStore


def groups_in(path):
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM grp ORDER BY id")]
    finally:
        connection.close()


def test_restore_a_backup_from_the_dialog_keeps_the_current_file(qtbot, opener, store, library):
    screen = SessionsScreen(store, lambda: library)
    qtbot.addWidget(screen)
    store.log.add_group("Før")
    backups.take_backup(opener.path, "daily", datetime(2026, 11, 22, 8, 0))
    store.log.add_group("Efter")
    screen.refresh()
    assert screen.groups.count() == 2
    dialog = BackupsDialog(opener)
    qtbot.addWidget(dialog)
    dialog.take_now()
    assert [b.reason for b in dialog.backups] == ["manual", "daily"]
    assert dialog.table.topLevelItem(1).text(1) == "Daily copy"
    assert dialog.table.topLevelItem(1).text(2).endswith("kB")
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    dialog.ask_restore()
    box = dialog.confirm_box
    assert "2026-11-22 08:00" in box.text()
    kept_at = []
    dialog.restored.connect(lambda path: kept_at.append(path))
    accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    accept[0].click()
    kept = kept_at[0]
    assert groups_in(opener.path) == ["Før"]
    assert "Efter" in groups_in(kept) and "replaced" in kept
    store.forget()  # what the main window does when the opener says the file was replaced
    assert [screen.groups.item(i).text() for i in range(screen.groups.count())] == ["Før"]
    store.log.add_group("Igen")  # the restored file is open and writable
    assert groups_in(opener.path) == ["Før", "Igen"]


@pytest.mark.parametrize("damage", ["random bytes", "truncated"])
def test_a_damaged_file_is_set_aside_and_the_newest_good_backup_offered(tmp_path, damage):
    path = tmp_path / "facilitator.db"
    first = DatabaseOpener(path, ask=lambda reason, backup: False)
    store = RecordsStore(first)
    for n in range(300):
        store.log.add_group(f"Hold {n} " + "x" * 200)
    first.close()
    good = backups.take_backup(path, "daily", datetime(2026, 11, 20, 7, 0))
    data = path.read_bytes()
    path.write_bytes(os.urandom(len(data)) if damage == "random bytes" else data[: len(data) // 2])
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    damaged = path.read_bytes()

    asked = []
    refuse = DatabaseOpener(path, ask=lambda reason, backup: asked.append(backup) or False)
    with pytest.raises(CorruptDatabaseError):
        refuse()
    assert path.read_bytes() == damaged  # "not now" changes nothing
    assert asked[0].path == good

    accept = DatabaseOpener(path, ask=lambda reason, backup: True)
    with QSignalSpyLike(accept.replaced) as replaced:
        db = accept()
    assert replaced.count == 1
    assert len(groups_in(db.path)) == 300
    (kept,) = (backups.backups_dir(path) / "damaged").glob("*.db")
    assert kept.read_bytes() == damaged
    accept.close()


class QSignalSpyLike:
    def __init__(self, signal):
        self.signal, self.count = signal, 0

    def _hit(self, *_args):
        self.count += 1

    def __enter__(self):
        self.signal.connect(self._hit)
        return self

    def __exit__(self, *_exc):
        self.signal.disconnect(self._hit)


def test_at_start_a_calm_question_offers_the_backup(qtbot, tmp_path):
    path = tmp_path / "facilitator.db"
    opener = DatabaseOpener(path)
    RecordsStore(opener).log.add_group("Hold A")
    opener.close()
    backups.take_backup(path, "daily", datetime(2026, 11, 21, 6, 30))
    path.write_bytes(b"garbage" * 1000)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, RecoveryBox)
        seen["text"] = box.text() + " " + box.informativeText()
        box.go.click()

    QTimer.singleShot(0, answer)
    opener.check()
    assert "2026-11-21 06:30" in seen["text"] and "damaged" in seen["text"]
    assert groups_in(path) == ["Hold A"]
    opener.close()


def test_a_newer_file_is_refused_with_a_message_and_left_untouched(qtbot, tmp_path):
    path = tmp_path / "facilitator.db"
    opener = DatabaseOpener(path)
    RecordsStore(opener).log.add_group("Hold A")
    opener.close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    connection.close()
    before = path.read_bytes()
    store = RecordsStore(opener)
    messages = []
    store.failed.connect(messages.append)
    assert store.read("groups", (), lambda: store.log.groups(), []) == []
    assert "newer Facilitator" in messages[0] and "not been changed" in messages[0]
    assert opener.newer_box.isVisible() and "newer version" in opener.newer_box.text()
    with pytest.raises(NewerSchemaError):
        opener()
    assert path.read_bytes() == before
    opener.newer_box.close()
