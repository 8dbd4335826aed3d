"""Every item model of the app is thin and correct: qtmodeltester checks each one."""

from __future__ import annotations

import importlib
import pkgutil
from types import SimpleNamespace

from PySide6.QtCore import QAbstractItemModel

import facilitator.ui
from facilitator.core.loader import Root, load_library
from facilitator.core.model import Plan, PlanEntry, PlanSection, Problem
from facilitator.core.presentation import Presentation
from facilitator.core.screens import deck_screens
from facilitator.ui.library.controller import LibraryController, Query
from facilitator.ui.library.models import LibraryModel, ProblemsModel, Role, SlideListModel
from facilitator.ui.planner.entries import PlanModel, plan_rows
from facilitator.ui.present.overview import ScreenListModel

CHECKED = {LibraryModel, SlideListModel, ProblemsModel, PlanModel, ScreenListModel}


def _controller(library_dir):
    controller = LibraryController(lambda: [Root(library_dir)])
    controller.load()
    return controller


def test_library_model_as_a_tree(qtmodeltester, library_dir):
    controller = _controller(library_dir)
    model = LibraryModel()
    model.set_groups(controller.groups(Query().filters))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    module = model.index(0, 0)
    assert module.data(Role.KIND) == "module"
    assert module.data() == "Alfa-modul"
    assert model.rowCount(module) == 3
    assert model.index_of("a.ex").parent() == module


def test_library_model_as_ranked_results(qtmodeltester, library_dir):
    controller = _controller(library_dir)
    model = LibraryModel()
    model.set_results(controller.results(Query("tanke")))
    qtmodeltester.check(model, force_py=True)
    assert model.is_flat
    assert all(not model.parent(model.index(r, 0)).isValid() for r in range(model.rowCount()))


def test_library_model_when_empty(qtmodeltester):
    model = LibraryModel()
    qtmodeltester.check(model, force_py=True)
    model.set_results([])
    qtmodeltester.check(model, force_py=True)


def test_slide_list_model(qtmodeltester, library_dir):
    library = load_library([Root(library_dir)])
    deck = library.item("a.deck")
    model = SlideListModel(lambda row: None)
    model.set_slides(deck.slides)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(deck.slides)
    assert model.index(0).data(Role.HAS_NOTES) is True


def test_problems_model(qtmodeltester):
    model = ProblemsModel()
    model.set_problems(
        [
            Problem("b/x.md", 3, "unknown kind 'poster'"),
            Problem("a/y.md", 1, "slide 2 has no speaker notes", "warning"),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "b/x.md:3: unknown kind 'poster'"  # errors first


def test_plan_model_with_sections_entries_and_an_empty_section(qtmodeltester, library_dir):
    library = load_library([Root(library_dir)])
    plan = Plan(
        "p",
        "Dag",
        start="09:00",
        sections=(
            PlanSection(
                "Start",
                (
                    PlanEntry("item", 30, ref="a.deck"),
                    PlanEntry("break", 10, label="Pause"),
                    PlanEntry("item", 15, ref="x.missing"),
                ),
            ),
            PlanSection("Tom"),
            PlanSection("Slut", (PlanEntry("free", 5, label="Runde", slide="# Hej"),)),
        ),
    )
    qtmodeltester.check(PlanModel(), force_py=True)  # before any plan is open
    model = PlanModel()
    model.set_rows(plan_rows(plan, library, ["done", "current"]))
    qtmodeltester.check(model, force_py=True)  # and it keeps watching the resets below
    assert model.rowCount() == 3
    assert [model.rowCount(model.section_index(n)) for n in range(3)] == [3, 0, 1]
    model.set_rows(plan_rows(Plan("q", "Tom plan"), library, []))
    assert model.rowCount() == 0


def test_screen_list_model_of_the_console_overview(qtmodeltester, library_dir):
    deck = load_library([Root(library_dir)]).item("a.deck")
    host = SimpleNamespace(presentation=Presentation(deck_screens(deck)))
    model = ScreenListModel(host)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(deck.slides)
    assert model.index(0).data().startswith("1. ")
    host.presentation = Presentation(deck_screens(deck)[:1])  # the screens changed (hot plug)
    model.reset()  # the tester checks the reset too
    assert model.rowCount() == 1


def test_every_item_model_of_the_app_is_checked_here():
    """A new model gets its qtmodeltester test in this file before it lands."""
    for module in pkgutil.walk_packages(facilitator.ui.__path__, "facilitator.ui."):
        importlib.import_module(module.name)
    found, todo = set(), [QAbstractItemModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("facilitator."):
                found.add(sub)
    assert found == CHECKED
