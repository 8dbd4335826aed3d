"""The records in the main window: the Sessions and Mentor log pages, the Backups dialog, and
the one database the planner and the records share. The main window holds one of these and
asks it for a page, to save what is typed, and to check the file at start-up. The two pages
are built when first shown (or asked for): the main window opens sooner without them.

It is given what it works with (the library, the plan controller) and never reaches into the
main window: what it has to say goes out as ``message``, the actual minutes of the open plan as
``actual_minutes``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from .backups import BackupsDialog, DatabaseOpener
from .store import RecordsStore

if TYPE_CHECKING:
    from ...core.model import Item, Library, Plan
    from ..planner.controller import PlanController
    from .mentor import MentorScreen
    from .sessions import SessionsScreen

PAGES = ("sessions", "mentor")


def _retention(months: int, locked: bool) -> Any:
    from ...core.store.session_retention import Retention

    return Retention(months, locked)


class RecordsPages(QObject):
    message = Signal(str)  # for the status bar
    actual_minutes = Signal(object)  # {item id or label: minutes} of the plan open in the planner
    encryption_changed = Signal()  # the records were encrypted (Settings shows it)

    def __init__(
        self,
        window: QWidget,
        library: Callable[[], Library],
        database: Callable[[], Any] | None = None,
        key_file: Callable[[], str] = lambda: "",
        retention: Callable[[], tuple[int, bool]] = lambda: (0, False),
        presenting: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(window)
        self.window = window  # the parent of the pages and dialogs
        self.library = library
        self.presenting = presenting  # a running presentation writes its log to the records
        self.plans: PlanController | None = None
        self.opener: Callable[[], Any] = database or DatabaseOpener(
            parent=window, key_file=key_file
        )
        self.store = RecordsStore(self.opener, self)
        self.store.retention = lambda: _retention(*retention())
        if isinstance(self.opener, DatabaseOpener):
            self.opener.replaced.connect(self.store.forget)
        self._sessions: SessionsScreen | None = None
        self._mentor: MentorScreen | None = None
        self._pages: QStackedWidget | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.encrypt_dialog: QDialog | None = None  # turning encryption on
        self.rekey_dialog: QDialog | None = None  # changing the passphrase, turning it off
        self._actual_for = ""  # the plan whose actual minutes the planner shows
        self._actual: dict[str, float] = {}

    def watch_planner(self, plans: PlanController) -> None:
        """Show actual minutes beside planned ones whenever the planner opens or edits a plan."""
        self.plans = plans
        plans.changed.connect(self._plan_changed)

    @property
    def sessions(self) -> SessionsScreen:
        if self._sessions is None:
            from .sessions import SessionsScreen

            self._sessions = SessionsScreen(self.store, self.library, self.window)
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
        screen.message.connect(self.message)
        if self._pages is not None:
            self._pages.addWidget(screen)

    def add_to(self, pages: QStackedWidget) -> None:
        """The pages go into ``pages`` when they are built."""
        self._pages = pages
        for screen in (self._sessions, self._mentor):
            if screen is not None:
                pages.addWidget(screen)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"file.backups": self.open_backups}

    def page(self, page: str) -> SessionsScreen | MentorScreen:
        """The screen of a records page (``sessions`` or ``mentor``), built when first asked."""
        return self.sessions if page == "sessions" else self.mentor

    def refresh(self, page: str) -> None:
        """Before ``page`` comes on screen in place of another: save what was typed on the other
        pages and read again (presenting may have added sessions since it was last shown)."""
        self.flush()
        self.page(page).refresh()

    def focus(self, page: str) -> None:
        """``page`` is on screen: focus its list (the mentor log checks retention first)."""
        if page == "sessions":
            self.sessions.groups.setFocus(Qt.FocusReason.OtherFocusReason)
            self.sessions.check_expired()
        else:
            self.mentor.people.setFocus(Qt.FocusReason.OtherFocusReason)
            self.mentor.check_expired()

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

    # --- encryption (Settings) ----------------------------------------------------------------
    def encryption_state(self) -> str:
        """``plain``, ``passphrase`` or ``key-file``: how the records are kept (for Settings);
        ``unavailable`` when SQLCipher is missing."""
        from ...core.store import cipher

        if not isinstance(self.opener, DatabaseOpener):
            return "plain"
        if cipher.is_encrypted(self.opener.path):
            return "key-file" if self.opener.key_file() else "passphrase"
        return "plain" if cipher.available() else "unavailable"

    def ask_encrypt(self) -> None:
        """Settings > Encrypt the records: explain, take the passphrase twice, then encrypt every
        file in the background (``cipher.turn_on``), the records held closed meanwhile."""
        from ...core.store import cipher
        from .encryption import EncryptDialog

        if not isinstance(self.opener, DatabaseOpener) or self.encryption_state() != "plain":
            return
        if self._presenting():
            return
        opener = self.opener
        path = opener.path

        done = self._say_when_done(
            self.tr(
                "The records are encrypted; %1 damaged backups could not be and are "
                "still plain: delete them in the backups folder."
            ),
            self.tr("The records and their backups are now encrypted."),
        )

        def after() -> None:  # encrypted, or left plain: Settings shows which
            opener.release()
            self.encryption_changed.emit()

        dialog = EncryptDialog(
            lambda passphrase, progress: cipher.turn_on(path, passphrase, progress),
            self._hold,
            after,
            self.window,
        )
        dialog.succeeded.connect(done)
        self.encrypt_dialog = dialog
        dialog.open()

    def ask_change_passphrase(self) -> None:
        """Settings > Change passphrase: the one in use, the new one twice, then re-key every
        file in the background. IT's key file: refused (they manage the key)."""
        from ...core.store import cipher
        from .rekeying import ChangePassphraseDialog

        opener = self._rekeyable()
        if opener is None:
            return
        path = opener.path

        done = self._say_when_done(
            self.tr(
                "The passphrase is changed; %1 damaged backups could not be and still "
                "need the old one: delete them in the backups folder."
            ),
            self.tr("The records and their backups have a new passphrase."),
        )

        dialog = ChangePassphraseDialog(
            lambda old, new, progress: cipher.change_passphrase(path, old, new, progress),
            self._hold,
            opener.release,
            self.window,
        )
        dialog.succeeded.connect(done)
        self.rekey_dialog = dialog
        dialog.open()

    def ask_turn_off(self) -> None:
        """Settings > Turn encryption off: say what it means, take the passphrase, decrypt every
        file in the background. IT's key file: refused (they decide about encryption)."""
        from ...core.store import cipher
        from .rekeying import TurnOffDialog

        opener = self._rekeyable()
        if opener is None:
            return
        path = opener.path

        done = self._say_when_done(
            self.tr(
                "Encryption is off; %1 damaged backups could not be decrypted: delete "
                "them in the backups folder."
            ),
            self.tr("The records and their backups are no longer encrypted."),
            changed=True,
        )

        dialog = TurnOffDialog(
            lambda passphrase, progress: cipher.turn_off(path, passphrase, progress),
            self._hold,
            opener.release,
            self.window,
        )
        dialog.succeeded.connect(done)
        self.rekey_dialog = dialog
        dialog.open()

    def _say_when_done(
        self, damaged: str, done: str, *, changed: bool = False
    ) -> Callable[[int], None]:
        """What the status bar says when a key job has finished: ``damaged`` (its %1: how many
        damaged backups could not be converted) or ``done``; ``changed``: Settings shows the
        new state."""

        def said(left: int) -> None:
            self.message.emit(damaged.replace("%1", str(left)) if left else done)
            if changed:
                self.encryption_changed.emit()

        return said

    def _presenting(self) -> bool:
        """True (and said) while a presentation runs: its session log writes to the records
        file, which encrypting or re-keying replaces."""
        if not self.presenting():
            return False
        self.message.emit(
            self.tr(
                "End the presentation first: its session log is written to the records while it "
                "runs. Then try again."
            )
        )
        return True

    def _rekeyable(self) -> DatabaseOpener | None:
        """The opener when the records are encrypted with a passphrase the user may change;
        None (and a message when IT's key file is in use) otherwise."""
        if self._presenting():
            return None
        state = self.encryption_state()
        if state == "key-file":
            self.message.emit(
                self.tr(
                    "The records are encrypted with your IT department's key file: ask them to "
                    "change it or to turn encryption off."
                )
            )
        if state != "passphrase" or not isinstance(self.opener, DatabaseOpener):
            return None
        return self.opener

    def _hold(self) -> None:
        self.flush()
        if isinstance(self.opener, DatabaseOpener):
            self.opener.hold()

    # --- presenting opens a session record ---------------------------------------------------
    def present_item(
        self,
        item: Item | None,
        running: bool,
        present: Callable[[dict[str, Any] | None], object],
    ) -> None:
        """F5 in the library: ask for the session's details, then present the chosen item
        (nothing to ask when ``item`` cannot be presented or a presentation is ``running``)."""
        from .start import ask_then_present

        presentable = item is not None and item.kind in ("deck", "exercise")
        if not presentable or running:
            present(None)  # nothing to ask: the presenter says what is wrong, or comes forward
            return
        assert item is not None
        self.start_dialog = ask_then_present(self.store, item.title, "", present, self.window)

    def present_plan(
        self, plan: Plan | None, present: Callable[[dict[str, Any] | None], object]
    ) -> None:
        """Present the open plan from the chosen entry, after asking for the session's details."""
        from .start import ask_then_present

        if plan is None or not plan.entries:
            present(None)
            return
        self.start_dialog = ask_then_present(
            self.store,
            plan.title,
            plan.id,
            present,  # None when skipped: presented, not recorded
            self.window,
            group=plan.audience,
            own_plan=not plan.bundled,
        )

    # --- rehearsal loop: actual minutes in the planner ---------------------------------------
    def _read_actual(self, plan_id: str) -> dict[str, float]:
        return self.store.read(
            "actual minutes", (plan_id,), lambda: self.store.log.actual_minutes(plan_id), {}
        )

    def _plan_changed(self) -> None:
        plan = self.plans.plan if self.plans is not None else None
        if plan is None:
            self._actual_for = ""
            self._actual = {}
        elif plan.id != self._actual_for:  # read once per plan opened; edits do not change it
            self._actual_for = plan.id
            self._actual = self._read_actual(plan.id)
        self.actual_minutes.emit(self._actual)

    def use_actual_minutes(self) -> None:
        """One undoable step: each entry's minutes become what it took when presented."""
        from ...core.coverage import with_actual_minutes

        plan = self.plans.plan if self.plans is not None else None
        if self.plans is None or plan is None:
            return
        actual = self._actual = self._read_actual(plan.id)
        self.actual_minutes.emit(actual)
        if not actual:
            self.message.emit(self.tr("This plan has not been presented yet: no times to use."))
            return
        self.plans.apply(lambda p: with_actual_minutes(p, actual))
        self.message.emit(self.tr("The plan now uses the times from past sessions."))
