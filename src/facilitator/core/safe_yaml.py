"""Read the YAML of front matter and plan files without letting a hostile file hurt the app.

One function, :func:`load`, for both formats. Whatever the text, it returns the data or raises
:class:`YamlProblem` with a line; nothing else comes out (docs/content-format.md, "Limits"):

- anchors (``&name``) and aliases (``*name``) are refused before anything is built from them: the
  formats need none, and a few aliases can make a file of one kilobyte expand to gigabytes;
- collections nested deeper than :data:`MAX_DEPTH` are refused, counted on the parser's events
  before any node is made (the C composer crashes the process on very deep nesting);
- a value that cannot be built (``2025-02-29`` with the ``!!timestamp`` tag, a number of
  thousands of digits) is a problem at its line, never a ``ValueError``;
- dates and clock times stay text: ``date: 2026-11-23`` and ``start: 10:30`` without quotes read
  as the strings a trainer wrote (plain YAML 1.1 makes the first a date object, which fails for a
  date that does not exist, and the second the number 630).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

MAX_DEPTH = 8  # a plan needs 6 levels (plan, sections, section, entries, entry, slides)
MAX_INT_BITS = 63

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COLLECTION_START = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_COLLECTION_END = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class YamlProblem(ValueError):
    """The text cannot be read; ``line`` is 1-based in the text given to :func:`load`."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _Loader(_Base):  # type: ignore[misc]
    """The safe loader, with the numbers of YAML 1.1 but without its dates and base-60 numbers,
    and with every value's failure turned into a problem at its line."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_INT, _FLOAT, _TIMESTAMP)]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            value = super().construct_object(node, deep)
        except YamlProblem:
            raise
        except (ValueError, TypeError, ArithmeticError, AttributeError, LookupError) as exc:
            if node.tag == _INT:  # more digits than Python turns into a number
                raise YamlProblem("the number is too large", node.start_mark.line + 1) from None
            shown = f"'{short(node.value)}' " if isinstance(node, yaml.ScalarNode) else ""
            raise YamlProblem(
                f"the value {shown}cannot be read ({exc})", node.start_mark.line + 1
            ) from None
        if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
            raise YamlProblem("the number is too large", node.start_mark.line + 1)
        return value


_Loader.add_implicit_resolver(
    _INT,
    re.compile(
        r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0[0-7_]+
        |[-+]?(?:0|[1-9][0-9_]*)
        |[-+]?0x[0-9a-fA-F_]+)$""",
        re.X,
    ),
    list("-+0123456789"),
)
_Loader.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
        |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        re.X,
    ),
    list("-+0123456789."),
)


def load(text: str) -> tuple[Any, yaml.Node | None]:
    """The data of one YAML document and its root node (for line numbers).

    Raises :class:`YamlProblem` for anything that cannot be read, and for nothing else."""
    try:
        _check_events(text)
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlProblem(f"not valid YAML: {exc.problem or exc}", line) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, e.g. NUL
        line = text.count("\n", 0, exc.position) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise YamlProblem(
            f"not valid YAML: the character U+{code:04X} is not allowed", line
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"not valid YAML: {exc}", 1) from None
    except RecursionError:  # not reached with MAX_DEPTH; a last guard all the same
        raise YamlProblem("the values are nested too deeply", 1) from None
    return data, root


def _check_events(text: str) -> None:
    """Refuse anchors, aliases and deep nesting, from the parser's events (nothing built yet)."""
    loader = _Base(text)
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent):
                raise YamlProblem(
                    f"YAML aliases ('*{short(event.anchor)}') are not allowed here; "
                    "write the value out in full",
                    line,
                )
            if getattr(event, "anchor", None) is not None:
                raise YamlProblem(
                    f"YAML anchors ('&{short(event.anchor)}') are not allowed here; "
                    "write the value out in full",
                    line,
                )
            if isinstance(event, _COLLECTION_START):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlProblem(
                        f"lists and sets of keys are nested more than {MAX_DEPTH} levels deep",
                        line,
                    )
            elif isinstance(event, _COLLECTION_END):
                depth -= 1
    finally:
        loader.dispose()


def short(value: Any, limit: int = 40) -> str:
    """A value as a message shows it: on one line, and not too long."""
    shown = str(value).replace("\n", "\\n")
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
