"""The keys of the presentation windows (``ui/present``): the audience window and the presenter
console build their own registry from ``PRESENT_ACTIONS``; the room check tests the same keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .action_specs import ActionSpec, KeyHint

# The keys of the presentation windows (audience window and presenter console). Presentation
# clickers send Page Up/Down, B or ., F5 and Esc. The console builds its own registry from these.
PRESENT_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "present.next",
        QT_TRANSLATE_NOOP("Actions", "Next slide"),
        "present",
        ("Right", "Down", "PgDown", "Space", "N"),
    ),
    ActionSpec(
        "present.previous",
        QT_TRANSLATE_NOOP("Actions", "Previous slide"),
        "present",
        ("Left", "Up", "PgUp", "Backspace", "P"),
    ),
    ActionSpec(
        "present.next-entry",
        QT_TRANSLATE_NOOP("Actions", "Next plan entry"),
        "present",
        ("Ctrl+Right",),
    ),
    ActionSpec(
        "present.previous-entry",
        QT_TRANSLATE_NOOP("Actions", "Previous plan entry"),
        "present",
        ("Ctrl+Left",),
    ),
    ActionSpec("present.first", QT_TRANSLATE_NOOP("Actions", "First slide"), "present", ("Home",)),
    ActionSpec("present.last", QT_TRANSLATE_NOOP("Actions", "Last slide"), "present", ("End",)),
    ActionSpec(
        "present.black",
        QT_TRANSLATE_NOOP("Actions", "Black screen"),
        "present",
        ("B", "."),
        icon="black",
    ),
    ActionSpec(
        "present.white",
        QT_TRANSLATE_NOOP("Actions", "White screen"),
        "present",
        ("W", ","),
        icon="white",
    ),
    ActionSpec(
        "present.panic",
        QT_TRANSLATE_NOOP("Actions", "Pause screen at once (again to return)"),
        "present",
        ("F12", "Pause"),
        icon="panic",
    ),
    ActionSpec(
        "present.help",
        QT_TRANSLATE_NOOP("Actions", "Where to get help (again to return)"),
        "present",
        ("F11", "Shift+H"),
        icon="sensitive",
    ),
    ActionSpec(
        "present.grounding",
        QT_TRANSLATE_NOOP("Actions", "Grounding exercise (again to return)"),
        "present",
        ("G",),
        icon="exercise",
    ),
    ActionSpec(
        "present.retime",
        QT_TRANSLATE_NOOP("Actions", "Re-time the rest of the plan to end on time…"),
        "present",
        ("Ctrl+R",),
        icon="duration",
    ),
    ActionSpec(
        "present.timer",
        QT_TRANSLATE_NOOP("Actions", "Start or pause the exercise timer"),
        "present",
        ("T",),
        icon="timer",
    ),
    ActionSpec(
        "present.minute",
        QT_TRANSLATE_NOOP("Actions", "One more minute for the step"),
        "present",
        ("M",),
    ),
    ActionSpec(
        "present.overview",
        QT_TRANSLATE_NOOP("Actions", "Overview of all slides"),
        "present",
        ("O",),
        icon="overview",
    ),
    ActionSpec(
        "present.swap", QT_TRANSLATE_NOOP("Actions", "Swap screens"), "present", ("S",), icon="swap"
    ),
    ActionSpec(
        "present.console",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the console (one screen)"),
        "present",
        ("C",),
    ),
    ActionSpec(
        "present.bigger", QT_TRANSLATE_NOOP("Actions", "Larger notes"), "present", ("+", "=")
    ),
    ActionSpec("present.smaller", QT_TRANSLATE_NOOP("Actions", "Smaller notes"), "present", ("-",)),
    ActionSpec(
        "present.laser",
        QT_TRANSLATE_NOOP("Actions", "Laser pointer"),
        "present",
        ("L",),
        icon="laser",
    ),
    ActionSpec(
        "present.pen",
        QT_TRANSLATE_NOOP("Actions", "Highlighter pen"),
        "present",
        ("H",),
        icon="pen",
    ),
    ActionSpec(
        "present.clear-ink",
        QT_TRANSLATE_NOOP("Actions", "Wipe the drawing"),
        "present",
        ("X",),
    ),
    ActionSpec(
        "present.room",
        QT_TRANSLATE_NOOP("Actions", "Room helpers: groups, talking round, check-in"),
        "present",
        ("R",),
        icon="room",
    ),
    ActionSpec(
        "present.start",
        QT_TRANSLATE_NOOP("Actions", "Show the slides again (ends black or white)"),
        "present",
        ("F5",),
    ),
    ActionSpec(
        "present.keys",
        QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
        "present",
        ("F1", "?"),
        icon="keyboard",
    ),
    ActionSpec(
        "present.leave",
        QT_TRANSLATE_NOOP("Actions", "Leave (the place is kept)"),
        "present",
        ("Esc",),
        icon="close",
    ),
)

PRESENT_HINTS: tuple[KeyHint, ...] = (
    KeyHint(
        ("1", "2", "Return"), QT_TRANSLATE_NOOP("Actions", "Slide number, then Enter"), "present"
    ),
)
