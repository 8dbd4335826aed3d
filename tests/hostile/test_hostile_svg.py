"""Hostile SVG pictures (issue 15.5): each is refused with its line, reported by check-content at
the line of the deck that shows it, and drawn as a placeholder; nothing outside the file is read
and nothing is fetched."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor

from facilitator.core.loader import load_library
from facilitator.core.model import Slide
from facilitator.core.svg import MAX_SVG_BYTES, PALETTE, check_svg, themed_svg
from facilitator.render.slides import SlideRenderer
from facilitator.render.theme import THEMES

NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
OPEN = f'<svg {NS} viewBox="0 0 100 100">\n'
HEAD = "---\nid: m.{name}\ntitle: T\nkind: deck\nduration: 5\n---\n"  # the body starts on line 7

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "hahahahahahahahahaha">\n'
    + "".join(
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">\n'
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "]>\n"
    + OPEN
    + "<text>&i;</text></svg>"
)

# (name, SVG text, the line the refusal names, words of the reason)
HOSTILE = [
    ("billion laughs", LAUGHS, 2, "DOCTYPE not allowed"),
    ("entity only", OPEN + '<!ENTITY x "y">\n</svg>', 2, "ENTITY not allowed"),
    (
        "doctype with a system id",
        '<!DOCTYPE svg SYSTEM "file:///etc/passwd">\n<svg/>',
        1,
        "DOCTYPE",
    ),
    (
        "external stylesheet",
        '<?xml-stylesheet href="http://x/a.css"?>\n' + OPEN + "</svg>",
        1,
        "XML-STYLESHEET not allowed",
    ),
    (
        "xlink href to a file",
        OPEN + '<image xlink:href="file:///etc/passwd"/>\n</svg>',
        2,
        "reference to 'file:///etc/passwd' not allowed",
    ),
    (
        "href to a picture beside it",
        OPEN + '\n<image href="../hemmelig.png"/></svg>',
        3,
        "not allowed",
    ),
    ("use of another file", OPEN + '<use href="andet.svg#figur"/></svg>', 2, "not allowed"),
    (
        "link out",
        OPEN + '<a xlink:href="https://example.org"><text>x</text></a></svg>',
        2,
        "not allowed",
    ),
    (
        "data SVG inside",
        OPEN + '<image href="data:image/svg+xml;base64,PHN2Zy8+"/></svg>',
        2,
        "not allowed",
    ),
    (
        "url in an attribute",
        OPEN + '<rect fill="url(http://x/p.svg#g)"/></svg>',
        2,
        "url(http://x/p.svg#g) not allowed",
    ),
    (
        "url in a style attribute",
        OPEN + "<rect style=\"fill: url( 'file:a.svg#g')\"/></svg>",
        2,
        "not allowed",
    ),
    (
        "url in a style element",
        OPEN + "<style>\nrect { fill: url(/etc/x#g) }\n</style></svg>",
        4,
        "url(/etc/x#g) not allowed",
    ),
    (
        "css import",
        OPEN + '<style>@import "http://x/a.css";</style></svg>',
        2,
        "@import not allowed",
    ),
    ("script", OPEN + "\n\n<script>alert(1)</script></svg>", 4, "<script> not allowed"),
    (
        "foreign object",
        OPEN + "<foreignObject><p>x</p></foreignObject></svg>",
        2,
        "<foreignobject> not allowed",
    ),
    ("event attribute", OPEN + '<rect onclick="alert(1)"/></svg>', 2, "event attribute onclick"),
    (
        "animated href",
        OPEN + '<use href="#a"><set attributeName="xlink:href" to="http://x"/></use></svg>',
        2,
        "not allowed",
    ),
    ("deep nesting", OPEN + "<g>" * 5000 + "</g>" * 5000 + "</svg>", 2, "nested more than 32"),
    ("too many elements", OPEN + "<rect/>\n" * 6000 + "</svg>", 5001, "more than 5000 elements"),
    ("not svg", "<html><body/></html>", 1, "root element is <html>"),
    ("broken xml", OPEN + "<rect>\n</svg>", 3, "not well-formed XML"),
    ("compressed", gzip.compress((OPEN + "</svg>").encode()), 1, "compressed SVG"),
]


@pytest.mark.parametrize(
    ("text", "line", "said"), [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE]
)
def test_hostile_svg_is_refused_with_its_line(text: str | bytes, line: int, said: str) -> None:
    checked = check_svg(text if isinstance(text, bytes) else text.encode())
    assert checked.text is None
    assert (checked.line, said in checked.reason) == (line, True), checked


def test_a_huge_svg_is_refused_before_it_is_parsed() -> None:
    data = (OPEN + "<!--" + "x" * MAX_SVG_BYTES + "-->" + "</svg>").encode()
    checked = check_svg(data)
    assert (checked.text, checked.line, checked.reason) == (None, 1, "larger than 512 KB")


def test_not_utf8_text_is_refused() -> None:
    for data in ((OPEN + "<text>\xe6</text></svg>").encode("latin-1"), "<svg/>".encode("utf-16")):
        assert check_svg(data).text is None


def test_a_clean_svg_passes_and_themed_colours_follow_the_theme() -> None:
    text = (
        f'<svg {NS} data-palette="theme" viewBox="0 0 10 10">'
        '<rect fill="#0a6373" stroke="#123456" style="stop-color:#B3363F"/>'
        '<use href="#a"/><rect fill="url(#g)"/></svg>'
    )
    checked = check_svg(text.encode())
    assert checked.text == text and checked.themed
    dark = themed_svg(text, THEMES["dark"].diagram_colours())
    assert 'fill="#66d9e8"' in dark  # the accent role, in the dark theme's colour
    assert "#123456" in dark  # not a palette colour: kept
    assert "stop-color:#f28585" in dark  # a strong red for the dark theme
    assert 'href="#a"' in dark and "url(#g)" in dark  # references are not colours
    assert all(role in THEMES["light"].diagram_colours() for role in PALETTE.values())


def deck_with(tmp_path: Path, svg: str, name: str = "figur.svg") -> Path:
    folder = tmp_path / "m"
    (folder / "billeder").mkdir(parents=True)
    (folder / "module.md").write_text("---\nid: m\ntitle: M\n---\nOm modulet\n")
    (folder / "billeder" / name).write_text(svg, encoding="utf-8")
    deck = folder / "d.md"
    deck.write_text(HEAD.format(name="d") + f"# A\n\n![Figur](billeder/{name})\n\nNote:\nn\n")
    return folder


@pytest.mark.parametrize("name", ["figur.svg", "figur.png"])
def test_check_content_reports_a_hostile_svg_at_the_deck_line(tmp_path: Path, name: str) -> None:
    deck_with(tmp_path, OPEN + '<image xlink:href="/etc/passwd"/></svg>', name)
    library = load_library([tmp_path])
    found = [(p.file.rsplit("/", 1)[-1], p.line, p.message) for p in library.problems]
    assert found == [
        (
            "d.md",
            9,
            "image refused (unsafe SVG, line 2, reference to '/etc/passwd' not allowed "
            f"(only #id inside the file)): billeder/{name}",
        )
    ]


@pytest.mark.parametrize("name", ["figur.svg", "figur.png"])
def test_a_hostile_svg_is_drawn_as_a_placeholder(qapp, tmp_path: Path, name: str) -> None:
    # A red square that would show if Qt drew the file, plus an external picture reference.
    folder = deck_with(
        tmp_path,
        OPEN + '<rect width="100" height="100" fill="#ff0000"/>\n'
        '<image href="../module.md" width="10" height="10"/></svg>',
        name,
    )
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide(f"## A\n\n![Figur](billeder/{name})", base_dir=folder)
    image = renderer.image(slide, QSize(1920, 1080))
    assert renderer.problems(slide) == [
        "image refused (unsafe SVG, line 3, reference to '../module.md' not allowed "
        f"(only #id inside the file)): billeder/{name}"
    ]
    red = QColor("#ff0000").rgb()
    rgb = image.copy(QRect(0, 200, 1920, 880))
    assert not any(
        rgb.pixel(x, y) == red for x in range(0, rgb.width(), 8) for y in range(0, rgb.height(), 8)
    )
