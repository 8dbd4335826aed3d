"""The settings screen: changes persist at once; what IT set is shown as such."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.core import paths
from facilitator.core.settings import Settings
from facilitator.ui.settings import SettingsDialog


def site_file(text: str) -> Path:
    path = Path(os.environ["FACILITATOR_SITE_CONFIG"])
    path.write_text(text, encoding="utf-8")
    return path


def stored() -> dict:
    return json.loads(paths.user_settings_file().read_text(encoding="utf-8"))


@pytest.fixture
def dialog(window, qtbot):
    window.open_settings()
    qtbot.waitExposed(window.settings_dialog)
    return window.settings_dialog


def test_theme_change_is_saved_and_applied(window, dialog, qtbot):
    dialog.theme_buttons["dark"].click()
    assert stored()["theme"] == "dark"
    assert Settings.load().get("theme") == "dark"
    assert window.registry.action("view.theme.dark").isChecked()
    assert window.browser.preview.theme == "dark"
    assert "#18202a" in QApplication.instance().styleSheet()  # the dark look's base colour


def test_theme_from_the_view_menu_is_saved_and_shown_in_settings(window, dialog):
    window.registry.action("view.theme.high-contrast").trigger()
    assert stored()["theme"] == "high-contrast"
    assert dialog.theme_buttons["high-contrast"].isChecked()


def test_language_change_is_saved(window, dialog):
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert stored()["language"] == "en"
    assert window.translations.language == "en"


def test_no_markers_for_own_values(dialog):
    assert not dialog.language_marker.isVisible()
    assert dialog.language.isEnabled()
    assert all(b.isEnabled() for b in dialog.theme_buttons.values())


def test_values_locked_by_it_are_shown_and_cannot_be_changed(home, make_window, qtbot):
    site_file('language = "nb"\ntheme = "dark"\nlocked = ["language", "theme"]\n')
    settings = Settings.load()
    window = make_window(settings_=settings)
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.language.currentData() == "nb"
    assert not dialog.language.isEnabled()
    assert dialog.language_marker.isVisible()
    assert dialog.language_marker.text.text() == "Set by your IT department"
    assert dialog.theme_buttons["dark"].isChecked()
    assert not any(b.isEnabled() for b in dialog.theme_buttons.values())
    assert dialog.theme_marker.state == "locked"
    assert not window.registry.action("view.theme.light").isEnabled()
    window.choose_theme("light")  # even if asked, nothing changes
    assert settings.get("theme") == "dark"
    with pytest.raises(PermissionError):
        settings.set("language", "da")
    assert not paths.user_settings_file().exists()


def test_site_defaults_are_marked_and_may_be_changed(home, make_window, qtbot):
    site_file('theme = "dark"\n')
    settings = Settings.load()
    window = make_window(settings_=settings)
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.theme_marker.state == "site-default"
    assert dialog.theme_marker.isVisible()
    assert "Default from your IT department" in dialog.theme_marker.text.text()
    dialog.theme_buttons["light"].click()
    assert stored()["theme"] == "light"
    assert settings.source("theme") == "user"
    assert not dialog.theme_marker.isVisible()


def test_content_folders_are_added_and_removed(window, dialog, tmp_path, monkeypatch, files):
    extra = tmp_path / "shared"
    files.write(extra / "c" / "module.md", files.module.format(id="c", title="Delt", order=3))
    files.write(extra / "c" / "ex.md", files.exercise("c.ex", "Delt øvelse"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(extra))
    dialog.folders.add_button.click()
    assert stored()["content_folders"] == [str(extra)]
    assert window.controller.item("c.ex") is not None
    assert "c.ex" in window.browser.model.item_ids()
    folders = dialog.folders.list
    folders.setCurrentRow(0)
    assert dialog.folders.remove_button.isEnabled()
    dialog.folders.remove_button.click()
    assert stored()["content_folders"] == []
    assert window.controller.item("c.ex") is None


def test_folders_from_it_cannot_be_removed(home, qtbot, tmp_path):
    site_file(f'content_folders = ["{tmp_path / "it-share"}"]\n')
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    folders = dialog.folders
    assert folders.list.count() == 1
    assert "from your IT department" in folders.list.item(0).text()
    folders.list.setCurrentRow(0)
    assert not folders.remove_button.isEnabled()
    assert folders.add_button.isEnabled()


def test_locked_folders_cannot_be_added(home, qtbot, tmp_path):
    site_file(f'content_folders = ["{tmp_path}"]\nlocked = ["content_folders"]\n')
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.folders.add_button.isEnabled()
    assert dialog.folders_marker.state == "locked"


def test_problems_of_it_settings_file_are_shown_in_a_banner(home, qtbot):
    site = site_file('language = "nb"\r\nlocked = "theme"\r\ncontent_folders = [""]\r\n')
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    banner = dialog.problems_banner
    assert banner.isVisible()
    text = banner.text()
    assert "IT department" in text
    assert f"{site}:2: 'locked' should be a list" in text
    assert f"{site}:3: content folder '' is not read: an empty path" in text
    assert dialog.language.currentData() == "nb"  # the rest of the file applies


def test_problems_of_the_users_own_file_are_shown_too(home, qtbot):
    paths.user_settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.user_settings_file().write_text('{"theme": "dark",\n "colour": "red"}', encoding="utf-8")
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems_banner.isVisible()
    assert (
        f"{paths.user_settings_file()}:2: unknown setting 'colour'" in dialog.problems_banner.text()
    )
    assert "IT department" not in dialog.problems_banner.text()
    assert dialog.theme_buttons["dark"].isChecked()


def test_no_banner_when_the_settings_files_are_fine(home, qtbot):
    site_file('theme = "dark"\n')
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.problems_banner.isVisible()


def test_the_home_folder_or_the_root_cannot_be_added(home, qtbot, monkeypatch):
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()
    for chosen in (str(Path.home()), Path.home().anchor):
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, c=chosen, **k: c)
        dialog.folders.add_button.click()
        assert dialog.folders.problem.isVisible()
        assert chosen in dialog.folders.problem.text()
    assert not paths.user_settings_file().exists()
    assert dialog.settings.get("content_folders") == []


def test_with_its_banner_the_dialog_fits_a_1366x768_screen_and_scrolls_to_the_records(
    home, make_window, qtbot
):
    """IT's problems banner and the records section made the dialog taller than the screen:
    the encryption button could not be reached. The sections scroll; Close stays in view."""
    site_file('locked = "theme"\ncontent_folders = ["", "/"]\n')
    window = make_window(settings_=Settings.load())
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.problems_banner.isVisible()
    assert area.contains(dialog.frameGeometry().bottomLeft())  # wholly on the screen
    assert dialog.close_button.isVisible()
    dialog.scroll.ensureWidgetVisible(dialog.encrypt_button)
    top = dialog.encrypt_button.mapTo(
        dialog.scroll.viewport(), dialog.encrypt_button.rect().topLeft()
    )
    assert dialog.scroll.viewport().rect().contains(top)
    dialog.close()
