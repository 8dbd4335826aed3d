"""The session log: groups, sessions, what was shown, room events, attendance, notes, evaluation.

Every function is one action and commits at once, so whatever the screen confirmed is on disk.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_
from sqlmodel import col, func, select

from ..dates import add_months
from . import meta
from .backups import Statement
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

RETENTION_KEY = "sessions.retention_months"  # .<group id>: the group's own period
KEEP_KEY = "sessions.keep_until"  # .<session id>: "keep one more month"
WARN_DAYS = 30  # sessions are named this many days before they are deleted
POSTPONE_DAYS = 31


@dataclass(frozen=True)
class Retention:
    """IT's say: the default period in months (0: kept until deleted) and whether it is locked
    (settings ``session_retention_months``)."""

    months: int = 0
    locked: bool = False


@dataclass(frozen=True)
class SessionDue:
    session_id: int
    group_id: int | None
    group: str
    day: str
    delete_on: str


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
        return [EventInfo(r.kind, _data(r.data), r.at) for r in rows]

    # Retention ----------------------------------------------------------------------------
    def retention_months(self, group_id: int | None, policy: Retention) -> int:
        """Months a group's sessions are kept after their day; 0: until deleted. IT's default
        applies to groups without their own period, and to every group when IT locks it."""
        if policy.locked or group_id is None:
            return policy.months
        value = meta.get(self.db, f"{RETENTION_KEY}.{group_id}", "")
        try:
            return max(0, int(value)) if value else policy.months
        except ValueError:
            return policy.months

    def set_retention_months(self, group_id: int, months: int, policy: Retention) -> None:
        if policy.locked:
            raise PermissionError("the retention period is set by the IT department")
        meta.put(self.db, f"{RETENTION_KEY}.{group_id}", str(max(0, int(months))))

    def session_schedule(self, policy: Retention) -> list[SessionDue]:
        """When each session will be deleted, soonest first (only sessions with a period)."""
        with self.db.session() as s:
            rows = s.exec(select(SessionRow).order_by(col(SessionRow.day))).all()
            names = {g.id: g.name for g in s.exec(select(Group)).all()}
        periods: dict[int | None, int] = {}
        found = []
        for r in rows:
            if r.group_id not in periods:
                periods[r.group_id] = self.retention_months(r.group_id, policy)
            months = periods[r.group_id]
            if not months:
                continue
            try:
                delete_on = add_months(date.fromisoformat(r.day), months).isoformat()
            except ValueError:
                continue
            keep = "" if policy.locked else meta.get(self.db, f"{KEEP_KEY}.{r.id}", "")
            delete_on = max(delete_on, keep)
            group = names.get(r.group_id, "") if r.group_id is not None else ""
            found.append(SessionDue(r.id or 0, r.group_id, group, r.day, delete_on))
        return sorted(found, key=lambda d: (d.delete_on, d.day, d.session_id))

    def sessions_due_within(self, days: int, policy: Retention) -> list[SessionDue]:
        limit = (self.now().date() + timedelta(days=days)).isoformat()
        return [d for d in self.session_schedule(policy) if d.delete_on <= limit]

    def expired_sessions(self, policy: Retention) -> list[SessionDue]:
        today = self.now().date().isoformat()
        return [d for d in self.session_schedule(policy) if d.delete_on <= today]

    def postpone_sessions(self, session_ids: list[int], policy: Retention) -> None:
        """Keep these sessions one more month (not when IT locks the period)."""
        if policy.locked:
            raise PermissionError("the retention period is set by the IT department")
        day = (self.now().date() + timedelta(days=POSTPONE_DAYS)).isoformat()
        for sid in session_ids:
            meta.put(self.db, f"{KEEP_KEY}.{sid}", day)

    def delete_sessions(self, session_ids: list[int]) -> int:
        """Delete several sessions here and in every backup in one pass (retention)."""
        statements: list[Statement] = []
        for sid in session_ids:
            row = self.session(sid)
            if row is not None:
                sql = "DELETE FROM session WHERE id = ? AND started = ?"
                statements.append(("session", sql, (sid, row.started)))
                statements.append(
                    ("setting", "DELETE FROM setting WHERE key = ?", (f"{KEEP_KEY}.{sid}",))
                )
        return self.db.erase(statements) if statements else 0

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
            # Columns, not SessionRow objects: for the largest group of ten years of sessions
            # the ORM objects took 6.8 ms, the columns 1.4 ms. (sqlmodel types select() for at
            # most four columns; these seven are the SessionSummary's.)
            rows = s.exec(
                select(  # type: ignore[call-overload]
                    SessionRow.id,
                    SessionRow.day,
                    SessionRow.title,
                    SessionRow.attendance,
                    SessionRow.place,
                    SessionRow.facilitator,
                    SessionRow.plan_ref,
                )
                .where(_in_group(group_id))
                .order_by(col(SessionRow.started))
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
                    id=ident or 0,
                    day=day,
                    title=title,
                    attendance=attendance(counted, present.get(ident, 0)),
                    minutes=round((minutes.get(ident) or 0) / 60, 1),
                    place=place,
                    facilitator=facilitator,
                    plan_ref=plan_ref,
                )
                for ident, day, title, counted, place, facilitator, plan_ref in rows
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


def _like(pseudonym: str) -> tuple[str, str]:
    """The pseudonym, and a LIKE pattern that finds texts holding it (escape character \\)."""
    escaped = pseudonym.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return pseudonym, f"%{escaped}%"


def _in_group(group_id: int | None) -> Any:
    """Sessions of a group, never rehearsals; None: the sessions recorded without a group;
    ``REHEARSALS``: every rehearsal."""
    if group_id == REHEARSALS:
        return col(SessionRow.rehearsal).is_(True)
    held = col(SessionRow.rehearsal).is_(False)
    if group_id is None:
        return and_(col(SessionRow.group_id).is_(None), held)
    return and_(col(SessionRow.group_id) == group_id, held)


def _refs(text: str) -> list[str]:
    return [r for r in text.split(",") if r]


def _data(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


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
