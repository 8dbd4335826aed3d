"""Property-based fuzzing of the slide splitter and the slide Markdown path (issue 10): any mix of
list markers, quotes, HTML, separators, notes and images splits and renders without an
exception, and the only problems are the documented ones."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.limits import LENGTH_MESSAGE, NESTING_MESSAGE, markdown_limit
from facilitator.core.loader import split_slides
from facilitator.core.model import Slide
from facilitator.render.markup import markdown_to_html

PIECES = st.sampled_from(
    [
        "- ",
        "* ",
        "1. ",
        "  ",
        "    ",
        "\t",
        "> ",
        ">",
        "<ul>",
        "<li>",
        "</li>",
        "</ul>",
        "<div>",
        "</div>",
        "<span>",
        "<img src='billede.png'>",
        "<img src='/etc/passwd'>",
        "<script>x</script>",
        "---",
        "Note:",
        "<!-- layout: image -->",
        "![x](billede.png)",
        "![x](../../../ude.png)",
        "![x](https://example.org/y.png)",
        "![x](file:///etc/passwd)",
        "# ",
        "=",
        "[",
        "]",
        "(",
        ")",
        "`",
        "*",
        "_",
        "&",
        "|",
        "ord",
        "Æblegrød ",
    ]
)
LINES = st.lists(st.lists(PIECES, max_size=12).map("".join), max_size=40).map("\n".join)
DOCUMENTED = (
    "image ",
    "remote image",
    "unsafe HTML removed",
    "text shrunk",
    "text does not fit",
    NESTING_MESSAGE,
    LENGTH_MESSAGE,
    "unknown layout",
    "image layout without an image",
    "more than three columns",
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(body=LINES, first=st.integers(min_value=1, max_value=50))
def test_split_slides_keeps_lines_in_order(body, first):
    slides = split_slides(body, first)
    assert [s.index for s in slides] == list(range(len(slides)))
    lines = [s.line for s in slides]
    assert lines == sorted(lines) and all(first <= n <= first + body.count("\n") for n in lines)


@FUZZ
@given(body=LINES)
def test_markup_never_fails_and_bounds_what_it_parses(body):
    html = markdown_to_html(body)
    assert "<script" not in html
    if markdown_limit(body) is not None:
        assert "<ul>" not in html and "<blockquote>" not in html  # shown as plain text


@FUZZ
@given(body=LINES, deep=st.integers(min_value=0, max_value=40))
def test_rendering_reports_only_documented_problems(qapp, tmp_path_factory, body, deep):
    from facilitator.render.slides import SlideRenderer
    from facilitator.render.theme import THEMES

    folder = tmp_path_factory.mktemp("deck", numbered=True)
    renderer = _renderer(SlideRenderer, THEMES["light"])
    for slide in split_slides(body + "\n" + "<div>" * deep, 1, folder) or [Slide(body)]:
        for problem in renderer.problems(slide):
            assert problem.startswith(DOCUMENTED), problem


_RENDERERS: dict[str, object] = {}


def _renderer(kind, theme):  # type: ignore[no-untyped-def]
    if theme.name not in _RENDERERS:
        _RENDERERS[theme.name] = kind(theme)
    return _RENDERERS[theme.name]
