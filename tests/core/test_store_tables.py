"""The sqlmodel classes match the schema the migrations make, and plans survive a round trip."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlmodel import SQLModel

from facilitator.core.model import Plan, PlanEntry, PlanSection
from facilitator.core.store import tables  # noqa: F401  (registers the tables)
from facilitator.core.store.database import open_database
from facilitator.core.store.plan_store import delete_plan, list_plans, load_plan, save_plan


def test_every_table_class_matches_the_migrated_schema(tmp_path):
    db = open_database(tmp_path / "f.db", datetime(2026, 11, 23))
    connection = sqlite3.connect(db.path)
    in_db = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {t.name for t in SQLModel.metadata.sorted_tables} == in_db
    for table in SQLModel.metadata.sorted_tables:
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table.name})")}
        assert columns == {c.name for c in table.columns}, table.name
    connection.close()


def test_plan_round_trip_keeps_sections_entries_and_versions(tmp_path):
    db = open_database(tmp_path / "f.db", datetime(2026, 11, 23))
    plan = Plan(
        id="mit.forloeb",
        title="Mit forløb",
        start="09:00",
        target_end="11:00",
        audience=("unge",),
        notes="Noter",
        sections=(
            PlanSection(
                "Start",
                (
                    PlanEntry("item", 20, ref="a.deck", slides=(1, 2), hidden=(2,)),
                    PlanEntry("break", 10, label="Pause", flexible=False),
                ),
            ),
            PlanSection("Tom", ()),
            PlanSection("Start", (PlanEntry("free", 5, label="Runde", slide="# Hej"),)),
        ),
    )
    save_plan(db, plan, {"a.deck": 3})
    loaded, versions = load_plan(db, "mit.forloeb")
    assert loaded == Plan(**{**plan.__dict__, "bundled": False})
    assert versions == {"a.deck": 3}
    save_plan(db, Plan(id="mit.forloeb", title="Nyt navn", sections=()))
    assert [t for _, t, _ in list_plans(db)] == ["Nyt navn"]
    delete_plan(db, "mit.forloeb")
    assert list_plans(db) == [] and load_plan(db, "mit.forloeb") is None
    count = sqlite3.connect(db.path).execute("SELECT count(*) FROM plan_entry").fetchone()[0]
    assert count == 0
