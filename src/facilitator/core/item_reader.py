"""Reading one module, item or plan file into the model: front matter checked field by field,
slides and exercise parts split, images checked; every problem collected with its file and line,
never raised (``core.loader`` drives it over the whole library).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from . import frontmatter
from .library_files import MAX_FILE_BYTES, common_base, id_taken, shown_path
from .limits import local_file, markdown_limit
from .model import (
    GROUP_FORMS,
    ITEM_KINDS,
    LANGUAGES,
    LAYOUTS,
    ExerciseParts,
    Item,
    Library,
    Module,
    Problem,
    is_id,
)
from .plans import parse_plan_file
from .safe_yaml import short
from .slide_split import (
    EXERCISE_FIELDS,
    EXERCISE_SECTIONS,
    HTML_IMG_RE,
    IMAGE_RE,
    MAX_SLIDES,
    heading_for,
    parse_steps,
    split_slides_with_lines,
)
from .svg import SvgCheck, foreign_colours, is_svg, read_svg

T = TypeVar("T")


def add_plan(reader: ItemReader, path: Path, bundled: bool, seen: dict[str, Path]) -> None:
    text = reader.read_text(path)
    if text is None:
        return
    plan, problems = parse_plan_file(text, path, bundled=bundled)
    for problem in problems:
        reader.problem(path, problem.line, problem.message, problem.severity)
    if plan is None:
        return
    if id_taken(seen, plan.id, path):
        reader.problem(
            path, 1, f"duplicate plan id '{plan.id}' (also in {reader.show(seen[plan.id])})"
        )
        return
    seen[plan.id] = path
    reader.library.plans.append(plan)


def with_items(module: Module, items: list[Item]) -> Module:
    from dataclasses import replace

    return replace(module, items=tuple(items))


def kind_rank(kind: str) -> int:
    return ITEM_KINDS.index(kind) if kind in ITEM_KINDS else len(ITEM_KINDS)


class ItemReader:
    def __init__(self, library: Library, base: Path | None) -> None:
        self.library = library
        self.base = base
        self.id_line = 1
        self.svgs: dict[Path, SvgCheck | None] = {}  # checked SVG files (None: not an SVG)
        self._shown: dict[Path, str] = {}  # a deck's 50 warnings resolve its folder once

    def show(self, path: Path) -> str:
        shown = self._shown.get(path)
        if shown is None:
            shown = self._shown[path] = shown_path(path, self.base)
        return shown

    def problem(self, path: Path, line: int, message: str, severity: str = "error") -> None:
        self.library.problems.append(Problem(self.show(path), line, message, severity))  # type: ignore[arg-type]

    def warn(self, path: Path, line: int, message: str) -> None:
        self.problem(path, line, message, "warning")

    def guarded(self, path: Path, read: Callable[..., T], *args: Any) -> T | None:
        """``read(*args)``, or None when it fails in a way no check foresaw: the file is then
        reported and skipped, and the rest of the library still loads."""
        try:
            return read(*args)
        except Exception as exc:  # a last resort: one file never stops the library loading
            self.problem(path, 1, f"could not read this file ({type(exc).__name__}: {short(exc)})")
            return None

    def linked_folder(self, path: Path) -> None:
        what = "folder" if path.is_dir() else "file"
        self.problem(path, 0, f"links are not followed; copy the {what} instead")

    def read_text(self, path: Path) -> str | None:
        try:
            if path.is_symlink():
                self.problem(path, 0, "links are not followed; copy the file instead")
                return None
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                self.problem(path, 0, f"file is too large ({size // 1024} KiB; at most 2 MiB)")
                return None
            data = path.read_bytes()
        except OSError as exc:
            self.problem(path, 0, f"cannot read the file: {exc.strerror or exc}")
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            self.problem(
                path,
                line,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
                "save the file as UTF-8",
            )
            return None

    def _document(self, path: Path) -> frontmatter.Document | None:
        text = self.read_text(path)
        if text is None:
            return None
        try:
            return frontmatter.split(text)
        except frontmatter.FrontMatterError as exc:
            self.problem(path, exc.line, exc.message)
            return None

    def _common(self, path: Path, doc: frontmatter.Document) -> dict[str, Any] | None:
        meta = doc.meta
        line = doc.key_lines.get
        self.id_line = line("id", 1)
        ident = meta.get("id")
        if ident is None or ident == "":
            self.problem(path, 1, "missing 'id' in the front matter")
            return None
        if not isinstance(ident, str) or not is_id(ident):
            self.problem(
                path,
                line("id", 1),
                f"id '{short(ident)}' may hold only lower case a-z, digits, '.', '-' and '_'",
            )
            return None
        title = meta.get("title")
        if not isinstance(title, str) or not title.strip():
            said = "missing 'title'" if title is None else "'title' must be text"
            self.problem(path, line("title", 1), f"{said} in the front matter")
            return None
        language = meta.get("language", "da")
        if language not in LANGUAGES:  # also any value that is not text
            self.problem(
                path,
                line("language", 1),
                f"unknown language '{short(language)}' (use one of: {', '.join(LANGUAGES)})",
            )
            return None
        order = meta.get("order", 0)
        if (
            not isinstance(order, int | float)
            or isinstance(order, bool)
            or not math.isfinite(order)
        ):
            self.warn(path, line("order", 1), "'order' must be a number; ignored")
            order = 0
        return {
            "id": ident,
            "title": title.strip(),
            "language": language,
            "order": float(order),
            "summary": self._text(path, doc, "summary").strip(),
            "translation_of": self._text(path, doc, "translation_of").strip(),
        }

    def _text(self, path: Path, doc: frontmatter.Document, key: str) -> str:
        """An optional text field; a value that is not text is warned about and ignored."""
        value = doc.meta.get(key)
        if value is None or isinstance(value, str):
            return value or ""
        self.warn(path, doc.key_lines.get(key, 1), f"'{key}' must be text; ignored")
        return ""

    def read_module(self, path: Path, bundled: bool) -> Module | None:
        doc = self._document(path)
        if doc is None:
            return None
        common = self._common(path, doc)
        if common is None:
            return None
        return Module(path=path.parent, body=doc.body.strip(), bundled=bundled, **common)

    def read_item(self, path: Path, module_id: str, bundled: bool) -> Item | None:
        doc = self._document(path)
        if doc is None:
            return None
        common = self._common(path, doc)
        if common is None:
            return None
        meta, line = doc.meta, doc.key_lines.get
        kind = meta.get("kind")
        if not isinstance(kind, str) or kind not in ITEM_KINDS:
            where = line("kind", 1)
            if kind is None:
                self.problem(path, where, f"missing 'kind' (one of: {', '.join(ITEM_KINDS)})")
            else:
                self.problem(
                    path,
                    where,
                    f"unknown kind '{short(kind)}' (use one of: {', '.join(ITEM_KINDS)})",
                )
            return None
        duration = meta.get("duration")
        if not isinstance(duration, int) or isinstance(duration, bool) or not 1 <= duration <= 600:
            self.problem(
                path, line("duration", 1), "'duration' must be whole minutes from 1 to 600"
            )
            return None
        version = meta.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.warn(path, line("version", 1), "'version' must be a whole number from 1; using 1")
            version = 1
        sensitive = meta.get("sensitive", False)
        if not isinstance(sensitive, bool):
            self.problem(
                path,
                line("sensitive", 1),
                f"'sensitive' must be true or false (without quotes), not '{short(sensitive)}'",
            )
            return None
        part = self._text(path, doc, "part")
        if part and part not in ("knowledge", "practice"):
            self.warn(
                path, line("part", 1), f"unknown part '{short(part)}' (knowledge or practice)"
            )
            part = ""
        item: dict[str, Any] = dict(
            common,
            kind=kind,
            duration=duration,
            path=path,
            module_id=module_id,
            body=doc.body.strip("\n"),
            body_line=doc.body_line,
            audience=self._words(path, doc, "audience"),
            tags=self._words(path, doc, "tags"),
            version=version,
            sensitive=sensitive,
            part=part,
            bundled=bundled,
        )
        if not doc.body.strip():
            self.problem(path, doc.body_line, f"the {kind} has no text")
            return None
        self._check_images(path, doc.body, doc.body_line)
        if kind != "deck":
            self._check_markdown(path, doc.body, doc.body_line, "the text")
        if kind == "deck":
            split = split_slides_with_lines(doc.body, doc.body_line, path.parent)
            if not split:
                self.problem(path, doc.body_line, "the deck has no slides")
                return None
            if len(split) > MAX_SLIDES:
                self.problem(
                    path,
                    split[MAX_SLIDES][0].line,
                    f"the deck has more than {MAX_SLIDES} slides; slide {MAX_SLIDES + 1} "
                    "and the rest are left out (split the deck)",
                )
                split = split[:MAX_SLIDES]
            slides = [slide for slide, _ in split]
            for slide, markdown_line in split:
                self._check_markdown(path, slide.markdown, markdown_line, "the slide")
                if not slide.markdown.strip():
                    self.problem(path, slide.line, f"slide {slide.index + 1} is empty")
                if not slide.notes.strip():
                    self.warn(path, slide.line, f"slide {slide.index + 1} has no speaker notes")
                if slide.layout not in LAYOUTS:
                    self.warn(
                        path,
                        slide.line,
                        f"unknown layout '{slide.layout}' (use one of: {', '.join(LAYOUTS)}); "
                        "'content' is used",
                    )
            item["slides"] = tuple(slides)
        elif kind == "exercise":
            item["group_form"] = self._group_form(path, doc)
            item["exercise"] = self._exercise(path, doc, duration)
        return Item(**item)

    def _words(self, path: Path, doc: frontmatter.Document, key: str) -> tuple[str, ...]:
        value = doc.meta.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return tuple(w.strip() for w in value.split(",") if w.strip())
        if isinstance(value, list) and all(
            isinstance(v, str | int) and not isinstance(v, bool) for v in value
        ):
            return tuple(str(v) for v in value)
        self.warn(path, doc.key_lines.get(key, 1), f"'{key}' must be a list of words; ignored")
        return ()

    def _group_form(self, path: Path, doc: frontmatter.Document) -> tuple[str, ...]:
        forms = self._words(path, doc, "group_form")
        where = doc.key_lines.get("group_form", 1)
        if not forms:
            self.warn(path, where, f"missing 'group_form' (one of: {', '.join(GROUP_FORMS)})")
        for form in forms:
            if form not in GROUP_FORMS:
                self.warn(
                    path, where, f"unknown group_form '{form}' (use: {', '.join(GROUP_FORMS)})"
                )
        return forms

    def _exercise(self, path: Path, doc: frontmatter.Document, duration: int) -> ExerciseParts:
        sections: dict[str, list[str]] = {}
        section_lines: dict[str, int] = {}
        current: str | None = None
        for offset, raw in enumerate(doc.body.split("\n")):
            if raw.startswith("## "):
                heading = raw[3:].strip().rstrip(":").strip()
                current = EXERCISE_SECTIONS.get(heading.casefold())
                if current is None:
                    self.warn(
                        path,
                        doc.body_line + offset,
                        f"unknown exercise section '{heading}'",
                    )
                else:
                    sections[current] = []
                    section_lines[current] = doc.body_line + offset
                continue
            if current is not None:
                sections[current].append(raw)
        text = {k: "\n".join(v).strip() for k, v in sections.items()}
        for name in EXERCISE_FIELDS:
            if not text.get(name):
                self.warn(path, doc.body_line, f"exercise has no '{heading_for(name)}' section")
        steps = parse_steps(text.get("steps", ""))
        steps_line = section_lines.get("steps", doc.body_line)
        if text.get("steps") and not steps:
            self.warn(path, steps_line, "the steps must be a numbered list")
        elif steps:
            missing = [str(n) for n, s in enumerate(steps, 1) if s.minutes is None]
            if missing:
                self.warn(
                    path,
                    steps_line,
                    f"step {', '.join(missing)} has no time; end it with e.g. '(5 min)'",
                )
            total = sum(s.minutes or 0 for s in steps)
            if total > duration:
                self.warn(
                    path,
                    steps_line,
                    f"the steps take {total} min, more than the exercise's {duration} min",
                )
        return ExerciseParts(
            purpose=text.get("purpose", ""),
            materials=text.get("materials", ""),
            steps=tuple(steps),
            notes=text.get("notes", ""),
            reflection=text.get("reflection", ""),
            variations=text.get("variations", ""),
        )

    def _check_images(self, path: Path, body: str, body_line: int) -> None:
        """Every image the text names must be a regular file in the file's own folder (or below
        it); each one that is not is an error at its line (see ``limits.local_file``)."""
        if "![" not in body and "<img" not in body.lower():
            return  # most files have no image: no need to look at every line
        for offset, raw in enumerate(body.split("\n")):
            if "![" not in raw and "<img" not in raw.lower():
                continue
            for match in (*IMAGE_RE.finditer(raw), *HTML_IMG_RE.finditer(raw)):
                image, reason = local_file(match.group(1), path.parent)
                if image is None:
                    self.problem(path, body_line + offset, reason)
                    continue
                self._check_svg(path, body_line + offset, match.group(1).strip(), image)

    def _check_svg(self, path: Path, line: int, src: str, image: Path) -> None:
        """An SVG picture must pass ``svg.check_svg`` (an error naming the SVG's own line, the
        same message the renderer gives); a themed one should use only the palette's colours."""
        if image not in self.svgs:
            try:
                with image.open("rb") as handle:
                    head = handle.read(512)
            except OSError:
                head = b""
            self.svgs[image] = read_svg(image) if is_svg(image.name, head) else None
        checked = self.svgs[image]
        if checked is None:
            return
        if checked.text is None:
            self.problem(path, line, f"image refused ({checked.message}): {src[:120]}")
        elif checked.themed:
            for row, colour in foreign_colours(checked.text)[:1]:
                self.warn(
                    path,
                    line,
                    f"{src[:120]} line {row}: colour {colour} is not in the theme palette, so "
                    "it looks the same in every theme (see 'Pictures (SVG)' in content-format)",
                )

    def _check_markdown(self, path: Path, text: str, first_line: int, what: str) -> None:
        """An error at the line where ``text`` goes past a limit of ``limits.markdown_limit``
        (nested too deeply, too long): Markdown never sees such a text (it is shown as plain
        text), so it costs no more than reading it."""
        found = markdown_limit(text)
        if found is not None:
            offset, message = found
            self.problem(path, first_line + offset, f"{message}; {what} is shown as plain text")


def read_file_text(path: Path) -> tuple[str | None, Problem | None]:
    """A file's text as the loader reads it (no link, at most :data:`MAX_FILE_BYTES`, UTF-8),
    or None and the problem, for commands that read one file outside a library."""
    library = Library()
    text = ItemReader(library, common_base([path])).read_text(path)
    return text, (library.problems[0] if library.problems else None)
