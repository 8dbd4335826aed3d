"""sqlmodel classes over the tables that ``migrations`` creates.

The migrations own the schema; these classes only map it. ``tests/core/test_store_tables.py``
checks that every class matches its table column for column.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Group(SQLModel, table=True):
    __tablename__ = "grp"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str = "course"
    created: str
    plan_refs: str = ""  # the course's plans, ids separated by commas


class PlanRow(SQLModel, table=True):
    __tablename__ = "plan"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)
    title: str
    group_id: int | None = Field(default=None, foreign_key="grp.id")
    language: str = "da"
    audience: str = ""
    day: str = ""
    start: str = ""
    target_end: str = ""
    notes: str = ""
    template: str = ""
    sections: str = "[]"  # JSON list of section titles, in order
    created: str
    updated: str


class PlanEntryRow(SQLModel, table=True):
    __tablename__ = "plan_entry"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id")
    position: int
    section_no: int = 0
    kind: str
    ref: str = ""
    label: str = ""
    minutes: int
    note: str = ""
    slide: str = ""
    slides: str = ""
    hidden: str = ""
    flexible: bool = True
    item_version: int = 0


class SessionRow(SQLModel, table=True):
    __tablename__ = "session"
    id: int | None = Field(default=None, primary_key=True)
    group_id: int | None = Field(default=None, foreign_key="grp.id")
    plan_id: int | None = Field(default=None, foreign_key="plan.id")
    title: str = ""
    day: str
    place: str = ""
    facilitator: str = ""
    started: str
    ended: str = ""
    attendance: int | None = None
    plan_ref: str = ""  # the plan's id (bundled or own); plan_id only for own plans
    rehearsal: bool = False  # out of the group's history; its minutes still teach the planner


class Shown(SQLModel, table=True):
    __tablename__ = "shown"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="session.id")
    kind: str
    ref: str = ""
    slide: int | None = None
    started: str
    seconds: float = 0.0


class Event(SQLModel, table=True):
    __tablename__ = "event"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int | None = Field(default=None, foreign_key="session.id")
    kind: str
    data: str = "{}"
    at: str


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="grp.id")
    pseudonym: str


class Presence(SQLModel, table=True):
    __tablename__ = "presence"
    session_id: int = Field(foreign_key="session.id", primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", primary_key=True)
    present: bool = True


class Note(SQLModel, table=True):
    __tablename__ = "note"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="session.id")
    text: str = ""
    updated: str


class Evaluation(SQLModel, table=True):
    __tablename__ = "evaluation"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="session.id")
    question: str
    rating: int | None = None
    text: str = ""


class Person(SQLModel, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    pseudonym: str = Field(unique=True)
    created: str
    keep_until: str = ""


class Subgoal(SQLModel, table=True):
    __tablename__ = "subgoal"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    text: str
    dimension: str = ""
    start_day: str
    target_day: str = ""
    reached_day: str = ""


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    day: str
    wellbeing: int | None = None
    attendance: int | None = None
    homework: int | None = None
    behaviour: int | None = None
    network: int | None = None
    note: str = ""


class Setting(SQLModel, table=True):
    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str
