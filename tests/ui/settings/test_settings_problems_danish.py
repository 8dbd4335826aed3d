"""The settings problems banner speaks the UI's language, with each file and line as it is."""

from __future__ import annotations

import os
from pathlib import Path

from facilitator.core.settings import Settings
from facilitator.ui.settings import SettingsDialog


def test_the_problems_banner_is_danish_in_a_danish_ui(home, qtbot, danish_ui):
    site = Path(os.environ["FACILITATOR_SITE_CONFIG"])
    site.write_text(
        'language = "da"\nlocked = "theme"\nnotes_font_size = 200\ncolour = "red"\n',
        encoding="utf-8",
    )
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.problems_banner.text()
    assert text.startswith("En del af indstillingerne fra din it-afdeling kunne ikke bruges")
    assert (
        f"{site}:2: 'locked' skal være en liste som [\"theme\"]; læst som en liste med ét navn"
        in text
    )
    assert f"{site}:3: 'notes_font_size' skal være 8 til 72; ignoreret" in text
    assert f"{site}:4: ukendt indstilling 'colour'" in text
    assert "unknown setting" not in text and "must be" not in text
    # The log and the command line keep the English text.
    assert f"{site}:4: unknown setting 'colour'" in [str(p) for p in settings.problems]
