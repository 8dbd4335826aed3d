"""A merged copy waits for the trainer's acceptance: accepting deletes the copy as it was, undoing
puts it back and keeps the merged text, so nothing is lost either way (issue 13)."""

from __future__ import annotations

from pathlib import Path

from facilitator.cli import main
from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.core.packs import merge
from facilitator.core.packs.export import export_pack
from facilitator.core.packs.kept import accept_merge, merged_copies, undo_merge
from facilitator.core.packs.store import import_pack
from facilitator.core.settings import Settings

SLIDES = ["# One\n\nfirst", "# Two\n\nsecond", "# Three\n\nthird"]


def body(*changes: tuple[int, str]) -> str:
    slides = list(SLIDES)
    for index, text in changes:
        slides[index] = text
    return "\n\n---\n\n".join(slides) + "\n"


def install(tmp_path: Path, version: int, text: str) -> None:
    source = tmp_path / f"src-{version}"
    (source / "pk").mkdir(parents=True)
    (source / "pk" / "module.md").write_text("---\nid: pk\ntitle: Pk\n---\n\nPk.\n", "utf-8")
    (source / "pk" / "deck.md").write_text(
        f"---\nid: pk.deck\ntitle: Deck\nkind: deck\nduration: 5\nversion: {version}\n---\n\n"
        + text,
        encoding="utf-8",
    )
    out = tmp_path / f"pk-{version}.facpack"
    export_pack(load_library([Root(source)]), ["pk"], out, pack_id="lokal.pk", version=version)
    import_pack(out, Settings.load(), confirm=lambda _check: "once")


def trainers_copy() -> Path:
    """The trainer's copy of version 1 with their own first slide."""
    mine = paths.user_content_dir() / "mine"
    mine.mkdir(parents=True)
    (mine / "module.md").write_text("---\nid: mine\ntitle: Mine\n---\n\nMine.\n", "utf-8")
    copy = mine / "deck.md"
    front = "---\nid: mine.deck\ntitle: Mine\nkind: deck\nduration: 5\nderived_from: pk.deck@1\n---"
    copy.write_text(front + "\n\n" + body((0, "# One\n\nmy first")), encoding="utf-8")
    return copy


def merged_once(home: Path, tmp_path: Path) -> tuple[Path, str, str]:
    """Version 1 installed, the trainer's copy, version 2 (another slide changed) merged."""
    install(tmp_path, 1, body())
    copy = trainers_copy()
    before = copy.read_text(encoding="utf-8")
    install(tmp_path, 2, body((2, "# Three\n\nthird, new")))
    after = copy.read_text(encoding="utf-8")
    assert "my first" in after and "third, new" in after  # the clean merge was written
    return copy, before, after


def test_a_clean_merge_waits_for_acceptance_and_accepting_deletes_the_old_copy(home, tmp_path):
    copy, before, after = merged_once(home, tmp_path)
    (waiting,) = merged_copies()
    assert (waiting.copy, waiting.item_id) == (copy, "pk.deck")
    assert (waiting.from_version, waiting.to_version) == (1, 2)
    assert waiting.kept.read_text(encoding="utf-8") == before
    accept_merge(waiting)
    assert not waiting.kept.exists()
    assert copy.read_text(encoding="utf-8") == after  # the merged copy stays
    assert merged_copies() == []
    assert merge.pending_updates() == []


def test_undoing_puts_the_old_copy_back_and_keeps_the_merged_text(home, tmp_path):
    copy, before, after = merged_once(home, tmp_path)
    (waiting,) = merged_copies()
    kept_merge = undo_merge(waiting)
    assert copy.read_text(encoding="utf-8") == before
    assert kept_merge == copy.with_name("_deck.merged.md")
    assert kept_merge.read_text(encoding="utf-8") == after  # nothing lost
    assert merged_copies() == []
    # The copy names version 1 again, so its update waits to be merged once more.
    (pending,) = merge.pending_updates()
    assert (pending.path, pending.from_version, pending.to_version) == (copy, 1, 2)
    # The kept files are not in the library: only the copy is.
    library = load_library([Root(paths.user_content_dir())])
    assert [item.path for item in library.items()] == [copy]
    # Merged and undone again: the second merged text does not replace the first.
    merge.write_resolution(pending)
    assert undo_merge(merged_copies()[0]) == copy.with_name("_deck.merged-2.md")
    assert kept_merge.read_text(encoding="utf-8") == after


