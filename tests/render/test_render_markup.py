"""Markdown becomes safe HTML: the structure a slide needs, nothing that runs or fetches."""

from __future__ import annotations

from facilitator.render.markup import is_local_reference, normalise_list_indent, sanitise_html
from facilitator.render.slides import markdown_to_html


def test_headings_emphasis_lists_quotes_and_tables():
    html = markdown_to_html(
        "# Titel\n\nEt *lille* **stort** ord\n\n- a\n- b\n\n1. en\n2. to\n\n> citat\n\n"
        "| Dag | Tid |\n|---|---|\n| Mandag | 90 |\n"
    )
    for fragment in (
        "<h1>Titel</h1>",
        "<em>lille</em>",
        "<strong>stort</strong>",
        "<ul>",
        "<ol>",
        "<blockquote>",
        "<table>",
        "<th>Dag</th>",
        "<td>Mandag</td>",
    ):
        assert fragment in html


def test_lists_nested_by_two_or_four_spaces_both_nest():
    for indent in ("  ", "    "):
        md = f"- top\n{indent}- middle\n{indent}{indent}- deep\n- next"
        html = markdown_to_html(md).replace("\n", "")
        assert "<li>top<ul><li>middle<ul><li>deep</li></ul></li></ul></li><li>next</li>" in html


def test_numbered_list_with_bullets_under_it():
    html = markdown_to_html("1. one\n2. two\n   - sub\n").replace("\n", "")
    assert "<li>two<ul><li>sub</li></ul></li>" in html


def test_list_indent_normalisation_leaves_plain_text_alone():
    text = "# Titel\n\nBare tekst\nover to linjer"
    assert normalise_list_indent(text) == text


def test_scripts_frames_objects_and_styles_are_removed_with_their_content():
    md = (
        "Før\n\n<script>alert('x')</script>\n\n<iframe src='https://evil.example/'></iframe>\n\n"
        "<object data='x.swf'>fallback</object>\n\n<style>p { color: red }</style>\n\nEfter"
    )
    result = sanitise_html(markdown_to_html(md))
    for word in ("script", "alert", "iframe", "evil", "object", "swf", "style", "color"):
        assert word not in result.html
    assert "Før" in result.html and "Efter" in result.html


def test_event_handlers_javascript_links_and_css_urls_are_removed():
    html = markdown_to_html(
        '<p onclick="steal()" style="background: url(http://t.example/p.gif)">Hej</p>\n\n'
        "[klik](javascript:alert(1)) [ok](https://example.org/)"
    )
    assert "steal" not in html and "t.example" not in html and "javascript" not in html
    assert 'href="https://example.org/"' in html
    assert "Hej" in html


def test_remote_and_data_images_are_dropped_local_ones_kept():
    html = markdown_to_html(
        "![a](https://tracker.example/pixel.png) ![b](data:image/png;base64,AAAA) "
        "![c](file:///etc/passwd) ![d](/abs/x.png) ![e](billeder/hjerne.png)"
    )
    assert "tracker" not in html and "data:" not in html and "passwd" not in html
    assert "/abs/" not in html
    assert 'src="billeder/hjerne.png"' in html


def test_text_that_looks_like_markup_stays_text():
    html = markdown_to_html("1 < 2 & 3 > 2, æøå &amp; ÆØÅ")
    assert "1 &lt; 2 &amp; 3 &gt; 2, æøå &amp; ÆØÅ" in html


def test_local_reference():
    assert is_local_reference("billeder/x.png")
    assert is_local_reference("../fælles/x.png")
    for bad in (
        "http://x/y.png",
        "HTTPS://x",
        "ftp://x",
        "data:image/png;base64,",
        "file:///x",
        "/etc/x.png",
        "C:\\x.png",
        "//host/x.png",
        "",
    ):
        assert not is_local_reference(bad), bad
