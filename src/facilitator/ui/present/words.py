"""The words the audience sees on generated screens, in the user's language.

Core builds exercise screens and the pause screen from :class:`core.presentation.Words`; this
module fills them in through Qt's translation (context ``Present``), together with the few words
drawn over slides (the countdown's "Time is up", group names in the group maker) and the built-in
help screen (``core.safety``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core.presentation import Words
from ...core.room import WEATHER
from ...core.safety import HelpWords
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


def present_words() -> PresentWords:
    step = (
        QCoreApplication.translate("Present", "Step %1 of %2")
        .replace("%1", "{n}")
        .replace("%2", "{total}")
    )
    minutes = QCoreApplication.translate("Present", "%1 min").replace("%1", "{minutes}")
    screens = Words(
        step=step,
        reflection=QCoreApplication.translate("Present", "Reflection"),
        minutes=minutes,
        pause_title=QCoreApplication.translate("Present", "A short pause"),
        pause_text=QCoreApplication.translate("Present", "We continue in a moment."),
        restart=QCoreApplication.translate("Present", "We start again at %1").replace(
            "%1", "{time}"
        ),
        break_title=QCoreApplication.translate("Present", "Break"),
        group_forms={code: labels.group_form(code) for code in labels.GROUP_FORMS},
    )
    weather = dict(
        zip(
            WEATHER,
            (
                QCoreApplication.translate("Present", "Sunny"),
                QCoreApplication.translate("Present", "Mostly sunny"),
                QCoreApplication.translate("Present", "Cloudy"),
                QCoreApplication.translate("Present", "Rainy"),
                QCoreApplication.translate("Present", "Stormy"),
            ),
            strict=True,
        )
    )
    numbers = {
        "1": QCoreApplication.translate("Present", "Not good"),
        "3": QCoreApplication.translate("Present", "So-so"),
        "5": QCoreApplication.translate("Present", "Very good"),
    }
    return PresentWords(
        screens=screens,
        time_up=QCoreApplication.translate("Present", "Time is up"),
        paused=QCoreApplication.translate("Present", "Paused"),
        group=QCoreApplication.translate("Present", "Group %1").replace("%1", "{n}"),
        speaker=QCoreApplication.translate("Present", "Speaker %1 of %2")
        .replace("%1", "{n}")
        .replace("%2", "{total}"),
        groups_title=QCoreApplication.translate("Present", "Groups"),
        round_title=QCoreApplication.translate("Present", "Talking round"),
        checkin_title=QCoreApplication.translate("Present", "How are you right now?"),
        checkin_labels={**numbers, **weather},
        help=HelpWords(
            title=QCoreApplication.translate("Present", "Where to get help"),
            text=QCoreApplication.translate("Present", "It is good to talk to someone."),
            talk=QCoreApplication.translate("Present", "Talk to me after the session"),
            emergency=QCoreApplication.translate("Present", "In an emergency: call 112"),
        ),
    )
