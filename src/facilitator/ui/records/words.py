"""Translated words the records screens share: export headings, room events, dimensions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.room import WEATHER, WEATHER_SYMBOLS

# Every string below is written out as QCoreApplication.translate("Records", ...): lupdate only
# sees a context it can read at the call, and a helper function would file the strings under an
# empty context that the app never looks up.


def dimension_names() -> dict[str, str]:
    """The five progress dimensions, as mentors in Denmark and Norway name them."""
    return {
        "wellbeing": QCoreApplication.translate("Records", "Well-being"),
        "attendance": QCoreApplication.translate("Records", "Attendance"),
        "homework": QCoreApplication.translate("Records", "Homework"),
        "behaviour": QCoreApplication.translate("Records", "Behaviour"),
        "network": QCoreApplication.translate("Records", "Network and friends"),
    }


def dimension_short() -> dict[str, str]:
    """Short column headings for the five dimensions (the full name is the tooltip)."""
    return {
        "wellbeing": QCoreApplication.translate("Records", "Well."),
        "attendance": QCoreApplication.translate("Records", "Att."),
        "homework": QCoreApplication.translate("Records", "Hw."),
        "behaviour": QCoreApplication.translate("Records", "Beh."),
        "network": QCoreApplication.translate("Records", "Netw."),
    }


def export_words() -> dict[str, str]:
    """The words of the printed records (see ``core.records.WORDS``)."""
    dims = dimension_names()
    return {
        "history": QCoreApplication.translate("Records", "History of {group}"),
        "session": QCoreApplication.translate("Records", "Session {day}"),
        "day": QCoreApplication.translate("Records", "Date"),
        "plan": QCoreApplication.translate("Records", "Plan"),
        "place": QCoreApplication.translate("Records", "Place"),
        "facilitator": QCoreApplication.translate("Records", "Facilitator"),
        "minutes": QCoreApplication.translate("Records", "Minutes"),
        "attendance": QCoreApplication.translate("Records", "Attendance"),
        "sessions": QCoreApplication.translate("Records", "Sessions"),
        "covered": QCoreApplication.translate("Records", "Covered"),
        "to_come": QCoreApplication.translate("Records", "Still to come"),
        "shown": QCoreApplication.translate("Records", "What was shown"),
        "item": QCoreApplication.translate("Records", "Item"),
        "screens": QCoreApplication.translate("Records", "Screens"),
        "events": QCoreApplication.translate("Records", "Room events"),
        "checkin": QCoreApplication.translate("Records", "Check-in"),
        "groups": QCoreApplication.translate("Records", "Groups made"),
        "present": QCoreApplication.translate("Records", "Present"),
        "absent": QCoreApplication.translate("Records", "Absent"),
        "notes": QCoreApplication.translate("Records", "Notes"),
        "evaluation": QCoreApplication.translate("Records", "Evaluation"),
        "rating": QCoreApplication.translate("Records", "Rating"),
        "comment": QCoreApplication.translate("Records", "Comment"),
        "person": QCoreApplication.translate("Records", "Progress log: {person}"),
        "subgoals": QCoreApplication.translate("Records", "Sub-goals"),
        "subgoal": QCoreApplication.translate("Records", "Sub-goal"),
        "start": QCoreApplication.translate("Records", "Start"),
        "target": QCoreApplication.translate("Records", "Target"),
        "reached": QCoreApplication.translate("Records", "Reached"),
        "meetings": QCoreApplication.translate("Records", "Meetings"),
        "note": QCoreApplication.translate("Records", "Note"),
        "wellbeing": dims["wellbeing"],
        "attendance_mark": dims["attendance"],
        "homework": dims["homework"],
        "behaviour": dims["behaviour"],
        "network": dims["network"],
        "none": QCoreApplication.translate("Records", "None yet."),
        "ungrouped": QCoreApplication.translate("Records", "Without a group"),
        "rehearsals": QCoreApplication.translate("Records", "Rehearsals"),
        "exported": QCoreApplication.translate(
            "Records", "Exported {day}. Contains sensitive personal data: keep it safe."
        ),
        "everything": QCoreApplication.translate("Records", "Everything about {person}"),
        "in_sessions": QCoreApplication.translate("Records", "Session log"),
        "group": QCoreApplication.translate("Records", "Group"),
        "mentions": QCoreApplication.translate("Records", "Notes that name them"),
        "in_mentor": QCoreApplication.translate("Records", "Mentor log"),
        "not_ticked": QCoreApplication.translate("Records", "not ticked"),
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
        return QCoreApplication.translate("Records", "Check-in"), "   ".join(parts)
    if kind == "groups":
        sizes = data.get("sizes") or []
        text = QCoreApplication.translate("Records", "%1 groups for %2 people").replace(
            "%1", str(len(sizes))
        )
        return QCoreApplication.translate("Records", "Groups made"), text.replace(
            "%2", str(data.get("people", sum(sizes)))
        )
    if kind == "talking-round":
        return QCoreApplication.translate("Records", "Talking round"), ""
    if kind == "step-timer":
        minutes = round(float(data.get("seconds", 0)) / 60)
        from ..labels import minutes as duration

        return QCoreApplication.translate("Records", "Exercise timer"), duration(minutes)
    if kind == "panic":
        return QCoreApplication.translate("Records", "Pause screen"), ""
    return kind, ", ".join(f"{k}={v}" for k, v in sorted(data.items()))


QUESTIONS = ("engagement", "pace", "benefit")


def question_names() -> dict[str, str]:
    return {
        "engagement": QCoreApplication.translate("Records", "The group's engagement"),
        "pace": QCoreApplication.translate("Records", "Pace and timing"),
        "benefit": QCoreApplication.translate("Records", "Benefit for the participants"),
    }


def identity_text(text: str) -> str:
    """The inline warning for a pseudonym that looks like a real identity ('' when fine)."""
    from ...core.privacy import identity_problems

    found = identity_problems(text)
    lines = []
    if "number" in found:
        lines.append(
            QCoreApplication.translate(
                "Records", "This looks like a CPR number or fødselsnummer. Do not store it here."
            )
        )
    if "name" in found:
        lines.append(
            QCoreApplication.translate(
                "Records",
                "This looks like a full name. Use a pseudonym, for example initials or a nickname.",
            )
        )
    return "\n".join(lines)


def pseudonym_refusal(text: str, confirmed: str) -> str:
    """Why a pseudonym is not added yet ('' when it may be): an identity number never is; a
    full name only when the same text is added a second time (``confirmed``)."""
    from ...core.privacy import identity_problems

    found = identity_problems(text)
    if "number" in found:
        return QCoreApplication.translate(
            "Records", "Not added: it looks like a CPR number or fødselsnummer. Use a pseudonym."
        )
    if "name" in found and text != confirmed:
        return "\n".join(
            (
                identity_text(text),
                QCoreApplication.translate("Records", "Add it again to keep it anyway."),
            )
        )
    return ""
