"""Full-text search over the library with SQLite FTS5, in memory.

Danish and Norwegian letters are folded together with their ASCII spellings on both sides of the
search, so "følelser", "foelelser" and "folelser" find the same items (likewise æ/ae and å/aa).
Titles rank above tags, and tags above the body text and speaker notes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .audiences import grade_query, group_of, groups_of, levels_of
from .model import Item

_FOLD_CHARS = str.maketrans(
    {"æ": "a", "ä": "a", "ø": "o", "ö": "o", "å": "a", "é": "e", "è": "e", "ü": "u"}
)
_FOLD_PAIRS = re.compile(r"ae|oe|aa")
_PAIR_TO = {"ae": "a", "oe": "o", "aa": "a"}
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case, with æ/ae/ä -> a, ø/oe/ö -> o and å/aa -> a, so spellings meet."""
    lowered = text.casefold()
    lowered = _FOLD_PAIRS.sub(lambda m: _PAIR_TO[m.group(0)], lowered)
    return lowered.translate(_FOLD_CHARS)


@dataclass(frozen=True)
class Filters:
    kinds: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    audience: str = ""  # a group key of core.audiences ("teachers" = undervisere, lærere, ...)
    levels: frozenset[str] = frozenset()  # school levels of core.audiences; any of them
    max_duration: int | None = None
    min_duration: int | None = None

    def accept(self, item: Item) -> bool:
        if self.kinds and item.kind not in self.kinds:
            return False
        if self.languages and item.language not in self.languages:
            return False
        if self.audience and group_of(self.audience) not in groups_of(item):
            return False
        if self.levels and not (self.levels & levels_of(item)):
            return False
        if self.max_duration is not None and item.duration > self.max_duration:
            return False
        return not (self.min_duration is not None and item.duration < self.min_duration)


class SearchIndex:
    """Build once from the items; query as the user types."""

    def __init__(self, items: Iterable[Item] = ()) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE items USING fts5("
            "id UNINDEXED, title, tags, body, tokenize = 'unicode61 remove_diacritics 2', "
            # Prefix indexes for the one- and two-letter words typed first: "e s t a" scans a
            # small index instead of every word that starts with each letter (~8x faster).
            "prefix = '1 2')"
        )
        self._items: dict[str, Item] = {}
        self._order: list[str] = []
        self.add(items)

    def add(self, items: Iterable[Item]) -> None:
        rows = []
        for item in items:
            self._items[item.id] = item
            self._order.append(item.id)
            rows.append(
                (
                    item.id,
                    fold(item.title),
                    fold(" ".join((*item.tags, *item.audience, item.kind))),
                    fold(item.search_text()),
                )
            )
        with self._db:
            self._db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", rows)

    def remove(self, item_ids: Sequence[str]) -> None:
        with self._db:
            self._db.executemany("DELETE FROM items WHERE id = ?", [(i,) for i in item_ids])
        for item_id in item_ids:
            self._items.pop(item_id, None)
        gone = set(item_ids)
        self._order = [i for i in self._order if i not in gone]

    def __len__(self) -> int:
        return len(self._items)

    def search(
        self,
        text: str,
        filters: Filters | None = None,
        limit: int = 500,
        prefer_language: str = "",
    ) -> list[Item]:
        """Items matching every word of ``text`` (as prefixes), best first; filtered before the
        ``limit`` is applied, so a narrow filter on a broad query loses nothing.

        A grade in the text ("8. klasse", "9. trinn") asks for its school level. Items in
        ``prefer_language`` (the app's) come before the others, best first within each.
        """
        filters = filters or Filters()
        grades, text = grade_query(text)
        if grades:
            wanted = filters.levels & grades if filters.levels else grades
            filters = replace(filters, levels=wanted or frozenset({"none"}))
        tokens = search_terms(text)
        if not tokens:
            hits = [self._items[i] for i in self._order]
            found = [item for item in hits if filters.accept(item)]
            if prefer_language:
                found.sort(key=lambda item: item.language != prefer_language)
            return found[:limit]
        query = " ".join('"' + t.replace('"', "") + '"*' for t in tokens)
        rows = self._db.execute(
            "SELECT id, title, bm25(items, 0.0, 10.0, 4.0, 1.0) AS score FROM items "
            "WHERE items MATCH ? ORDER BY score",
            (query,),
        ).fetchall()
        ranked = []
        for item_id, title, score in rows:
            item = self._items.get(item_id)
            if item is not None and filters.accept(item):
                words = _TOKEN.findall(title)
                in_title = all(any(w.startswith(t) for w in words) for t in tokens)
                other = bool(prefer_language) and item.language != prefer_language
                ranked.append((other, not in_title, score, item))
        ranked.sort(key=lambda hit: hit[:3])
        return [hit[3] for hit in ranked[:limit]]


MAX_TERMS = 12  # more words than anyone types to find one exercise; each costs the index a scan
MAX_QUERY_CHARS = 10_000  # the search field takes no more; a longer text is read this far


def search_terms(text: str) -> list[str]:
    """The words ``search`` looks for: folded, each once, without words that are the start of
    another word of the query (every result has that other word, so the shorter one adds
    nothing), at most ``MAX_TERMS`` of them in the order typed, from the first
    ``MAX_QUERY_CHARS`` characters.

    A query of thousands of short words ("a a a ...", pasted text) is then a handful of terms,
    which the index answers at once instead of taking seconds on the GUI thread."""
    words = list(dict.fromkeys(_TOKEN.findall(fold(text[:MAX_QUERY_CHARS]))))
    # Sorted, a word that starts another word comes right before one that does.
    ordered = sorted(words)
    starts = {a for a, b in zip(ordered, ordered[1:], strict=False) if b.startswith(a)}
    return [w for w in words if w not in starts][:MAX_TERMS]
