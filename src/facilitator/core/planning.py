"""Plan arithmetic and editing: clock times, totals, over or under, re-timing, undo and redo.

Plans are immutable values (``core.model.Plan``); every edit returns a new plan, and the editor
keeps the earlier ones for undo. The clock is always passed in, so tests never sleep.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .model import Plan, PlanEntry, PlanSection
from .plans import parse_clock


def clock(minutes: int) -> str:
    """'HH:MM' for minutes after midnight (wrapping past midnight)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Slot:
    """Where an entry falls in the day: ``position`` is its index in ``plan.entries``."""

    position: int
    section: int
    entry: PlanEntry
    start: int  # minutes after midnight
    end: int

    @property
    def span(self) -> str:
        return f"{clock(self.start)}–{clock(self.end)}"


def start_minutes(plan: Plan, default: str = "09:00") -> int:
    return parse_clock(plan.start or default) or 0


def schedule(plan: Plan, default_start: str = "09:00") -> list[Slot]:
    """The clock time of every entry, in order."""
    now = start_minutes(plan, default_start)
    slots = []
    position = 0
    for s_index, section in enumerate(plan.sections):
        for entry in section.entries:
            slots.append(Slot(position, s_index, entry, now, now + entry.minutes))
            now += entry.minutes
            position += 1
    return slots


def planned_end(plan: Plan, default_start: str = "09:00") -> int:
    return start_minutes(plan, default_start) + plan.minutes


def over_under(plan: Plan, default_start: str = "09:00") -> int | None:
    """Minutes over (positive) or under (negative) the target end; None without a target."""
    if not plan.target_end:
        return None
    target = parse_clock(plan.target_end)
    if target is None:
        return None
    return planned_end(plan, default_start) - target


def _apportion(weights: list[int], total: int) -> list[int]:
    """Whole numbers proportional to ``weights`` that add up to ``total`` (largest remainder)."""
    whole = sum(weights)
    if whole == 0 or total <= 0:
        return [0] * len(weights)
    exact = [w * total / whole for w in weights]
    result = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - result[i], reverse=True)
    for i in order[: total - sum(result)]:
        result[i] += 1
    return result


def retime(plan: Plan, from_position: int, now: int) -> Plan:
    """Fit the entries from ``from_position`` on between ``now`` and the target end.

    Flexible entries are shortened (or lengthened) in proportion to their planned minutes;
    fixed entries (``flexible: false``, e.g. a lunch break) keep their minutes. Without a target
    end the plan is returned unchanged.
    """
    target = parse_clock(plan.target_end) if plan.target_end else None
    if target is None:
        return plan
    entries = list(plan.entries)
    rest = entries[from_position:]
    fixed = sum(e.minutes for e in rest if not e.flexible)
    flexible = [i for i, e in enumerate(rest) if e.flexible]
    available = max(0, target - now - fixed)
    new_minutes = _apportion([rest[i].minutes for i in flexible], available)
    for i, minutes in zip(flexible, new_minutes, strict=True):
        rest[i] = replace(rest[i], minutes=min(600, minutes))
    return _with_entries(plan, entries[:from_position] + rest)


def _with_entries(plan: Plan, flat: list[PlanEntry]) -> Plan:
    """The plan with its entries replaced in order, keeping the section boundaries."""
    sections = []
    index = 0
    for section in plan.sections:
        count = len(section.entries)
        sections.append(replace(section, entries=tuple(flat[index : index + count])))
        index += count
    return replace(plan, sections=tuple(sections))


@dataclass(frozen=True)
class Progress:
    """Where a running session stands against its plan."""

    position: int
    planned_end: int
    projected_end: int
    target_end: int | None
    section_drift: tuple[int, ...]  # minutes behind (+) or ahead (-) per section, so far

    @property
    def drift(self) -> int:
        """Minutes the session is projected to run over (+) or under (-) its planned end."""
        return self.projected_end - self.planned_end


def progress(
    plan: Plan, position: int, elapsed_in_current: float, now: float, actual: dict[int, float]
) -> Progress:
    """Project the end from where we are.

    ``actual`` maps finished entry positions to the minutes they really took;
    ``elapsed_in_current`` is how long the current entry has run, and ``now`` the clock.
    """
    slots = schedule(plan)
    remaining_current = max(0.0, slots[position].entry.minutes - elapsed_in_current)
    later = sum(s.entry.minutes for s in slots[position + 1 :])
    projected = round(now + remaining_current + later)
    drift = [0.0] * len(plan.sections)
    for slot in slots[:position]:
        if slot.position in actual:
            drift[slot.section] += actual[slot.position] - slot.entry.minutes
    current = slots[position]
    drift[current.section] += max(0.0, elapsed_in_current - current.entry.minutes)
    target = parse_clock(plan.target_end) if plan.target_end else None
    return Progress(
        position=position,
        planned_end=planned_end(plan),
        projected_end=projected,
        target_end=target,
        section_drift=tuple(round(d) for d in drift),
    )


