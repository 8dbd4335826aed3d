"""Hostile input to the CSV exports, the machine-wide settings file and the library search.

Each case is something a person could really type or IT could really write: a participant named
like a spreadsheet formula, a settings file saved by Notepad, a query of thousands of words.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime

import pytest

from facilitator.core import records
from facilitator.core.csv_export import csv_text
from facilitator.core.search import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    Filters,
    SearchIndex,
    fold,
    search_terms,
)
from facilitator.core.settings import Settings
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.mentor_store import MentorLog

# What OWASP lists as starting a formula (or hiding one) in a spreadsheet cell.
PREFIXES = ["=", "+", "-", "@", "\t", "\r"]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "f.db", datetime(2026, 11, 23))
    yield database
    database.close()


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def assert_inert(exported: str, hostile: str) -> None:
    """No cell starts a formula, and the typed text is all there, behind one quote."""
    found = cells(exported)
    risky = [c for c in found if c.startswith(tuple(PREFIXES))]
    assert risky == [], risky
    assert "'" + hostile in found


# CSV exports ------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_group_history_csv_neutralises_formulas(db, prefix):
    hostile = prefix + 'HYPERLINK("http://x","y")'
    log = SessionLog(db, now=lambda: datetime(2026, 11, 23, 9, 0))
    group = log.add_group("Hold")
    log.start_session(group_id=group, title=hostile, place=hostile, facilitator=hostile)
    assert_inert(records.group_history_csv(log, group), hostile)


@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_session_record_csv_neutralises_formulas(db, prefix):
    hostile = prefix + "1+1"
    log = SessionLog(db, now=lambda: datetime(2026, 11, 23, 9, 0))
    group = log.add_group("Hold")
    session = log.start_session(group_id=group, title=hostile, place=hostile)
    named = log.add_participant(group, '=HYPERLINK("http://x","y")')
    log.mark_present(session, named)
    log.rate(session, "Udbytte", 4, hostile)
    log.save_note(session, hostile)
    exported = records.session_record_csv(log, session)
    assert_inert(exported, hostile)
    assert '\'=HYPERLINK("http://x","y")' in cells(exported)


@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_mentor_log_csv_neutralises_formulas(db, prefix):
    hostile = prefix + "cmd|' /C calc'!A0"
    log = MentorLog(db, today=lambda: date(2026, 11, 23))
    person = log.add_person("Kim")
    log.add_subgoal(person, "x" + hostile)  # the text of a sub-goal is stripped: keep the prefix
    log.add_meeting(person, "2026-11-23", hostile, wellbeing=3)
    exported = log.export_csv(person)
    assert_inert(exported, hostile)
    assert "x" + hostile in cells(exported)


def test_numbers_we_write_stay_numbers_and_typed_minus_text_is_quoted():
    text = csv_text([["minutes", -3, 2.5, None, "-3", "- a list"]])
    assert cells(text) == ["minutes", "-3", "2.5", "", "'-3", "'- a list"]


# The machine-wide settings file ---------------------------------------------------------


def load(tmp_path, text: str | bytes, user: str | bytes | None = None) -> Settings:
    site = tmp_path / "site.toml"
    site.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    user_file = tmp_path / "user.json"
    if user is not None:
        user_file.write_bytes(user.encode("utf-8") if isinstance(user, str) else user)
    return Settings.load(site, user_file)


def said(settings: Settings) -> list[str]:
    return [str(p) for p in settings.problems]


def test_deep_nesting_is_reported_at_its_line_and_never_crashes(tmp_path, caplog):
    site = tmp_path / "site.toml"
    s = load(tmp_path, 'language = "nb"\nx = ' + "[" * 500 + "]" * 500 + "\n")
    assert said(s) == [f"{site}:2: nested too deeply; nothing in this file applies"]
    assert s.get("language") == "da"  # the file could not be read at all: none of it applies
    assert f"settings: {site}:2: nested too deeply" in caplog.text


def test_deep_nesting_in_the_users_file_keeps_the_file(tmp_path):
    s = load(tmp_path, 'theme = "dark"\n', user="[" * 100_000)
    assert said(s)[0].startswith(f"{tmp_path / 'user.json'}:1: nested too deeply")
    assert s.get("theme") == "dark"
    assert (tmp_path / "user.broken.json").read_text() == "[" * 100_000


def test_a_byte_order_mark_from_notepad_is_read_in_both_files(tmp_path):
    s = load(tmp_path, '\ufefflanguage = "nb"\n', user='\ufeff{"theme": "dark"}')
    assert said(s) == []
    assert (s.get("language"), s.get("theme")) == ("nb", "dark")
    assert not (tmp_path / "user.broken.json").exists()


def test_windows_line_ends_keep_the_right_line_numbers(tmp_path):
    site = tmp_path / "site.toml"
    s = load(tmp_path, 'language = "nb"\r\ntheme = "dark"\r\ncolour = "red"\r\n')
    assert (s.get("language"), s.get("theme")) == ("nb", "dark")
    assert said(s) == [f"{site}:3: unknown setting 'colour'"]


def test_tables_dotted_and_quoted_keys_are_reported_at_their_own_line(tmp_path):
    site = tmp_path / "site.toml"
    text = "language = \"nb\"\n'theme' = 5\ncolour.shade = 1\n\n[printing]\npaper = 'A4'\n"
    s = load(tmp_path, text)
    assert s.get("language") == "nb"
    assert said(s) == [
        f"{site}:2: 'theme' must be one of light, dark, high-contrast; ignored",
        f"{site}:3: unknown setting 'colour'",
        f"{site}:5: unknown setting 'printing'",
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('language = "nb"\ntheme = \n', 2),  # ends in the middle of a value
        ('language = "nb"\ntheme = "dark', 2),
        ('language = "nb"\n\n[a]\nx = 1\n[a]\n', 5),
    ],
)
def test_toml_that_does_not_parse_names_a_real_line(tmp_path, text, line):
    site = tmp_path / "site.toml"
    s = load(tmp_path, text)
    (problem,) = said(s)
    assert problem.startswith(f"{site}:{line}: not valid TOML, nothing in this file applies")
    assert s.get("language") == "da"


def test_bytes_that_are_not_utf8_name_their_line(tmp_path):
    site = tmp_path / "site.toml"
    s = load(tmp_path, b'language = "nb"\ntheme = "dark"\nplace = "K\xf8ge"\n')
    assert said(s) == [f"{site}:3: not UTF-8 text; nothing in this file applies"]


def test_locked_as_one_name_locks_it_and_says_so(tmp_path):
    site = tmp_path / "site.toml"
    s = load(tmp_path, 'language = "nb"\nlocked = "language"\n', user='{"language": "en"}')
    assert s.is_locked("language") and s.get("language") == "nb"
    assert said(s) == [
        f"{site}:2: 'locked' should be a list like [\"language\"]; read as a list of one name"
    ]


def test_locked_of_the_wrong_type_is_reported_and_locks_nothing(tmp_path):
    site = tmp_path / "site.toml"
    s = load(tmp_path, 'language = "nb"\nlocked = 1\n')
    assert not s.is_locked("language") and s.get("language") == "nb"
    assert said(s) == [
        f"{site}:2: 'locked' must be a list of setting names like [\"language\"]; nothing locked"
    ]


def test_unknown_names_in_locked_are_reported_and_the_known_ones_locked(tmp_path):
    site = tmp_path / "site.toml"
    s = load(
        tmp_path, 'theme = "dark"\nlocked = [\n  "theme",\n  "colour",\n  3,\n  "language"\n]\n'
    )
    assert s.is_locked("theme")
    assert said(s) == [
        f"{site}:2: cannot lock 'colour': not a setting; ignored",
        f"{site}:2: cannot lock 3: not a setting; ignored",
        f"{site}:2: 'language' is locked but this file gives it no usable value, so it is not "
        "locked",
    ]


def test_a_user_file_that_is_not_an_object_is_kept_aside(tmp_path):
    s = load(tmp_path, "", user='["dark"]')
    assert said(s) == [
        f"{tmp_path / 'user.json'}:1: must hold names and values in {{ }}; kept as "
        f"{tmp_path / 'user.broken.json'}"
    ]
    s.set("theme", "dark")
    assert (tmp_path / "user.broken.json").read_text() == '["dark"]'


def test_content_folders_that_would_read_too_much_or_nothing_are_refused(tmp_path, monkeypatch):
    home = tmp_path / "home"
    good = home / "kursus"
    good.mkdir(parents=True)
    (tmp_path / "notes.txt").write_text("x")
    monkeypatch.setenv("HOME", str(home))
    text = (
        "content_folders = [\n"
        '  "",\n'
        '  "/",\n'
        f'  "{home}",\n'
        '  "~",\n'
        '  "relative/folder",\n'
        f'  "{tmp_path / "missing"}",\n'
        f'  "{tmp_path / "notes.txt"}",\n'
        f'  "{tmp_path}",\n'  # holds the home folder here
        f'  "{good}",\n'
        "]\n"
    )
    s = load(tmp_path, text)
    assert s.content_folders() == [good]
    lines = [p.line for p in s.problems]
    assert lines == [2, 3, 4, 5, 6, 7, 8, 9], said(s)
    messages = " | ".join(str(p.message) for p in s.problems)
    for reason in (
        "an empty path",
        "holds the home folder",
        "the home folder itself",
        "not a full path",
        "does not exist",
        "not a folder",
    ):
        assert reason in messages


# Search ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled():
    from facilitator.core import paths
    from facilitator.core.loader import Root, load_library

    items = load_library([Root(paths.bundled_content_dir(), bundled=True)]).items()
    assert len(items) > 100
    return SearchIndex(items)


def ids(items) -> list[str]:
    return [i.id for i in items]


@pytest.mark.parametrize(
    ("hostile", "plain"),
    [
        ("a " * 5000, "a"),
        ("ab " * 3334, "ab"),
        (("følelser " * 1200)[:10_000], "følelser"),
        ("f fo føl føle følelse følelser FØLELSER foelelser", "følelser"),
        (("æ ø å " * 2000)[:10_000], "a o"),
    ],
    ids=["a x5000", "ab x3334", "word x1111", "prefix chain", "danish letters"],
)
def test_repeated_words_are_searched_once_with_the_same_result(bundled, hostile, plain):
    assert len(search_terms(hostile)) <= 2
    found = ids(bundled.search(hostile))
    assert found == ids(bundled.search(plain))
    assert found  # the bundled library has these words


def test_many_different_words_are_capped_and_every_result_has_the_first_ones(bundled):
    words = list("estaorinldmgukv")
    query = (" ".join(words) + " ") * 600
    terms = search_terms(query)
    assert terms == words[:MAX_TERMS]
    found = bundled.search(query)
    assert ids(found) == ids(bundled.search(" ".join(words[:MAX_TERMS])))
    for item in found:  # every result has a word that starts with each of the terms
        text = " ".join((item.title, *item.tags, *item.audience, item.kind, item.search_text()))
        words = re.findall(r"\w+", fold(text))
        assert all(any(w.startswith(t) for w in words) for t in terms), item.id


def test_ten_thousand_distinct_words_are_capped(bundled):
    import itertools
    import string

    pairs = ("".join(p) for p in itertools.product(string.ascii_lowercase, repeat=3))
    query = " ".join(pairs)[:MAX_QUERY_CHARS]
    assert len(search_terms(query)) == MAX_TERMS
    assert bundled.search(query) == []  # no item has all of "aaa aab aac ..." in it
    assert len(search_terms("x " * 1_000_000 + "zzz")) == 1  # read only the first 10,000


def test_a_narrow_filter_on_a_broad_query_loses_nothing():
    from pathlib import Path

    from facilitator.core.model import Item

    def item(n: int, kind: str, body: str) -> Item:
        return Item(id=f"i{n}", title=f"Emne {n}", kind=kind, duration=10, path=Path(f"{n}"),
                    module_id="m", body=body)  # fmt: skip

    # 30 decks that say "stress" often, and one exercise that says it once: it ranks last.
    items = [item(n, "deck", "stress " * 20) for n in range(30)]
    items.append(item(99, "exercise", "stress og andet " + "ord " * 200))
    index = SearchIndex(items)
    assert ids(index.search("stress", limit=5)) != ["i99"]
    exercises = Filters(kinds=frozenset({"exercise"}))
    assert ids(index.search("stress", exercises, limit=5)) == ["i99"]
    assert ids(index.search("str", exercises, limit=1)) == ["i99"]


def test_the_search_field_takes_at_most_ten_thousand_characters(qtbot):
    from facilitator.ui.library.search_bar import SearchBar

    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.field.setText("a" * 50_000)
    assert len(bar.text()) == MAX_QUERY_CHARS
