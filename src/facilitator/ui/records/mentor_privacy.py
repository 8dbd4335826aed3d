"""What the mentor log does for privacy: the retention period (named a month ahead, deleted when
it runs out unless kept one more month), deleting everything about a person (the records and
every backup: ``MentorLog.erase_person``), and exporting a person's records as CSV or PDF.

A mixin of ``MentorScreen``: its words keep the ``MentorScreen`` translation context.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMessageBox

from .charts import Ink, paint_marks
from .words import export_words

log = logging.getLogger("facilitator.ui.records.mentor")


class MentorPrivacy:
    """Part of ``MentorScreen`` (see the module's docstring)."""

    store: Any
    person_id: int | None
    meeting_note: Any
    message: Any

    def _fill_retention(self) -> None:
        months = self.store.read("retention", (), lambda: self.store.mentor.retention_months(), 0)
        self.retention.blockSignals(True)
        self.retention.setValue(months)
        self.retention.blockSignals(False)
        due = self.store.read("retention", (), lambda: self.store.mentor.due_soon(), [])
        if not due:
            self.due_label.hide()
            return
        lines = [QCoreApplication.translate("MentorScreen", "To be deleted soon:")]
        for d in due:
            lines.append(f"• {d.pseudonym}: {d.delete_on}")
        self.due_label.setText("\n".join(lines))
        self.due_label.show()

    def _set_retention(self) -> None:
        months = self.retention.value()
        ok, _ = self.store.act(
            "retention", (), lambda: self.store.mentor.set_retention_months(months)
        )
        if ok:
            self._fill_retention()
            self.check_expired()

    def check_expired(self) -> None:
        """When a retention period has run out: say whose records go, then delete them.

        The trainer may keep them one more month instead; nothing goes without this warning.
        """
        expired = self.store.read("retention", (), lambda: self.store.mentor.expired(), [])
        if not expired or getattr(self, "expired_box", None) is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("expiredBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("MentorScreen", "Retention period"))
        box.setText(
            QCoreApplication.translate(
                "MentorScreen", "The retention period has run out for these records:"
            )
        )
        box.setInformativeText("\n".join(f"• {name} ({day})" for _pid, name, day in expired))
        delete = box.addButton(
            QCoreApplication.translate("MentorScreen", "Delete them now"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("MentorScreen", "Keep one more month"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(delete)
        ids = [pid for pid, _name, _day in expired]
        delete.clicked.connect(lambda: self._delete_people(ids))
        keep.clicked.connect(lambda: self._postpone(ids))
        box.finished.connect(lambda _r: setattr(self, "expired_box", None))
        self.expired_box = box
        box.open()

    def _postpone(self, ids: list[int]) -> None:
        self.store.act("retention", tuple(ids), lambda: self.store.mentor.postpone(ids))
        self._fill_retention()

    def _delete_people(self, ids: list[int]) -> None:
        for pid in ids:
            self.delete_person(pid)

    def ask_delete(self) -> None:
        pid = self.person_id
        if pid is None:
            return
        name = self.store.mentor.pseudonym(pid)
        box = QMessageBox(self)
        box.setObjectName("confirmDeletePerson")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("MentorScreen", "Delete a person's records"))
        question = QCoreApplication.translate("MentorScreen", "Delete everything about “{name}”?")
        box.setText(question.format(name=name))
        box.setInformativeText(
            QCoreApplication.translate(
                "MentorScreen",
                "Sub-goals, meetings, marks and notes are removed from the records and from "
                "their backups, and cannot be brought back. Export first if you need a copy.",
            )
        )
        yes = box.addButton(
            QCoreApplication.translate("MentorScreen", "Delete everything"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("MentorScreen", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        yes.clicked.connect(lambda: self.delete_person(pid))
        self.confirm_box = box
        box.open()

    def delete_person(self, pid: int) -> bool:
        if pid == self.person_id:
            self.meeting_note.dirty = False
            self.meeting_note.load("", None)
        ok, left = self.store.act(
            "delete person", (pid,), lambda: self.store.mentor.erase_person(pid)
        )
        if not ok:
            return False
        if left:
            log.warning("%d backup file(s) could not be cleaned of a deleted person", left)
            self.show_error(
                QCoreApplication.translate(
                    "MentorScreen",
                    "%1 backup files could not be cleaned; delete them by hand in the "
                    "backups folder.",
                ).replace("%1", str(left))
            )
        self.person_id = None
        self.refresh()
        self.message.emit(QCoreApplication.translate("MentorScreen", "The records were deleted."))
        return True

    def chart_image(self, width: int = 1400, height: int = 600) -> QImage:
        """The progress chart on white, for paper (every dimension)."""
        keep = self.dimension.currentIndex()
        self.dimension.setCurrentIndex(0)
        series, reached = self.chart_data()
        self.dimension.setCurrentIndex(keep)
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        font = painter.font()
        font.setPixelSize(30)
        painter.setFont(font)
        paint_marks(
            painter,
            QRectF(16, 16, width - 32, height - 32),
            series,
            Ink(),
            reached=reached,
            empty="",
        )
        painter.end()
        return image

    def export_person(self, kind: str) -> str:
        pid = self.person_id
        if pid is None:
            return ""
        self.meeting_note.flush()
        from ...core import records
        from ...core.dates import long_date
        from ..i18n import ui_language
        from .exporting import write_export

        name = self.store.mentor.pseudonym(pid)
        path = self.choose_file(f"{name}.{kind}".replace("/", "-"), kind)
        if not path:
            return ""
        language = ui_language()
        today = long_date(self.store.today(), language)
        if kind == "csv":
            build = lambda: write_export(path, kind, self.store.mentor.export_csv(pid))  # noqa: E731
        else:
            has_marks = any(
                v is not None for m in self.store.mentor.marks(pid) for v in m.values.values()
            )
            chart = "progress.png" if has_marks else ""
            text = records.person_markdown(
                self.store.mentor,
                pid,
                today=today,
                words=export_words(),
                chart=chart,
                language=language,
            )
            pictures = {chart: self.chart_image()} if chart else {}
            build = lambda: write_export(path, kind, text, name, pictures)  # noqa: E731
        ok, _ = self.store.act("export person", (pid, kind), build)
        if ok:
            self.message.emit(
                QCoreApplication.translate("MentorScreen", "Exported to %1").replace("%1", path)
            )
            return path
        return ""
