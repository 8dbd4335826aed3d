"""A plan while it is presented: the agenda against the clock, and re-timing the rest.

:class:`PlanRun` joins a :class:`~facilitator.core.model.Plan` to the
:class:`~facilitator.core.presentation.Presentation` that shows it. Everything about time comes
from ``core.planning`` (``schedule`` for the planned clock times, ``progress`` for the projected
end and each section's drift, ``retime`` for shortening the rest) and from the presentation's
injected clocks, so tests move time by hand. No Qt here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from .model import Plan
from .planning import progress, retime, schedule, start_minutes
from .plans import parse_clock
from .presentation import Presentation

EntryState = Literal["done", "current", "coming", "skipped"]


@dataclass(frozen=True)
class AgendaEntry:
    position: int  # in ``plan.entries``
    section: int
    title: str
    kind: str  # item, break, free
    start: int  # planned clock time, minutes after midnight
    end: int
    minutes: int
    flexible: bool
    state: EntryState
    spent: float  # minutes it has been on screen so far


@dataclass(frozen=True)
class AgendaSection:
    index: int
    title: str
    start: int
    end: int
    drift: int  # minutes behind (+) or ahead (-) of plan, so far
    state: Literal["done", "current", "coming"]


@dataclass(frozen=True)
class Agenda:
    entries: tuple[AgendaEntry, ...]
    sections: tuple[AgendaSection, ...]
    current: int  # the entry on screen
    planned_end: int  # minutes after midnight
    projected_end: int  # at the planned pace from now on
    target_end: int | None

    @property
    def drift(self) -> int:
        """Minutes the session is projected to end after (+) or before (-) its planned end."""
        return self.projected_end - self.planned_end

    @property
    def late(self) -> int:
        """Minutes the projected end lies past the target end (or the planned end without one)."""
        goal = self.target_end if self.target_end is not None else self.planned_end
        return self.projected_end - goal


@dataclass(frozen=True)
class Change:
    position: int
    title: str
    old: int
    new: int
    flexible: bool


@dataclass(frozen=True)
class Retiming:
    """A proposal: the plan with the rest re-timed to end on time, and what it changes."""

    plan: Plan
    from_position: int  # the first entry re-timed (the one after the current entry)
    now: int  # the clock time the rest starts at, minutes after midnight
    changes: tuple[Change, ...]  # every entry from ``from_position`` on
    end: int  # where the re-timed plan ends
    target_end: int

    @property
    def fits(self) -> bool:
        """False when even with the flexible entries shortened the plan ends late."""
        return self.end <= self.target_end

    @property
    def changed(self) -> bool:
        return any(c.old != c.new for c in self.changes)


def clock_minutes(hour: int, minute: int, second: float = 0.0) -> float:
    return hour * 60 + minute + second / 60


# A session counts as "on its own clock" from this many minutes before its planned start.
LIVE_BEFORE_START = 30


def plan_goal(plan: Plan) -> int:
    """The clock time (minutes after midnight) the plan should end: its target end, else the
    end of its schedule."""
    target = parse_clock(plan.target_end) if plan.target_end else None
    if target is not None:
        return target
    slots = schedule(plan)
    return slots[-1].end if slots else start_minutes(plan)


def plan_is_live(plan: Plan, now: datetime) -> bool:
    """True when ``now`` is the plan's own time: its day (or any day, without one), from half an
    hour before its start to its end. Otherwise (rehearsing on Sunday evening for Monday 08:00)
    the clocks run from the moment the presentation starts, never against the plan's clock."""
    if not plan.start or parse_clock(plan.start) is None:
        return False  # no clock time to hold the session to
    if plan.day and plan.day != now.date().isoformat():
        return False
    minute = now.hour * 60 + now.minute
    return start_minutes(plan) - LIVE_BEFORE_START <= minute <= plan_goal(plan)


def plan_end_time(plan: Plan, now: datetime, position: int = 0) -> datetime:
    """When a run of ``plan`` from entry ``position``, started at ``now``, should end.

    On the plan's own time, its target end (or planned end) today; otherwise now plus the
    planned minutes of the entries still to come. The one rule for the planner, the console
    and ``facilitator present``.
    """
    if plan_is_live(plan, now):
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight + timedelta(minutes=plan_goal(plan))
    left = sum(e.minutes for e in plan.entries[max(0, position) :])
    return now + timedelta(minutes=left)


