"""What the app shows of installed packs: items of an unverified pack are marked in the library,
newer versions in the content sources are offered at start, File > Packs… lists the packs and
removes one, and a copy whose merge had conflicts can be resolved later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from facilitator.core.loader import Root, library_roots, load_library
from facilitator.core.packs.export import export_pack
from facilitator.core.packs.store import import_pack
from facilitator.core.search import Filters
from facilitator.core.settings import Settings

PACK = "kommune.kursus"


def write_course(folder: Path, version: int = 1, second_slide: str = "Breathe out slowly") -> Path:
    """A small module a coordinator wrote: one deck of three slides."""
    module = folder / "kursus"
    module.mkdir(parents=True, exist_ok=True)
    (module / "module.md").write_text(
        "---\nid: byens-kursus\ntitle: Byens kursus\nlanguage: en\n---\n\nA course.\n",
        encoding="utf-8",
    )
    (module / "calm.md").write_text(
        f"---\nid: byens-kursus.calm\ntitle: Calm\nkind: deck\nduration: 5\nlanguage: en\n"
        f"version: {version}\n---\n\n# Calm\n\nStart here.\n\n---\n\n## Breathing\n\n"
        f"{second_slide}\n\n---\n\n## Together\n\nEnd in a circle.\n",
        encoding="utf-8",
    )
    return folder


def make_pack(tmp_path: Path, version: int = 1, **changes: str) -> Path:
    source = write_course(tmp_path / f"source-{version}", version, **changes)
    out = tmp_path / f"{PACK}-{version}.facpack"
    export_pack(load_library([Root(source)]), ["byens-kursus"], out, pack_id=PACK, version=version)
    return out


def install(file: Path) -> object:
    return import_pack(file, Settings.load(), confirm=lambda _check: "once")


def test_items_of_an_unverified_pack_are_marked_in_the_library(qapp, home, tmp_path):
    from facilitator.ui.library.controller import LibraryController
    from facilitator.ui.library.models import LibraryModel, Role

    install(make_pack(tmp_path))  # unsigned: imported after the user's "once"
    controller = LibraryController(lambda: library_roots())
    controller.load()
    groups = {g.module.id: g for g in controller.groups(Filters())}
    (calm,) = groups["byens-kursus"].items
    assert calm.unverified
    others = [row for ident, g in groups.items() if ident != "byens-kursus" for row in g.items]
    assert others and not any(row.unverified for row in others)  # the bundled library
    model = LibraryModel()
    model.set_results([calm])
    index = model.index(0, 0)
    assert model.data(index, Role.UNVERIFIED) is True
    assert "unverified pack" in model.data(index, Qt.ItemDataRole.ToolTipRole)
