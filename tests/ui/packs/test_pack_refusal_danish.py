"""A refused pack says why in the UI's language, with the names from the pack as they are."""

from __future__ import annotations

import zipfile

from facilitator.core.packs.installed import installed


def test_a_pack_with_an_unsafe_name_is_refused_in_danish(qtbot, window, tmp_path, danish_ui):
    pack = tmp_path / "kommune.test-1.facpack"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("../evil.md", "# not for here\n")
    window.packs.import_pack(str(pack))
    qtbot.waitUntil(lambda: getattr(window.packs, "message", None) is not None, timeout=20_000)
    text = window.packs.message.text()
    assert "'../evil.md' har en tom del, '.' eller '..' (den kunne føre ud af mappen)" in text
    assert "could leave the folder" not in text
    assert installed() == []
    window.packs.message.close()
