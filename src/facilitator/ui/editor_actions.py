"""The editor's actions (``ui/editor``): new and edit an item, slides, pictures, the Markdown
source. Part of the main window's ``actions.ACTIONS``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .action_specs import ActionSpec

EDITOR_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "item.new",
        QT_TRANSLATE_NOOP("Actions", "&New deck, exercise or handout…"),
        "editor",
        ("Ctrl+N",),
        icon="new",
        scope="browser",
        tip=QT_TRANSLATE_NOOP("Actions", "Write your own material in My material"),
    ),
    ActionSpec(
        "item.edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit, or make my copy"),
        "editor",
        ("Ctrl+Shift+E",),
        icon="edit",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Edit your own item; a bundled item is copied into My material first"
        ),
    ),
    ActionSpec(
        "editor.undo",
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        "editor",
        ("Ctrl+Z",),
        icon="undo",
        scope="editor",
    ),
    ActionSpec(
        "editor.redo",
        QT_TRANSLATE_NOOP("Actions", "Redo"),
        "editor",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        icon="redo",
        scope="editor",
    ),
    ActionSpec(
        "editor.add-slide",
        QT_TRANSLATE_NOOP("Actions", "New slide"),
        "editor",
        ("Ctrl+M",),
        icon="new",
        scope="editor",
    ),
    ActionSpec(
        "editor.duplicate-slide",
        QT_TRANSLATE_NOOP("Actions", "Duplicate the slide"),
        "editor",
        ("Ctrl+D",),
        icon="copy",
        scope="editor",
    ),
    ActionSpec(
        "editor.delete-slide",
        QT_TRANSLATE_NOOP("Actions", "Delete the slide"),
        "editor",
        ("Ctrl+Shift+Del",),
        icon="delete",
        scope="editor",
    ),
    ActionSpec(
        "editor.hide-slide",
        QT_TRANSLATE_NOOP("Actions", "Hide or show the slide when presenting"),
        "editor",
        ("Ctrl+H",),
        icon="hide",
        scope="editor",
    ),
    ActionSpec(
        "editor.slide-up",
        QT_TRANSLATE_NOOP("Actions", "Move the slide up"),
        "editor",
        ("Alt+Up",),
        icon="up",
        scope="editor",
    ),
    ActionSpec(
        "editor.slide-down",
        QT_TRANSLATE_NOOP("Actions", "Move the slide down"),
        "editor",
        ("Alt+Down",),
        icon="down",
        scope="editor",
    ),
    ActionSpec(
        "editor.split",
        QT_TRANSLATE_NOOP("Actions", "Split the slide at the cursor"),
        "editor",
        ("Ctrl+Shift+Return",),
        scope="editor",
    ),
    ActionSpec(
        "editor.join",
        QT_TRANSLATE_NOOP("Actions", "Join with the next slide"),
        "editor",
        ("Ctrl+J",),
        scope="editor",
    ),
    ActionSpec(
        "editor.image",
        QT_TRANSLATE_NOOP("Actions", "Insert a picture…"),
        "editor",
        ("Ctrl+Shift+I",),
        icon="image",
        scope="editor",
    ),
    ActionSpec(
        "editor.source",
        QT_TRANSLATE_NOOP("Actions", "Show the Markdown source"),
        "editor",
        ("Ctrl+U",),
        icon="source",
        scope="editor",
        checkable=True,
    ),
    ActionSpec(
        "editor.close",
        QT_TRANSLATE_NOOP("Actions", "Close the editor"),
        "editor",
        ("Ctrl+W",),
        icon="close",
        scope="editor",
    ),
)
