"""The printed run sheet and exercise cards write a duration as the planner, the presenter's
agenda and the library write it: "1 t 5 min" in Danish on paper and on screen alike."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.model import ExerciseParts, Item, Library, Plan, PlanEntry, PlanSection
from facilitator.render.plan_pdf import card_html, runsheet_html
from facilitator.render.words import plan_words


def test_the_pdf_and_the_screens_write_durations_the_same_way(qapp):
    from facilitator.ui import labels
    from facilitator.ui.i18n import Translations
    from facilitator.ui.planner.screen import duration_text
    from facilitator.ui.present.agenda import minutes_text

    entries = (PlanEntry(kind="free", label="Runde", minutes=65),)
    plan = Plan(
        id="p", title="Dag", language="da", start="09:00", sections=(PlanSection("", entries),)
    )
    sheet = runsheet_html(plan, Library(), plan_words("da"))
    exercise = Item(
        id="m.ex",
        title="Gæt tanken",
        kind="exercise",
        duration=90,
        path=Path("ex.md"),
        module_id="m",
        body="",
        exercise=ExerciseParts(purpose="At øve."),
    )
    card = card_html(exercise, plan_words("da"))
    translations = Translations()
    translations.install("da")
    try:
        on_screen = {labels.minutes(65), duration_text(65), minutes_text(65)}
        assert on_screen == {"1 t 5 min"}
        assert "I alt 1 t 5 min" in sheet  # was "I alt 1:05"
        assert labels.minutes(90) in card  # "1 t 30 min", was "90 min."
    finally:
        translations.install("en")
