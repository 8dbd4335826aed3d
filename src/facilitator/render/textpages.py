"""Printed text pages: a laid-out ``QTextDocument`` cut into A4 pages that read like a leaflet.

Exercises, handouts and guides, the notes under slides, and a plan's run sheet and cards are all
text documents that Qt's page layout (``QTextDocument.setPageSize``) cuts into pages. This module
adds what that layout lacks, and draws one page:

- **Writing lines.** A Markdown line of underscores (``______``) in a handout is a line to write
  on: it prints as a ruled line across the text width, one every :data:`LINE_SPACING` points
  (about 9.5 mm), and several such lines give several ruled lines. A list item that is only
  underscores (``1. ______``) is a numbered line to write on, and a run of underscores that ends
  a line of text (``**Mit mål:** ______``) is a blank to fill in: the text's line is as high as
  a writing line and ruled from the end of the text to the right margin.
- **Keep with next.** A heading, a short label that ends with ":" (``**Mit første skridt:**``)
  and a writing line followed by another never end a page alone: they move to the next page
  together with the start of what follows (its first two lines, or the whole run of writing
  lines). A short paragraph (up to four lines) never leaves one line alone at the foot of a
  page or the top of the next: it moves over whole.
- **One page drawn** at a point on the PDF page, with its writing lines and nothing of the pages
  before or after it (an "Å" at the top of the next page rises above its line's box).

Lengths are PostScript points, like the rest of the PDF code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

__all__ = [
    "INK",
    "LINE_SPACING",
    "WRITING_LINE",
    "draw_page",
    "ends_in_blank",
    "is_writing_line",
    "mark_writing_lines",
    "paginate",
    "rules_by_page",
    "shape_writing_lines",
    "writing_rules",
]

INK = QColor("#1f2933")  # text is printed dark on white, in every theme
WRITING_LINE = QColor("#9aa5b1")  # light enough to write over, dark enough to copy
WRITING_PEN = 0.6  # points
LINE_SPACING = 27.0  # points from one writing line to the next, about 9.5 mm

# A private-use character stands for a writing line between the Markdown and the laid-out
# document; nothing in a handout's own text uses it.
WRITING_MARK = "\ue000"
BLANK_MARK = "\ue001"  # likewise for a blank at the end of a line of text
_WRITING = int(QTextFormat.Property.UserProperty.value) + 1  # block property: a writing line
_BLANK = _WRITING + 1  # block property: ends in a blank to fill in

_UNDERSCORE_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)(?:_[ \t]*){3,}$", re.MULTILINE
)
_TRAILING_BLANK = re.compile(r"(?<=\S)[ \t]+_{5,}[ \t]*$", re.MULTILINE)
_MIN_BLANK = 24.0  # points: a blank shorter than this is not drawn

# A glyph may rise above its line's box (the ring of "Å") or hang below it: each page shows this
# much beyond its own top, and stops this much short of the next page's top, so a page never
# shows a sliver of the next one.
_RISE = 2.5
_AFTER_TEXT = 8.0  # points: the space a paragraph leaves below itself
_AFTER_RUN = 16.0  # points below the last line of a run: the text below starts something new
_BELOW_RULE = 2.5  # points from a writing line's rule to the foot of its block
_FIXED_HEIGHT = int(QTextBlockFormat.LineHeightTypes.FixedHeight.value)
_MAX_LABEL_LINES = 2  # a label is short: a line or two that ends with ":"
_KEEP_LINES = 2  # lines of a paragraph that go along with a heading or label before it
_SHORT_PARAGRAPH = 4  # lines: a paragraph this short moves whole rather than leave one line


# Writing lines -------------------------------------------------------------------------------


def mark_writing_lines(markdown: str) -> str:
    """Replace each line of underscores in ``markdown`` with the writing-line mark, and each
    run of underscores that ends a line of text with the blank mark.

    A bare line becomes a paragraph of its own (blank lines around it), so a label right above
    it stays a paragraph and several lines stay several; a list item keeps its marker.
    """

    def swap(match: re.Match[str]) -> str:
        lead = match.group("lead")
        if lead.strip():  # a list item: "1. ____" is a numbered line to write on
            return lead + WRITING_MARK
        return f"\n{WRITING_MARK}\n"

    lines = _UNDERSCORE_LINE.sub(swap, markdown.replace("\r\n", "\n"))
    return _TRAILING_BLANK.sub(" " + BLANK_MARK, lines)


def shape_writing_lines(doc: QTextDocument) -> int:
    """Turn the marked paragraphs of ``doc`` into empty writing-line blocks; return how many.

    Each is an empty block :data:`LINE_SPACING` high whose line :func:`draw_page` rules at its
    foot, so lines in a run are evenly spaced. The first of a run is shorter by the space the
    text above it leaves anyway; the last keeps a little space before the text below it.
    """
    count = 0
    block = doc.begin()
    while block.isValid():
        if block.text().strip() == WRITING_MARK:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            first = not is_writing_line(block.previous())
            form = QTextBlockFormat(block.blockFormat())
            form.setProperty(_WRITING, True)
            height = LINE_SPACING - (_AFTER_TEXT if first else 0.0)
            form.setLineHeight(height, _FIXED_HEIGHT)
            form.setTopMargin(0)
            form.setBottomMargin(0)
            cursor.setBlockFormat(form)
            count += 1
            following = block.next()
            if following.isValid() and following.text().strip() != WRITING_MARK:
                form.setBottomMargin(_AFTER_RUN)  # the last of a run
                cursor.setBlockFormat(form)
        elif block.text().rstrip().endswith(BLANK_MARK):
            text = block.text()
            mark = text.rindex(BLANK_MARK)
            start = len(text[:mark].rstrip())
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + len(text), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            form = QTextBlockFormat(block.blockFormat())
            form.setProperty(_BLANK, True)
            form.setLineHeight(LINE_SPACING, _FIXED_HEIGHT)  # as high as a writing line
            cursor.setBlockFormat(form)
            count += 1
        block = block.next()
    return count


def is_writing_line(block: QTextBlock) -> bool:
    return bool(block.blockFormat().boolProperty(_WRITING))


def ends_in_blank(block: QTextBlock) -> bool:
    return bool(block.blockFormat().boolProperty(_BLANK))


def writing_rules(doc: QTextDocument) -> Iterator[tuple[float, float, float, float]]:
    """(top, y, left, right) of every writing line and blank in ``doc``, in document
    coordinates: where its line starts (which page it is on), and where the rule goes."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        count = block.layout().lineCount()
        if count and (is_writing_line(block) or ends_in_blank(block)):
            line = block.layout().lineAt(count - 1)
            corner = layout.blockBoundingRect(block).topLeft()
            left = corner.x() + line.x()  # after a list item's number
            if ends_in_blank(block):
                left += line.naturalTextWidth() + 4
            top = corner.y() + line.y()
            if is_writing_line(block):  # at the foot of the block: runs are evenly spaced
                rule = corner.y() + block.blockFormat().lineHeight() - _BELOW_RULE
            else:  # below the text's descenders, as on lined paper
                rule = top + line.height()
            if doc.textWidth() - left >= _MIN_BLANK:
                yield top, rule, left, doc.textWidth()
        block = block.next()


