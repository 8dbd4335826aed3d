"""File > Export as pack and File > Import pack: the question for an unverified pack, and a
trainer's conflicting slides shown side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QRadioButton

from facilitator.core.packs import merge
from facilitator.core.packs.installed import installed
from facilitator.ui.packs.conflicts import ConflictDialog


def export_module_b(qtbot, window, out: Path) -> None:
    window.packs.choose_save = lambda name: str(out)
    window.packs.export_action.trigger()
    dialog = window.packs.dialog
    assert not dialog.ok.isEnabled()  # nothing chosen, no id yet
    root = dialog.tree.invisibleRootItem()
    module = next(
        root.child(i) for i in range(root.childCount()) if root.child(i).data(0, 256) == "b"
    )
    module.setCheckState(0, Qt.CheckState.Checked)
    dialog.pack_id.setText("kommune.test")
    assert dialog.ok.isEnabled() and dialog.targets() == ["b"]
    dialog.ok.click()
    qtbot.waitUntil(out.exists, timeout=10_000)


def test_export_then_import_asks_about_an_unsigned_pack(qtbot, window, tmp_path):
    out = tmp_path / "kommune.test-1.facpack"
    export_module_b(qtbot, window, out)
    asked = []
    window.packs.ask = lambda check: asked.append(check.status) or "once"
    window.packs.show_conflicts = False
    window.packs.import_pack(str(out))
    qtbot.waitUntil(lambda: bool(installed()), timeout=20_000)
    assert asked == ["unverified"]
    (pack,) = installed()
    assert pack.id == "kommune.test" and not pack.verified  # marked unverified


def test_an_unverified_pack_the_user_declines_is_not_installed(qtbot, window, tmp_path):
    out = tmp_path / "kommune.test-1.facpack"
    export_module_b(qtbot, window, out)
    asked = []
    window.packs.ask = lambda check: asked.append(check.reason) or "no"
    window.packs.import_pack(str(out))
    qtbot.waitUntil(lambda: asked == ["unsigned"], timeout=20_000)
    assert installed() == []


def test_cancel_in_the_progress_dialog_asks_the_job_to_stop(qtbot, window, tmp_path):
    out = tmp_path / "kommune.test-1.facpack"
    export_module_b(qtbot, window, out)
    window.packs.ask = lambda check: "no"
    window.packs.import_pack(str(out))
    job = window.packs.job
    job.dialog.findChild(QPushButton).click()
    assert job.job.cancelled


def test_conflicting_slides_are_shown_side_by_side_and_the_choice_is_written(qtbot, tmp_path):
    base = "# One\n\nline\n\n---\n\n# Two\n"
    copy = tmp_path / "copy.md"
    front = "---\nid: mine\ntitle: Mine\nkind: deck\nduration: 5\nderived_from: p.deck@1\n---"
    ours = base.replace("line", "my line")
    copy.write_text(f"{front}\n\n{ours}", encoding="utf-8")
    update = merge.CopyUpdate(copy, "p.deck", 1, 2)
    update.outcome = merge.merge_bodies(base, ours, base.replace("line", "new line"))
    update.front = front.replace("@1", "@2")
    dialog = ConflictDialog(update)
    qtbot.addWidget(dialog)
    texts = [view.toPlainText() for view in dialog.findChildren(QPlainTextEdit)]
    assert texts == ["# One\n\nmy line", "# One\n\nnew line"]
    dialog.findChild(QRadioButton, "choice-1-theirs").click()
    dialog.apply_button.click()
    text = copy.read_text(encoding="utf-8")
    assert "new line" in text and "my line" not in text and "p.deck@2" in text
    assert "my line" in update.backup.read_text(encoding="utf-8")  # the copy as it was
