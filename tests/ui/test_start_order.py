"""At start-up the library list is on screen before the preview draws its first deck."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class Paints(QObject):
    """Notes, in order, when the list paints and when the preview is filled."""

    def __init__(self, window) -> None:
        super().__init__()
        self.order: list[str] = []
        self.viewport = window.browser.tree.viewport()
        self.viewport.installEventFilter(self)
        preview = window.browser.preview
        show_item = preview.show_item

        def shown(*args, **kwargs):
            self.order.append("preview")
            return show_item(*args, **kwargs)

        preview.show_item = shown

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.viewport and event.type() == QEvent.Type.Paint and self.order == []:
            self.order.append("list")
        return False


def test_the_list_paints_before_the_preview_and_the_preview_follows(library_dir, settings, qtbot):
    from facilitator.core.loader import Root
    from facilitator.ui.main_window import MainWindow

    fresh = MainWindow(settings, roots=lambda: [Root(library_dir)])  # started as ui.app does
    qtbot.addWidget(fresh)
    paints = Paints(fresh)
    fresh.resize(1366, 768)
    fresh.show()
    fresh.start()
    qtbot.waitUntil(lambda: fresh.browser.preview.item is not None)
    assert paints.order[:2] == ["list", "preview"]
    assert fresh.browser.preview.item.id == fresh.browser.current_id()
