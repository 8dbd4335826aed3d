"""Invented, pseudonymous demo records for the screenshots and for trying the screens.

Nothing here is about a real person: the groups, initials and notes are made up.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from ...core.model import Library
from ...core.store.database import Database
from ...core.store.log_store import SessionLog
from ...core.store.mentor_store import MentorLog

COURSE = (
    "mentalisering.plan-45",
    "robusthed.plan-45",
    "tanker-og-foelelser.plan-45",
    "selvkontrol.plan-45",
    "faellesskaber.plan-45",
    "motivation.plan-45",
)
PARTICIPANTS = ("A.", "B.K.", "E.", "F.", "J.S.", "K.", "L.", "M.H.", "N.", "O.", "S.", "T.")
NOTES = (
    "God energi i starten. Øvelsen i par fungerede bedst, da de selv valgte makker. "
    "Nogle var trætte efter idrætstimen.\n\nNæste gang: mere tid til refleksionsspørgsmålene.",
    "Roligt hold i dag. Samtalen om at gætte andres tanker tog længere tid end planlagt, "
    "og det var godt brugt.",
    "Uro i de første ti minutter. Pausen hjalp. To elever spurgte efter timen, hvor man kan få "
    "hjælp; jeg viste dem kontaktlisten.",
    "Stop og gå-øvelsen var et hit; de bad om at gøre den igen. Vaneeksperimentet nåede vi kun "
    "at starte på.\n\nHusk: kortene til næste gang, og spørg ind til eksperimentet.",
)


def fill(db: Database, library: Library, today: date, seed: int = 7) -> dict[str, int]:
    """Write a course with four sessions held and two mentor logs. Returns some ids."""
    rnd = random.Random(seed)
    start = today - timedelta(days=7 * 4)
    clock = [datetime.combine(start, datetime.min.time())]
    log = SessionLog(db, now=lambda: clock[0])
    group = log.add_group("9.a Trivselsforløb efterår")
    log.update_group(group, plan_refs=[p for p in COURSE if library.plan(p)])
    other = log.add_group("Forældreaften Vestbyen")
    people = [log.add_participant(group, p) for p in PARTICIPANTS]
    last_session = 0
    for week, plan_ref in enumerate(COURSE[:4]):
        plan = library.plan(plan_ref)
        day = start + timedelta(days=7 * week)
        clock[0] = datetime.combine(day, datetime.min.time()).replace(hour=10, minute=15)
        session = log.start_session(
            group_id=group,
            plan_ref=plan_ref,
            title=plan.title if plan else plan_ref,
            place="Lokale 12, Vestbyskolen",
            facilitator="Mette (AKT-lærer)",
        )
        last_session = session
        if plan is not None:
            for entry in plan.entries:
                ref = entry.ref if entry.kind == "item" else entry.label
                kind = (
                    library.item(ref).kind
                    if entry.kind == "item" and library.item(ref)
                    else (entry.kind)
                )
                seconds = entry.minutes * 60 * rnd.uniform(0.8, 1.35)
                slides = max(1, entry.minutes // 4)
                for n in range(slides):
                    log.record_shown(session, kind, ref, n + 1, seconds / slides)
        tally = {str(v): 0 for v in range(1, 6)}
        for _ in range(len(PARTICIPANTS) - rnd.randint(0, 3)):
            tally[str(min(5, max(1, round(rnd.gauss(2.6 + week * 0.45, 0.9)))))] += 1
        log.record_event(session, "checkin", scale="numbers", tally=tally)
        log.record_event(session, "groups", people=11, how="random", sizes=[4, 4, 3])
        for pid in people:
            log.mark_present(session, pid, rnd.random() > 0.12)
        if week < len(NOTES):
            log.save_note(session, NOTES[week])
        log.rate(session, "engagement", 3 + (week % 2))
        log.rate(session, "pace", 4 if week != 1 else 3)
        log.rate(session, "benefit", 4)
        log.rate(session, "comment", None, "Mere tid til øvelsen i par; kortere gennemgang.")
        clock[0] += timedelta(minutes=45)
        log.end_session(session)
    clock[0] = datetime.combine(today - timedelta(days=60), datetime.min.time()).replace(hour=18)
    evening = log.start_session(
        group_id=other, plan_ref="", title="Forældreaften", place="Aulaen", facilitator="Mette"
    )
    log.set_attendance(evening, 34)
    # Next week's lesson, run through at home: a rehearsal, listed apart from the class's history.
    clock[0] = datetime.combine(today - timedelta(days=2), datetime.min.time()).replace(hour=20)
    rehearsal = COURSE[4]
    plan = library.plan(rehearsal)
    tried = log.start_session(
        plan_ref=rehearsal, title=plan.title if plan else rehearsal, rehearsal=True
    )
    for entry in plan.entries if plan is not None else ():
        if entry.kind == "item" and library.item(entry.ref):
            log.record_shown(tried, library.item(entry.ref).kind, entry.ref, 1, entry.minutes * 50)
    log.end_session(tried)

    mentor = MentorLog(db, today=lambda: today)
    kim = mentor.add_person("Ræven")
    mentor.add_person("Sol")
    mentor.add_person("K.M.")
    first = today - timedelta(days=7 * 11)
    goals = [
        ("Møder til første time tre dage i træk", "attendance", 0, 5, 4),
        ("Siger til, når noget bliver for meget, i stedet for at gå", "behaviour", 2, 10, 9),
        ("Afleverer matematikopgaven hver fredag", "homework", 5, 14, None),
        ("Spiser frokost sammen med nogen fra klassen", "network", 6, 12, None),
    ]
    made = []
    for text, dimension, begin, target, reached in goals:
        goal = mentor.add_subgoal(
            kim,
            text,
            (first + timedelta(days=7 * target)).isoformat(),
            dimension,
            start_day=(first + timedelta(days=7 * begin)).isoformat(),
        )
        made.append((goal, reached))
    curves = {
        "wellbeing": (2, 2, 3, 2, 3, 3, 4, 3, 4, 4, 4, 5),
        "attendance": (1, 2, 2, 3, 4, 4, 3, 4, 4, 5, 4, 5),
        "homework": (2, 2, 1, 2, 2, 3, 3, 3, 3, 3, 4, 4),
        "behaviour": (3, 2, 3, 3, 3, 4, 3, 4, 4, 4, 4, 4),
        "network": (1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4),
    }
    meeting_notes = {
        0: "Første møde. Ræven vil gerne have styr på morgenerne.",
        4: "Har været i skole hele ugen. Stolt.",
        8: "Svær uge derhjemme; talte om, hvem man kan sige det til.",
        11: "Spiste frokost med to fra klassen i går.",
    }
    for week in range(12):
        day = (first + timedelta(days=7 * week)).isoformat()
        marks = {d: values[week] for d, values in curves.items()}
        mentor.add_meeting(kim, day, meeting_notes.get(week, ""), **marks)
    for goal, reached in made:
        if reached is not None:
            mentor.update_subgoal(
                goal, reached_day=(first + timedelta(days=7 * reached)).isoformat()
            )
    mentor.set_retention_months(12)
    return {"group": group, "session": last_session, "person": kim}
