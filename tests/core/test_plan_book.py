"""Plans in the database against the library: copies, imports, changed and missing items."""

from __future__ import annotations

from dataclasses import replace

from facilitator.core.loader import Root, load_library
from facilitator.core.model import PlanEntry
from facilitator.core.plan_book import (
    PlanBook,
    check_import,
    entry_slides,
    entry_states,
    export_text,
    plan_slides,
    slugify,
)


def book(database, library):
    return PlanBook(lambda: database, library)


def test_a_template_becomes_an_own_plan_with_its_own_id(database, planner_library):
    plans = book(database, planner_library)
    template = planner_library.plan("m.dag")
    first = plans.from_template(template)
    second = plans.from_template(template)
    assert (first.id, second.id) == ("m.dag", "m.dag-2")
    loaded, versions = plans.load(first.id)
    assert loaded.entries == template.entries and loaded.title == template.title
    assert versions == {"m.deck": 1, "m.ex": 1, "m.handout": 1}
    copy = plans.duplicate(first.id, "Kopi af dagen")
    assert copy.id == "kopi-af-dagen" and plans.load(copy.id)[0].entries == template.entries
    assert [s.id for s in plans.summaries()][:1] in (["kopi-af-dagen"], ["m.dag-2"], ["m.dag"])
    plans.delete(first.id)
    assert plans.load(first.id) is None


def test_new_plan_ids_are_readable_and_unique(database, planner_library):
    plans = book(database, planner_library)
    assert slugify("Kursus på Ærø – dag 1") == "kursus-paa-aeroe-dag-1"
    assert slugify("!!!") == "plan"
    one = plans.create("Min plan")
    two = plans.create("Min plan")
    assert (one.id, two.id) == ("min-plan", "min-plan-2")
    assert one.start == "09:00" and len(one.sections) == 1


def test_an_item_changed_in_a_library_update_is_marked(
    database, planner_library, planner_library_dir
):
    plans = book(database, planner_library)
    plan = plans.from_template(planner_library.plan("m.dag"))
    updated = load_library([Root(planner_library_dir(version=2), bundled=True)])
    later = book(database, updated)
    loaded, versions = later.load(plan.id)
    assert entry_states(loaded, updated, versions) == ["changed", "ok", "ok", "ok", "ok"]
    versions = later.mark_seen(loaded, versions, "m.deck")
    assert entry_states(loaded, updated, versions) == ["ok"] * 5
    assert later.load(plan.id)[1]["m.deck"] == 2


def test_import_with_unknown_ids_keeps_the_plan_and_marks_the_entries(
    tmp_path, database, planner_library
):
    text = (planner_library.plan("m.dag").path).read_text(encoding="utf-8")
    path = tmp_path / "fra-kollega.plan.yaml"
    path.write_text(text.replace("m.ex", "andet.modul.oevelse"), encoding="utf-8")
    check = check_import(path, planner_library)
    assert check.ok and [(p.line, p.message) for p in check.unknown] == [
        (11, "unknown item id 'andet.modul.oevelse'")
    ]
    plans = book(database, planner_library)
    plan = plans.import_checked(check)
    loaded, versions = plans.load(plan.id)
    assert entry_states(loaded, planner_library, versions)[1] == "missing"
    assert versions.get("andet.modul.oevelse", 0) == 0


def test_a_bad_or_newer_plan_file_is_refused_with_file_and_line(
    tmp_path, database, planner_library
):
    plans = book(database, planner_library)
    plans.create("Der var her først")
    before = [(s.id, s.title) for s in plans.summaries()]
    good = planner_library.plan("m.dag").path.read_text(encoding="utf-8")
    cases = {
        "newer.plan.yaml": (good.replace("format: 1", "format: 7"), 1, "newer Facilitator"),
        "minutes.plan.yaml": (
            good.replace("minutes: 15", "minutes: mange"),
            12,
            "'minutes' must be whole minutes",
        ),
        "yaml.plan.yaml": (good.replace("sections:", "sections: [\n"), 8, "not valid YAML"),
    }
    for name, (text, line, words) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        check = check_import(path, planner_library)
        assert not check.ok, name
        (problem,) = check.errors
        assert problem.file == str(path) and problem.line == line and words in problem.message
    binary = tmp_path / "binary.plan.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in check_import(binary, planner_library).errors[0].message
    assert [(s.id, s.title) for s in plans.summaries()] == before


