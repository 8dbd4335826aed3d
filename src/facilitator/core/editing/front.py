"""Front matter written in one stable field order, so that files diff well.

Known fields come in :data:`FIELD_ORDER`; any other field the file had keeps its place after
them, in the order it stood. Values are written so that the safe YAML reader reads them back as
the same text, number, truth value or list (text that could read as anything else is quoted).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .. import frontmatter

FIELD_ORDER: tuple[str, ...] = (
    "id",
    "title",
    "kind",
    "duration",
    "language",
    "group_form",
    "audience",
    "tags",
    "part",
    "sensitive",
    "version",
    "order",
    "summary",
    "translation_of",
    "derived_from",
    "imported_from",
    "import_hash",
)
_PLAIN = re.compile(r"[^\W\d_][\w .,()?!'…–-]*", re.UNICODE)
_PLAIN_WORD = re.compile(r"[^\W_][\w.-]*", re.UNICODE)  # a list element: no commas, no spaces
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def scalar(value: Any, *, in_list: bool = False) -> str:
    """One value as YAML that reads back as the same value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(scalar(v, in_list=True) for v in value) + "]"
    text = str(value)
    pattern = _PLAIN_WORD if in_list else _PLAIN
    if (
        pattern.fullmatch(text)
        and text.casefold() not in _RESERVED
        and not text.endswith((" ", "."))
        and ": " not in text
        and " #" not in text
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def write(meta: dict[str, Any], original_order: list[str] | None = None) -> str:
    """The front matter block, both ``---`` lines included, ending in a newline."""
    keys = [k for k in FIELD_ORDER if k in meta]
    keys += [k for k in (original_order or list(meta)) if k in meta and k not in keys]
    keys += [k for k in meta if k not in keys]
    lines = ["---"]
    for key in keys:
        value = meta[key]
        if value is None or value == "" or value == [] or value == ():
            continue
        lines.append(f"{key}: {scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def split_text(text: str) -> tuple[dict[str, Any], list[str], str]:
    """The front matter as values, its keys in file order, and the body (after the block).

    Raises ``frontmatter.FrontMatterError`` for a file the loader cannot read either."""
    doc = frontmatter.split(text)
    order = sorted(doc.key_lines, key=doc.key_lines.__getitem__)
    return dict(doc.meta), order, doc.body


def compose(meta: dict[str, Any], body: str, original_order: list[str] | None = None) -> str:
    """A whole item file: front matter in the stable order, a blank line, the body."""
    return write(meta, original_order) + "\n" + body.strip("\n") + "\n"
