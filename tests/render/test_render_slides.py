"""The slide painter: every layout in every theme, auto-fit, images, and nothing outside."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from render_helpers import close, colour_at, foreign_pixels

from facilitator.core.model import LAYOUTS, Slide
from facilitator.render.slides import MIN_READABLE_SCALE, SlideRenderer, markdown_to_html
from facilitator.render.textbox import SafeDocument
from facilitator.render.theme import THEMES

FULL = QSize(1920, 1080)

SAMPLES = {
    "title": "# Hvad er mentalisering?\n\nAt forstå adfærd ud fra tanker og følelser",
    "section": "# Del 2: Øvelser\n\nNu prøver vi selv",
    "content": (
        "## Når vi mentaliserer\n\n- Vi gætter\n  - og tager fejl\n- Vi er nysgerrige\n\n"
        "> Ingen kan læse tanker"
    ),
    "two-columns": (
        "## Mentaliserer\n\n- Nysgerrig\n\n<!-- column -->\n\n## Mentaliserer ikke\n\n- Skråsikker"
    ),
    "image": "![Rød](billeder/rod.png)\n\n## Hjernen\n\nNår vi bliver stressede …",
    "quote": "> Det er ikke det, der sker, men hvordan vi forstår det.\n\nPeter Fonagy",
    "exercise": "## Gæt tanken\n\n1. Find en makker (1 min)\n2. Gæt, hvad personen føler (4 min)",
}


def background(theme_name: str) -> QColor:
    return QColor(THEMES[theme_name].background)


def bullets(count: int, words: str = "med en del tekst om følelser, tanker og adfærd") -> str:
    return "## En lang slide\n\n" + "\n".join(f"- Punkt {i} {words}" for i in range(count))


def test_samples_cover_every_layout():
    assert set(SAMPLES) == set(LAYOUTS)


@pytest.mark.parametrize("theme_name", sorted(THEMES))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_renders_in_every_theme(qapp, deck_dir, theme_name, layout):
    renderer = SlideRenderer(THEMES[theme_name])
    slide = Slide(SAMPLES[layout], layout=layout, base_dir=deck_dir)
    image = renderer.image(slide, FULL)
    assert image.size() == FULL
    assert renderer.problems(slide) == []
    assert renderer.fit(slide) == 1.0
    canvas_colour = QColor(
        THEMES[theme_name].section_background
        if layout == "section"
        else THEMES[theme_name].background
    )
    # Something is drawn (text is there), and the outer edge of the slide stays empty.
    assert foreign_pixels(image, QRect(0, 0, 1920, 1080), canvas_colour, step=8) > 200
    # (The bottom edge is free too, except the title slide's accent band: tested elsewhere.)
    for edge in (QRect(0, 0, 1920, 40), QRect(0, 0, 40, 1030), QRect(1880, 0, 40, 1030)):
        assert foreign_pixels(image, edge, canvas_colour) == 0, edge


def test_short_text_is_not_shrunk(qapp):
    renderer = SlideRenderer(THEMES["light"])
    assert renderer.fit(Slide("## Kort\n\nEn linje")) == 1.0


def test_a_slightly_long_slide_shrinks_but_stays_readable(qapp):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide(bullets(10))
    assert MIN_READABLE_SCALE <= renderer.fit(slide) < 1.0
    assert renderer.problems(slide) == []


@pytest.mark.parametrize("theme_name", sorted(THEMES))
def test_a_long_slide_shrinks_to_fit_and_nothing_spills_off(qapp, theme_name):
    renderer = SlideRenderer(THEMES[theme_name])
    slide = Slide(bullets(16))
    scale = renderer.fit(slide)
    assert scale < MIN_READABLE_SCALE
    assert any("below the readable minimum of 70%" in p for p in renderer.problems(slide))
    assert f"{round(scale * 100)}%" in renderer.problems(slide)[0]
    image = renderer.image(slide, FULL)
    bg = background(theme_name)
    # The last bullet is drawn (the text reaches down the slide) ...
    assert foreign_pixels(image, QRect(128, 800, 1000, 180), bg) > 0
    # ... but the bottom margin and the edges stay background.
    assert foreign_pixels(image, QRect(0, 990, 1920, 90), bg) == 0
    assert foreign_pixels(image, QRect(0, 0, 90, 1080), bg) == 0
    assert foreign_pixels(image, QRect(1800, 0, 120, 1080), bg) == 0


def test_text_that_cannot_fit_is_cut_off_inside_the_slide_and_reported(qapp):
    renderer = SlideRenderer(THEMES["dark"])
    slide = Slide(bullets(300))
    image = renderer.image(slide, FULL)
    assert any("cut off" in p for p in renderer.problems(slide))
    assert foreign_pixels(image, QRect(0, 990, 1920, 90), background("dark")) == 0


def test_wide_content_never_runs_off_the_right_edge(qapp):
    renderer = SlideRenderer(THEMES["light"])
    wide_table = "| " + " | ".join(f"Kolonne{i}" for i in range(14)) + " |\n"
    wide_table += "|" + "---|" * 14 + "\n| " + " | ".join("x" * 6 for _ in range(14)) + " |\n"
    for md in ("## Ord\n\n" + "Uforståeligtlangtord" * 30, "## Tabel\n\n" + wide_table):
        slide = Slide(md)
        image = renderer.image(slide, FULL)
        assert renderer.fit(slide) < 1.0 or "Uforståeligt" in md
        assert foreign_pixels(image, QRect(1800, 0, 120, 1080), background("light")) == 0, md[:20]


def test_the_same_slide_looks_the_same_at_every_size(qapp, deck_dir):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide(SAMPLES["content"], base_dir=deck_dir)
    other = Slide(SAMPLES["exercise"], layout="exercise", base_dir=deck_dir)
    small = renderer.image(slide, QSize(480, 270))

    def difference(a: QImage, b: QImage) -> float:
        total = 0
        for y in range(0, 270, 3):
            for x in range(0, 480, 3):
                ca, cb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
                total += (
                    abs(ca.red() - cb.red())
                    + abs(ca.green() - cb.green())
                    + abs(ca.blue() - cb.blue())
                )
        return total / (90 * 160)

    scaled = renderer.image(slide, FULL).scaled(
        480, 270, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    unlike = renderer.image(other, FULL).scaled(
        480, 270, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    assert difference(small, scaled) < 4
    assert difference(small, unlike) > 4 * difference(small, scaled)


def test_other_aspect_ratios_are_letterboxed_in_the_theme_colour(qapp):
    renderer = SlideRenderer(THEMES["dark"])
    image = QImage(1000, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("magenta"))
    painter = QPainter(image)
    renderer.paint(painter, Slide(SAMPLES["content"]), QRectF(0, 0, 1000, 1000))
    painter.end()
    bg = background("dark")
    assert foreign_pixels(image, QRect(0, 0, 1000, 215), bg) == 0
    assert foreign_pixels(image, QRect(0, 785, 1000, 215), bg) == 0
    assert foreign_pixels(image, QRect(0, 230, 1000, 540), bg) > 0


def test_images_are_cached_and_layout_does_not_depend_on_size(qapp):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide(bullets(12))
    first = renderer.image(slide, QSize(320, 180))
    assert renderer.image(slide, QSize(320, 180)).cacheKey() == first.cacheKey()
    fit = renderer.fit(slide)
    renderer.image(slide, FULL)
    assert renderer.fit(slide) == fit
    assert renderer.image(slide, QSize(0, 0)).isNull()


def test_slide_numbers_are_drawn_only_when_asked(qapp):
    slide = Slide("## Hej", index=6)
    corner = QRect(1600, 980, 200, 100)
    bg = background("light")
    plain = SlideRenderer(THEMES["light"]).image(slide, FULL)
    numbered = SlideRenderer(THEMES["light"], slide_numbers=True).image(slide, FULL)
    assert foreign_pixels(plain, corner, bg) == 0
    assert foreign_pixels(numbered, corner, bg, step=1) > 0


def test_title_slide_is_centred(qapp):
    image = SlideRenderer(THEMES["light"]).image(Slide("# Velkommen", layout="title"), FULL)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bg = background("light")
    columns = [x for x in range(0, 1920, 2) if foreign_pixels(image, QRect(x, 300, 1, 460), bg, 1)]
    assert columns, "the title is drawn"
    assert abs((columns[0] + columns[-1]) / 2 - 960) < 12


def test_two_columns_put_text_in_both_halves(qapp):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide(SAMPLES["two-columns"], layout="two-columns")
    image = renderer.image(slide, FULL)
    bg = background("light")
    assert foreign_pixels(image, QRect(128, 100, 700, 300), bg) > 100
    assert foreign_pixels(image, QRect(1010, 100, 700, 300), bg) > 100


def test_two_columns_with_a_slide_title_and_without_a_column_marker(qapp):
    renderer = SlideRenderer(THEMES["light"])
    titled = Slide("# Overblik\n\n- a\n\n<!-- column -->\n\n- b", layout="two-columns")
    assert renderer.problems(titled) == []
    single = Slide("## Kun én\n\n- a", layout="two-columns")
    assert any("<!-- column -->" in p for p in renderer.problems(single))


def test_unknown_layout_is_reported_and_drawn_as_content(qapp):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide("## Hej\n\nTekst", layout="fancy")
    assert renderer.problems(slide) == ["unknown layout 'fancy'; shown as content"]
    assert not renderer.image(slide, FULL).isNull()


# Images ------------------------------------------------------------------------------------


def test_image_layout_shows_the_local_image_beside_the_text(qapp, deck_dir):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide(SAMPLES["image"], layout="image", base_dir=deck_dir)
    image = renderer.image(slide, FULL)
    assert close(colour_at(image, 480, 540), QColor("#d01010"))  # left half: the picture
    assert foreign_pixels(image, QRect(1000, 300, 800, 500), background("light")) > 100


def test_image_after_the_text_goes_on_the_right(qapp, deck_dir):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide(
        "## Hjernen\n\nTekst først\n\n![x](billeder/rod.png)", layout="image", base_dir=deck_dir
    )
    image = renderer.image(slide, FULL)
    assert close(colour_at(image, 1440, 540), QColor("#d01010"))
    assert not close(colour_at(image, 480, 540), QColor("#d01010"))


def test_a_large_inline_image_is_scaled_to_fit_the_slide(qapp, deck_dir):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide("## Stort billede\n\n![stor](billeder/stor.jpg)", base_dir=deck_dir)
    image = renderer.image(slide, FULL)
    assert renderer.problems(slide) == []
    greens = foreign_pixels(image, QRect(0, 0, 1920, 1080), background("light"), step=8)
    assert greens > 1000
    bg = background("light")
    assert foreign_pixels(image, QRect(0, 990, 1920, 90), bg) == 0
    assert foreign_pixels(image, QRect(1800, 0, 120, 1080), bg) == 0


@pytest.mark.parametrize("layout", ["content", "image"])
def test_a_missing_image_is_reported_and_drawn_as_a_placeholder(qapp, deck_dir, layout):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide("## Billede\n\n![x](billeder/findes-ikke.png)", layout=layout, base_dir=deck_dir)
    image = renderer.image(slide, FULL)
    assert renderer.problems(slide) == ["image not found: billeder/findes-ikke.png"]
    region = QRect(128, 300, 800, 600) if layout == "content" else QRect(128, 200, 800, 700)
    assert foreign_pixels(image, region, background("light")) > 100  # the placeholder box


def test_an_unreadable_image_is_reported(qapp, deck_dir):
    (deck_dir / "billeder" / "skadet.png").write_bytes(b"this is not a picture")
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide("![x](billeder/skadet.png)", base_dir=deck_dir)
    renderer.image(slide, FULL)
    assert renderer.problems(slide) == ["image could not be read: billeder/skadet.png"]


def test_absolute_and_data_images_are_refused(qapp, deck_dir):
    renderer = SlideRenderer(THEMES["light"])
    target = deck_dir / "billeder" / "rod.png"
    slide = Slide(
        f'<img src="{target}">\n\n![d](data:image/png;base64,iVBORw0KGgo=)', base_dir=deck_dir
    )
    image = renderer.image(slide, FULL)
    problems = [p for p in renderer.problems(slide) if "image" in p]
    assert len(problems) == 2 and all(p.startswith("image refused") for p in problems)
    reds = [
        (x, y)
        for y in range(0, 1080, 10)
        for x in range(0, 1920, 10)
        if close(colour_at(image, x, y), QColor("#d01010"))
    ]
    assert reds == []


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802
        _CountingHandler.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    _CountingHandler.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_remote_resources_are_never_fetched(qapp, local_server, deck_dir, tmp_path):
    url = local_server
    md = (
        f'## Sporing\n\n![pixel]({url}/md.png)\n\n<img src="{url}/raw.png">\n\n'
        f'<p style="background-image: url({url}/bg.png)">baggrund</p>\n\n'
        f'<table background="{url}/table.png"><tr><td>celle</td></tr></table>\n\n'
        f'<link rel="stylesheet" href="{url}/style.css">\n\n'
        f'<iframe src="{url}/frame"></iframe>'
    )
    renderer = SlideRenderer(THEMES["light"])
    slides = [
        Slide(md, base_dir=deck_dir),
        Slide(f"![x]({url}/side.png)\n\n## Tekst", layout="image", base_dir=deck_dir),
    ]
    for slide in slides:
        renderer.image(slide, FULL)
    from facilitator.render.pdf import export_slides_pdf

    export_slides_pdf(slides, tmp_path / "out.pdf", THEMES["light"])
    qapp.processEvents()
    assert _CountingHandler.requests == []
    problems = renderer.problems(slides[0])
    assert (
        f"remote image not loaded (not a local file; nothing is fetched): {url}/md.png" in problems
    )
    assert "unsafe HTML removed: <iframe>" in problems
    assert any(f"{url}/side.png" in p for p in renderer.problems(slides[1]))


def test_the_document_refuses_every_resource_it_would_load_itself(qapp, local_server):
    doc = SafeDocument()
    doc.setHtml(f'<img src="{local_server}/direct.png"><p>x</p>')
    doc.setTextWidth(500)
    doc.size()
    assert f"{local_server}/direct.png" in SafeDocument.refused
    assert (
        doc.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(f"{local_server}/a.png"))
        is None
    )
    assert (
        doc.loadResource(QTextDocument.ResourceType.ImageResource, QUrl.fromLocalFile(__file__))
        is None
    )
    qapp.processEvents()
    assert _CountingHandler.requests == []


def test_unsafe_html_is_reported(qapp):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide("## Hej\n\n<script>alert(1)</script>\n\nTekst")
    assert renderer.problems(slide) == ["unsafe HTML removed: <script>"]


def test_paths_relative_to_the_slide_folder(qapp, deck_dir: Path):
    renderer = SlideRenderer(THEMES["light"])
    nested = deck_dir / "undermappe"
    nested.mkdir()
    (deck_dir / "module.md").write_text("---\nid: m\ntitle: M\n---\n")  # "..": in the module
    slide = Slide("![r](../billeder/rod.png)", layout="image", base_dir=nested)
    image = renderer.image(slide, FULL)
    assert renderer.problems(slide) == []
    assert close(colour_at(image, 480, 540), QColor("#d01010"))


def test_an_empty_slide_is_just_the_background(qapp):
    renderer = SlideRenderer(THEMES["dark"])
    slide = Slide("")
    image = renderer.image(slide, FULL)
    assert renderer.fit(slide) == 1.0 and renderer.problems(slide) == []
    assert foreign_pixels(image, QRect(0, 0, 1920, 1080), background("dark")) == 0


def test_a_numbered_heading_stays_a_heading():
    from facilitator.render.layout_markdown import split_heading

    for heading, shown in [("## 1. Intro", "1. Intro"), ("# - og så", "- og så")]:
        title, _ = split_heading(heading)
        html = markdown_to_html(title)
        assert "<ol>" not in html and "<ul>" not in html
        assert shown.replace("-", "") in html
    assert "<em>kursiv</em>" in markdown_to_html(split_heading("# *kursiv* titel")[0])


def test_a_quote_slide_with_a_heading_shows_it_as_a_label_above_the_quote(qapp):
    renderer = SlideRenderer(THEMES["light"])
    slide = Slide("## Til eftertanke\n\n> Vi ser med hjertet.\n\n- Saint-Exupéry", layout="quote")
    image = renderer.image(slide, FULL)
    assert renderer.problems(slide) == []
    bg = background("light")
    rows = [y for y in range(0, 1080, 4) if foreign_pixels(image, QRect(100, y, 1600, 1), bg, 4)]
    # Three separate bands of text, label on top: the label, the quote, the attribution.
    bands = 1 + sum(1 for a, b in zip(rows, rows[1:], strict=False) if b - a > 20)
    assert bands == 3