def test_export_import_export_gives_the_same_file(tmp_path, database, planner_library):
    plans = book(database, planner_library)
    plan = plans.from_template(planner_library.plan("m.dag"))
    plan = replace(plan, day="2026-12-01", notes="Husk kaffe.")
    plans.save(plan, {})
    first = export_text(plans.load(plan.id)[0])
    path = tmp_path / "ud.plan.yaml"
    path.write_text(first, encoding="utf-8")
    plans.delete(plan.id)
    imported = plans.import_checked(check_import(path, planner_library))
    assert imported.id == plan.id
    assert export_text(plans.load(imported.id)[0]) == first
    assert "date: '2026-12-01'" in first


def test_the_slides_of_a_plan_follow_picks_and_hidden_slides(planner_library):
    deck = planner_library.item("m.deck")
    entry = PlanEntry("item", 10, ref="m.deck")
    assert [s.index for s in entry_slides(entry, deck)] == [0, 1, 2]
    picked = replace(entry, slides=(3, 1), hidden=(1,))
    assert [s.index for s in entry_slides(picked, deck)] == [2]
    assert [s.index for s in entry_slides(replace(entry, hidden=(2,)), deck)] == [0, 2]
    plan = planner_library.plan("m.dag")
    titles = [s.title for s in plan_slides(plan, planner_library)]
    assert titles == ["Velkommen", "Andet slide", "Tredje slide", "Hvad tager du med?"]


def test_entries_move_into_any_section_and_removing_a_heading_keeps_its_entries(
    planner_library,
):
    from facilitator.core.planning import PlanEditor

    editor = PlanEditor(planner_library.plan("m.dag"))
    editor.add_section(2, "Tom")
    editor.move_entry(0, 2, 0)  # the deck into the empty last section
    names = [[e.ref or e.label for e in s.entries] for s in editor.plan.sections]
    assert names == [["m.ex", "Pause"], ["Runde", "m.handout"], ["m.deck"]]
    editor.move_entry(4, 0, 1)  # and back, between the exercise and the break
    assert [e.ref or e.label for e in editor.plan.sections[0].entries] == [
        "m.ex",
        "m.deck",
        "Pause",
    ]
    editor.rename_section(1, "Afslutning")
    editor.remove_section(1)
    assert [s.title for s in editor.plan.sections] == ["Start", "Tom"]
    assert len(editor.plan.entries) == 5 and editor.plan.sections[0].entries[-2].label == "Runde"
    editor.set_entry(0, note="Husk kort", flexible=False)
    assert editor.plan.entries[0].note == "Husk kort" and not editor.plan.entries[0].flexible
    for _ in range(6):
        assert editor.undo()
    assert editor.plan == planner_library.plan("m.dag")


def test_a_plan_pdf_is_named_after_its_current_title_in_its_language():
    from dataclasses import replace

    from facilitator.core.model import Plan
    from facilitator.core.plan_book import pdf_file_name

    plan = Plan(id="ny-plan", title="Kursus, blok 1 – Mentalisering", language="da")
    assert pdf_file_name(plan, "runsheet") == "kursus-blok-1-mentalisering-koereplan.pdf"
    assert pdf_file_name(replace(plan, language="nb"), "handout").endswith("-deltakerark.pdf")
    assert pdf_file_name(replace(plan, language="en"), "cards").endswith("-exercise-cards.pdf")
