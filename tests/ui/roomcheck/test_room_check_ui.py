"""The room check dialog (Ctrl+K): its lines, the clicker test, the test slide, the report."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from facilitator.ui.roomcheck.dialog import RoomCheckDialog
from facilitator.ui.roomcheck.slide import LegibilityWindow


def _dialog(qtbot, settings, tmp_path) -> RoomCheckDialog:
    dialog = RoomCheckDialog(settings, tmp_path / "data" / "facilitator.db")
    qtbot.addWidget(dialog)
    (tmp_path / "data").mkdir(exist_ok=True)
    dialog.refresh()
    dialog.show()
    return dialog


def test_every_line_shows_with_a_colour_a_word_and_what_to_do(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings, tmp_path)
    assert list(dialog.rows) == [
        "screens",
        "legibility",
        "keys",
        "fonts",
        "contacts",
        "records",
        "disk",
    ]
    for row in dialog.rows.values():
        assert row.check is not None and row.title.text() and row.text.text()
        assert row.status.text() in ("OK", "Check", "Problem")
    screens = dialog.rows["screens"].check
    assert screens is not None and screens.values["count"] == len(QGuiApplication.screens())
    assert dialog.rows["fonts"].status.text() == "OK"
    assert dialog.rows["keys"].status.text() == "Check"  # nothing pressed yet
    assert dialog.rows["contacts"].status.text() == "Check"  # no local contacts set


def test_the_clicker_keys_are_named_as_they_are_pressed(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings, tmp_path)
    dialog.keys.setFocus()
    qtbot.keyClick(dialog.keys, Qt.Key.Key_PageDown)
    assert "present.next" in dialog.keys.recognised
    assert dialog.rows["keys"].status.text() == "Check"  # previous not yet
    qtbot.keyClick(dialog.keys, Qt.Key.Key_PageUp)
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Period)  # the black-screen key of many clickers
    assert set(dialog.keys.recognised) == {"present.next", "present.previous", "present.black"}
    assert dialog.rows["keys"].status.text() == "OK"
    # Esc is what a clicker's "stop" sends: recognised as leaving, it does not close the dialog.
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "present.leave" in dialog.keys.recognised
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Q)
    assert "does nothing" in dialog.keys.last_label.text()
    assert dialog.keys.marks["present.next"].text() == "✓"


def test_filling_in_the_contacts_turns_the_line_green_on_check_again(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings, tmp_path)
    settings.set("help_contacts", ["AKT-vejleder Mette: lokale 12"])
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.rows["contacts"].status.text() == "OK"


def test_the_report_for_it_goes_to_the_clipboard_with_the_key_test(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings, tmp_path)
    dialog.keys.setFocus()
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Right)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    found = json.loads(QGuiApplication.clipboard().text())
    assert found["status"] == "amber"
    keys = next(c for c in found["checks"] if c["id"] == "keys")
    assert keys["details"]["recognised"] == ["present.next"]
    assert {c["id"] for c in found["checks"]} == set(dialog.rows)


def test_the_test_slide_shows_on_a_screen_and_any_key_closes_it(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings, tmp_path)
    qtbot.mouseClick(dialog.slide_button, Qt.MouseButton.LeftButton)
    slide = dialog.test_slide
    assert isinstance(slide, LegibilityWindow) and slide.isVisible()
    assert slide.geometry() == dialog.projector().geometry()
    assert dialog.slide_button.text() == "Hide the test slide"
    image = slide.grab().toImage()
    scale = min(image.width() / 1920, image.height() / 1080)  # the 16:9 slide, fitted
    x = (image.width() - 1920 * scale) / 2 + 1860 * scale
    y = (image.height() - 1080 * scale) / 2 + 30 * scale
    assert image.pixelColor(round(x), round(y)).name() == "#fbfaf7"  # the light theme
    qtbot.keyClick(slide, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.test_slide is None)
    assert dialog.slide_button.text() == "Test slide on the projector"


def test_identify_shows_each_screen_its_number_until_the_dialog_closes(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings, tmp_path)
    qtbot.mouseClick(dialog.identify_button, Qt.MouseButton.LeftButton)
    cards = list(dialog.identify_windows)
    assert [c.number for c in cards] == [str(i + 1) for i in range(len(QGuiApplication.screens()))]
    assert all(c.isVisible() for c in cards)
    dialog.close()
    assert dialog.identify_windows == []


def test_ctrl_k_opens_the_room_check_from_the_main_window(qtbot, window):
    action = window.registry.action("room.check")
    assert action.shortcut().toString() == "Ctrl+K"
    assert action in window.present_menu.actions()
    action.trigger()
    dialog = window.findChild(RoomCheckDialog)
    assert dialog is not None and dialog.isVisible()
    action.trigger()  # again: the same dialog comes forward, no second one
    assert len(window.findChildren(RoomCheckDialog)) == 1
    dialog.close()
    QApplication.processEvents()
