"""Words for the plain values that core uses (kinds, group forms, languages, themes).

Core stores codes (``deck``, ``pairs``, ``nb``); the UI shows them in the user's language. Every
word is marked for translation in the ``Labels`` context and translated when it is shown, so a
language switch needs no rebuilding of data.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .i18n import LANGUAGE_NAMES, ui_language

CONTEXT = "Labels"

KINDS: dict[str, str] = {
    "deck": QT_TRANSLATE_NOOP("Labels", "Slide deck"),
    "exercise": QT_TRANSLATE_NOOP("Labels", "Exercise"),
    "handout": QT_TRANSLATE_NOOP("Labels", "Handout"),
    "guide": QT_TRANSLATE_NOOP("Labels", "Facilitator guide"),
}

KINDS_PLURAL: dict[str, str] = {
    "deck": QT_TRANSLATE_NOOP("Labels", "Slide decks"),
    "exercise": QT_TRANSLATE_NOOP("Labels", "Exercises"),
    "handout": QT_TRANSLATE_NOOP("Labels", "Handouts"),
    "guide": QT_TRANSLATE_NOOP("Labels", "Facilitator guides"),
}

GROUP_FORMS: dict[str, str] = {
    "alone": QT_TRANSLATE_NOOP("Labels", "Alone"),
    "pairs": QT_TRANSLATE_NOOP("Labels", "In pairs"),
    "groups": QT_TRANSLATE_NOOP("Labels", "In groups"),
    "whole-class": QT_TRANSLATE_NOOP("Labels", "Whole class"),
    "movement": QT_TRANSLATE_NOOP("Labels", "Movement"),
    "writing": QT_TRANSLATE_NOOP("Labels", "Writing"),
}

THEMES: dict[str, str] = {
    "light": QT_TRANSLATE_NOOP("Labels", "Light"),
    "dark": QT_TRANSLATE_NOOP("Labels", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Labels", "High contrast"),
}

THEME_HINTS: dict[str, str] = {
    "light": QT_TRANSLATE_NOOP("Labels", "Calm and bright; good in a lit room"),
    "dark": QT_TRANSLATE_NOOP("Labels", "Easy on the eyes in a dim room"),
    "high-contrast": QT_TRANSLATE_NOOP("Labels", "Strongest contrast, larger text on slides"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


UNVERIFIED = QT_TRANSLATE_NOOP("Labels", "unverified pack")


def unverified() -> str:
    """The mark of an item from a pack nobody vouched for (not signed, or by an unknown key)."""
    return _t(UNVERIFIED)


def kind(code: str) -> str:
    return _t(KINDS[code]) if code in KINDS else code


def kind_plural(code: str) -> str:
    return _t(KINDS_PLURAL[code]) if code in KINDS_PLURAL else code


def group_form(code: str) -> str:
    return _t(GROUP_FORMS[code]) if code in GROUP_FORMS else code


def language(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def theme(code: str) -> str:
    return _t(THEMES[code]) if code in THEMES else code


def theme_hint(code: str) -> str:
    return _t(THEME_HINTS[code]) if code in THEME_HINTS else ""


def minutes(value: int) -> str:
    """A duration in the app's language ('45 min', '1 t 30 min'), written as the PDFs write it
    (``core.dates.duration``)."""
    from ..core.dates import duration

    return duration(value, ui_language())
