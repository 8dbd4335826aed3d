"""Reading the records for people: exports as CSV and as text (what a course covered, and a plan
re-timed to its actual minutes, are ``core.coverage``).

Qt-free. The CSV files have stable English column names (a spreadsheet or a script can rely on
them) and are written by ``csv_export``, so no typed text becomes a spreadsheet formula; the
readable documents (Markdown, printed to PDF by ``render.text_pdf.export_text_pdf``) take their
words from the caller, so the UI hands in its translations.

Everything a trainer typed is escaped before it becomes Markdown (``core.markdown_escape``): a
note cannot add a heading, a link, a table cell or HTML to the document. The readable documents
write dates with their weekday in the caller's ``language`` (``core.dates.long_date``); the CSV
files keep ISO dates.

Attendance is read by one rule, ``SessionLog.attendance`` (the register wins when anyone was
ticked; everyone else on the group's list is then absent), for the screen, the CSV and the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from .coverage import coverage
from .csv_export import csv_text
from .dates import day_text
from .markdown_escape import paragraphs, table, text
from .model import Plan

if TYPE_CHECKING:  # the stores import sqlmodel: only callers that have a database need them
    from .store.log_store import SessionLog
    from .store.mentor_store import MentorLog

Title = Callable[[str], str]  # an item id (or a break's label) -> what a person reads

# The words of the readable documents, in English; the UI passes its translations.
WORDS: dict[str, str] = {
    "history": "History of {group}",
    "session": "Session {day}",
    "day": "Date",
    "plan": "Plan",
    "place": "Place",
    "facilitator": "Facilitator",
    "minutes": "Minutes",
    "attendance": "Attendance",
    "sessions": "Sessions",
    "covered": "Covered",
    "to_come": "Still to come",
    "shown": "What was shown",
    "item": "Item",
    "screens": "Screens",
    "events": "Room events",
    "checkin": "Check-in",
    "groups": "Groups made",
    "present": "Present",
    "absent": "Absent",
    "notes": "Notes",
    "evaluation": "Evaluation",
    "rating": "Rating",
    "comment": "Comment",
    "person": "Progress log: {person}",
    "subgoals": "Sub-goals",
    "subgoal": "Sub-goal",
    "start": "Start",
    "target": "Target",
    "reached": "Reached",
    "meetings": "Meetings",
    "note": "Note",
    "wellbeing": "Well-being",
    "attendance_mark": "Attendance",
    "homework": "Homework",
    "behaviour": "Behaviour",
    "network": "Network",
    "none": "None yet.",
    "ungrouped": "Without a group",
    "rehearsals": "Rehearsals",
    "exported": "Exported {day}. Contains sensitive personal data: keep it safe.",
    "everything": "Everything about {person}",
    "in_sessions": "Session log",
    "group": "Group",
    "mentions": "Notes that name them",
    "in_mentor": "Mentor log",
    "not_ticked": "not ticked",
}


def _whole(minutes: float) -> str:
    return "<1" if 0 < minutes < 0.5 else f"{minutes:.0f}"


def _minutes(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


# CSV ----------------------------------------------------------------------------------------


def group_history_csv(log: SessionLog, group_id: int | None) -> str:
    """One line per session: day, title, plan, place, facilitator, minutes shown, attendance."""
    rows: list[list[object]] = [
        ["session", "day", "title", "plan", "place", "facilitator", "minutes", "attendance"]
    ]
    for s in log.history(group_id):
        rows.append(
            [s.id, s.day, s.title, s.plan_ref, s.place, s.facilitator, s.minutes, s.attendance]
        )
    return csv_text(rows)


def session_record_csv(log: SessionLog, session_id: int) -> str:
    """Everything about one session, one record a line; the first column says what it is."""
    info = log.session(session_id)
    if info is None:
        raise KeyError(session_id)
    came = log.attendance(session_id)
    rows: list[list[object]] = [
        ["record", "day", "title", "plan", "place", "facilitator", "attendance"],
        [
            "session",
            info.day,
            info.title,
            info.plan_ref,
            info.place,
            info.facilitator,
            came.count,
        ],
        ["record", "kind", "ref", "screens", "seconds", "first shown"],
    ]
    rows += [["shown", s.kind, s.ref, s.screens, s.seconds, s.first] for s in log.shown(session_id)]
    rows.append(["record", "kind", "data", "at"])
    rows += [["event", e.kind, _event_data(e.data), e.at] for e in log.events(session_id)]
    if came.by_register:
        rows.append(["record", "participant", "present"])
        rows += [["presence", name, "yes"] for name in came.present]
        rows += [["presence", name, "no"] for name in came.absent]
    rows.append(["record", "question", "rating", "text"])
    rows += [["rating", q, r, t] for q, r, t in log.ratings(session_id)]
    rows.append(["record", "note"])
    rows.append(["note", log.note(session_id)])
    return csv_text(rows)


def _event_data(data: Mapping[str, object]) -> str:
    return "; ".join(f"{k}={_flat(v)}" for k, v in sorted(data.items()))


def _flat(value: object) -> str:
    if isinstance(value, dict):
        return ",".join(f"{k}:{v}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    return str(value)


# Readable documents (Markdown for the PDF) --------------------------------------------------


def group_history_markdown(
    log: SessionLog,
    group_id: int | None,
    *,
    title: Title,
    plans: Sequence[Plan] = (),
    plan_title: Title = str,
    words: Mapping[str, str] = WORDS,
    language: str = "en",
) -> str:
    from .store.session_history import REHEARSALS  # loaded already: ``log`` is a SessionLog

    w = {**WORDS, **words}
    group = log.group(group_id) if group_id is not None and group_id > 0 else None
    name = group.name if group else w["rehearsals" if group_id == REHEARSALS else "ungrouped"]
    parts = [f"# {text(w['history'].replace('{group}', name))}"]
    sessions = log.history(group_id)
    parts.append(f"## {text(w['sessions'])}")
    if sessions:
        parts.append(
            table(
                [w["day"], w["plan"], w["place"], w["facilitator"], w["minutes"], w["attendance"]],
                [
                    [
                        day_text(s.day, language),
                        plan_title(s.plan_ref) if s.plan_ref else s.title,
                        s.place,
                        s.facilitator,
                        _minutes(s.minutes),
                        s.attendance,
                    ]
                    for s in sessions
                ],
            )
        )
    else:
        parts.append(text(w["none"]))
    shown = log.minutes_by_ref(group_id)
    rows = coverage(plans, shown)
    covered = [r for r in rows if r.covered]
    to_come = [r for r in rows if not r.covered]
    if covered or shown:
        parts.append(f"## {text(w['covered'])}")
        listed = {r.ref for r in covered}
        extra = [(ref, m) for ref, m in sorted(shown.items()) if ref not in listed]
        parts.append(
            table(
                [w["item"], w["minutes"]],
                [[title(r.ref), _minutes(r.actual)] for r in covered]
                + [[title(ref), _minutes(m)] for ref, m in extra],
            )
        )
    if plans:
        parts.append(f"## {text(w['to_come'])}")
        if to_come:
            parts.append(
                table(
                    [w["plan"], w["item"], w["minutes"]],
                    [[r.plan, title(r.ref), r.planned] for r in to_come],
                )
            )
        else:
            parts.append(text(w["none"]))
    return "\n\n".join(parts) + "\n"


def _describe(kind: str, data: Mapping[str, object]) -> tuple[str, str]:
    return kind, _event_data(data)


def session_record_markdown(
    log: SessionLog,
    session_id: int,
    *,
    title: Title,
    plan_title: Title = str,
    words: Mapping[str, str] = WORDS,
    questions: Mapping[str, str] | None = None,
    describe: Callable[[str, Mapping[str, object]], tuple[str, str]] = _describe,
    language: str = "en",
) -> str:
    """A session's record, readable. ``questions`` names the evaluation's questions (by key;
    the key ``comment`` is the free text); ``describe`` words a room event as (what, details)."""
    w = {**WORDS, **words}
    info = log.session(session_id)
    if info is None:
        raise KeyError(session_id)
    group = log.group(info.group_id) if info.group_id is not None else None
    heading = w["session"].replace("{day}", day_text(info.day, language))
    if group is not None:
        heading = f"{group.name}: {heading}"
    parts = [f"# {text(heading)}"]
    details: list[tuple[str, object]] = [
        (w["plan"], plan_title(info.plan_ref) if info.plan_ref else info.title),
        (w["place"], info.place),
        (w["facilitator"], info.facilitator),
    ]
    came = log.attendance(session_id)
    details.append((w["attendance"], came.count))
    parts.append(table(["", ""], [[k, v] for k, v in details]))
    shown = log.shown(session_id)
    parts.append(f"## {text(w['shown'])}")
    if shown:
        parts.append(
            table(
                [w["item"], w["screens"], w["minutes"]],
                [[title(s.ref), s.screens, _whole(s.seconds / 60)] for s in shown],
            )
        )
    else:
        parts.append(text(w["none"]))
    events = log.events(session_id)
    if events:
        parts.append(f"## {text(w['events'])}")
        lines = []
        for e in events:
            what, said = describe(e.kind, e.data)
            tail = f": {text(said)}" if said else ""
            lines.append(f"- {text(e.at[11:16])} {text(what)}{tail}")
        parts.append("\n".join(lines))
    if came.by_register:
        parts.append(f"## {text(w['attendance'])}")
        parts.append(
            f"**{text(w['present'])}:** {text(', '.join(came.present) or '–')}  \n"
            f"**{text(w['absent'])}:** {text(', '.join(came.absent) or '–')}"
        )
    ratings = log.ratings(session_id)
    asked = questions or {}
    rated = [(q, r) for q, r, _t in ratings if q != "comment" and r]
    comments = [t for q, _r, t in ratings if t.strip()]
    if rated or comments:
        parts.append(f"## {text(w['evaluation'])}")
    if rated:
        parts.append(table(["", w["rating"]], [[asked.get(q, q), f"{r} / 5"] for q, r in rated]))
    for comment in comments:
        parts.append(f"**{text(w['comment'])}:**  \n{paragraphs(comment)}")
    note = log.note(session_id)
    if note.strip():
        parts.append(f"## {text(w['notes'])}")
        parts.append(paragraphs(note))
    return "\n\n".join(parts) + "\n"


def person_markdown(
    mentor: MentorLog,
    person_id: int,
    *,
    today: str,
    words: Mapping[str, str] = WORDS,
    chart: str = "",
    language: str = "en",
) -> str:
    """Everything about a person, readable: sub-goals, meetings with marks and notes.

    ``chart`` names a picture file (beside the document) drawn above the meetings.
    """
    from .store.mentor_store import DIMENSIONS

    w = {**WORDS, **words}
    name = mentor.pseudonym(person_id)
    parts = [f"# {text(w['person'].replace('{person}', name))}"]
    parts.append(f"*{text(w['exported'].replace('{day}', today))}*")
    parts.append(f"## {text(w['subgoals'])}")
    goals = mentor.subgoals(person_id)
    if goals:
        parts.append(
            table(
                [w["subgoal"], w["start"], w["target"], w["reached"]],
                [
                    [
                        g.text,
                        *(
                            day_text(d, language)
                            for d in (g.start_day, g.target_day, g.reached_day)
                        ),
                    ]
                    for g in goals
                ],
            )
        )
    else:
        parts.append(text(w["none"]))
    parts.append(f"## {text(w['meetings'])}")
    if chart:
        parts.append(f"![]({chart})")
    marks = mentor.marks(person_id)
    labels = [w["attendance_mark"] if d == "attendance" else w[d] for d in DIMENSIONS]
    if marks:
        parts.append(
            table(
                [w["day"], *labels],
                [[day_text(m.day, language), *(m.values[d] for d in DIMENSIONS)] for m in marks],
            )
        )
        noted = [m for m in marks if m.note.strip()]
        if noted:
            parts.append(f"## {text(w['notes'])}")
            for m in noted:
                parts.append(f"**{text(day_text(m.day, language))}**  \n{paragraphs(m.note)}")
    else:
        parts.append(text(w["none"]))
    return "\n\n".join(parts) + "\n"


# One pseudonym in both logs (the right of access, and erasure) ------------------------------


def people(log: SessionLog, mentor: MentorLog) -> list[str]:
    """Every pseudonym in either log, once each (the list to export or erase from)."""
    names = set(log.pseudonyms()) | {name for _pid, name in mentor.people()}
    return sorted(names, key=str.casefold)


def _mentor_id(mentor: MentorLog, pseudonym: str) -> int | None:
    return next((pid for pid, name in mentor.people() if name == pseudonym), None)


def pseudonym_csv(log: SessionLog, mentor: MentorLog, pseudonym: str) -> str:
    """Everything both logs hold about a pseudonym, one record a line (first column: what)."""
    rows: list[list[object]] = [["record", "pseudonym"], ["person", pseudonym]]
    rows.append(["record", "group", "session", "day", "present"])
    for p in log.participations(pseudonym):
        present = "" if p.present is None else ("yes" if p.present else "no")
        rows.append(["attendance", p.group, p.session_id or "", p.day, present])
    rows.append(["record", "session", "day", "text"])
    rows += [["mention", sid, day, body] for sid, day, body in log.mentions(pseudonym)]
    pid = _mentor_id(mentor, pseudonym)
    text_rows = csv_text(rows)
    if pid is not None:
        text_rows += mentor.export_csv(pid).lstrip("\ufeff")
    return text_rows


def pseudonym_markdown(
    log: SessionLog,
    mentor: MentorLog,
    pseudonym: str,
    *,
    today: str,
    words: Mapping[str, str] = WORDS,
) -> str:
    """Everything both logs hold about a pseudonym, readable (for the PDF)."""
    w = {**WORDS, **words}
    parts = [f"# {text(w['everything'].replace('{person}', pseudonym))}"]
    parts.append(f"*{text(w['exported'].replace('{day}', today))}*")
    parts.append(f"## {text(w['in_sessions'])}")
    found = log.participations(pseudonym)
    if found:
        parts.append(
            table(
                [w["group"], w["day"], w["attendance"]],
                [
                    [
                        p.group,
                        p.day,
                        w["not_ticked"]
                        if p.present is None
                        else (w["present"] if p.present else w["absent"]),
                    ]
                    for p in found
                ],
            )
        )
    else:
        parts.append(text(w["none"]))
    mentions = log.mentions(pseudonym)
    if mentions:
        parts.append(f"## {text(w['mentions'])}")
        for _sid, day, body in mentions:
            parts.append(f"**{text(day)}**  \n{paragraphs(body)}")
    pid = _mentor_id(mentor, pseudonym)
    parts.append(f"## {text(w['in_mentor'])}")
    if pid is None:
        parts.append(text(w["none"]))
    else:
        mentor_part = person_markdown(mentor, pid, today=today, words=words)
        # One level down, without its own title and date line: it is a part of this document.
        lines = mentor_part.split("\n\n")[2:]
        parts += [("#" + line if line.startswith("#") else line) for line in lines]
    return "\n\n".join(parts) + "\n"


def erase_pseudonym(log: SessionLog, mentor: MentorLog, pseudonym: str) -> int:
    """Delete a pseudonym from both logs, here and in every backup; returns how many backup files
    could not be cleaned. Notes that name them are left for the trainer to read (``mentions``)."""
    left = log.erase_participant(pseudonym)
    pid = _mentor_id(mentor, pseudonym)
    if pid is not None:
        left = max(left, mentor.erase_person(pid))
    return left