class PlanRun:
    """The plan a presentation runs through; ``plan`` changes when the rest is re-timed."""

    def __init__(self, plan: Plan, presentation: Presentation) -> None:
        if not plan.entries:
            raise ValueError("a plan without entries cannot be run")
        self.plan = plan
        self.presentation = presentation
        started = presentation.started_wall
        # Off the plan's own day or hours, the plan's clock starts when the presentation does:
        # the first entry shown begins "now", so a rehearsal is never hours behind.
        self.live = plan_is_live(plan, started)
        self.origin = schedule(plan)[self.current()].start

    def now(self) -> float:
        """The plan's clock, in minutes after midnight: the wall clock when the session runs on
        its own time, else the first entry's planned start plus the time since the start."""
        wall = self.presentation.wall()
        if self.live:
            return clock_minutes(wall.hour, wall.minute, wall.second + wall.microsecond / 1e6)
        since = (wall - self.presentation.started_wall).total_seconds() / 60
        return self.origin + max(0.0, since)

    def current(self) -> int:
        """The entry on screen (screens from outside the plan belong to the entry they follow)."""
        entry = self.presentation.screen.entry
        count = len(self.plan.entries)
        if entry is None:
            before = [s.entry for s in self.presentation.screens[: self.presentation.position]]
            entry = next((e for e in reversed(before) if e is not None), 0)
        return min(max(0, entry), count - 1)

    def titles(self) -> dict[int, str]:
        """Each entry's title as the screens show it (an item's title, a break's label)."""
        found: dict[int, str] = {}
        for screen in self.presentation.screens:
            if screen.entry is not None and screen.entry not in found:
                found[screen.entry] = screen.title
        for position, entry in enumerate(self.plan.entries):
            found.setdefault(position, entry.label or entry.ref)
        return found

    def agenda(self) -> Agenda:
        plan = self.plan
        current = self.current()
        spent = {p: s / 60 for p, s in self.presentation.entry_seconds().items()}
        actual = {p: m for p, m in spent.items() if p < current}
        state = progress(plan, current, spent.get(current, 0.0), self.now(), actual)
        titles = self.titles()
        entries = []
        for slot in schedule(plan):
            if slot.position == current:
                status: EntryState = "current"
            elif slot.position > current:
                status = "coming"
            else:
                status = "done" if slot.position in actual else "skipped"
            entries.append(
                AgendaEntry(
                    position=slot.position,
                    section=slot.section,
                    title=titles[slot.position],
                    kind=slot.entry.kind,
                    start=slot.start,
                    end=slot.end,
                    minutes=slot.entry.minutes,
                    flexible=slot.entry.flexible,
                    state=status,
                    spent=spent.get(slot.position, 0.0),
                )
            )
        sections = []
        current_section = entries[current].section
        for index, section in enumerate(plan.sections):
            mine = [e for e in entries if e.section == index]
            if not mine:
                continue
            sections.append(
                AgendaSection(
                    index=index,
                    title=section.title,
                    start=mine[0].start,
                    end=mine[-1].end,
                    drift=state.section_drift[index],
                    state="current"
                    if index == current_section
                    else "done"
                    if index < current_section
                    else "coming",
                )
            )
        return Agenda(
            entries=tuple(entries),
            sections=tuple(sections),
            current=current,
            planned_end=state.planned_end,
            projected_end=state.projected_end,
            target_end=state.target_end,
        )

    # Re-timing the rest --------------------------------------------------------------------------
    def proposal(self) -> Retiming | None:
        """The rest of the plan (after the current entry) shortened, flexible entries in
        proportion, so that it ends at the target end; None without a target end or a rest."""
        plan = self.plan
        target = parse_clock(plan.target_end) if plan.target_end else None
        current = self.current()
        if target is None or current + 1 >= len(plan.entries):
            return None
        spent = self.presentation.entry_seconds().get(current, 0.0) / 60
        left_here = max(0.0, plan.entries[current].minutes - spent)
        now = math.ceil(self.now() + left_here - 1e-9)
        new = retime(plan, current + 1, now)
        titles = self.titles()
        changes = tuple(
            Change(p, titles[p], old.minutes, fresh.minutes, old.flexible)
            for p, (old, fresh) in enumerate(zip(plan.entries, new.entries, strict=True))
            if p > current
        )
        end = now + sum(c.new for c in changes)
        return Retiming(new, current + 1, now, changes, end, target)

    def apply(self, retiming: Retiming) -> None:
        """Run the re-timed plan: the screens of the changed entries get their new minutes."""
        self.plan = retiming.plan
        self.presentation.replan({c.position: c.new for c in retiming.changes if c.old != c.new})
