from __future__ import annotations

from facilitator.core.plans import dump_plan, parse_clock, parse_plan_file

PLAN = """format: 1
id: dag-1
title: Dag 1 – Mentalisering
language: da
audience: [fagpersoner]
start: '09:00'
target_end: '10:30'
notes: Husk navneskilte.
sections:
  - title: Velkommen
    entries:
      - item: mentalisering.viden
        minutes: 25
        note: Kun de første slides.
        slides: [1, 2, 3]
        hidden: [2]
      - break: Kaffe
        minutes: 15
        flexible: false
      - free: Runde
        minutes: 10
        slide: |
          # Hvad håber du?
"""


def test_round_trip_gives_the_same_file():
    plan, problems = parse_plan_file(PLAN)
    assert problems == [] and plan is not None
    once = dump_plan(plan)
    again, _ = parse_plan_file(once)
    assert again == plan
    assert dump_plan(again) == once


def test_fields_are_read():
    plan, _ = parse_plan_file(PLAN)
    first, pause, free = plan.entries
    assert (first.ref, first.slides, first.hidden, first.line) == (
        "mentalisering.viden",
        (1, 2, 3),
        (2,),
        12,
    )
    assert (pause.kind, pause.label, pause.flexible) == ("break", "Kaffe", False)
    assert free.slide == "# Hvad håber du?" and plan.minutes == 50


def test_bad_entries_name_their_line():
    text = PLAN.replace("        minutes: 15\n", "        minutes: lots\n")
    plan, problems = parse_plan_file(text, None)
    assert [(p.line, p.message) for p in problems] == [
        (18, "'minutes' must be whole minutes from 0 to 600")
    ]
    assert plan is not None and len(plan.entries) == 2


def test_not_yaml_and_not_a_plan():
    _, problems = parse_plan_file("title: [x\n")
    assert problems[0].line >= 1 and "not valid YAML" in problems[0].message
    _, problems = parse_plan_file("- a\n- b\n")
    assert "a plan file must be" in problems[0].message
    _, problems = parse_plan_file("format: 1\nid: x\ntitle: T\nstart: 25:00\nsections: []\n")
    assert [p.line for p in problems] == [4, 5]


def test_clock():
    assert parse_clock("09:30") == 570 and parse_clock("9.05") == 545
    assert parse_clock("24:00") is None and parse_clock("nine") is None


def test_a_bundled_template_must_fill_its_time_but_a_users_plan_may_end_early():
    text = (
        "format: 1\nid: p\ntitle: Dag\nstart: '09:00'\ntarget_end: '10:00'\n"
        "sections:\n  - title: A\n    entries:\n      - break: Pause\n        minutes: 50\n"
    )
    _, own = parse_plan_file(text)
    assert own == []
    _, bundled = parse_plan_file(text, bundled=True)
    assert [(p.line, p.severity) for p in bundled] == [(5, "warning")]
    assert "50 min, but 09:00-10:00 has 60" in bundled[0].message
    _, over = parse_plan_file(text.replace("50", "70"))
    assert [p.severity for p in over] == ["warning"]
