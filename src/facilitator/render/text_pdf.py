"""An exercise, handout or guide as printed A4 pages (``export_text_pdf``), and the laid-out,
paginated text that the plan's session pack and the editor's page preview use too
(``item_pages``): its title, writing lines for its lines of underscores, a step's trainer part on
a line of its own, local images. Cut into pages by :mod:`~facilitator.render.textpages`; written
with ``render.pdf``'s writer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPointF, QSizeF, Qt, QUrl
from PySide6.QtGui import QTextDocument

from facilitator.render.images import placeholder_image, resolve_image
from facilitator.render.markup import markdown_to_html
from facilitator.render.pdf import PAGE_MARGIN, PdfDocument, print_document, write_atomically
from facilitator.render.textpages import (
    draw_page,
    mark_writing_lines,
    paginate,
    rules_by_page,
    shape_writing_lines,
)
from facilitator.render.theme import THEMES


def export_text_pdf(
    markdown: str,
    out: Path,
    *,
    title: str,
    base_dir: Path | None = None,
) -> None:
    """Write a text item (exercise, handout, guide) to ``out`` as A4 portrait pages.

    The title heads the first page; the Markdown flows over as many pages as it needs, with page
    numbers. Local images beside the item are drawn (a placeholder when missing); nothing is ever
    fetched. Raises ``OSError`` when the file cannot be written.
    """
    write_atomically(Path(out), lambda path: _write_text(markdown, path, title, base_dir))


def _write_text(markdown: str, path: Path, title: str, base_dir: Path | None) -> None:
    with PdfDocument(path, title, portrait=True) as document:
        painter, page = document.painter, document.page
        width = page.width() - 2 * PAGE_MARGIN
        height = page.height() - 2 * PAGE_MARGIN - 16
        doc = item_pages(markdown, title, QSizeF(width, height), base_dir)
        pages = doc.pageCount()
        rules = rules_by_page(doc)
        for index in range(pages):
            document.next_page()
            draw_page(painter, doc, QPointF(PAGE_MARGIN, PAGE_MARGIN), index, rules)
            document.footer(f"{index + 1} / {pages}", title)


LAST_PAGE_SCRAP = 0.2  # a last page filled less than this is worth saving by tighter spacing


def item_pages(markdown: str, title: str, area: QSizeF, base_dir: Path | None) -> QTextDocument:
    """An exercise, handout or guide laid out and paginated on pages of ``area``.

    When the text would spill a few lines onto a last page, slightly tighter line spacing is
    tried, and used when it saves that page (a two-page handout stays two pages).
    """
    doc = item_document(markdown, title, area.width(), base_dir)
    pages = paginate(doc, area)
    if pages > 1 and _last_page_fill(doc) < LAST_PAGE_SCRAP:
        tight = item_document(markdown, title, area.width(), base_dir, tight=True)
        if paginate(tight, area) < pages:
            return tight
    return doc


def _last_page_fill(doc: QTextDocument) -> float:
    """How much of the last page of the paginated ``doc`` its text fills, from 0 to 1."""
    height = doc.pageSize().height()
    bottom = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
    return (bottom - (doc.pageCount() - 1) * height) / height


def item_document(
    markdown: str, title: str, width: float, base_dir: Path | None, *, tight: bool = False
) -> QTextDocument:
    """The text of an exercise, handout or guide laid out ``width`` points wide for print, under
    its title (unless the text begins with a title of its own), with writing lines for its lines
    of underscores; ``tight`` spaces lines and paragraphs a little closer. Paginate it with
    :func:`~facilitator.render.textpages.paginate` (or use :func:`item_pages`)."""
    first = next((line.strip() for line in markdown.splitlines() if line.strip()), "")
    titled = first.startswith("# ")  # the text brings its own title
    heading = f"# {_escape_heading(title)}\n\n" if title and not titled else ""
    text = mark_writing_lines(heading + _asides_on_their_own_line(markdown))
    return _text_document(text, width, base_dir, tight)


_LIST_ITEM = re.compile(r"^[ \t]*(?:\d+[.)]|[-*+])[ \t]")
_ASIDE = re.compile(r"^([ \t]+)>[ \t]?(.*)$")


def _asides_on_their_own_line(markdown: str) -> str:
    """An exercise step's trainer part (an indented ``>`` line under the step) printed on a line
    of its own, in italics: Markdown would otherwise run it on after the step's time."""
    out: list[str] = []
    in_item = False
    for line in markdown.split("\n"):
        aside = _ASIDE.match(line)
        if aside is not None and in_item and out:
            out[-1] = out[-1].rstrip() + "  "  # a hard line break
            words = aside.group(2).strip().replace("*", "\\*")
            out.append(f"{aside.group(1)}*{words}*" if words else aside.group(1))
            continue
        in_item = bool(_LIST_ITEM.match(line)) or (in_item and line.startswith((" ", "\t")))
        out.append(line)
    return "\n".join(out)


def _escape_heading(title: str) -> str:
    return title.replace("\\", "\\\\").replace("#", "\\#").replace("*", "\\*").replace("_", "\\_")


def _text_document(
    markdown: str, width: float, base_dir: Path | None, tight: bool = False
) -> QTextDocument:
    doc = print_document(11)  # local images are registered below
    line, gap = (130, 6) if tight else (140, 8)  # line height (%) and space after a paragraph
    doc.setDefaultStyleSheet(
        f"p {{ margin-top: 0px; margin-bottom: {gap}px; line-height: {line}%; }}"
        f"li {{ margin-bottom: {gap - 5}px; line-height: {line - 5}%; }}"
        f"ul, ol {{ margin-top: 0px; margin-bottom: {gap}px; }}"
        "h1 { font-size: 20px; font-weight: 700; margin-top: 0px; margin-bottom: 12px; }"
        f"h2 {{ font-size: 14px; font-weight: 700; margin-top: {gap + 4}px; margin-bottom: 6px; }}"
        "h3, h4 { font-size: 12px; font-weight: 700; margin-top: 8px; margin-bottom: 4px; }"
        "blockquote { margin-left: 14px; font-style: italic; }"
        "th, td { padding: 3px 6px; border-bottom: 0.5px solid #aab4bf; }"
        f"table {{ border-collapse: collapse; margin-bottom: {gap}px; }}"
    )
    count = 0
    light = THEMES["light"]  # text pages are printed dark on white

    def register(attrs: dict[str, str]) -> dict[str, str]:
        nonlocal count
        problems: list[str] = []
        picture, label = resolve_image(attrs.get("src", "").strip(), base_dir, problems, light)
        if picture is None:
            picture = placeholder_image(label, width, width * 0.5, light)
        count += 1
        url = f"print-image:{count}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), picture)
        shown = QSizeF(picture.size()).scaled(
            QSizeF(width, width * 0.6), Qt.AspectRatioMode.KeepAspectRatio
        )
        if picture.width() / 2 < shown.width():  # print small pictures at about 150 dpi
            shown = QSizeF(picture.size()) / 2
        return {
            "src": url,
            "width": str(round(shown.width())),
            "height": str(round(shown.height())),
        }

    doc.setHtml(markdown_to_html(markdown, image=register))
    shape_writing_lines(doc)
    doc.setTextWidth(width)
    return doc
