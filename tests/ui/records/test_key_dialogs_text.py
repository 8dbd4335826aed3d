"""The records' key dialogs show all of their text: a word-wrapped explanation is as tall as
its lines at the dialog's width, also after a problem line or the progress appears (the text
was cut at the top and bottom: Qt sizes a window by its layout's minimum, which does not count
the lines a wrapped label needs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from facilitator.ui.records.encryption import EncryptDialog, PassphraseDialog
from facilitator.ui.records.rekeying import ChangePassphraseDialog, TurnOffDialog


def cut_labels(dialog) -> list[str]:
    QApplication.processEvents()
    QApplication.processEvents()
    return [
        label.text()[:40]
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def dialogs(tmp_path: Path):
    work = lambda *_args: 0  # noqa: E731
    nothing = lambda: None  # noqa: E731
    return [
        EncryptDialog(work, nothing, nothing),
        ChangePassphraseDialog(work, nothing, nothing),
        TurnOffDialog(work, nothing, nothing),
        PassphraseDialog(tmp_path / "facilitator.db"),
    ]


def test_every_line_of_the_key_dialogs_is_shown(qtbot, tmp_path):
    for dialog in dialogs(tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert cut_labels(dialog) == [], type(dialog).__name__
        dialog.problem.setText(
            "That passphrase does not open the records. Nothing was changed; try again "
            "(capital letters count). " * 2
        )
        dialog.problem.show()
        assert cut_labels(dialog) == [], type(dialog).__name__
