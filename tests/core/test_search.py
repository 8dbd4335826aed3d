from __future__ import annotations

from pathlib import Path

from facilitator.core.model import Item
from facilitator.core.search import Filters, SearchIndex, fold


def item(ident, title, kind="deck", body="", tags=(), language="da", duration=10, audience=()):
    return Item(
        id=ident,
        title=title,
        kind=kind,
        duration=duration,
        path=Path(ident),
        module_id="m",
        body=body,
        tags=tuple(tags),
        language=language,
        audience=tuple(audience),
    )


def index():
    return SearchIndex(
        [
            item("a", "Kroppen og stress", body="Om følelser i kroppen og åndedræt."),
            item("b", "Følelser og tanker", kind="exercise", duration=30),
            item("c", "Mål og motivation", tags=("følelser",), language="nb"),
            item("d", "Læring i fællesskab", kind="handout", audience=("forældre",)),
        ]
    )


def test_fold_meets_ascii_spellings():
    assert fold("Følelser") == fold("foelelser") == fold("folelser")
    assert fold("Mål") == fold("maal") and fold("fællesskab") == fold("faellesskab")


def test_title_matches_rank_above_tags_and_body():
    assert [i.id for i in index().search("følelser")] == ["b", "c", "a"]


def test_ascii_spellings_and_prefixes_find_the_same():
    idx = index()
    for query in ("foelelser", "folelser", "FØLELSER", "føl"):
        assert [i.id for i in idx.search(query)] == ["b", "c", "a"], query
    assert [i.id for i in idx.search("maal")] == ["c"]
    assert [i.id for i in idx.search("faelles")] == ["d"]


def test_every_word_must_match():
    assert [i.id for i in index().search("følelser kroppen")] == ["a"]
    assert index().search("ordetfindesikke") == []


def test_filters_kind_language_duration_audience():
    idx = index()
    assert [i.id for i in idx.search("", Filters(kinds=frozenset({"exercise"})))] == ["b"]
    assert [i.id for i in idx.search("følelser", Filters(languages=frozenset({"nb"})))] == ["c"]
    assert [i.id for i in idx.search("", Filters(max_duration=15))] == ["a", "c", "d"]
    assert [i.id for i in idx.search("", Filters(audience="forældre"))] == ["d"]


def test_quotes_and_operators_in_the_query_are_plain_text():
    idx = index()
    for query in ('"', "AND", "følelser OR", "*", "NEAR(", "a:b"):
        idx.search(query)  # must not raise


def test_remove_takes_an_item_out():
    idx = index()
    idx.remove(["b"])
    assert [i.id for i in idx.search("følelser")] == ["c", "a"]
