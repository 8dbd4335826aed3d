"""Words in the content's language: one mechanism for the projector and the printed plan.

What the room sees, on the wall or on paper, speaks the language of what is shown (a deck's,
an exercise's, a plan's), not the app's: a Norwegian trainer whose app is in Bokmål and who
prints a Danish plan gets "Materialer", not "Materiell". The words are ordinary Qt translations
(English source text in ``resources/translations/facilitator_<lang>.ts``, edited like every
other string of the app); :func:`translator` reads them in a language other than the app's.

``ui/present/words.py`` builds the projector's words with it (context ``Present``), and
:func:`plan_words` the printed plan's (context ``PlanPdf``). QtCore only, so ``render/`` and the
command line use it without widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from ..core.model import LANGUAGES
from ..core.paths import resource_path

Translate = Callable[[str, str], str]  # translate(context, text)

_LOADED: dict[str, QTranslator | None] = {}


def qm_file(language: str) -> Path:
    """The app's compiled translation for ``language``."""
    return resource_path("translations", f"facilitator_{language}.qm")


def translator(language: str) -> Translate:
    """``translate(context, text)`` in ``language``; the app's translation for "" or a language
    we have no file for, English source text for "en"."""
    if language == "en":
        return lambda _context, text: text
    if language not in _LOADED:
        loaded = QTranslator()
        _LOADED[language] = loaded if language and loaded.load(str(qm_file(language))) else None
    found = _LOADED[language]
    if found is None:
        return QCoreApplication.translate
    return lambda context, text: found.translate(context, text) or text


def plan_words(language: str) -> dict[str, str]:
    """The fixed words of the printed plan (run sheet, cards, page numbers) in ``language``;
    Danish, the default content language, for a language the library does not know. The key
    ``language`` holds the language the words are in."""
    found = language if language in LANGUAGES else "da"
    translate = translator(found)

    def t(text: object) -> str:  # QT_TRANSLATE_NOOP is typed as returning object
        return translate("PlanPdf", str(text))

    # In Danish "dias" and "uddelingsark", in Norwegian "lysbilder" and "deltakerark"; a deck is
    # a "diasshow" / "lysbildeserie": the content's own words and the app's.
    return {
        "time": t(QT_TRANSLATE_NOOP("PlanPdf", "Time")),
        "min": t(QT_TRANSLATE_NOOP("PlanPdf", "Min")),
        "what": t(QT_TRANSLATE_NOOP("PlanPdf", "What happens")),
        "note": t(QT_TRANSLATE_NOOP("PlanPdf", "Note for the trainer")),
        "break": t(QT_TRANSLATE_NOOP("PlanPdf", "Break")),
        "free": t(QT_TRANSLATE_NOOP("PlanPdf", "Free entry")),
        "materials": t(QT_TRANSLATE_NOOP("PlanPdf", "Materials")),
        "handouts": t(QT_TRANSLATE_NOOP("PlanPdf", "Handouts to print")),
        "decks": t(QT_TRANSLATE_NOOP("PlanPdf", "Slide decks")),
        "total": t(QT_TRANSLATE_NOOP("PlanPdf", "Total")),
        "slides": t(QT_TRANSLATE_NOOP("PlanPdf", "slides")),
        "missing": t(QT_TRANSLATE_NOOP("PlanPdf", "missing from the library")),
        "purpose": t(QT_TRANSLATE_NOOP("PlanPdf", "Purpose")),
        "steps": t(QT_TRANSLATE_NOOP("PlanPdf", "Steps")),
        "reflection": t(QT_TRANSLATE_NOOP("PlanPdf", "Reflection questions")),
        "page": t(QT_TRANSLATE_NOOP("PlanPdf", "Page")),
        "none": t(QT_TRANSLATE_NOOP("PlanPdf", "No materials besides the slides.")),
        "deck": t(QT_TRANSLATE_NOOP("PlanPdf", "Slide deck")),
        "exercise": t(QT_TRANSLATE_NOOP("PlanPdf", "Exercise")),
        "handout": t(QT_TRANSLATE_NOOP("PlanPdf", "Handout")),
        "guide": t(QT_TRANSLATE_NOOP("PlanPdf", "Facilitator guide")),
        "language": found,  # durations are written by core.dates.duration in this language
    }
