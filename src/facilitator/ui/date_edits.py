"""Date and time fields that take what a teacher types, and show the weekday.

``DateEdit`` reads "07-12-2026", "7/12", "7. december", "i morgen" or "fredag" by the one rule in
``core.dates``; it writes the date with its weekday in the app's language ("man. 7. dec. 2026"),
and its calendar opens at today when the field has no date yet (it opened at January 2000).
``TimeEdit`` reads "8", "08:00", "8.30" and "0830".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QTime
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QTimeEdit, QWidget

from ..core.dates import parse_date, parse_time


def _display_format() -> str:
    nordic = QLocale().language() in (
        QLocale.Language.Danish,
        QLocale.Language.NorwegianBokmal,
    )
    return "ddd d. MMM yyyy" if nordic else "ddd d MMM yyyy"


def date_text(iso: str) -> str:
    """A stored 'YYYY-MM-DD' as the date fields show it ("man. 7. dec. 2026"): the lists of the
    records write their dates so. Any other text is shown as it is."""
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(day, _display_format()) if day.isValid() else iso


def is_special(field: QAbstractSpinBox, text: str) -> bool:
    """The field's "no value" text (e.g. "No date"), or nothing at all, is typed."""
    special = field.specialValueText()
    return bool(special) and text.strip() in (special, "")


def validated(readable: bool, text: str, pos: int, longest: int) -> object:
    """Qt's validator answer for a typed date or time: read it when it can be read, let the
    user go on typing while it is short enough to become one."""
    if readable:
        return QValidator.State.Acceptable, text, pos
    if len(text) <= longest:
        return QValidator.State.Intermediate, text, pos  # still typing
    return QValidator.State.Invalid, text, pos


class DateEdit(QDateEdit):
    """A date field for typed dates; ``minimumDate()`` with a special value text means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(_display_format())
        # The typed text is read when it is finished (Enter, Tab, leaving the field), not at
        # each key: "07-1" is already a date, and would be taken half-typed.
        self.setKeyboardTracking(False)
        self.calendarWidget().installEventFilter(self)

    def _typed(self, text: str) -> QDate | None:
        found = parse_date(text, date.today())
        if found is None:
            return None
        day = QDate(found.year, found.month, found.day)
        return day if self.minimumDate() <= day <= self.maximumDate() else None

    def _is_special(self, text: str) -> bool:
        return is_special(self, text)

    def validate(self, text: str, pos: int) -> object:  # noqa: D102
        return validated(self._typed(text) is not None or self._is_special(text), text, pos, 40)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802
        if self._is_special(text):
            return QDateTime(self.minimumDate(), QTime(0, 0))
        day = self._typed(text)
        if day is None:
            return QDateTime(self.date(), QTime(0, 0))  # keep what was there
        return QDateTime(day, QTime(0, 0))

    def fixup(self, text: str) -> str:  # noqa: D102
        day = self._typed(text)
        return self.textFromDateTime(QDateTime(day, QTime(0, 0))) if day is not None else text

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        text = self.lineEdit().text()
        if self._typed(text) is None and not self._is_special(text):
            self.setDate(self.date())  # what cannot be read gives way to the date it had
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LocaleChange or event.type() == QEvent.Type.LanguageChange:
            self.setDisplayFormat(_display_format())
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The calendar opens at today, not at the minimum date, when no date is set.
        if event.type() == QEvent.Type.Show and self.date() == self.minimumDate():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class TimeEdit(QTimeEdit):
    """A clock time field that takes "8", "08:00", "8.30" or "0830"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setKeyboardTracking(False)

    def _is_special(self, text: str) -> bool:
        return is_special(self, text)

    def validate(self, text: str, pos: int) -> object:  # noqa: D102
        return validated(parse_time(text) is not None or self._is_special(text), text, pos, 8)

    def timeFromText(self, text: str) -> QTime:  # noqa: N802
        if self._is_special(text):
            return self.minimumTime()
        found = parse_time(text)
        return QTime(*found) if found is not None else self.time()

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802
        return QDateTime(QDate(2000, 1, 1), self.timeFromText(text))

    def fixup(self, text: str) -> str:  # noqa: D102
        found = parse_time(text)
        return f"{found[0]:02d}:{found[1]:02d}" if found is not None else text
