"""Records benchmark (issue 7): recording an action, and opening a long history.

Prints JSON with:

- record_action_ms: p50 and p99 of 2,000 confirmed actions (notes, ticks, ratings, progress
  marks, in turn) through ``ui.records.store.RecordsStore``, the path the screens use; each is
  committed (WAL, ``synchronous=FULL``) before it counts as done
- open_history_core_ms: reading a group's history with 5 years of weekly sessions (260 sessions,
  each with shown items and room events): sessions, minutes per item and check-ins
- open_history_screen_ms: the Sessions screen showing that group (table, charts, coverage),
  offscreen; median of 5
- ten_years_open_ms: a records database of ten years (:func:`ten_years`: 200 sessions a year,
  30 people in three groups, each session with what was shown, a check-in, groups made,
  attendance ticks, a note and ratings) opened (``open_database``: check, daily backup, migrate)
  and its largest group shown and charted on the Sessions screen, from nothing to painted;
  median of 5. ``ten_years_chart_ms``: only choosing the group and painting (the database open)

Run: ``.venv/bin/python benchmarks/records_bench.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

ACTIONS = 2000
WEEKS = 260
ITEMS = ("m.deck", "m.ex", "m.talk", "m.end")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def record_actions(folder: Path) -> dict[str, float]:
    from facilitator.ui.records.backups import DatabaseOpener
    from facilitator.ui.records.store import RecordsStore

    store = RecordsStore(DatabaseOpener(folder / "actions.db"))
    log, mentor = store.log, store.mentor
    group = log.add_group("Hold A")
    sessions = [log.start_session(group_id=group) for _ in range(20)]
    people = [log.add_participant(group, f"P{n}") for n in range(25)]
    person = mentor.add_person("Ræven")
    timings = []
    for i in range(ACTIONS):
        started = time.perf_counter()
        kind = i % 4
        if kind == 0:
            ok = store.save_note(sessions[i % 20], f"Note {i} " + "tekst " * 40)
        elif kind == 1:
            ok = store.tick(sessions[i % 20], people[i % 25], i % 3 != 0)
        elif kind == 2:
            ok = store.rate(sessions[i % 20], f"q{i % 7}", 1 + i % 5)
        else:
            ok = store.add_meeting(person, "2026-11-23", f"m {i}", wellbeing=1 + i % 5) is not None
        timings.append((time.perf_counter() - started) * 1000)
        assert ok
    store.db.close()
    return {
        "p50": round(statistics.median(timings), 3),
        "p99": round(percentile(timings, 0.99), 3),
        "actions": ACTIONS,
    }


def five_years(folder: Path) -> tuple[Path, int]:
    """A group with a weekly session for five years: 4 items shown, a check-in, groups made."""
    import sqlite3

    from facilitator.core.store.database import open_database

    path = folder / "history.db"
    open_database(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("INSERT INTO grp (id, name, created, plan_refs) VALUES (1, 'A', '', '')")
        start = date(2021, 11, 1)
        for week in range(WEEKS):
            day = (start + timedelta(days=7 * week)).isoformat()
            cursor = connection.execute(
                "INSERT INTO session (group_id, title, day, place, facilitator, started, "
                "plan_ref) VALUES (1, 'Kursusdag', ?, 'Lokale 12', 'Mette', ?, 'kursus.p')",
                (day, f"{day}T10:00:00"),
            )
            sid = cursor.lastrowid
            for n, ref in enumerate(ITEMS):
                for slide in range(1, 6):
                    connection.execute(
                        "INSERT INTO shown (session_id, kind, ref, slide, started, seconds) "
                        "VALUES (?, 'deck', ?, ?, ?, ?)",
                        (sid, ref, slide, f"{day}T10:{n:02d}:00", 60 + n * 7),
                    )
            connection.execute(
                "INSERT INTO event (session_id, kind, data, at) VALUES (?, 'checkin', ?, ?)",
                (sid, json.dumps({"scale": "numbers", "tally": {"3": 4, "4": 6}}), day),
            )
            connection.execute(
                "INSERT INTO event (session_id, kind, data, at) VALUES (?, 'groups', ?, ?)",
                (sid, json.dumps({"people": 12, "how": "random", "sizes": [4, 4, 4]}), day),
            )
    connection.close()
    return path, 1


YEARS = 10
SESSIONS_A_YEAR = 200
PEOPLE = 30
GROUPS = 3


def ten_years(path: Path, years: int = YEARS) -> dict[str, int]:
    """Write a records database of ``years`` years of a busy trainer's sessions to ``path``:
    SESSIONS_A_YEAR sessions a year spread over GROUPS groups of PEOPLE // GROUPS people, each
    with 6 items shown (5 slides each), a check-in tally, groups made, who was there, a note and
    three ratings. Made through the app's own migrations, filled with plain SQL (seconds, not
    minutes). Returns how many rows of each kind it wrote."""
    import random
    import sqlite3

    from facilitator.core.store.database import open_database

    open_database(path).close()
    rng = random.Random(17)
    counts = {"sessions": 0, "shown": 0, "events": 0, "presence": 0}
    connection = sqlite3.connect(path)
    with connection:
        people: dict[int, list[int]] = {}
        for g in range(1, GROUPS + 1):
            connection.execute(
                "INSERT INTO grp (id, name, created, plan_refs) VALUES (?, ?, '', 'kursus.p')",
                (g, f"Hold {g}"),
            )
            people[g] = [
                int(connection.execute(
                    "INSERT INTO participant (group_id, pseudonym) VALUES (?, ?)",
                    (g, f"Deltager {g}-{n}"),
                ).lastrowid or 0)
                for n in range(PEOPLE // GROUPS)
            ]  # fmt: skip
        start = date.today() - timedelta(days=365 * years)
        total = years * SESSIONS_A_YEAR
        for number in range(total):
            when = start + timedelta(days=number * 365 * years // total)
            day, group = when.isoformat(), 1 + number % GROUPS
            sid = connection.execute(
                "INSERT INTO session (group_id, title, day, place, facilitator, started, ended, "
                "plan_ref) VALUES (?, 'Kursusdag', ?, 'Lokale 12', 'Mette', ?, ?, 'kursus.p')",
                (group, day, f"{day}T09:00:00", f"{day}T11:30:00"),
            ).lastrowid
            counts["sessions"] += 1
            for n, ref in enumerate(ITEMS + ("m.pause", "m.runde")):
                for slide in range(1, 6):
                    connection.execute(
                        "INSERT INTO shown (session_id, kind, ref, slide, started, seconds) "
                        "VALUES (?, 'deck', ?, ?, ?, ?)",
                        (sid, ref, slide, f"{day}T09:{n * 10:02d}:00", rng.randint(30, 240)),
                    )
                    counts["shown"] += 1
            tally = {str(k): rng.randint(0, 4) for k in range(1, 6)}
            for kind, data in (
                ("checkin", {"scale": "numbers", "tally": tally}),
                ("groups", {"people": 10, "how": "random", "sizes": [3, 3, 4]}),
            ):
                connection.execute(
                    "INSERT INTO event (session_id, kind, data, at) VALUES (?, ?, ?, ?)",
                    (sid, kind, json.dumps(data), f"{day}T09:30:00"),
                )
                counts["events"] += 1
            for person in people[group]:
                connection.execute(
                    "INSERT INTO presence (session_id, participant_id, present) VALUES (?, ?, ?)",
                    (sid, person, int(rng.random() < 0.85)),
                )
                counts["presence"] += 1
            connection.execute(
                "INSERT INTO note (session_id, text, updated) VALUES (?, ?, ?)",
                (sid, "God energi i gruppen. " * 8, f"{day}T12:00:00"),
            )
            for question in ("udbytte", "tempo", "tryghed"):
                connection.execute(
                    "INSERT INTO evaluation (session_id, question, rating, text) "
                    "VALUES (?, ?, ?, '')",
                    (sid, question, rng.randint(1, 5)),
                )
    connection.close()
    return counts


def open_ten_years(folder: Path, runs: int = 5) -> dict[str, object]:
    """``ten_years_open_ms``: the ten-year database opened and its largest group on the Sessions
    screen, table and charts painted; ``ten_years_chart_ms``: the group chosen and painted."""
    from PySide6.QtWidgets import QApplication

    from facilitator.core.model import Library
    from facilitator.ui.records.backups import DatabaseOpener
    from facilitator.ui.records.sessions import SessionsScreen
    from facilitator.ui.records.store import RecordsStore

    path = folder / "ten-years.db"
    counts = ten_years(path)
    app = QApplication.instance() or QApplication([])
    library = Library()
    warm = RecordsStore(DatabaseOpener(path), now=datetime.now)
    warm.log.history(1)  # imports sqlmodel and maps the tables once: the app has done it
    warm.db.close()
    opened, charted = [], []
    for _ in range(runs):
        started = time.perf_counter()
        store = RecordsStore(DatabaseOpener(path), now=datetime.now)
        screen = SessionsScreen(store, lambda: library)
        screen.resize(1366, 700)
        screen.show()
        screen.refresh()  # chooses the first group: its table and charts
        screen.repaint()
        app.processEvents()
        opened.append((time.perf_counter() - started) * 1000)
        assert screen.group_id == 1
        started = time.perf_counter()
        screen._group_chosen()
        screen.repaint()
        charted.append((time.perf_counter() - started) * 1000)
        assert screen.sessions.topLevelItemCount() == counts["sessions"] // GROUPS + 1
        screen.close()
        store.db.close()
    return {
        "ten_years_open_ms": round(statistics.median(opened), 1),
        "ten_years_chart_ms": round(statistics.median(charted), 1),
        "ten_years_rows": counts,
        "ten_years_size_mb": round(path.stat().st_size / 1e6, 1),
    }


def open_history(folder: Path) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from facilitator.core.model import Library
    from facilitator.core.store.database import open_database
    from facilitator.core.store.log_store import SessionLog
    from facilitator.ui.records.backups import DatabaseOpener
    from facilitator.ui.records.sessions import SessionsScreen
    from facilitator.ui.records.store import RecordsStore

    path, group = five_years(folder)
    db = open_database(path)
    log = SessionLog(db)
    core = []
    for _ in range(5):
        started = time.perf_counter()
        history = log.history(group)
        log.minutes_by_ref(group)
        log.checkins(group)
        core.append((time.perf_counter() - started) * 1000)
    assert len(history) == WEEKS
    db.close()

    app = QApplication.instance() or QApplication([])
    store = RecordsStore(DatabaseOpener(path), now=datetime.now)
    library = Library()
    screen = SessionsScreen(store, lambda: library)
    screen.resize(1366, 700)
    screen.show()
    screen.refresh()  # the first time opens the database (sqlmodel) and is not counted
    app.processEvents()
    shown = []
    for _ in range(5):
        screen.group_id = None
        started = time.perf_counter()
        screen._group_chosen()
        screen.repaint()
        shown.append((time.perf_counter() - started) * 1000)
    assert screen.sessions.topLevelItemCount() == WEEKS
    screen.close()
    return round(statistics.median(core), 2), round(statistics.median(shown), 2)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="facilitator-records-bench-") as folder:
        actions = record_actions(Path(folder))
        core, screen = open_history(Path(folder))
        ten = open_ten_years(Path(folder))
    print(
        json.dumps(
            {
                "record_action_ms": actions,
                "open_history_core_ms": core,
                "open_history_screen_ms": screen,
                "sessions": WEEKS,
                **ten,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
