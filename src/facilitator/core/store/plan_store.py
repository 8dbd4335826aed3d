"""Plans in the database: save a ``core.model.Plan`` as rows, and read it back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from sqlmodel import col, delete, select

from ..model import Plan, PlanEntry, PlanSection
from .database import Database
from .tables import PlanEntryRow, PlanRow


def _numbers(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x.strip())


def save_plan(db: Database, plan: Plan, versions: dict[str, int] | None = None) -> int:
    """Insert or replace the plan with this id; returns its row id. One transaction."""
    now = datetime.now().isoformat(timespec="seconds")
    versions = versions or {}
    with db.write() as session:
        row = session.exec(select(PlanRow).where(PlanRow.uid == plan.id)).first()
        if row is None:
            row = PlanRow(uid=plan.id, title=plan.title, created=now, updated=now)
        row.title = plan.title
        row.language = plan.language
        row.audience = ", ".join(plan.audience)
        row.start = plan.start
        row.day = plan.day
        row.target_end = plan.target_end
        row.notes = plan.notes
        row.sections = json.dumps([s.title for s in plan.sections], ensure_ascii=False)
        row.updated = now
        session.add(row)
        session.flush()
        session.exec(delete(PlanEntryRow).where(col(PlanEntryRow.plan_id) == row.id))
        position = 0
        for section_no, section in enumerate(plan.sections):
            for entry in section.entries:
                session.add(
                    PlanEntryRow(
                        plan_id=row.id,
                        position=position,
                        section_no=section_no,
                        kind=entry.kind,
                        ref=entry.ref,
                        label=entry.label,
                        minutes=entry.minutes,
                        note=entry.note,
                        slide=entry.slide,
                        slides=",".join(map(str, entry.slides)),
                        hidden=",".join(map(str, entry.hidden)),
                        flexible=entry.flexible,
                        item_version=versions.get(entry.ref, 0),
                    )
                )
                position += 1
        assert row.id is not None
        return int(row.id)


def load_plan(db: Database, uid: str) -> tuple[Plan, dict[str, int]] | None:
    """The plan and the item versions it was planned with, or None."""
    with db.session() as session:
        row = session.exec(select(PlanRow).where(PlanRow.uid == uid)).first()
        if row is None:
            return None
        entries = session.exec(
            select(PlanEntryRow)
            .where(PlanEntryRow.plan_id == row.id)
            .order_by(col(PlanEntryRow.position))
        ).all()
    sections = [PlanSection(title=str(t)) for t in json.loads(row.sections or "[]")]
    versions: dict[str, int] = {}
    for e in entries:
        while len(sections) <= e.section_no:
            sections.append(PlanSection(title=""))
        entry = PlanEntry(
            kind=e.kind,
            minutes=e.minutes,
            ref=e.ref,
            label=e.label,
            note=e.note,
            slide=e.slide,
            slides=_numbers(e.slides),
            hidden=_numbers(e.hidden),
            flexible=bool(e.flexible),
        )
        home = sections[e.section_no]
        sections[e.section_no] = replace(home, entries=(*home.entries, entry))
        if e.ref and e.item_version:
            versions[e.ref] = e.item_version
    plan = Plan(
        id=row.uid,
        title=row.title,
        language=row.language,
        audience=tuple(a.strip() for a in row.audience.split(",") if a.strip()),
        start=row.start,
        target_end=row.target_end,
        day=row.day,
        notes=row.notes,
        sections=tuple(sections),
        bundled=False,
    )
    return plan, versions


def list_plans(db: Database) -> list[tuple[str, str, str]]:
    """(uid, title, updated) of every saved plan, newest first."""
    with db.session() as session:
        rows = session.exec(select(PlanRow).order_by(col(PlanRow.updated).desc())).all()
        return [(r.uid, r.title, r.updated) for r in rows]


def delete_plan(db: Database, uid: str) -> None:
    with db.write() as session:
        row = session.exec(select(PlanRow).where(PlanRow.uid == uid)).first()
        if row is not None:
            session.delete(row)
