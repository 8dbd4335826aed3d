"""Presenting the open plan from the planner: ``core.show.build_show`` decides the run (screens,
start, end time), the presentation opens, and a re-timing confirmed on the console comes back
as the planner's own undoable re-timing. The session log's actual minutes are shown here too.

A mixin of ``PlannerScreen``: its words keep the ``PlannerScreen`` translation context.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


class PlanPresenting:
    """Part of ``PlannerScreen`` (see the module's docstring)."""

    controller: Any
    model: Any
    tree: Any
    message: Any
    theme: str
    _want: tuple[str, int]

    def show_actual(self, actual: dict[str, float]) -> None:
        """Show how long each entry took when presented (the session log's actual minutes)."""
        self.model.actual = actual
        if actual:
            self.model.set_rows(self.model.sections())

    def present_plan(self, position: int | None = None, **options: object) -> object:
        """The whole plan as one run from the chosen entry: decks, exercises, breaks (counting
        down, with the time to start again) and free entries; the console's countdown runs to
        the plan's target end."""
        plan = self.controller.plan
        if plan is None or not plan.entries:
            return None
        self.flush()
        from dataclasses import replace
        from datetime import datetime

        from ...core.events import BufferedEvents
        from ...core.show import NothingToShow, build_show, continued
        from ..present import open_presentation
        from ..present.words import present_words

        if position is None:
            position = max(0, self.current_position())
        words = present_words(plan.language).screens  # the projector speaks the plan's language
        wall = options.get("wall", datetime.now)
        try:
            show = build_show(
                plan,
                self.controller.library,
                wall(),
                position,
                words=words,
                own_plan=True,  # type: ignore[operator]
            )
        except NothingToShow:
            self.message.emit(
                QCoreApplication.translate("PlannerScreen", "This plan has nothing to present yet.")
            )
            return None
        for problem in show.problems:
            log.info("presenting %s: %s", plan.id, problem)
        point = options.pop("resume", None)  # "Continue where you stopped"
        if point is not None:
            show = continued(show, point)  # type: ignore[arg-type]
        stage = {k: options.pop(k) for k in ("windowed", "rehearsal", "screen") if k in options}
        details = options.pop("details", None)  # from ui.records.start: the session log's
        if isinstance(details, dict) and details.get("rehearsal"):
            stage["rehearsal"] = True  # a rehearsal chosen before presenting: the console alone
        show = replace(show, **stage)  # type: ignore[arg-type]
        settings = options.pop("settings", None)
        events = BufferedEvents()
        self.running = open_presentation(
            show,
            theme=self.theme,
            settings=settings,  # type: ignore[arg-type]
            events=events,
            on_retime=self._retimed,
            **options,  # type: ignore[arg-type]
        )
        if details is not None and self.running is not None:
            from ..present.session import log_session

            log_session(self.running, events, plan.title, {**details, "plan_ref": plan.id})  # type: ignore[dict-item]
        return self.running

    def _retimed(self, retiming: object) -> None:
        """The console re-timed the rest of the running plan: the same edit as the planner's
        own re-timing, so it is saved at once and can be undone here."""
        from ...core.agenda import Retiming

        assert isinstance(retiming, Retiming)
        controller = self.controller
        if (controller.plan is None or controller.plan.id != retiming.plan.id) and not (
            controller.open(retiming.plan.id)
        ):
            log.warning("the re-timed plan %s is not in the database", retiming.plan.id)
            return
        controller.retime(retiming.from_position, retiming.now)
