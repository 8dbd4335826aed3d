"""Exporting from the Sessions screen: a group's history or one session's record, as CSV or PDF.

A mixin of ``SessionsScreen``: its words keep the ``SessionsScreen`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import ui_language


class SessionsExport:
    """Part of ``SessionsScreen`` (see the module's docstring)."""

    store: Any
    record: Any
    group_id: int | None
    group_name: Any  # QLabel
    message: Any  # Signal(str)
    choose_file: Callable[[str, str], str]
    title_of: Callable[[str], str]
    plan_title: Callable[[str], str]
    find_plan: Callable[[str], Any]

    def export_history(self, kind: str) -> str:
        gid = self.group_id
        if gid is None:
            return ""
        self.record.flush()
        from ...core import records

        group = self.store.log.group(gid) if gid and gid > 0 else None
        name = group.name if group else self.group_name.text()
        if kind == "csv":
            return self._export(
                f"{name}.csv", kind, lambda: records.group_history_csv(self.store.log, gid or None)
            )
        plans = [p for p in (self.find_plan(r) for r in (group.plan_refs if group else [])) if p]
        from .words import export_words

        return self._export(
            f"{name}.pdf",
            kind,
            lambda: records.group_history_markdown(
                self.store.log,
                gid or None,
                title=self.title_of,
                plans=plans,
                plan_title=self.plan_title,
                words=export_words(),
                language=ui_language(),
            ),
            title=name,
        )

    def export_record(self, kind: str) -> str:
        sid = self.record.session_id
        if sid is None:
            return ""
        self.record.flush()
        from ...core import records
        from .words import event_text, export_words, question_names

        info = self.store.log.session(sid)
        base = f"{self.group_name.text() or 'session'} {info.day if info else ''}".strip()
        if kind == "csv":
            return self._export(
                f"{base}.csv", kind, lambda: records.session_record_csv(self.store.log, sid)
            )
        return self._export(
            f"{base}.pdf",
            kind,
            lambda: records.session_record_markdown(
                self.store.log,
                sid,
                title=self.title_of,
                plan_title=self.plan_title,
                words=export_words(),
                questions=question_names(),
                describe=event_text,
                language=ui_language(),
            ),
            title=base,
        )

    def _export(self, suggested: str, kind: str, build: Callable[[], str], title: str = "") -> str:
        from .exporting import write_export

        path = self.choose_file(suggested.replace("/", "-"), kind)
        if not path:
            return ""
        ok, _ = self.store.act("export", (kind,), lambda: write_export(path, kind, build(), title))
        if ok:
            done = QCoreApplication.translate("SessionsScreen", "Exported to %1")
            self.message.emit(done.replace("%1", path))
            return path
        return ""
