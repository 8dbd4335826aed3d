"""Run by test_sigkill.py in a subprocess: 1,000 confirmed actions through RecordsStore, the
path the screens use, printing each action's id once the store has confirmed it."""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator.ui.records.backups import DatabaseOpener
from facilitator.ui.records.store import RecordsStore

ACTIONS = 1000


def main(path: str) -> int:
    store = RecordsStore(DatabaseOpener(Path(path), ask=lambda _reason, _backup: False))
    log, mentor = store.log, store.mentor
    group = log.add_group("Hold A")
    sessions = [log.start_session(group_id=group) for _ in range(10)]
    people = [log.add_participant(group, f"P{n}") for n in range(30)]
    person = mentor.add_person("Ræven")
    print(f"ready {group} {person}", flush=True)
    for i in range(ACTIONS):
        kind = ("note", "tick", "rating", "mark")[i % 4]
        session = sessions[i % len(sessions)]
        if kind == "note":
            ok = store.save_note(sessions[0], f"note {i}")
        elif kind == "tick":
            ok = store.tick(session, people[(i // 10) % len(people)], i % 3 != 0)
        elif kind == "rating":
            ok = store.rate(session, f"q{i}", 1 + i % 5, f"text {i}")
        else:
            ok = (
                store.add_meeting(person, "2026-11-23", f"mark {i}", wellbeing=1 + i % 5)
                is not None
            )
        if ok:
            print(f"{kind} {i}", flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
