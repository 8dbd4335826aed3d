"""Property-based fuzzing of the front matter and plan parsers (issue 10).

Whatever the text, ``frontmatter.split`` returns a document or raises ``FrontMatterError`` with
a line, and ``parse_plan_file`` returns a plan or problems with lines: no other exception.
"""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core import frontmatter
from facilitator.core.loader import load_library
from facilitator.core.plans import parse_plan_file

FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces YAML gives meaning to, so random text often reaches the parser's corners.
YAML_BITS = st.sampled_from(
    [
        "---",
        "...",
        ": ",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "!!timestamp ",
        "!!binary ",
        "!!python/object:x ",
        "? ",
        "|",
        ">",
        "#",
        "'",
        '"',
        "\n",
        "  ",
        "\t",
        "2025-02-29",
        "10:30",
        "0x" + "f" * 40,
        "9" * 30,
        ".inf",
        ".nan",
        "yes",
        "null",
        "~",
        "<<: ",
        "%YAML 1.1",
        "\x00",
        "\ufeff",
        "id",
        "title",
        "kind",
        "duration",
        "sections",
        "entries",
        "item",
        "minutes",
        "slides",
        "flexible",
        "date",
        "start",
    ]
)
NOISE = st.lists(st.one_of(YAML_BITS, st.text(max_size=5)), max_size=40).map("".join)

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.dates(),
    st.binary(max_size=8),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.sampled_from(
    ["id", "title", "kind", "duration", "language", "order", "summary", "sensitive", "part",
     "audience", "tags", "version", "translation_of", "group_form", "format", "date", "start",
     "target_end", "notes", "sections", "entries", "item", "break", "free", "minutes", "slides",
     "hidden", "flexible", "note", "slide"]
)  # fmt: skip
MAPPINGS = st.dictionaries(FIELDS, VALUES, max_size=8)


def entries_like(values):
    """Plan-shaped data: sections with entries whose fields take any value."""
    entry = st.dictionaries(FIELDS, values, max_size=5)
    section = st.fixed_dictionaries({"title": values, "entries": st.lists(entry, max_size=3)})
    return st.fixed_dictionaries(
        {"format": st.just(1), "id": st.just("p"), "title": st.just("P")},
        optional={"sections": st.lists(section, max_size=3), "date": values, "start": values},
    )


def dump(data) -> str:
    return yaml.dump(data, allow_unicode=True, sort_keys=False)


def assert_split_is_safe(text: str) -> None:
    try:
        document = frontmatter.split(text)
    except frontmatter.FrontMatterError as error:
        assert error.line >= 1 and error.message
    else:
        assert isinstance(document.meta, dict)


def assert_plan_is_safe(text: str) -> None:
    plan, problems = parse_plan_file(text)
    assert plan is not None or problems
    assert all(problem.line >= 1 and problem.message for problem in problems)


@FUZZ
@given(NOISE)
def test_front_matter_of_random_text(noise):
    assert_split_is_safe("---\n" + noise + "\n---\nTekst.\n")
    assert_split_is_safe(noise)


KEY_LINES = st.lists(
    st.tuples(FIELDS, st.lists(YAML_BITS, max_size=3).map("".join)).map(": ".join), max_size=8
).map("\n".join)


@FUZZ
@given(KEY_LINES)
def test_front_matter_of_random_key_lines(lines):
    assert_split_is_safe("---\n" + lines + "\n---\nTekst.\n")
    assert_plan_is_safe(lines)


@FUZZ
@given(MAPPINGS)
def test_front_matter_of_random_fields(meta):
    assert_split_is_safe("---\n" + dump(meta) + "---\nTekst.\n")


@FUZZ
@given(NOISE)
def test_plan_of_random_text(noise):
    assert_plan_is_safe(noise)
    assert_plan_is_safe("format: 1\nid: p\ntitle: P\nsections:\n" + noise)


@FUZZ
@given(st.one_of(MAPPINGS, entries_like(VALUES)))
def test_plan_of_random_fields(data):
    assert_plan_is_safe(dump(data))


@settings(max_examples=50, deadline=None, derandomize=True)
@given(meta=MAPPINGS, plan=entries_like(VALUES))
def test_the_loader_reports_random_files_and_never_raises(tmp_path_factory, meta, plan):
    """The whole way, from files on disk: problems only, never an exception."""
    root = tmp_path_factory.mktemp("lib")
    (root / "m").mkdir()
    (root / "m" / "module.md").write_text("---\nid: m\ntitle: M\n---\nx\n", encoding="utf-8")
    item = {"id": "m.x", "title": "X", "kind": "deck", "duration": 5, **meta}
    (root / "m" / "x.md").write_text("---\n" + dump(item) + "---\n# A\n", encoding="utf-8")
    (root / "p.plan.yaml").write_text(dump(plan), encoding="utf-8")
    library = load_library([root])
    assert all(problem.line >= 0 and problem.message for problem in library.problems)
    assert [m.id for m in library.modules] == ["m"]
