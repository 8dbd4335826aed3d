"""The planner's Session pack button: beside the PDF button, progress and Cancel, both targets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from facilitator.ui.session_pack import SessionPackDialog


def test_the_pack_button_sits_beside_the_pdf_button(planner_window):
    planner = planner_window.planner
    assert not planner.pack_button.isEnabled()  # no plan open yet
    planner.new_from_template("m.dag")
    assert planner.pack_button.isEnabled() and planner.pack_button.isVisible()
    assert planner.pack_button.text() == "Session pack…"
    pdf = planner.print_button.geometry()
    pack = planner.pack_button.geometry()
    assert pack.left() >= pdf.right() and abs(pack.center().y() - pdf.center().y()) <= 2
    assert pack.right() <= planner.width()  # on screen at 1366x768, not in an overflow
    action = planner_window.registry.action("plan.pack")
    assert action in planner_window.file_menu.actions()


def test_the_dialog_lists_what_this_plan_gets(planner_window, qtbot):
    planner = planner_window.planner
    planner.new_from_template("m.dag")
    dialog = SessionPackDialog(planner.controller.plan, planner.controller.library, planner)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "sessionPackParts")
    assert dialog.parts[0] == "runsheet" and "invitation" not in dialog.parts
    assert text is not None and "run sheet" in text.text() and "slides" in text.text()
    assert dialog.folder.isChecked() and not dialog.single.isChecked()


def _run(planner, qtbot, out: Path):
    job = planner.session_pack(out)
    with qtbot.waitSignal(job.finished_with, timeout=30000) as done:
        pass
    return job, done.args


def test_the_button_writes_a_folder_or_one_pdf_with_progress(
    planner_window, qtbot, tmp_path, monkeypatch
):
    planner = planner_window.planner
    planner.new_from_template("m.dag")
    folder = tmp_path / "pakke"
    monkeypatch.setattr("facilitator.ui.session_pack.choose_pack_target", lambda *_args: folder)
    qtbot.mouseClick(planner.pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: folder.is_dir() and len(list(folder.glob("*.pdf"))) >= 4, timeout=30000)
    qtbot.waitUntil(lambda: "Saved" in planner_window.statusBar().currentMessage(), timeout=30000)
    names = sorted(p.name for p in folder.glob("*.pdf"))
    assert names[0].startswith("01-") and names[0].endswith("-koereplan.pdf")
    single = tmp_path / "pakke.pdf"
    job, args = _run(planner, qtbot, single)
    assert args == [str(single), ""]
    assert job.steps > len(names)  # the progress bar moved through every part
    assert single.read_bytes().startswith(b"%PDF")


def test_cancel_leaves_nothing_and_says_so(planner_window, qtbot, tmp_path):
    planner = planner_window.planner
    planner.new_from_template("m.dag")
    out = tmp_path / "ny" / "pakke"
    job = planner.session_pack(out)
    job.dialog.cancel()  # what the Cancel button (or Escape) does
    with qtbot.waitSignal(job.finished_with, timeout=30000) as done:
        pass
    assert done.args == ["", ""]
    assert not (tmp_path / "ny").exists()  # the folders made for it are gone again
    assert "cancelled" in planner_window.statusBar().currentMessage()
