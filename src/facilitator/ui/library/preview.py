"""The preview pane: a header with the item's facts, then the deck or the document itself."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Item, Module
from .. import icons, labels, style
from ..renderer import SlidePainter, slide_painter
from .deck import DeckPreview
from .documents import LocalTextBrowser, exercise_html, handout_html, module_html


def presentable(item: Item | None) -> bool:
    """A deck with slides or an exercise: what the projector can show."""
    return item is not None and (
        (item.kind == "deck" and bool(item.slides)) or item.kind == "exercise"
    )


class ItemHeader(QWidget):
    """Module, title and a line of facts: kind, minutes, language, group form, audience.

    A deck or an exercise gets a large Present button beside its title: the first thing a new
    trainer looks for (F5 and the Present menu do the same).
    """

    present_requested = Signal()
    edit_requested = Signal()  # "Edit" an own item, or "Make my copy" of a bundled one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemHeader")
        self._item: Item | None = None
        self._module_title = ""
        self._module: Module | None = None  # when a module itself is shown
        self.theme = "light"
        self.crumb = QLabel(self)
        self.crumb.setObjectName("itemCrumb")
        self.title = QLabel(self)
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setObjectName("itemFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("itemSummary")
        self.summary.setWordWrap(True)
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("presentButton")
        self.present_button.setDefault(True)  # the accent colour: the primary action here
        self.present_button.setAutoDefault(False)
        self.present_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.present_button.clicked.connect(self.present_requested)
        self.present_button.hide()
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_requested)
        self.edit_button.hide()
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.setSpacing(16)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.crumb)
        layout.addLayout(title_row)
        for widget in (self.facts, self.summary):
            layout.addWidget(widget)
        self.retranslateUi()  # the buttons have their words (and names) before any item shows

    def set_item(self, item: Item, module_title: str) -> None:
        self._item = item
        self._module = None
        self._module_title = module_title
        self.retranslateUi()

    def set_module(self, module: Module) -> None:
        self._item = None
        self._module = module
        self.retranslateUi()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.present_button.setText(self.tr("Present"))
        self.present_button.setToolTip(self.tr("Present from the start on the projector (F5)"))
        self.present_button.setAccessibleName(self.tr("Present"))
        self.present_button.setVisible(self._module is None and presentable(self._item))
        bundled = (
            self._module.bundled
            if self._module is not None
            else bool(self._item and self._item.bundled)
        )
        self.edit_button.setText(self.tr("Make my copy") if bundled else self.tr("Edit"))
        self.edit_button.setToolTip(
            self.tr("Copy it into My material to change it (Ctrl+Shift+E)")
            if bundled
            else self.tr("Change it in the editor (Ctrl+Shift+E)")
        )
        self.edit_button.setVisible(
            (self._module is not None and bundled)
            or (self._module is None and self._item is not None)
        )
        if self._module is not None:
            self._show_module(self._module)
        item = self._item
        if item is None:
            return
        look = style.look(self.theme)
        self.crumb.setText(self._module_title)
        self.title.setText(item.title)
        facts = [labels.kind(item.kind), labels.minutes(item.duration)]
        facts.append(labels.language(item.language))
        if item.kind == "deck":
            count = len(item.slides)
            facts.append(
                self.tr("1 slide") if count == 1 else self.tr("%1 slides").replace("%1", str(count))
            )
        if item.group_form:
            facts.append(", ".join(labels.group_form(f) for f in item.group_form))
        if item.audience:
            facts.append(self.tr("For: %1").replace("%1", ", ".join(item.audience)))
        separator = f'<span style="color:{look.border};">&nbsp;&nbsp;|&nbsp;&nbsp;</span>'
        text = separator.join(html.escape(f) for f in facts)
        if item.sensitive:
            warning = html.escape(self.tr("Touches heavy themes – read the facilitator notes"))
            text += (
                f'&nbsp;&nbsp;&nbsp;<span style="color:{look.warning}; '
                f'background-color:{look.warning_bg};">&nbsp;{warning}&nbsp;</span>'
            )
        self.facts.setText(f'<span style="color:{look.muted};">{text}</span>')
        self.summary.setText(item.summary)
        self.summary.setVisible(bool(item.summary))

    def _show_module(self, module: Module) -> None:
        look = style.look(self.theme)
        count = len(module.items)
        minutes = sum(i.duration for i in module.items)
        facts = [
            self.tr("1 item") if count == 1 else self.tr("%1 items").replace("%1", str(count)),
            self.tr("%1 min in all").replace("%1", str(minutes)),
            labels.language(module.language),
        ]
        separator = f'<span style="color:{look.border};">&nbsp;&nbsp;|&nbsp;&nbsp;</span>'
        self.crumb.setText(self.tr("Module"))
        self.title.setText(module.title)
        text = separator.join(html.escape(f) for f in facts)
        self.facts.setText(f'<span style="color:{look.muted};">{text}</span>')
        self.summary.setText(module.summary)
        self.summary.setVisible(bool(module.summary))


class EmptyPage(QWidget):
    """What the pane shows when nothing is chosen or nothing matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyPage")
        self.state = "loading"
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = QLabel(self)
        self.headline.setObjectName("emptyHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setObjectName("emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        icons.notifier().changed.connect(self._refresh_icon)

    def set_state(self, state: str) -> None:
        """``loading``, ``choose``, ``no-results`` or ``empty``."""
        self.state = state
        self.retranslateUi()

    def _refresh_icon(self) -> None:
        if icons.is_ready():
            name = "search" if self.state == "no-results" else "empty"
            self.icon.setPixmap(icons.icon(name).pixmap(56, 56))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        texts = {
            "loading": (self.tr("Opening the library…"), ""),
            "choose": (
                self.tr("Choose an item to see it here"),
                self.tr("Use the arrow keys in the list. Ctrl+F searches; F1 shows every key."),
            ),
            "no-results": (
                self.tr("Nothing matches"),
                self.tr("Try fewer or shorter words, or clear the filters. Esc clears the search."),
            ),
            "empty": (
                self.tr("The library is empty"),
                self.tr("Add a content folder in Settings (Ctrl+,)."),
            ),
        }
        headline, hint = texts.get(self.state, texts["choose"])
        self.headline.setText(headline)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._refresh_icon()


class PreviewPane(QFrame):
    """The preview of the chosen item: header, then slides or text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.item: Item | None = None
        self.theme = "light"
        self._painter: SlidePainter | None = None  # made when the first deck is shown
        self.header = ItemHeader(self)
        self.empty = EmptyPage(self)
        self.deck = DeckPreview(self)
        self.document = LocalTextBrowser(self)
        self.document.setObjectName("documentView")
        self.document.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        for page in (self.empty, self.deck, self.document):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.show_empty("loading")
        self.retranslate()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.header.theme = theme
        self._painter = None
        if self.item is not None:
            self.show_item(self.item, self.header.crumb.text(), self._module_path)

    def _ensure_painter(self) -> None:
        # The renderer costs ~0.2 s to import: only when a deck is first shown, never at start.
        if self._painter is None:
            self._painter = slide_painter(self.theme)
            self.deck.set_painter(self._painter, self.theme)

    def show_empty(self, state: str) -> None:
        self.item = None
        self.module = None
        self.header.hide()
        self.empty.set_state(state)
        self.stack.setCurrentWidget(self.empty)

    def show_item(self, item: Item, module_title: str, module_path: Path | None) -> None:
        same = self.item is not None and self.item.id == item.id
        slide = self.deck.current_slide() if same else 0
        self.item = item
        self.module = None
        self._module_path = module_path
        self.header.set_item(item, module_title)
        self.header.show()
        if item.kind == "deck" and item.slides:
            self._ensure_painter()
            self.deck.set_item(item, slide)
            self.stack.setCurrentWidget(self.deck)
            return
        # Exercises get their own layout; handouts, guides (and a deck without slides) are text.
        is_exercise = item.kind == "exercise"
        body = exercise_html(item, self.theme) if is_exercise else handout_html(item)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.document.show_html(
            body, root=module_path or item.path.parent, theme=self.theme, font=font
        )
        self.stack.setCurrentWidget(self.document)

    def show_module(self, module: Module) -> None:
        """A module's overview: its introduction and its items."""
        self.item = None
        self.module = module
        self.header.set_module(module)
        self.header.show()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.document.show_html(
            module_html(module, self.theme), root=module.path, theme=self.theme, font=font
        )
        self.stack.setCurrentWidget(self.document)

    def focus_content(self) -> None:
        """Move the keyboard into the preview (Enter in the list)."""
        if self.stack.currentWidget() is self.deck:
            self.deck.strip.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.stack.currentWidget() is self.document:
            self.document.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Exercise headings are in the UI language: lay the document out again."""
        self.document.setAccessibleName(self.tr("Text of the item"))
        if self.item is None and self.module is not None and self.header.isVisible():
            self.show_module(self.module)
        elif self.item is not None and self.item.kind == "exercise":
            scroll = self.document.verticalScrollBar().value()
            self.show_item(self.item, self.header.crumb.text(), self._module_path)
            self.document.verticalScrollBar().setValue(scroll)

    _module_path: Path | None = None
    module: Module | None = None
