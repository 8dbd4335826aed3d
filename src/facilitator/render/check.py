"""Render checks for ``facilitator check-content``: lay out every slide as it will be shown.

Every deck slide (and every own slide of a plan entry) is laid out by the same
:class:`~facilitator.render.slides.SlideRenderer` that shows it, in every theme, and what the
renderer notices becomes a :class:`~facilitator.core.model.Problem` at the slide's file and line:

- a warning when text must shrink below :data:`MIN_READABLE_SCALE` to fit (or does not fit at
  all), naming the themes where it happens;
- an error for an image that cannot be drawn (missing, unreadable, refused), at the line that
  names it, unless the loader already reported that very image there;
- a warning for other things the renderer had to work around (unsafe HTML removed, too many
  columns).

Themes that only differ in colour lay out alike, so each layout is built once per set of sizes.
Needs no display: a ``QGuiApplication`` on the offscreen platform is created if none exists.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from facilitator import pyside_setup  # noqa: F401  (before our Qt modules: see its docstring)
from facilitator.core.limits import LENGTH_MESSAGE, NESTING_MESSAGE
from facilitator.core.loader import HTML_IMG_RE, IMAGE_RE, display_path, split_slides
from facilitator.core.model import Library, Problem, Slide
from facilitator.render.slides import MIN_READABLE_SCALE, SlideRenderer
from facilitator.render.theme import THEMES, Theme

__all__ = ["slide_problems"]

_app: QGuiApplication | None = None

_SHRINK_PREFIXES = ("text shrunk to", "text does not fit")
_IMAGE_PREFIXES = (
    "image not found",
    "image could not be read",
    "image refused",
    "image without a file name",
    "remote image not loaded",
    "image outside the module's folder",
    "image is a link",
    "image is not a file",
)
# The loader reports these already, at the same line.
_LOADER_REPORTS = ("unknown layout",)
# The loader reports these for decks, at the line; a plan's own slide is checked here only.
_DECK_REPORTS = (NESTING_MESSAGE, LENGTH_MESSAGE)


@dataclass(frozen=True)
class _Source:
    file: str  # as problems name it
    slide: Slide
    label: str  # "slide 3", or the plan entry's own slide
    path: Path | None = None  # the deck file, to find the line an image stands on


def ensure_gui_application() -> QGuiApplication:
    """The running ``QGuiApplication``, or a new one on the offscreen platform (no display)."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("slide checks need a QGuiApplication, not a QCoreApplication")
    # "-platform" on the command line wins over QT_QPA_PLATFORM: checks never need a screen.
    _app = QGuiApplication(["facilitator", "-platform", "offscreen"])
    return _app


def slide_problems(library: Library, themes: Iterable[Theme] | None = None) -> list[Problem]:
    """Problems with how the slides of ``library`` show, in ``themes`` (default: every theme)."""
    ensure_gui_application()
    _file_lines.cache_clear()  # files may have changed since the last check
    _image_lines.cache_clear()
    groups = _layout_groups(list(themes) if themes is not None else list(THEMES.values()))
    known = {(p.file, p.line, p.message) for p in library.problems}
    known_at: dict[tuple[str, int], list[str]] = {}
    for problem in library.problems:
        known_at.setdefault((problem.file, problem.line), []).append(problem.message)
    found: list[Problem] = []
    for source in _sources(library):
        for problem in _check(source, groups):
            if problem.message.startswith(_IMAGE_PREFIXES) and _already_reported(problem, known_at):
                continue
            key = (problem.file, problem.line, problem.message)
            if key not in known:
                known.add(key)
                found.append(problem)
    return found


def _layout_groups(themes: Sequence[Theme]) -> list[tuple[SlideRenderer, list[str]]]:
    """One renderer per set of themes that lay out alike, with the names of those themes."""
    groups: dict[tuple[object, ...], tuple[SlideRenderer, list[str]]] = {}
    for theme in themes:
        key = (
            theme.heading_family,
            theme.body_family,
            theme.body_size,
            theme.heading_size,
            theme.title_size,
            theme.subheading_size,
            theme.small_size,
            theme.quote_size,
            theme.line_height,
        )
        if key in groups:
            groups[key][1].append(theme.name)
        else:
            groups[key] = (SlideRenderer(theme), [theme.name])
    return list(groups.values())


