"""The search field and the filter controls above the library list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from ...core.audiences import LEVEL_CHOICES, group_name, level_name
from ...core.model import ITEM_KINDS
from ...core.search import MAX_QUERY_CHARS, Filters
from .. import icons, labels
from ..i18n import ui_language

# Duration presets: (min, max) minutes; None means open-ended.
DURATIONS: tuple[tuple[int | None, int | None], ...] = (
    (None, None),
    (None, 10),
    (None, 20),
    (None, 45),
    (46, None),
)


COMBO_MAX_WIDTH = 150


class SearchField(QLineEdit):
    """A line edit that hands the focus to the results on Down or Return. Its hint is the long
    one where it fits, else the short one (a narrow window at 1366 px)."""

    to_results = Signal()
    HINT_ROOM = 72  # the search icon (about 40 px) and the clear button's place (about 30)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hints = ("", "")

    def set_hints(self, long: str, short: str) -> None:
        self._hints = (long, short)
        self._fit_hint()

    def _fit_hint(self) -> None:
        long, short = self._hints
        fits = self.fontMetrics().horizontalAdvance(long) + self.HINT_ROOM <= self.width()
        self.setPlaceholderText(long if fits else short)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_hint()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_results.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """Search text and filters; ``changed`` fires on every keystroke and filter change."""

    changed = Signal()
    to_results = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.field = SearchField(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(MAX_QUERY_CHARS)  # a pasted book is cut here, not searched
        self.field.setMinimumWidth(190)  # with the editor's New button, the toolbar fits 1366
        self.field.setMaximumWidth(620)
        self._search_icon: QAction | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")
        self.duration = QComboBox(self)
        self.duration.setObjectName("durationFilter")
        self.audience = QComboBox(self)
        self.audience.setObjectName("audienceFilter")
        self.level = QComboBox(self)
        self.level.setObjectName("levelFilter")
        self.language = QComboBox(self)
        self.language.setObjectName("languageFilter")
        self._audiences: list[str] = []
        self._languages: list[str] = []

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.field, 3)  # most of the room, up to its 620 px
        for combo in (self.kind, self.duration, self.audience, self.level, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            # At most this wide on the bar (a long choice is elided there, whole in the list),
            # so the five filters and the screen buttons fit at 1366 px.
            combo.setMaximumWidth(COMBO_MAX_WIDTH)
            combo.view().setMinimumWidth(COMBO_MAX_WIDTH + 80)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._combo_changed)
        layout.addStretch(1)
        self.field.textChanged.connect(self.changed)
        self.field.to_results.connect(self.to_results)
        icons.notifier().changed.connect(self.refresh_icons)
        self.retranslateUi()

    # --- what the browser asks -----------------------------------------------------------------
    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)

    def filters(self) -> Filters:
        kind = self.kind.currentData()
        language = self.language.currentData()
        low, high = DURATIONS[max(0, self.duration.currentIndex())]
        levels = self.level.currentData()
        return Filters(
            kinds=frozenset([kind]) if kind else frozenset(),
            languages=frozenset([language]) if language else frozenset(),
            audience=self.audience.currentData() or "",
            levels=frozenset(levels.split(",")) if levels else frozenset(),
            min_duration=low,
            max_duration=high,
        )

    def set_choices(self, audiences: Sequence[str], languages: Sequence[str]) -> None:
        """The audiences and languages that occur in the library."""
        self._audiences = list(audiences)
        self._languages = list(languages)
        self._fill_audience()
        self._fill_language()

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear_text(self) -> None:
        self.field.clear()

    def reset_filters(self) -> None:
        for combo in (self.kind, self.duration, self.audience, self.level, self.language):
            combo.setCurrentIndex(0)

    # --- words ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.field.set_hints(
            self.tr("Search titles, text, notes and tags"), self.tr("Search the library")
        )
        self.field.setAccessibleName(self.tr("Search the library"))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.audience.setAccessibleName(self.tr("Audience"))
        self.level.setAccessibleName(self.tr("School level"))
        self.language.setAccessibleName(self.tr("Language"))
        self._refill(
            self.kind,
            [(self.tr("All kinds"), None)] + [(labels.kind_plural(k), k) for k in ITEM_KINDS],
        )
        self._refill(
            self.duration,
            [
                (self.tr("Any length"), 0),
                (self.tr("Up to 10 min"), 1),
                (self.tr("Up to 20 min"), 2),
                (self.tr("Up to 45 min"), 3),
                (self.tr("Longer than 45 min"), 4),
            ],
        )
        self._fill_audience()
        self._fill_level()
        self._fill_language()
        self.refresh_icons()

    def refresh_icons(self) -> None:
        if not icons.is_ready():
            return
        if self._search_icon is None:
            self._search_icon = self.field.addAction(
                icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition
            )
        else:
            self._search_icon.setIcon(icons.icon("search"))
        for row, kind in enumerate(ITEM_KINDS, start=1):
            self.kind.setItemIcon(row, icons.icon(kind))

    def _fill_audience(self) -> None:
        # One entry per meaning, named in the app's language: "Deltagere" finds "deltakere" too.
        language = ui_language()
        named = sorted(
            ((group_name(key, language), key) for key in self._audiences),
            key=lambda entry: entry[0].casefold(),
        )
        self._refill(self.audience, [(self.tr("Any audience"), None), *named])

    def _fill_level(self) -> None:
        language = ui_language()
        choices = LEVEL_CHOICES.get(language, LEVEL_CHOICES["en"])
        self._refill(
            self.level,
            [(self.tr("Any level"), None)]
            + [(level_name(key, language), ",".join(sorted(keys))) for key, keys in choices],
        )

    def _fill_language(self) -> None:
        self._refill(
            self.language,
            [(self.tr("All languages"), None)]
            + [(labels.language(code), code) for code in self._languages],
        )

    def _refill(self, combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        """Replace a combo's entries, keeping the chosen value, without firing ``changed``."""
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, data in entries:
                combo.addItem(text, data)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, found))
        finally:
            combo.blockSignals(False)
        if current is not None and combo.currentData() != current:
            self.changed.emit()

    def _combo_changed(self, _index: int) -> None:
        self.changed.emit()
