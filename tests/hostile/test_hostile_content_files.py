"""Hostile front matter and plan files: each one is reported at its file and line and skipped,
and the rest of the library still loads (issue 10; docs/content-format.md, "Limits").

Every case is a small file next to a good item and a good plan. Loading must not raise, the
problem must name the file and line, and the good files must be there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.core import item_reader
from facilitator.core.loader import Root, load_library
from facilitator.core.paths import bundled_content_dir

GOOD_ITEM = "---\nid: m.good\ntitle: God\nkind: guide\nduration: 5\n---\nTekst.\n"
GOOD_PLAN = (
    "format: 1\nid: good\ntitle: God plan\nsections:\n  - title: S\n    entries:\n"
    "      - item: m.good\n        minutes: 5\n"
)
LAUGHS = "".join(
    f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" if n else "l0: &l0 [ha, ha, ha]\n"
    for n in range(9)
)


def item(*extra: str, **fields: str) -> str:
    """An item file: the good fields, some replaced (``fields``), extra lines last."""
    values = {"id": "m.bad", "title": "Slem", "kind": "guide", "duration": "5"}
    values.update(fields)
    lines = [f"{key}: {value}" for key, value in values.items()]
    return "---\n" + "\n".join([*lines, *extra]) + "\n---\nTekst.\n"


def plan(*extra: str, entry: str = "", **fields: str) -> str:
    """A plan file with one entry (its lines replaced by ``entry``), some top-level fields
    replaced (``fields``) and extra top-level lines before 'sections'."""
    values = {"format": "1", "id": "bad", "title": "Slem plan"}
    values.update(fields)
    lines = [f"{key}: {value}" for key, value in values.items()]
    entry = entry or "      - item: m.good\n        minutes: 20"
    return "\n".join([*lines, *extra, "sections:", "  - title: S", "    entries:", entry]) + "\n"


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    line: int
    fragment: str
    loaded: str = "no"  # "no": the file is skipped; "yes": it loads, with a warning
    # "entry": a plan that loads without its bad entry


ITEM_CASES = [
    Case("impossible date with a tag", item("date: !!timestamp 2025-02-29"), 6, "cannot be read"),
    Case("empty tagged date", item("x: !!timestamp ''"), 6, "cannot be read"),
    Case("id with a newline", item(id='"m.bad\\n"'), 2, "may hold only lower case"),
    Case("id a list", item(id="[m, bad]"), 2, "may hold only lower case"),
    Case("id a number", item(id="1.10"), 2, "may hold only lower case"),
    Case("title a mapping", item(title="{a: 1}"), 3, "'title' must be text"),
    Case("kind missing value", item(kind="null"), 4, "missing 'kind'"),
    Case("kind a mapping", item(kind="{deck: 1}"), 4, "unknown kind"),
    Case("duration huge", item(duration="9" * 30), 5, "the number is too large"),
    Case("duration thousands of digits", item(duration="1" + "0" * 5000), 5, "too large"),
    Case("duration huge hex", item(duration="0x" + "f" * 5000), 5, "too large"),
    Case("duration a date", item(duration="2026-01-01"), 5, "'duration' must be whole minutes"),
    Case("sensitive quoted", item('sensitive: "false"'), 6, "'sensitive' must be true or false"),
    Case("language a list", item("language: [da]"), 6, "unknown language"),
    Case("billion laughs", item(*LAUGHS.splitlines(), "summary: *l8"), 6, "anchors"),
    Case("alias as id", item("base: &x m.bad", id="*x"), 2, "aliases"),
    Case("recursive alias", item("loop: &a [*a]"), 6, "anchors"),
    Case("deep flow nesting", item("deep: " + "[" * 100_000 + "]" * 100_000), 6, "nested"),
    Case("deep block nesting", item("deep:\n  - " + "- " * 12 + "x"), 7, "nested"),
    Case("python tag", item("x: !!python/object/apply:os.system [echo]"), 6, "not valid YAML"),
    Case("unhashable key", item("? [a]\n: 1"), 6, "not valid YAML"),
    Case("control character", item("summary: a\x00b"), 6, "not valid YAML"),
    Case("summary bytes", item("summary: !!binary aGVq"), 6, "'summary' must be text", "yes"),
    Case("order not a number", item("order: .nan"), 6, "'order' must be a number", "yes"),
    Case("part a list", item("part: [knowledge]"), 6, "'part' must be text", "yes"),
]

PLAN_CASES = [
    Case("date 2026-02-30", plan("date: 2026-02-30"), 4, "'date' must be a date", "yes"),
    Case("date 2025-02-29", plan("date: 2025-02-29"), 4, "'date' must be a date", "yes"),
    Case("entries a number", plan(entry="      42"), 6, "'entries' must be a list", "entry"),
    Case(
        "flexible quoted",
        plan(entry='      - item: m.good\n        minutes: 5\n        flexible: "false"'),
        9,
        "'flexible' must be true or false",
        "entry",
    ),
    Case("unknown language", plan(language="de"), 4, "unknown language 'de'", "yes"),
    Case(
        "slides out of range",
        plan(entry="      - item: m.good\n        minutes: 5\n        slides: [1, 99]"),
        7,
        "'slides' is for decks",
        "yes",
    ),
    Case("id with a newline", plan(id='"bad\\n"'), 2, "may hold only lower case"),
    Case("id a number", plan(id="12"), 2, "may hold only lower case"),
    Case("title a list", plan(title="[a]"), 3, "'title' must be text"),
    Case("unused anchor", plan("x: &a 1"), 4, "anchors"),
    Case("billion laughs", plan(*LAUGHS.splitlines(), "notes: *l8"), 4, "anchors"),
    Case("deep nesting", plan("deep: " + "{a: " * 50_000 + "1" + "}" * 50_000), 4, "nested"),
    Case(
        "minutes infinite",
        plan(entry="      - item: m.good\n        minutes: .inf"),
        8,
        "'minutes' must be whole minutes",
        "entry",
    ),
    Case("audience a number", plan("audience: 42"), 4, "'audience' must be a list", "yes"),
    Case(
        "note a mapping",
        plan(entry="      - item: m.good\n        minutes: 5\n        note: {a: 1}"),
        9,
        "'note' must be text",
        "entry",
    ),
    Case("sections a mapping", plan().replace("sections:", "sections: {a: 1}\nx:"), 4, "sections"),
    Case("start a list", plan("start: [9]"), 4, "'start' must be a clock time", "yes"),
    Case(
        "overrun across midnight",
        plan(
            'start: "23:00"', 'target_end: "00:30"', entry="      - free: Nat\n        minutes: 120"
        ),
        5,
        "the entries take 120 min, but 23:00-00:30 has 90",
        "yes",
    ),
]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def library_with(tmp_path: Path, name: str, text: str) -> Path:
    root = tmp_path / "lib"
    write(root / "m" / "module.md", "---\nid: m\ntitle: Modul\n---\nOm modulet.\n")
    write(root / "m" / "good.md", GOOD_ITEM)
    write(root / "plans" / "good.plan.yaml", GOOD_PLAN)
    write(root / name, text)
    return root


def problems_of(library, name: str) -> list[tuple[int, str, str]]:
    return [(p.line, p.message, p.severity) for p in library.problems if p.file.endswith(name)]


@pytest.mark.parametrize("case", ITEM_CASES, ids=lambda c: c.name)
def test_hostile_item_is_reported_at_its_line_and_the_rest_loads(tmp_path, case):
    library = load_library([library_with(tmp_path, "m/bad.md", case.text)])
    found = problems_of(library, "m/bad.md")
    assert any(line == case.line and case.fragment in msg for line, msg, _ in found), found
    assert library.item("m.good") is not None and library.plan("good") is not None
    if case.loaded == "no":
        assert library.item("m.bad") is None
        assert any(severity == "error" for _, _, severity in found)
    else:
        assert library.item("m.bad") is not None
        assert all(severity == "warning" for _, _, severity in found)


@pytest.mark.parametrize("case", PLAN_CASES, ids=lambda c: c.name)
def test_hostile_plan_is_reported_at_its_line_and_the_rest_loads(tmp_path, case):
    library = load_library([library_with(tmp_path, "plans/bad.plan.yaml", case.text)])
    found = problems_of(library, "bad.plan.yaml")
    assert any(line == case.line and case.fragment in msg for line, msg, _ in found), found
    assert library.item("m.good") is not None and library.plan("good") is not None
    loaded = library.plan("bad")
    if case.loaded == "no":
        assert loaded is None
    else:
        assert loaded is not None
        assert (loaded.entries == ()) == (case.loaded == "entry")


def test_an_impossible_date_in_item_front_matter_is_only_text(tmp_path):
    """`date: 2025-02-29` unquoted once stopped the whole library from loading."""
    text = item("date: 2025-02-29", "updated: 2026-02-30")
    library = load_library([library_with(tmp_path, "m/bad.md", text)])
    assert library.problems == []
    assert library.item("m.bad") is not None


def test_a_clock_time_without_quotes_is_a_clock_time(tmp_path):
    """YAML 1.1 reads 10:30 as the number 630; a plan's start and end stay as written."""
    text = plan("start: 10:30", "target_end: 10:50")
    library = load_library([library_with(tmp_path, "plans/bad.plan.yaml", text)])
    assert library.problems == []
    assert (library.plan("bad").start, library.plan("bad").target_end) == ("10:30", "10:50")


