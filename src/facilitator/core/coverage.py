"""What a course has covered of its plans (``coverage``), and a plan re-timed to the minutes its
entries really took in the sessions held with it (``with_actual_minutes``, the rehearsal loop).
Qt-free; the minutes come from the session log (``SessionLog.minutes_by_ref``,
``SessionLog.actual_minutes``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .model import Plan


@dataclass(frozen=True)
class Coverage:
    plan: str  # plan title
    ref: str  # item id, or the entry's label for breaks and free entries
    planned: int  # minutes in the plan
    actual: float  # minutes shown across the group's sessions
    covered: bool


def coverage(plans: Sequence[Plan], shown: Mapping[str, float]) -> list[Coverage]:
    """Each item of the course's plans, and whether the group has seen it yet.

    Only library items count: breaks and the plan's own slides (a welcome, a round) are not
    course content. An item in several plans is listed once, under the first.
    """
    found = []
    seen: set[str] = set()
    for plan in plans:
        for entry in plan.entries:
            if entry.kind != "item" or entry.ref in seen:
                continue
            seen.add(entry.ref)
            actual = shown.get(entry.ref, 0.0)
            found.append(Coverage(plan.title, entry.ref, entry.minutes, actual, actual > 0))
    return found


def entry_key(kind: str, ref: str, label: str) -> str:
    """What the session log records an entry's time under: the item id, or a break's label."""
    return ref if kind == "item" else label


def with_actual_minutes(plan: Plan, actual: Mapping[str, float]) -> Plan:
    """The plan with each entry's minutes set to what it really took (rehearsal loop).

    Entries never presented keep their minutes; a time is rounded to whole minutes, 1 to 600."""
    sections = []
    for section in plan.sections:
        entries = []
        for entry in section.entries:
            took = actual.get(entry_key(entry.kind, entry.ref, entry.label))
            if took is not None:
                entry = replace(entry, minutes=max(1, min(600, round(took))))
            entries.append(entry)
        sections.append(replace(section, entries=tuple(entries)))
    return replace(plan, sections=tuple(sections))
