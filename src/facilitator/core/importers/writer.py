"""Turn an :class:`~.result.ImportResult` into an ordinary deck in the user's own folder.

The deck goes into the module "My material" (``my-material``, made on first use in the user's
content folder), or into another module of the user's own folder. Each import is a folder of its
own: ``<module>/<name>/<name>.md`` with its pictures in ``images/`` beside it. Everything is
written into a hidden folder first (the loader skips names starting with ``.``), checked with the
loader, and only then renamed into place: a failed import leaves nothing half-written.

The front matter records ``imported_from`` (the file's name) and ``import_hash`` (of its bytes),
so importing the same file again can update the earlier import, keeping its id, so that plans and
session logs stay linked, or import it as a new item.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .. import frontmatter
from ..editing.deck import SEPARATOR, SlideFields, compose_slide
from ..loader import load_item_file, scanned_id, split_slides
from ..model import Item
from ..text_files import write_atomically
from . import guard
from .result import ImportRefused, ImportResult

MODULE_ID = "my-material"
MODULE_TITLES = {"da": "Mit materiale", "nb": "Mitt materiell", "en": "My material"}
MODULE_SUMMARIES = {
    "da": "Dine egne præsentationer: importeret fra andre programmer eller skrevet her.",
    "nb": "Dine egne presentasjoner: importert fra andre programmer eller skrevet her.",
    "en": "Your own decks: imported from other programs or written here.",
}
MINUTES_PER_SLIDE = 2


@dataclass(frozen=True)
class Earlier:
    """An item made by an earlier import of a file with the same name."""

    item_id: str
    file: Path
    digest: str


@dataclass(frozen=True)
class Written:
    item_id: str
    file: Path
    updated: bool  # True when an earlier import was replaced (its id kept)


def module_folder(content_dir: Path, module_id: str | None, language: str) -> Path:
    """The folder of the module to import into: ``module_id`` in the user's own folder, or
    "My material" (created when missing). Bundled modules are read-only and never chosen."""
    wanted = module_id or MODULE_ID
    for module_file in sorted(content_dir.rglob("module.md")):
        if any(p.startswith((".", "_")) for p in module_file.relative_to(content_dir).parts):
            continue
        if scanned_id(module_file) == wanted:
            return module_file.parent
    if module_id and module_id != MODULE_ID:
        raise ImportRefused(
            module_id, f"no module with the id '{module_id}' in your own folder ({content_dir})"
        )
    folder = content_dir / MODULE_ID
    if (folder / "module.md").exists():
        folder = Path(tempfile.mkdtemp(prefix=f"{MODULE_ID}-", dir=content_dir))
    language = language if language in MODULE_TITLES else "da"
    text = (
        "---\n"
        f"id: {MODULE_ID}\n"
        f"title: {json.dumps(MODULE_TITLES[language], ensure_ascii=False)}\n"
        f"language: {language}\n"
        "order: 1000\n"
        f"summary: {json.dumps(MODULE_SUMMARIES[language], ensure_ascii=False)}\n"
        "---\n\n"
        f"{MODULE_SUMMARIES[language]}\n"
    )
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / "module.md", text)
    return folder


def find_earlier(result: ImportResult, module_dir: Path) -> Earlier | None:
    """The item an earlier import of a file with this name made in ``module_dir``, if any."""
    for path in sorted(module_dir.rglob("*.md")):
        if path.name == "module.md" or any(
            p.startswith((".", "_")) for p in path.relative_to(module_dir).parts
        ):
            continue
        meta = _meta(path)
        if meta.get("imported_from") == result.source.name and isinstance(meta.get("id"), str):
            return Earlier(str(meta["id"]), path, str(meta.get("import_hash", "")))
    return None


def _meta(path: Path) -> dict[str, object]:
    try:
        if path.stat().st_size > guard.MAX_MARKDOWN_BYTES:
            return {}
        return frontmatter.split(path.read_text(encoding="utf-8")).meta
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError):
        return {}


def write_item(
    result: ImportResult,
    module_dir: Path,
    *,
    language: str = "da",
    replace: Earlier | None = None,
    taken: set[str] | None = None,
) -> Written:
    """Write the deck into ``module_dir``; with ``replace``, in place of that earlier import
    (its id kept). ``taken`` holds ids already used in the library (a new id avoids them)."""
    module_id = scanned_id(module_dir / "module.md") or MODULE_ID
    slug = _slug(result.title) or _slug(result.source.stem) or "deck"
    if replace is not None:
        item_id = replace.item_id
    else:
        used = set(taken or ()) | _ids_under(module_dir)
        item_id = f"{module_id}.{slug}"
        n = 2
        while item_id in used:
            item_id = f"{module_id}.{slug}-{n}"
            n += 1
    text = deck_markdown(result, item_id, language)
    if len(text.encode("utf-8")) > guard.MAX_MARKDOWN_BYTES:
        raise ImportRefused(
            result.source, "the deck has more text than one item may hold (2 MiB); split it"
        )
    stage = Path(tempfile.mkdtemp(prefix=".import-", dir=module_dir))
    try:
        stage.chmod(module_dir.stat().st_mode & 0o777)  # mkdtemp's folder is private
        in_own_folder = replace is not None and replace.file.parent != module_dir
        file_name = replace.file.name if in_own_folder and replace else f"{slug}.md"
        if result.images:
            images = stage / "images"
            images.mkdir()
            for name, source in result.images.items():
                target = images / name
                if isinstance(source, Path):
                    shutil.copyfile(source, target)
                else:
                    target.write_bytes(source)
        (stage / file_name).write_text(text, encoding="utf-8")
        item, problems = load_item_file(stage / file_name, bundled=False)
        errors = [p for p in problems if p.severity == "error"]
        if item is None or errors:
            raise ImportRefused(
                result.source,
                "the imported deck did not pass the content check: "
                + "; ".join(p.message for p in errors[:3]),
            )
        final = _place(stage, module_dir, slug, replace)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return Written(item_id, final / file_name, replace is not None)


def _place(stage: Path, module_dir: Path, slug: str, replace: Earlier | None) -> Path:
    """Rename the staged folder into place (replacing an earlier import's folder)."""
    if replace is not None and replace.file.parent != module_dir and replace.file.exists():
        folder = replace.file.parent
        old = Path(tempfile.mkdtemp(prefix=".replaced-", dir=module_dir))
        os.replace(folder, old / "item")
        try:
            os.replace(stage, folder)
        except OSError:
            os.replace(old / "item", folder)
            raise
        shutil.rmtree(old, ignore_errors=True)
        return folder
    final = module_dir / slug
    n = 2
    while final.exists():
        final = module_dir / f"{slug}-{n}"
        n += 1
    os.replace(stage, final)
    if replace is not None and replace.file.exists():
        replace.file.unlink()  # an earlier import lying loose in the module folder
    return final


def _ids_under(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("*.md"):
        ident = scanned_id(path)
        if ident:
            found.add(ident)
    return found


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = plain.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:48].strip("-")


slug = _slug  # the editor names its new items' folders the same way


def deck_markdown(result: ImportResult, item_id: str, language: str) -> str:
    """The whole item file: front matter and slides, as the content format describes."""
    minutes = max(1, min(600, len(result.slides) * MINUTES_PER_SLIDE))
    head = [
        "---",
        f"id: {item_id}",
        f"title: {json.dumps(result.title.strip() or result.source.stem, ensure_ascii=False)}",
        "kind: deck",
        f"duration: {minutes}",
        f"language: {language if language in MODULE_TITLES else 'da'}",
        f"imported_from: {json.dumps(result.source.name, ensure_ascii=False)}",
        f"import_hash: {json.dumps(result.digest)}",
        "---",
        "",
    ]
    return "\n".join(head) + deck_body(result) + "\n"


def deck_body(result: ImportResult) -> str:
    """The slides as the editor writes them: the layout line, ``<!-- hidden -->`` for a slide the
    original hid, the slide's Markdown (a section's name after it), then the notes."""
    slides = []
    for slide in result.slides:
        markdown = slide.markdown.strip("\n")
        if slide.section:
            markdown += "\n\n" + section_comment(slide.section)
        fields = SlideFields(slide.layout, slide.hidden, body=markdown, notes=slide.notes)
        slides.append(compose_slide(fields))
    return SEPARATOR.join(slides)


def section_comment(name: str) -> str:
    """The mark of a section's first slide: a comment, which the slide does not show."""
    words = " ".join(name.split()).replace("--", "– ").replace(">", "&gt;")
    return f"<!-- section: {words[:200]} -->"


def as_item(result: ImportResult) -> Item:
    """The deck in memory, nothing written (``present`` and ``export-pdf`` of a Marp file):
    pictures are found beside the original file."""
    body = deck_body(result)
    base = result.source.parent
    slides = split_slides(body, 1, base)
    slug = _slug(result.title) or "deck"
    return Item(
        id=f"imported.{slug}",
        title=result.title or result.source.stem,
        kind="deck",
        duration=max(1, min(600, len(slides) * MINUTES_PER_SLIDE)),
        path=result.source,
        module_id="",
        body=body,
        slides=tuple(slides),
        bundled=False,
    )
