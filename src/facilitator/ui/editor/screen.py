"""The editor screen: a trainer's own deck, exercise or handout, always saved.

It is a view over ``core.editing``: an :class:`~facilitator.core.editing.files.EditSession` holds
the file's text, its undo history and its saving; the views below turn fields into text and
back. Every change is saved within a second (atomically; text with an error goes to a draft and
its ``file:line`` problem is shown, the item file keeps its last valid text). A change made
outside the app while the file is open is noticed and offered for reload. The screen gets its
services (:class:`EditorServices`), never the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QWidget,
)

from ...core import frontmatter
from ...core.editing import files
from ...core.editing.deck import DeckText
from .. import style
from ..i18n import core_text, os_error_text
from ..renderer import slide_painter
from .copies import EditorCopies
from .layout import EditorLayout
from .pictures import EditorPictures

SAVE_DELAY_MS = 600
DISK_CHECK_MS = 1500


@dataclass
class EditorServices:
    """What the editor needs from the rest of the app."""

    content_dir: Callable[[], Path]  # the user's own content folder
    language: Callable[[], str]  # the app's language: "My material" is named in it
    theme: Callable[[], str]
    taken_ids: Callable[[], set[str]]  # ids the library already uses
    show: Callable[[], None]  # bring the editor screen forward
    closed: Callable[[str], None]  # back to the library, showing this item (reloaded)
    present: Callable[[str, int], None]  # present item id from its n-th shown slide
    reload: Callable[[], None] = lambda: None  # load the library again (a new item or copy)
    switch_plan: Callable[[str, str], int] = lambda _old, _new: 0  # entries switched


class EditorScreen(EditorLayout, EditorPictures, EditorCopies, QWidget):
    """``message(text)``: something to say in the status bar."""

    message = Signal(str)
    saved = Signal(str)  # the item's path, after each save

    def __init__(self, services: EditorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorScreen")
        self.services = services
        self.session: files.EditSession | None = None
        self.kind = ""
        self.last_saved: files.Saved | None = None
        self._loading = False
        self._painter_theme = ""
        self.ask_alt_text: Callable[[Path], str | None] = self._ask_alt_text
        self.choose_image: Callable[[], Path | None] = self._choose_image

        self._build_widgets()

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save)
        self.disk_timer = QTimer(self)
        self.disk_timer.setInterval(DISK_CHECK_MS)
        self.disk_timer.timeout.connect(self.check_disk)
        self.retranslateUi()

    def handlers(self) -> dict[str, Callable[[], object]]:
        """The editor's actions (ui/editor_actions.py EDITOR_ACTIONS), by id."""
        deck = self.deck_editor
        return {
            "editor.undo": self.undo,
            "editor.redo": self.redo,
            "editor.add-slide": lambda: self._on_deck(deck.add_slide),
            "editor.duplicate-slide": lambda: self._on_deck(deck.duplicate_slide),
            "editor.delete-slide": lambda: self._on_deck(deck.delete_slide),
            "editor.hide-slide": lambda: self._on_deck(deck.toggle_hidden),
            "editor.slide-up": lambda: self._on_deck(lambda: deck.move_by(-1)),
            "editor.slide-down": lambda: self._on_deck(lambda: deck.move_by(1)),
            "editor.split": lambda: self._on_deck(deck.split_at_cursor),
            "editor.join": lambda: self._on_deck(deck.join_next),
            "editor.image": self.insert_image,
            "editor.source": lambda: self.source_button.toggle(),
            "editor.close": self.close_editor,
        }

    def _on_deck(self, operation: Callable[[], object]) -> None:
        if self.kind == "deck" and self.stack.currentWidget() is self.deck_editor:
            operation()

    # --- opening ---------------------------------------------------------------------------------
    def _name(self, path: Path) -> str:
        base = self.services.content_dir()
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            return path.name

    def open_file(self, path: Path, row: int = 0) -> bool:
        """Open an item file of the user's own for editing; False (with a message) if not."""
        self.flush()
        try:
            session = files.EditSession(path, self._name(path))
        except files.EditRefused as exc:
            self.message.emit(core_text(exc.text))
            return False
        self.session = session
        self.banner.hide()
        self.problems.hide()
        self._ensure_painter()
        self.source_button.setChecked(False)
        self._load(row)
        if session.restored_draft:
            self.last_saved = files.Saved(False, session.check())
            self._show_saved(self.last_saved, draft=True)
        else:
            self.state.setText(self.tr("Saved"))
        self.services.show()
        self.disk_timer.start()
        self._focus_first()
        return True

    def _focus_first(self) -> None:
        if self.kind == "deck":
            self.deck_editor.sorter.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.title_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ensure_painter(self) -> None:
        theme = self.services.theme()
        if theme != self._painter_theme:
            self._painter_theme = theme
            self.deck_editor.set_painter(slide_painter(theme), theme)
            self.exercise_editor.theme = theme
            self.text_editor.pages.theme = theme

    def _load(self, row: int | None = None) -> None:
        """Show the session's text in the views (on open, undo, reload, leaving the source)."""
        assert self.session is not None
        meta, _order, body = self.session.parts()
        self._loading = True
        try:
            self.kind = str(meta.get("kind", "")) if meta else ""
            self.title_field.setText(str(meta.get("title", "")))
            duration = meta.get("duration", 10)
            self.duration_field.setValue(duration if isinstance(duration, int) else 10)
            base = self.session.path.parent
            if self.kind == "deck":
                self.deck_editor.set_body(body, base, row)
                page: QWidget = self.deck_editor
            elif self.kind == "exercise":
                self.exercise_editor.set_body(body, self.duration_field.value())
                page = self.exercise_editor
            elif self.kind in ("handout", "guide"):
                self.text_editor.set_body(body, self.title_field.text(), base)
                page = self.text_editor
            else:
                page = self.source  # a front matter the reader cannot parse: edit the source
            fields_ok = page is not self.source
            self.title_field.setEnabled(fields_ok)
            self.duration_field.setEnabled(fields_ok)
            self.source_button.setEnabled(fields_ok)
            self.present_button.setVisible(self.kind in ("deck", "exercise"))
            if self.source_button.isChecked() or not fields_ok:
                self._set_source_text()
                page = self.source
            self.stack.setCurrentWidget(page)
        finally:
            self._loading = False
        self._update_buttons()

    # --- changes ---------------------------------------------------------------------------------
    def _meta_changed(self, key: str) -> None:
        if self._loading:
            return
        if self.kind == "exercise":
            self.exercise_editor.set_duration(self.duration_field.value())
        self._commit(key)

    def _view_changed(self, key: str) -> None:
        if not self._loading:
            self._commit(key)

    def _commit(self, key: str) -> None:
        session = self.session
        if session is None:
            return
        meta, _order, body = session.parts()
        if not meta:
            return
        meta["title"] = self.title_field.text().strip() or str(meta.get("title", ""))
        meta["duration"] = self.duration_field.value()
        if self.kind == "deck":
            body = self.deck_editor.body()
        elif self.kind == "exercise":
            body = self.exercise_editor.body(str(meta.get("language", "da")))
        elif self.kind in ("handout", "guide"):
            body = self.text_editor.body()
        session.set_parts(meta, body, key)
        self._changed()

    def _changed(self) -> None:
        self.state.setText(self.tr("Saving…"))
        self.save_timer.start()
        self._update_buttons()

    def _source_changed(self) -> None:
        if self._loading or self.session is None:
            return
        self.session.change(self.source.toPlainText(), "source")
        self._changed()

    def _body_offset(self, text: str) -> int:
        """The 0-based line of the first body line that is not blank, in ``text``."""
        try:
            start = frontmatter.split(text).body_line - 1
        except frontmatter.FrontMatterError:
            return 0
        lines = text.split("\n")
        while start < len(lines) and not lines[start].strip():
            start += 1
        return start

    def _set_source_text(self) -> None:
        assert self.session is not None
        text = self.session.text
        was = self._loading
        self._loading = True
        if self.source.toPlainText() != text:
            self.source.setPlainText(text)
        self._loading = was
        if self.kind == "deck":  # the cursor goes to the slide the fields showed
            line = self._body_offset(text) + self.deck_editor.deck.line_of_row(
                self.deck_editor.current_row()
            )
            block = self.source.document().findBlockByNumber(line)
            cursor = self.source.textCursor()
            cursor.setPosition(block.position())
            self.source.setTextCursor(cursor)
            self.source.centerCursor()

    def show_source(self, on: bool) -> None:
        """Both views edit the same text; switching keeps the cursor's slide."""
        if self.session is None:
            return
        if on:
            self._set_source_text()
            self.stack.setCurrentWidget(self.source)
            self.source.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row = self.deck_editor.current_row()
        if self.kind == "deck":
            line = self.source.textCursor().blockNumber() - self._body_offset(self.session.text)
            _meta, _order, body = self.session.parts()
            row = DeckText(body).row_at_line(max(0, line))
        self._load(row)
        self._focus_first()

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> files.Saved | None:
        self.save_timer.stop()
        session = self.session
        if session is None:
            return None
        try:
            saved = session.save()
        except OSError as exc:
            self.state.setText(self.tr("Not saved"))
            self.message.emit(self.tr("Could not save: %1").replace("%1", os_error_text(exc)))
            return None
        self.last_saved = saved
        self._show_saved(saved)
        self.saved.emit(str(session.path))
        return saved

    def _show_saved(self, saved: files.Saved, draft: bool = False) -> None:
        look = style.look(self.services.theme())
        if saved.written:
            self.state.setText(self.tr("Saved"))
        else:
            self.state.setText(self.tr("Kept as a draft"))
        shown = [p for p in saved.problems if p.severity == "error"] or list(saved.problems)
        if not shown:
            self.problems.hide()
            return
        lines = [str(p) for p in shown[:4]]
        head = ""
        if not saved.written:
            head = self.tr(
                "Your text is kept as a draft; the library keeps the last version without "
                "errors until this is fixed:"
            )
        elif draft:
            head = self.tr("A draft from last time was restored.")
        colour = look.warning
        text = "<br>".join([head] if head else [])
        text += ("<br>" if head else "") + "<br>".join(_escape(line) for line in lines)
        self.problems.setText(f'<span style="color:{colour};">{text}</span>')
        self.problems.setAccessibleName(" ".join([head, *lines]))
        self.problems.show()

    def flush(self) -> None:
        """Save now what waits to be saved (on leaving, presenting, closing)."""
        if self.session is not None and (self.save_timer.isActive() or self.session.dirty):
            self.save()

    # --- undo, redo, outside changes -----------------------------------------------------------
    def undo(self) -> None:
        if self.session is not None and self.session.undo():
            self._reload_views()

    def redo(self) -> None:
        if self.session is not None and self.session.redo():
            self._reload_views()

    def _reload_views(self) -> None:
        row = self.deck_editor.current_row()
        self._load(row)
        self._changed()

    def _update_buttons(self) -> None:
        session = self.session
        self.undo_button.setEnabled(session is not None and session.can_undo())
        self.redo_button.setEnabled(session is not None and session.can_redo())

    def check_disk(self) -> None:
        if self.session is None or not self.isVisible() or self.banner.isVisible():
            return
        if self.session.changed_on_disk():
            self.banner_text.setText(
                self.tr(
                    "This file was changed outside Facilitator while it was open. Reload it, "
                    "or keep the text shown here?"
                )
            )
            self.banner.show()

    def reload_from_disk(self) -> None:
        if self.session is None:
            return
        self.save_timer.stop()
        self.session.reload()
        self.banner.hide()
        self._load(self.deck_editor.current_row())
        self.state.setText(self.tr("Saved"))

    def keep_mine(self) -> None:
        if self.session is None:
            return
        self.session.keep_mine()
        self.banner.hide()
        self._changed()

    # --- presenting and leaving ------------------------------------------------------------------
    def item_id(self) -> str:
        if self.session is None:
            return ""
        meta, _order, _body = self.session.parts()
        return str(meta.get("id", ""))

    def present(self) -> None:
        """F5: save, then present from the slide shown (hidden slides are left out)."""
        if self.session is None or self.kind not in ("deck", "exercise"):
            return
        self.flush()
        if self.last_saved is not None and not self.last_saved.written:
            self.message.emit(self.tr("Fix the problem shown first: the draft cannot be shown."))
            return
        start = 0
        if self.kind == "deck":
            deck = self.deck_editor.deck
            row = self.deck_editor.current_row()
            start = sum(1 for r in range(row) if not deck.fields(r).hidden)
        self.services.present(self.item_id(), start)

    def close_editor(self) -> None:
        self.flush()
        self.disk_timer.stop()
        ident = self.item_id()
        self.session = None
        self.services.closed(ident)

    # --- words -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.back_button.setText(self.tr("← Library"))
        self.back_button.setToolTip(self.tr("Back to the library (Ctrl+W); everything is saved"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.title_label.setText(self.tr("T&itle"))
        self.title_field.setAccessibleName(self.tr("Title of the item"))
        self.duration_label.setText(self.tr("&Minutes"))
        self.duration_field.setAccessibleName(self.tr("Duration in minutes"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.source_button.setText(self.tr("Markdown"))
        self.source_button.setToolTip(self.tr("Show the Markdown source (Ctrl+U)"))
        self.source_button.setAccessibleName(self.tr("Show the Markdown source"))
        self.present_button.setText(self.tr("Present"))
        self.present_button.setToolTip(self.tr("Present from this slide (F5)"))
        self.reload_button.setText(self.tr("Reload"))
        self.keep_button.setText(self.tr("Keep mine"))
        self.source.setAccessibleName(self.tr("Markdown source of the item"))


def _escape(text: str) -> str:
    import html

    return html.escape(text)
