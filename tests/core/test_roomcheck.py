"""The room check's Qt-free lines: screens, legibility, keys, fonts, contacts, records, disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from facilitator.core import roomcheck
from facilitator.core.paths import resource_path
from facilitator.core.roomcheck import FONT_FILES, ScreenInfo

LAPTOP = ScreenInfo("Laptop", 0, 0, 1366, 768, primary=True)
PROJECTOR = ScreenInfo("Projector", 1366, 0, 1920, 1080)


# Screens ------------------------------------------------------------------------------------


def test_two_screens_name_the_projector_the_slides_go_to():
    check = roomcheck.screens_check([LAPTOP, PROJECTOR])
    assert check.status == "green"
    assert "Projector (1920×1080)" in check.message
    listed = check.values["screens"]
    assert [(s["name"], s["width"], s["height"], s["projector"]) for s in listed] == [
        ("Laptop", 1366, 768, False),
        ("Projector", 1920, 1080, True),
    ]


def test_the_projector_chosen_last_time_wins_and_its_absence_is_amber():
    other = ScreenInfo("HDMI-2", 3286, 0, 1280, 720)
    chosen = roomcheck.screens_check([LAPTOP, PROJECTOR, other], wanted="HDMI-2")
    assert chosen.status == "green" and chosen.values["projector"] == "HDMI-2"
    gone = roomcheck.screens_check([LAPTOP, PROJECTOR], wanted="Beamer")
    assert gone.status == "amber" and gone.code == "screens.wanted-missing"
    assert "Beamer" in gone.message and gone.values["projector"] == "Projector"


def test_a_mirrored_display_is_amber_and_names_both_outputs():
    mirror = ScreenInfo("HDMI-1", 0, 0, 1366, 768)
    check = roomcheck.screens_check([LAPTOP, mirror])
    assert check.status == "amber" and check.code == "screens.mirrored"
    assert (check.values["first"], check.values["second"]) == ("Laptop", "HDMI-1")
    assert "extend" in check.message
    # A mirrored pair has no screen of its own for the console: nothing is called the projector.
    assert not any(s["projector"] for s in check.values["screens"])


def test_one_screen_is_amber_and_no_screen_is_red():
    one = roomcheck.screens_check([LAPTOP])
    assert one.status == "amber" and one.code == "screens.one" and "C" in one.message
    assert roomcheck.screens_check([]).status == "red"


# Legibility ---------------------------------------------------------------------------------


def test_the_smallest_text_is_measured_on_the_projector():
    smallest = 34 * 0.7  # the light theme's small size, shrunk as far as slides may shrink
    big = roomcheck.legibility_check(smallest, PROJECTOR, 7.2, "light")
    assert big.status == "green" and big.values["smallest_px"] == 23.8
    old = ScreenInfo("VGA", 0, 0, 1024, 768)  # a 16:9 slide fitted into 4:3: 0.53 of the canvas
    small = roomcheck.legibility_check(smallest, old, 7.2, "light")
    assert small.status == "amber" and small.code == "legibility.small"
    assert small.values["smallest_px"] == pytest.approx(12.7, abs=0.1)


def test_faint_text_with_little_contrast_is_amber():
    check = roomcheck.legibility_check(30, PROJECTOR, 3.1, "light")
    assert check.status == "amber" and check.code == "legibility.contrast"
    assert check.values["contrast"] == 3.1


# Keys ---------------------------------------------------------------------------------------


def test_the_clicker_is_green_once_next_and_previous_were_recognised():
    assert roomcheck.keys_check([]).code == "keys.untested"
    partial = roomcheck.keys_check(["present.next"])
    assert partial.status == "amber" and partial.values["missing"] == ["present.previous"]
    done = roomcheck.keys_check(["present.previous", "present.next", "present.black"])
    assert done.status == "green"


# Fonts --------------------------------------------------------------------------------------


def test_the_bundled_fonts_are_found(tmp_path):
    check = roomcheck.fonts_check(resource_path("fonts"))
    assert check.status == "green" and check.values["present"] == list(FONT_FILES)


def test_missing_or_false_font_files_are_amber_or_red(tmp_path):
    source = resource_path("fonts")
    for name in FONT_FILES[:2]:
        (tmp_path / name).write_bytes((source / name).read_bytes())
    (tmp_path / FONT_FILES[2]).write_text("not a font", encoding="utf-8")
    partial = roomcheck.fonts_check(tmp_path)
    assert partial.status == "amber"
    assert partial.values["missing"] == [FONT_FILES[2], FONT_FILES[3]]
    assert roomcheck.fonts_check(tmp_path / "nowhere").status == "red"
    # The files are there but Qt did not load the family: red as well.
    assert roomcheck.fonts_check(source, families=["DejaVu Sans"]).status == "red"


# Help contacts ------------------------------------------------------------------------------


def test_help_contacts_empty_placeholder_or_filled():
    assert roomcheck.contacts_check([]).code == "contacts.empty"
    assert roomcheck.contacts_check(["  "]).status == "amber"
    blank = roomcheck.contacts_check(
        ["Skolens AKT-vejleder: [navn og telefon]", "Sundhedsplejerske: ____"]
    )
    assert blank.code == "contacts.placeholder" and blank.values["placeholders"] == 2
    filled = roomcheck.contacts_check(["AKT-vejleder Mette: lokale 12, tlf. 2345 6789"])
    assert filled.status == "green" and filled.values["count"] == 1


# Records ------------------------------------------------------------------------------------


def _database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("INSERT INTO note (text) VALUES ('kept')")
    connection.commit()
    connection.close()
    return path


def test_records_that_can_be_written_are_green_and_left_unchanged(tmp_path):
    path = _database(tmp_path / "facilitator.db")
    check = roomcheck.records_check(path)
    assert check.status == "green" and check.code == "records.ok"
    rows = sqlite3.connect(path).execute("SELECT text FROM note").fetchall()
    assert rows == [("kept",)]


def test_no_records_yet_is_green_and_creates_nothing(tmp_path):
    path = tmp_path / "facilitator.db"
    assert roomcheck.records_check(path).code == "records.new"
    assert not path.exists()


def test_records_in_use_by_another_program_are_amber(tmp_path):
    path = _database(tmp_path / "facilitator.db")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another Facilitator is writing
    try:
        check = roomcheck.records_check(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert check.status == "amber" and check.code == "records.locked"


def test_damaged_records_are_red(tmp_path):
    path = tmp_path / "facilitator.db"
    path.write_bytes(b"SQLite format 3\x00" + b"this is not a database at all" * 100)
    check = roomcheck.records_check(path)
    assert check.status == "red" and check.code == "records.damaged"


def test_records_that_may_be_encrypted_without_their_key_file_are_red_and_say_so(tmp_path):
    """Not SQLite and no facilitator-key.json beside it: damage, or encrypted records copied
    without their key-check file; the app (not the room check) can ask for the passphrase."""
    path = tmp_path / "facilitator.db"
    path.write_bytes(b"this is not a database at all" * 100)
    check = roomcheck.records_check(path)
    assert check.status == "red" and check.code == "records.maybe-encrypted"


def test_records_in_a_folder_that_cannot_hold_files_are_red(tmp_path):
    # Not a folder at all: a file where the data folder should be (what a read-only share or
    # a removed USB stick look like to the app: no file can be made there).
    blocked = tmp_path / "data"
    blocked.write_text("", encoding="utf-8")
    check = roomcheck.records_check(blocked / "facilitator.db")
    assert check.status == "red" and check.code == "records.folder"


# Disk ---------------------------------------------------------------------------------------


def _free(megabytes: int):
    return lambda _path: SimpleNamespace(free=megabytes * 1024 * 1024)


def test_free_disk_space_is_green_amber_or_red(tmp_path):
    assert roomcheck.disk_check(tmp_path, _free(5000)).status == "green"
    low = roomcheck.disk_check(tmp_path, _free(600))
    assert low.status == "amber" and low.values["free_mb"] == 600
    assert roomcheck.disk_check(tmp_path, _free(50)).status == "red"


def test_a_disk_that_cannot_be_asked_is_red_not_a_crash(tmp_path):
    def broken(_path):
        raise PermissionError(13, "Permission denied")

    check = roomcheck.disk_check(tmp_path, broken)
    assert check.status == "red" and "Permission denied" in check.message


# The report ---------------------------------------------------------------------------------


def test_the_report_takes_the_worst_line():
    checks = [
        roomcheck.screens_check([LAPTOP, PROJECTOR]),
        roomcheck.contacts_check([]),
    ]
    assert roomcheck.report(checks, "1.0")["status"] == "amber"
    checks.append(roomcheck.disk_check(Path("."), _free(10)))
    found = roomcheck.report(checks, "1.0")
    assert found["status"] == "red"
    assert [c["id"] for c in found["checks"]] == ["screens", "contacts", "disk"]
    assert roomcheck.as_text(checks).splitlines()[2].startswith("FAIL  disk:")
