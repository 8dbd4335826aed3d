"""The planner's actions (``ui/planner``): plans, entries, sections, undo and redo. Part of the
main window's ``actions.ACTIONS``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .action_specs import ActionSpec

PLAN_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "plan.add",
        QT_TRANSLATE_NOOP("Actions", "&Add to plan"),
        "plan",
        ("Ctrl+Return", "Ctrl+Enter"),
        icon="add",
        tip=QT_TRANSLATE_NOOP("Actions", "Add the chosen library item to the open plan"),
    ),
    ActionSpec(  # Ctrl+N makes a plan in the planner; in the library it makes an item
        "plan.new",
        QT_TRANSLATE_NOOP("Actions", "&New plan"),
        "plan",
        ("Ctrl+N",),
        "new",
        scope="planner",
    ),
    ActionSpec(
        "plan.template",
        QT_TRANSLATE_NOOP("Actions", "New plan from a course &template…"),
        "plan",
        icon="template",
    ),
    ActionSpec(
        "plan.duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate plan"), "plan", icon="copy"
    ),
    ActionSpec("plan.delete", QT_TRANSLATE_NOOP("Actions", "&Delete plan…"), "plan", icon="delete"),
    ActionSpec(
        "plan.actual",
        QT_TRANSLATE_NOOP("Actions", "Use the &actual minutes"),
        "plan",
        icon="duration",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Set each entry's minutes to what it took when this plan was presented"
        ),
    ),
    ActionSpec(
        "plan.undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "plan",
        ("Ctrl+Z",),
        icon="undo",
        scope="planner",
    ),
    ActionSpec(
        "plan.redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "plan",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        icon="redo",
        scope="planner",
    ),
    ActionSpec(
        "plan.up",
        QT_TRANSLATE_NOOP("Actions", "Move &up"),
        "plan",
        ("Alt+Up",),
        icon="up",
        scope="planner",
    ),
    ActionSpec(
        "plan.down",
        QT_TRANSLATE_NOOP("Actions", "Move &down"),
        "plan",
        ("Alt+Down",),
        icon="down",
        scope="planner",
    ),
    ActionSpec(
        "plan.remove",
        QT_TRANSLATE_NOOP("Actions", "&Remove from plan"),
        "plan",
        ("Delete",),
        icon="remove",
        scope="plan",
    ),
    ActionSpec(
        "plan.break",
        QT_TRANSLATE_NOOP("Actions", "Add a &break"),
        "plan",
        ("Ctrl+B",),
        icon="break",
        scope="planner",
    ),
    ActionSpec(
        "plan.free",
        QT_TRANSLATE_NOOP("Actions", "Add a &free entry"),
        "plan",
        ("Ctrl+Shift+B",),
        icon="free",
        scope="planner",
        tip=QT_TRANSLATE_NOOP("Actions", "A discussion, a round or an own slide"),
    ),
    ActionSpec(
        "plan.section", QT_TRANSLATE_NOOP("Actions", "Add a &section"), "plan", icon="section"
    ),
    ActionSpec(
        "plan.slides", QT_TRANSLATE_NOOP("Actions", "Choose &slides…"), "plan", icon="slides"
    ),
    ActionSpec(
        "plan.replace",
        QT_TRANSLATE_NOOP("Actions", "Re&place…"),
        "plan",
        icon="replace",
        tip=QT_TRANSLATE_NOOP("Actions", "Put another library item in this entry's place"),
    ),
    ActionSpec(
        "plan.present",
        QT_TRANSLATE_NOOP("Actions", "Present the plan from the chosen &entry"),
        "plan",
        ("Ctrl+F5",),
        icon="present",
        scope="planner",
        tip=QT_TRANSLATE_NOOP("Actions", "Decks, exercises, breaks and free entries in one run"),
    ),
    ActionSpec(
        "plan.import",
        QT_TRANSLATE_NOOP("Actions", "&Import plan…"),
        "file",
        ("Ctrl+O",),
        icon="import",
    ),
    ActionSpec(
        "plan.export",
        QT_TRANSLATE_NOOP("Actions", "&Export plan…"),
        "file",
        ("Ctrl+E",),
        icon="export",
        tip=QT_TRANSLATE_NOOP("Actions", "Save the plan as a plan file to share"),
    ),
    ActionSpec(
        "plan.print",
        QT_TRANSLATE_NOOP("Actions", "Export plan as P&DF…"),
        "file",
        ("Ctrl+P",),
        icon="pdf",
        tip=QT_TRANSLATE_NOOP("Actions", "Run sheet, slides, notes, handouts or exercise cards"),
    ),
    ActionSpec(
        "plan.pack",
        QT_TRANSLATE_NOOP("Actions", "Session pac&k…"),
        "file",
        ("Ctrl+Shift+P",),
        icon="pack",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Every document for the session at once: to a folder or one PDF"
        ),
    ),
)
