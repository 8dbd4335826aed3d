"""Settings > Records with encrypted records: changing the passphrase and turning encryption off
run off the GUI thread and reach every backup; IT's key file keeps both out of reach."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.settings import Settings
from facilitator.core.store import backups, cipher
from facilitator.core.store.errors import StoreError

OLD = "grøn hest batteri"
NEW = "blå ko lyspære"
WHO = "Ziggy-Stardust"


def encrypted_records(window, passphrase: str = OLD) -> Path:
    records = window.records
    group = records.store.log.add_group("Hold Zeta")
    records.store.log.add_participant(group, WHO)
    path = records.opener.path
    backups.take_backup(path, "daily", datetime(2026, 11, 22))
    records.opener.hold()
    cipher.turn_on(path, passphrase)
    records.opener.release()
    return path


def every_file(path: Path) -> list[Path]:
    return [path, *sorted(backups.backups_dir(path).rglob("*.db"))]


def opens_with(file: Path, passphrase: str) -> bool:
    dbapi = cipher.module()
    connection = dbapi.connect(str(file))
    try:
        connection.execute(f"PRAGMA key = '{passphrase}'")
        return connection.execute("SELECT pseudonym FROM participant").fetchall() == [(WHO,)]
    except dbapi.DatabaseError:
        return False
    finally:
        connection.close()


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def settings_dialog(window, qtbot):
    window.open_settings()
    qtbot.waitExposed(window.settings_dialog)
    return window.settings_dialog


def test_the_passphrase_is_changed_from_settings_for_every_file(window, qtbot):
    path = encrypted_records(window)
    said: list[str] = []
    window.records.message.connect(said.append)
    dialog = settings_dialog(window, qtbot)
    assert not dialog.encrypt_button.isVisibleTo(dialog)
    assert dialog.turn_off_button.isVisibleTo(dialog)
    dialog.change_passphrase_button.click()
    change = window.records.rekey_dialog
    qtbot.waitExposed(change)

    # A wrong passphrase in use: said in the dialog, and no file is touched.
    before = hashes(path.parent)
    change.old.setText("Grøn hest batteri")
    change.first.setText(NEW)
    change.second.setText(NEW + "x")
    assert not change.go_button.isEnabled()  # the new one twice, the same
    change.second.setText(NEW)
    change.go_button.click()
    qtbot.waitUntil(lambda: change.job is None and change.problem.isVisible(), timeout=30000)
    assert "does not open" in change.problem.text()
    assert hashes(path.parent) == before

    change.old.setText(OLD)
    change.go_button.click()
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=30000)
    assert said[-1] == "The records and their backups have a new passphrase."
    for file in every_file(path):
        assert opens_with(file, NEW) and not opens_with(file, OLD), file.name
    # The screens read the records again, under the new key.
    assert [name for _pid, name in window.records.store.log.participants(1)] == [WHO]
    cipher._KEYS.clear()  # the next start
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(path, OLD)
    cipher.unlock(path, NEW)


def test_turning_encryption_off_warns_then_leaves_plain_files_and_no_question(window, qtbot):
    path = encrypted_records(window)
    dialog = settings_dialog(window, qtbot)
    dialog.turn_off_button.click()
    off = window.records.rekey_dialog
    qtbot.waitExposed(off)
    assert "anyone" in off.text.text()
    off.entry.setText(OLD)
    assert not off.go_button.isEnabled()  # not before the warning is ticked
    off.understood.setChecked(True)
    off.go_button.click()
    qtbot.waitUntil(lambda: not off.isVisible(), timeout=30000)
    assert not cipher.key_check_path(path).exists()
    for file in every_file(path):
        connection = sqlite3.connect(file)
        assert connection.execute("SELECT pseudonym FROM participant").fetchall() == [(WHO,)]
        connection.close()
    assert dialog.encrypt_button.isVisibleTo(dialog)  # Settings shows them plain again
    assert not dialog.turn_off_button.isVisibleTo(dialog)

    from facilitator.ui.records.backups import DatabaseOpener

    def never(_path: Path) -> bool:
        raise AssertionError("no passphrase is asked for plain records")

    cipher._KEYS.clear()  # the next start
    again = DatabaseOpener(path, passphrase=never)
    again().close()
    again.close()


def test_it_key_file_keeps_changing_and_turning_off_out_of_reach(home, make_window, qtbot):
    key = home.parent / "site.key"
    key.write_text("a long random key from IT 8f3a\n", encoding="utf-8")
    Path(os.environ["FACILITATOR_SITE_CONFIG"]).write_text(
        f'records_key_file = "{key.as_posix()}"\nlocked = ["records_key_file"]\n',
        encoding="utf-8",
    )
    window = make_window(settings_=Settings.load())
    path = encrypted_records(window, "a long random key from IT 8f3a")
    said: list[str] = []
    window.records.message.connect(said.append)
    dialog = settings_dialog(window, qtbot)
    assert "key file" in dialog.records_state.text()
    assert not dialog.turn_off_button.isVisibleTo(dialog)
    assert not dialog.change_passphrase_button.isVisibleTo(dialog)
    before = hashes(path.parent)
    window.records.ask_turn_off()  # even if asked: refused, with a reason
    window.records.ask_change_passphrase()
    assert window.records.rekey_dialog is None
    assert "IT department" in said[-1]
    assert hashes(path.parent) == before


def test_nothing_is_re_keyed_or_encrypted_while_a_presentation_runs(window, qtbot, monkeypatch):
    """A running presentation writes its session log to the records file: encrypting, changing
    the passphrase or turning encryption off would replace that file under it. Each is refused
    with a message until the presentation ends, and no file is touched."""
    path = encrypted_records(window)
    said: list[str] = []
    window.records.message.connect(said.append)
    running = type("Running", (), {"finished": False})()
    monkeypatch.setattr(window.presenter, "running", running)
    before = hashes(path.parent)
    dialog = settings_dialog(window, qtbot)
    dialog.change_passphrase_button.click()
    dialog.turn_off_button.click()
    assert window.records.rekey_dialog is None
    assert len(said) == 2 and all("End the presentation first" in s for s in said)
    assert hashes(path.parent) == before

    running.finished = True  # the trainer pressed Esc
    dialog.change_passphrase_button.click()
    assert window.records.rekey_dialog is not None


def test_encrypting_waits_for_a_running_presentation_too(window, monkeypatch):
    said: list[str] = []
    window.records.message.connect(said.append)
    window.records.store.log.add_group("Hold Zeta")
    running = type("Running", (), {"finished": False})()
    monkeypatch.setattr(window.presenter, "running", running)
    window.records.ask_encrypt()
    assert window.records.encrypt_dialog is None
    assert said and "End the presentation first" in said[0]
    assert not cipher.is_encrypted(window.records.opener.path)


def test_records_open_in_another_program_are_named_not_a_full_disk(window, qtbot, monkeypatch):
    path = encrypted_records(window)

    def in_use(*_args: object) -> int:  # as cipher says when another process holds the file
        raise StoreError("another program has the records open", path, "locked")

    monkeypatch.setattr(cipher, "change_passphrase", in_use)
    dialog = settings_dialog(window, qtbot)
    dialog.change_passphrase_button.click()
    change = window.records.rekey_dialog
    qtbot.waitExposed(change)
    change.old.setText(OLD)
    change.first.setText(NEW)
    change.second.setText(NEW)
    change.go_button.click()
    qtbot.waitUntil(lambda: change.job is None and change.problem.isVisible(), timeout=30000)
    assert "Another program has the records open" in change.problem.text()
    assert "disk" not in change.problem.text()
