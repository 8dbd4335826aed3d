from __future__ import annotations

import json
import subprocess
import sys

from facilitator.cli import main

ROOT_CONTENT = __import__("facilitator.core.paths", fromlist=["x"]).bundled_content_dir()


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "check-content", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_shape(make_library):
    out = run("--json", "--no-render", str(make_library()))
    assert out.returncode == 0, out.stdout + out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"errors", "warnings", "modules", "plans"}
    (module,) = data["modules"]
    assert set(module) == {"id", "title", "language", "items"}
    deck = module["items"][0]
    assert deck == {
        "id": "m.deck",
        "kind": "deck",
        "title": "Følelser og tanker",
        "duration": 20,
        "language": "da",
        "slides": 2,
        "notes": 2,
    }
    assert module["items"][1]["slides"] == 0
    assert data["plans"] == [{"id": "p", "title": "Plan", "minutes": 35}]


def test_errors_print_file_line_and_exit_1(make_library, capsys):
    root = make_library(**{"m__bad.md": "---\nid: m.bad\ntitle: B\nkind: deck\nduration: x\n---\n"})
    assert main(["check-content", "--no-render", str(root)]) == 1
    out = capsys.readouterr().out
    assert "m/bad.md:5: 'duration' must be whole minutes from 1 to 600" in out
    assert "1 errors" in out


def test_warnings_alone_exit_0(make_library, capsys):
    deck = "---\nid: m.w\ntitle: W\nkind: deck\nduration: 5\n---\n# A\n"
    root = make_library(**{"m__w.md": deck})
    assert main(["check-content", "--no-render", str(root)]) == 0
    assert "m/w.md:7: slide 1 has no speaker notes (warning)" in capsys.readouterr().out


def test_bundled_library_has_no_errors():
    out = run("--json")
    data = json.loads(out.stdout)
    assert data["errors"] == [], data["errors"][:5]
    assert out.returncode == 0
    assert len(data["modules"]) >= 2
