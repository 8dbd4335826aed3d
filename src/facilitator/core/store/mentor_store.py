"""The mentors' progress log: a person by pseudonym, sub-goals and small marks per meeting.

Notes about a young person are sensitive: they never go to log files, and one action removes
everything about a person.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import col, select

from .database import Database
from .tables import Meeting, Person, Subgoal

DIMENSIONS = ("wellbeing", "attendance", "homework", "behaviour", "network")


@dataclass(frozen=True)
class Mark:
    day: str
    values: dict[str, int | None]
    note: str


class MentorLog:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today

    def add_person(self, pseudonym: str, keep_days: int | None = None) -> int:
        keep_until = (self.today() + timedelta(days=keep_days)).isoformat() if keep_days else ""
        with self.db.write() as s:
            person = Person(
                pseudonym=pseudonym.strip(),
                created=datetime.now().isoformat(timespec="seconds"),
                keep_until=keep_until,
            )
            s.add(person)
            s.flush()
            assert person.id is not None
            return person.id

    def people(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(p.id, p.pseudonym) for p in s.exec(select(Person).order_by(Person.pseudonym))]

    def add_subgoal(
        self, person_id: int, text: str, target_day: str = "", dimension: str = ""
    ) -> int:
        with self.db.write() as s:
            goal = Subgoal(
                person_id=person_id,
                text=text.strip(),
                dimension=dimension,
                start_day=self.today().isoformat(),
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

    def subgoals(self, person_id: int) -> list[Subgoal]:
        with self.db.session() as s:
            return list(
                s.exec(select(Subgoal).where(Subgoal.person_id == person_id).order_by(Subgoal.id))
            )

    def add_meeting(self, person_id: int, day: str, note: str = "", **marks: int | None) -> int:
        unknown = set(marks) - set(DIMENSIONS)
        if unknown:
            raise ValueError(f"unknown dimension: {', '.join(sorted(unknown))}")
        for name, value in marks.items():
            if value is not None and not 1 <= value <= 5:
                raise ValueError(f"{name}: a mark is from 1 to 5")
        with self.db.write() as s:
            meeting = Meeting(person_id=person_id, day=day, note=note, **marks)
            s.add(meeting)
            s.flush()
            assert meeting.id is not None
            return meeting.id

    def marks(self, person_id: int) -> list[Mark]:
        with self.db.session() as s:
            rows = s.exec(
                select(Meeting)
                .where(Meeting.person_id == person_id)
                .order_by(col(Meeting.day), col(Meeting.id))
            ).all()
        return [Mark(m.day, {d: getattr(m, d) for d in DIMENSIONS}, m.note) for m in rows]

    def export_csv(self, person_id: int) -> str:
        """Everything about the person, as CSV: meetings, then sub-goals."""
        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise KeyError(person_id)
            pseudonym = person.pseudonym
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["person", pseudonym])
        writer.writerow(["meeting", "day", *DIMENSIONS, "note"])
        for mark in self.marks(person_id):
            writer.writerow(["meeting", mark.day, *(mark.values[d] for d in DIMENSIONS), mark.note])
        writer.writerow(["subgoal", "text", "dimension", "start", "target", "reached"])
        for goal in self.subgoals(person_id):
            writer.writerow(
                [
                    "subgoal",
                    goal.text,
                    goal.dimension,
                    goal.start_day,
                    goal.target_day,
                    goal.reached_day,
                ]
            )
        return out.getvalue()

    def delete_person(self, person_id: int) -> None:
        """Remove the person and everything about them (sub-goals and meetings cascade)."""
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is not None:
                s.delete(person)
        # Freed pages are overwritten so deleted notes do not linger in the file.
        import sqlite3

        connection = sqlite3.connect(self.db.path)
        try:
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()

    def expired(self) -> list[tuple[int, str, str]]:
        """People whose retention period has passed: (id, pseudonym, keep_until)."""
        today = self.today().isoformat()
        with self.db.session() as s:
            rows = s.exec(
                select(Person).where(Person.keep_until != "", Person.keep_until <= today)
            ).all()
            return [(p.id or 0, p.pseudonym, p.keep_until) for p in rows]
