"""The trainer's own items on disk: new items, "make my copy", and saving as one edits.

New items and copies go into the module "My material" of the user's content folder (the same
module the deck importer makes: ``core.importers.writer.module_folder``), each in a folder of its
own, ``my-material/<name>/<name>.md``, with its pictures in ``images/`` beside it. Bundled items
are never written: a copy gets a new id and ``derived_from: <id>@<version>`` (the field pack
updates merge by, ``core.packs.merge``).

:class:`EditSession` saves every change atomically (a hidden file beside the item, checked with
the loader's own checks, then renamed into place). A text with an error is never put in the
item's place, where the library would drop the item: it is kept in a hidden draft beside it
(``.<name>.draft``, which the library does not read) until it is valid again, and it is what the
editor opens next time, so typed text is never lost.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import frontmatter
from ..importers.writer import module_folder, slug
from ..loader import HTML_IMG_RE, IMAGE_RE, load_item_file, scanned_id
from ..messages import QT_TRANSLATE_NOOP, MessageError
from ..model import Item, Module, Problem
from ..text_files import write_atomically
from . import front
from .templates import template

NEW_KINDS = ("deck", "exercise", "handout")
COPY_SUFFIX = {"da": "min kopi", "nb": "min kopi", "en": "my copy"}


class EditRefused(MessageError):
    """An item that cannot be made or opened for editing: ``message`` in English, ``text`` for
    the UI."""


def own_module(content_dir: Path, language: str) -> Path:
    """The folder of "My material" in the user's folder (made on first use)."""
    return module_folder(content_dir, None, language)


def ids_in(folders: Iterable[Path]) -> set[str]:
    found: set[str] = set()
    for folder in folders:
        if folder.is_dir():
            found.update(i for p in folder.rglob("*.md") if (i := scanned_id(p)))
    return found


def _free(base: str, taken: set[str]) -> str:
    ident, n = base, 2
    while ident in taken:
        ident = f"{base}-{n}"
        n += 1
    return ident


def _free_folder(parent: Path, name: str) -> Path:
    folder, n = parent / name, 2
    while folder.exists():
        folder = parent / f"{name}-{n}"
        n += 1
    return folder


def new_item(
    content_dir: Path, kind: str, title: str, language: str, taken: Iterable[str] = ()
) -> Path:
    """A new deck, exercise or handout from its template in "My material"; its file."""
    if kind not in NEW_KINDS:
        raise EditRefused(
            QT_TRANSLATE_NOOP(
                "EditorMessages", "cannot make a new '{kind}' (use one of: {kinds})"
            ).format(kind=kind, kinds=", ".join(NEW_KINDS))
        )
    module_dir = own_module(content_dir, language)
    module_id = scanned_id(module_dir / "module.md") or "my-material"
    name = slug(title) or kind
    ident = _free(f"{module_id}.{name}", set(taken) | ids_in([content_dir]))
    meta, body = template(kind, language)
    meta = {"id": ident, "title": title.strip() or name, **meta}
    folder = _free_folder(module_dir, name)
    folder.mkdir(parents=True)
    path = folder / f"{folder.name}.md"
    write_atomically(path, front.compose(meta, body))
    return path


def make_copy(item: Item, content_dir: Path, language: str, taken: Iterable[str] = ()) -> Path:
    """The trainer's own copy of ``item`` in "My material"; the original is only read."""
    module_dir = own_module(content_dir, language)
    return _copy_into(item, module_dir, set(taken) | ids_in([content_dir]))


def make_module_copy(
    module: Module, content_dir: Path, language: str, taken: Iterable[str] = ()
) -> Path:
    """A module of the trainer's own with a copy of every item of ``module``; its folder."""
    used = set(taken) | ids_in([content_dir])
    module_id = _free(f"{module.id}-mine", used)
    used.add(module_id)
    folder = _free_folder(content_dir, slug(module.title) or module_id)
    folder.mkdir(parents=True)
    suffix = COPY_SUFFIX.get(language, COPY_SUFFIX["en"])
    meta = {
        "id": module_id,
        "title": f"{module.title} ({suffix})",
        "language": module.language,
        "order": module.order + 0.5,
        "summary": module.summary,
        "translation_of": module.translation_of,
    }
    write_atomically(folder / "module.md", front.compose(meta, module.body or module.title))
    for item in module.items:
        used.add(scanned_id(_copy_into(item, folder, used)) or "")
    return folder


def _copy_into(item: Item, module_dir: Path, taken: set[str]) -> Path:
    try:
        text = item.path.read_text(encoding="utf-8")
        meta, order, body = front.split_text(text)
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError) as exc:
        raise EditRefused(
            QT_TRANSLATE_NOOP("EditorMessages", "{file}: cannot be read ({error})").format(
                file=str(item.path), error=str(exc)
            )
        ) from None
    module_id = scanned_id(module_dir / "module.md") or "my-material"
    short = item.id.rsplit(".", 1)[-1]
    ident = _free(f"{module_id}.{short}", taken)
    meta["id"] = ident
    meta["derived_from"] = f"{item.id}@{item.version}"
    for key in ("imported_from", "import_hash"):
        meta.pop(key, None)
    folder = _free_folder(module_dir, slug(short) or "item")
    folder.mkdir(parents=True)
    body = _copy_images(body, item.path.parent, folder)
    path = folder / f"{folder.name}.md"
    write_atomically(path, front.compose(meta, body, order))
    return path