class PlanEditor:
    """Edits a plan with undo and redo. Every change goes through ``apply``."""

    def __init__(self, plan: Plan, on_change: Callable[[Plan], None] | None = None) -> None:
        self.plan = plan
        self._undo: list[Plan] = []
        self._redo: list[Plan] = []
        self._on_change = on_change

    def apply(self, change: Callable[[Plan], Plan]) -> Plan:
        new = change(self.plan)
        if new != self.plan:
            self._undo.append(self.plan)
            self._redo.clear()
            self._set(new)
        return self.plan

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self.plan)
        self._set(self._undo.pop())
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self.plan)
        self._set(self._redo.pop())
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _set(self, plan: Plan) -> None:
        self.plan = plan
        if self._on_change is not None:
            self._on_change(plan)

    # The edits a planner needs, each one undoable step.
    def insert(self, section: int, index: int, entry: PlanEntry) -> Plan:
        def change(plan: Plan) -> Plan:
            sections = list(plan.sections) or [PlanSection(title="")]
            target = sections[section]
            entries = list(target.entries)
            entries.insert(index, entry)
            sections[section] = replace(target, entries=tuple(entries))
            return replace(plan, sections=tuple(sections))

        return self.apply(change)

    def remove(self, position: int) -> Plan:
        return self.apply(
            lambda plan: _with_sizes(
                plan, [e for i, e in enumerate(plan.entries) if i != position], removed=position
            )
        )

    def move(self, position: int, to: int) -> Plan:
        """Move the entry at ``position`` so it ends up at ``to`` (flat positions)."""

        def change(plan: Plan) -> Plan:
            flat = list(plan.entries)
            if not (0 <= position < len(flat)) or not (0 <= to < len(flat)) or position == to:
                return plan
            sizes = [len(s.entries) for s in plan.sections]
            entry = flat.pop(position)
            flat.insert(to, entry)
            section_from = _section_of(sizes, position)
            section_to = _section_of(sizes, to)
            sizes[section_from] -= 1
            sizes[section_to] += 1
            return _regroup(plan, flat, sizes)

        return self.apply(change)

    def set_minutes(self, position: int, minutes: int) -> Plan:
        minutes = max(0, min(600, minutes))
        return self.apply(lambda plan: _edit(plan, position, minutes=minutes))

    def set_note(self, position: int, note: str) -> Plan:
        return self.apply(lambda plan: _edit(plan, position, note=note))

    def set_fields(self, **fields: object) -> Plan:
        return self.apply(lambda plan: replace(plan, **fields))  # type: ignore[arg-type]

    def set_entry(self, position: int, **fields: object) -> Plan:
        """Change any fields of one entry (label, note, slide, slides, hidden, flexible, ref)."""
        return self.apply(lambda plan: _edit(plan, position, **fields))

    def move_entry(self, position: int, section: int, index: int) -> Plan:
        """Move the entry at flat ``position`` to ``index`` within ``section`` (counted as if
        the entry were already taken out), so an entry can also land in an empty section."""

        def change(plan: Plan) -> Plan:
            flat = list(plan.entries)
            if not 0 <= position < len(flat) or not 0 <= section < len(plan.sections):
                return plan
            lists = [list(s.entries) for s in plan.sections]
            home = _section_of([len(s) for s in lists], position)
            offset = position - sum(len(s) for s in lists[:home])
            entry = lists[home].pop(offset)
            target = lists[section]
            target.insert(max(0, min(index, len(target))), entry)
            return replace(
                plan,
                sections=tuple(
                    replace(s, entries=tuple(e)) for s, e in zip(plan.sections, lists, strict=True)
                ),
            )

        return self.apply(change)

    def add_section(self, index: int, title: str) -> Plan:
        def change(plan: Plan) -> Plan:
            sections = list(plan.sections)
            sections.insert(max(0, min(index, len(sections))), PlanSection(title=title))
            return replace(plan, sections=tuple(sections))

        return self.apply(change)

    def rename_section(self, index: int, title: str) -> Plan:
        def change(plan: Plan) -> Plan:
            if not 0 <= index < len(plan.sections):
                return plan
            sections = list(plan.sections)
            sections[index] = replace(sections[index], title=title)
            return replace(plan, sections=tuple(sections))

        return self.apply(change)

    def remove_section(self, index: int) -> Plan:
        """Remove a section; its entries join the section before it (or after, for the first),
        so removing a heading never removes what was planned under it."""

        def change(plan: Plan) -> Plan:
            if not 0 <= index < len(plan.sections) or len(plan.sections) < 2:
                return plan
            sections = list(plan.sections)
            gone = sections.pop(index)
            if gone.entries:
                neighbour = index - 1 if index > 0 else 0
                kept = sections[neighbour]
                joined = kept.entries + gone.entries if index > 0 else gone.entries + kept.entries
                sections[neighbour] = replace(kept, entries=joined)
            return replace(plan, sections=tuple(sections))

        return self.apply(change)


def _section_of(sizes: list[int], position: int) -> int:
    total = 0
    for index, size in enumerate(sizes):
        total += size
        if position < total:
            return index
    return len(sizes) - 1


def _regroup(plan: Plan, flat: list[PlanEntry], sizes: list[int]) -> Plan:
    sections = []
    index = 0
    for section, size in zip(plan.sections, sizes, strict=True):
        sections.append(replace(section, entries=tuple(flat[index : index + size])))
        index += size
    return replace(plan, sections=tuple(sections))


def _with_sizes(plan: Plan, flat: list[PlanEntry], removed: int) -> Plan:
    sizes = [len(s.entries) for s in plan.sections]
    if 0 <= removed < sum(sizes):
        sizes[_section_of(sizes, removed)] -= 1
    return _regroup(plan, flat, sizes)


def _edit(plan: Plan, position: int, **fields: object) -> Plan:
    flat = list(plan.entries)
    if not 0 <= position < len(flat):
        return plan
    flat[position] = replace(flat[position], **fields)  # type: ignore[arg-type]
    return _with_entries(plan, flat)
