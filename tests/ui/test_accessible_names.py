"""Every control on every screen has a name a screen reader can say.

The rule (docs/decisions.md, "The window: built before shown, ..."): a widget a user can act on
(a button of any kind, a line edit, a combo box, a spin box or date/time edit, a list, tree or
table, a text edit, a slider) is named when Qt's accessibility gives it a name, that is
``QAccessible.queryAccessibleInterface(widget).text(Name)`` is not empty. That name is its
``accessibleName()``, else what Qt takes instead: a button's or check box's own text, a line
edit's or spin box's label buddy. Qt's own parts are left out: the pieces inside a combo box, a
spin box or a line edit (its clear button), the headers of views (their sections name them)
and widgets Qt names ``qt_...``. Hidden controls count too: they show later.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)
QT_PARTS = (QComboBox, QAbstractSpinBox, QLineEdit)  # their children are Qt's own pieces


def qt_part(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView):
        return True
    parent = widget
    while parent is not None:
        if parent.objectName().startswith("qt_"):
            return True
        if parent is not widget and isinstance(parent, QT_PARTS):
            return True
        parent = parent.parentWidget()
    return False


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under ``root`` (itself included) without a spoken name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, INTERACTIVE) and not qt_part(widget) and not spoken_name(widget):
            parent = widget.parentWidget()
            where = f"{type(parent).__name__}#{parent.objectName()}" if parent else "-"
            found.append(f"{type(widget).__name__}#{widget.objectName()} in {where}")
    return sorted(found)


def test_the_rule_sees_a_nameless_control_and_accepts_each_kind_of_name(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QTreeView

    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout(box)
    field = QLineEdit()
    form.addRow("Navn:", field)  # a label buddy names it
    button = QPushButton("&Gem")  # its text names it
    spin = QSpinBox()
    spin.setAccessibleName("Antal")
    tree = QTreeView()
    for widget in (button, spin, tree):
        form.addRow(widget)
    assert QLabel is not None
    assert unnamed(box) == ["QTreeView# in QWidget#"]
    tree.setAccessibleName("Planer")
    assert unnamed(box) == []


# --- the screens ---------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["library", "plans", "sessions", "mentor"])
def test_every_control_of_the_main_window_pages_is_named(qtbot, window, page):
    window.show_page(page)
    if page == "plans":
        window.planner.new_plan()  # its details and entries show only with a plan open
        window.planner.tree.setCurrentIndex(window.planner.tree.model().index(0, 0))
    qtbot.wait(10)
    assert unnamed(window.pages.currentWidget()) == []
    assert unnamed(window.toolbar) == []
    assert unnamed(window.statusBar()) == []


def test_the_library_preview_of_each_kind_is_named(qtbot, window):
    for item in ("a.deck", "a.ex", "a.handout", "b.guide"):
        window.browser.select_item(item)
        window.browser.flush_preview()
        assert unnamed(window.browser) == [], item


def test_settings_are_named(qtbot, window):
    window.open_settings()
    assert unnamed(window.settings_dialog) == []


def test_the_problems_list_and_the_key_help_are_named(qtbot, window):
    window.show_problems()  # the test library has a broken file
    assert unnamed(window.problems_dialog) == []
    window.problems_dialog.reject()
    window.toggle_key_help()
    assert unnamed(window.key_help) == []


def test_the_room_check_is_named(qtbot, window):
    from facilitator.ui.roomcheck.dialog import RoomCheckDialog

    window.open_room_check()
    dialog = window.findChild(RoomCheckDialog)
    assert dialog is not None
    assert unnamed(dialog) == []
    dialog.reject()


def test_the_guide_is_named(qtbot, window):
    guide = window.guide.open_for(window.browser)
    qtbot.addWidget(guide)
    assert unnamed(guide) == []


def test_the_records_dialogs_are_named(qtbot, window):
    window.show_page("sessions")
    window.records.open_backups()
    assert unnamed(window.records.backups_dialog) == []
    window.records.backups_dialog.reject()
    window.presenter.present = lambda **kwargs: None
    window.browser.select_item("a.deck")
    window.registry.action("library.present").trigger()
    dialog = window.records.start_dialog
    assert dialog is not None
    assert unnamed(dialog) == []
    dialog.reject()


def test_the_planner_dialogs_are_named(qtbot, window, library_dir):
    from facilitator.core.model import PlanEntry
    from facilitator.ui.planner.dialogs import (
        PdfDialog,
        ReplaceDialog,
        SlidesDialog,
        TemplateDialog,
    )
    from facilitator.ui.session_pack import SessionPackDialog

    window.show_page("plans")
    window.planner.new_plan()
    library = window.controller.library
    deck = window.controller.item("a.deck")
    dialogs = [
        SlidesDialog(deck, PlanEntry(kind="item", minutes=20, ref="a.deck"), "light", window),
        ReplaceDialog(library, "gone.item", window),
        PdfDialog(window),
        TemplateDialog(window.plan_controller.templates(), window),
        SessionPackDialog(window.plan_controller.plan, library, window),
    ]
    for dialog in dialogs:
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.deleteLater()


def test_the_pack_dialogs_are_named(qtbot, window, tmp_path):
    from facilitator.core.packs import merge
    from facilitator.ui.packs.conflicts import ConflictDialog
    from facilitator.ui.packs.menu import ExportDialog

    export = ExportDialog(window.controller.library, window)
    assert unnamed(export) == []
    export.deleteLater()
    base = "# One\n\nline\n\n---\n\n# Two\n"
    copy = tmp_path / "copy.md"
    front = "---\nid: mine\ntitle: Mine\nkind: deck\nduration: 5\nderived_from: p.deck@1\n---"
    ours = base.replace("line", "my line")
    copy.write_text(f"{front}\n\n{ours}", encoding="utf-8")
    update = merge.CopyUpdate(copy, "p.deck", 1, 2)
    update.outcome = merge.merge_bodies(base, ours, base.replace("line", "new line"))
    update.front = front.replace("@1", "@2")
    conflicts = ConflictDialog(update)
    qtbot.addWidget(conflicts)
    assert unnamed(conflicts) == []


def test_the_deck_import_progress_and_report_are_named(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    walked: list[list[str]] = []
    label_text = QProgressDialog.setLabelText

    def walk(dialog, text):
        label_text(dialog, text)
        walked.append(unnamed(dialog))

    monkeypatch.setattr(QProgressDialog, "setLabelText", walk)
    decks = []
    for name in ("one", "two"):
        deck = tmp_path / f"{name}.md"
        deck.write_text(f"# {name}\n\n---\n\n# Farvel\n", encoding="utf-8")
        decks.append(deck)
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.importer.import_files(decks)  # read off the GUI thread, one after the other
    assert walked and all(found == [] for found in walked)
    assert unnamed(window.importer.report_box) == []
    window.importer.report_box.close()


def test_the_presenter_console_is_named(qtbot, home):
    from facilitator.core.model import Item, Slide
    from facilitator.core.show import build_show
    from facilitator.ui.present import open_presentation

    deck = Item(
        id="m.deck",
        title="Deck",
        kind="deck",
        duration=10,
        path=Path("/x/deck.md"),
        module_id="m",
        body="",
        slides=tuple(Slide(markdown=f"## Slide {n}", notes=f"N {n}", index=n) for n in range(4)),
    )
    controller = open_presentation(build_show(deck, None, datetime.now(), 0), choose=False)
    try:
        console = controller.console
        console.ensure_built()
        console.tick()  # the clocks' first turn (the controller's timer), as on screen
        assert unnamed(console) == []
    finally:
        controller.leave()


def test_the_names_follow_the_language(qtbot, make_window):
    from facilitator.ui.i18n import Translations

    translations = Translations()
    window = make_window(translations=translations)
    for page in ("sessions", "mentor", "plans"):
        window.show_page(page)
    named = {
        "library": window.browser.tree,
        "plan": window.planner.tree,
        "groups": window.records.sessions.groups,
        "people": window.records.mentor.people,
    }
    try:
        window.set_language("da")
        assert {key: w.accessibleName() for key, w in named.items()} == {
            "library": "Bibliotek",
            "plan": "Planens indhold",
            "groups": "Grupper",
            "people": "Personer",
        }
        window.set_language("nb")
        assert window.planner.tree.accessibleName() == "Innholdet i planen"
    finally:
        window.set_language("en")  # leave the app in English for the next test
    assert window.planner.tree.accessibleName() == "Contents of the plan"


@pytest.mark.parametrize("kind", ["deck", "exercise", "handout"])
def test_the_editor_and_its_new_item_dialog_are_named(qtbot, window, kind):
    window.registry.action("item.new").trigger()
    dialog = window.new_item_dialog
    assert unnamed(dialog) == []
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    qtbot.keyClicks(dialog.title, "Mit eget")
    dialog.accept()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.editor)
    assert unnamed(window.editor) == []