def test_an_unforeseen_failure_skips_only_that_file(tmp_path, monkeypatch):
    """The last-resort guard: a bug met while reading one file is that file's problem."""

    def broken(text: str):
        raise RuntimeError("unforeseen")

    monkeypatch.setattr(item_reader, "parse_steps", broken)  # where the reader finds it
    exercise = (
        "---\nid: m.ex\ntitle: Øvelse\nkind: exercise\nduration: 5\ngroup_form: pairs\n---\n"
        "## Trin\n1. Gør det. (5 min)\n"
    )
    library = load_library([library_with(tmp_path, "m/ex.md", exercise)])
    found = problems_of(library, "m/ex.md")
    assert (1, "could not read this file (RuntimeError: unforeseen)", "error") in found
    assert library.item("m.good") is not None and library.item("m.ex") is None


# Duplicate ids: the bundled library keeps its ids, nothing of a module is dropped ------------


def test_bundled_library_keeps_its_ids_whatever_the_order_of_folders(tmp_path):
    bundled = library_with(tmp_path, "m/extra.md", GOOD_ITEM.replace("m.good", "m.extra"))
    user = tmp_path / "user"
    write(user / "aa" / "module.md", "---\nid: mine\ntitle: Mit\n---\nx\n")
    write(user / "aa" / "take.md", GOOD_ITEM.replace("title: God", "title: Overtaget"))
    library = load_library([Root(user), Root(bundled, bundled=True)])
    assert library.item("m.good").title == "God" and library.item("m.good").bundled
    (problem,) = problems_of(library, "aa/take.md")
    assert problem[0] == 2 and "duplicate id 'm.good'" in problem[1]
    assert "m/good.md" in problem[1]


