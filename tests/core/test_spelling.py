"""The spell check finds real typos with their file and line, and the bundled library has none."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.loader import Root, library_roots, load_library
from facilitator.core.spelling import prose_lines, spelling_problems


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_typos_are_reported_with_file_and_line_and_markup_is_ignored(tmp_path):
    write(tmp_path / "m" / "module.md", "---\nid: m\ntitle: Modul\n---\nEt godt modul.\n")
    deck = write(
        tmp_path / "m" / "deck.md",
        "---\nid: m.deck-xq\ntitle: Følelser\nkind: deck\nduration: 10\n---\n"
        "<!-- layout: title -->\n# Følelser\n\n- Vi taler **sammen** i 4-5 minutter, 5-4-3-2-1\n\n"
        "Note:\nSig velkomen til alle. Brug et A4- eller A3-ark.\n\n---\n\n"
        "## Tanker\n\nNote:\nFortæl om [ordbogen](https://example.org/xyzzy).\n",
    )
    plan = write(
        tmp_path / "p.plan.yaml",
        "format: 1\nid: p\ntitle: En plan\nsections:\n  - title: Start\n    entries:\n"
        "      - item: m.deck-xq\n        minutes: 10\n        note: Husk kafen\n",
    )
    library = load_library([Root(tmp_path)])
    found = [
        (Path(p.file).name, p.line, p.message.split("'")[1]) for p in spelling_problems(library)
    ]
    assert found == [(deck.name, 13, "velkomen"), (plan.name, 9, "kafen")]
    assert all(p.severity == "warning" for p in spelling_problems(library))


def test_norwegian_files_use_the_norwegian_dictionary(tmp_path):
    write(tmp_path / "m" / "module.md", "---\nid: m\ntitle: Modul\nlanguage: nb\n---\nHei.\n")
    write(
        tmp_path / "m" / "deck.md",
        "---\nid: m.deck\ntitle: Følelser og tanker\nkind: deck\nduration: 10\nlanguage: nb\n---\n"
        "## Hvordan har du det?\n\n- Vi snakker sammen i kveld\n\nNote:\nSi velkommen.\n",
    )
    library = load_library([Root(tmp_path)])
    assert spelling_problems(library) == []


def test_prose_lines_keep_line_numbers():
    text = "---\nid: a.b\ntitle: Hej\n---\n<!-- layout: quote -->\n`kode` tekst\n"
    assert [line.strip() for line in prose_lines(text)] == ["", "", "Hej", "", "", "tekst"]


def test_the_bundled_library_is_spelt_right():
    library = load_library(library_roots([]))
    problems = spelling_problems(library)
    assert problems == [], "\n".join(str(p) for p in problems[:40])


def test_check_content_spelling_option_prints_file_and_line(tmp_path):
    import subprocess
    import sys

    write(tmp_path / "m" / "module.md", "---\nid: m\ntitle: Modul\n---\nEt godt modul.\n")
    write(
        tmp_path / "m" / "h.md",
        "---\nid: m.h\ntitle: Ark\nkind: handout\nduration: 5\n---\nVi ses i morgn.\n",
    )
    run = [sys.executable, "-m", "facilitator", "check-content", "--no-render", str(tmp_path)]
    plain = subprocess.run(run, capture_output=True, text=True, timeout=120)
    checked = subprocess.run([*run, "--spelling"], capture_output=True, text=True, timeout=120)
    assert "morgn" not in plain.stdout
    assert f"{tmp_path / 'm' / 'h.md'}:7: spelling (da): 'morgn'" in checked.stdout
    assert checked.returncode == 0  # warnings only
