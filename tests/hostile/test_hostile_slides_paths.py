"""Hostile slides, images and paths (issue 10): each must end as a file:line problem, never as a
hang, a traceback or a file read from outside the content folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.core.loader import load_library, split_slides
from facilitator.core.model import Plan, PlanEntry, PlanSection, Slide

ROOT = Path(__file__).resolve().parents[2]
HEAD = "---\nid: m.{name}\ntitle: T\nkind: {kind}\nduration: 5\n---\n"  # the body starts on line 7


def module(root: Path) -> Path:
    folder = root / "m"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "module.md").write_text("---\nid: m\ntitle: M\n---\nOm modulet\n")
    return folder


def item(folder: Path, name: str, body: str, kind: str = "deck") -> Path:
    path = folder / f"{name}.md"
    notes = "\n\nNote:\nn\n" if kind == "deck" else "\n"
    path.write_text(HEAD.format(name=name, kind=kind) + body + notes)
    return path


def problems(root: Path) -> list[tuple[str, int, str]]:
    library = load_library([root])
    return [(p.file, p.line, p.message) for p in library.problems]


def picture(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n")  # enough to be a file; never needs to decode
    return path


# Nesting: (name, kind, body, the line the problem names, what it says) ----------------------

DEEP = [
    ("html lists", "deck", "# A\n\n" + "<ul><li>" * 5000 + "x", 9, "nested more than 16"),
    (
        "markdown list by indentation",
        "deck",
        "# A\n\n" + "".join("  " * i + "- x\n" for i in range(1400)),
        9 + 16,
        "nested more than 16",
    ),
    ("block quotes", "deck", "# A\n\n" + "> " * 40 + "x", 9, "nested more than 16"),
    ("divs on lines", "deck", "# A\n\n" + "<div>\n" * 40 + "x", 9 + 16, "nested more than 16"),
    (
        "mixed quotes, lists and html",
        "deck",
        "# A\n\n" + "> - <div>\n" * 20,
        9 + 14,
        "nested more than 16",
    ),
    ("unclosed tags", "handout", "Tekst\n\n" + "<span>" * 50, 9, "nested more than 16"),
    ("markers on one line", "deck", "# A\n\n" + "- " * 50 + "x", 9, "nested more than 16"),
    (
        "second slide",
        "deck",
        "# A\n\nNote:\nn\n---\n# B\n\n" + "<div>" * 20,
        14,
        "nested more than 16",
    ),
    ("too long", "guide", "ord " * 6000, 7, "longer than 20 000 characters"),
]


@pytest.mark.parametrize(
    ("kind", "body", "line", "said"), [c[1:] for c in DEEP], ids=[c[0] for c in DEEP]
)
def test_too_deep_or_long_is_an_error_at_its_line(tmp_path, kind, body, line, said):
    item(module(tmp_path), "x", body, kind)
    found = [p for p in problems(tmp_path) if said in p[2]]
    assert found == [(found[0][0], line, found[0][2])] and found[0][0].endswith("x.md")
    assert "shown as plain text" in found[0][2]


def test_a_too_deep_slide_is_shown_as_plain_text_and_reported(qapp):
    from facilitator.render.slides import SlideRenderer
    from facilitator.render.theme import THEMES

    slide = Slide("# A\n\n" + "<ul><li>" * 5000 + "x")
    renderer = SlideRenderer(THEMES["light"])
    assert any("nested more than 16" in p for p in renderer.problems(slide))
    from facilitator.render.markup import markdown_to_html

    assert "&lt;ul&gt;&lt;li&gt;" in markdown_to_html(slide.markdown)  # never parsed


def test_many_blank_lines_and_many_slides_split_in_one_pass():
    body = "\n" * 200_000 + "# A\n\nNote:\nn\n" + "---\n# B\n" * 20_000
    slides = split_slides(body)
    assert len(slides) == 20_001 and slides[0].line == 200_001


def test_a_deck_keeps_its_first_300_slides(tmp_path):
    item(module(tmp_path), "x", "\n\n---\n\n".join(f"# S{n}\n\nNote:\nn" for n in range(400)))
    library = load_library([tmp_path])
    assert len(library.item("m.x").slides) == 300
    assert any("more than 300 slides" in p.message for p in library.problems)


# Images: (name, kind, reference, what the problem says; None: no problem) -------------------

IMAGES = [
    (
        "up and out of the module",
        "deck",
        "![x](../../../elsewhere/secret.png)",
        "outside the module",
    ),
    ("absolute path in a handout", "handout", "![](/etc/passwd)", "image refused"),
    ("file url", "deck", "![x](file:///etc/passwd)", "image refused"),
    ("html img up and out", "deck", '<img src="../../secret.png">', "outside the module"),
    ("html img absolute", "handout", '<img src="/etc/passwd">', "image refused"),
    ("remote", "deck", "![x](https://example.org/y.png)", "remote image not loaded"),
    ("encoded way out", "deck", "![x](%2e%2e/%2e%2e/secret.png)", "outside the module"),
    ("a folder", "deck", "![x](../billeder)", "image is not a file"),
    ("a link", "deck", "![x](../billeder/link.png)", "image is a link"),
    ("up inside the module", "deck", "![x](../billeder/rod.png)", None),
]


@pytest.mark.parametrize(
    ("kind", "ref", "said"), [c[1:] for c in IMAGES], ids=[c[0] for c in IMAGES]
)
def test_images_only_from_the_module_folder(tmp_path, kind, ref, said):
    folder = module(tmp_path / "lib")
    picture(tmp_path / "elsewhere" / "secret.png")
    picture(tmp_path / "secret.png")
    picture(folder / "billeder" / "rod.png")
    (folder / "billeder" / "link.png").symlink_to(tmp_path / "elsewhere" / "secret.png")
    sub = folder / "under"
    sub.mkdir()
    item(sub, "x", f"# A\n\n{ref}", kind)
    found = [p for p in problems(tmp_path / "lib") if "image" in p[2]]
    if said is None:
        assert found == []
    else:
        assert [(f.endswith("x.md"), line) for f, line, _ in found] == [(True, 9)]
        assert said in found[0][2] and "elsewhere/secret.png" not in found[0][2].split(":")[0]


def test_a_pipe_is_not_read_as_an_image(tmp_path, qapp):
    folder = module(tmp_path)
    os.mkfifo(folder / "pipe.png")
    item(folder, "x", "# A\n\n![x](pipe.png)")
    assert [p[1:] for p in problems(tmp_path) if "image" in p[2]] == [
        (9, "image is not a file: pipe.png")
    ]
    from facilitator.render.slides import SlideRenderer
    from facilitator.render.theme import THEMES

    slide = Slide("![x](pipe.png)", layout="image", base_dir=folder)
    assert "image is not a file: pipe.png" in SlideRenderer(THEMES["light"]).problems(slide)


def test_the_renderer_never_reads_outside_the_module(qapp, tmp_path):
    from facilitator.render.slides import SlideRenderer
    from facilitator.render.theme import THEMES

    folder = module(tmp_path / "lib")
    secret = picture(tmp_path / "secret.png")
    slide = Slide(f"![x](../../secret.png)\n\n<img src='{secret}'>", base_dir=folder)
    said = SlideRenderer(THEMES["light"]).problems(slide)
    assert any(p.startswith("image outside the module's folder") for p in said)
    assert any(p.startswith("image refused") for p in said)


def test_a_plan_in_the_database_shows_no_local_file(tmp_path):
    from facilitator.core.limits import local_file
    from facilitator.core.model import Library
    from facilitator.core.plan_book import plan_slides

    entry = PlanEntry(kind="free", label="Egen", minutes=5, slide="![x](billede.png)")
    plan = Plan(id="p", title="P", sections=(PlanSection(title="", entries=(entry,)),))
    (slide,) = plan_slides(plan, Library())
    assert slide.base_dir is None
    assert local_file("billede.png", slide.base_dir)[0] is None
    filed = Plan(id="p", title="P", sections=plan.sections, path=tmp_path / "p.plan.yaml")
    assert plan_slides(filed, Library())[0].base_dir == tmp_path


# Links in the content folder ---------------------------------------------------------------


def test_a_linked_item_file_is_refused_by_its_own_name(tmp_path):
    folder = module(tmp_path / "lib")
    outside = item(module(tmp_path / "outside"), "y", "# Ude")
    (folder / "link.md").symlink_to(outside)
    found = problems(tmp_path / "lib")
    assert [(f.endswith("m/link.md"), m) for f, _, m in found] == [
        (True, "links are not followed; copy the file instead")
    ]


def test_a_linked_module_folder_loads_nothing_and_is_named(tmp_path):
    module(tmp_path / "lib")
    item(module(tmp_path / "outside"), "y", "# Ude")
    (tmp_path / "lib" / "linked").symlink_to(tmp_path / "outside" / "m")
    (tmp_path / "lib" / "m" / "sub").symlink_to(tmp_path / "outside" / "m")
    library = load_library([tmp_path / "lib"])
    assert library.item("m.y") is None and [m.id for m in library.modules] == ["m"]
    said = sorted((p.file.rsplit("lib/", 1)[-1], p.line, p.message) for p in library.problems)
    assert said == [
        ("linked", 0, "links are not followed; copy the folder instead"),
        ("m/sub", 0, "links are not followed; copy the folder instead"),
    ]


def test_a_link_loop_and_a_broken_link_end_as_problems(tmp_path):
    folder = module(tmp_path)
    (folder / "loop").symlink_to(tmp_path)
    (folder / "broken.md").symlink_to(tmp_path / "gone.md")
    found = {(f.rsplit("/", 1)[-1], m) for f, _, m in problems(tmp_path)}
    assert found == {
        ("loop", "links are not followed; copy the folder instead"),
        ("broken.md", "links are not followed; copy the file instead"),
    }


# The commands -------------------------------------------------------------------------------


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")
    env["HOME"] = str(cwd)  # no user's settings or plans
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_content_names_a_deep_slide_and_a_way_out(tmp_path):
    folder = module(tmp_path / "lib")
    item(folder, "x", "# A\n\n" + "<ul><li>" * 5000 + "x\n\n![s](../../secret.png)")
    done = run("check-content", "--json", str(tmp_path / "lib"), cwd=tmp_path)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 1
    assert "nested more than 16" in done.stdout and "outside the module" in done.stdout


def test_export_pdf_of_a_handout_with_an_absolute_image(tmp_path):
    folder = module(tmp_path / "lib")
    path = item(folder, "h", "# Ark\n\n![](/etc/passwd)", "handout")
    done = run("export-pdf", str(path), "-o", str(tmp_path / "h.pdf"), cwd=tmp_path)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 2 and "h.md:9: image refused" in done.stderr
    assert not (tmp_path / "h.pdf").exists()


def test_export_pdf_refuses_a_plan_over_the_size_limit(tmp_path):
    plan = tmp_path / "stor.plan.yaml"
    entries = "".join(f"      - free: P{n}\n        minutes: 1\n" for n in range(90_000))
    plan.write_text(
        f"format: 1\nid: stor\ntitle: S\nsections:\n  - title: A\n    entries:\n{entries}"
    )
    done = run("export-pdf", "--plan", str(plan), "-o", str(tmp_path / "p.pdf"), cwd=tmp_path)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 2 and "file is too large" in done.stderr
    assert not (tmp_path / "p.pdf").exists()


def test_export_pdf_of_a_long_run_sheet(tmp_path):
    plan = tmp_path / "lang.plan.yaml"
    entries = "".join(
        f"      - free: Punkt {n}\n        minutes: 1\n        note: Note {n}\n"
        for n in range(3000)
    )
    plan.write_text(
        f"format: 1\nid: lang\ntitle: L\nsections:\n  - title: A\n    entries:\n{entries}"
    )
    done = run("export-pdf", "--plan", str(plan), "-o", str(tmp_path / "p.pdf"), cwd=tmp_path)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 0 and "3000 entries" in done.stdout
