"""How long the session log keeps sessions, mixed into ``log_store.SessionLog``: IT's default
period and lock (:class:`Retention`), a group's own period, when each session will be deleted,
"keep one more month", and deleting the expired sessions here and in every backup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, select

from ..dates import add_months
from ..timers import WallClock
from . import meta
from .backups import Statement
from .database import Database
from .tables import Group, SessionRow

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


class SessionRetention:
    """The retention rules of the session log; the class that mixes this in holds ``db`` and
    ``now``."""

    db: Database
    now: WallClock

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
        with self.db.session() as s:
            rows = {sid: s.get(SessionRow, sid) for sid in session_ids}
            started = {sid: row.started for sid, row in rows.items() if row is not None}
        for sid in session_ids:
            if sid in started:
                sql = "DELETE FROM session WHERE id = ? AND started = ?"
                statements.append(("session", sql, (sid, started[sid])))
                statements.append(
                    ("setting", "DELETE FROM setting WHERE key = ?", (f"{KEEP_KEY}.{sid}",))
                )
        return self.db.erase(statements) if statements else 0
