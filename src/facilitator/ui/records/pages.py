"""The records in the main window: the Sessions and Mentor log pages, the Backups dialog, and
the one database the planner and the records share. The main window holds one of these and
asks it to show a page, to save what is typed, and to check the file at start-up. The two pages
are built when first shown (or asked for): the main window opens sooner without them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStackedWidget

from .backups import BackupsDialog, DatabaseOpener
from .store import RecordsStore

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .mentor import MentorScreen
    from .sessions import SessionsScreen

PAGES = ("sessions", "mentor")


class RecordsPages(QObject):
    def __init__(self, window: MainWindow, database: Callable[[], Any] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.opener: Callable[[], Any] = database or DatabaseOpener(parent=window)
        self.store = RecordsStore(self.opener, self)
        if isinstance(self.opener, DatabaseOpener):
            self.opener.replaced.connect(self.store.forget)
        self._sessions: SessionsScreen | None = None
        self._mentor: MentorScreen | None = None
        self._pages: QStackedWidget | None = None
        self.backups_dialog: BackupsDialog | None = None
        self._actual_for = ""  # the plan whose actual minutes the planner shows

    def watch_planner(self) -> None:
        """Show actual minutes beside planned ones whenever the planner opens or edits a plan."""
        self.window.plan_controller.changed.connect(self._plan_changed)

    @property
    def sessions(self) -> SessionsScreen:
        if self._sessions is None:
            from .sessions import SessionsScreen

            window = self.window
            self._sessions = SessionsScreen(self.store, lambda: window.controller.library, window)
            self._built(self._sessions)
        return self._sessions

    @property
    def mentor(self) -> MentorScreen:
        if self._mentor is None:
            from .mentor import MentorScreen

            self._mentor = MentorScreen(self.store, self.window)
            self._built(self._mentor)
        return self._mentor

    def _built(self, screen: SessionsScreen | MentorScreen) -> None:
        screen.message.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        if self._pages is not None:
            self._pages.addWidget(screen)

    def add_to(self, pages: QStackedWidget) -> None:
        """The pages go into ``pages`` when they are built."""
        self._pages = pages
        for screen in (self._sessions, self._mentor):
            if screen is not None:
                pages.addWidget(screen)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "view.sessions": lambda: self.window.show_page("sessions"),
            "view.mentor": lambda: self.window.show_page("mentor"),
            "file.backups": self.open_backups,
        }

    def show(self, page: str) -> bool:
        """Show a records page (True), or save what is typed when another page is chosen."""
        if page not in PAGES:
            self.flush()
            return False
        window = self.window
        window.planner.flush()
        window.registry.action(f"view.{page}").setChecked(True)
        screen = self.sessions if page == "sessions" else self.mentor
        if window.pages.currentWidget() is not screen:
            self.flush()
            screen.refresh()  # presenting may have added sessions since it was last shown
        window.pages.setCurrentWidget(screen)
        if page == "sessions":
            self.sessions.groups.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.mentor.people.setFocus(Qt.FocusReason.OtherFocusReason)
            self.mentor.check_expired()
        return True

    def flush(self) -> bool:
        """Save what is typed on the pages built so far; False if something could not be."""
        saved = True
        for screen in (self._sessions, self._mentor):
            if screen is not None:
                saved = screen.flush() and saved
        return saved

    def check_at_start(self) -> None:
        """Look at the records file soon after start (no sqlmodel): recover it if damaged."""
        if isinstance(self.opener, DatabaseOpener):
            self.opener.check()

    def open_backups(self) -> None:
        if not isinstance(self.opener, DatabaseOpener):
            return
        self.flush()
        if self.backups_dialog is None:
            self.backups_dialog = BackupsDialog(self.opener, self.window)
        self.backups_dialog.refresh()
        self.backups_dialog.open()

    # --- presenting opens a session record ---------------------------------------------------
    def present_item(self, present: Callable[[dict[str, Any] | None], object]) -> None:
        """F5 in the library: ask for the session's details, then present the chosen item."""
        from .start import ask_then_present

        window = self.window
        item = window.controller.item(window.browser.current_id())
        running = window.presenter.running
        presentable = item is not None and item.kind in ("deck", "exercise")
        if not presentable or (running is not None and not running.finished):
            present(None)  # nothing to ask: the presenter says what is wrong, or comes forward
            return
        assert item is not None
        self.start_dialog = ask_then_present(self.store, item.title, "", present, window)

    def present_plan(self) -> None:
        """Present the open plan from the chosen entry, after asking for the session's details."""
        from .start import ask_then_present

        planner = self.window.planner
        plan = planner.controller.plan
        if plan is None or not plan.entries:
            planner.present_plan()
            return
        self.start_dialog = ask_then_present(
            self.store,
            plan.title,
            plan.id,
            lambda details: planner.present_plan(details=details or {"plan_ref": plan.id}),
            self.window,
        )

    # --- rehearsal loop: actual minutes in the planner ---------------------------------------
    def _plan_changed(self) -> None:
        planner = self.window.planner
        plan = planner.controller.plan
        if plan is None:
            self._actual_for = ""
            planner.model.actual = {}
            return
        if plan.id != self._actual_for:  # read once per plan opened; edits do not change it
            self._actual_for = plan.id
            planner.model.actual = self.store.read(
                "actual minutes", (plan.id,), lambda: self.store.log.actual_minutes(plan.id), {}
            )
        if planner.model.actual:
            planner.model.set_rows(planner.model.sections())

    def use_actual_minutes(self) -> None:
        """One undoable step: each entry's minutes become what it took when presented."""
        from ...core.records import with_actual_minutes

        controller = self.window.plan_controller
        plan = controller.plan
        if plan is None:
            return
        actual = self.store.read(
            "actual minutes", (plan.id,), lambda: self.store.log.actual_minutes(plan.id), {}
        )
        self.window.planner.model.actual = actual
        bar = self.window.statusBar()
        if not actual:
            bar.showMessage(self.tr("This plan has not been presented yet: no times to use."), 6000)
            return
        controller.apply(lambda p: with_actual_minutes(p, actual))
        bar.showMessage(self.tr("The plan now uses the times from past sessions."), 6000)
