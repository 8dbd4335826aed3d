"""The session log: groups, sessions, what was shown, room events, attendance, notes, evaluation.

Every function is one action and commits at once, so whatever the screen confirmed is on disk.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, func, select

from .database import Database
from .tables import (
    Evaluation,
    Event,
    Group,
    Note,
    Participant,
    Presence,
    SessionRow,
    Shown,
)

Clock = Callable[[], datetime]


def _stamp(now: Clock) -> str:
    return now().isoformat(timespec="seconds")


class SessionLog:
    def __init__(self, db: Database, now: Clock = datetime.now) -> None:
        self.db = db
        self.now = now

    # Groups -------------------------------------------------------------------------------
    def add_group(self, name: str, kind: str = "course") -> int:
        with self.db.write() as s:
            group = Group(name=name.strip(), kind=kind, created=_stamp(self.now))
            s.add(group)
            s.flush()
            assert group.id is not None
            return group.id

    def groups(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(g.id, g.name) for g in s.exec(select(Group).order_by(col(Group.name)))]

    # Sessions -----------------------------------------------------------------------------
    def start_session(
        self,
        *,
        group_id: int | None = None,
        plan_id: int | None = None,
        title: str = "",
        place: str = "",
        facilitator: str = "",
    ) -> int:
        now = self.now()
        with self.db.write() as s:
            row = SessionRow(
                group_id=group_id,
                plan_id=plan_id,
                title=title,
                day=now.date().isoformat(),
                place=place,
                facilitator=facilitator,
                started=now.isoformat(timespec="seconds"),
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id

    def end_session(self, session_id: int) -> None:
        with self.db.write() as s:
            row = s.get(SessionRow, session_id)
            if row is not None:
                row.ended = _stamp(self.now)
                s.add(row)

    def record_shown(
        self, session_id: int, kind: str, ref: str, slide: int | None, seconds: float
    ) -> None:
        """What was on the audience screen and for how long (called when it leaves)."""
        with self.db.write() as s:
            s.add(
                Shown(
                    session_id=session_id,
                    kind=kind,
                    ref=ref,
                    slide=slide,
                    started=_stamp(self.now),
                    seconds=round(seconds, 1),
                )
            )

    def record_event(self, session_id: int | None, kind: str, **data: Any) -> None:
        """A room event: check-in tally, groups made, timer. Never names: callers pass counts."""
        with self.db.write() as s:
            s.add(
                Event(
                    session_id=session_id,
                    kind=kind,
                    data=json.dumps(data, ensure_ascii=False, sort_keys=True),
                    at=_stamp(self.now),
                )
            )

    def set_attendance(self, session_id: int, count: int) -> None:
        with self.db.write() as s:
            row = s.get(SessionRow, session_id)
            if row is not None:
                row.attendance = max(0, count)
                s.add(row)

    def add_participant(self, group_id: int, pseudonym: str) -> int:
        with self.db.write() as s:
            p = Participant(group_id=group_id, pseudonym=pseudonym.strip())
            s.add(p)
            s.flush()
            assert p.id is not None
            return p.id

    def mark_present(self, session_id: int, participant_id: int, present: bool = True) -> None:
        with self.db.write() as s:
            row = s.get(Presence, (session_id, participant_id))
            if row is None:
                row = Presence(session_id=session_id, participant_id=participant_id)
            row.present = present
            s.add(row)

    def save_note(self, session_id: int, text: str) -> None:
        """The session's note, saved as the trainer types (one row, replaced)."""
        with self.db.write() as s:
            note = s.exec(select(Note).where(Note.session_id == session_id)).first()
            if note is None:
                note = Note(session_id=session_id, updated="")
            note.text = text
            note.updated = _stamp(self.now)
            s.add(note)

    def note(self, session_id: int) -> str:
        with self.db.session() as s:
            note = s.exec(select(Note).where(Note.session_id == session_id)).first()
            return note.text if note is not None else ""

    def rate(self, session_id: int, question: str, rating: int | None, text: str = "") -> None:
        with self.db.write() as s:
            row = s.exec(
                select(Evaluation).where(
                    Evaluation.session_id == session_id, Evaluation.question == question
                )
            ).first()
            if row is None:
                row = Evaluation(session_id=session_id, question=question)
            row.rating = rating
            row.text = text
            s.add(row)

    # History ------------------------------------------------------------------------------
    def history(self, group_id: int) -> list[SessionSummary]:
        with self.db.session() as s:
            minutes = dict(
                s.exec(
                    select(Shown.session_id, func.sum(Shown.seconds))
                    .join(SessionRow, col(SessionRow.id) == Shown.session_id)
                    .where(SessionRow.group_id == group_id)
                    .group_by(col(Shown.session_id))
                ).all()
            )
            rows = s.exec(
                select(SessionRow)
                .where(SessionRow.group_id == group_id)
                .order_by(col(SessionRow.started))
            ).all()
            return [
                SessionSummary(
                    id=r.id or 0,
                    day=r.day,
                    title=r.title,
                    attendance=r.attendance,
                    minutes=round((minutes.get(r.id) or 0) / 60, 1),
                )
                for r in rows
            ]

    def minutes_by_ref(self, group_id: int) -> dict[str, float]:
        """Minutes shown per item across a group's sessions (for 'what was covered')."""
        with self.db.session() as s:
            rows = s.exec(
                select(Shown.ref, func.sum(Shown.seconds))
                .join(SessionRow, col(SessionRow.id) == Shown.session_id)
                .where(SessionRow.group_id == group_id)
                .group_by(col(Shown.ref))
            ).all()
        return {ref: round(seconds / 60, 1) for ref, seconds in rows}


@dataclass(frozen=True)
class SessionSummary:
    id: int
    day: str
    title: str
    attendance: int | None
    minutes: float
