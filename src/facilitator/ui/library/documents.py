"""Exercises, handouts and guides as rich text, shown in a browser that loads local files only.

Markdown becomes HTML with Python-Markdown (imported on first use: it costs about 60 ms). The
:class:`LocalTextBrowser` never fetches a remote resource and never follows a link out of the app:
an image that is not a file inside the item's module folder is drawn as a placeholder.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...core.model import Item, Module
from .. import labels, style

log = logging.getLogger(__name__)


def markdown_html(text: str) -> str:
    from ...render.markup import convert  # lazy: Python-Markdown is not needed at start

    # One converter per thread, built once (a new one each time cost ~10 ms); a text nested too
    # deeply for Python-Markdown is shown as plain text (check-content names its line).
    body = convert(text, normalise=False, trainer=True)  # the trainer's screens: hints show
    # Qt draws cell borders only when the table asks for them.
    return body.replace("<table>", '<table class="grid" cellspacing="0" cellpadding="6">')


def stylesheet(theme: str, line_height: int = 140) -> str:
    look = style.look(theme)
    return f"""
        body {{ color: {look.text}; }}
        h1 {{ color: {look.text}; font-size: 20pt; font-weight: 700; margin: 4px 0 10px 0; }}
        h2 {{ color: {look.accent}; font-size: 14pt; font-weight: 700; margin: 18px 0 6px 0; }}
        h3 {{ color: {look.text}; font-size: 12pt; font-weight: 700; margin: 12px 0 4px 0; }}
        p, li {{ line-height: {line_height}%; }}
        ul, ol {{ margin-left: 0; }}
        a {{ color: {look.accent}; }}
        blockquote {{ color: {look.muted}; margin-left: 12px; }}
        table.grid {{ border-collapse: collapse; }}
        table.grid {{ border: 1px solid {look.border}; margin: 6px 0; }}
        table.grid td, table.grid th {{
            border: 1px solid {look.border}; border-style: solid; padding: 6px;
        }}
        table.grid th {{ background-color: {look.alt}; }}
        th {{ text-align: left; }}
        .muted {{ color: {look.muted}; }}
        .minutes {{ color: {look.muted}; }}
        .stepno {{ color: {look.accent}; font-weight: 700; }}
    """


def handout_html(item: Item) -> str:
    """A handout or guide: its Markdown body, without a first heading that repeats the title
    (the preview's header shows the title already)."""
    lines = item.body.lstrip("\n").split("\n")
    if lines and lines[0].startswith("# ") and lines[0][2:].strip() == item.title.strip():
        lines = lines[1:]
    return markdown_html("\n".join(lines))


def exercise_html(item: Item, theme: str) -> str:
    """An exercise laid out for reading: facts, purpose, materials, timed steps, notes, ..."""
    parts = item.exercise
    if parts is None:
        return markdown_html(item.body)
    look = style.look(theme)
    out: list[str] = []

    def section(title: str, body_html: str) -> None:
        if body_html.strip():
            out.append(f"<h2>{html.escape(title)}</h2>{body_html}")

    forms = ", ".join(labels.group_form(f) for f in item.group_form) or "–"
    step_total = sum(s.minutes or 0 for s in parts.steps)
    facts = [
        (QCoreApplication.translate("Documents", "Duration"), labels.minutes(item.duration)),
        (QCoreApplication.translate("Documents", "Group form"), forms),
    ]
    if step_total:
        facts.append(
            (QCoreApplication.translate("Documents", "Steps take"), labels.minutes(step_total))
        )
    cells = "".join(
        f'<td style="padding: 8px 22px 8px 0;"><span class="muted">{html.escape(k)}</span><br>'
        f"<b>{html.escape(v)}</b></td>"
        for k, v in facts
    )
    out.append(f'<table cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>')
    section(QCoreApplication.translate("Documents", "Purpose"), markdown_html(parts.purpose))
    section(QCoreApplication.translate("Documents", "Materials"), markdown_html(parts.materials))
    if parts.steps:
        rows = []
        for number, step in enumerate(parts.steps, start=1):
            minutes = labels.minutes(step.minutes) if step.minutes else ""
            rows.append(
                f'<tr><td class="stepno" style="padding: 5px 10px 5px 0;" valign="top" '
                f'width="30">'
                f"{number}.</td>"
                f'<td style="padding: 5px 16px 5px 0;">{html.escape(step.text)}</td>'
                f'<td class="minutes" style="padding: 5px 0; white-space: nowrap;" valign="top" '
                f'align="right" width="70">'
                f"{html.escape(minutes)}</td></tr>"
            )
        section(
            QCoreApplication.translate("Documents", "Steps"),
            f'<table cellspacing="0" width="100%">{"".join(rows)}</table>',
        )
    if parts.notes.strip():
        box = (
            f'<table width="100%" cellspacing="0" cellpadding="12" bgcolor="{look.notes_bg}" '
            f'style="border: 1px solid {look.border};"><tr><td>{markdown_html(parts.notes)}'
            "</td></tr></table>"
        )
        section(QCoreApplication.translate("Documents", "Facilitator notes"), box)
    section(
        QCoreApplication.translate("Documents", "Reflection questions"),
        markdown_html(parts.reflection),
    )
    section(QCoreApplication.translate("Documents", "Variations"), markdown_html(parts.variations))
    return "".join(out)


def module_html(module: Module, theme: str) -> str:
    """A module's introduction, then its items with kind and minutes."""
    look = style.look(theme)
    cell = "padding: 5px 14px 5px 0; white-space: nowrap;"
    rows = "".join(
        f'<tr><td style="{cell}" class="muted" width="150">'
        f"{html.escape(labels.kind(item.kind))}</td>"
        f'<td style="padding: 5px 14px 5px 0;"><b>{html.escape(item.title)}</b></td>'
        f'<td style="padding: 5px 0; white-space: nowrap;" class="minutes" align="right" '
        f'width="70">{html.escape(labels.minutes(item.duration))}</td></tr>'
        for item in module.items
    )
    heading = QCoreApplication.translate("Documents", "In this module")
    items = (
        f"<h2>{html.escape(heading)}</h2>"
        f'<table cellspacing="0" width="100%" style="border-top: 1px solid {look.border};">'
        f"{rows}</table>"
    )
    return markdown_html(module.body) + items


class LocalTextBrowser(QTextBrowser):
    """A QTextBrowser that shows local images from one folder and loads nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._root: Path | None = None
        self.anchorClicked.connect(self._anchor)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def show_html(
        self,
        body: str,
        *,
        root: Path | None,
        theme: str,
        font: QFont,
        margin: int = 18,
        line_height: int = 140,
    ) -> None:
        self._root = root.resolve() if root else None
        document = self.document()
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(stylesheet(theme, line_height))
        document.setDocumentMargin(margin)
        if root is not None:
            document.setBaseUrl(QUrl.fromLocalFile(str(root) + "/"))
        self.setHtml(f"<html><body>{body}</body></html>")

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802
        if getattr(kind, "value", kind) != QTextDocument.ResourceType.ImageResource.value:
            return None  # no style sheets, no remote documents: nothing but local images
        path = self._local_path(QUrl(url))
        if path is not None:
            image = QImage(str(path))
            if not image.isNull():
                return image
        return placeholder_image()

    def _local_path(self, url: QUrl) -> Path | None:
        if self._root is None:
            return None
        if url.isRelative() and not url.scheme():
            candidate = self._root / url.path()
        elif url.isLocalFile():
            candidate = Path(url.toLocalFile())
        else:
            return None
        try:
            resolved = candidate.resolve()
        except OSError:
            return None
        if resolved.is_file() and resolved.is_relative_to(self._root):
            return resolved
        return None

    def _anchor(self, url: QUrl) -> None:
        if url.hasFragment() and (url.isRelative() or not url.scheme()):
            self.scrollToAnchor(url.fragment())


PLACEHOLDER_SIZE = QSize(240, 135)


def placeholder_image(size: QSize = PLACEHOLDER_SIZE) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#e4e7eb"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#9aa5b1"), 2, Qt.PenStyle.DashLine))
    painter.drawRect(image.rect().adjusted(1, 1, -2, -2))
    painter.drawText(
        image.rect(),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("Documents", "Image not available"),
    )
    painter.end()
    return image
