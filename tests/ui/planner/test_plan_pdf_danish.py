"""A plan PDF that cannot be made says why in the UI's language: exercise cards of a plan without
exercises are refused in Danish in a Danish UI, and no file is written."""

from __future__ import annotations


def test_cards_of_a_plan_without_exercises_are_refused_in_danish(
    planner_window, qtbot, tmp_path, danish_ui
):
    planner = planner_window.planner
    planner.new_plan()  # one empty section: nothing to print on cards
    out = tmp_path / "cards.pdf"
    job = planner.print_pdf("cards", out)
    with qtbot.waitSignal(job.finished_with, timeout=20000) as done:
        pass
    assert done.args == [str(out), "planen har ingen øvelser"]
    box = planner.last_box
    assert box.text() == "PDF-filen kunne ikke oprettes."
    assert box.informativeText() == "planen har ingen øvelser"
    assert not out.exists()
    box.close()
