"""Settings > Records > Encrypt the records: the files are encrypted off the GUI thread, with
"file 2 of 3" on screen, the records held closed meanwhile and the dialog not closable half way;
a failure says so plainly and loses nothing."""

from __future__ import annotations

import errno
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import backups, cipher
from facilitator.core.store.errors import StoreError

PASS = "grøn hest batteri"
WHO = "Ziggy-Stardust"


def plain_records(window) -> Path:
    """The records with one participant and two backups (three files), closed."""
    records = window.records
    group = records.store.log.add_group("Hold Zeta")
    records.store.log.add_participant(group, WHO)
    path = records.opener.path
    backups.take_backup(path, "daily", datetime(2026, 11, 22))
    backups.take_backup(path, "weekly", datetime(2026, 11, 16))
    records.opener.close()
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


def opens_plain(file: Path) -> bool:
    connection = sqlite3.connect(file)
    try:
        return connection.execute("SELECT pseudonym FROM participant").fetchall() == [(WHO,)]
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def contents(path: Path) -> dict[str, bytes]:
    return {file.name: file.read_bytes() for file in every_file(path)}


def encrypt_dialog(window, qtbot):
    window.open_settings()
    settings = window.settings_dialog
    qtbot.waitExposed(settings)
    assert settings.encrypt_button.isVisibleTo(settings)
    settings.encrypt_button.click()
    dialog = window.records.encrypt_dialog
    qtbot.waitExposed(dialog)
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    dialog.understood.setChecked(True)
    return settings, dialog


def test_encrypting_runs_in_the_background_with_progress_and_the_records_held_closed(
    window, qtbot, monkeypatch
):
    path = plain_records(window)
    said: list[str] = []
    window.records.message.connect(said.append)
    settings, dialog = encrypt_dialog(window, qtbot)

    # The work stops after the first file until the test lets it go on: meanwhile the GUI
    # thread has to draw the progress, refuse to close the dialog and keep the records closed.
    go_on = threading.Event()
    worked_on: list[threading.Thread] = []
    real_turn_on = cipher.turn_on

    def turn_on(db_path, passphrase, progress=None):
        worked_on.append(threading.current_thread())

        def paused(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                go_on.wait(60)

        return real_turn_on(db_path, passphrase, paused)

    monkeypatch.setattr(cipher, "turn_on", turn_on)
    dialog.go_button.click()
    try:
        qtbot.waitUntil(lambda: dialog.progress_text.text() == "File 2 of 3", timeout=30000)
        assert worked_on and worked_on[0] is not threading.main_thread()
        assert dialog.progress.isVisible() and dialog.progress.value() == 1
        dialog.reject()  # Esc or the window's close button: not half way
        assert dialog.isVisible()
        with pytest.raises(StoreError) as refused:
            window.records.opener()
        assert refused.value.reason == "busy"
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    assert said[-1] == "The records and their backups are now encrypted."
    for file in every_file(path):
        assert opens_with(file, PASS) and not opens_plain(file), file.name
    assert not settings.encrypt_button.isVisibleTo(settings)  # Settings shows them encrypted
    assert settings.turn_off_button.isVisibleTo(settings)
    # The screens read the records again, with the key in use.
    assert [name for _pid, name in window.records.store.log.participants(1)] == [WHO]
    cipher._KEYS.clear()  # the next start asks for the passphrase
    cipher.unlock(path, PASS)


def _disk_full_on(target: Path, monkeypatch) -> None:
    real_convert = cipher.convert

    def convert(file: Path, source, target_key) -> None:
        if file == target:
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        real_convert(file, source, target_key)

    monkeypatch.setattr(cipher, "convert", convert)


def test_a_failure_on_the_records_file_leaves_every_file_plain_and_says_so(
    window, qtbot, monkeypatch
):
    path = plain_records(window)
    before = contents(path)
    settings, dialog = encrypt_dialog(window, qtbot)
    _disk_full_on(path, monkeypatch)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.problem.isVisible(), timeout=30000)

    assert "Nothing was changed" in dialog.problem.text()
    assert dialog.isVisible() and dialog.go_button.isEnabled()  # it can be tried again
    assert not dialog.progress.isVisible()
    assert contents(path) == before
    assert not cipher.key_check_path(path).exists()
    assert all(opens_plain(file) for file in every_file(path))
    assert settings.encrypt_button.isVisibleTo(settings)  # still plain
    # The records open again at once, plain as before.
    assert [name for _pid, name in window.records.store.log.participants(1)] == [WHO]


def test_a_failure_on_a_backup_is_finished_at_the_next_start(window, qtbot, monkeypatch):
    real_convert = cipher.convert
    path = plain_records(window)
    settings, dialog = encrypt_dialog(window, qtbot)
    _disk_full_on(every_file(path)[-1], monkeypatch)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.problem.isVisible(), timeout=30000)

    assert "asks for the new passphrase at the next start" in dialog.problem.text()
    assert settings.turn_off_button.isVisibleTo(settings)  # encrypted, if not every backup yet
    assert opens_with(path, PASS)
    assert all(opens_with(f, PASS) or opens_plain(f) for f in every_file(path))  # every file whole
    monkeypatch.setattr(cipher, "convert", real_convert)  # the disk has room again
    cipher._KEYS.clear()  # the next start: the passphrase, then the rest is encrypted
    cipher.unlock(path, PASS)
    assert cipher.finish(path) == 0
    assert all(opens_with(f, PASS) for f in every_file(path))
