"""``facilitator room-check --json`` on Qt's offscreen platform with two configured screens.

The offscreen platform reads its screens from the JSON file named in ``QT_QPA_PLATFORM`` when
Qt starts, so the command runs in a fresh process, as IT would run it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _screen(name: str, x: int, width: int, height: int) -> dict:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


SCREENS = {"screens": [_screen("Laptop", 0, 1366, 768), _screen("Projector", 1366, 1920, 1080)]}


def _room_check(tmp_path: Path, screens: dict, *args: str, settings: dict | None = None):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    home = tmp_path / "home"
    if settings is not None:
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["FACILITATOR_HOME"] = str(home)
    env["FACILITATOR_SITE_CONFIG"] = str(tmp_path / "site.toml")
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "room-check", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_json_names_both_screens_and_the_projector(tmp_path):
    done = _room_check(tmp_path, SCREENS, "--json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    found = json.loads(done.stdout)
    lines = {c["id"]: c for c in found["checks"]}
    assert list(lines) == ["screens", "legibility", "fonts", "contacts", "records", "disk"]
    screens = lines["screens"]
    assert screens["status"] == "green"
    assert [
        (s["name"], s["width"], s["height"], s["primary"], s["projector"])
        for s in screens["details"]["screens"]
    ] == [("Laptop", 1366, 768, True, False), ("Projector", 1920, 1080, False, True)]
    # The smallest slide text is measured on the projector, not on the laptop.
    assert lines["legibility"]["details"]["screen"] == "Projector"
    assert lines["fonts"]["status"] == "green"
    assert lines["contacts"]["status"] == "amber"  # a fresh user has no local contacts
    assert lines["records"]["status"] == "green"
    assert found["status"] == "amber"


def test_a_mirrored_display_is_amber_and_the_text_lists_every_line(tmp_path):
    mirrored = {"screens": [_screen("Laptop", 0, 1366, 768), _screen("Projector", 0, 1366, 768)]}
    done = _room_check(
        tmp_path, mirrored, settings={"help_contacts": ["AKT-vejleder: lokale 12, tlf. 1234 5678"]}
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("WARN  screens: Laptop and Projector show the same picture")
    assert any(line.startswith("ok    contacts:") for line in lines)
    assert [line.split(":")[0].split()[-1] for line in lines] == [
        "screens",
        "legibility",
        "fonts",
        "contacts",
        "records",
        "disk",
    ]
