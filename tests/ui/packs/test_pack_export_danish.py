"""File > Export as pack says why it wrote nothing in the UI's language: a signing key that is not
a key is refused in Danish in a Danish UI, with the file's name as it is."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_file_that_is_not_a_key_is_refused_in_danish(qtbot, window, tmp_path, danish_ui):
    out = tmp_path / "kommune.test-1.facpack"
    key = tmp_path / "notes.txt"
    key.write_text("not a key\n", encoding="utf-8")
    window.packs.choose_save = lambda name: str(out)
    window.packs.export_action.trigger()
    dialog = window.packs.dialog
    root = dialog.tree.invisibleRootItem()
    module = next(
        root.child(i) for i in range(root.childCount()) if root.child(i).data(0, 256) == "b"
    )
    module.setCheckState(0, Qt.CheckState.Checked)
    dialog.pack_id.setText("kommune.test")
    dialog.key.setText(str(key))
    dialog.ok.click()
    qtbot.waitUntil(lambda: getattr(window.packs, "message", None) is not None, timeout=20_000)
    text = window.packs.message.text()
    assert text == (
        f"{key}: ikke en privat nøgle lavet med 'facilitator pack keygen' "
        "(ingen '-----BEGIN PRIVATE KEY-----'-blok)"
    )
    assert "not a private key" not in text
    assert not out.exists()
    window.packs.message.close()
