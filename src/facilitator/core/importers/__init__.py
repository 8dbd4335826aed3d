"""Bring decks from other programs into the library (issue 12; docs/content-format.md,
"Importing").

One reader per format returns an :class:`ImportResult` (slides, notes, pictures and a report of
what was kept, simplified or dropped on each slide); :func:`import_deck` writes it into the user's
own folder with :mod:`.writer`. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..messages import QT_TRANSLATE_NOOP
from .result import ImportedSlide, ImportRefused, ImportResult, SlideReport
from .writer import (
    MODULE_ID,
    MODULE_TITLES,
    Earlier,
    Written,
    find_earlier,
    module_folder,
    write_item,
)

__all__ = [
    "FORMATS",
    "MODULE_ID",
    "MODULE_TITLES",
    "Earlier",
    "ImportRefused",
    "ImportResult",
    "ImportedSlide",
    "Outcome",
    "Prepared",
    "SlideReport",
    "Written",
    "finish_import",
    "import_deck",
    "is_importable",
    "prepare_import",
    "read_deck",
]

# File name endings and what reads them.
FORMATS: dict[str, str] = {
    ".pptx": "PowerPoint",
    ".odp": "Impress",
    ".pdf": "PDF",
    ".md": "Marp or Markdown",
    ".markdown": "Marp or Markdown",
}
Choice = Literal["update", "new", "skip"]


def is_importable(path: Path) -> bool:
    return path.suffix.casefold() in FORMATS


def read_deck(path: Path, *, copy_images: bool = True) -> ImportResult:
    """The deck in ``path``, read by the reader its name ending chooses. Raises
    :class:`ImportRefused` (naming the file) for anything that cannot be imported."""
    suffix = path.suffix.casefold()
    try:
        if suffix == ".pptx":
            from .pptx_deck import read_pptx

            return read_pptx(path)
        if suffix == ".odp":
            from .odp_deck import read_odp

            return read_odp(path)
        if suffix == ".pdf":
            from .pdf_deck import read_pdf

            return read_pdf(path)
        if suffix in (".md", ".markdown"):
            from .markdown_deck import read_markdown

            return read_markdown(path, copy_images=copy_images)
    except ImportRefused:
        raise
    except MemoryError:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP("ImportReport", "the file needs more memory than this computer has"),
        ) from None
    except RecursionError:
        raise ImportRefused(
            path, QT_TRANSLATE_NOOP("ImportReport", "the file is nested too deeply to read")
        ) from None
    known = ", ".join(sorted(FORMATS))
    raise ImportRefused(
        path,
        QT_TRANSLATE_NOOP(
            "ImportReport", "cannot import this kind of file (use one of: {known})"
        ).format(known=known),
    )


@dataclass
class Outcome:
    """One file's import: what was read, what was written, and whether it replaced one."""

    result: ImportResult
    written: Written | None
    status: Literal["imported", "updated", "unchanged", "skipped"]

    def as_dict(self) -> dict[str, object]:
        data = self.result.as_dict()
        data["status"] = self.status
        if self.written is not None:
            data["item"] = self.written.item_id
            data["path"] = str(self.written.file)
        return data


@dataclass(frozen=True)
class Prepared:
    """A deck read, and the module folder it goes into, with the earlier import found there:
    what the question "update or import as new" needs. Nothing of the deck is written yet."""

    result: ImportResult
    folder: Path
    earlier: Earlier | None


def prepare_import(
    path: Path, content_dir: Path, *, module_id: str | None = None, language: str = "da"
) -> Prepared:
    """Read ``path`` and find where it goes (the slow part; safe off the GUI thread)."""
    result = read_deck(path)
    folder = module_folder(content_dir, module_id, language)
    return Prepared(result, folder, find_earlier(result, folder))


def finish_import(
    prepared: Prepared,
    choice: Choice = "update",
    *,
    language: str = "da",
    taken: set[str] | None = None,
) -> Outcome:
    """Write a prepared deck as ``choice`` says (it matters only when there is an earlier
    import): "update" replaces it and keeps its id (the very same bytes: "unchanged", nothing
    written), "new" imports beside it, "skip" writes nothing."""
    result, earlier = prepared.result, prepared.earlier
    replace = None
    if earlier is not None:
        if choice == "skip":
            return Outcome(result, None, "skipped")
        if choice == "update":
            if earlier.digest == result.digest:
                written = Written(earlier.item_id, earlier.file, False)
                return Outcome(result, written, "unchanged")
            replace = earlier
    written = write_item(result, prepared.folder, language=language, replace=replace, taken=taken)
    return Outcome(result, written, "updated" if written.updated else "imported")


def import_deck(
    path: Path,
    content_dir: Path,
    *,
    module_id: str | None = None,
    language: str = "da",
    choose: Callable[[Earlier, ImportResult], Choice] = lambda earlier, result: "update",
    taken: set[str] | None = None,
) -> Outcome:
    """Read ``path`` and write it as a deck into the user's folder ``content_dir``.

    When an earlier import of a file with this name is found, ``choose`` decides: "update"
    replaces it and keeps its id, "new" imports beside it, "skip" writes nothing. An earlier
    import of the very same bytes is left as it is ("unchanged") unless ``choose`` says "new"."""
    prepared = prepare_import(path, content_dir, module_id=module_id, language=language)
    choice: Choice = "update"
    if prepared.earlier is not None:
        choice = choose(prepared.earlier, prepared.result)
    return finish_import(prepared, choice, language=language, taken=taken)
