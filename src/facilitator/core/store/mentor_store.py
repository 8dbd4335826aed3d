"""The mentors' progress log: a person by pseudonym, sub-goals and small marks per meeting.

Notes about a young person are sensitive: they never go to log files, and one action removes
everything about a person.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import col, func, select

from ..csv_export import csv_text
from ..dates import add_months
from . import meta
from .database import Database
from .tables import Meeting, Person, Subgoal

DIMENSIONS = ("wellbeing", "attendance", "homework", "behaviour", "network")


RETENTION_KEY = "mentor.retention_months"
WARN_DAYS = 30  # retention: people are named this many days before their records go
POSTPONE_DAYS = 31  # "keep one more month"


@dataclass(frozen=True)
class Mark:
    day: str
    values: dict[str, int | None]
    note: str
    id: int = 0


@dataclass(frozen=True)
class Due:
    """A person whose records will be deleted on ``delete_on`` (retention period)."""

    person_id: int
    pseudonym: str
    last_activity: str
    delete_on: str


class MentorLog:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today

    def add_person(self, pseudonym: str, keep_days: int | None = None) -> int:
        keep_until = (self.today() + timedelta(days=keep_days)).isoformat() if keep_days else ""
        with self.db.write() as s:
            person = Person(
                pseudonym=pseudonym.strip(),
                created=f"{self.today().isoformat()}T{datetime.now():%H:%M:%S}",
                keep_until=keep_until,
            )
            s.add(person)
            s.flush()
            assert person.id is not None
            return person.id

    def people(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(p.id, p.pseudonym) for p in s.exec(select(Person).order_by(Person.pseudonym))]

    def pseudonym(self, person_id: int) -> str:
        with self.db.session() as s:
            person = s.get(Person, person_id)
            return person.pseudonym if person is not None else ""

    def add_subgoal(
        self,
        person_id: int,
        text: str,
        target_day: str = "",
        dimension: str = "",
        start_day: str = "",
    ) -> int:
        for day in (target_day, start_day):
            if day:
                date.fromisoformat(day)  # ValueError names the bad date
        with self.db.write() as s:
            goal = Subgoal(
                person_id=person_id,
                text=text.strip(),
                dimension=dimension,
                start_day=start_day or self.today().isoformat(),
                target_day=target_day,
            )
            s.add(goal)
            s.flush()
            assert goal.id is not None
            return goal.id

    def reach_subgoal(self, goal_id: int, reached: bool = True) -> None:
        with self.db.write() as s:
            goal = s.get(Subgoal, goal_id)
            if goal is not None:
                goal.reached_day = self.today().isoformat() if reached else ""
                s.add(goal)

    def update_subgoal(self, goal_id: int, **fields: str) -> None:
        """Change a sub-goal's text, dimension, start_day, target_day or reached_day."""
        allowed = {"text", "dimension", "start_day", "target_day", "reached_day"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown sub-goal field: {', '.join(sorted(unknown))}")
        for name in ("start_day", "target_day", "reached_day"):
            if fields.get(name):
                date.fromisoformat(fields[name])
        with self.db.write() as s:
            goal = s.get(Subgoal, goal_id)
            if goal is not None:
                for name, value in fields.items():
                    setattr(goal, name, value.strip() if name == "text" else value)
                s.add(goal)

    def subgoals(self, person_id: int) -> list[Subgoal]:
        with self.db.session() as s:
            return list(
                s.exec(
                    select(Subgoal).where(Subgoal.person_id == person_id).order_by(col(Subgoal.id))
                )
            )

    def add_meeting(self, person_id: int, day: str, note: str = "", **marks: int | None) -> int:
        _check_marks(day, marks)
        with self.db.write() as s:
            meeting = Meeting(person_id=person_id, day=day, note=note, **marks)
            s.add(meeting)
            s.flush()
            assert meeting.id is not None
            return meeting.id

    def update_meeting(
        self,
        meeting_id: int,
        *,
        day: str | None = None,
        note: str | None = None,
        **marks: int | None,
    ) -> None:
        """Change a meeting's day, note or marks (a mark of None clears it)."""
        _check_marks(day, marks)
        with self.db.write() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                return
            if day is not None:
                meeting.day = day
            if note is not None:
                meeting.note = note
            for name, value in marks.items():
                setattr(meeting, name, value)
            s.add(meeting)

    def delete_meeting(self, meeting_id: int) -> None:
        with self.db.write() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is not None:
                s.delete(meeting)

    def marks(self, person_id: int) -> list[Mark]:
        with self.db.session() as s:
            rows = s.exec(
                select(Meeting)
                .where(Meeting.person_id == person_id)
                .order_by(col(Meeting.day), col(Meeting.id))
            ).all()
        return [
            Mark(m.day, {d: getattr(m, d) for d in DIMENSIONS}, m.note, m.id or 0) for m in rows
        ]

    def export_csv(self, person_id: int) -> str:
        """Everything about the person, as CSV: meetings, then sub-goals."""
        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise KeyError(person_id)
            pseudonym = person.pseudonym
        rows: list[list[object]] = [["person", pseudonym]]
        rows.append(["meeting", "day", *DIMENSIONS, "note"])
        for mark in self.marks(person_id):
            rows.append(["meeting", mark.day, *(mark.values[d] for d in DIMENSIONS), mark.note])
        rows.append(["subgoal", "text", "dimension", "start", "target", "reached"])
        for goal in self.subgoals(person_id):
            rows.append(
                [
                    "subgoal",
                    goal.text,
                    goal.dimension,
                    goal.start_day,
                    goal.target_day,
                    goal.reached_day,
                ]
            )
        return csv_text(rows)

    def delete_person(self, person_id: int) -> None:
        """Remove the person and everything about them (sub-goals and meetings cascade)."""
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is not None:
                s.delete(person)
        # Freed pages are overwritten so deleted notes do not linger in the file.
        self.db.scrub()

    def erase_person(self, person_id: int) -> int:
        """Delete everything about a person here and in every backup and shelved file; returns
        how many backup files could not be cleaned (the user is told to delete them by hand)."""
        from .backups import purge_person

        name = self.pseudonym(person_id)
        self.delete_person(person_id)
        return purge_person(self.db.path, name)

    # Retention ----------------------------------------------------------------------------
    def due_soon(self) -> list[Due]:
        """People whose records go within :data:`WARN_DAYS` (or are overdue)."""
        return self.due_within(WARN_DAYS)

    def postpone(self, person_ids: list[int]) -> None:
        """Keep these people's records one more month (:data:`POSTPONE_DAYS`) from today."""
        day = (self.today() + timedelta(days=POSTPONE_DAYS)).isoformat()
        for person_id in person_ids:
            self.keep_until(person_id, day)

    def retention_months(self) -> int:
        """Months a person's records are kept after their last meeting; 0: kept until deleted."""
        try:
            return max(0, int(meta.get(self.db, RETENTION_KEY, "0")))
        except ValueError:
            return 0

    def set_retention_months(self, months: int) -> None:
        meta.put(self.db, RETENTION_KEY, str(max(0, int(months))))

    def schedule(self) -> list[Due]:
        """When each person's records will be deleted, soonest first (only those with a date).

        The retention period runs from a person's last activity (the latest meeting, sub-goal
        date or when they were added); a person's own ``keep_until`` keeps them at least that long
        (and is the only date when no retention period is set).
        """
        months = self.retention_months()
        with self.db.session() as s:
            people = s.exec(select(Person)).all()
            last_meeting = dict(
                s.exec(
                    select(Meeting.person_id, func.max(Meeting.day)).group_by(
                        col(Meeting.person_id)
                    )
                ).all()
            )
            last_goal = dict(
                s.exec(
                    select(
                        Subgoal.person_id,
                        func.max(func.max(Subgoal.start_day, Subgoal.reached_day)),
                    ).group_by(col(Subgoal.person_id))
                ).all()
            )
        found = []
        for p in people:
            days = [p.created[:10], last_meeting.get(p.id) or "", last_goal.get(p.id) or ""]
            last = max(d for d in days if d)
            candidates = [p.keep_until] if p.keep_until else []
            if months:
                with contextlib.suppress(ValueError):
                    candidates.append(add_months(date.fromisoformat(last), months).isoformat())
            if not candidates:
                continue
            delete_on = max(candidates)
            found.append(Due(p.id or 0, p.pseudonym, last, delete_on))
        return sorted(found, key=lambda d: (d.delete_on, d.pseudonym))

    def keep_until(self, person_id: int, day: str) -> None:
        """Keep a person's records until ``day`` ('' returns them to the retention period)."""
        if day:
            date.fromisoformat(day)
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is not None:
                person.keep_until = day
                s.add(person)

    def due_within(self, days: int) -> list[Due]:
        """People whose records will be deleted within ``days`` days (or are overdue)."""
        limit = (self.today() + timedelta(days=days)).isoformat()
        return [d for d in self.schedule() if d.delete_on <= limit]

    def expired(self) -> list[tuple[int, str, str]]:
        """People whose retention period has passed: (id, pseudonym, delete_on)."""
        today = self.today().isoformat()
        return [
            (d.person_id, d.pseudonym, d.delete_on) for d in self.schedule() if d.delete_on <= today
        ]


def _check_marks(day: str | None, marks: dict[str, int | None]) -> None:
    unknown = set(marks) - set(DIMENSIONS)
    if unknown:
        raise ValueError(f"unknown dimension: {', '.join(sorted(unknown))}")
    for name, value in marks.items():
        if value is not None and not 1 <= value <= 5:
            raise ValueError(f"{name}: a mark is from 1 to 5")
    if day is not None:
        date.fromisoformat(day)
