"""Encrypted records copied to another computer without facilitator-key.json: the recovery box
offers the passphrase (in Danish too), a wrong one is said and may be tried again, the right one
opens the records with their rows; going on without them moves and writes nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.core.store import cipher
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog
from facilitator.ui.records.backups import DatabaseOpener, RecoveryBox
from facilitator.ui.records.encryption import AdoptDialog
from facilitator.ui.records.sessions import SessionsScreen
from facilitator.ui.records.store import RecordsStore

PASS = "grøn hest batteri"


def copied_without_key_check(tmp_path: Path) -> Path:
    path = tmp_path / "facilitator.db"
    db = open_database(path, datetime(2026, 1, 1))
    SessionLog(db).add_group("Hold Zeta")
    db.close()
    open_database(path, datetime(2026, 1, 2)).close()  # an encrypted daily backup too
    cipher.turn_on(path, PASS)
    cipher.key_check_path(path).unlink()
    cipher.forget(path)
    return path


def choose_encrypted(seen: dict[str, str], then) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, RecoveryBox) and box.passphrase is not None
    seen["box"] = box.informativeText()
    seen["button"] = box.passphrase.text()
    QTimer.singleShot(0, then)
    box.passphrase.click()


def test_in_danish_the_passphrase_opens_records_copied_without_their_key_check_file(
    qtbot, tmp_path, danish_ui, library
):
    path = copied_without_key_check(tmp_path)
    opener = DatabaseOpener(path)
    seen: dict[str, str] = {}

    def type_passphrases() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AdoptDialog)
        dialog.entry.setText("Grøn hest batteri")
        dialog.open_button.click()
        seen["wrong"] = dialog.problem.text()
        assert dialog.isVisible() and not cipher.key_check_path(path).exists()
        dialog.entry.setText(PASS)
        dialog.open_button.click()

    QTimer.singleShot(0, lambda: choose_encrypted(seen, type_passphrases))
    opener.check()
    assert seen["button"] == "Den er krypteret: skriv adgangsfrasen…"
    assert "facilitator-key.json" in seen["box"] and "adgangsfrasen" in seen["box"]
    assert seen["wrong"].startswith("Den adgangsfrase åbner ikke denne fil.")
    assert cipher.key_check_path(path).exists()
    assert not (tmp_path / "backups" / "damaged").exists()  # nothing set aside
    screen = SessionsScreen(RecordsStore(opener), lambda: library)
    qtbot.addWidget(screen)
    screen.refresh()
    assert [screen.groups.item(i).text() for i in range(screen.groups.count())] == ["Hold Zeta"]
    opener.close()


def test_going_on_without_the_records_moves_and_writes_nothing(qtbot, tmp_path):
    path = copied_without_key_check(tmp_path)
    before = path.read_bytes()
    opener = DatabaseOpener(path)
    seen: dict[str, str] = {}

    def give_up() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AdoptDialog)
        dialog.entry.setText("not the passphrase")
        dialog.open_button.click()
        dialog.skip_button.click()

    QTimer.singleShot(0, lambda: choose_encrypted(seen, give_up))
    opener.check()
    assert path.read_bytes() == before
    assert not cipher.key_check_path(path).exists()
    assert not (tmp_path / "backups" / "damaged").exists()
    assert not cipher.is_unlocked(path)
    # The records screens say why they stay empty, and how to get back in.
    store = RecordsStore(DatabaseOpener(path, ask=lambda _reason, _backup: False))
    assert store.read("groups", (), lambda: store.log.groups(), []) == []
    assert "facilitator-key.json" in store.last_error and "passphrase" in store.last_error
