"""Printed text pages read like a leaflet: headings and labels stay with what follows them,
lines of underscores are ruled lines to write on, and no page shows a sliver of the next."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QTextBlock, QTextDocument

from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.render.fonts import ensure_fonts_loaded
from facilitator.render.text_pdf import item_document, item_pages
from facilitator.render.textpages import (
    draw_page,
    ends_in_blank,
    is_writing_line,
    paginate,
    writing_rules,
)

WIDTH = 511.0  # A4 inside the margins, in points, as printed
AREA = QSizeF(WIDTH, 842.0 - 2 * 42.0 - 16)
MM = 72 / 25.4  # points in a millimetre

FILLER = (
    "Mentalisering er at forstå adfærd ud fra det, der foregår indeni: tanker, følelser, ønsker "
    "og hensigter. Vi kan se, hvad andre gør og siger, men ikke hvorfor."
)


def blocks(doc: QTextDocument) -> list[QTextBlock]:
    out = []
    block = doc.begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def page_of(doc: QTextDocument, block: QTextBlock, line: int = 0) -> int:
    """The page (from 0) of a line of a block, read from Qt's layout."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    if block.layout().lineCount():
        top += block.layout().lineAt(line).y()
    return int((top + 0.5) // doc.pageSize().height())


def find(doc: QTextDocument, text: str) -> QTextBlock:
    return next(b for b in blocks(doc) if b.text().startswith(text))


def after(block: QTextBlock) -> QTextBlock:
    return block.next()


def printed(doc: QTextDocument, index: int, scale: float) -> QImage:
    """Page ``index`` of ``doc`` as drawn for the PDF, on white, ``scale`` pixels a point."""
    size = doc.pageSize() * scale
    image = QImage(int(size.width()), int(size.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    draw_page(painter, doc, QPointF(0, 0), index)
    painter.end()
    return image


def texts_with_a_heading_at_every_height(tail: str) -> list[str]:
    """Handouts whose ``tail`` starts at many heights on the first page, down to its foot."""
    return [
        "\n\n".join([FILLER] * paragraphs + ["Kort linje."] * short) + "\n\n" + tail
        for paragraphs in range(9, 14)
        for short in range(0, 5)
    ]


def test_a_heading_near_the_foot_of_a_page_goes_over_with_its_text(qapp):
    ensure_fonts_loaded()
    tail = "## Når det glipper\n\n" + FILLER + " " + FILLER
    stranded_before = 0
    for text in texts_with_a_heading_at_every_height(tail):
        plain = item_document(text, "Motivation", WIDTH, None)
        plain.setPageSize(AREA)  # Qt's own page breaks, for comparison
        heading = find(plain, "Når det glipper")
        stranded_before += page_of(plain, heading) < page_of(plain, after(heading))

        doc = item_document(text, "Motivation", WIDTH, None)
        paginate(doc, AREA)
        heading = find(doc, "Når det glipper")
        following = after(heading)
        assert page_of(doc, heading) == page_of(doc, following) == page_of(doc, following, 1)
    assert stranded_before, "no variant put the heading at the foot of a page"


def test_a_label_and_its_writing_lines_stay_together(qapp):
    ensure_fonts_loaded()
    tail = "**Den impuls, der er sværest for mig:**\n\n______________\n\n______________\n\nSlut."
    moved = 0
    for text in texts_with_a_heading_at_every_height(tail):
        doc = item_document(text, "Selvkontrol", WIDTH, None)
        paginate(doc, AREA)
        label = find(doc, "Den impuls")
        first, second = after(label), after(after(label))
        assert is_writing_line(first) and is_writing_line(second)
        assert page_of(doc, label) == page_of(doc, first) == page_of(doc, second)
        moved += page_of(doc, label) == 1
    assert moved, "no variant moved the label to the next page"


def test_a_heading_over_a_label_over_its_lines_moves_as_one(qapp):
    ensure_fonts_loaded()
    tail = "## Til dig selv\n\n**Mit første skridt:**\n\n______________\n\nSlut."
    for text in texts_with_a_heading_at_every_height(tail):
        doc = item_document(text, "Motivation", WIDTH, None)
        paginate(doc, AREA)
        heading = find(doc, "Til dig selv")
        label = after(heading)
        line = after(label)
        assert page_of(doc, heading) == page_of(doc, label) == page_of(doc, line)


def test_a_short_paragraph_never_leaves_one_line_alone(qapp):
    ensure_fonts_loaded()
    tail = "Til sidst: " + FILLER + " Det er en del af det at være menneske."
    split_before = 0
    for text in texts_with_a_heading_at_every_height(tail):
        plain = item_document(text, "Ark", WIDTH, None)
        plain.setPageSize(AREA)
        plain.pageCount()  # lays it out
        last = find(plain, "Til sidst")
        count = last.layout().lineCount()
        assert 2 <= count <= 4
        split_before += page_of(plain, last) != page_of(plain, last, count - 1)

        doc = item_document(text, "Ark", WIDTH, None)
        paginate(doc, AREA)
        last = find(doc, "Til sidst")
        pages = [page_of(doc, last, n) for n in range(last.layout().lineCount())]
        assert pages.count(pages[0]) > 1 and pages.count(pages[-1]) > 1, pages
    assert split_before, "no variant split the paragraph"


def test_a_group_longer_than_a_page_is_left_to_qt(qapp):
    ensure_fonts_loaded()
    text = "**Skriv her:**\n\n" + "______\n\n" * 40 + "Slut."
    doc = item_document(text, "Lines", WIDTH, None)
    pages = paginate(doc, AREA)  # terminates, and prints every line
    assert pages == 2
    assert sum(is_writing_line(b) for b in blocks(doc)) == 40


def test_lines_of_underscores_are_ruled_lines_to_write_on(qapp):
    ensure_fonts_loaded()
    text = (
        "**Mine advarselstegn:**\n\n"
        "______________________________\n"
        "______________________________\n\n"
        "______________________________\n\n"
        "**Tre ting:**\n\n1. ______________\n2. ______________\n\n"
        "**Én, der kan hjælpe:** ____________\n\n"
        "---\n\nSlut."
    )
    doc = item_document(text, "Ark", WIDTH, None)
    paginate(doc, AREA)
    rules = list(writing_rules(doc))
    assert len(rules) == 6  # three bare lines, two numbered lines, one blank; not ---
    spacing = [b[1] - a[1] for a, b in zip(rules, rules[1:3], strict=False)]
    assert all(9 * MM <= gap <= 10 * MM for gap in spacing), spacing
    for _top, _y, left, right in rules[:3]:
        assert left == 0 and right == WIDTH  # across the text width
    for _top, _y, left, right in rules[3:5]:
        assert 0 < left < 30 and right == WIDTH  # after the item's number
    numbered = [b for b in blocks(doc) if is_writing_line(b) and b.textList() is not None]
    assert len(numbered) == 2
    blank = find(doc, "Én, der kan hjælpe:")
    assert ends_in_blank(blank) and blank.text() == "Én, der kan hjælpe:"
    line = blank.layout().lineAt(0)
    assert rules[5][2] >= line.naturalTextWidth() and rules[5][3] == WIDTH  # after the text
    assert "\ue000" not in doc.toPlainText() and "\ue001" not in doc.toPlainText()
    label = find(doc, "Mine advarselstegn")
    label_bottom = doc.documentLayout().blockBoundingRect(label).bottom()
    assert 5 * MM <= rules[0][1] - label_bottom <= 14 * MM  # room to write under the label


def test_the_rules_are_drawn_on_the_page(qapp):
    ensure_fonts_loaded()
    doc = item_document("**Skriv:**\n\n______\n\n______", "Ark", WIDTH, None)
    paginate(doc, AREA)
    scale = 2.0
    image = printed(doc, 0, scale)
    for _top, y, _left, _right in writing_rules(doc):
        row = round(y * scale)
        band = [QColor(image.pixel(x, r)).lightness() for r in (row - 1, row) for x in (40, 600)]
        assert min(band) < 230, f"no rule at y={y}"


def test_a_page_shows_nothing_of_the_next_page(qapp):
    ensure_fonts_loaded()
    text = "\n\n".join([FILLER] * 60).replace("Mentalisering", "ÅÅÅ Mentalisering")
    doc = item_document(text, "Å", WIDTH, None)
    pages = paginate(doc, AREA)
    assert pages > 2
    scale = 3.0
    for index in range(pages - 1):
        image = printed(doc, index, scale)
        # Find the last line printed on this page; below it, down to the page foot, is blank.
        last = (
            max(
                doc.documentLayout().blockBoundingRect(b).top()
                + b.layout().lineAt(n).y()
                + b.layout().lineAt(n).height()
                for b in blocks(doc)
                for n in range(b.layout().lineCount())
                if page_of(doc, b, n) == index
            )
            - index * AREA.height()
        )
        for row in range(int(last * scale) + 2, image.height()):
            assert all(
                QColor(image.pixel(x, row)).lightness() > 250 for x in range(0, image.width(), 3)
            ), f"page {index + 1} shows ink at {row / scale:.1f} pt, below its last line"


def test_a_few_lines_over_two_pages_are_pulled_back_by_tighter_spacing(qapp):
    ensure_fonts_loaded()
    for paragraphs in range(30, 50):
        text = "\n\n".join([FILLER] * paragraphs)
        loose = item_document(text, "Ark", WIDTH, None)
        if paginate(loose, AREA) != 3:
            continue
        last = loose.documentLayout().blockBoundingRect(loose.lastBlock()).bottom()
        if last - 2 * AREA.height() > 0.1 * AREA.height():
            continue  # more than a scrap on the last page
        assert item_pages(text, "Ark", AREA, None).pageCount() == 2
        return
    raise AssertionError("no text spilled a scrap onto a third page")


LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])


def test_no_bundled_handout_or_guide_leaves_a_heading_or_label_at_a_page_foot(qapp):
    ensure_fonts_loaded()
    problems = []
    for item in LIBRARY.items():
        if item.kind not in ("handout", "guide", "exercise"):
            continue
        doc = item_pages(item.body, item.title, AREA, item.path.parent)
        for block in blocks(doc):
            following = block.next()
            text = block.text().strip()
            heading = block.blockFormat().headingLevel() > 0
            label = text.endswith(":") and block.layout().lineCount() <= 2
            label = label and not ends_in_blank(block)  # "Label: ____" is whole on its own
            if not following.isValid() or not (heading or label) or not text:
                continue
            if block.textList() is None and page_of(doc, block) < page_of(doc, following):
                problems.append(f"{item.id}: {text[:40]!r} ends page {page_of(doc, block) + 1}")
    assert not problems, "\n".join(problems)


def test_a_steps_trainer_part_prints_on_a_line_of_its_own(qapp):
    """`   > …` under a step is the trainer's part: on paper it has its own (italic) line instead
    of running on after the step's time."""
    from PySide6.QtCore import QSizeF

    from facilitator.render.text_pdf import item_pages

    text = "## Trin\n1. Find en makker. (2 min)\n   > Forklar øvelsen.\n2. Tal sammen. (3 min)\n"
    doc = item_pages(text, "Øvelse", QSizeF(511.0, 700.0), None)
    lines = [line.strip() for line in doc.toPlainText().splitlines() if line.strip()]
    assert "Find en makker. (2 min)" in lines
    assert "Forklar øvelsen." in lines
    assert not any("(2 min) >" in line for line in lines)
