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


def trainers_copy() -> Path:
    """The trainer's copy of the installed version 1 of the deck, with their own second slide."""
    from facilitator.core import paths

    mine = paths.user_content_dir() / "mine"
    mine.mkdir(parents=True)
    (mine / "module.md").write_text("---\nid: mine\ntitle: Mine\n---\n\nMine.\n", "utf-8")
    pack_file = next(paths.data_dir().rglob("calm.md"))  # the installed version 1
    text = pack_file.read_text(encoding="utf-8")
    text = text.replace("id: byens-kursus.calm\n", "id: mine.calm\n")
    text = text.replace("version: 1\n", "version: 1\nderived_from: byens-kursus.calm@1\n")
    copy = mine / "calm.md"
    copy.write_text(text.replace("Breathe out slowly", "Breathe out, count to four"), "utf-8")
    return copy


def share(tmp_path: Path) -> Path:
    """A content source folder, named in the machine-wide settings."""
    source = tmp_path / "share"
    source.mkdir()
    (tmp_path / "site.toml").write_text(f'content_sources = ["{source}"]\n', encoding="utf-8")
    return source


def offer(tmp_path: Path, source: Path, version: int) -> None:
    """A newer version of the course put in the content source."""
    file = make_pack(tmp_path, version, second_slide=f"Breathe, version {version}")
    file.rename(source / file.name)


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


def test_a_newer_version_in_a_content_source_is_offered_after_start(
    qtbot, make_window, home, tmp_path
):
    from facilitator.core.packs.installed import installed

    install(make_pack(tmp_path, 1))
    source = tmp_path / "share"
    source.mkdir()
    make_pack(tmp_path, 2, second_slide="Breathe in, and out").rename(source / f"{PACK}-2.facpack")
    (tmp_path / "site.toml").write_text(f'content_sources = ["{source}"]\n', encoding="utf-8")
    window = make_window(settings_=Settings.load())
    window.packs.check_at_start()
    qtbot.waitUntil(lambda: window.packs.checked)
    box = window.packs.start_box
    assert "version 2 is available (you have 1)" in box.text()
    assert not box.isModal()  # the trainer can go on working
    show = next(b for b in box.buttons() if b.text() == "Show packs…")
    show.click()
    dialog = window.packs.packs_dialog
    assert dialog is not None and dialog.tree.topLevelItem(0).text(1) == "1 (2 available)"
    dialog.select(PACK)
    assert dialog.update_button.isEnabled()
    window.packs.ask = lambda _check: "once"
    window.packs.show_conflicts = False
    dialog.update_button.click()
    qtbot.waitUntil(lambda: installed()[0].version == 2, timeout=20_000)


def test_a_declined_version_is_not_offered_again_but_a_newer_one_is(
    qtbot, make_window, home, tmp_path
):
    """A coordinator leaves version 2 on the shared drive; the trainer does not want it. "Not
    these versions" stops the question at every start, File > Packs… still lists it, and version
    3 is offered again."""
    install(make_pack(tmp_path, 1))
    source = share(tmp_path)
    offer(tmp_path, source, 2)

    def started():
        window = make_window(settings_=Settings.load())
        window.packs.check_at_start()
        qtbot.waitUntil(lambda: window.packs.checked)
        return window

    window = started()
    box = window.packs.start_box
    never = next(b for b in box.buttons() if b.text() == "Not these versions")
    never.click()

    window = started()
    assert window.packs.start_box is None  # not mentioned again
    window.packs.manage_action.trigger()
    dialog = window.packs.packs_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(1) == "1 (2 available)")
    dialog.close()

    offer(tmp_path, source, 3)
    window = started()
    assert "version 3 is available (you have 1)" in window.packs.start_box.text()


def test_a_damaged_declined_file_declines_nothing(qtbot, make_window, home, tmp_path):
    from facilitator.core.packs.installed import packs_dir
    from facilitator.core.packs.store import DECLINED_FILE

    install(make_pack(tmp_path, 1))
    offer(tmp_path, share(tmp_path), 2)
    (packs_dir() / DECLINED_FILE).write_text('{"kommune.kursus": "2", [', encoding="utf-8")
    window = make_window(settings_=Settings.load())
    window.packs.check_at_start()
    qtbot.waitUntil(lambda: window.packs.checked)
    assert "version 2 is available" in window.packs.start_box.text()


def test_nothing_to_offer_shows_nothing(qtbot, window, home):
    window.packs.check_at_start()
    qtbot.waitUntil(lambda: window.packs.checked)
    assert window.packs.start_box is None


def test_file_packs_lists_the_installed_packs_and_removes_one(qtbot, window, home, tmp_path):
    from facilitator.core.packs.installed import installed

    install(make_pack(tmp_path))
    assert window.packs.manage_action in window.file_menu.actions()
    window.packs.manage_action.trigger()
    dialog = window.packs.packs_dialog
    row = dialog.tree.topLevelItem(0)
    assert [row.text(0), row.text(1), row.text(3)] == [PACK, "1", "unverified"]
    assert not dialog.remove_button.isEnabled()
    dialog.select(PACK)
    asked = []
    dialog.confirm_remove = lambda title: asked.append(title) or False
    dialog.remove_button.click()
    assert asked == [PACK] and len(installed()) == 1  # "no" keeps it
    dialog.confirm_remove = lambda title: True
    dialog.remove_button.click()
    assert installed() == [] and dialog.tree.topLevelItemCount() == 0


