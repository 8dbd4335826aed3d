"""Marp decks and plain Markdown decks (slides split by ``---`` lines).

Marp's front matter (``marp: true``, ``title``, ``class``…) is read with the content loader's
safe YAML. In the slides: an HTML comment is a speaker note, unless it holds Marp directives
(``_class: lead`` makes a title slide; other directives are listed as dropped). ``![bg](…)``
stays a full-slide background (``contain``/``fit`` keep the whole picture), ``![bg left](…)``
and ``![bg right](…)`` become the image layout; size and filter words in an image's alt text
are dropped. Local pictures are copied beside the new item; remote or missing ones are dropped
and listed, so the result always loads.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from .. import safe_yaml
from ..messages import QT_TRANSLATE_NOOP
from . import guard
from .result import ImportedSlide, ImportRefused, ImportResult, SlideReport

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(\s+\"[^\"]*\")?\s*\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.IGNORECASE)
_DIRECTIVE_LINE = re.compile(r"^\s*(_?[A-Za-z][\w-]*)\s*:(.*)$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_LAYOUT_LINE = re.compile(r"^\s*<!--\s*layout:\s*[\w-]+\s*-->\s*$", re.IGNORECASE)
DIRECTIVES = {
    "theme", "style", "headingdivider", "lang", "size", "math", "title", "author",
    "description", "image", "keywords", "url", "marp", "paginate", "header", "footer", "class",
    "backgroundcolor", "backgroundimage", "backgroundposition", "backgroundrepeat",
    "backgroundsize", "color", "transition", "pager",
}  # fmt: skip
_IMAGE_WORDS = re.compile(
    r"^(bg|left|right|contain|cover|fit|auto|vertical|\d+%|(w|h|width|height):\S+|"
    r"(left|right):\d+%|(blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|"
    r"opacity|saturate|sepia)(:\S+)?)$",
    re.IGNORECASE,
)


def read_markdown(path: Path, *, copy_images: bool = True) -> ImportResult:
    """A Marp or plain Markdown deck. With ``copy_images`` false (present and export-pdf of a
    Marp file), pictures keep their own paths, relative to the deck's folder."""
    data = guard.read_checked(path, guard.MAX_MARKDOWN_BYTES)
    try:
        text = data.decode("utf-8").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "line {line}: not UTF-8 text; save the file as UTF-8"
            ).format(line=line),
        ) from None
    meta, body = _front_matter(path, text)
    if "id" in meta:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "already a Facilitator item (its front matter has an id); put it in a module "
                "folder instead of importing it",
            ),
        )
    chunks = _split(body)
    guard.check_slide_count(path, len(chunks))
    if not chunks:
        raise ImportRefused(path, QT_TRANSLATE_NOOP("ImportReport", "the file has no slides"))
    kind = "marp" if meta.get("marp") is True else "markdown"
    result = ImportResult(source=path, kind=kind, title="", digest=guard.digest(data))
    ignored = sorted(k for k in meta if isinstance(k, str) and k.casefold() in DIRECTIVES - {
        "marp", "title", "class"})  # fmt: skip
    if ignored:
        result.remarks.append(
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "Marp settings not used (Facilitator's theme shows the slides): {names}",
            ).format(names=", ".join(ignored))
        )
    state = {"class": str(meta.get("class") or "")}
    for number, chunk in enumerate(chunks, 1):
        result.slides.append(_slide(chunk, number, state, result, copy_images))
    title = meta.get("title")
    result.title = (
        (title.strip() if isinstance(title, str) and title.strip() else "")
        or next((s.title for s in result.slides if s.title), "")
        or path.stem
    )
    return result


def _front_matter(path: Path, text: str) -> tuple[dict[str, object], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, text
    try:
        meta, _ = safe_yaml.load("\n".join(lines[1:end]))
    except safe_yaml.YamlProblem as problem:
        if any(_DIRECTIVE_LINE.match(line) for line in lines[1:end] if line.strip()):
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP("ImportReport", "line {line}: front matter: {problem}").format(
                    line=problem.line + 1, problem=problem.message
                ),
            ) from None
        return {}, text  # a first slide after a leading '---', not front matter
    if not isinstance(meta, dict):
        return {}, text
    return meta, "\n".join(lines[end + 1 :])