def _copy_images(body: str, source: Path, target: Path) -> str:
    """Copy every local picture the text names into ``target`` (the same relative path when it
    lies below ``source``, else ``images/NAME``), and point the text at the copies."""
    renames: dict[str, str] = {}
    for match in (*IMAGE_RE.finditer(body), *HTML_IMG_RE.finditer(body)):
        ref = match.group(1)
        if ref in renames or re.match(r"^[a-z][a-z0-9+.-]*:", ref, re.IGNORECASE):
            continue
        file = (source / ref).resolve()
        if not file.is_file():
            continue
        inside = file.is_relative_to(source.resolve()) and not Path(ref).is_absolute()
        new_ref = ref if inside else f"images/{file.name}"
        destination = target / new_ref
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(file, destination)
        renames[ref] = new_ref
    for old, new in renames.items():
        if old != new:
            body = body.replace(f"]({old})", f"]({new})").replace(f'"{old}"', f'"{new}"')
    return body


def draft_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.draft")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Saved:
    """What a save did: ``written`` to the item file, or kept as a draft because of errors."""

    written: bool
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")


class EditSession:
    """One item file open in the editor: its text, undo and redo, saving, outside changes.

    ``name`` is how problems name the file (``my-material/x/x.md``)."""

    def __init__(self, path: Path, name: str | None = None, *, bundled: bool = False) -> None:
        if bundled:
            raise EditRefused(
                QT_TRANSLATE_NOOP(
                    "EditorMessages", "{file}: bundled content is read-only; make your own copy"
                ).format(file=path.name)
            )
        self.path = path
        self.name = name or path.name
        self.restored_draft = False
        self.text = self._read(path)
        self._disk = _digest(self.text)
        draft = draft_path(path)
        if draft.is_file() and draft.stat().st_mtime_ns >= path.stat().st_mtime_ns:
            self.text = self._read(draft)
            self.restored_draft = True
        self.saved_text = self.text if not self.restored_draft else ""
        self._undo: list[tuple[str, str]] = []  # (text before, what changed)
        self._redo: list[tuple[str, str]] = []
        self._last_key = ""
        self.problems: tuple[Problem, ...] = ()

    @staticmethod
    def _read(path: Path) -> str:
        try:
            return path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise EditRefused(
                QT_TRANSLATE_NOOP("EditorMessages", "{file}: cannot be opened ({error})").format(
                    file=path.name, error=str(exc)
                )
            ) from None

    # --- the text, split for the fields -------------------------------------------------------
    def parts(self) -> tuple[dict[str, object], list[str], str]:
        """Front matter values, their order, and the body; a front matter the reader cannot
        parse gives empty values and the whole text as body (the source view shows it)."""
        try:
            return front.split_text(self.text)
        except frontmatter.FrontMatterError:
            return {}, [], self.text

    def set_parts(self, meta: dict[str, object], body: str, key: str) -> None:
        _meta, order, _body = self.parts()
        self.change(front.compose(meta, body, order), key)

    # --- changes, undo and redo -----------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.text != self.saved_text

    def change(self, text: str, key: str = "") -> None:
        """A new text. Changes with the same non-empty ``key`` in a row (typing in one field)
        are undone together."""
        if text == self.text:
            return
        if not (key and key == self._last_key and self._undo):
            self._undo.append((self.text, key))
        self._last_key = key
        self._redo.clear()
        self.text = text

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        if not self._undo:
            return False
        before, key = self._undo.pop()
        self._redo.append((self.text, key))
        self.text = before
        self._last_key = ""
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        after, key = self._redo.pop()
        self._undo.append((self.text, key))
        self.text = after
        self._last_key = ""
        return True

    # --- saving -----------------------------------------------------------------------------------
    def check(self, text: str | None = None) -> tuple[Problem, ...]:
        """The problems the loader (and so ``check-content``) finds in the text, as
        ``name:line: message``; nothing is written to the item file."""
        problems, temporary = self._staged(self.text if text is None else text)
        temporary.unlink(missing_ok=True)
        return problems

    def _staged(self, text: str) -> tuple[tuple[Problem, ...], Path]:
        handle, name = tempfile.mkstemp(prefix=".", suffix=".editing.md", dir=self.path.parent)
        temporary = Path(name)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
                file.write(text)
            _item, found = load_item_file(temporary, bundled=False)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return tuple(Problem(self.name, p.line, p.message, p.severity) for p in found), temporary

    def save(self) -> Saved:
        """Write the text: to the item file when it passes the checks, else to the draft."""
        text = self.text
        problems, temporary = self._staged(text)
        self.problems = problems
        errors = any(p.severity == "error" for p in problems)
        try:
            if errors:
                os.replace(temporary, draft_path(self.path))
            else:
                os.replace(temporary, self.path)
                draft_path(self.path).unlink(missing_ok=True)
                self._disk = _digest(text)
        except OSError:
            temporary.unlink(missing_ok=True)
            raise
        self.saved_text = text
        return Saved(not errors, problems)

    def changed_on_disk(self) -> bool:
        """True when another program changed the item file since it was read or written."""
        try:
            text = self._read(self.path)
        except EditRefused:
            return True
        return _digest(text) != self._disk

    def reload(self) -> None:
        """Take the file as it is on disk now (an undoable change)."""
        text = self._read(self.path)
        self._disk = _digest(text)
        self.change(text)
        self.saved_text = text
        draft_path(self.path).unlink(missing_ok=True)

    def keep_mine(self) -> None:
        """Keep the text in the editor over the outside change (the next save writes it)."""
        self._disk = _digest(self._read(self.path))
        self.saved_text = ""