# Keep with next ------------------------------------------------------------------------------


def paginate(doc: QTextDocument, size: QSizeF) -> int:
    """Lay ``doc`` out on pages of ``size``, keeping headings and labels with what follows.

    Where a heading, label or run of writing lines would end a page with what it belongs to on
    the next, a page break goes in before it (before the first of several that belong together,
    such as a heading over a label over its lines). What cannot fit on a page even then is left
    to Qt's own page breaks. Returns the number of pages.
    """
    doc.setPageSize(size)
    for _ in range(doc.blockCount()):  # every pass moves one block to the top of a page
        block = _stranded(doc, size.height())
        if block is None:
            break
        form = QTextBlockFormat(block.blockFormat())
        form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        form.setTopMargin(0)  # the page starts with it: no space above
        QTextCursor(block).setBlockFormat(form)
    return doc.pageCount()


def _stranded(doc: QTextDocument, page_height: float) -> QTextBlock | None:
    """The first block to move to the next page, or None when nothing is left alone."""
    layout = doc.documentLayout()
    layout.documentSize()  # lays the whole document out
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if following.isValid() and _keeps_with_next(block, following):
            ends = _page(layout, block, block.layout().lineCount() - 1, page_height)
            lines = following.layout().lineCount()
            needed = 1 if is_writing_line(following) else min(_KEEP_LINES, lines)
            starts = _page(layout, following, needed - 1, page_height)
            if starts > ends:
                start = _chain_start(layout, block, page_height)
                if start is not None:
                    return start
        if _split_badly(layout, block, page_height):
            start = _chain_start(layout, block, page_height)
            if start is not None:
                return start
        block = following
    return None


