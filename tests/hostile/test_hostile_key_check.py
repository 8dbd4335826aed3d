"""Hostile input around changing the records passphrase: a key-check file whose unfinished
change is cut or tampered with is named, never guessed at; a passphrase full of quotes and SQL
is only ever a passphrase."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import cipher
from facilitator.core.store.database import open_database
from facilitator.core.store.errors import CorruptDatabaseError
from facilitator.core.store.log_store import SessionLog

OLD = "grøn hest batteri"


def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "facilitator.db"
    db = open_database(path, datetime(2026, 1, 1))
    SessionLog(db).add_group("Hold Zeta")
    db.close()
    cipher.turn_on(path, OLD)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_cut_change_in_the_key_check_file_is_named(tmp_path):
    path = encrypted(tmp_path)
    check = cipher.key_check_path(path)
    data = json.loads(check.read_text(encoding="utf-8"))
    data["changing"] = {"salt": "00ff", "check": "zz"}
    check.write_text(json.dumps(data), encoding="utf-8")
    before = digest(path)
    cipher.forget(path)
    with pytest.raises(CorruptDatabaseError) as cut:
        cipher.unlock(path, OLD)
    assert str(check) in str(cut.value) and cut.value.reason == "key-check"
    assert digest(path) == before


def test_a_tampered_wrapped_key_is_named_and_nothing_is_changed(tmp_path, monkeypatch):
    path = encrypted(tmp_path)

    def stop(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    # Leave a real unfinished change behind: the records file goes first and is converted.
    real = cipher.convert
    calls: list[object] = []

    def second_fails(*args: object) -> None:
        calls.append(args)
        if len(calls) > 1:
            stop()
        real(*args)  # type: ignore[arg-type]

    open_database(path, datetime(2026, 1, 2)).close()  # a backup, so there is a second file
    monkeypatch.setattr(cipher, "convert", second_fails)
    with pytest.raises(cipher.StoreError):
        cipher.change_passphrase(path, OLD, "a brand new phrase")
    monkeypatch.undo()
    check = cipher.key_check_path(path)
    data = json.loads(check.read_text(encoding="utf-8"))
    wrapped = bytearray.fromhex(data["changing"]["new_key"])
    wrapped[0] ^= 1
    data["changing"]["new_key"] = wrapped.hex()
    check.write_text(json.dumps(data), encoding="utf-8")
    before = digest(path)
    cipher.forget(path)
    with pytest.raises(CorruptDatabaseError) as tampered:
        cipher.unlock(path, OLD)
    assert str(check) in str(tampered.value)
    assert digest(path) == before
    cipher.unlock(path, "a brand new phrase")  # the other wrapping is whole: that one opens
    db = open_database(path, datetime(2026, 1, 3))
    assert [name for _gid, name, *_ in SessionLog(db).groups()] == ["Hold Zeta"]
    db.close()


def test_a_passphrase_of_quotes_and_sql_is_only_a_passphrase(tmp_path):
    path = encrypted(tmp_path)
    odd = "it's \"x'00'\"; DROP TABLE person; --"
    assert cipher.change_passphrase(path, OLD, odd) == 0
    cipher.forget(path)
    cipher.unlock(path, odd)
    db = open_database(path, datetime(2026, 1, 3))
    assert [name for _gid, name, *_ in SessionLog(db).groups()] == ["Hold Zeta"]
    db.close()


@pytest.mark.parametrize(
    "saved",
    [
        pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
        pytest.param(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), id="utf-8 with BOM"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16 (PowerShell 5's >)"),
    ],
)
def test_it_key_file_saved_by_windows_tools_opens_the_records(tmp_path, saved):
    """Notepad and PowerShell 5 (Set-Content -Encoding UTF8, Out-File, '>') put a byte order
    mark before the text, or write UTF-16: the passphrase is still the text the user sees."""
    path = encrypted(tmp_path)
    key_file = tmp_path / "records.key"
    key_file.write_bytes(saved(OLD + "\r\n"))
    cipher.forget(path)
    cipher.unlock_with_file(path, key_file)
    assert cipher.is_unlocked(path)
