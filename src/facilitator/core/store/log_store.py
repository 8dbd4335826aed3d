"""The session log: groups, sessions, what was shown, room events, attendance, notes, evaluation.

Every function is one action and commits at once, so whatever the screen confirmed is on disk.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_
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


def attendance(counted: int | None, ticked: int) -> int | None:
    """How many came to a session: the number ticked present when anyone was ticked (the
    register wins), else the number the trainer wrote down (None when neither says).

    The one rule for the Sessions page, its history and the exports (``SessionLog.attendance``
    adds who was present and who was absent by the same rule)."""
    return ticked if ticked else counted


@dataclass(frozen=True)
class Attendance:
    """Who came to one session, by the one rule of :func:`attendance`.

    ``by_register``: someone was ticked, so ``count`` is the number ticked and every other
    participant of the group is absent (ticked off, or never ticked). Otherwise ``count`` is the
    number written down and nobody is listed present or absent (no register was taken)."""

    count: int | None
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    by_register: bool = False


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

    def group(self, group_id: int) -> GroupInfo | None:
        with self.db.session() as s:
            g = s.get(Group, group_id)
            if g is None:
                return None
            return GroupInfo(g.id or 0, g.name, g.kind, _refs(g.plan_refs))

    def update_group(
        self, group_id: int, *, name: str | None = None, plan_refs: list[str] | None = None
    ) -> None:
        with self.db.write() as s:
            g = s.get(Group, group_id)
            if g is None:
                return
            if name is not None and name.strip():
                g.name = name.strip()
            if plan_refs is not None:
                g.plan_refs = ",".join(r for r in plan_refs if r)
            s.add(g)

    # Sessions -----------------------------------------------------------------------------
    def start_session(
        self,
        *,
        group_id: int | None = None,
        plan_id: int | None = None,
        title: str = "",
        place: str = "",
        facilitator: str = "",
        plan_ref: str = "",
        day: str = "",
        rehearsal: bool = False,
    ) -> int:
        """A new session. A ``rehearsal`` is kept out of the group's history, coverage and
        check-ins; what it showed still counts towards the plan's actual minutes."""
        now = self.now()
        with self.db.write() as s:
            row = SessionRow(
                group_id=group_id,
                plan_id=plan_id,
                plan_ref=plan_ref,
                title=title,
                day=day or now.date().isoformat(),
                place=place,
                facilitator=facilitator,
                started=now.isoformat(timespec="seconds"),
                rehearsal=rehearsal,
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id

    def session(self, session_id: int) -> SessionInfo | None:
        with self.db.session() as s:
            r = s.get(SessionRow, session_id)
            if r is None:
                return None
            return SessionInfo(
                id=r.id or 0,
                group_id=r.group_id,
                plan_ref=r.plan_ref,
                title=r.title,
                day=r.day,
                place=r.place,
                facilitator=r.facilitator,
                started=r.started,
                ended=r.ended,
                attendance=r.attendance,
                rehearsal=bool(r.rehearsal),
            )

    def update_session(self, session_id: int, **fields: str | int | None) -> None:
        """Change a session's details: title, day, place, facilitator, plan_ref, group_id,
        rehearsal."""
        allowed = {"title", "day", "place", "facilitator", "plan_ref", "group_id", "rehearsal"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown session field: {', '.join(sorted(unknown))}")
        if "day" in fields:
            date.fromisoformat(str(fields["day"]))  # ValueError names the bad date
        with self.db.write() as s:
            row = s.get(SessionRow, session_id)
            if row is not None:
                for name, value in fields.items():
                    setattr(row, name, value)
                s.add(row)

    def delete_session(self, session_id: int) -> None:
        with self.db.write() as s:
            row = s.get(SessionRow, session_id)
            if row is not None:
                s.delete(row)

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

    def participants(self, group_id: int) -> list[tuple[int, str]]:
        with self.db.session() as s:
            rows = s.exec(
                select(Participant)
                .where(Participant.group_id == group_id)
                .order_by(col(Participant.pseudonym))
            ).all()
            return [(p.id or 0, p.pseudonym) for p in rows]

    def presence(self, session_id: int) -> dict[int, bool]:
        """Participant id -> present, for the participants ticked (or unticked) in a session."""
        with self.db.session() as s:
            rows = s.exec(select(Presence).where(Presence.session_id == session_id)).all()
            return {p.participant_id: bool(p.present) for p in rows}

    def attendance(self, session_id: int) -> Attendance:
        """Who came to a session: the count, and by name who was present and who absent."""
        with self.db.session() as s:
            row = s.get(SessionRow, session_id)
            if row is None:
                return Attendance(None)
            ticked = {
                p.participant_id
                for p in s.exec(select(Presence).where(Presence.session_id == session_id)).all()
                if p.present
            }
            people: list[Participant] = []
            if row.group_id is not None:
                people = list(
                    s.exec(select(Participant).where(Participant.group_id == row.group_id)).all()
                )
            counted = row.attendance
        if not ticked:
            return Attendance(attendance(counted, 0))
        present = sorted(p.pseudonym for p in people if p.id in ticked)
        absent = sorted(p.pseudonym for p in people if p.id not in ticked)
        return Attendance(attendance(counted, len(ticked)), tuple(present), tuple(absent), True)

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

    def ratings(self, session_id: int) -> list[tuple[str, int | None, str]]:
        """(question, rating, text) of a session's evaluation, in the order they were given."""
        with self.db.session() as s:
            rows = s.exec(
                select(Evaluation)
                .where(Evaluation.session_id == session_id)
                .order_by(col(Evaluation.id))
            ).all()
            return [(r.question, r.rating, r.text) for r in rows]

    def shown(self, session_id: int) -> list[ShownSummary]:
        """What was shown in a session, per item (or break), in the order first shown."""
        with self.db.session() as s:
            rows = s.exec(
                select(Shown).where(Shown.session_id == session_id).order_by(col(Shown.id))
            ).all()
        merged: dict[tuple[str, str], ShownSummary] = {}
        for r in rows:
            key = (r.kind, r.ref)
            old = merged.get(key)
            screens = (old.screens if old else 0) + 1
            seconds = (old.seconds if old else 0.0) + r.seconds
            first = old.first if old else r.started
            merged[key] = ShownSummary(r.kind, r.ref, screens, round(seconds, 1), first)
        return list(merged.values())

    def events(self, session_id: int) -> list[EventInfo]:
        with self.db.session() as s:
            rows = s.exec(
                select(Event).where(Event.session_id == session_id).order_by(col(Event.id))
            ).all()
        return [EventInfo(r.kind, _data(r.data), r.at) for r in rows]

    # History ------------------------------------------------------------------------------
    def ungrouped(self) -> int:
        """How many sessions (not rehearsals) were recorded without a group."""
        with self.db.session() as s:
            return int(
                s.exec(select(func.count()).select_from(SessionRow).where(_in_group(None))).one()
            )

    def rehearsals(self) -> int:
        """How many rehearsals were recorded (with a group or without)."""
        with self.db.session() as s:
            return int(
                s.exec(
                    select(func.count()).select_from(SessionRow).where(_in_group(REHEARSALS))
                ).one()
            )

    def history(self, group_id: int | None) -> list[SessionSummary]:
        with self.db.session() as s:
            minutes = dict(
                s.exec(
                    select(Shown.session_id, func.sum(Shown.seconds))
                    .join(SessionRow, col(SessionRow.id) == Shown.session_id)
                    .where(_in_group(group_id))
                    .group_by(col(Shown.session_id))
                ).all()
            )
            rows = s.exec(
                select(SessionRow).where(_in_group(group_id)).order_by(col(SessionRow.started))
            ).all()
            present = dict(
                s.exec(
                    select(Presence.session_id, func.count())
                    .join(SessionRow, col(SessionRow.id) == Presence.session_id)
                    .where(_in_group(group_id), col(Presence.present).is_(True))
                    .group_by(col(Presence.session_id))
                ).all()
            )
            return [
                SessionSummary(
                    id=r.id or 0,
                    day=r.day,
                    title=r.title,
                    attendance=attendance(r.attendance, present.get(r.id, 0)),
                    minutes=round((minutes.get(r.id) or 0) / 60, 1),
                    place=r.place,
                    facilitator=r.facilitator,
                    plan_ref=r.plan_ref,
                )
                for r in rows
            ]

    def minutes_by_ref(self, group_id: int | None) -> dict[str, float]:
        """Minutes shown per item across a group's sessions (for 'what was covered')."""
        with self.db.session() as s:
            rows = s.exec(
                select(Shown.ref, func.sum(Shown.seconds))
                .join(SessionRow, col(SessionRow.id) == Shown.session_id)
                .where(_in_group(group_id))
                .group_by(col(Shown.ref))
            ).all()
        return {ref: round(seconds / 60, 1) for ref, seconds in rows}

    def checkins(self, group_id: int | None) -> list[tuple[str, dict[str, int]]]:
        """Every check-in tally of a group's sessions, oldest first: (day, {answer: count})."""
        with self.db.session() as s:
            rows = s.exec(
                select(SessionRow.day, Event.data)
                .join(SessionRow, col(SessionRow.id) == Event.session_id)
                .where(_in_group(group_id), Event.kind == "checkin")
                .order_by(col(SessionRow.day), col(Event.id))
            ).all()
        found = []
        for day, data in rows:
            tally = _data(data).get("tally")
            if isinstance(tally, dict):
                counts = {str(k): int(v) for k, v in tally.items() if isinstance(v, int | float)}
                found.append((day, counts))
        return found

    def actual_minutes(self, plan_ref: str) -> dict[str, float]:
        """The median minutes each entry of a plan really took, over the sessions held with it.

        Keys are what the presentation records as ``ref``: an item id, or a break's or free
        entry's label. Only sessions in which the entry was shown count towards its median.
        """
        with self.db.session() as s:
            rows = s.exec(
                select(Shown.session_id, Shown.ref, func.sum(Shown.seconds))
                .join(SessionRow, col(SessionRow.id) == Shown.session_id)
                .where(SessionRow.plan_ref == plan_ref)
                .group_by(col(Shown.session_id), col(Shown.ref))
            ).all()
        per_ref: dict[str, list[float]] = {}
        for _session, ref, seconds in rows:
            per_ref.setdefault(ref, []).append(seconds / 60)
        return {ref: round(statistics.median(values), 1) for ref, values in per_ref.items()}


REHEARSALS = -1  # the "group" of every rehearsal, in history() and its kin (group ids are > 0)


def _in_group(group_id: int | None) -> Any:
    """Sessions of a group, never rehearsals; None: the sessions recorded without a group;
    ``REHEARSALS``: every rehearsal."""
    if group_id == REHEARSALS:
        return col(SessionRow.rehearsal).is_(True)
    held = col(SessionRow.rehearsal).is_(False)
    if group_id is None:
        return and_(col(SessionRow.group_id).is_(None), held)
    return and_(SessionRow.group_id == group_id, held)


def _refs(text: str) -> list[str]:
    return [r for r in text.split(",") if r]


def _data(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    kind: str
    plan_refs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SessionInfo:
    id: int
    group_id: int | None
    plan_ref: str
    title: str
    day: str
    place: str
    facilitator: str
    started: str
    ended: str
    attendance: int | None
    rehearsal: bool = False


@dataclass(frozen=True)
class ShownSummary:
    kind: str
    ref: str
    screens: int  # how many slides (or screens) were shown
    seconds: float
    first: str  # when it was first shown


@dataclass(frozen=True)
class EventInfo:
    kind: str
    data: dict[str, Any]
    at: str


@dataclass(frozen=True)
class SessionSummary:
    id: int
    day: str
    title: str
    attendance: int | None
    minutes: float
    place: str = ""
    facilitator: str = ""
    plan_ref: str = ""
