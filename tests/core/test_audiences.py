"""Target groups and school levels: one meaning per filter entry, in Danish and Norwegian alike."""

from __future__ import annotations

from pathlib import Path

from facilitator.core import paths
from facilitator.core.audiences import grade_query, group_name, groups_of, levels_of
from facilitator.core.loader import Root, load_library
from facilitator.core.model import Item
from facilitator.core.search import Filters, SearchIndex

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])


def item(ident: str, *, audience=(), tags=(), language="da", title="Noget", kind="handout"):
    return Item(
        id=ident,
        title=title,
        kind=kind,
        duration=10,
        module_id="m",
        path=Path(f"/x/{ident}.md"),
        body="",
        audience=tuple(audience),
        tags=tuple(tags),
        language=language,
    )


def test_danish_and_norwegian_words_for_one_group_are_one_filter():
    danish = item("a", audience=["deltagere", "undervisere"])
    norwegian = item("b", audience=["deltakere", "kursholdere"], language="nb")
    assert groups_of(danish) == groups_of(norwegian) == {"participants", "teachers"}
    index = SearchIndex([danish, norwegian])
    assert {i.id for i in index.search("", Filters(audience="participants"))} == {"a", "b"}
    assert group_name("participants", "da") == "Deltagere"
    assert group_name("participants", "nb") == "Deltakere"


def test_levels_come_from_tags_and_grown_ups_only_items_are_for_adults():
    assert levels_of(item("a", tags=["udskoling"])) == {"lower-secondary"}
    assert levels_of(item("b", tags=["ungdomstrinn"], language="nb")) == {"lower-secondary"}
    assert levels_of(item("c", audience=["fagpersoner", "ledere"])) == {"adults"}
    assert levels_of(item("d", audience=["elever"])) == frozenset()  # pupils, level unknown


def test_a_grade_in_the_query_asks_for_its_school_level():
    assert grade_query("8. klasse")[0] == {"lower-secondary"}
    assert grade_query("følelser 5.klasse")[0] == {"middle"}
    assert grade_query("9. trinn")[0] == {"lower-secondary"}
    assert grade_query("6. trinn")[0] == {"middle"}  # Norwegian barnetrinn goes to 7
    assert grade_query("Vg2")[0] == {"upper-secondary"}
    assert grade_query("2 klasse")[0] == {"early"}
    assert grade_query("kapitel 8")[0] == frozenset()  # a number alone is not a grade


def test_eighth_grade_finds_the_lessons_for_7_to_10_klasse_in_the_bundled_library():
    index = SearchIndex(LIBRARY.items())
    found = index.search("8. klasse", prefer_language="da")
    assert found, "the school lessons for udskoling"
    assert "skole.lektion-3-foelelser" in {i.id for i in found}
    assert all("lower-secondary" in levels_of(i) for i in found)
    with_words = index.search("følelser 8. klasse", prefer_language="da")
    assert "skole.lektion-3-foelelser" in {i.id for i in with_words}
    assert len(with_words) < len(index.search("følelser", prefer_language="da"))


def test_the_app_language_comes_first():
    index = SearchIndex(LIBRARY.items())
    danish_first = index.search("følelser", prefer_language="da")
    languages = [i.language for i in danish_first]
    assert languages[0] == "da"
    assert languages == sorted(languages, key=lambda code: code != "da")
    norwegian_first = index.search("følelser", prefer_language="nb")
    assert norwegian_first[0].language == "nb"
