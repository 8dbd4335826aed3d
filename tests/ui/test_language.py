"""Switching the UI language retranslates at once and keeps the user's place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.ui import i18n
from facilitator.ui.i18n import Translations

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context><name>MainWindow</name>
  <message><source>&amp;File</source><translation>&amp;Fil</translation></message>
  <message><source>%1 items in the library</source>
    <translation>%1 elementer i biblioteket</translation></message>
  <message><source>Showing %1 of %2 items</source>
    <translation>Viser %1 af %2 elementer</translation></message>
</context>
<context><name>SearchBar</name>
  <message><source>All kinds</source><translation>Alle typer</translation></message>
</context>
<context><name>Actions</name>
  <message><source>&amp;Find in the library</source>
    <translation>&amp;Find i biblioteket</translation></message>
</context>
<context><name>Labels</name>
  <message><source>Slide deck</source><translation>Slideshow</translation></message>
</context>
</TS>
"""


@pytest.fixture
def danish(tmp_path, monkeypatch) -> Path:
    """A tiny Danish translation compiled for the test, so it does not depend on the shipped one."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "facilitator_da.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "qm_file", lambda language: tmp_path / f"facilitator_{language}.qm")
    return qm


@pytest.fixture
def translations(qapp):
    chosen = Translations()
    yield chosen
    chosen.install("en")  # leave the app in English for the next test


def test_switching_language_keeps_item_search_and_scroll(
    danish, translations, make_window, qtbot, library_dir, files
):
    for n in range(16):  # enough results for the list to scroll
        files.write(library_dir / "b" / f"x{n}.md", files.exercise(f"b.x{n}", f"Øvelse {n}"))
    window = make_window(translations=translations)
    browser = window.browser
    browser.search_bar.set_text("øvelse")
    assert browser.model.item_count() == 16
    chosen = browser.model.item_ids()[-1]
    browser.select_item(chosen)
    bar = browser.tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    scroll = bar.value()
    assert window.file_menu.title() == "&File"

    window.set_language("da")

    assert window.file_menu.title() == "&Fil"
    assert window.registry.action("library.find").text() == "&Find i biblioteket"
    assert browser.search_bar.kind.itemText(0) == "Alle typer"
    assert window.count_label.text().startswith("Viser ")
    assert browser.search_bar.text() == "øvelse"
    assert browser.current_id() == chosen
    qtbot.waitUntil(lambda: bar.value() == scroll)

    window.set_language("en")
    assert window.file_menu.title() == "&File"
    assert browser.current_id() == chosen
    assert browser.search_bar.text() == "øvelse"


def test_switching_language_from_settings(danish, translations, make_window, qtbot):
    window = make_window(translations=translations)
    window.settings.set("language", "en")  # Danish is the default: start from English
    window.browser.select_item("b.nb")
    window.open_settings()
    dialog = window.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    assert window.settings.get("language") == "da"
    assert window.file_menu.title() == "&Fil"
    assert window.browser.current_id() == "b.nb"


def test_missing_translation_falls_back_to_english(tmp_path, monkeypatch, translations):
    monkeypatch.setattr(i18n, "qm_file", lambda language: tmp_path / "missing.qm")
    assert translations.install("nb") is False
    assert translations.language == "nb"
    assert translations.install("en") is True


def test_language_names_are_in_their_own_language():
    assert i18n.LANGUAGE_NAMES == {"da": "Dansk", "nb": "Norsk bokmål", "en": "English"}


def test_paper_and_projector_speak_the_contents_language_not_the_apps(qapp):
    """One mechanism for both: with the app in Bokmål, a Danish plan prints Danish words and a
    Danish deck's screens say Danish words; with the app in Danish, an English plan prints
    English."""
    from facilitator.render.words import plan_words
    from facilitator.ui.i18n import Translations
    from facilitator.ui.present.words import present_words

    translations = Translations()
    try:
        translations.install("nb")
        assert plan_words("da")["materials"] == "Materialer"
        assert plan_words("nb")["materials"] == "Materiell"
        assert present_words("da").screens.reflection == "Refleksion"
        translations.install("da")
        assert plan_words("en")["materials"] == "Materials"
        assert present_words("nb").screens.reflection == "Refleksjon"
    finally:
        translations.install("en")
