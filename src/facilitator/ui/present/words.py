"""The words the audience sees on generated screens, in the language of what is presented.

Core builds exercise screens and the pause screen from :class:`core.screens.Words`; this
module fills them in from our translations (context ``Present``, group forms from ``Labels``),
together with the few words drawn over slides (the countdown's "Time is up", group names in the
group maker) and the built-in help screen (``core.safety``).

The projector speaks the deck's language, not the app's: a Norwegian trainer whose app is in
Bokmål and who shows a Danish exercise gets "Trin 1 af 3", not "Steg 1 av 3", on the wall.
A language we have no translation for shows the app's words. The translator in a language is
``render/words.py``'s, which the printed plan's words use too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core.room import WEATHER
from ...core.safety import HelpWords
from ...core.screens import Words
from ...render.words import translator
from .. import labels


@dataclass(frozen=True)
class PresentWords:
    screens: Words
    time_up: str
    paused: str
    group: str  # "{n}" is the group's number
    speaker: str  # "{n}" and "{total}"
    groups_title: str
    round_title: str
    checkin_title: str
    checkin_labels: dict[str, str]
    help: HelpWords


def present_words(language: str = "") -> PresentWords:
    """The audience's words in ``language`` (a content language code; "": the app's)."""
    translate = translator(language)

    def t(text: str) -> str:
        return translate("Present", text)

    step = (
        t(QT_TRANSLATE_NOOP("Present", "Step %1 of %2"))
        .replace("%1", "{n}")
        .replace("%2", "{total}")
    )
    minutes = t(QT_TRANSLATE_NOOP("Present", "%1 min")).replace("%1", "{minutes}")
    screens = Words(
        step=step,
        reflection=t(QT_TRANSLATE_NOOP("Present", "Reflection")),
        minutes=minutes,
        pause_title=t(QT_TRANSLATE_NOOP("Present", "A short pause")),
        pause_text=t(QT_TRANSLATE_NOOP("Present", "We continue in a moment.")),
        restart=t(QT_TRANSLATE_NOOP("Present", "We start again at %1")).replace("%1", "{time}"),
        break_title=t(QT_TRANSLATE_NOOP("Present", "Break")),
        group_forms={
            code: translate(labels.CONTEXT, text) for code, text in labels.GROUP_FORMS.items()
        },
    )
    weather = dict(
        zip(
            WEATHER,
            (
                t(QT_TRANSLATE_NOOP("Present", "Sunny")),
                t(QT_TRANSLATE_NOOP("Present", "Mostly sunny")),
                t(QT_TRANSLATE_NOOP("Present", "Cloudy")),
                t(QT_TRANSLATE_NOOP("Present", "Rainy")),
                t(QT_TRANSLATE_NOOP("Present", "Stormy")),
            ),
            strict=True,
        )
    )
    numbers = {
        "1": t(QT_TRANSLATE_NOOP("Present", "Not good")),
        "3": t(QT_TRANSLATE_NOOP("Present", "So-so")),
        "5": t(QT_TRANSLATE_NOOP("Present", "Very good")),
    }
    return PresentWords(
        screens=screens,
        time_up=t(QT_TRANSLATE_NOOP("Present", "Time is up")),
        paused=t(QT_TRANSLATE_NOOP("Present", "Paused")),
        group=t(QT_TRANSLATE_NOOP("Present", "Group %1")).replace("%1", "{n}"),
        speaker=t(QT_TRANSLATE_NOOP("Present", "Speaker %1 of %2"))
        .replace("%1", "{n}")
        .replace("%2", "{total}"),
        groups_title=t(QT_TRANSLATE_NOOP("Present", "Groups")),
        round_title=t(QT_TRANSLATE_NOOP("Present", "Talking round")),
        checkin_title=t(QT_TRANSLATE_NOOP("Present", "How are you right now?")),
        checkin_labels={**numbers, **weather},
        help=HelpWords(
            title=t(QT_TRANSLATE_NOOP("Present", "Where to get help")),
            text=t(QT_TRANSLATE_NOOP("Present", "It is good to talk to someone.")),
            talk=t(QT_TRANSLATE_NOOP("Present", "Talk to me after the session")),
            emergency=t(QT_TRANSLATE_NOOP("Present", "In an emergency: call 112")),
        ),
    )
