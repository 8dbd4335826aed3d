"""The round trip of issue 13: a coordinator exports the bundled mentalisering module and a plan as
a signed pack; a trainer imports it on a fresh user folder, copies a deck and edits one slide; the
next versions of the pack change another slide (merged into the copy) and the same slide (a
conflict shown with both sides, the copy untouched until the trainer chooses)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core import paths
from facilitator.core.loader import Root, library_roots, load_library
from facilitator.core.packs import merge
from facilitator.core.packs.errors import PackRefused
from facilitator.core.packs.export import export_pack
from facilitator.core.packs.installed import installed
from facilitator.core.packs.store import bundled_ids, import_pack
from facilitator.core.settings import Settings

PACK = "kommune.mentalisering"
DECK = "01-viden-mentalisering.md"
OWN_EDIT = ("## Hvad er mentalisering?", "## Hvad er mentalisering? Vores ord for det")
OTHER_SLIDE = ("## I klassen", "## I skolen")  # slide 4
SAME_SLIDE = ("## Hvad er mentalisering?", "## Hvad betyder mentalisering?")  # slide 2
# The bundled library keeps its ids; the pack's copies get the pack id in front (decisions.md).
DECK_ID = f"{PACK}.mentalisering.viden"
PLAN_ID = f"{PACK}.mentalisering.plan-45"


@pytest.fixture
def coordinator(home, tmp_path, capsys):
    """A signing key that IT trusts, and version 1 exported from the bundled library."""
    assert main(["pack", "keygen", "-o", str(tmp_path / "kommune.key")]) == 0
    public = (tmp_path / "kommune.key.pub").read_text(encoding="utf-8").strip()
    (tmp_path / "site.toml").write_text(f'trusted_publishers = ["{public}"]\n', encoding="utf-8")
    out = tmp_path / f"{PACK}-1.facpack"
    code = main(
        ["pack", "export", "mentalisering", "mentalisering.plan-45", "-o", str(out)]
        + ["--sign", str(tmp_path / "kommune.key"), "--title", "Mentalisering i kommunen"]
    )
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    return tmp_path


def version(tmp_path: Path, number: int, *changes: tuple[str, str]) -> Path:
    """The pack at ``number``: the bundled module with ``changes`` to the deck (its version
    raised), exported from a copy of the module as a coordinator would."""
    source = tmp_path / f"source-{number}"
    shutil.copytree(paths.bundled_content_dir() / "mentalisering", source / "mentalisering")
    shutil.copy(paths.bundled_content_dir() / "plans" / "mentalisering-45.plan.yaml", source)
    deck = source / "mentalisering" / DECK
    text = deck.read_text(encoding="utf-8").replace("version: 1\n", f"version: {number}\n", 1)
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    deck.write_text(text, encoding="utf-8")
    out = tmp_path / f"{PACK}-{number}.facpack"
    export_pack(
        load_library([Root(source)]),
        ["mentalisering", "mentalisering.plan-45"],
        out,
        pack_id=PACK,
        version=number,
        sign_with=tmp_path / "kommune.key",
        taken_ids=set(bundled_ids()),
    )
    return out


def trainers_copy() -> Path:
    """The trainer's copy of the deck in their own folder, with one slide edited."""
    source = paths.data_dir() / "packs" / PACK / "1" / "content" / "mentalisering" / DECK
    folder = paths.user_content_dir() / "mine"
    folder.mkdir(parents=True)
    (folder / "module.md").write_text("---\nid: mine\ntitle: Mine\n---\n\nMit.\n", "utf-8")
    text = source.read_text(encoding="utf-8")
    text = text.replace(f"id: {DECK_ID}\n", "id: mine.viden\n", 1)
    text = text.replace("version: 1\n", f"version: 1\nderived_from: {DECK_ID}@1\n", 1)
    copy = folder / DECK
    copy.write_text(text.replace(*OWN_EDIT, 1), encoding="utf-8")
    return copy


