"""The editor's rules (core/editing): slide operations, front matter, new items and copies,
saving as one edits (atomic, drafts for invalid text), undo, outside changes, exercises, images."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.core import frontmatter
from facilitator.core.editing import exercise as ex
from facilitator.core.editing import front
from facilitator.core.editing.deck import DeckText, SlideFields, compose_slide, parse_slide
from facilitator.core.editing.files import (
    EditRefused,
    EditSession,
    draft_path,
    make_copy,
    make_module_copy,
    new_item,
)
from facilitator.core.editing.images import ImageRefused, insert
from facilitator.core.loader import Root, load_item_file, load_library
from facilitator.core.slide_split import parse_steps

BODY = (
    "<!-- layout: title -->\n# Velkommen\n\nUndertitel\n\nNote:\nSig hej.\n\n---\n\n"
    "## To\n\n- a\n- b\n\nNote:\nNoter to.\n\n---\n\n## Tre\n\nTekst\n\nNote:\nNoter tre."
)


def titles(deck: DeckText) -> list[str]:
    return [deck.fields(row).title for row in range(len(deck))]


def test_slide_fields_round_trip_and_untouched_slides_keep_their_text():
    deck = DeckText(BODY)
    assert titles(deck) == ["Velkommen", "To", "Tre"]
    first = deck.fields(0)
    assert (first.layout, first.level, first.body, first.notes) == (
        "title",
        1,
        "Undertitel",
        "Sig hej.",
    )
    assert deck.body() == BODY
    deck.update(1, notes="Nye noter.")
    assert deck.body().split("\n\n---\n\n")[0] == BODY.split("\n\n---\n\n")[0]
    assert parse_slide(deck.slides[1]).notes == "Nye noter."
    assert compose_slide(parse_slide(deck.slides[2])) == deck.slides[2]


def test_sorter_operations_add_duplicate_move_delete():
    deck = DeckText(BODY)
    assert deck.duplicate(1) == 2
    assert titles(deck) == ["Velkommen", "To", "To", "Tre"]
    assert deck.move(3, 1) == 1
    assert titles(deck) == ["Velkommen", "Tre", "To", "To"]
    assert deck.delete(2) == 2
    assert titles(deck) == ["Velkommen", "Tre", "To"]
    row = deck.add(0, compose_slide(SlideFields(title="Ny", body="x", notes="n")))
    assert row == 1 and titles(deck) == ["Velkommen", "Ny", "Tre", "To"]
    single = DeckText("## Kun\n\nNote:\nx")
    assert single.delete(0) == 0 and len(single) == 1  # the last slide is emptied, not removed


def test_split_and_join_keep_every_word_and_the_notes():
    deck = DeckText(BODY)
    deck.update(2, body="Første del\n\nAnden del")
    row = deck.split(2, len("Første del"))
    assert row == 3
    assert deck.fields(2).body == "Første del" and deck.fields(3).body == "Anden del"
    deck.join(2)
    joined = deck.fields(2)
    assert "Første del" in joined.body and "Anden del" in joined.body
    assert joined.notes == "Noter tre."
    assert len(deck) == 3


def test_a_hidden_slide_stays_in_the_file_but_is_never_presented(tmp_path):
    deck = DeckText(BODY)
    deck.set_hidden(1, True)
    assert "<!-- hidden -->" in deck.slides[1] and deck.fields(1).hidden
    path = tmp_path / "d.md"
    path.write_text(
        front.compose({"id": "x.d", "title": "D", "kind": "deck", "duration": 5}, deck.body()),
        encoding="utf-8",
    )
    item, problems = load_item_file(path)
    assert item is not None and not [p for p in problems if p.severity == "error"]
    assert [s.title for s in item.slides] == ["Velkommen", "Tre"]
    assert len(deck.model_slides()) == 3  # the sorter still shows it
    deck.set_hidden(1, False)
    assert deck.body() == BODY


def test_rows_and_lines_of_the_source_view_match():
    deck = DeckText(BODY)
    lines = deck.body().split("\n")
    for row in range(len(deck)):
        start = deck.line_of_row(row)
        assert deck.row_at_line(start) == row
        assert lines[start] == deck.slides[row].split("\n")[0]


def test_front_matter_has_a_stable_order_and_reads_back_the_same():
    meta = {
        "summary": "Om at: tænke",
        "derived_from": "mentalisering.viden@3",
        "tags": ["hjerne", "ja"],
        "sensitive": False,
        "title": "Ja",
        "custom": "behold mig",
        "duration": 25,
        "id": "my-material.viden",
        "kind": "deck",
    }
    text = front.write(meta, ["custom"])
    keys = [line.split(":")[0] for line in text.strip().split("\n")[1:-1]]
    assert keys == [
        "id",
        "title",
        "kind",
        "duration",
        "tags",
        "sensitive",
        "summary",
        "derived_from",
        "custom",
    ]
    assert frontmatter.split(text + "\nx").meta == meta  # "Ja" stays text, not true


def test_new_items_pass_the_checks_in_every_language(tmp_path):
    content = tmp_path / "content"
    made = [
        new_item(content, kind, f"Mit {kind}", language)
        for kind in ("deck", "exercise", "handout")
        for language in ("da", "nb", "en")
    ]
    assert len({p.parent for p in made}) == 9
    library = load_library([Root(content)])
    assert not library.problems, [str(p) for p in library.problems]
    module = library.modules[0]
    assert (module.id, module.title) == ("my-material", "Mit materiale")
    assert len(module.items) == 9
    assert len({i.id for i in module.items}) == 9


def test_make_my_copy_records_its_origin_and_never_writes_the_bundled_file(tmp_path):
    bundled = tmp_path / "bundled" / "m"
    (bundled / "billeder").mkdir(parents=True)
    (bundled / "module.md").write_text("---\nid: m\ntitle: M\n---\nx\n", encoding="utf-8")
    (bundled / "billeder" / "p.png").write_bytes(_png())
    source = bundled / "deck.md"
    source.write_text(
        "---\nid: m.deck\ntitle: Deck\nkind: deck\nduration: 5\nversion: 3\n---\n"
        "## A\n\n![Et billede](billeder/p.png)\n\nNote:\nn\n",
        encoding="utf-8",
    )
    before = source.read_bytes()
    library = load_library([Root(tmp_path / "bundled", bundled=True)])
    item = library.item("m.deck")
    content = tmp_path / "content"
    copy = make_copy(item, content, "da", taken={"m.deck"})
    assert source.read_bytes() == before
    meta = frontmatter.split(copy.read_text(encoding="utf-8")).meta
    assert meta["derived_from"] == "m.deck@3" and meta["id"] == "my-material.deck"
    assert (copy.parent / "billeder" / "p.png").is_file()
    both = load_library([Root(tmp_path / "bundled", bundled=True), Root(content)])
    assert not both.errors, [str(p) for p in both.errors]
    assert both.item("my-material.deck").slides[0].markdown.endswith("(billeder/p.png)")
    folder = make_module_copy(library.modules[0], content, "da", taken={"m", "m.deck"})
    again = load_library([Root(tmp_path / "bundled", bundled=True), Root(content)])
    assert not again.errors, [str(p) for p in again.errors]
    copied = next(m for m in again.modules if m.path == folder)
    assert copied.id == "m-mine" and len(copied.items) == 1


def test_editing_a_bundled_file_is_refused(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\nid: x\n---\n", encoding="utf-8")
    with pytest.raises(EditRefused):
        EditSession(path, bundled=True)


def _session(tmp_path: Path) -> EditSession:
    path = new_item(tmp_path / "content", "deck", "Mit oplæg", "da")
    return EditSession(path, "my-material/mit-oplaeg/mit-oplaeg.md")


def test_saving_writes_valid_text_and_keeps_invalid_text_in_a_draft(tmp_path):
    session = _session(tmp_path)
    good = session.text
    session.change(good.replace("## Første pointe", "## Min pointe"), "title:1")
    saved = session.save()
    assert saved.written and "## Min pointe" in session.path.read_text(encoding="utf-8")
    broken = session.text.replace("duration: 10", "duration: 0")
    session.change(broken, "duration")
    saved = session.save()
    assert not saved.written
    assert [str(p) for p in saved.errors] == [
        "my-material/mit-oplaeg/mit-oplaeg.md:5: 'duration' must be whole minutes from 1 to 600"
    ]
    assert "duration: 10" in session.path.read_text(encoding="utf-8")  # the library keeps it
    assert draft_path(session.path).read_text(encoding="utf-8") == broken  # nothing typed lost
    reopened = EditSession(session.path, session.name)
    assert reopened.restored_draft and reopened.text == broken
    reopened.change(broken.replace("duration: 0", "duration: 12"))
    assert reopened.save().written
    assert not draft_path(session.path).exists()
    assert not [p for p in session.path.parent.iterdir() if p.name.endswith(".editing.md")]


def test_undo_and_redo_with_typing_in_one_field_undone_together(tmp_path):
    session = _session(tmp_path)
    first = session.text
    session.change(first + "a", "body:1")
    session.change(first + "ab", "body:1")
    session.change(first + "ab!", "notes:1")
    assert session.undo() and session.text == first + "ab"
    assert session.undo() and session.text == first
    assert not session.undo()
    assert session.redo() and session.text == first + "ab"
    session.change(first + "x", "body:2")
    assert not session.can_redo()


def test_a_change_made_outside_the_app_is_noticed_and_can_be_reloaded(tmp_path):
    session = _session(tmp_path)
    assert not session.changed_on_disk()
    session.save()
    assert not session.changed_on_disk()
    outside = session.text.replace("Første pointe", "Rettet udefra")
    session.path.write_text(outside, encoding="utf-8")
    assert session.changed_on_disk()
    session.reload()
    assert session.text == outside and not session.changed_on_disk()
    assert session.undo()  # reloading can be undone


def test_exercise_form_round_trip_and_timing():
    body = (
        "## Formål\nAt øve.\n\n## Materialer\n- Kort\n\n## Trin\n1. Find en makker. (2 min)\n"
        "2. Tal sammen. (8 min)\n\n## Noter til underviseren\nRoligt.\n\n"
        "## Refleksionsspørgsmål\n- Hvad?\n\n## Variationer\n- To og to.\n"
    )
    form = ex.parse(body)
    assert [s.minutes for s in form.steps] == [2, 8] and form.notes == "Roligt."
    assert ex.compose(form, "da") == body
    assert form.timing(10) == "ok" and form.complete(10)
    longer = form.with_step(1, ex.StepRow("Tal sammen længe.", 12))
    assert longer.timing(10) == "over" and not longer.complete(10)
    assert "2. Tal sammen længe. (12 min)" in ex.compose(longer, "da")
    assert ex.parse(ex.compose(longer, "nb")).step_minutes == 14
    assert "## Trinn" in ex.compose(longer, "nb")


ASIDE_BODY = (
    "## Formål\nAt øve.\n\n## Materialer\n- Kort\n\n## Trin\n"
    "1. Find en makker. (2 min)\n   > Forklar øvelsen, og sig, at papiret er privat.\n"
    "2. > Del holdet i par. (1 min)\n3. Tal sammen. (7 min)\n\n"
    "## Noter til underviseren\nRoligt.\n\n"
    "## Refleksionsspørgsmål\n- Hvad?\n\n## Variationer\n- To og to.\n"
)


def test_the_form_keeps_a_steps_trainer_part_for_the_console_only():
    """A step's `>` part is the trainer's; writing the form back must not turn it into text
    for the projector (a copy of a bundled exercise, edited in the form)."""
    form = ex.parse(ASIDE_BODY)
    first, second, third = form.steps
    assert (first.text, first.aside) == (
        "Find en makker.",
        "Forklar øvelsen, og sig, at papiret er privat.",
    )
    assert (second.text, second.aside, second.minutes) == ("", "Del holdet i par.", 1)
    assert third.aside == ""
    assert ex.compose(form, "da") == ASIDE_BODY
    edited = ex.compose(form.with_step(0, replace(first, text="Find en, du ikke kender.")))
    steps = parse_steps(edited.split("## Trin\n")[1].split("\n\n")[0])
    assert steps[0].for_participants == "Find en, du ikke kender." and steps[0].minutes == 2
    assert steps[0].aside == "Forklar øvelsen, og sig, at papiret er privat."
    assert steps[1].for_participants == "" and steps[1].aside == "Del holdet i par."


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(out, "PNG")
    return out.getvalue()


def test_a_photo_is_copied_scaled_and_stripped_of_its_gps_position(tmp_path):
    from PIL import Image

    photo = Image.new("RGB", (6000, 3000), "blue")
    exif = Image.Exif()
    exif[0x010F] = "Kamerafirma"  # Make
    exif[0x8825] = {1: "N", 2: (55.0, 40.0, 0.0)}  # GPSInfo
    source = tmp_path / "Ferie foto.JPG"
    photo.save(source, "JPEG", exif=exif)
    assert Image.open(source).getexif()
    item_dir = tmp_path / "item"
    item_dir.mkdir()
    inserted = insert(source, item_dir, "  Stranden   om morgenen ")
    assert inserted.markdown == "![Stranden om morgenen](images/ferie-foto.jpg)"
    with Image.open(item_dir / inserted.reference) as saved:
        assert saved.size == (3840, 1920)
        assert not saved.getexif()
        assert "exif" not in saved.info
    with pytest.raises(ImageRefused, match="alt text"):
        insert(source, item_dir, "  ")


def test_an_svg_that_reaches_outside_itself_is_refused(tmp_path):
    good = tmp_path / "ok.svg"
    good.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="40" height="20"><defs><circle id="c" r="4"/></defs>'
        '<use xlink:href="#c"/></svg>',
        encoding="utf-8",
    )
    assert insert(good, tmp_path, "En cirkel").reference == "images/ok.svg"
    for name, text in {
        "link.svg": '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x.org/a.png"/>'
        "</svg>",
        "file.svg": '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/x.png"/></svg>',
        "script.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>',
        "style.svg": '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(a.svg#p)"/>'
        "</svg>",
        "dtd.svg": '<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>',
    }.items():
        bad = tmp_path / name
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(ImageRefused) as refused:
            insert(bad, tmp_path, "x")
        assert refused.value.message.startswith(name)


def test_the_editor_takes_exactly_the_svgs_that_check_content_takes(tmp_path):
    """One SVG rule (core.svg): a picture the editor inserts is never an error in check-content,
    and one the loader draws is never refused by the editor."""
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">\n{}\n</svg>'
    embedded = tmp_path / "foto.svg"
    embedded.write_text(
        svg.format('<image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/>'),
        encoding="utf-8",
    )
    inserted = insert(embedded, tmp_path, "Et indlejret foto")
    assert (inserted.width, inserted.height) == (40, 20)
    animated = tmp_path / "skift.svg"
    animated.write_text(
        svg.format('<set attributeName="href" to="http://example.org/a.png"/>'), encoding="utf-8"
    )
    with pytest.raises(ImageRefused) as refused:
        insert(animated, tmp_path, "Et skift")
    assert refused.value.message.startswith("skift.svg:2: ")
    assert not (tmp_path / "images" / "skift.svg").exists()
