"""The words the audience sees on generated screens, in the user's language.

Core builds exercise screens and the pause screen from :class:`core.presentation.Words`; this
module fills them in through Qt's translation (context ``Present``), together with the few words
drawn over slides (the countdown's "Time is up", group names in the group maker).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core.presentation import Words
from ...core.room import WEATHER
from .. import labels


def _t(text: str) -> str:
    return QCoreApplication.translate("Present", text)


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


def present_words() -> PresentWords:
    step = _t("Step %1 of %2").replace("%1", "{n}").replace("%2", "{total}")
    minutes = _t("%1 min").replace("%1", "{minutes}")
    screens = Words(
        step=step,
        reflection=_t("Reflection"),
        minutes=minutes,
        pause_title=_t("A short pause"),
        pause_text=_t("We continue in a moment."),
        group_forms={code: labels.group_form(code) for code in labels.GROUP_FORMS},
    )
    weather = dict(
        zip(
            WEATHER,
            (_t("Sunny"), _t("Mostly sunny"), _t("Cloudy"), _t("Rainy"), _t("Stormy")),
            strict=True,
        )
    )
    numbers = {"1": _t("Not good"), "3": _t("So-so"), "5": _t("Very good")}
    return PresentWords(
        screens=screens,
        time_up=_t("Time is up"),
        paused=_t("Paused"),
        group=_t("Group %1").replace("%1", "{n}"),
        speaker=_t("Speaker %1 of %2").replace("%1", "{n}").replace("%2", "{total}"),
        groups_title=_t("Groups"),
        round_title=_t("Talking round"),
        checkin_title=_t("How are you right now?"),
        checkin_labels={**numbers, **weather},
    )