def test_two_merges_not_yet_accepted_are_listed_oldest_first(home, tmp_path):
    copy, before, after = merged_once(home, tmp_path)
    install(tmp_path, 3, body((1, "# Two\n\nsecond, new"), (2, "# Three\n\nthird, new")))
    first, second = merged_copies()
    assert (first.from_version, second.from_version) == (1, 2)
    assert first.to_version == second.to_version == 3
    assert (first.kept.name, second.kept.name) == ("_deck.pre-merge.md", "_deck.pre-merge-2.md")
    assert second.kept.read_text(encoding="utf-8") == after
    newest = copy.read_text(encoding="utf-8")
    undo_merge(second)  # back to the copy after the first merge
    assert copy.read_text(encoding="utf-8") == after
    assert copy.with_name("_deck.merged.md").read_text(encoding="utf-8") == newest
    assert [(m.kept, m.to_version) for m in merged_copies()] == [(first.kept, 2)]


def test_kept_files_the_library_skips_are_skipped_and_a_lost_copy_comes_back(home, tmp_path):
    folder = paths.user_content_dir()
    hidden = folder / "_old" / "_deck.pre-merge.md"
    hidden.parent.mkdir(parents=True)
    hidden.write_text("old\n", encoding="utf-8")
    alone = folder / "mine" / "_gone.pre-merge.md"
    alone.parent.mkdir(parents=True)
    alone.write_text("---\nid: mine.gone\nderived_from: pk.deck@1\n---\n\nmine\n", "utf-8")
    (lost,) = merged_copies()
    assert (lost.copy, lost.item_id, lost.from_version, lost.to_version) == (
        folder / "mine" / "gone.md",
        "pk.deck",
        1,
        None,
    )
    assert undo_merge(lost) is None  # no merged copy to keep
    assert lost.copy.read_text(encoding="utf-8").endswith("mine\n")


def test_pack_accept_on_the_command_line(home, tmp_path, capsys):
    copy, before, after = merged_once(home, tmp_path)
    capsys.readouterr()
    assert main(["pack", "list"]) == 0
    listed = capsys.readouterr().out
    assert (
        f"{copy}: 'pk.deck' version 1 -> 2; as it was: {copy.parent}/_deck.pre-merge.md" in listed
    )
    assert main(["pack", "accept"]) == 2  # which ones?
    assert "or give --all" in capsys.readouterr().err
    assert main(["pack", "accept", "mine/nothing.md"]) == 2
    assert "mine/nothing.md: not a merged copy waiting" in capsys.readouterr().err
    assert merged_copies()  # nothing was accepted
    assert main(["pack", "accept", "mine/deck.md"]) == 0  # from the user's content folder
    assert "merge accepted" in capsys.readouterr().out
    assert merged_copies() == [] and copy.read_text(encoding="utf-8") == after


def test_pack_undo_merge_on_the_command_line(home, tmp_path, capsys):
    copy, before, after = merged_once(home, tmp_path)
    install(tmp_path, 3, body((1, "# Two\n\nsecond, new"), (2, "# Three\n\nthird, new")))
    newest = copy.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["pack", "undo-merge", str(copy)]) == 2  # merged twice: which one?
    err = capsys.readouterr().err
    assert "merged 2 times" in err and "_deck.pre-merge-2.md" in err
    assert copy.read_text(encoding="utf-8") == newest  # nothing changed
    assert main(["pack", "undo-merge", str(copy.with_name("_deck.pre-merge.md"))]) == 0
    out = capsys.readouterr().out
    assert copy.read_text(encoding="utf-8") == before
    assert f"the merged text is kept in {copy.with_name('_deck.merged.md')}" in out
    assert copy.with_name("_deck.merged.md").read_text(encoding="utf-8") == newest
