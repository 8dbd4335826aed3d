"""The library's item models are thin and correct: qtmodeltester checks each one."""

from __future__ import annotations

from facilitator.core.loader import Root, load_library
from facilitator.core.model import Problem
from facilitator.ui.library.controller import LibraryController, Query
from facilitator.ui.library.models import LibraryModel, ProblemsModel, Role, SlideListModel


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
