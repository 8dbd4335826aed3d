"""Retention on the Sessions screen: a period per group (IT may set the default and lock it),
the sessions to be deleted within a month named under the history, and, when a period has run
out, a question that deletes them (records and backups) or keeps them one more month.

A mixin of ``SessionsScreen``: its words keep the ``SessionsScreen`` translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:  # the store module imports sqlmodel: loaded when the records are first read
    from ...core.store.session_retention import Retention


class SessionRetention:
    """Part of ``SessionsScreen`` (see the module's docstring)."""

    store: Any
    group_id: int | None
    retention: Any  # QSpinBox
    due_label: Any  # QLabel

    def policy(self) -> Retention:
        return self.store.retention()

    def _fill_retention(self) -> None:
        from ...core.store.session_retention import WARN_DAYS

        policy = self.policy()
        gid = self.group_id or None
        months = self.store.read(
            "retention", (), lambda: self.store.log.retention_months(gid, policy), 0
        )
        self.retention.blockSignals(True)
        self.retention.setValue(months)
        self.retention.blockSignals(False)
        self.retention.setEnabled(bool(self.group_id) and not policy.locked)
        self.retention.setToolTip(
            QCoreApplication.translate("SessionsScreen", "Set by your IT department")
            if policy.locked
            else QCoreApplication.translate("SessionsScreen", "0: kept until deleted")
        )
        due = self.store.read(
            "retention", (), lambda: self.store.log.sessions_due_within(WARN_DAYS, policy), []
        )
        mine = [d for d in due if (d.group_id or 0) == (self.group_id or 0)]
        if not mine:
            self.due_label.hide()
            return
        lines = [QCoreApplication.translate("SessionsScreen", "To be deleted soon:")]
        lines += [f"• {d.day} → {d.delete_on}" for d in mine]
        self.due_label.setText("\n".join(lines))
        self.due_label.show()

    def _set_retention(self) -> None:
        gid = self.group_id
        if not gid:
            return
        months, policy = self.retention.value(), self.policy()
        ok, _ = self.store.act(
            "retention", (gid,), lambda: self.store.log.set_retention_months(gid, months, policy)
        )
        if ok:
            self._fill_retention()
            self.check_expired()

    def check_expired(self) -> None:
        """When a period has run out: say which sessions go, then delete them on a click (or
        keep them one more month, unless IT locked the period). Nothing goes without this."""
        policy = self.policy()
        expired = self.store.read(
            "retention", (), lambda: self.store.log.expired_sessions(policy), []
        )
        if not expired or getattr(self, "expired_box", None) is not None:
            return
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setObjectName("expiredSessionsBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("SessionsScreen", "Retention period"))
        box.setText(
            QCoreApplication.translate(
                "SessionsScreen", "The retention period has run out for these sessions:"
            )
        )
        without = QCoreApplication.translate("SessionsScreen", "Without a group")
        box.setInformativeText(
            "\n".join(f"• {d.group or without}: {d.day} ({d.delete_on})" for d in expired)
        )
        delete = box.addButton(
            QCoreApplication.translate("SessionsScreen", "Delete them now"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        ids = [d.session_id for d in expired]
        delete.clicked.connect(lambda: self.delete_expired(ids))
        if not policy.locked:
            keep = box.addButton(
                QCoreApplication.translate("SessionsScreen", "Keep one more month"),
                QMessageBox.ButtonRole.RejectRole,
            )
            keep.clicked.connect(lambda: self._postpone(ids))
        box.setDefaultButton(delete)
        box.finished.connect(lambda _r: setattr(self, "expired_box", None))
        self.expired_box = box
        box.open()

    def _postpone(self, ids: list[int]) -> None:
        policy = self.policy()
        self.store.act(
            "retention", tuple(ids), lambda: self.store.log.postpone_sessions(ids, policy)
        )
        self._fill_retention()

    def delete_expired(self, ids: list[int]) -> bool:
        self.record.notes.dirty = False  # type: ignore[attr-defined]
        self.record.comment.dirty = False  # type: ignore[attr-defined]
        ok, left = self.store.act(
            "retention", tuple(ids), lambda: self.store.log.delete_sessions(ids)
        )
        if ok:
            self._tell_left(left)  # type: ignore[attr-defined]
            self.record.show_session(None)  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]
            self.message.emit(
                QCoreApplication.translate("SessionsScreen", "The sessions were deleted.")
            )  # type: ignore[attr-defined]
        return ok