def _split(body: str) -> list[str]:
    chunks: list[list[str]] = [[]]
    fence = comment = False
    for raw in body.split("\n"):
        if not comment and raw.strip().startswith(("```", "~~~")):
            fence = not fence
        if not fence and not comment and raw.rstrip() == "---":
            chunks.append([])
            continue
        chunks[-1].append(raw)
        if not fence:  # a '---' inside a comment (speaker notes) splits nothing
            for opened in re.findall(r"<!--|-->", raw):
                comment = opened == "<!--"
    texts = ["\n".join(c).strip("\n") for c in chunks]
    # A '---' at the very start or end makes no empty slide.
    while texts and not texts[0].strip():
        texts.pop(0)
    while texts and not texts[-1].strip():
        texts.pop()
    return texts


def _slide(
    chunk: str, number: int, state: dict[str, str], result: ImportResult, copy_images: bool
) -> ImportedSlide:
    report = SlideReport()
    notes: list[str] = []
    local_class = ""
    dropped_directives: set[str] = set()

    def comment(match: re.Match[str]) -> str:
        nonlocal local_class
        inner = match.group(1).strip()
        if _LAYOUT_LINE.match(match.group(0)):
            return match.group(0)
        directives = _directives(inner)
        if directives is None:
            if inner:
                notes.append(inner)
            return ""
        for key, value in directives.items():
            name = key.lstrip("_").casefold()
            if name == "class":
                if key.startswith("_"):
                    local_class = value
                else:
                    state["class"] = value
            else:
                dropped_directives.add(key)
        return ""

    markdown = _COMMENT.sub(comment, chunk)
    css_class = (local_class or state["class"]).split()
    layout = "title" if "lead" in css_class else "content"
    if dropped_directives:
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "Marp directives: {names}").format(
                names=", ".join(sorted(dropped_directives))
            )
        )
    layout_line = ""
    lines = markdown.strip("\n").split("\n")
    if lines and _LAYOUT_LINE.match(lines[0]):
        layout_line, markdown = lines[0], "\n".join(lines[1:])
    markdown, image_layout = _images(markdown, number, result, report, copy_images)
    if image_layout and layout == "content":
        layout = "image"
    markdown = _literal_note_lines(markdown).strip("\n")
    if layout_line:
        layout = layout_line.split(":", 1)[1].strip(" ->").casefold()
    if not markdown.strip():
        markdown = f"## Slide {number}"
        report.simplified.append(
            QT_TRANSLATE_NOOP("ImportReport", "the slide had nothing to show; it shows its number")
        )
    else:
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "text"))
    if layout == "title" and "lead" in css_class:
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "'lead' class, as a title slide"))
    text_notes = _literal_note_lines("\n\n".join(notes)).strip()
    if text_notes:
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "speaker notes"))
    return ImportedSlide(markdown, text_notes, layout, report=report)


def _directives(inner: str) -> dict[str, str] | None:
    """The Marp directives of a comment, or None when it is a note."""
    found: dict[str, str] = {}
    lines = [line for line in inner.split("\n") if line.strip()]
    if not lines:
        return None
    for line in lines:
        match = _DIRECTIVE_LINE.match(line)
        if match is None or match.group(1).lstrip("_").casefold() not in DIRECTIVES:
            return None
        found[match.group(1)] = match.group(2).strip().strip("\"'")
    return found


def _literal_note_lines(text: str) -> str:
    """Lines that would split a slide or start its notes in a Facilitator deck, made literal."""
    out = []
    for line in text.split("\n"):
        if line.rstrip() == "---":
            line = "\\---"
        elif line.strip().casefold() in ("note:", "notes:"):
            line = line.rstrip()[:-1] + "&#58;"
        out.append(line)
    return "\n".join(out)


