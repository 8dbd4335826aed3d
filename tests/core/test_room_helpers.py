"""Room helpers: random groups, the talking round and the check-in, with no names logged."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from facilitator.core.events import BufferedEvents, MemoryEvents, SessionLogEvents
from facilitator.core.room import (
    CheckIn,
    RoomError,
    TalkingRound,
    groups_event,
    make_groups,
    parse_names,
)

NAMES = ["Ali", "Bo", "Cecilie", "Dina", "Emil", "Frida", "Gustav", "Hana", "Ida", "Jonas"]


def test_groups_by_number_are_random_and_even():
    made = make_groups(NAMES, groups=3, rng=random.Random(7))
    assert sorted(len(g) for g in made) == [3, 3, 4]
    assert sorted(name for g in made for name in g) == sorted(NAMES)
    again = make_groups(NAMES, groups=3, rng=random.Random(7))
    assert again == made  # the same seed, the same groups
    other = make_groups(NAMES, groups=3, rng=random.Random(8))
    assert other != made


def test_groups_by_size_leave_nobody_alone():
    made = make_groups(10, size=3, rng=random.Random(1))
    assert sorted(len(g) for g in made) == [3, 3, 4]
    assert sorted(int(m) for g in made for m in g) == list(range(1, 11))
    assert [len(g) for g in make_groups(7, size=2, rng=random.Random(1))] == [3, 2, 2]
    assert len(make_groups(2, size=5)) == 1


@pytest.mark.parametrize(
    ("people", "kwargs", "code"),
    [
        (0, {"groups": 2}, "nobody"),
        (5, {"groups": 6}, "groups"),
        (5, {"groups": 0}, "groups"),
        (5, {"size": 0}, "size"),
        (5, {}, "how"),
        (5, {"groups": 2, "size": 2}, "how"),
        (501, {"groups": 2}, "too-many"),
    ],
)
def test_impossible_groups_say_why(people, kwargs, code):
    with pytest.raises(RoomError) as caught:
        make_groups(people, **kwargs)
    assert caught.value.code == code


def test_names_typed_on_the_spot():
    assert parse_names("Ali, Bo\n\n Cecilie ;Dina,") == ["Ali", "Bo", "Cecilie", "Dina"]


def test_the_groups_event_has_sizes_and_no_names():
    events = MemoryEvents()
    made = make_groups(NAMES, groups=2, rng=random.Random(3))
    groups_event(events, len(NAMES), made, "groups")
    (record,) = events.events
    assert record.kind == "groups" and record.data["sizes"] == [5, 5]
    assert not any(name in repr(record.data) for name in NAMES)


def test_talking_round_moves_on_with_a_key(clock):
    talk = TalkingRound(people=3, seconds=60, clock=clock)
    assert talk.speaker == 0 and not talk.running
    talk.start()
    clock.advance(45)
    assert talk.speaker == 1 and talk.remaining() == pytest.approx(15)
    talk.pause()
    clock.advance(100)
    assert talk.remaining() == pytest.approx(15)
    talk.toggle()
    clock.advance(20)
    assert talk.over  # a gentle "time" on the console, no jump
    talk.next()
    assert talk.speaker == 2 and talk.remaining() == pytest.approx(60)
    talk.next()
    talk.next()
    assert talk.done and not talk.running
    assert talk.as_event() == {"people": 3, "seconds": 60, "reached": 3}
    with pytest.raises(RoomError):
        TalkingRound(people=0, seconds=60, clock=clock)


def test_check_in_tally_is_recorded_with_counts_only():
    check = CheckIn("numbers")
    for value in ("4", "4", "5", "2"):
        check.add(value)
    check.add("2", -1)
    assert check.total == 3 and check.average() == pytest.approx(13 / 3)
    events = MemoryEvents()
    check.record(events)
    assert events.events[0].data == {
        "scale": "numbers",
        "tally": {"1": 0, "2": 0, "3": 0, "4": 2, "5": 1},
    }
    weather = CheckIn("weather")
    weather.set("sun", 4)
    assert weather.total == 4 and weather.average() is None
    with pytest.raises(RoomError):
        weather.add("7")
    with pytest.raises(RoomError):
        CheckIn("colours")  # type: ignore[arg-type]


def test_buffered_events_reach_the_session_log_once_it_is_open(tmp_path):
    from sqlmodel import select

    from facilitator.core.store.database import open_database
    from facilitator.core.store.log_store import SessionLog
    from facilitator.core.store.tables import Event, Shown

    buffered = BufferedEvents()
    buffered.shown("deck", "m.deck", 1, 42.0)
    CheckIn("numbers").record(buffered)
    database = open_database(tmp_path / "log.db", datetime(2026, 11, 24))
    try:
        session_log = SessionLog(database)
        session = session_log.start_session(title="Mentalisering")
        buffered.attach(SessionLogEvents(session_log, session))
        buffered.event("groups", people=10, how="size", sizes=[4, 3, 3])
        with database.session() as s:
            shown = s.exec(select(Shown)).all()
            events = s.exec(select(Event)).all()
        assert [(r.ref, r.slide, r.seconds) for r in shown] == [("m.deck", 1, 42.0)]
        assert [e.kind for e in events] == ["checkin", "groups"]
    finally:
        database.close()
    assert [r.kind for r in buffered.memory.events] == ["checkin", "groups"]


def test_a_failing_log_never_stops_the_presentation(caplog):
    class Broken:
        def shown(self, *args):
            raise OSError("disk full")

        def event(self, kind, **data):
            raise OSError("disk full")

    buffered = BufferedEvents()
    buffered.attach(Broken())
    buffered.shown("deck", "m.deck", 1, 3.0)
    buffered.event("checkin", scale="numbers", tally={})
    assert not buffered.attached
    assert len(buffered.memory.shown_records) == 1 and len(buffered.memory.events) == 1
    assert "could not store" in caplog.text
