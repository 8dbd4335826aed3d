"""Privacy from the screens: a person's data from the Sessions screen (export, erase everywhere),
deleting a group, turning encryption on from Settings, and the passphrase asked at start. The
checks read the raw bytes of the data folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator.core.store import backups, cipher
from facilitator.ui.records.backups import DatabaseOpener
from facilitator.ui.records.encryption import EncryptDialog, PassphraseDialog
from facilitator.ui.records.sessions import SessionsScreen

WHO = "Ziggy-Stardust"


@pytest.fixture
def screen(qtbot, store, library):
    widget = SessionsScreen(store, lambda: library)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def fill(store, opener) -> int:
    group = store.log.add_group("Hold Zeta")
    who = store.log.add_participant(group, WHO)
    store.log.add_participant(group, "Other-Kid")
    session = store.log.start_session(group_id=group)
    store.log.mark_present(session, who, True)
    store.save_note(session, "SESSION-NOTE-TEXT")
    person = store.mentor.add_person(WHO)
    store.mentor.add_meeting(person, "2026-11-20", "MENTOR-NOTE-TEXT", wellbeing=3)
    backups.take_backup(opener.path, "daily", datetime(2026, 11, 22))
    return group


def click(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


def test_a_person_is_exported_and_erased_everywhere_from_the_sessions_screen(
    qtbot, screen, store, opener, tmp_path
):
    fill(store, opener)
    screen.refresh()
    saved = tmp_path / "out"
    saved.mkdir()
    screen.choose_file = lambda name, kind: str(saved / name)
    screen.person_data_button.click()
    dialog = screen.person_dialog
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["Other-Kid", WHO]
    dialog.person.setCurrentText(WHO)
    dialog.csv_button.click()
    exported = (saved / f"{WHO}.csv").read_text(encoding="utf-8-sig")
    assert "Hold Zeta" in exported and "MENTOR-NOTE-TEXT" in exported
    dialog.pdf_button.click()
    assert (saved / f"{WHO}.pdf").read_bytes().startswith(b"%PDF")

    data = opener.path.parent
    assert WHO.encode() in every_byte(data)
    dialog.erase_button.click()
    click(dialog.confirm_box, QMessageBox.ButtonRole.DestructiveRole)
    opener.close()
    raw = every_byte(data)
    assert WHO.encode() not in raw and b"MENTOR-NOTE-TEXT" not in raw
    assert b"Other-Kid" in raw and b"SESSION-NOTE-TEXT" in raw
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["Other-Kid"]


def test_deleting_a_group_removes_it_from_the_backups_too(qtbot, screen, store, opener):
    group = fill(store, opener)
    screen.refresh()
    screen.select_group(group)
    screen.delete_group_button.click()
    click(screen.confirm_box, QMessageBox.ButtonRole.DestructiveRole)
    assert screen.groups.count() == 0
    opener.close()
    raw = every_byte(opener.path.parent)
    assert b"Hold Zeta" not in raw and b"SESSION-NOTE-TEXT" not in raw and b"Other-Kid" not in raw


def test_encryption_is_turned_on_after_the_warning_and_asked_for_at_start(
    qtbot, store, opener, tmp_path
):
    fill(store, opener)
    dialog = EncryptDialog(
        lambda p, progress: cipher.turn_on(opener.path, p, progress), opener.hold, opener.release
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert "forget" in dialog.text.text()
    dialog.first.setText("lang nok sætning")
    dialog.second.setText("lang nok sætning")
    assert not dialog.go_button.isEnabled()  # not before the warning is ticked
    dialog.understood.setChecked(True)
    dialog.go_button.click()  # the work runs in the background; the dialog closes when done
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    raw = every_byte(opener.path.parent)
    assert b"SQLite format 3" not in raw and WHO.encode() not in raw

    # The next start: a wrong passphrase is said in the dialog; the right one opens the records.
    cipher._KEYS.clear()
    asked: list[PassphraseDialog] = []

    def passphrase(path: Path) -> bool:
        box = PassphraseDialog(path)
        qtbot.addWidget(box)
        asked.append(box)
        box.entry.setText("Lang nok sætning")
        assert not box.try_open()
        assert box.problem.isVisibleTo(box)
        box.entry.setText("lang nok sætning")
        return box.try_open()

    again = DatabaseOpener(opener.path, passphrase=passphrase)
    from facilitator.core.store.log_store import SessionLog

    assert WHO in [name for _pid, name in SessionLog(again()).participants(1)]
    assert len(asked) == 1
    again.close()

    # Going on without the passphrase: the records stay closed and are not touched.
    cipher._KEYS.clear()
    before = opener.path.read_bytes()
    closed = DatabaseOpener(opener.path, passphrase=lambda _path: False)
    with pytest.raises(cipher.PassphraseNeeded):
        closed()
    assert opener.path.read_bytes() == before


def test_the_sessions_screen_sets_a_period_and_deletes_expired_sessions_everywhere(
    qtbot, screen, store, opener
):
    from facilitator.core.store.session_retention import Retention

    group = store.log.add_group("Hold Zeta")
    old = store.log.start_session(group_id=group, day="2026-01-05")
    store.save_note(old, "EXPIRED-NOTE")
    store.log.start_session(group_id=group, day="2026-11-01")
    backups.take_backup(opener.path, "daily", datetime(2026, 11, 22))
    screen.refresh()
    screen.select_group(group)
    screen.retention.setValue(6)
    screen.retention.editingFinished.emit()
    box = screen.expired_box  # the period ran out on 2026-07-05: named, not deleted yet
    assert "2026-01-05" in box.informativeText()
    assert b"EXPIRED-NOTE" in every_byte(opener.path.parent)
    click(box, QMessageBox.ButtonRole.AcceptRole)
    assert len(store.log.history(group)) == 1
    opener.close()
    assert b"EXPIRED-NOTE" not in every_byte(opener.path.parent)

    # IT locks two months: the period cannot be changed here, and there is no "keep".
    store.retention = lambda: Retention(2, locked=True)
    screen.refresh()
    screen.select_group(group)
    assert screen.retention.value() == 2 and not screen.retention.isEnabled()
