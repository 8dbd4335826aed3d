"""The content report that ``facilitator check-content`` prints, as text or as JSON."""

from __future__ import annotations

from typing import Any

from .model import Library, Problem


def _problem(p: Problem) -> dict[str, Any]:
    return {"file": p.file, "line": p.line, "message": p.message}


def as_dict(library: Library) -> dict[str, Any]:
    """The JSON shape that scripts rely on (see docs/content-format.md)."""
    return {
        "errors": [_problem(p) for p in library.errors],
        "warnings": [_problem(p) for p in library.warnings],
        "modules": [
            {
                "id": module.id,
                "title": module.title,
                "language": module.language,
                "items": [
                    {
                        "id": item.id,
                        "kind": item.kind,
                        "title": item.title,
                        "duration": item.duration,
                        "language": item.language,
                        "slides": len(item.slides),
                        "notes": item.notes_count,
                    }
                    for item in module.items
                ],
            }
            for module in library.modules
        ],
        "plans": [{"id": p.id, "title": p.title, "minutes": p.minutes} for p in library.plans],
    }


def as_text(library: Library) -> str:
    lines = [str(p) + ("" if p.severity == "error" else " (warning)") for p in library.problems]
    items = len(library.items())
    lines.append(
        f"{len(library.modules)} modules, {items} items, {len(library.plans)} plans: "
        f"{len(library.errors)} errors, {len(library.warnings)} warnings"
    )
    return "\n".join(lines)