def test_a_second_module_md_with_the_same_id_drops_no_items(tmp_path):
    root = library_with(tmp_path, "aa/module.md", "---\nid: m\ntitle: Kopi\n---\nx\n")
    write(root / "aa" / "own.md", GOOD_ITEM.replace("m.good", "m.own"))
    library = load_library([root])
    assert {i.id for i in library.items()} == {"m.good", "m.own"}
    (problem,) = library.problems  # the first module.md in file order holds the id
    assert problem.file.endswith("m/module.md") and problem.line == 2
    assert "duplicate module id 'm' (also in lib/aa/module.md)" in problem.message


def test_a_user_module_with_a_bundled_module_id_keeps_both_sets_of_items(tmp_path):
    bundled = library_with(tmp_path, "m/extra.md", GOOD_ITEM.replace("m.good", "m.extra"))
    user = tmp_path / "user"
    write(user / "mit" / "module.md", "---\nid: m\ntitle: Mit modul\n---\nx\n")
    write(user / "mit" / "own.md", GOOD_ITEM.replace("m.good", "m.own"))
    library = load_library([Root(bundled, bundled=True), Root(user)])
    (module,) = library.modules
    assert module.title == "Modul" and module.bundled
    assert {i.id for i in module.items} == {"m.good", "m.extra", "m.own"}


# The command line -----------------------------------------------------------------------------


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "check-content", "--no-render", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_content_reports_hostile_files_without_a_traceback(tmp_path):
    root = library_with(tmp_path, "m/bad.md", item(*LAUGHS.splitlines(), "summary: *l8"))
    write(root / "m" / "date.md", item("x: !!timestamp 2025-02-29", id="m.date"))
    write(root / "plans" / "bad.plan.yaml", plan(entry="      42"))
    out = run_check(str(root))
    assert "Traceback" not in out.stdout + out.stderr
    assert out.returncode == 1  # errors found (README: 1 for errors, 0 for warnings only)
    assert "m/bad.md:6: YAML anchors ('&l0') are not allowed here" in out.stdout
    assert "m/date.md:6: the value '2025-02-29' cannot be read" in out.stdout
    assert "plans/bad.plan.yaml:6: 'entries' must be a list of entries" in out.stdout


def test_check_content_checks_a_plan_file_against_the_library(tmp_path):
    """A plan file alone is checked against the bundled library: its item ids are known."""
    deck = next(
        i
        for i in load_library([Root(bundled_content_dir(), bundled=True)]).items()
        if i.kind == "deck"
    )
    text = plan(entry=f"      - item: {deck.id}\n        minutes: 5\n        hidden: [999]")
    path = write(tmp_path / "mine.plan.yaml", text)
    out = run_check("--json", str(path))
    report = json.loads(out.stdout)
    assert report["errors"] == []
    (warning,) = report["warnings"]
    assert warning["line"] == 7 and "'hidden' names slide 999" in warning["message"]
    assert out.returncode == 0


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path):
    """`facilitator check-content --json | head -1`: the pipe closes early; the command stops
    quietly instead of printing a BrokenPipeError traceback."""
    import os
    import subprocess
    import sys

    reader, writer = os.pipe()
    env = {**os.environ, "FACILITATOR_HOME": str(tmp_path / "home")}
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "check-content", "--json"],
        stdout=writer,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(writer)
    os.read(reader, 10)  # the first bytes, then the reader goes away
    os.close(reader)
    _out, err = process.communicate(timeout=120)
    assert b"Traceback" not in err, err.decode(errors="replace")
    assert process.returncode == 1