def test_version_1_imports_quietly_and_joins_the_library(coordinator, capsys):
    file = coordinator / f"{PACK}-1.facpack"
    assert main(["pack", "verify", str(file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "verified"
    assert main(["pack", "import", str(file), "--json"]) == 0  # no question: a trusted key
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "installed" and report["trust"] == "trusted"
    (pack,) = installed()
    assert (pack.id, pack.version, pack.verified) == (PACK, 1, True)
    roots = library_roots()
    assert roots[1] == Root(pack.content, bundled=True)  # after the bundled library, read-only
    library = load_library(roots)
    # The pack's copies of bundled content have ids of their own, so they are not hidden.
    plan = library.plan(PLAN_ID)
    refs = {e.ref for e in plan.entries if e.kind == "item"}
    assert f"{PACK}.mentalisering.elever-deck" in refs
    assert all(ref.startswith(f"{PACK}.") and library.item(ref) for ref in refs)
    assert library.item(DECK_ID).path.is_relative_to(pack.content)
    assert library.item("mentalisering.viden").bundled  # the bundled one is still there
    # The same version again changes nothing.
    result = import_pack(file, Settings.load())
    assert not result.installed_now


def test_an_edit_on_another_slide_merges_and_the_old_copy_is_kept(coordinator, capsys):
    assert main(["pack", "import", str(coordinator / f"{PACK}-1.facpack")]) == 0
    copy = trainers_copy()
    before = copy.read_text(encoding="utf-8")
    file = version(coordinator, 2, OTHER_SLIDE)
    capsys.readouterr()
    assert main(["pack", "import", str(file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (update,) = report["copies"]
    assert update["status"] == "merged" and update["merged_slides"] == [4]
    merged = copy.read_text(encoding="utf-8")
    assert OWN_EDIT[1] in merged and OTHER_SLIDE[1] in merged  # both kept
    assert f"derived_from: {DECK_ID}@2" in merged
    assert Path(update["backup"]).read_text(encoding="utf-8") == before  # nothing lost
    library = load_library(library_roots())
    mine = library.item("mine.viden")
    assert mine is not None and len(mine.slides) == len(library.item(DECK_ID).slides)
    # The older version stays installed: it is the base of the next merge.
    assert installed()[0].versions == (1, 2)
    with pytest.raises(PackRefused) as caught:
        import_pack(coordinator / f"{PACK}-1.facpack", Settings.load())
    assert caught.value.reason == "downgrade"
    assert import_pack(coordinator / f"{PACK}-1.facpack", Settings.load(), allow_downgrade=True)
    assert installed()[0].version == 1


def test_a_change_to_the_edited_slide_is_a_conflict_shown_with_both_sides(coordinator):
    import_pack(coordinator / f"{PACK}-1.facpack", Settings.load())
    copy = trainers_copy()
    before = copy.read_text(encoding="utf-8")
    result = import_pack(version(coordinator, 2, OTHER_SLIDE, SAME_SLIDE), Settings.load())
    (update,) = result.merges
    assert update.status == "conflict"
    assert copy.read_text(encoding="utf-8") == before  # untouched until the trainer chooses
    (conflict,) = update.outcome.conflicts
    assert conflict.slide == 2
    assert OWN_EDIT[1] in conflict.ours and SAME_SLIDE[1] in conflict.theirs
    assert OWN_EDIT[0] in conflict.base
    assert update.outcome.merged_slides == [4]  # the other slide merged cleanly
    # The trainer keeps their own slide 2 and takes the new slide 4.
    backup = merge.write_resolution(update, {2: "ours"})
    text = copy.read_text(encoding="utf-8")
    assert OWN_EDIT[1] in text and SAME_SLIDE[1] not in text and OTHER_SLIDE[1] in text
    assert backup.read_text(encoding="utf-8") == before
    merge.accept(update)
    assert not backup.exists()
