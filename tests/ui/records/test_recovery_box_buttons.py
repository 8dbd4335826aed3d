"""The recovery question's buttons show their whole words (in Danish they are long: "Start med
tomme registreringer", "Den er krypteret: skriv adgangsfrasen…"); they were cut to "l tomme
regis" and "ypteret: skriv adgang" in a box as narrow as its text."""

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
