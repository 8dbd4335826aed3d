"""What the session log says across sessions, mixed into ``log_store.SessionLog``: a group's
history (attendance and minutes per session), what was covered, the check-ins, the sessions
without a group, the rehearsals, and the minutes a plan's entries really took; and the one
attendance rule (:func:`attendance`) that the history and a session's page share."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_
from sqlmodel import col, func, select

from .database import Database
from .tables import Event, Presence, SessionRow, Shown

REHEARSALS = -1  # the "group" of every rehearsal, in history() and its kin (group ids are > 0)


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


class SessionHistory:
    """The log across sessions; the class that mixes this in holds ``db``."""

    db: Database

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
            tally = event_data(data).get("tally")
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


def _in_group(group_id: int | None) -> Any:
    """Sessions of a group, never rehearsals; None: the sessions recorded without a group;
    ``REHEARSALS``: every rehearsal."""
    if group_id == REHEARSALS:
        return col(SessionRow.rehearsal).is_(True)
    held = col(SessionRow.rehearsal).is_(False)
    if group_id is None:
        return and_(col(SessionRow.group_id).is_(None), held)
    return and_(col(SessionRow.group_id) == group_id, held)


def event_data(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


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
