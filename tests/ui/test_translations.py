"""Every user-visible string has its Danish and Norwegian text, and the shipped .qm are current."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

HERE = Path(__file__).resolve().parents[2] / "resources" / "translations"
_spec = importlib.util.spec_from_file_location("update_translations", HERE / "update.py")
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)


def test_every_string_has_danish_and_norwegian_text():
    missing = update.check()
    assert missing == [], f"{len(missing)} strings lack a translation:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_compiled_translations_are_current(tmp_path, language):
    files = [update.ts_file] + ([update.qt_ts_file] if language in update.QT_OWN else [])
    for ts in files:
        shutil.copy(ts(language), ts(language, tmp_path))
    update.lrelease(tmp_path, (language,))
    for ts in files:
        fresh = ts(language, tmp_path).with_suffix(".qm").read_bytes()
        shipped = ts(language).with_suffix(".qm").read_bytes()
        assert fresh == shipped, "run: python resources/translations/update.py"


def test_every_string_has_a_context_the_app_looks_up():
    """A module-level tr() helper files strings under an empty context that Qt never finds."""
    import xml.etree.ElementTree as ET

    for language in update.LANGUAGES:
        names = [c.findtext("name") for c in ET.parse(update.ts_file(language)).iter("context")]
        assert all(names), f"{language}: strings without a context: use translate('Ctx', ...)"


def test_every_tr_call_is_one_lupdate_can_see():
    """``other.tr("…")`` outside the widget's own class is invisible to lupdate and looked up
    under the other object's class at run time: the words stay English (a Cancel button did)."""
    import re

    sources = Path(update.SOURCES)
    calls = re.compile(r"\b(?!self\b)(\w+)\.tr\(")
    found = [
        f"{path.relative_to(sources)}:{number}: {line.strip()}"
        for path in sorted(sources.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if calls.search(line)
    ]
    assert found == [], "use self.tr() or QCoreApplication.translate('Ctx', ...):\n" + "\n".join(
        found
    )


def test_in_bokmal_qt_own_dialogs_and_buttons_speak_bokmal(qapp):
    """Qt ships no Bokmål for its own words; ours (qtbase_nb) covers what the app shows."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QFileDialog, QLabel

    from facilitator.ui.i18n import Translations

    locale = QLocale()
    translations = Translations()
    translations.install("nb")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        words = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        assert words == {"Se i:", "Filnavn:", "Filtype:"}
        keys = QKeySequence("Ctrl+Space").toString(QKeySequence.SequenceFormat.NativeText)
        assert keys == "Ctrl+Mellomrom"
        dialog.deleteLater()
    finally:
        translations.install("en")
        QLocale.setDefault(locale)  # as it was: later tests format and sort by it


def test_in_danish_the_file_dialog_labels_qt_left_english_are_danish(qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from facilitator.ui.i18n import Translations

    locale = QLocale()
    translations = Translations()
    translations.install("da")
    try:
        dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        words = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        assert words == {"Kig i:", "Filnavn:", "Filtype:"}
        dialog.deleteLater()
    finally:
        translations.install("en")
        QLocale.setDefault(locale)  # as it was: later tests format and sort by it


def test_no_tr_call_hides_where_lupdate_cannot_see_it():
    """lupdate reads only plain ``tr("literal")`` calls: one inside an f-string, or with a
    computed text, is never extracted and stays English in the Danish UI ("Break", "· paused")."""
    import ast

    sources = Path(update.SOURCES)
    hidden = []
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            calls = []
            if isinstance(node, ast.JoinedStr):
                calls = [
                    (sub, "inside an f-string")
                    for sub in ast.walk(node)
                    if isinstance(sub, ast.Call)
                    and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr in ("tr", "translate")
                ]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (node.args and isinstance(node.args[0], ast.Constant))
            ):
                calls = [(node, "with a text that is not a literal")]
            hidden += [f"{path.relative_to(sources)}:{c.lineno}: tr() {why}" for c, why in calls]
    assert hidden == [], "\n".join(hidden)