def test_a_conflict_left_for_later_is_resolved_from_file_packs(qtbot, window, home, tmp_path):
    from PySide6.QtWidgets import QRadioButton

    install(make_pack(tmp_path, 1))
    copy = trainers_copy()
    mine = copy.parent
    result = install(make_pack(tmp_path, 2, second_slide="Breathe out through the mouth"))
    assert [u.status for u in result.merges] == ["conflict"]  # "Later": nothing written
    window.packs.manage_action.trigger()
    dialog = window.packs.packs_dialog
    assert dialog.waiting_list.count() == 1
    assert dialog.waiting_list.item(0).text() == "calm.md (version 2) – slides to choose: 1"
    dialog.waiting_list.setCurrentRow(0)
    dialog.resolve_button.click()
    conflicts = dialog.conflicts
    conflicts.findChild(QRadioButton, "choice-2-theirs").click()
    conflicts.apply_button.click()
    written = copy.read_text(encoding="utf-8")
    assert "Breathe out through the mouth" in written and "count to four" not in written
    assert (mine / "_calm.pre-merge.md").exists()  # the copy as it was
    assert dialog.waiting_list.count() == 0


def test_file_packs_looks_in_the_content_sources_itself_and_again(
    qtbot, make_window, home, tmp_path
):
    install(make_pack(tmp_path, 1))
    source = share(tmp_path)
    offer(tmp_path, source, 2)
    window = make_window(settings_=Settings.load())
    assert not window.packs.checked  # opened before the look at start was done
    window.packs.manage_action.trigger()
    dialog = window.packs.packs_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(1) == "1 (2 available)")
    assert dialog.look_status.text() == "Newer versions found: 1."
    dialog.select(PACK)
    assert dialog.update_button.isEnabled()
    assert [o.version for o in window.packs.offers] == [2]  # the menu knows too
    offer(tmp_path, source, 3)
    dialog.look_button.click()
    assert not dialog.look_button.isEnabled()  # one look at a time
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(1) == "1 (3 available)")
    assert dialog.look_button.isEnabled()


def test_file_packs_stays_open_and_looks_again_after_an_update(qtbot, make_window, home, tmp_path):
    from facilitator.core.packs.installed import installed

    install(make_pack(tmp_path, 1))
    source = share(tmp_path)
    offer(tmp_path, source, 2)
    window = make_window(settings_=Settings.load())
    window.packs.manage_action.trigger()
    dialog = window.packs.packs_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(1) == "1 (2 available)")
    offer(tmp_path, source, 3)  # put there while the dialog is open
    window.packs.ask = lambda _check: "once"
    dialog.select(PACK)
    dialog.update_button.click()  # version 2, the one it found
    qtbot.waitUntil(lambda: installed()[0].version == 2, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(1) == "2 (3 available)")
    assert window.packs.packs_dialog is dialog and dialog.isVisible()


def test_without_content_sources_there_is_nothing_to_look_in(qtbot, window, home, tmp_path):
    install(make_pack(tmp_path, 1))
    window.packs.manage_action.trigger()
    dialog = window.packs.packs_dialog
    assert dialog.looking is None and dialog.look_button.isHidden()


def test_a_merged_copy_is_accepted_or_undone_in_file_packs(qtbot, window, home, tmp_path):
    install(make_pack(tmp_path, 1))
    copy = trainers_copy()
    before = copy.read_text(encoding="utf-8")
    (merged,) = install(make_pack(tmp_path, 2, second_slide="Breathe out slowly.")).merges
    assert merged.status == "conflict"  # both changed slide 2: choose it in the dialog
    window.packs.manage_action.trigger()
    dialog = window.packs.packs_dialog
    assert dialog.merged_list.isHidden()  # nothing merged yet
    dialog.waiting_list.setCurrentRow(0)
    dialog.resolve_button.click()
    dialog.conflicts.apply_button.click()  # keep my slide 2, take the rest
    after = copy.read_text(encoding="utf-8")
    assert "derived_from: byens-kursus.calm@2" in after
    assert dialog.merged_list.count() == 1 and not dialog.merged_list.isHidden()
    row = dialog.merged_list.item(0)
    assert row.text() == "calm.md – merged with version 2 (your copy was from version 1)"
    assert not dialog.undo_button.isEnabled() and not dialog.accept_button.isEnabled()
    dialog.merged_list.setCurrentRow(0)
    dialog.undo_button.click()
    assert copy.read_text(encoding="utf-8") == before  # back as it was
    assert copy.with_name("_calm.merged.md").read_text(encoding="utf-8") == after
    assert (
        dialog.note.text()
        == "calm.md is back as it was. The merged text is kept in _calm.merged.md."
    )
    assert dialog.merged_list.isHidden()
    assert dialog.waiting_list.item(0).text() == "calm.md (version 2) – slides to choose: 1"
    # Merged again, and this time accepted: the copy as it was is deleted, the merge stays.
    dialog.waiting_list.setCurrentRow(0)
    dialog.resolve_button.click()
    dialog.conflicts.apply_button.click()
    dialog.merged_list.setCurrentRow(0)
    dialog.accept_button.click()
    assert copy.read_text(encoding="utf-8") == after
    assert sorted(p.name for p in copy.parent.iterdir()) == [
        "_calm.merged.md",
        "calm.md",
        "module.md",
    ]
    assert dialog.merged_list.isHidden() and dialog.note.text() == "calm.md: the merge is kept."
