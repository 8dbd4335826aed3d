"""Installing the translator for the UI language, and switching it at run time.

English is the source language of every string. Danish (the default) and Norwegian Bokmål come
from ``resources/translations/facilitator_<lang>.qm``. Qt's own strings (standard buttons, file
dialogs, key names) come from Qt's bundled ``qtbase_<lang>.qm`` with ours,
``resources/translations/qtbase_<lang>.qm``, on top: Qt ships no Bokmål at all (ours has every Qt
string this app shows), and its Danish lacks the file dialog's "&Look in:" and "Files of &type:".
Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget,
which calls ``retranslateUi``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ..core.messages import Message
from ..core.paths import resource_path
from ..render.words import qm_file

log = logging.getLogger(__name__)

# Language names are written in their own language and never translated: a user who cannot read
# the current language must still find their own.
LANGUAGE_NAMES: dict[str, str] = {"da": "Dansk", "nb": "Norsk bokmål", "en": "English"}
_LOCALES = {"da": "da_DK", "nb": "nb_NO", "en": "en_GB"}


def ui_language() -> str:
    """The app's language now ("da", "nb" or "en"), from the default locale install() sets."""
    return {
        QLocale.Language.Danish: "da",
        QLocale.Language.NorwegianBokmal: "nb",
    }.get(QLocale().language(), "en")


def core_text(message: Message | str) -> str:
    """A message of core/ (``core/messages.py``) in the UI's language: its template translated
    under its context, filled with its values (a value that is a Message translated too; file
    names and numbers as they are). A plain string is shown as it is. A translation whose
    fields do not match the template's (a slip in a .ts file) shows the English text."""
    if isinstance(message, str):
        return message
    args = {
        name: core_text(value) if isinstance(value, Message) else value
        for name, value in message.args
    }
    template = message.template
    if message.context:
        template = QCoreApplication.translate(message.context, template)
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its fields", message.template)
        return message.template.format(**args)


def os_error_text(error: OSError) -> str:
    """An error of the operating system for people: the file's name and the system's own words
    for what went wrong, without Python's ``[Errno 28]`` and the whole path."""
    reason = error.strerror or str(error)
    return f"{Path(str(error.filename)).name}: {reason}" if error.filename else reason


class Translations:
    """Owns the installed translators; :meth:`install` swaps them for another language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Use ``language`` from now on; True if the app's own translation was found."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Translations.install() needs a QApplication")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()  # a child of the app: would pile up with each switch
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(_LOCALES.get(language, "en_GB")))
        if language == "en":
            return True
        found = False
        own = QTranslator(app)
        path = qm_file(language)
        if path.is_file() and own.load(str(path)):
            QCoreApplication.installTranslator(own)
            self._installed.append(own)
            found = True
        else:
            own.deleteLater()
            log.info("no translation for %r at %s; showing English", language, path)
        # Qt's own words: Qt's file, then ours on top (installed later, asked first).
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = resource_path("translations", f"qtbase_{language}.qm")
        for name, folder in ((f"qtbase_{language}", qt_folder), (str(ours), "")):
            qt = QTranslator(app)
            if qt.load(name, folder):
                QCoreApplication.installTranslator(qt)
                self._installed.append(qt)
            else:
                qt.deleteLater()
        return found

    def switch(self, language: str) -> bool:
        """Install ``language`` and retranslate every window now, not on the next event loop
        turn, so the caller can restore the user's place right after."""
        found = self.install(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return found
