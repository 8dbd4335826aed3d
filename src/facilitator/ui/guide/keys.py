"""The guide's key tables, made from the action registry each time a page is shown.

A page asks for a table with a line ``<!-- keys: app -->`` (the main window's keys) or
``<!-- keys: present -->`` (the presentation windows' keys). The rows come from the action
tables (``ui.actions``, ``ui.present_actions``) in the current language, so the guide never lists
a key the app does not have.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.guide import KEY_TABLE
from ..action_specs import GROUPS, ActionSpec, KeyHint, key_text, plain, translate
from ..actions import ACTIONS, KEY_HINTS
from ..present_actions import PRESENT_ACTIONS, PRESENT_HINTS

TABLES: dict[str, tuple[tuple[ActionSpec, ...], tuple[KeyHint, ...]]] = {
    "app": (ACTIONS, KEY_HINTS),
    "present": (PRESENT_ACTIONS, PRESENT_HINTS),
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _keys(keys: tuple[str, ...]) -> str:
    # In backticks: "+", "-", "." and "?" are keys here, not Markdown.
    return ", ".join(f"`{key_text(k)}`" for k in keys)


def key_rows(name: str) -> list[tuple[str, str, str]]:
    """(group title, what it does, keys) for every shortcut of table ``name``."""
    specs, hints = TABLES[name]
    rows: list[tuple[str, str, str]] = []
    for group in GROUPS:
        for spec in specs:
            if spec.group == group and spec.shortcuts:
                rows.append(
                    (translate(GROUPS[group]), plain(translate(spec.text)), _keys(spec.shortcuts))
                )
        for hint in hints:
            if hint.group == group:
                rows.append((translate(GROUPS[group]), translate(hint.text), _keys(hint.keys)))
    return rows


def key_table(name: str) -> str:
    """A Markdown table of the keys of ``name``; in the app's table a row per group heading."""
    what = QCoreApplication.translate("Guide", "What it does")
    keys = QCoreApplication.translate("Guide", "Keys")
    lines = [f"| {_cell(what)} | {_cell(keys)} |", "| --- | --- |"]
    group = ""
    for title, text, shortcut in key_rows(name):
        if name == "app" and title != group:
            lines.append(f"| **{_cell(title)}** | |")
            group = title
        lines.append(f"| {_cell(text)} | {shortcut} |")
    return "\n".join(lines)


def fill_key_tables(text: str) -> str:
    """The page with each ``<!-- keys: NAME -->`` line replaced by its table."""

    def table(match) -> str:  # type: ignore[no-untyped-def]
        name = match.group(1)
        return key_table(name) if name in TABLES else match.group(0)

    return KEY_TABLE.sub(table, text)
