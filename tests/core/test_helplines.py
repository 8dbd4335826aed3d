"""The help-line data file and the template fields that put its numbers on the help slides."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from facilitator.core import fields
from facilitator.core.helplines import bundled_file, load_helplines, parse_helplines
from facilitator.core.loader import Root, load_library

CONTENT = Path(__file__).resolve().parents[2] / "content"
CHECKED = datetime.date(2026, 12, 6)

ONE = """format: 1
services:
  - name: Kirkens SOS
    country: "no"
    for: alle i krise
    number: "22 40 00 40"
    hours: hele døgnet
    source: https://www.example.org/sos
    checked_on: 2026-12-06
"""


@pytest.fixture(autouse=True)
def _fresh_fields():
    yield
    fields.use_helplines(None)
    fields.use_contacts(lambda: ())


def test_every_bundled_number_has_its_source_and_a_recent_check():
    today = datetime.date.today()  # a check over 12 months old fails here, as in check-content
    services, problems = load_helplines(bundled_file(), today=today)
    assert problems == []
    assert {s.country for s in services} == {"dk", "no"}
    for service in services:
        assert service.source.startswith("https://") and service.number and service.audience
        assert service.checked_on <= today
    numbers = {s.number for s in services}
    assert {"1813", "22 40 00 40", "116 111", "116 117"} <= numbers


def test_a_check_older_than_twelve_months_fails_with_its_line():
    services, problems = parse_helplines(ONE, "helplines.yaml", today=CHECKED)
    assert problems == [] and services[0].hours == "hele døgnet"
    _, problems = parse_helplines(ONE, "helplines.yaml", today=datetime.date(2027, 12, 6))
    assert problems == []  # 365 days: still within the twelve months
    services, problems = parse_helplines(ONE, "helplines.yaml", today=datetime.date(2027, 12, 8))
    assert [str(p) for p in problems] == [
        "helplines.yaml:9: Kirkens SOS: the number was last checked on 2026-12-06 (over 12 "
        "months ago): check it on https://www.example.org/sos and update 'checked_on'"
    ]
    assert services  # still shown: the check fails, the slide keeps its numbers


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        ('    country: "no"\n', "    country: no\n", 'country: write "no" in quotes'),
        ("    source: https://www.example.org/sos\n", "", "lacks source"),
        ("    checked_on: 2026-12-06\n", "    checked_on: last week\n", "checked_on must be"),
        ("    source: https://www.example.org/sos\n", "    source: a friend\n", "own page"),
        ("services:\n", "services: [\n", "not valid YAML"),
    ],
)
def test_bad_entries_are_named_by_file_and_line(change, line, message):
    services, problems = parse_helplines(ONE.replace(change, line), "h.yaml", today=CHECKED)
    assert services == []
    assert len(problems) == 1 and message in problems[0].message
    assert str(problems[0]).startswith("h.yaml:")


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path):
    services, problems = load_helplines(tmp_path / "helplines.yaml")
    assert services == [] and "cannot read" in problems[0].message


def test_fields_become_lists_and_empty_contacts_vanish_except_for_the_trainer():
    fields.use_helplines(parse_helplines(ONE, today=CHECKED)[0])
    text = "## Hjelp\n\n{{ local_contacts }}\n- Fastlegen\n\n  {{ helplines no }}\n"
    assert fields.expand(text) == (
        "## Hjelp\n\n- Fastlegen\n\n  - **Kirkens SOS: 22 40 00 40** – alle i krise (hele døgnet)\n"
    )
    assert "*Lokale kontakter: skriv dem inn under Innstillinger*" not in fields.expand(text)
    fields.use_contacts(lambda: (), "nb")
    on_console = fields.expand(text, trainer=True)
    assert "*Lokale kontakter: skriv dem inn under Innstillinger*\n- Fastlegen" in on_console
    fields.use_contacts(lambda: ["Helsesykepleier *Kari*", " "])
    assert fields.expand(text).startswith("## Hjelp\n\n- Helsesykepleier \\*Kari\\*\n- Fastlegen")


def test_check_content_names_a_misspelt_field(tmp_path):
    module = tmp_path / "m"
    module.mkdir()
    (module / "module.md").write_text("---\nid: m\ntitle: M\n---\n", encoding="utf-8")
    (module / "a.md").write_text(
        "---\nid: m.a\ntitle: A\nkind: guide\nduration: 5\n---\n\nTekst\n\n"
        "{{ local_kontakter }}\n{{ helplines se }}\nRing {{ helplines dk }} nu.\n"
        "{{ local_contacts }}\n",
        encoding="utf-8",
    )
    library = load_library([Root(module)])
    problems = fields.field_problems(library.items(), lambda path: path.name)
    assert [(p.file, p.line) for p in problems] == [("a.md", 10), ("a.md", 11), ("a.md", 12)]
    assert "unknown field 'local_kontakter'" in problems[0].message
    assert "one of dk, no" in problems[1].message
    assert "alone on its line" in problems[2].message


def test_the_bundled_library_uses_only_known_fields():
    library = load_library([Root(CONTENT, bundled=True)])
    assert fields.field_problems(library.items()) == []


def test_the_trainers_hint_follows_the_app_language_as_it_changes():
    settings = {"help_contacts": [], "language": "da"}
    fields.use_settings(type("S", (), {"get": staticmethod(settings.get)})())
    assert "Indstillinger" in fields.expand("{{ local_contacts }}", trainer=True)
    settings["language"] = "nb"
    assert "Innstillinger" in fields.expand("{{ local_contacts }}", trainer=True)
    assert fields.expand("{{ local_contacts }}").strip() == ""  # never on the projector
