"""The session log: groups, sessions, what was shown, room events, attendance, notes, evaluation.

Every function is one action and commits at once, so whatever the screen confirmed is on disk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import col, select

from ..timers import WallClock
from .database import Database
from .session_history import Attendance, SessionHistory, attendance, event_data
from .session_retention import SessionRetention
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


def _stamp(now: WallClock) -> str:
    return now().isoformat(timespec="seconds")


class SessionLog(SessionHistory, SessionRetention):
    """The session log. A group's history and the other views across sessions come from
    ``SessionHistory`` (``session_history.py``), the retention rules from ``SessionRetention``
    (``session_retention.py``)."""

    def __init__(self, db: Database, now: WallClock = datetime.now) -> None:
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

    def delete_session(self, session_id: int) -> int:
        """Delete a session and everything recorded in it, here and in every backup; returns
        how many backup files could not be cleaned."""
        row = self.session(session_id)
        if row is None:
            return 0
        sql = "DELETE FROM session WHERE id = ? AND started = ?"
        return self.db.erase([("session", sql, (session_id, row.started))])

    def delete_group(self, group_id: int) -> int:
        """Delete a group with its sessions and participants, here and in every backup."""
        with self.db.session() as s:
            row = s.get(Group, group_id)
            if row is None:
                return 0
            created = row.created
        sql = "DELETE FROM grp WHERE id = ? AND created = ?"
        return self.db.erase([("grp", sql, (group_id, created))])

    def pseudonyms(self) -> list[str]:
        """Every participant's pseudonym, across the groups, once each."""
        with self.db.session() as s:
            rows = s.exec(select(Participant.pseudonym).distinct()).all()
        return sorted(set(rows), key=str.casefold)

    def participations(self, pseudonym: str) -> list[Participation]:
        """Where a pseudonym occurs in the session log: each group, and each session of it with
        the tick (None: not ticked either way)."""
        with self.db.session() as s:
            people = s.exec(select(Participant).where(Participant.pseudonym == pseudonym)).all()
            found = []
            for p in people:
                group = s.get(Group, p.group_id)
                name = group.name if group else ""
                ticks = dict(
                    s.exec(
                        select(Presence.session_id, Presence.present).where(
                            Presence.participant_id == p.id
                        )
                    ).all()
                )
                sessions = s.exec(
                    select(SessionRow)
                    .where(SessionRow.group_id == p.group_id)
                    .order_by(col(SessionRow.day), col(SessionRow.id))
                ).all()
                for r in sessions:
                    tick = ticks.get(r.id)
                    present = None if tick is None else bool(tick)
                    found.append(Participation(name, r.id or 0, r.day, present))
                if not sessions:
                    found.append(Participation(name, 0, "", None))
            return found

    def mentions(self, pseudonym: str) -> list[tuple[int, str, str]]:
        """Notes and evaluation comments that name a pseudonym: (session, day, text)."""
        from ..privacy import names

        with self.db.session() as s:
            notes = s.exec(
                select(Note.session_id, SessionRow.day, Note.text).join(
                    SessionRow, col(SessionRow.id) == Note.session_id
                )
            ).all()
            comments = s.exec(
                select(Evaluation.session_id, SessionRow.day, Evaluation.text).join(
                    SessionRow, col(SessionRow.id) == Evaluation.session_id
                )
            ).all()
        found = [*notes, *comments]
        return [(sid, day, text) for sid, day, text in found if names(text, pseudonym)]

    def erase_participant(self, pseudonym: str) -> int:
        """Delete a pseudonym from every group (with its ticks) and take it out of the notes and
        comments that name it (``[…]``), here and in every backup; returns how many backup
        files could not be cleaned."""
        like = _like(pseudonym)
        return self.db.erase(
            [
                ("participant", "DELETE FROM participant WHERE pseudonym = ?", (pseudonym,)),
                (
                    "note",
                    "UPDATE note SET text = unname(text, ?) WHERE text LIKE ? ESCAPE '\\'",
                    like,
                ),
                (
                    "evaluation",
                    "UPDATE evaluation SET text = unname(text, ?) WHERE text LIKE ? ESCAPE '\\'",
                    like,
                ),
            ]
        )

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
        return [EventInfo(r.kind, event_data(r.data), r.at) for r in rows]


def _like(pseudonym: str) -> tuple[str, str]:
    """The pseudonym, and a LIKE pattern that finds texts holding it (escape character \\)."""
    escaped = pseudonym.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return pseudonym, f"%{escaped}%"


def _refs(text: str) -> list[str]:
    return [r for r in text.split(",") if r]


@dataclass(frozen=True)
class Participation:
    group: str
    session_id: int  # 0: the group has no session yet
    day: str
    present: bool | None


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
