"""The settings screen: language, theme, content folders and the contacts for the help slide.

Every change is saved at once through ``core.settings`` (which validates it and refuses values IT
has locked) and announced with a signal, so the app follows without a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.settings import Settings
from .. import labels
from ..i18n import LANGUAGE_NAMES, core_text, os_error_text
from .folders import FoldersEditor
from .marker import SourceMarker

log = logging.getLogger(__name__)

THEMES = ("light", "dark", "high-contrast")
MAX_PROBLEMS_SHOWN = 8


class Section(QFrame):
    """A titled card holding one setting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsSection")
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.hint = QLabel(self)
        self.hint.setObjectName("sectionHint")
        self.hint.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.body)


class SettingsDialog(QDialog):
    language_chosen = Signal(str)
    theme_chosen = Signal(str)
    folders_changed = Signal()
    encrypt_requested = Signal()  # the records pages explain, ask for the passphrase, encrypt
    change_passphrase_requested = Signal()  # the records pages ask and re-key every file
    turn_off_requested = Signal()  # the records pages warn, ask the passphrase, decrypt

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.setMinimumWidth(600)
        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        # What could not be used from the settings files (IT's and the user's), line by line.
        self.problems_banner = QLabel(self)
        self.problems_banner.setObjectName("settingsProblems")
        self.problems_banner.setWordWrap(True)
        self.problems_banner.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.problems_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_banner.setVisible(bool(settings.problems))

        self.language_section = Section(self)
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language_marker = SourceMarker(settings, "language", self)
        self.language_section.body.addWidget(self.language)
        self.language_section.body.addWidget(self.language_marker)

        self.theme_section = Section(self)
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[str, QRadioButton] = {}
        for code in THEMES:
            button = QRadioButton(self)
            button.setObjectName(f"theme_{code}")
            self.theme_group.addButton(button)
            self.theme_buttons[code] = button
            self.theme_section.body.addWidget(button)
        self.theme_marker = SourceMarker(settings, "theme", self)
        self.theme_section.body.addWidget(self.theme_marker)

        self.folders_section = Section(self)
        self.folders = FoldersEditor(settings, self)
        self.folders_marker = SourceMarker(settings, "content_folders", self)
        self.folders_section.body.addWidget(self.folders)
        self.folders_section.body.addWidget(self.folders_marker)

        self.help_section = Section(self)
        self.help_contacts = QPlainTextEdit(self)
        self.help_contacts.setObjectName("helpContacts")
        self.help_contacts.setTabChangesFocus(True)
        self.help_contacts.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.help_marker = SourceMarker(settings, "help_contacts", self)
        self.help_problem = QLabel(self)
        self.help_problem.setObjectName("helpProblem")
        self.help_problem.setWordWrap(True)
        self.help_problem.hide()
        self.help_section.body.addWidget(self.help_contacts)
        self.help_section.body.addWidget(self.help_problem)
        self.help_section.body.addWidget(self.help_marker)
        self._help_timer = QTimer(self)
        self._help_timer.setSingleShot(True)
        self._help_timer.setInterval(700)  # saved when typing pauses, and on leaving the field
        self._help_timer.timeout.connect(self.save_help_contacts)

        # Encrypted records: how they are kept now, and the button that turns encryption on.
        self.encryption_state: Callable[[], str] = lambda: "unavailable"
        self.records_section = Section(self)
        self.records_state = QLabel(self)
        self.records_state.setObjectName("recordsEncryption")
        self.records_state.setWordWrap(True)
        self.encrypt_button = QPushButton(self)
        self.encrypt_button.setObjectName("encryptRecords")
        self.encrypt_button.clicked.connect(self.encrypt_requested)
        self.change_passphrase_button = QPushButton(self)
        self.change_passphrase_button.setObjectName("changePassphrase")
        self.change_passphrase_button.clicked.connect(self.change_passphrase_requested)
        self.turn_off_button = QPushButton(self)
        self.turn_off_button.setObjectName("turnEncryptionOff")
        self.turn_off_button.clicked.connect(self.turn_off_requested)
        self.records_section.body.addWidget(self.records_state)
        self.records_section.body.addWidget(self.encrypt_button)
        self.records_section.body.addWidget(self.change_passphrase_button)
        self.records_section.body.addWidget(self.turn_off_button)

        self.saved_note = QLabel(self)
        self.saved_note.setObjectName("savedNote")
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)

        # The sections scroll when the screen is too low for all of them (1366x768 with IT's
        # problems banner and the records section); the heading and Close stay in view.
        self.sections = QWidget(self)
        self.sections.setObjectName("settingsSections")
        body = QVBoxLayout(self.sections)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(14)
        body.addWidget(self.problems_banner)
        for section in (
            self.language_section,
            self.theme_section,
            self.folders_section,
            self.help_section,
            self.records_section,
        ):
            body.addWidget(section)
        body.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("settingsScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.sections)
        self.scroll.viewport().setAutoFillBackground(False)
        self.sections.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        footer = QVBoxLayout()
        footer.addWidget(self.saved_note)
        layout.addLayout(footer)
        layout.addWidget(buttons)

        self.sync()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme_group.buttonToggled.connect(self._theme_toggled)
        self.folders.changed.connect(self.folders_changed)
        self.help_contacts.textChanged.connect(self._help_timer.start)
        self.help_contacts.installEventFilter(self)
        self.finished.connect(lambda _result: self.save_help_contacts())
        self.retranslateUi()

    # --- showing the stored values -------------------------------------------------------------
    def sync(self) -> None:
        """Show the values as they are stored now (and lock what IT locked)."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.get("language"))))
        self.language.blockSignals(False)
        self.language.setEnabled(not self.settings.is_locked("language"))
        theme = self.settings.get("theme")
        self.theme_group.blockSignals(True)
        for code, button in self.theme_buttons.items():
            button.setChecked(code == theme)
            button.setEnabled(not self.settings.is_locked("theme"))
        self.theme_group.blockSignals(False)
        for marker in (
            self.language_marker,
            self.theme_marker,
            self.folders_marker,
            self.help_marker,
        ):
            marker.refresh()
        self.folders.refresh()
        lines = "\n".join(self.settings.get("help_contacts"))
        if self.help_contacts.toPlainText() != lines:
            self.help_contacts.blockSignals(True)
            self.help_contacts.setPlainText(lines)
            self.help_contacts.blockSignals(False)
        self.help_contacts.setReadOnly(self.settings.is_locked("help_contacts"))
        self._show_encryption()

    def _show_encryption(self) -> None:
        state = self.encryption_state()
        texts = {
            "plain": self.tr("The records are not encrypted."),
            "passphrase": self.tr(
                "The records and their backups are encrypted. The passphrase is asked at start."
            ),
            "key-file": self.tr(
                "The records and their backups are encrypted with your IT department's key file."
            ),
            "unavailable": self.tr("Encryption is not available: SQLCipher is not installed."),
        }
        self.records_state.setText(texts.get(state, ""))
        self.encrypt_button.setVisible(state == "plain")
        # IT's key file: the key and the choice are theirs (docs/deployment.md).
        self.change_passphrase_button.setVisible(state == "passphrase")
        self.turn_off_button.setVisible(state == "passphrase")

    # --- changes -------------------------------------------------------------------------------
    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        if code and self._store("language", code):
            self.language_chosen.emit(code)

    def _theme_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        for code, candidate in self.theme_buttons.items():
            if candidate is button and self._store("theme", code):
                self.theme_chosen.emit(code)

    def save_help_contacts(self) -> None:
        """Store the typed contacts (one a line; empty lines dropped)."""
        self._help_timer.stop()
        if self.settings.is_locked("help_contacts"):
            return
        lines = [line.strip() for line in self.help_contacts.toPlainText().splitlines()]
        lines = [line for line in lines if line]
        if lines == self.settings.get("help_contacts"):
            return
        try:
            self.settings.set("help_contacts", lines)
        except ValueError:
            self.help_problem.setText(
                self.tr("At most 12 lines of up to 200 characters each; not saved yet.")
            )
            self.help_problem.show()
            return
        except OSError as exc:  # a full disk or a read-only folder: keep the text, say so
            log.warning("help contacts not saved: %s", exc)
            self.help_problem.setText(
                self.tr("Could not be saved: %1").replace("%1", os_error_text(exc))
            )
            self.help_problem.show()
            return
        self.help_problem.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.help_contacts and event.type() == QEvent.Type.FocusOut:
            self.save_help_contacts()
        return super().eventFilter(watched, event)

    def _store(self, key: str, value: object) -> bool:
        if self.settings.get(key) == value and self.settings.source(key) == "user":
            return False
        try:
            self.settings.set(key, value)
        except (PermissionError, ValueError) as exc:
            log.warning("setting %s not changed: %s", key, exc)
            self.sync()
            return False
        self.language_marker.refresh()
        self.theme_marker.refresh()
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the sections need (Qt's minimum size ignores wrapped texts' height for
        width), but never taller than the screen: then the sections scroll."""
        layout = self.layout()
        inner = self.sections.layout()
        if layout is None or inner is None:
            return
        width = self.scroll.viewport().width() or self.width()
        margins = layout.contentsMargins()
        chrome = (
            margins.top()
            + margins.bottom()
            + 3 * layout.spacing()
            + self.heading.sizeHint().height()
            + self.saved_note.sizeHint().height()
            + self.close_button.sizeHint().height()
        )
        needed = chrome + inner.totalHeightForWidth(width)
        screen = self.screen()
        room = screen.availableGeometry().height() - 40 if screen is not None else needed
        wanted = min(needed, room)
        if wanted > 0:
            self.setMinimumHeight(min(wanted, 320))
            if self.height() < wanted:
                self.resize(self.width(), wanted)
        if screen is not None:  # grown after Qt placed it: keep it wholly on the screen
            area = screen.availableGeometry()
            frame = self.frameGeometry()
            top = max(area.top(), min(frame.top(), area.bottom() - frame.height()))
            if top != frame.top():
                self.move(frame.left(), top)

    # --- words ---------------------------------------------------------------------------------
    def problems_text(self) -> str:
        """The banner: which settings file had problems, each with its file and line."""
        problems = self.settings.problems
        if not problems:
            return ""
        site = str(self.settings.site_file)
        if any(p.file == site for p in problems):
            lead = self.tr(
                "Part of the settings from your IT department could not be used; the rest "
                "apply. Please tell your IT department:"
            )
        else:
            lead = self.tr("Part of your settings file could not be used; the rest apply:")
        shown = [f"{p.where}: {core_text(p.message)}" for p in problems[:MAX_PROBLEMS_SHOWN]]
        more = len(problems) - len(shown)
        if more > 0:
            shown.append(self.tr("… and %n more (see the log file)", "", more))
        return "\n".join([lead, *shown])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Settings"))
        self.heading.setText(self.tr("Settings"))
        self.language_section.title.setText(self.tr("Language"))
        self.language_section.hint.setText(
            self.tr("The language of menus and screens. Changes at once; nothing is lost.")
        )
        self.language.setAccessibleName(self.tr("Language"))
        self.theme_section.title.setText(self.tr("Theme"))
        self.theme_section.hint.setText(
            self.tr("Colours of the slides on the projector, and of this window.")
        )
        for code, button in self.theme_buttons.items():
            button.setText(f"{labels.theme(code)} – {labels.theme_hint(code)}")
        self.folders_section.title.setText(self.tr("Content folders"))
        self.folders_section.hint.setText(
            self.tr(
                "Extra folders with modules, for example a shared drive. The bundled library "
                "and your own items are always included."
            )
        )
        self.help_section.title.setText(self.tr("Where to get help"))
        self.help_section.hint.setText(
            self.tr(
                "Local contacts for the help slide (F11 while presenting) and for every slide, "
                "note and handout that asks for them ({{ local_contacts }}), one a line, for "
                'example "School counsellor: room 12". No private phone numbers.'
            )
        )
        self.help_contacts.setAccessibleName(self.tr("Where to get help"))
        self.records_section.title.setText(self.tr("Records"))
        self.records_section.hint.setText(
            self.tr(
                "Sessions and progress logs stay on this computer. Encrypting them protects "
                "them if the computer or a backup is lost."
            )
        )
        self.encrypt_button.setText(self.tr("Encrypt the records…"))
        self.change_passphrase_button.setText(self.tr("Change the passphrase…"))
        self.turn_off_button.setText(self.tr("Turn encryption off…"))
        self._show_encryption()
        self.saved_note.setText(self.tr("Changes are saved at once."))
        self.close_button.setText(self.tr("Close"))
        self.problems_banner.setText(self.problems_text())
        if self.isVisible():
            self.fit_height()
