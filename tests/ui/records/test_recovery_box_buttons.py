"""Message boxes show their buttons' whole words with the app's style sheet. The recovery
question's Danish buttons ("Start med tomme registreringer", "Den er krypteret: skriv
adgangsfrasen…") were cut to "l tomme regis" and "ypteret: skriv adgang": a `min-width` on
QPushButton in app.qss made Qt lay a message box's buttons out at that minimum."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.ui.records.backups import RecoveryBox


def test_every_button_of_the_recovery_box_is_wide_enough_for_its_words(
    qtbot, tmp_path: Path, danish_ui
):
    path = tmp_path / "facilitator.db"
    path.write_bytes(b"not a database" * 100)
    from facilitator.ui.style import stylesheet

    box = RecoveryBox(path, None, None, encrypted=True)
    box.setStyleSheet(stylesheet("light"))  # the app's look: buttons with their padding
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    QApplication.processEvents()
    cut = [b.text() for b in box.buttons() if b.width() < b.sizeHint().width()]
    assert cut == []
    assert "krypteret" in box.passphrase.text()  # the Danish words were the ones measured
