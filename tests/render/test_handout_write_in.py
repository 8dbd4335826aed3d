"""Every place a bundled handout leaves to write in prints as a ruled line, never as a row of
literal underscores (a table cell of underscores is not a writing line: it printed as "____")."""

from __future__ import annotations

from PySide6.QtCore import QSizeF

from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.render.fonts import ensure_fonts_loaded
from facilitator.render.text_pdf import item_pages

AREA = QSizeF(511.0, 842.0 - 2 * 42.0 - 16)  # A4 inside the margins, in points, as printed


def literal_underscores(markdown: str, title: str) -> list[str]:
    """The printed lines of a handout that still show three or more underscores."""
    ensure_fonts_loaded()
    doc = item_pages(markdown, title, AREA, None)
    return [line.strip() for line in doc.toPlainText().splitlines() if "___" in line]


def test_a_table_cell_of_underscores_prints_literally_and_is_found(qapp):
    table = "| Lektion | Vores skridt |\n| --- | --- |\n| 1 | ______________ |\n"
    assert literal_underscores(table, "Ark")  # the checker sees what the review saw
    assert literal_underscores("**Lektion 1:** ______________\n", "Ark") == []


def test_no_bundled_handout_prints_literal_underscores(qapp):
    library = load_library([Root(paths.bundled_content_dir(), bundled=True)])
    problems = [
        f"{item.path.name}: {line[:50]!r}"
        for item in library.items()
        if item.kind == "handout"
        for line in literal_underscores(item.body, item.title)
    ]
    assert not problems, "\n".join(problems)