def _split_badly(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, page_height: float
) -> bool:
    """Whether a short paragraph is split so that one line of it stands alone on a page (at the
    foot of one, or at the top of the next): it then moves over whole."""
    count = block.layout().lineCount()
    if not 2 <= count <= _SHORT_PARAGRAPH or QTextCursor(block).currentTable() is not None:
        return False
    pages = [_page(layout, block, line, page_height) for line in range(count)]
    return pages[0] != pages[-1] and 1 in (pages.count(pages[0]), pages.count(pages[-1]))


def _keeps_with_next(block: QTextBlock, following: QTextBlock) -> bool:
    if not block.text().strip() and not is_writing_line(block):
        return False
    if QTextCursor(block).currentTable() is not None:
        return False  # cells are not moved; a table row is Qt's to break
    if not following.next().isValid() and not following.text().strip():
        return False  # the document's empty last block (after a table or list)
    if is_writing_line(block):
        return is_writing_line(following)  # a run of lines stays together
    if block.blockFormat().headingLevel() > 0:
        return True
    label = block.text().strip().endswith(":") and not ends_in_blank(block)
    return label and block.layout().lineCount() <= _MAX_LABEL_LINES


def _chain_start(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, page_height: float
) -> QTextBlock | None:
    """The first of the blocks before ``block`` that belong with it, if it can move to the next
    page: not when it already starts a page (the group is longer than a page)."""
    start = block
    while True:
        previous = start.previous()
        if not previous.isValid() or not _keeps_with_next(previous, start):
            break
        start = previous
    previous = start.previous()
    if not previous.isValid():
        return None
    before = _page(layout, previous, previous.layout().lineCount() - 1, page_height)
    if before < _page(layout, start, 0, page_height):
        return None
    return start


def _page(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, line: int, page_height: float
) -> int:
    """The page (from 0) that line ``line`` of ``block`` is on."""
    top = layout.blockBoundingRect(block).top()
    text = block.layout()
    if 0 <= line < text.lineCount():
        top += text.lineAt(line).y()
    return int((top + 0.5) // page_height)


# Drawing -------------------------------------------------------------------------------------


Rules = dict[int, list[tuple[float, float, float, float]]]


def rules_by_page(doc: QTextDocument) -> Rules:
    """The :func:`writing_rules` of the paginated ``doc``, by page: found in one pass over the
    document, for all its pages (looking afresh for each page made long documents quadratic)."""
    height = doc.pageSize().height()
    pages: Rules = {}
    for rule in writing_rules(doc):
        pages.setdefault(int((rule[0] + 0.5) // height), []).append(rule)
    return pages


def draw_page(
    painter: QPainter, doc: QTextDocument, at: QPointF, index: int, rules: Rules | None = None
) -> None:
    """Draw page ``index`` of the paginated ``doc`` with its top left corner at ``at``.

    ``rules``: the document's :func:`rules_by_page`; give them when drawing many pages of one
    document (they are found here otherwise)."""
    size = doc.pageSize()
    top = index * size.height()
    painter.save()
    painter.translate(at.x(), at.y() - top)
    clip = QRectF(0, top - _RISE, size.width(), size.height())
    painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = context.palette
    palette.setColor(QPalette.ColorRole.Text, INK)
    palette.setColor(QPalette.ColorRole.Link, INK)
    context.palette = palette
    context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()
    painter.save()  # the rules are this page's own: no clip needed
    painter.translate(at.x(), at.y() - top)
    painter.setPen(QPen(WRITING_LINE, WRITING_PEN))
    for _top, y, left, right in (rules_by_page(doc) if rules is None else rules).get(index, []):
        painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.restore()
