"""The rest of issue 13 in core: a pack made from bundled content gives its copies ids of their
own (else the bundled library would hide them), and a copy whose merge had conflicts stays
waiting, recomputed from the installed versions, until the user chooses."""

from __future__ import annotations

import zipfile
from pathlib import Path

from facilitator.core import paths
from facilitator.core.loader import Root, library_roots, load_library
from facilitator.core.packs import merge
from facilitator.core.packs.export import export_pack
from facilitator.core.packs.store import bundled_ids, import_pack
from facilitator.core.settings import Settings


def test_bundled_ids_are_renamed_in_the_pack_files_plans_and_manifest(home, tmp_path):
    library = load_library(library_roots())
    out = tmp_path / "kommune.mini-1.facpack"
    manifest = export_pack(
        library,
        ["mentalisering.plan-45"],
        out,
        pack_id="kommune.mini",
        version=1,
        taken_ids=set(bundled_ids()),
    )
    assert {e.id for e in manifest.plans} == {"kommune.mini.mentalisering.plan-45"}
    assert "kommune.mini.mentalisering.elever-deck" in {e.id for e in manifest.items}
    assert not {e.id for e in manifest.items} & bundled_ids()
    with zipfile.ZipFile(out) as archive:
        plan = archive.read("content/plans/mentalisering.plan-45.plan.yaml").decode()
        deck = next(
            archive.read(e.file).decode()
            for e in manifest.items
            if e.id == "kommune.mini.mentalisering.elever-deck"
        )
    assert "id: kommune.mini.mentalisering.plan-45" in plan
    assert "- item: kommune.mini.mentalisering.elever-deck" in plan
    assert "\nid: kommune.mini.mentalisering.elever-deck\n" in deck
    # The notes and the slides are the bundled text, unchanged.
    original = library.item("mentalisering.elever-deck").path.read_text(encoding="utf-8")
    assert deck.split("\n---\n", 1)[1] == original.split("\n---\n", 1)[1]
    # Installed, the pack's plan and items are in the library beside the bundled ones.
    import_pack(out, Settings.load(), confirm=lambda _check: "once")
    installed = load_library(library_roots())
    assert installed.plan("kommune.mini.mentalisering.plan-45") is not None
    assert installed.item("kommune.mini.mentalisering.elever-deck") is not None
    assert installed.item("mentalisering.elever-deck").bundled


BASE = "# One\n\nfirst\n\n---\n\n# Two\n\nsecond\n"


def pack_version(tmp_path: Path, version: int, body: str) -> Path:
    source = tmp_path / f"src-{version}"
    (source / "pk").mkdir(parents=True)
    (source / "pk" / "module.md").write_text("---\nid: pk\ntitle: Pk\n---\n\nPk.\n", "utf-8")
    (source / "pk" / "deck.md").write_text(
        f"---\nid: pk.deck\ntitle: Deck\nkind: deck\nduration: 5\nversion: {version}\n---\n\n"
        + body,
        encoding="utf-8",
    )
    out = tmp_path / f"pk-{version}.facpack"
    export_pack(load_library([Root(source)]), ["pk"], out, pack_id="lokal.pk", version=version)
    return out


def test_a_conflict_waits_until_the_user_chooses_and_nothing_is_lost(home, tmp_path):
    settings, yes = Settings.load(), (lambda _check: "once")
    import_pack(pack_version(tmp_path, 1, BASE), settings, confirm=yes)
    mine = paths.user_content_dir() / "mine"
    mine.mkdir(parents=True)
    (mine / "module.md").write_text("---\nid: mine\ntitle: Mine\n---\n\nMine.\n", "utf-8")
    copy = mine / "deck.md"
    front = "---\nid: mine.deck\ntitle: Mine\nkind: deck\nduration: 5\nderived_from: pk.deck@1\n---"
    copy.write_text(f"{front}\n\n{BASE.replace('first', 'my first')}", encoding="utf-8")
    before = copy.read_text(encoding="utf-8")
    assert merge.pending_updates() == []  # nothing new yet
    result = import_pack(
        pack_version(tmp_path, 2, BASE.replace("first", "their first")), settings, confirm=yes
    )
    assert [u.status for u in result.merges] == ["conflict"]
    # Later (after a restart): the same conflict is found again, the copy still untouched.
    (waiting,) = merge.pending_updates()
    assert (waiting.path, waiting.from_version, waiting.to_version) == (copy, 1, 2)
    (conflict,) = waiting.outcome.conflicts
    assert "my first" in conflict.ours and "their first" in conflict.theirs
    assert copy.read_text(encoding="utf-8") == before
    kept = merge.write_resolution(waiting, {conflict.slide: "theirs"})
    assert "their first" in copy.read_text(encoding="utf-8")
    assert "derived_from: pk.deck@2" in copy.read_text(encoding="utf-8")
    assert kept.read_text(encoding="utf-8") == before  # the copy as it was, until accepted
    assert merge.pending_updates() == []