def _images(
    markdown: str, number: int, result: ImportResult, report: SlideReport, copy_images: bool
) -> tuple[str, bool]:
    """Pictures copied (or checked) and their references rewritten; True for a split layout."""
    side: list[tuple[str, str]] = []  # (left|right, new reference)
    backgrounds = 0

    def image(match: re.Match[str]) -> str:
        nonlocal backgrounds
        alt, src = match.group(1), match.group(2)
        words = alt.split()
        target = _take(src, number, result, report, copy_images)
        if target is None:
            return ""
        lowered = [w.casefold() for w in words]
        plain_alt = " ".join(w for w in words if not _IMAGE_WORDS.match(w))
        if len(plain_alt) != len(alt.strip()) and "bg" not in lowered:
            report.simplified.append(
                QT_TRANSLATE_NOOP("ImportReport", "picture size or filter settings dropped")
            )
        if "bg" in lowered:
            if (
                "left" in lowered
                or "right" in lowered
                or any(w.startswith(("left:", "right:")) for w in lowered)
            ):
                where = "left" if any(w.startswith("left") for w in lowered) else "right"
                side.append((where, target))
                return ""
            backgrounds += 1
            if backgrounds > 1:
                report.dropped.append(
                    QT_TRANSLATE_NOOP(
                        "ImportReport", "a second background picture (only one is shown)"
                    )
                )
                return ""
            fit = " contain" if ("contain" in lowered or "fit" in lowered) else ""
            report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "background picture"))
            return f"![bg{fit}]({target})"
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "picture"))
        return f"![{plain_alt}]({target})"

    def html_image(match: re.Match[str]) -> str:
        target = _take(match.group(1), number, result, report, copy_images)
        if target is None:
            return ""
        report.simplified.append(
            QT_TRANSLATE_NOOP("ImportReport", "an HTML picture became a Markdown picture")
        )
        return f"![]({target})"

    markdown = _IMAGE.sub(image, markdown)
    markdown = _HTML_IMAGE.sub(html_image, markdown)
    if side:
        where, target = side[0]
        if len(side) > 1:
            report.dropped.append(
                QT_TRANSLATE_NOOP(
                    "ImportReport", "more than one side picture (only the first is shown)"
                )
            )
        report.kept.append(
            QT_TRANSLATE_NOOP("ImportReport", "side picture (left), as the image layout")
            if where == "left"
            else QT_TRANSLATE_NOOP("ImportReport", "side picture (right), as the image layout")
        )
        if where == "left":
            markdown = f"![]({target})\n\n" + markdown.strip("\n")
        else:
            markdown = markdown.rstrip("\n") + f"\n\n![]({target})"
        return markdown, True
    return markdown, False


def _take(
    src: str, number: int, result: ImportResult, report: SlideReport, copy_images: bool
) -> str | None:
    """The reference a kept picture gets, or None when it is dropped (and listed)."""
    if _SCHEME.match(src) or src.startswith("//"):
        report.dropped.append(
            QT_TRANSLATE_NOOP(
                "ImportReport", "picture '{name}': not a local file (only local files show)"
            ).format(name=src[:80])
        )
        return None
    relative = unquote(src.split("#")[0].split("?")[0])
    file = result.source.parent / relative
    if not file.is_file():
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "picture '{name}': file not found").format(
                name=src[:80]
            )
        )
        return None
    try:
        size = file.stat().st_size
        data = file.read_bytes() if size <= guard.MAX_ENTRY_BYTES else b""
    except OSError as error:
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "picture '{name}': cannot be read ({error})").format(
                name=src[:80], error=str(error.strerror)
            )
        )
        return None
    ext, reason = (
        guard.check_image(data)
        if data
        else (None, QT_TRANSLATE_NOOP("ImportReport", "it is too large"))
    )
    if ext is None:
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "picture '{name}': {reason}").format(
                name=src[:80], reason=reason
            )
        )
        return None
    if not copy_images:
        return src
    for name, existing in result.images.items():
        if isinstance(existing, Path) and existing.resolve() == file.resolve():
            return f"images/{name}"
    stem = re.sub(r"[^a-z0-9_-]+", "-", Path(relative).stem.casefold()).strip("-") or "picture"
    name = f"{stem[:40]}.{ext}"
    n = 2
    while name in result.images:
        name = f"{stem[:40]}-{n}.{ext}"
        n += 1
    result.images[name] = file
    return f"images/{name}"
