"""The "Pack imported" box speaks the UI's language: why a trainer's copy was not updated is said
in Danish in a Danish UI, with the file name, the item id and the version as they are."""

from __future__ import annotations

from pathlib import Path

from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.core.packs.export import export_pack
from facilitator.core.packs.installed import installed
from facilitator.core.packs.store import import_pack
from facilitator.core.settings import Settings


def _pack(tmp_path: Path, version: int) -> Path:
    """Version ``version`` of a small course: one deck, whose own version is one higher."""
    source = tmp_path / f"source-{version}"
    module = source / "kursus"
    module.mkdir(parents=True)
    (module / "module.md").write_text(
        "---\nid: byens-kursus\ntitle: Byens kursus\nlanguage: en\n---\n\nA course.\n", "utf-8"
    )
    (module / "calm.md").write_text(
        "---\nid: byens-kursus.calm\ntitle: Calm\nkind: deck\nduration: 5\nlanguage: en\n"
        f"version: {version + 1}\n---\n\n# Calm\n\nStart here, {version}.\n",
        "utf-8",
    )
    out = tmp_path / f"kommune.kursus-{version}.facpack"
    library = load_library([Root(source)])
    export_pack(library, ["byens-kursus"], out, pack_id="kommune.kursus", version=version)
    return out


def test_a_copy_that_cannot_be_updated_is_explained_in_danish(
    qtbot, window, home, tmp_path, danish_ui
):
    import_pack(_pack(tmp_path, 1), Settings.load(), confirm=lambda _check: "once")
    mine = paths.user_content_dir() / "mine"
    mine.mkdir(parents=True)
    (mine / "module.md").write_text("---\nid: mine\ntitle: Mine\n---\n\nMine.\n", "utf-8")
    (mine / "calm.md").write_text(  # deck version 1: no longer installed
        "---\nid: mine.calm\ntitle: Calm\nkind: deck\nduration: 5\nlanguage: en\nversion: 1\n"
        "derived_from: byens-kursus.calm@1\n---\n\n# Calm\n\nMy start.\n",
        "utf-8",
    )
    window.packs.ask = lambda _check: "once"
    window.packs.show_conflicts = False
    window.packs.import_pack(str(_pack(tmp_path, 2)))
    qtbot.waitUntil(lambda: getattr(window.packs, "message", None) is not None, timeout=20_000)
    text = window.packs.message.text()
    assert [p.version for p in installed()] == [2]
    assert (
        "calm.md: version 1 af 'byens-kursus.calm', som denne kopi stammer fra, er ikke "
        "installeret; kopien forbliver, som den er"
    ) in text
    assert "that this copy came from" not in text
    window.packs.message.close()
