"""The main window: the library browser with menus, a toolbar, a status bar and the key help.

It wires things together and holds no rules: the browser shows the library, the action registry
owns every command, ``core.settings`` stores every choice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..core.loader import Root, library_roots
from ..core.settings import Settings
from . import icons, style, window_state
from .actions import ActionRegistry
from .editor import EditorScreen
from .guide import Guide
from .i18n import Translations
from .importing import DeckImport
from .keyhelp import KeyHelpOverlay
from .library.browser import LibraryBrowser
from .library.controller import LibraryController
from .library.problems import ProblemsDialog
from .main_window_editor import MainWindowEditor
from .main_window_menus import MainWindowMenus
from .packs import PackMenu
from .planner import PlanController, PlannerScreen
from .present.launch import LibraryPresenter
from .records.pages import PAGES as RECORDS_PAGES
from .records.pages import RecordsPages
from .settings import SettingsDialog

if TYPE_CHECKING:
    from .present.controller import PresentationController

log = logging.getLogger(__name__)

INDEX_DELAY_MS = 60


class MainWindow(MainWindowMenus, MainWindowEditor, QMainWindow):
    library_ready = Signal()

    def __init__(
        self,
        settings: Settings,
        translations: Translations | None = None,
        roots: Callable[[], Sequence[Root]] | None = None,
        parent: QWidget | None = None,
        database: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.translations = translations or Translations()
        self.controller = LibraryController(
            roots or (lambda: library_roots(self.settings.content_folders())), self
        )
        self.browser = LibraryBrowser(self.controller, self)
        self.presenter = LibraryPresenter(self.browser, self.settings, self)  # F5, Shift+F5
        # The planner and the records share one database, opened when first asked for.
        self.records = RecordsPages(
            self,
            lambda: self.controller.library,
            database,
            key_file=lambda: str(self.settings.get("records_key_file")),
            retention=lambda: (
                int(self.settings.get("session_retention_months")),
                self.settings.is_locked("session_retention_months"),
            ),
            presenting=lambda: bool(self.presentations()),
        )
        self.plan_controller = PlanController(self.controller.library, self.records.opener, self)
        self.planner = PlannerScreen(self.plan_controller, self.browser.model, self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.browser)
        self.pages.addWidget(self.planner)
        self.records.add_to(self.pages)
        self.editor = EditorScreen(self._editor_services(), self)  # own material (ui/editor)
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.pages.addWidget(self.editor)
        self.setCentralWidget(self.pages)
        self.importer = DeckImport(  # File > Import decks, and files dropped on the list
            self, lambda: self.settings.get("language"), self.load_library, self.browser.select_item
        )
        self.importer.watch_drops(self.browser.tree)
        self.guide = Guide(self, lambda: self.settings.get("theme"))  # Help > Guide, F1
        self.registry = ActionRegistry(
            handlers={
                "library.find": self.browser.focus_search,
                "library.clear": self.browser.escape,
                "library.open": self.browser.open_preview,
                "library.problems": self.show_problems,
                "file.import-deck": lambda: self.importer.choose_files(),
                "file.settings": self.open_settings,
                "file.quit": self.close,
                "view.theme.light": lambda: self.choose_theme("light"),
                "view.theme.dark": lambda: self.choose_theme("dark"),
                "view.theme.high-contrast": lambda: self.choose_theme("high-contrast"),
                "help.guide": lambda: self.guide.open_for(self.pages.currentWidget()),
                "help.keys": self.toggle_key_help,
                "help.about": self.show_about,
                # Presenting asks which group first (ui/records/start.py), then presents.
                # F5 on the editor presents the item being edited, from the slide shown.
                "library.present": lambda: (
                    self.editor.present()
                    if self.pages.currentWidget() is self.editor
                    else self._present_item(from_here=False)
                ),
                "library.present-here": lambda: self._present_item(from_here=True),
                "library.resume": self.continue_presenting,
                "item.new": self.new_item,
                "item.edit": self.edit_item,
                **self.editor.handlers(),
                "view.library": lambda: self.show_page("library"),
                "view.plans": lambda: self.show_page("plans"),
                "view.sessions": lambda: self.show_page("sessions"),
                "view.mentor": lambda: self.show_page("mentor"),
                **self.records.handlers(),
                **self.planner.handlers(),
                "plan.present": lambda: self.records.present_plan(
                    self.plan_controller.plan,
                    lambda details: self.planner.present_plan(
                        **({"details": details} if details is not None else {})
                    ),
                ),
                "plan.actual": self.records.use_actual_minutes,
                "room.check": self.open_room_check,
            },
            scopes={
                "window": self,
                "browser": (self.browser, self.browser.search_bar),
                "list": self.browser.tree,
                "planner": self.planner,
                "plan": self.planner.tree,
                "editor": self.editor,
            },
            parent=self,
        )
        self.planner.bind(self.registry)
        self.records.watch_planner(self.plan_controller)
        self.records.actual_minutes.connect(self.planner.show_actual)
        self.records.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.presenter.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.planner.library_source = self._item_to_add
        self.planner.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.registry.action("view.library").setChecked(True)
        self.key_help = KeyHelpOverlay(self.registry, self)
        self.settings_dialog: SettingsDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.library_menu: QMenu | None = None  # the list's context menu, made on right-click
        self._build_menus()
        self.packs = PackMenu(  # File > Export as pack, Import pack, Packs… (ui/packs)
            self,
            self.file_menu,
            self.settings,
            lambda: self.controller.library,
            self.load_library,
        )
        self._build_toolbar()
        self._build_status_bar()
        self.pages.currentChanged.connect(self._show_library_tools)
        self.controller.loaded.connect(self._library_loaded)
        self.browser.shown_count_changed.connect(lambda _n: self._update_count())
        self.apply_theme(self.settings.get("theme"))
        self.retranslateUi()
        self._fit_to_screen()
        if window_state.restore(self, self.browser.splitter):
            self.browser.keep_split()

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        if area.width() <= 1440 or area.height() <= 900:
            self.setGeometry(area)
        else:
            self.resize(min(1600, area.width() - 160), min(1000, area.height() - 120))
            self.move(area.center() - self.rect().center())

    # --- start-up ------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the library once the window is on screen (it shows "Opening the library…").

        The search field has the focus: a trainer can type at once."""
        self.browser.search_bar.field.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.load_library)
        # A damaged records file is found (and recovered) now, not when a note is first saved.
        QTimer.singleShot(400, self.records.check_at_start)
        # Newer pack versions in the content sources, copies waiting for a choice: said once.
        QTimer.singleShot(800, self.packs.check_at_start)

    def load_library(self) -> None:
        place = self.browser.place()
        self.controller.load()
        if place.item_id or place.text:
            self.browser.restore(place)
        # After the list and the preview have painted: the search index, and the icons for a
        # window built without ``ui.app`` (which loads the icon font before building it); the
        # font's loading tells every holder of icons, the action registry too.
        QTimer.singleShot(INDEX_DELAY_MS, self._after_first_paint)

    def _after_first_paint(self) -> None:
        icons.warm_up()
        self.controller.index()  # ready before the first keystroke
        self._update_problems()

    def _library_loaded(self) -> None:
        self.plan_controller.set_library(self.controller.library)
        self._update_count()
        self._update_problems()
        self.library_ready.emit()

    # --- commands ------------------------------------------------------------------------------
    def _show_library_tools(self, _index: int = -1) -> None:
        """The search, the filters and the item count act on the library's list, which the
        library and the planner show; the records pages and the editor hide them."""
        shown = self.pages.currentWidget() in (self.browser, self.planner)
        self.search_action.setVisible(shown)
        self.search_gap_action.setVisible(not shown)
        bar = self.statusBar()
        message = bar.currentMessage()  # e.g. the tip of the page button just clicked
        if message:
            bar.clearMessage()
        self.count_label.setVisible(shown)
        if message:  # shown again, so the bar hides the count under it until it goes
            bar.showMessage(message, 6000)

    def show_page(self, page: str) -> None:
        """The library (Ctrl+1), the planner (Ctrl+2), sessions (Ctrl+3) or mentor log (Ctrl+4)."""
        self.editor.flush()
        if page in RECORDS_PAGES:
            self.planner.flush()
            self.registry.action(f"view.{page}").setChecked(True)
            screen = self.records.page(page)
            if self.pages.currentWidget() is not screen:
                self.records.refresh(page)
            self.pages.setCurrentWidget(screen)
            self.records.focus(page)
            return
        self.records.flush()
        planner = page == "plans"
        self.registry.action("view.plans" if planner else "view.library").setChecked(True)
        if planner:
            if self.pages.currentWidget() is not self.planner:
                self.planner.refresh_list()
            self.pages.setCurrentWidget(self.planner)
            self.planner.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.planner.flush()
            self.pages.setCurrentWidget(self.browser)
            self.browser.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def presentations(self) -> list[PresentationController]:
        """The presentations running now: one from the library, one from the planner."""
        found = (self.presenter.running, getattr(self.planner, "running", None))
        return [p for p in found if p is not None and not p.finished]

    def _present_item(self, *, from_here: bool) -> None:
        """F5 or Shift+F5: ask for the session's details (records), then present."""
        self.records.present_item(
            self.controller.item(self.browser.current_id()),
            self.presenter.running in self.presentations(),
            lambda details: self.presenter.present(from_here=from_here, details=details),
        )

    def continue_presenting(self) -> None:
        """Present > Continue where you stopped: the last deck, exercise or plan presented, at
        its slide, with its timers (kept across a restart: core/resume.py)."""
        from ..core import resume

        point = resume.last()
        say = self.statusBar().showMessage
        if point is None:
            say(self.tr("Nothing to continue yet: present a deck, an exercise or a plan."), 6000)
            return
        if point.kind == "plan":
            if not self.planner.open_plan(point.ref):
                say(self.tr("The plan '%1' is no longer there.").replace("%1", point.title), 6000)
                return
            self.show_page("plans")
            self.records.present_plan(
                self.plan_controller.plan,
                lambda details: self.planner.present_plan(
                    resume=point, **({"details": details} if details is not None else {})
                ),
            )
            return
        item = self.controller.item(point.ref)
        if item is None:
            say(self.tr("'%1' is no longer in the library.").replace("%1", point.title), 6000)
            return
        self.records.present_item(
            item,
            self.presenter.running in self.presentations(),
            lambda details: self.presenter.present(details=details, point=point),
        )

    def _item_to_add(self) -> str:
        """Ctrl+Enter adds the item chosen in the list on screen (library or planner)."""
        if self.pages.currentWidget() is self.browser:
            return self.browser.current_id()
        return ""

    def open_settings(self) -> None:
        if self.settings_dialog is None:
            dialog = SettingsDialog(self.settings, self)
            dialog.language_chosen.connect(self.set_language)
            dialog.theme_chosen.connect(self.apply_theme)
            dialog.folders_changed.connect(self.load_library)
            dialog.encryption_state = self.records.encryption_state
            dialog.encrypt_requested.connect(self.records.ask_encrypt)
            dialog.change_passphrase_requested.connect(self.records.ask_change_passphrase)
            dialog.turn_off_requested.connect(self.records.ask_turn_off)
            self.records.encryption_changed.connect(dialog.sync)
            self.settings_dialog = dialog
        self.settings_dialog.sync()
        self.settings_dialog.open()

    def open_room_check(self) -> None:
        from .roomcheck import open_room_check

        self.room_check = open_room_check(self.settings, self)  # Ctrl+K; ui/roomcheck

    def show_problems(self) -> None:
        self.problems_dialog = ProblemsDialog(self.controller.problems(), self)
        self.problems_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.problems_dialog.open()

    def toggle_key_help(self) -> None:
        self.key_help.toggle()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Facilitator"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"Facilitator {__version__}")
        box.setInformativeText(
            "\n\n".join(
                (
                    self.tr(
                        "Plan and run training sessions on mental health, mentalization, "
                        "resilience and coping."
                    ),
                    self.tr("Works offline. Nothing you write leaves this computer."),
                    self.tr("Free software under the GPL 3.0 or later. Qt is used under the LGPL."),
                )
            )
        )
        # Our own word for Close: Qt ships no Norwegian Bokmål for its standard buttons.
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()

    def choose_theme(self, theme: str) -> None:
        if self.settings.is_locked("theme"):
            self._check_theme_action(self.settings.get("theme"))
            return
        if self.settings.get("theme") != theme or self.settings.source("theme") != "user":
            self.settings.set("theme", theme)
        self.apply_theme(theme)
        if self.settings_dialog is not None:
            self.settings_dialog.sync()

    def apply_theme(self, theme: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply(app, theme)
        self.browser.set_theme(theme)
        self.planner.set_theme(theme)
        self._check_theme_action(theme)

    def _check_theme_action(self, theme: str) -> None:
        action = self.registry.action(f"view.theme.{theme}")
        action.setChecked(True)

    def set_language(self, language: str) -> None:
        """Switch the UI language now; Qt's LanguageChange events retranslate every widget."""
        self.translations.switch(language)

    # --- words ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        place = self.browser.place()
        self.setWindowTitle(self.tr("Facilitator"))
        self.file_menu.setTitle(self.tr("&File"))
        self.present_menu.setTitle(self.tr("&Present"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.plan_menu.setTitle(self.tr("&Plan"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.registry.retranslate()
        self._update_count()
        self._update_problems()
        self.browser.retranslate()
        self.browser.restore(place)

    def _update_count(self) -> None:
        if not self.controller.is_loaded:
            self.count_label.setText(self.tr("Opening the library…"))
            return
        total = self.controller.item_count()
        shown = self.browser.model.item_count()
        if shown == total:
            text = (
                self.tr("1 item in the library")
                if total == 1
                else self.tr("%1 items in the library").replace("%1", str(total))
            )
        else:
            text = (
                self.tr("Showing %1 of %2 items")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        self.count_label.setText(text)

    def _update_problems(self) -> None:
        problems = self.controller.problems()
        count = len(problems)
        self.registry.action("library.problems").setEnabled(bool(count))
        self.problems_button.setVisible(bool(count))
        if not count:
            return
        self.problems_button.setText(
            self.tr("1 problem in the library")
            if count == 1
            else self.tr("%1 problems in the library").replace("%1", str(count))
        )
        self.problems_button.setToolTip(self.tr("Show which files have problems"))
        if icons.is_ready():
            errors = any(p.severity == "error" for p in problems)
            self.problems_button.setIcon(icons.icon("error" if errors else "warning"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.editor.flush()
        self.records.flush()
        self.planner.flush()
        self.plan_controller.flush()
        window_state.save(self, self.browser.splitter)
        log.info("main window closed")
        super().closeEvent(event)
