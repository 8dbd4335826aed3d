"""Split a Markdown file into its YAML front matter and body, with line numbers kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import safe_yaml

_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


class FrontMatterError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class Document:
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the first body line in the file
    key_lines: dict[str, int]  # 1-based line of each top-level front matter key


def split(text: str) -> Document:
    """Return the front matter and the body. Raises FrontMatterError with a line number, and
    nothing else, whatever the text (see core.safe_yaml for what the YAML may hold)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError("the file must start with front matter between two '---' lines", 1)
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise FrontMatterError("the front matter is not closed with a '---' line", 1)
    source = "\n".join(lines[1:end])
    try:
        meta, _ = safe_yaml.load(source)
    except safe_yaml.YamlProblem as exc:  # its lines count from the first line after '---'
        message = exc.message
        if message.startswith("not valid YAML"):
            message = "front matter is " + message
        raise FrontMatterError(message, exc.line + 1) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter must be a set of 'key: value' lines", 2)
    key_lines: dict[str, int] = {}
    for number, raw in enumerate(lines[1:end], start=2):
        match = _KEY.match(raw)
        if match and match.group(1) not in key_lines:
            key_lines[match.group(1)] = number
    body = "\n".join(lines[end + 1 :])
    return Document(meta=meta, body=body, body_line=end + 2, key_lines=key_lines)
