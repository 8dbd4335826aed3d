"""Messages core/ makes for people (``core/messages.py``): English on the command line, and every
template one the translators have, with the same ``{fields}`` in every language."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.core.messages import QT_TRANSLATE_NOOP, as_message, plain

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "facilitator"
TRANSLATIONS = ROOT / "resources" / "translations"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _marked() -> list[tuple[str, ast.Call, ast.AST | None]]:
    """Every QT_TRANSLATE_NOOP call under src/ with its file and its ``.format(...)`` call."""
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (
                getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                or getattr(node.func, "attr", None) == "QT_TRANSLATE_NOOP"
            ):
                where = f"{path.relative_to(SOURCES)}:{node.lineno}"
                method = parents.get(node)  # QT_TRANSLATE_NOOP(...).format(...)
                call = parents.get(method) if isinstance(method, ast.Attribute) else None
                formatted = (
                    isinstance(call, ast.Call) and call.func is method and method.attr == "format"  # type: ignore[union-attr]
                )
                found.append((where, node, call if formatted else None))
    return found


def _templates() -> dict[tuple[str, str], str]:
    """(context, template) -> where, for every marked template."""
    templates = {}
    for where, call, _ in _marked():
        context, template = (arg.value for arg in call.args)  # type: ignore[attr-defined]
        templates[(context, template)] = where
    return templates


def test_the_english_text_is_the_template_filled_in():
    message = QT_TRANSLATE_NOOP("ImportReport", "slide {number} cannot be read ({error})")
    said = message.format(number=3, error="bad zip")
    assert str(said) == "slide 3 cannot be read (bad zip)"
    whole = plain("{file}: {reason}", file="talk.pptx", reason=said)
    assert str(whole) == "talk.pptx: slide 3 cannot be read (bad zip)"
    assert str(as_message("a library's own words")) == "a library's own words"


def test_every_marked_template_is_two_plain_literals_lupdate_can_read():
    """An f-string or a name is not seen by lupdate: its words would stay English."""
    bad = [
        where
        for where, call, _ in _marked()
        if len(call.args) != 2
        or call.keywords
        or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)
    ]
    assert bad == [], "QT_TRANSLATE_NOOP takes two string literals:\n" + "\n".join(bad)


def test_every_template_is_given_exactly_its_fields():
    """A missing field would fail when the message is shown; an extra one is never shown."""
    wrong = []
    for where, call, around in _marked():
        fields = _fields(call.args[1].value)  # type: ignore[attr-defined]
        given = {k.arg for k in around.keywords} if isinstance(around, ast.Call) else set()
        if fields != given:
            wrong.append(f"{where}: template fields {sorted(fields)}, given {sorted(given)}")
    assert wrong == [], "\n".join(wrong)


def test_messages_are_built_only_from_marked_templates():
    """``Message(...)`` written by hand would hide its words from the translators."""
    built = [
        f"{path.relative_to(SOURCES)}:{node.lineno}"
        for path in sorted(SOURCES.rglob("*.py"))
        if path.name != "messages.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message"
    ]
    assert built == [], "use QT_TRANSLATE_NOOP(context, template):\n" + "\n".join(built)


@pytest.mark.parametrize("language", ["da", "nb"])
def test_every_core_template_is_translated_with_the_same_fields(language):
    """The .ts file has each template, translated, and a translation uses the template's own
    fields (a misspelt one would show the English text instead)."""
    translated: dict[tuple[str, str], str] = {}
    for context in ET.parse(TRANSLATIONS / f"facilitator_{language}.ts").iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                translated[(name, message.findtext("source", ""))] = translation.text or ""
    templates = _templates()
    assert len(templates) > 90
    missing = [f"{where}: {t!r}" for (c, t), where in templates.items() if (c, t) not in translated]
    assert missing == [], "run resources/translations/update.py and translate:\n" + "\n".join(
        missing
    )
    wrong = [
        f"{where}: {translated[(c, t)]!r}"
        for (c, t), where in templates.items()
        if _fields(translated[(c, t)]) != _fields(t)
    ]
    assert wrong == [], "\n".join(wrong)
