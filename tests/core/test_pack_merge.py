"""Three-way merges of a trainer's copy: slide by slide, then line by line within a slide."""

from __future__ import annotations

from facilitator.core.packs.merge import derived_from, merge_bodies, split_slides

BASE = "# One\n\nNote:\na\n\n---\n\n# Two\n\nline 1\nline 2\nline 3\n\n---\n\n# Three\n"


def test_a_slide_the_new_version_adds_joins_the_copy():
    ours = BASE.replace("# One", "# One, mine")
    theirs = BASE + "\n---\n\n# Four\n"
    outcome = merge_bodies(BASE, ours, theirs)
    assert outcome.clean and outcome.merged_slides == [4]
    assert split_slides(outcome.text(), True) == [
        "# One, mine\n\nNote:\na",
        *split_slides(theirs, True)[1:],
    ]


def test_a_slide_the_trainer_removed_stays_removed_when_the_pack_did_not_touch_it():
    ours = BASE.replace("---\n\n# Three\n", "")
    theirs = BASE.replace("# One", "# One, new")
    outcome = merge_bodies(BASE, ours, theirs)
    assert outcome.clean
    assert split_slides(outcome.text(), True) == [
        "# One, new\n\nNote:\na",
        "# Two\n\nline 1\nline 2\nline 3",
    ]


def test_different_lines_of_the_same_slide_merge_line_by_line():
    ours = BASE.replace("line 1", "line 1, mine")
    theirs = BASE.replace("line 3", "line 3, new")
    outcome = merge_bodies(BASE, ours, theirs)
    assert outcome.clean and outcome.merged_slides == [2]
    assert "line 1, mine\nline 2\nline 3, new" in outcome.text()


def test_the_same_line_changed_twice_is_a_conflict_and_each_choice_is_honoured():
    ours = BASE.replace("line 2", "line 2, mine")
    theirs = BASE.replace("line 2", "line 2, new")
    outcome = merge_bodies(BASE, ours, theirs)
    (conflict,) = outcome.conflicts
    assert conflict.slide == 2 and "mine" in conflict.ours and "new" in conflict.theirs
    assert "line 2, mine" in outcome.text({2: "ours"})
    assert "line 2, new" in outcome.text({2: "theirs"})
    assert "my own words" in outcome.text({2: "# Two\n\nmy own words"})


def test_handouts_merge_line_by_line_as_one_text():
    base = "Intro\n\n---\n\nmiddle\n\nend\n"  # a '---' in a handout is no slide break
    ours = base.replace("Intro", "Intro, mine")
    theirs = base.replace("end", "end, new")
    outcome = merge_bodies(base, ours, theirs, deck=False)
    assert outcome.clean and "Intro, mine" in outcome.text() and "end, new" in outcome.text()


def test_derived_from_is_read_from_the_front_matter_only_when_well_formed():
    assert derived_from("---\nid: a\nderived_from: pack.item@3\n---\nx\n") == ("pack.item", 3)
    assert derived_from("---\nid: a\nderived_from: pack.item\n---\nx\n") is None
    assert derived_from("---\nid: a\n---\nderived_from: pack.item@3\n") is None
