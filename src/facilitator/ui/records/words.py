"""Translated words the records screens share: export headings, room events, dimensions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.room import WEATHER, WEATHER_SYMBOLS

CONTEXT = "Records"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def dimension_names() -> dict[str, str]:
    """The five progress dimensions, as mentors in Denmark and Norway name them."""
    return {
        "wellbeing": tr("Well-being"),
        "attendance": tr("Attendance"),
        "homework": tr("Homework"),
        "behaviour": tr("Behaviour"),
        "network": tr("Network and friends"),
    }


def dimension_short() -> dict[str, str]:
    """Short column headings for the five dimensions (the full name is the tooltip)."""
    return {
        "wellbeing": tr("Well."),
        "attendance": tr("Att."),
        "homework": tr("Hw."),
        "behaviour": tr("Beh."),
        "network": tr("Netw."),
    }


def export_words() -> dict[str, str]:
    """The words of the printed records (see ``core.records.WORDS``)."""
    dims = dimension_names()
    return {
        "history": tr("History of {group}"),
        "session": tr("Session {day}"),
        "day": tr("Date"),
        "plan": tr("Plan"),
        "place": tr("Place"),
        "facilitator": tr("Facilitator"),
        "minutes": tr("Minutes"),
        "attendance": tr("Attendance"),
        "sessions": tr("Sessions"),
        "covered": tr("Covered"),
        "to_come": tr("Still to come"),
        "shown": tr("What was shown"),
        "item": tr("Item"),
        "screens": tr("Screens"),
        "events": tr("Room events"),
        "checkin": tr("Check-in"),
        "groups": tr("Groups made"),
        "present": tr("Present"),
        "absent": tr("Absent"),
        "notes": tr("Notes"),
        "evaluation": tr("Evaluation"),
        "rating": tr("Rating"),
        "comment": tr("Comment"),
        "person": tr("Progress log: {person}"),
        "subgoals": tr("Sub-goals"),
        "subgoal": tr("Sub-goal"),
        "start": tr("Start"),
        "target": tr("Target"),
        "reached": tr("Reached"),
        "meetings": tr("Meetings"),
        "note": tr("Note"),
        "wellbeing": dims["wellbeing"],
        "attendance_mark": dims["attendance"],
        "homework": dims["homework"],
        "behaviour": dims["behaviour"],
        "network": dims["network"],
        "none": tr("None yet."),
        "ungrouped": tr("Without a group"),
        "exported": tr("Exported {day}. Contains sensitive personal data: keep it safe."),
    }


def event_text(kind: str, data: dict[str, Any]) -> tuple[str, str]:
    """(what, details) of a room event, for the session record. Never names: there are none."""
    if kind == "checkin":
        tally = data.get("tally") or {}
        if isinstance(tally, dict):
            parts = [
                f"{WEATHER_SYMBOLS.get(k, k)} {v}" if k in WEATHER else f"{k}: {v}"
                for k, v in tally.items()
            ]
        else:
            parts = []
        return tr("Check-in"), "   ".join(parts)
    if kind == "groups":
        sizes = data.get("sizes") or []
        text = tr("%1 groups for %2 people").replace("%1", str(len(sizes)))
        return tr("Groups made"), text.replace("%2", str(data.get("people", sum(sizes))))
    if kind == "talking-round":
        return tr("Talking round"), ""
    if kind == "step-timer":
        minutes = round(float(data.get("seconds", 0)) / 60)
        return tr("Exercise timer"), tr("%1 min").replace("%1", str(minutes))
    if kind == "panic":
        return tr("Pause screen"), ""
    return kind, ", ".join(f"{k}={v}" for k, v in sorted(data.items()))


QUESTIONS = ("engagement", "pace", "benefit")


def question_names() -> dict[str, str]:
    return {
        "engagement": tr("The group's engagement"),
        "pace": tr("Pace and timing"),
        "benefit": tr("Benefit for the participants"),
    }


def identity_text(text: str) -> str:
    """The inline warning for a pseudonym that looks like a real identity ('' when fine)."""
    from ...core.privacy import identity_problems

    found = identity_problems(text)
    lines = []
    if "number" in found:
        lines.append(tr("This looks like a CPR number or fødselsnummer. Do not store it here."))
    if "name" in found:
        lines.append(
            tr("This looks like a full name. Use a pseudonym, for example initials or a nickname.")
        )
    return "\n".join(lines)


def pseudonym_refusal(text: str, confirmed: str) -> str:
    """Why a pseudonym is not added yet ('' when it may be): an identity number never is; a
    full name only when the same text is added a second time (``confirmed``)."""
    from ...core.privacy import identity_problems

    found = identity_problems(text)
    if "number" in found:
        return tr("Not added: it looks like a CPR number or fødselsnummer. Use a pseudonym.")
    if "name" in found and text != confirmed:
        return "\n".join((identity_text(text), tr("Add it again to keep it anyway.")))
    return ""
