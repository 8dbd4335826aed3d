from __future__ import annotations

from facilitator.core import paths
from facilitator.core.loader import Root, find_item, load_library, split_slides


def messages(library):
    return [(p.file.rsplit("/", 1)[-1], p.line, p.message, p.severity) for p in library.problems]


def test_loads_modules_items_and_plans(make_library):
    library = load_library([make_library()])
    assert library.problems == []
    (module,) = library.modules
    assert module.id == "m" and module.title == "Modul"
    assert [i.id for i in module.items] == ["m.deck", "m.ex"]
    deck = library.item("m.deck")
    assert deck.kind == "deck" and deck.duration == 20
    assert [s.layout for s in deck.slides] == ["title", "content"]
    assert deck.slides[0].notes == "Sig hej."
    assert "Note:" not in deck.slides[1].markdown
    assert deck.notes_count == 2
    exercise = library.item("m.ex").exercise
    assert [s.minutes for s in exercise.steps] == [2, 8]
    assert exercise.steps[1].text == "Gæt, hvad personen tænker."
    assert exercise.purpose == "At øve nysgerrighed."
    (plan,) = library.plans
    assert plan.minutes == 35 and [e.kind for e in plan.entries] == ["item", "break", "free"]


def test_one_broken_file_is_reported_and_the_rest_loads(make_library):
    root = make_library(
        **{
            "m__broken.md": "---\nid: m.broken\ntitle: [oops\nkind: deck\n---\nx\n",
            "m__kind.md": "---\nid: m.kind\ntitle: K\nkind: slideshow\nduration: 5\n---\nx\n",
        }
    )
    library = load_library([root])
    assert {i.id for i in library.items()} == {"m.deck", "m.ex"}
    found = messages(library)
    assert any(f == "broken.md" and "not valid YAML" in m and line >= 3 for f, line, m, _ in found)
    assert (
        "kind.md",
        4,
        "unknown kind 'slideshow' (use one of: deck, exercise, handout, guide)",
        "error",
    ) in found


def test_missing_and_duplicate_ids(make_library):
    root = make_library(
        **{
            "m__noid.md": "---\ntitle: No id\nkind: guide\nduration: 5\n---\nText\n",
            "m__dup.md": "---\ntitle: Dup\nid: m.deck\nkind: guide\nduration: 5\n---\nText\n",
        }
    )
    found = messages(load_library([root]))
    assert ("noid.md", 1, "missing 'id' in the front matter", "error") in found
    dup = [m for f, line, m, _ in found if f == "dup.md"]
    assert dup and "duplicate id 'm.deck'" in dup[0] and "deck.md" in dup[0]
    assert any(f == "dup.md" and line == 3 for f, line, _, _ in found)


def test_wrong_encoding_names_the_line(make_library):
    root = make_library()
    (root / "m" / "latin1.md").write_bytes(
        "---\nid: m.l\ntitle: T\nkind: guide\nduration: 5\n---\nlinje\nFælles\n".encode("latin-1")
    )
    found = messages(load_library([root]))
    assert any(f == "latin1.md" and line == 8 and "not UTF-8" in m for f, line, m, _ in found)


def test_empty_deck_missing_image_and_remote_image(make_library):
    root = make_library(
        **{
            "m__empty.md": "---\nid: m.empty\ntitle: E\nkind: deck\nduration: 5\n---\n\n",
            "m__img.md": "---\nid: m.img\ntitle: I\nkind: deck\nduration: 5\n---\n# A\n\n"
            "![x](billeder/mangler.png)\n\n![y](https://example.org/y.png)\n\nNote:\nn\n",
        }
    )
    found = messages(load_library([root]))
    assert any(f == "empty.md" and "no text" in m for f, _, m, _ in found)
    assert ("img.md", 9, "image not found: billeder/mangler.png", "error") in found
    assert any(f == "img.md" and line == 11 and "not a local file" in m for f, line, m, _ in found)


def test_exercise_missing_fields_are_warned(make_library):
    root = make_library(
        **{
            "m__thin.md": "---\nid: m.thin\ntitle: T\nkind: exercise\nduration: 5\n"
            "group_form: pairs\n---\n## Formål\nNoget.\n\n## Trin\n1. Gør det (10 min)\n",
        }
    )
    found = messages(load_library([root]))
    thin = [m for f, _, m, sev in found if f == "thin.md" and sev == "warning"]
    assert "exercise has no 'Materialer' section" in thin
    assert any("more than the exercise's 5 min" in m for m in thin)


