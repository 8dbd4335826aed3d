"""Take the documentation screenshots: the library with a search, the settings, the key help,
the guide.

    python -m facilitator.ui.screenshots docs/screenshots --language da --size 1366x768
    python -m facilitator.ui.screenshots docs/screenshots --size 1920x1080 --only library

It uses the bundled library and a fresh per-user folder, so the user's own settings never show.
Works under Xvfb (``QT_QPA_PLATFORM=xcb``) and on the offscreen platform alike. The settings
dialog is drawn over the window with a soft shadow, as a desktop would show it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SHOTS = (
    "library",
    "settings",
    "keyhelp",
    "guide",
    "present",
    "planner",
    "records",
    "roomcheck",
    "editor",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="da", choices=("da", "nb", "en"))
    parser.add_argument("--theme", default="light")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--search", default="følelser")
    parser.add_argument("--only", choices=SHOTS, action="append")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -1920")
    args = parser.parse_args(argv)
    os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp(prefix="facilitator-shots-"))
    os.environ.setdefault("FACILITATOR_SITE_CONFIG", os.devnull)

    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from ..core.settings import Settings
    from . import icons
    from .app import create_application
    from .i18n import Translations
    from .main_window import MainWindow

    width, height = (int(v) for v in args.size.split("x"))
    app = create_application()
    settings = Settings.load()
    settings.set("language", args.language)
    settings.set("theme", args.theme)
    translations = Translations()
    translations.install(args.language)
    from ..core import fields

    fields.use_settings(settings)  # as ui.app does: the trainer's hints in the app's language
    window = MainWindow(settings, translations)
    window.setGeometry(QRect(0, 0, width, height))
    window.show()
    window.load_library()
    icons.warm_up()
    window.registry.refresh_icons()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            window.browser.flush_preview()

    settle()
    window.browser.search_bar.set_text(args.search)
    browser = window.browser
    decks = [i for i in browser.model.item_ids() if browser.controller.item(i).kind == "deck"]
    if decks:  # show a deck: its slides say most about the app
        browser.select_item(decks[0])
    browser.tree.setFocus()
    settle()
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = args.only or list(SHOTS)

    def save(pixmap: QPixmap, name: str) -> None:
        path = args.out / f"{name}-{args.language}{args.suffix}.png"
        pixmap.save(str(path))
        print(path)

    if "library" in wanted:
        save(window.grab(), "library-search")
    if "keyhelp" in wanted:
        window.toggle_key_help()
        settle()
        save(window.grab(), "keyhelp")
        window.toggle_key_help()
    if "guide" in wanted:  # the guide with a search: the hit's page, the word marked
        guide = window.guide.open("library")
        guide.setGeometry(QRect(0, 0, width, height))
        guide.search_for("pseudonym")
        settle()
        save(guide.grab(), "guide")
        guide.close()
    if "settings" in wanted:
        window.open_settings()
        dialog = window.settings_dialog
        assert dialog is not None
        dialog.adjustSize()
        settle()
        shot = over(window.grab(), dialog.grab())
        save(shot, "settings")
        dialog.close()
    if "roomcheck" in wanted:  # Ctrl+K over the window, and its test slide on the projector
        from PySide6.QtGui import QKeySequence

        window.open_room_check()
        dialog = window.room_check
        for key in ("PgDown", "PgUp", "B"):  # a clicker's three keys, pressed
            dialog.keys.press(QKeySequence(key))
        settle()
        save(over(window.grab(), dialog.grab()), "room-check")
        dialog.toggle_test_slide()
        settle()
        if dialog.test_slide is not None:
            save(dialog.test_slide.grab(), "room-check-slide")
        dialog.close()
    if "present" in wanted:  # audience and console in every theme and size, exercise, groups
        from .present.shots import take

        take(args.out, settings, lambda widget, name: save(widget.grab(), name))
    if "planner" in wanted:  # a course day in the planner, the console behind plan, PDF pages
        from .planner.shots import take as take_planner

        take_planner(window, args.out, lambda widget, name: save(widget.grab(), name))
    if "records" in wanted:  # sessions, a group's history, a person's progress (demo data)
        from .records.shots import take as take_records

        take_records(window, args.out, lambda widget, name: save(widget.grab(), name))
    if "editor" in wanted and decks:  # "make my copy" of a bundled deck, open in the editor
        item = browser.controller.item(decks[0])
        window.editor.edit(item)
        window.editor.deck_editor.select(min(2, len(window.editor.deck_editor.deck) - 1))
        for _ in range(40):  # the sorter's thumbnails are drawn a few at a time
            app.processEvents()
        save(window.grab(), f"editor-{width}x{height}")
        window.editor.close_editor()
    window.close()
    app.processEvents()
    del Qt, QApplication
    return 0


def over(base, card):  # type: ignore[no-untyped-def]
    """``card`` (a dialog) centred over ``base`` (the window) with a soft shadow, as a desktop
    shows a dialog."""
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap

    shot = QPixmap(base.size())
    painter = QPainter(shot)
    painter.drawPixmap(0, 0, base)
    painter.fillRect(shot.rect(), QColor(10, 20, 30, 60))
    top_left = QPoint(
        (base.width() - card.width()) // 2, max(20, (base.height() - card.height()) // 2)
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for spread, alpha in ((16, 6), (12, 8), (8, 12), (4, 18), (2, 24)):
        path = QPainterPath()
        path.addRoundedRect(
            QRect(top_left, QSize(card.width(), card.height())).adjusted(
                -spread, -spread + 6, spread, spread + 6
            ),
            12,
            12,
        )
        painter.fillPath(path, QColor(0, 0, 0, alpha))
    painter.drawPixmap(top_left, card)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRect(QRect(top_left, QSize(card.width() - 1, card.height() - 1)))
    painter.end()
    return shot


if __name__ == "__main__":
    sys.exit(main())
