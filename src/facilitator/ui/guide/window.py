"""The guide window: the page list, a search field over the guide's text, and the page itself.

Pages are shown in the library's :class:`LocalTextBrowser`, which loads nothing but local
pictures. Links between pages (``planning.md``, ``records.md#mentor``) open the page here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.guide import IMAGE_LINK, GuideHit, GuidePage, guide_dir, load_pages, search
from ..i18n import ui_language
from ..library.documents import LocalTextBrowser, markdown_html
from .keys import fill_key_tables

SLUG = Qt.ItemDataRole.UserRole
_PAGE_LINK = re.compile(r"^([\w-]+)\.md$")
# A picture alone in a paragraph: the paragraph's line height (140 %) would add 40 % of the
# picture's height below it.
_PICTURE_PARAGRAPH = re.compile(r"<p>(<img [^>]*>)</p>")


def display_text(page: GuidePage) -> str:
    """A page's Markdown as shown: key tables filled in, pictures as file URLs beside the page."""
    text = fill_key_tables(page.text)

    def picture(match: re.Match[str]) -> str:
        target = match.group(2)
        if "://" in target:
            return match.group(0)  # not ours to load: the browser draws a placeholder
        return f"![{match.group(1)}]({(page.path.parent / target).resolve().as_uri()})"

    return IMAGE_LINK.sub(picture, text)


class GuideWindow(QWidget):
    def __init__(
        self,
        theme: Callable[[], str],
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.theme = theme
        self.folder = folder or guide_dir()
        self.language = ""
        self.pages: list[GuidePage] = []
        self.hits: list[GuideHit] = []
        self._slug = ""

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("guideSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._search)
        self.search_field.returnPressed.connect(self._first_hit)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("guidePages")
        self.page_list.setWordWrap(True)
        self.page_list.setSpacing(3)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.currentItemChanged.connect(self._chosen)
        self.no_hits = QLabel(self)
        self.no_hits.setObjectName("guideNoHits")
        self.no_hits.setWordWrap(True)
        self.no_hits.hide()
        self.keys_button = QPushButton(self)
        self.keys_button.setObjectName("guideKeys")
        self.keys_button.clicked.connect(lambda: self.show_page("presenting", "keys"))
        self.text = LocalTextBrowser(self)
        self.text.setObjectName("guideText")
        self.text.anchorClicked.connect(self._link)

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_field)
        column.addWidget(self.page_list, 1)
        column.addWidget(self.no_hits)
        column.addWidget(self.keys_button)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 780])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.splitter)
        self.resize(1080, 760)
        self.retranslateUi()
        self.load(ui_language())

    # --- pages ---------------------------------------------------------------------------------
    def load(self, language: str) -> None:
        """Read the pages in ``language`` and show the same page as before (or the first)."""
        self.language = language
        self.pages = [p.with_text(display_text(p)) for p in load_pages(language, self.folder)]
        slug = self._slug or (self.pages[0].slug if self.pages else "")
        self._slug = ""
        self._fill_list()
        if slug:
            self.show_page(slug)

    def page(self, slug: str) -> GuidePage | None:
        return next((p for p in self.pages if p.slug == slug), None)

    def current_slug(self) -> str:
        return self._slug

    def show_page(self, slug: str, anchor: str = "", find: str = "") -> None:
        """Show page ``slug``, scrolled to ``anchor`` or to the first ``find``."""
        page = self.page(slug)
        if page is None:
            return
        if slug != self._slug:
            self._slug = slug
            font = QFont(self.text.font())
            font.setPointSizeF(font.pointSizeF() * 1.08)
            body = _PICTURE_PARAGRAPH.sub(
                r'<div style="margin: 8px 0;">\1</div>', markdown_html(page.text)
            )
            self.text.show_html(body, root=self.folder, theme=self.theme(), font=font)
            self._select(slug)
        if anchor:
            self.text.scrollToAnchor(anchor)
        elif find:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            if self.text.find(find):  # the hit near the top, not at the bottom edge
                bar = self.text.verticalScrollBar()
                bar.setValue(bar.value() + self.text.cursorRect().top() - 60)
        else:
            self.text.verticalScrollBar().setValue(0)

    def _fill_list(self) -> None:
        self.page_list.blockSignals(True)
        self.page_list.clear()
        if self.search_field.text().strip():
            for hit in self.hits:
                item = QListWidgetItem(f"{hit.title}\n… {hit.snippet} …")
                item.setData(SLUG, hit.slug)
                item.setToolTip(hit.snippet)
                self.page_list.addItem(item)
        else:
            for page in self.pages:
                item = QListWidgetItem(page.title)
                item.setData(SLUG, page.slug)
                self.page_list.addItem(item)
        self.page_list.blockSignals(False)
        self._select(self._slug)

    def _select(self, slug: str) -> None:
        self.page_list.blockSignals(True)
        for row in range(self.page_list.count()):
            if self.page_list.item(row).data(SLUG) == slug:
                self.page_list.setCurrentRow(row)
                break
        else:
            self.page_list.clearSelection()
        self.page_list.blockSignals(False)

    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        slug = current.data(SLUG)
        hit = next((h for h in self.hits if h.slug == slug), None)
        self.show_page(slug, find=hit.word if hit and self.search_field.text().strip() else "")

    def _link(self, url: QUrl) -> None:
        match = _PAGE_LINK.match(url.path().rsplit("/", 1)[-1])
        if match and not url.scheme():
            self.show_page(match.group(1), url.fragment())

    # --- search --------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.hits = search(self.pages, text)
        self._fill_list()
        empty = bool(text.strip()) and not self.hits
        self.no_hits.setVisible(empty)
        if self.hits and self._slug not in {h.slug for h in self.hits}:
            self.show_page(self.hits[0].slug, find=self.hits[0].word)
        elif self.hits:
            hit = next(h for h in self.hits if h.slug == self._slug)
            self.show_page(hit.slug, find=hit.word)

    def _first_hit(self) -> None:
        if self.hits:
            self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def search_for(self, text: str) -> None:
        self.search_field.setText(text)

    # --- keys and words ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            if self.search_field.text():
                self.search_field.clear()
            else:
                self.close()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Find):
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and self._slug:
            slug, self._slug = self._slug, ""
            self.show_page(slug)  # the page's colours follow a new theme
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            language = ui_language()
            if language != self.language:
                self.load(language)
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Guide – Facilitator"))
        self.search_field.setPlaceholderText(self.tr("Search the guide"))
        self.search_field.setAccessibleName(self.tr("Search the guide"))
        self.page_list.setAccessibleName(self.tr("Pages of the guide"))
        self.text.setAccessibleName(self.tr("Page of the guide"))
        self.no_hits.setText(self.tr("No page holds these words."))
        self.keys_button.setText(self.tr("All keys"))
        self.keys_button.setToolTip(
            self.tr("Every keyboard shortcut, on the page about presenting")
        )