def test_plan_with_unknown_item_and_newer_format(make_library):
    root = make_library(
        **{
            "plans__bad.plan.yaml": "format: 1\nid: bad\ntitle: B\nsections:\n  - title: S\n"
            "    entries:\n      - item: findes.ikke\n        minutes: 5\n",
            "plans__new.plan.yaml": "format: 9\nid: new\ntitle: N\nsections: []\n",
        }
    )
    library = load_library([root])
    found = messages(library)
    assert ("bad.plan.yaml", 7, "plan refers to unknown item id 'findes.ikke'", "error") in found
    assert any(
        f == "new.plan.yaml" and line == 1 and "newer Facilitator" in m for f, line, m, _ in found
    )
    assert library.plan("bad") is not None and library.plan("new") is None


def test_duplicate_across_roots_keeps_the_first(make_library, tmp_path):
    bundled = make_library()
    own = tmp_path / "own"
    (own / "x").mkdir(parents=True)
    (own / "x" / "module.md").write_text("---\nid: x\ntitle: X\n---\n", encoding="utf-8")
    (own / "x" / "d.md").write_text(
        "---\nid: m.deck\ntitle: Copy\nkind: guide\nduration: 5\n---\nText\n", encoding="utf-8"
    )
    library = load_library([Root(bundled, bundled=True), Root(own)])
    assert library.item("m.deck").title == "Følelser og tanker"
    assert library.item("m.deck").bundled
    assert any("duplicate id" in p.message for p in library.errors)


def test_slides_split_outside_code_fences_and_keep_lines():
    body = "# One\n\n```\n---\n```\n\nNote:\nA\n---\n\n<!-- layout: quote -->\n> Two\n"
    slides = split_slides(body, first_line=7)
    assert len(slides) == 2
    assert slides[0].markdown.count("---") == 1 and slides[0].notes == "A"
    assert slides[1].layout == "quote" and slides[1].line == 17


# find_item: one item without loading the whole library (``facilitator present ID``) -------------


def test_find_item_gives_what_the_whole_library_gives_for_every_bundled_item():
    roots = [Root(paths.bundled_content_dir(), bundled=True)]
    library = load_library(roots)
    for module in library.modules:
        for item in module.items:
            found = find_item(roots, item.id)
            assert found is not None, item.id
            assert found.item == item
            assert found.module.id == module.id
            assert found.module.items == module.items


def test_find_item_leaves_unknown_ids_and_plans_to_the_whole_library(make_library):
    roots = [Root(make_library())]
    assert find_item(roots, "m.nothing") is None
    assert find_item(roots, "p") is None  # a plan: present shows the plan
    assert find_item(roots, "Not An Id") is None
    found = find_item(roots, "m.ex")
    assert found is not None and found.item.kind == "exercise"
    assert [i.id for i in found.module.items] == ["m.deck", "m.ex"]


def test_find_item_keeps_the_first_of_duplicates_and_skips_broken_matches(make_library, tmp_path):
    bundled = make_library(
        **{"m__a-broken.md": "---\nid: 'm.fixed'\ntitle: [oops\nkind: deck\n---\nx\n"}
    )
    own = tmp_path / "own"
    (own / "x").mkdir(parents=True)
    (own / "x" / "module.md").write_text("---\nid: x\ntitle: X\n---\n", encoding="utf-8")
    (own / "x" / "d.md").write_text(
        "---\nid: m.deck\ntitle: Copy\nkind: guide\nduration: 5\n---\nText\n",
        encoding="utf-8",
    )
    (own / "x" / "e.md").write_text(
        "---\nid: m.fixed\ntitle: Fixed\nkind: guide\nduration: 5\n---\nText\n",
        encoding="utf-8",
    )
    roots = [Root(bundled, bundled=True), Root(own)]
    found = find_item(roots, "m.deck")
    assert found is not None and found.item.title == "Følelser og tanker" and found.item.bundled
    # The first file with this id does not load: the whole library decides (it takes the copy).
    assert find_item(roots, "m.fixed") is None
    assert load_library(roots).item("m.fixed").title == "Fixed"
    # A module whose id an earlier module has is skipped by the library: so is its item.
    (own / "y").mkdir()
    (own / "y" / "module.md").write_text("---\nid: m\ntitle: Y\n---\n", encoding="utf-8")
    (own / "y" / "g.md").write_text(
        "---\nid: y.guide\ntitle: G\nkind: guide\nduration: 5\n---\nText\n", encoding="utf-8"
    )
    assert find_item(roots, "y.guide") is None
