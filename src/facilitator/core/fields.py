"""Template fields in item text: ``{{ local_contacts }}`` and ``{{ helplines dk }}``.

A field stands alone on its line (indented to nest it in a list) and becomes a Markdown list:

- ``{{ local_contacts }}``: the lines of the ``help_contacts`` setting. Without any, nothing
  on the projector and in print; on screens only the trainer sees (the console's notes, the
  library's preview) a short hint to set them in Settings.
- ``{{ helplines dk }}`` / ``{{ helplines no }}``: the national help lines of that country from
  ``content/helplines.yaml`` (``core.helplines``), in the file's order.

:func:`expand` is the one function that does it; the renderer calls it where Markdown becomes
HTML (``render.markup`` for slides and print, the library's ``markdown_html`` for the trainer's
screens), so every deck, handout, guide and exercise gets the same text. Where the contacts
come from is set once at start-up (:func:`use_contacts`). No Qt here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .helplines import COUNTRIES, Helpline, load_helplines
from .model import Item, Problem

# A field on a line of its own: "{{ local_contacts }}", "  {{ helplines no }}".
_BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)\{\{\s*(?P<name>[a-z_]+)(?:\s+(?P<arg>[a-z]+))?\s*\}\}\s*$"
)
_ANY = re.compile(r"\{\{.*?\}\}")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")

HINTS = {
    "da": "Lokale kontakter: skriv dem under Indstillinger",
    "nb": "Lokale kontakter: skriv dem inn under Innstillinger",
    "en": "Set local contacts in Settings",
}

_contacts: Callable[[], Sequence[str]] = lambda: ()  # noqa: E731
_hint_language: Callable[[], str] = lambda: "en"  # noqa: E731
_lines: list[Helpline] | None = None
_lock = threading.Lock()  # plan PDFs are drawn on a worker thread


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown: a ``*`` or ``<`` shows as typed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def use_contacts(
    contacts: Callable[[], Sequence[str]], language: str | Callable[[], str] = "en"
) -> None:
    """Where ``{{ local_contacts }}`` reads its lines from (called at start-up with the
    settings' ``help_contacts``: read at each use, so a change in Settings shows at once), and
    the language of the hint shown to the trainer when there are none (a text, or a function
    read at each use, so a language switch shows at once too)."""
    global _contacts, _hint_language
    _contacts = contacts
    _hint_language = language if callable(language) else (lambda: language)


def use_settings(settings: object) -> None:
    """:func:`use_contacts` with a :class:`~facilitator.core.settings.Settings`."""
    get = settings.get  # type: ignore[attr-defined]
    use_contacts(lambda: get("help_contacts"), lambda: str(get("language")))


def use_helplines(lines: Sequence[Helpline] | None) -> None:
    """Use these help lines (None: read the bundled file again on next use). For tests."""
    global _lines
    with _lock:
        _lines = list(lines) if lines is not None else None


def helplines(country: str) -> list[Helpline]:
    global _lines
    with _lock:
        if _lines is None:
            _lines = load_helplines()[0]  # its problems are check-content's to report
        return [line for line in _lines if line.country == country]


def contacts() -> list[str]:
    try:
        return [str(line).strip() for line in _contacts() if str(line).strip()]
    except Exception:  # a settings object gone bad must never stop a slide from showing
        return []


def expand(markdown: str, *, trainer: bool = False) -> str:
    """``markdown`` with every field filled in. ``trainer``: a screen only the trainer sees,
    where empty local contacts show a hint instead of nothing."""
    if "{{" not in markdown:
        return markdown
    out: list[str] = []
    for line in markdown.split("\n"):
        match = _BLOCK.match(line)
        if match is None:
            out.append(line)
            continue
        indent, name, arg = match.group("indent"), match.group("name"), match.group("arg")
        if name == "local_contacts" and not arg:
            items = [escape_markdown(c) for c in contacts()]
            if not items and trainer:
                hint = HINTS.get(_hint_language(), HINTS["en"])
                out.append(f"{indent}*{hint}*")
        elif name == "helplines" and arg in COUNTRIES:
            items = [_helpline_text(h) for h in helplines(arg)]
        else:
            out.append(line)  # unknown: left as written (check-content reports it)
            continue
        out.extend(f"{indent}- {text}" for text in items)
    return "\n".join(out)


def _helpline_text(line: Helpline) -> str:
    text = f"**{escape_markdown(line.name)}: {escape_markdown(line.number)}**"
    text += f" – {escape_markdown(line.audience)}"
    if line.hours:
        text += f" ({escape_markdown(line.hours)})"
    return text


def strip_fields(text: str) -> str:
    """``text`` without its fields (for the spelling check: a field name is not a word)."""
    return _ANY.sub("", text) if "{{" in text else text


def field_problems(items: Iterable[Item], show: Callable[[Path], str] = str) -> list[Problem]:
    """A field that is misspelt, names an unknown country or stands inside a line of text."""
    problems: list[Problem] = []
    for item in items:
        if "{{" not in item.body:
            continue
        try:  # the file itself: the item's body has lost its leading blank lines
            text = item.path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # the loader has reported it
        for number, line in enumerate(text.splitlines(), start=1):
            message = _line_problem(line) if "{{" in line else ""
            if message:
                problems.append(Problem(show(item.path), number, message))
    return problems


def _line_problem(line: str) -> str:
    match = _BLOCK.match(line)
    if match is None:
        return (
            "a field like {{ local_contacts }} or {{ helplines dk }} must stand alone on its "
            "line (it becomes a list)"
        )
    name, arg = match.group("name"), match.group("arg")
    if name == "local_contacts" and not arg:
        return ""
    if name == "helplines":
        if arg in COUNTRIES:
            return ""
        return f"{{{{ helplines {arg or ''} }}}}: name the country, one of {', '.join(COUNTRIES)}"
    return f"unknown field '{name}': use {{{{ local_contacts }}}} or {{{{ helplines dk|no }}}}"