def _sources(library: Library) -> Iterator[_Source]:
    for item in library.items():
        if item.kind != "deck":
            continue
        file = display_path(library, item.path)
        for slide in item.slides:
            yield _Source(file, slide, f"slide {slide.index + 1}", item.path)
    for plan in library.plans:
        if plan.path is None:
            continue
        file = display_path(library, plan.path)
        for entry in plan.entries:
            if entry.kind != "free" or not entry.slide.strip():
                continue
            for slide in split_slides(entry.slide, 1, plan.path.parent):
                # The slide's text sits in the YAML below the entry: point at the entry.
                slide = Slide(
                    slide.markdown,
                    slide.notes,
                    slide.layout,
                    slide.base_dir,
                    entry.line,
                    slide.index,
                )
                yield _Source(file, slide, f"the own slide of '{entry.label}'")


def _check(source: _Source, groups: list[tuple[SlideRenderer, list[str]]]) -> list[Problem]:
    slide = source.slide
    everywhere = sum(len(names) for _, names in groups)
    shrunk: list[tuple[float, str, list[str]]] = []  # (fit, message, themes)
    others: dict[str, list[str]] = {}
    for renderer, names in groups:
        try:
            messages = renderer.problems(slide)
            fit = renderer.fit(slide)
        except Exception as error:  # a renderer bug must not stop the check of the rest
            messages, fit = [f"the slide could not be laid out ({type(error).__name__})"], 1.0
        if fit < MIN_READABLE_SCALE:
            said = [m for m in messages if m.startswith(_SHRINK_PREFIXES)]
            minimum = round(MIN_READABLE_SCALE * 100)
            shrunk.append(
                (
                    fit,
                    said[0]
                    if said
                    else f"text shrunk to {round(fit * 100)}% to fit; "
                    f"below the readable minimum of {minimum}%",
                    names,
                )
            )
        for message in messages:
            if not message.startswith(_SHRINK_PREFIXES + _LOADER_REPORTS):
                others.setdefault(message, []).extend(names)
    problems: list[Problem] = []
    if shrunk:
        fit, message, _ = min(shrunk, key=lambda entry: entry[0])
        themes = [name for _, _, names in shrunk for name in names]
        where = "" if len(themes) == everywhere else f" ({_theme_names(themes)})"
        problems.append(
            Problem(source.file, slide.line, f"{source.label}: {message}{where}", "warning")
        )
    for message, themes in others.items():
        if message.startswith(_DECK_REPORTS):
            if source.path is None:  # a plan's own slide: no loader looked at it
                problems.append(Problem(source.file, slide.line, f"{source.label}: {message}"))
        elif message.startswith(_IMAGE_PREFIXES):
            line = _line_naming(source, message)
            problems.append(Problem(source.file, line, message, "error"))
        else:
            where = "" if len(themes) == everywhere else f" ({_theme_names(themes)})"
            problems.append(
                Problem(source.file, slide.line, f"{source.label}: {message}{where}", "warning")
            )
    return problems


def _theme_names(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    return ("theme " if len(unique) == 1 else "themes ") + ", ".join(unique)


def _line_naming(source: _Source, message: str) -> int:
    """The line of the deck file, within the slide, that names the image ``message`` is about."""
    slide = source.slide
    target = message.split(": ", 1)[1] if ": " in message else ""
    if not target or source.path is None:
        return slide.line
    return _image_lines(source.path, slide.line).get(target, slide.line)


@functools.lru_cache(maxsize=64)
def _image_lines(path: Path, start: int) -> dict[str, int]:
    """Each image the slide starting at line ``start`` of ``path`` names, and its first line.
    Built once a slide: looking for each image's line afresh made thousands of images
    quadratic."""
    lines = _file_lines(path)
    found: dict[str, int] = {}
    for number in range(start, len(lines) + 1):
        text = lines[number - 1]
        if number > start and text.rstrip() == "---":
            break  # the next slide
        if "![" in text or "<img" in text.lower():
            for match in (*IMAGE_RE.finditer(text), *HTML_IMG_RE.finditer(text)):
                found.setdefault(match.group(1).strip()[:120], number)
    return found


@functools.lru_cache(maxsize=8)
def _file_lines(path: Path) -> list[str]:
    """The lines of a deck file, read once for all its slides."""
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeError):
        return []


def _already_reported(problem: Problem, known_at: dict[tuple[str, int], list[str]]) -> bool:
    target = problem.message.split(": ", 1)[1] if ": " in problem.message else ""
    messages = known_at.get((problem.file, problem.line), [])
    return any(target and target in message for message in messages)
