"""The editor's refusals speak the UI's language: a picture it cannot use and a file it cannot
open are said in Danish in a Danish UI, on the status bar, with the file names as they are."""

from __future__ import annotations

from facilitator.core import paths


def test_a_refused_picture_and_an_unreadable_file_are_said_in_danish(
    qtbot, window, tmp_path, danish_ui
):
    editor = window.editor
    assert editor.new_item("deck", "Mit oplæg") is not None
    qtbot.waitUntil(lambda: window.pages.currentWidget() is editor)
    fake = tmp_path / "Foto.png"
    fake.write_text("not a picture", encoding="utf-8")
    editor.choose_image = lambda: fake
    editor.ask_alt_text = lambda _path: "En grøn flade"
    window.registry.action("editor.image").trigger()
    said = window.statusBar().currentMessage()
    assert said == "Foto.png: ikke et billede, der kan læses (beskadiget?)"
    assert "images/" not in editor.deck_editor.body_field.toPlainText()  # nothing inserted

    broken = paths.user_content_dir() / "broken.md"
    broken.write_bytes(b"---\nid: x\ntitle: \xff\xfe\n---\n")
    assert not editor.open_file(broken)
    said = window.statusBar().currentMessage()
    assert said.startswith("broken.md: kan ikke åbnes (")
    assert "cannot be opened" not in said
