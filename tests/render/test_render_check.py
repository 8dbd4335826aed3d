"""Render checks in ``check-content``: slides that shrink too far, images that cannot be drawn."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core.loader import load_library
from facilitator.render.check import slide_problems
from facilitator.render.theme import THEMES

MODULE = "---\nid: m\ntitle: Modul\n---\nOm modulet.\n"
HEAD = "---\nid: m.d\ntitle: Lange slides\nkind: deck\nduration: 10\n---\n"


def bullets(count: int) -> str:
    return "## En lang slide\n\n" + "\n".join(
        f"- Punkt {i} om følelser, tanker og adfærd" for i in range(count)
    )


def write_deck(root: Path, *slides: str) -> Path:
    (root / "m").mkdir(parents=True, exist_ok=True)
    (root / "m" / "module.md").write_text(MODULE, encoding="utf-8")
    body = "\n\n---\n\n".join(f"{slide}\n\nNote:\nSig noget." for slide in slides)
    deck = root / "m" / "d.md"
    deck.write_text(HEAD + body + "\n", encoding="utf-8")
    return deck


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_a_slide_that_shrinks_below_the_readable_size_is_warned_at_its_line(qapp, tmp_path):
    deck = write_deck(tmp_path / "lib", "# Velkommen", bullets(14), "## Kort\n\n- Et punkt")
    library = load_library([tmp_path / "lib"])
    assert library.problems == []

    problems = slide_problems(library)

    (problem,) = problems
    assert problem.severity == "warning"
    assert problem.file.endswith("m/d.md")
    assert problem.line == line_of(deck, "## En lang slide")
    assert re.fullmatch(
        r"slide 2: text shrunk to \d+% to fit; below the readable minimum of 70%",
        problem.message,
    ), problem.message


def test_the_warning_names_the_themes_when_only_some_shrink_too_far(qapp, tmp_path):
    # Twelve bullets fit readably in the light and dark themes, not in the larger high contrast.
    write_deck(tmp_path / "lib", bullets(12))
    library = load_library([tmp_path / "lib"])

    (problem,) = slide_problems(library)
    assert problem.message.endswith("(theme high-contrast)")
    assert slide_problems(library, themes=[THEMES["light"], THEMES["dark"]]) == []


def test_text_cut_off_even_at_the_smallest_size_is_warned(qapp, tmp_path):
    write_deck(tmp_path / "lib", bullets(40))
    (problem,) = slide_problems(load_library([tmp_path / "lib"]))
    assert problem.severity == "warning"
    assert "slide 1: text does not fit even at 40%; the rest is cut off" in problem.message


def test_an_unreadable_image_is_an_error_at_the_line_that_names_it(qapp, tmp_path):
    deck = write_deck(
        tmp_path / "lib", "# Start", "## Billede\n\nTekst\n\n![Hjernen](billeder/hjerne.png)"
    )
    (tmp_path / "lib" / "m" / "billeder").mkdir()
    (tmp_path / "lib" / "m" / "billeder" / "hjerne.png").write_bytes(b"this is not a PNG")
    library = load_library([tmp_path / "lib"])
    assert library.problems == []  # the file is there: only drawing it shows the fault

    (problem,) = slide_problems(library)
    assert problem.severity == "error"
    assert problem.line == line_of(deck, "![Hjernen]")
    assert problem.message == "image could not be read: billeder/hjerne.png"


def test_a_missing_image_is_reported_once_at_its_line(qapp, tmp_path):
    deck = write_deck(tmp_path / "lib", "<!-- layout: image -->\n![Et kort](kort.png)\n\n## Kort")
    library = load_library([tmp_path / "lib"])
    loader_says = [p for p in library.problems if "kort.png" in p.message]
    assert len(loader_says) == 1 and loader_says[0].line == line_of(deck, "![Et kort]")

    assert slide_problems(library) == []  # the loader said it, at the same line: not twice


def test_an_absolute_image_path_is_refused_even_when_the_file_exists(qapp, tmp_path):
    picture = tmp_path / "elsewhere.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(picture))
    deck = write_deck(tmp_path / "lib", f"## Udefra\n\n![x]({picture})")
    library = load_library([tmp_path / "lib"])

    # The loader refuses it at its line (once: the render check does not say it again).
    everything = library.problems + slide_problems(library)
    problems = [p for p in everything if "refused" in p.message]
    assert [(p.severity, p.line) for p in problems] == [("error", line_of(deck, "![x]"))]


def test_an_own_slide_in_a_plan_is_checked_at_its_entry(qapp, tmp_path):
    write_deck(tmp_path / "lib", "# Start")
    plan = tmp_path / "lib" / "p.plan.yaml"
    slide = "\n".join("          " + line for line in bullets(14).splitlines())
    plan.write_text(
        "format: 1\nid: p\ntitle: Plan\nsections:\n  - title: Start\n    entries:\n"
        "      - item: m.d\n        minutes: 10\n"
        f"      - free: Runde\n        minutes: 5\n        slide: |\n{slide}\n",
        encoding="utf-8",
    )
    library = load_library([tmp_path / "lib"])
    assert library.errors == []

    (problem,) = slide_problems(library)
    assert problem.file.endswith("p.plan.yaml")
    assert problem.line == line_of(plan, "- free: Runde")
    assert problem.message.startswith("the own slide of 'Runde': text shrunk to")


def test_check_content_prints_the_render_warnings(qapp, tmp_path, capsys):
    write_deck(tmp_path / "lib", bullets(14))
    assert main(["check-content", str(tmp_path / "lib")]) == 0  # warnings alone: exit 0
    out = capsys.readouterr().out
    assert re.search(r"m/d\.md:\d+: slide 1: text shrunk to \d+% .* \(warning\)", out), out
    assert main(["check-content", "--no-render", str(tmp_path / "lib")]) == 0
    assert "shrunk" not in capsys.readouterr().out


@pytest.mark.slow
def test_check_content_renders_without_a_display(tmp_path):
    """A fresh process with no QGuiApplication and no usable display still lays slides out."""
    write_deck(tmp_path / "lib", bullets(14))
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["QT_QPA_PLATFORM"] = "xcb"  # would fail without a display: the check must not use it
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "check-content", "--json", str(tmp_path / "lib")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    warnings = json.loads(result.stdout)["warnings"]
    assert [w["message"].split(":")[0] for w in warnings] == ["slide 1"]
