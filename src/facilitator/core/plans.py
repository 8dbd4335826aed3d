"""Plan files: read and write the YAML format of docs/content-format.md, with line numbers."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import yaml

from .model import Plan, PlanEntry, PlanSection, Problem

PLAN_FORMAT = 1
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_CLOCK_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_ENTRY_KINDS = ("item", "break", "free")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_clock(value: str) -> int | None:
    """Minutes after midnight for 'HH:MM' (or 'HH.MM'), else None."""
    match = _CLOCK_RE.match(value.strip())
    if not match:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(text: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """The document's data and the line of each node, from one pass of the (C) parser.

    Composing with the pure-Python parser took ten times as long as everything else in a plan
    file; it made loading the bundled library's plans the slowest part of starting the app."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return data, _line_map(root)


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
    """Parse a plan file. Returns the plan (None when it cannot be used) and the problems."""
    problems: list[Problem] = []
    name = str(path) if path is not None else "<plan>"

    def error(line: int, message: str, severity: str = "error") -> None:
        problems.append(Problem(name, line, message, severity))  # type: ignore[arg-type]

    text = text.lstrip("\ufeff")
    try:
        data, lines = _load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        error(mark.line + 1 if mark else 1, f"not valid YAML: {exc.problem or exc}")
        return None, problems
    except yaml.YAMLError as exc:
        error(1, f"not valid YAML: {exc}")
        return None, problems
    if not isinstance(data, dict):
        error(1, "a plan file must be a set of 'key: value' lines (format, id, title, sections)")
        return None, problems
    at = lines.get

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
    ident = str(data.get("id") or "")
    if not ident:
        error(at(("id",), 1), "missing 'id'")
        return None, problems
    if not _ID_RE.match(ident):
        error(at(("id",), 1), f"id '{ident}' may hold only lower case a-z, digits, '.', '-', '_'")
        return None, problems
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        error(at(("title",), 1), "missing 'title'")
        return None, problems
    start = str(data.get("start") or "")
    if start and parse_clock(start) is None:
        error(at(("start",), 1), f"'start' must be a clock time like 09:00, not '{start}'")
        start = ""
    target_end = str(data.get("target_end") or "")
    if target_end and parse_clock(target_end) is None:
        error(
            at(("target_end",), 1),
            f"'target_end' must be a clock time like 15:30, not '{target_end}'",
        )
        target_end = ""
    day = data.get("date") or ""
    if isinstance(day, datetime.date):
        day = day.isoformat()
    day = str(day)
    if day and not _valid_day(day):
        error(at(("date",), 1), f"'date' must be a date like 2026-11-23, not '{day}'")
        day = ""
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        error(at(("sections",), at((), 1)), "a plan needs 'sections', a list with entries")
        return None, problems
    sections: list[PlanSection] = []
    for s_index, raw_section in enumerate(raw_sections):
        s_line = at(("sections", s_index), 1)
        if not isinstance(raw_section, dict):
            error(s_line, "each section needs a 'title' and 'entries'")
            continue
        entries: list[PlanEntry] = []
        for e_index, raw in enumerate(raw_section.get("entries") or []):
            e_path = ("sections", s_index, "entries", e_index)
            e_line = at(e_path, s_line)
            entry = _entry(raw, e_line, lambda key, p=e_path, d=e_line: at((*p, key), d), error)
            if entry is not None:
                entries.append(entry)
        sections.append(
            PlanSection(title=str(raw_section.get("title") or ""), entries=tuple(entries))
        )
    audience = data.get("audience") or []
    if isinstance(audience, str):
        audience = [a.strip() for a in audience.split(",")]
    plan = Plan(
        id=ident,
        title=title.strip(),
        path=path,
        language=str(data.get("language") or "da"),
        audience=tuple(str(a) for a in audience if str(a).strip()),
        start=start,
        target_end=target_end,
        notes=str(data.get("notes") or "").strip(),
        sections=tuple(sections),
        format=fmt,
        bundled=bundled,
        day=day,
    )
    if start and target_end:
        available = parse_clock(target_end) - parse_clock(start)  # type: ignore[operator]
        # A plan may end early; a bundled course template must fill its time exactly.
        if plan.minutes > available or (bundled and plan.minutes != available):
            error(
                at(("target_end",), 1),
                f"the entries take {plan.minutes} min, but {start}-{target_end} has {available}",
                "warning",
            )
    return plan, problems


def _valid_day(text: str) -> bool:
    if not _DATE_RE.match(text):
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
    value = raw.get(kind)
    ref = label = ""
    if kind == "item":
        ref = str(value or "")
        if not ref:
            error(line, "'item' needs the id of a library item")
            return None
    else:
        label = str(value or "")
    slides = _numbers(raw.get("slides"), key_line("slides"), "slides", error)
    hidden = _numbers(raw.get("hidden"), key_line("hidden"), "hidden", error)
    return PlanEntry(
        kind=kind,  # type: ignore[arg-type]
        minutes=minutes,
        ref=ref,
        label=label,
        note=str(raw.get("note") or "").strip(),
        slide=str(raw.get("slide") or "").strip("\n"),
        slides=slides,
        hidden=hidden,
        flexible=bool(raw.get("flexible", True)),
        line=line,
    )


def _numbers(value: Any, line: int, key: str, error: Any) -> tuple[int, ...]:
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, int) and v >= 1 for v in value):
        return tuple(value)
    error(line, f"'{key}' must be a list of slide numbers from 1, like [1, 2, 5]")
    return ()


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
