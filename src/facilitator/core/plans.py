"""Plan files: read and write the YAML format of docs/content-format.md, with line numbers."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from . import safe_yaml
from .model import LANGUAGES, Item, Plan, PlanEntry, PlanSection, Problem, is_id
from .safe_yaml import short

PLAN_FORMAT = 1
_CLOCK_RE = re.compile(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])")
_ENTRY_KINDS = ("item", "break", "free")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DAY = 24 * 60


def parse_clock(value: str) -> int | None:
    """Minutes after midnight for 'HH:MM' (or 'HH.MM'), else None."""
    match = _CLOCK_RE.fullmatch(value.strip())
    if not match:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def clock_span(start: str, end: str) -> int | None:
    """Minutes from the clock time ``start`` to ``end``; an end before the start is on the next
    day (a session from 22:00 to 01:00 has 180 minutes). None when either is not a clock time."""
    first, last = parse_clock(start), parse_clock(end)
    if first is None or last is None:
        return None
    return (last - first) % _DAY


def _line_map(root: yaml.Node | None) -> dict[tuple[Any, ...], int]:
    """1-based line of every mapping and list node, keyed by its path in the document."""
    lines: dict[tuple[Any, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[Any, ...]) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                key_path = (*path, key.value)
                lines[key_path] = key.start_mark.line + 1
                if isinstance(value, yaml.MappingNode | yaml.SequenceNode):
                    walk(value, key_path)
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                walk(value, (*path, index))

    if root is not None:
        walk(root, ())
    return lines


def parse_plan_file(
    text: str, path: Path | None = None, *, bundled: bool = False
) -> tuple[Plan | None, list[Problem]]:
    """Parse a plan file. Returns the plan (None when it cannot be used) and the problems.

    Never raises for bad content: every problem is in the list, with its line."""
    problems: list[Problem] = []
    name = str(path) if path is not None else "<plan>"

    def error(line: int, message: str, severity: str = "error") -> None:
        problems.append(Problem(name, line, message, severity))  # type: ignore[arg-type]

    try:
        data, root = safe_yaml.load(text.lstrip("\ufeff"))
    except safe_yaml.YamlProblem as exc:
        error(exc.line, exc.message)
        return None, problems
    if not isinstance(data, dict):
        error(1, "a plan file must be a set of 'key: value' lines (format, id, title, sections)")
        return None, problems
    lines = _line_map(root)
    at = lines.get

    def text_field(mapping: dict[Any, Any], key: str, where: tuple[Any, ...], line: int) -> str:
        """A text value (empty when absent); anything else is an error and reads as empty."""
        value = mapping.get(key)
        if value is None or isinstance(value, str):
            return value or ""
        error(at((*where, key), line), f"'{key}' must be text; put it in quotes")
        return ""

    fmt = data.get("format", PLAN_FORMAT)
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        error(at(("format",), 1), "'format' must be a whole number")
        return None, problems
    if fmt > PLAN_FORMAT:
        error(
            at(("format",), 1),
            f"this plan was written by a newer Facilitator (format {fmt}; this version reads "
            f"format {PLAN_FORMAT} and older). Update Facilitator to open it.",
        )
        return None, problems
    ident = data.get("id")
    if ident is None or ident == "":
        error(at(("id",), 1), "missing 'id'")
        return None, problems
    if not isinstance(ident, str) or not is_id(ident):
        error(
            at(("id",), 1),
            f"id '{short(ident)}' may hold only lower case a-z, digits, '.', '-', '_'",
        )
        return None, problems
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        error(at(("title",), 1), "missing 'title'" if title is None else "'title' must be text")
        return None, problems
    language = text_field(data, "language", (), 1) or "da"
    if language not in LANGUAGES:
        error(
            at(("language",), 1),
            f"unknown language '{short(language)}' (use one of: {', '.join(LANGUAGES)}); "
            "'da' is used",
        )
        language = "da"
    start = _clock(data, "start", "09:00", at, error)
    target_end = _clock(data, "target_end", "15:30", at, error)
    day = data.get("date")
    if day == "":
        day = None
    if isinstance(day, datetime.date):  # written with an explicit !!timestamp tag
        day = day.isoformat()[:10]
    if day is not None and not (isinstance(day, str) and _valid_day(day)):
        error(at(("date",), 1), f"'date' must be a date like 2026-11-23, not '{short(day)}'")
        day = ""
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        error(at(("sections",), at((), 1)), "a plan needs 'sections', a list with entries")
        return None, problems
    sections: list[PlanSection] = []
    for s_index, raw_section in enumerate(raw_sections):
        s_path: tuple[Any, ...] = ("sections", s_index)
        s_line = at(s_path, 1)
        if not isinstance(raw_section, dict):
            error(s_line, "each section needs a 'title' and 'entries'")
            continue
        raw_entries = raw_section.get("entries")
        if raw_entries is None:
            raw_entries = []
        if not isinstance(raw_entries, list):
            error(at((*s_path, "entries"), s_line), "'entries' must be a list of entries")
            raw_entries = []
        entries: list[PlanEntry] = []
        for e_index, raw in enumerate(raw_entries):
            e_path = (*s_path, "entries", e_index)
            e_line = at(e_path, s_line)
            entry = _entry(raw, e_line, lambda key, p=e_path, d=e_line: at((*p, key), d), error)
            if entry is not None:
                entries.append(entry)
        section_title = text_field(raw_section, "title", s_path, s_line)
        sections.append(PlanSection(title=section_title, entries=tuple(entries)))
    plan = Plan(
        id=ident,
        title=title.strip(),
        path=path,
        language=language,
        audience=_audience(data.get("audience"), at(("audience",), 1), error),
        start=start,
        target_end=target_end,
        notes=text_field(data, "notes", (), 1).strip(),
        sections=tuple(sections),
        format=fmt,
        bundled=bundled,
        day=day or "",
    )
    available = clock_span(start, target_end) if start and target_end else None
    # A plan may end early; a bundled course template must fill its time exactly.
    if available is not None and (
        plan.minutes > available or (bundled and plan.minutes != available)
    ):
        error(
            at(("target_end",), 1),
            f"the entries take {plan.minutes} min, but {start}-{target_end} has {available}",
            "warning",
        )
    return plan, problems


def _clock(data: dict[Any, Any], key: str, example: str, at: Any, error: Any) -> str:
    value = data.get(key)
    if value is None or value == "":
        return ""
    if isinstance(value, str) and parse_clock(value) is not None:
        return value.strip()
    error(at((key,), 1), f"'{key}' must be a clock time like {example}, not '{short(value)}'")
    return ""


def _audience(value: Any, line: int, error: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    error(line, "'audience' must be a list of words, like [fagpersoner, unge]")
    return ()


def _valid_day(text: str) -> bool:
    if not _DATE_RE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _entry(raw: Any, line: int, key_line: Any, error: Any) -> PlanEntry | None:
    if not isinstance(raw, dict):
        error(line, "each entry needs one of 'item', 'break' or 'free', and 'minutes'")
        return None
    kinds = [k for k in _ENTRY_KINDS if k in raw]
    if len(kinds) != 1:
        error(line, "each entry needs exactly one of 'item', 'break' or 'free'")
        return None
    kind = kinds[0]
    minutes = raw.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 600:
        error(key_line("minutes"), "'minutes' must be whole minutes from 0 to 600")
        return None
    texts: dict[str, str] = {}
    for key in (kind, "note", "slide"):
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            error(key_line(key), f"'{key}' must be text; put it in quotes")
            return None
        texts[key] = value or ""
    ref = label = ""
    if kind == "item":
        ref = texts["item"].strip()
        if not ref:
            error(line, "'item' needs the id of a library item")
            return None
    else:
        label = texts[kind]
    flexible = raw.get("flexible", True)
    if not isinstance(flexible, bool):
        error(
            key_line("flexible"),
            f"'flexible' must be true or false (without quotes), not '{short(flexible)}'",
        )
        return None
    slides = _numbers(raw.get("slides"), key_line("slides"), "slides", error)
    hidden = _numbers(raw.get("hidden"), key_line("hidden"), "hidden", error)
    return PlanEntry(
        kind=kind,  # type: ignore[arg-type]
        minutes=minutes,
        ref=ref,
        label=label,
        note=texts["note"].strip(),
        slide=texts["slide"].strip("\n"),
        slides=slides,
        hidden=hidden,
        flexible=flexible,
        line=line,
    )


def _numbers(value: Any, line: int, key: str, error: Any) -> tuple[int, ...]:
    if value is None:
        return ()
    if isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in value
    ):
        return tuple(value)
    error(line, f"'{key}' must be a list of slide numbers from 1, like [1, 2, 5]")
    return ()


def library_problems(plan: Plan, find: Callable[[str], Item | None]) -> list[tuple[int, str, str]]:
    """What is wrong with ``plan`` against a library (``find`` gives an item by id), as (line,
    message, severity): an entry naming an unknown item (an error), slide numbers the item does
    not have (a warning: they are ignored)."""
    found: list[tuple[int, str, str]] = []
    for entry in plan.entries:
        if entry.kind != "item":
            continue
        item = find(entry.ref)
        if item is None:
            message = f"plan refers to unknown item id '{short(entry.ref)}'"
            found.append((entry.line, message, "error"))
            continue
        for key, numbers in (("slides", entry.slides), ("hidden", entry.hidden)):
            if not numbers:
                continue
            if not item.slides:
                message = f"'{key}' is for decks; '{item.id}' is {_a(item.kind)}; ignored"
                found.append((entry.line, message, "warning"))
                continue
            wrong = sorted({n for n in numbers if n > len(item.slides)})
            if wrong:
                count = len(item.slides)
                listed = ", ".join(str(n) for n in wrong[:5]) + (", …" if len(wrong) > 5 else "")
                found.append(
                    (
                        entry.line,
                        f"'{key}' names slide {listed}, but '{item.id}' has {count} "
                        f"slide{'s' if count != 1 else ''}; ignored",
                        "warning",
                    )
                )
    return found


def _a(kind: str) -> str:
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"


def dump_plan(plan: Plan) -> str:
    """The plan as a plan file. Parsing the result gives the same plan."""
    data: dict[str, Any] = {"format": PLAN_FORMAT, "id": plan.id, "title": plan.title}
    data["language"] = plan.language
    if plan.audience:
        data["audience"] = list(plan.audience)
    if plan.day:
        data["date"] = plan.day
    if plan.start:
        data["start"] = plan.start
    if plan.target_end:
        data["target_end"] = plan.target_end
    if plan.notes:
        data["notes"] = plan.notes
    sections = []
    for section in plan.sections:
        entries = []
        for e in section.entries:
            entry: dict[str, Any] = {e.kind: e.ref if e.kind == "item" else e.label}
            entry["minutes"] = e.minutes
            if e.note:
                entry["note"] = e.note
            if e.slides:
                entry["slides"] = list(e.slides)
            if e.hidden:
                entry["hidden"] = list(e.hidden)
            if not e.flexible:
                entry["flexible"] = False
            if e.slide:
                entry["slide"] = e.slide
            entries.append(entry)
        sections.append({"title": section.title, "entries": entries})
    data["sections"] = sections
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
