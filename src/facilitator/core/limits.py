"""Limits on untrusted content: how deep Markdown and HTML may nest, and which files it may read.

Both checks are cheap scans that run before anything slower sees the text (Python-Markdown, Qt's
image readers), so a hostile file costs no more than reading it:

- :func:`markdown_limit` finds a text longer than :data:`MAX_MARKDOWN_CHARS`, and
  :func:`too_deep` finds the first line nested deeper than :data:`MAX_NESTING` levels of lists,
  block quotes and HTML elements together (Python-Markdown and Qt's layout grow much faster than
  linearly with the depth: 5,000 nested ``<ul><li>`` took minutes).
- :func:`local_file` turns an image reference into a regular file inside a folder, or a reason
  why not: no URLs, no absolute paths, nothing outside the folder, no link followed on the way.

No Qt here: the loader and the renderer share these rules.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from urllib.parse import unquote

MAX_NESTING = 16
"""Levels of lists, block quotes and HTML elements a text may nest (slides use three or four)."""

NESTING_MESSAGE = f"nested more than {MAX_NESTING} levels deep (lists, quotes or HTML elements)"

MAX_MARKDOWN_CHARS = 20_000
"""Characters of one text (a slide, a handout) given to Python-Markdown, about six printed
pages: some of its steps grow with the square of the length (a run of headings, of "[")."""

LENGTH_MESSAGE = f"longer than {MAX_MARKDOWN_CHARS:,} characters".replace(",", " ")


def markdown_limit(text: str) -> tuple[int, str] | None:
    """The 0-based line where ``text`` goes past a limit, and which (:data:`LENGTH_MESSAGE` or
    :data:`NESTING_MESSAGE`); None when Python-Markdown may have it."""
    offset = too_deep(text)
    if offset is not None:
        return offset, NESTING_MESSAGE
    if len(text) > MAX_MARKDOWN_CHARS:
        return text.count("\n", 0, MAX_MARKDOWN_CHARS), LENGTH_MESSAGE
    return None


_INDENT = re.compile(r"[ \t]*")
_QUOTE_OR_ITEM = re.compile(r"(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:[\s/][^<>]*)?>")
_VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)


def too_deep(text: str, limit: int = MAX_NESTING) -> int | None:
    """The 0-based number of the first line of ``text`` that nests deeper than ``limit``, or
    None. Linear in the length of ``text``.

    A line's depth is the list levels open by indentation (a list item indented more than the
    one above it opens a level, as :func:`~facilitator.render.markup.normalise_list_indent`
    reads it), plus the block quote markers and list markers that start the line, plus the HTML
    elements open at its end (void elements such as ``<br>`` and self-closed tags do not count,
    unclosed ones do).
    """
    stack: list[int] = []  # indentation of the open list levels
    html_depth = 0
    previous_blank = False
    for number, line in enumerate(text.split("\n")):
        if not line.strip():
            previous_blank = True
            continue
        indent_text = _INDENT.match(line).group()  # type: ignore[union-attr]
        indent = len(indent_text.expandtabs(4))
        position = len(indent_text)
        markers = 0
        while match := _QUOTE_OR_ITEM.match(line, position):
            markers += 1
            position = match.end()
            if markers > limit:
                return number
        if markers and line[len(indent_text)] != ">":
            while stack and stack[-1] > indent:
                stack.pop()
            if not stack or stack[-1] < indent:
                stack.append(indent)
        elif previous_blank and indent == 0:
            stack.clear()
        previous_blank = False
        if "<" in line:
            for tag in _TAG.finditer(line):
                name = tag.group(2).lower()
                if tag.group(1):
                    html_depth = max(0, html_depth - 1)
                elif name not in _VOID_TAGS and not tag.group(0).endswith("/>"):
                    html_depth += 1
        if max(len(stack) - 1, 0) + markers + html_depth > limit:
            return number
    return None


REMOTE = re.compile(r"^(https?|ftp):", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def content_folder(folder: Path) -> Path:
    """The folder whose files a text in ``folder`` may show: its module's folder (the nearest
    folder at or above ``folder`` that holds a ``module.md``), else ``folder`` itself (a plan
    file's folder, or a file exported on its own)."""
    for candidate in (folder, *folder.parents):
        if (candidate / "module.md").is_file():
            return candidate
    return folder


def local_file(target: str, folder: Path | None) -> tuple[Path | None, str]:
    """The regular file ``target`` names, relative to ``folder``, or None and the reason it may
    not be read (the reason names ``target`` as written).

    ``target`` must be a relative path (URL-encoded is fine: ``%20``); it may go up with ``..``
    but not out of :func:`content_folder`; no part of the way from there to the file may be a
    link; and the file must be a regular file (not a folder, a device or a pipe). The folders
    from the file system's root to the content folder are taken as they are, links included
    (the user chose them). With no folder (a plan kept in the app's database) no file may be
    read at all. Nothing is ever fetched from the network.
    """
    shown = target[:120]
    if not target.strip():
        return None, "image without a file name"
    target = target.strip()
    if REMOTE.match(target):
        return None, f"remote image not loaded (not a local file; nothing is fetched): {shown}"
    if target.startswith(("/", "\\")) or _SCHEME.match(target):
        return None, f"image refused (not a local file; use a path relative to the file): {shown}"
    if folder is None:
        return None, f"image refused (this slide has no folder to take images from): {shown}"
    relative = unquote(target.split("#")[0].split("?")[0]).replace("\\", "/")
    root = content_folder(folder)
    try:
        parts = list(folder.relative_to(root).parts)
    except ValueError:
        parts = []
    for part in relative.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None, f"image outside the module's folder (not read): {shown}"
            parts.pop()
        else:
            parts.append(part)
    if not parts:
        return None, f"image not found: {shown}"
    path = root
    try:
        for part in parts:
            path = path / part
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                return None, f"image is a link, which is not followed (copy the file): {shown}"
    except (OSError, ValueError):
        return None, f"image not found: {shown}"
    if not stat.S_ISREG(mode):
        return None, f"image is not a file: {shown}"
    return path, ""
