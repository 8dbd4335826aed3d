"""Target groups and school levels, the same in Danish and Norwegian.

Items name their audience in their own language ("deltagere", "deltakere", "undervisere",
"lærere"); the library's filter offers one group per meaning, named in the app's language, and
matches every word that means it. School levels come from an item's tags (``udskoling``,
``ungdomstrinn``, ...); an item for grown-ups only (no pupils, young people or children among its
audience, no level tag) counts as ``adults``. A query such as "8. klasse" or "9. trinn" asks for
the level that grade belongs to. Qt-free: the library, the planner's library pane and the tests
read one table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Item


@dataclass(frozen=True)
class Group:
    key: str
    names: dict[str, str]  # language -> the name shown
    words: frozenset[str]  # the audience words that mean it, in every language

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


def _group(key: str, da: str, nb: str, en: str, *words: str) -> Group:
    return Group(key, {"da": da, "nb": nb, "en": en}, frozenset(words))


GROUPS: tuple[Group, ...] = (
    _group("pupils", "Elever", "Elever", "Pupils", "elever", "elev"),
    _group("young", "Unge", "Ungdom", "Young people", "unge", "ungdom", "ungdommer"),
    _group("children", "Børn", "Barn", "Children", "børn", "barn"),
    _group("parents", "Forældre", "Foreldre", "Parents", "forældre", "foreldre"),
    _group(
        "teachers",
        "Undervisere",
        "Lærere og kursholdere",
        "Teachers and trainers",
        "undervisere",
        "lærere",
        "kursholdere",
        "kursusholdere",
    ),
    _group(
        "professionals",
        "Fagpersoner",
        "Fagfolk",
        "Professionals",
        "fagpersoner",
        "fagfolk",
        "sundhedsfaglige",
        "helsepersonell",
    ),
    _group(
        "staff",
        "Medarbejdere",
        "Ansatte",
        "Staff",
        "medarbejdere",
        "medarbeidere",
        "ansatte",
        "personale",
    ),
    _group("leaders", "Ledere", "Ledere", "Leaders", "ledere", "skoleledere"),
    _group("participants", "Deltagere", "Deltakere", "Participants", "deltagere", "deltakere"),
    _group("relatives", "Pårørende", "Pårørende", "Relatives", "pårørende"),
    _group(
        "peers",
        "Erfaringspersoner",
        "Erfaringskonsulenter og likepersoner",
        "Peer workers",
        "erfaringspersoner",
        "erfaringskonsulenter",
        "likepersoner",
    ),
    _group(
        "mentors",
        "Mentorer",
        "Mentorer",
        "Mentors",
        "mentorer",
        "støttekontaktpersoner",
    ),
)
_BY_WORD = {word: group for group in GROUPS for word in group.words}
YOUNG_GROUPS = frozenset({"pupils", "young", "children"})


def group_of(word: str) -> str:
    """The group key an audience word belongs to; an unknown word is a group of its own."""
    found = _BY_WORD.get(word.strip().casefold())
    return found.key if found is not None else word.strip().casefold()


def groups_of(item: Item) -> frozenset[str]:
    return frozenset(group_of(word) for word in item.audience)


def group_name(key: str, language: str) -> str:
    """The group's name in ``language``; an unknown group is shown as its word."""
    for group in GROUPS:
        if group.key == key:
            return group.name(language)
    return key


# School levels ------------------------------------------------------------------------------------

# Level key -> (its names per language, the tags that mean it).
LEVELS: dict[str, tuple[dict[str, str], frozenset[str]]] = {
    "early": (
        {"da": "Indskoling", "nb": "Barnetrinn", "en": "Early primary"},
        frozenset({"indskoling", "småtrinn", "småskole"}),
    ),
    "middle": (
        {"da": "Mellemtrin", "nb": "Barnetrinn", "en": "Middle primary"},
        frozenset({"mellemtrin", "mellomtrinn", "barnetrinn"}),
    ),
    "lower-secondary": (
        {"da": "Udskoling", "nb": "Ungdomstrinn", "en": "Lower secondary"},
        frozenset({"udskoling", "ungdomstrinn", "ungdomstrinnet"}),
    ),
    "upper-secondary": (
        {"da": "Ungdomsuddannelse", "nb": "Videregående", "en": "Upper secondary"},
        frozenset({"ungdomsuddannelse", "ungdomsuddannelser", "videregående", "vgs"}),
    ),
    "adults": (
        {"da": "Voksne", "nb": "Voksne", "en": "Adults"},
        frozenset({"voksne", "voksen"}),
    ),
}
# The levels a language's filter lists: Norwegian "barnetrinn" covers grades 1-7 in one.
LEVEL_CHOICES: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "da": tuple((key, frozenset({key})) for key in LEVELS),
    "nb": (
        ("middle", frozenset({"early", "middle"})),
        ("lower-secondary", frozenset({"lower-secondary"})),
        ("upper-secondary", frozenset({"upper-secondary"})),
        ("adults", frozenset({"adults"})),
    ),
    "en": tuple((key, frozenset({key})) for key in LEVELS),
}
_LEVEL_BY_TAG = {tag: key for key, (_names, tags) in LEVELS.items() for tag in tags}


def level_name(key: str, language: str) -> str:
    names = LEVELS[key][0]
    return names.get(language) or names["en"]


def levels_of(item: Item) -> frozenset[str]:
    """The school levels an item is for: its level tags; grown-ups only when it has none and
    no pupils, young people or children among its audience."""
    found = {_LEVEL_BY_TAG[t.casefold()] for t in item.tags if t.casefold() in _LEVEL_BY_TAG}
    if not found and item.audience and not (groups_of(item) & YOUNG_GROUPS):
        found.add("adults")
    return frozenset(found)


# "8. klasse", "8.klasse", "8 kl.", "9. trinn", "Vg2" in a query.
_GRADE = re.compile(
    r"(?<![\w.])(?:(\d{1,2})\s*\.?\s*(klasse|klassetrin|kl\.?|trinn|trin)(?!\w)|vg\s*([123])(?!\w))",
    re.IGNORECASE,
)


def grade_level(grade: int, word: str) -> str | None:
    """The level of a school grade: Danish 0-3, 4-6, 7-10; Norwegian trinn 1-4, 5-7, 8-10."""
    norwegian = word.casefold().startswith("trinn")
    if norwegian:
        if 1 <= grade <= 4:
            return "early"
        if 5 <= grade <= 7:
            return "middle"
    else:
        if 0 <= grade <= 3:
            return "early"
        if 4 <= grade <= 6:
            return "middle"
    if 7 <= grade <= 10:
        return "lower-secondary"
    return None


def grade_query(text: str) -> tuple[frozenset[str], str]:
    """The levels that the grades named in ``text`` belong to, and the text without them."""
    levels: set[str] = set()

    def take(match: re.Match[str]) -> str:
        if match.group(3):
            levels.add("upper-secondary")
        else:
            level = grade_level(int(match.group(1)), match.group(2))
            if level is None:
                return match.group(0)
            levels.add(level)
        return " "

    rest = _GRADE.sub(take, text[:1000])
    return frozenset(levels), (rest if levels else text)
