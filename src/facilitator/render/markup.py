"""Markdown to safe HTML for slides (no Qt here).

Python-Markdown turns the slide text into HTML; a small allow-list filter then removes whatever must
never reach the renderer: scripts, frames, embedded objects, style sheets, forms, event handlers
and images that are not local files. The renderer resolves the local images that remain.

Extensions: ``tables`` and ``sane_lists`` (a numbered list and a bullet list that touch stay two
lists). Nested lists may be indented by two spaces, as most editors and CommonMark do: the list
indentation is normalised before Python-Markdown (which would want four) sees it.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from facilitator.core.fields import expand
from facilitator.core.limits import markdown_limit

# Elements dropped together with everything inside them.
_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "noscript",
        "template",
        "svg",
        "math",
        "audio",
        "video",
        "canvas",
        "form",
        "textarea",
        "select",
        "button",
        "head",
        "title",
    }
)
# Elements dropped, but whose content is kept (or that have none).
_DROP_TAG_ONLY = frozenset(
    {"link", "meta", "base", "input", "source", "track", "param", "html", "body", "picture"}
)
_VOID = frozenset({"br", "hr", "img", "col", "area", "wbr"})
_URL_ATTRIBUTES = frozenset({"href", "src", "background", "action", "srcset", "data", "poster"})
_SAFE_LINK = re.compile(r"^(#|mailto:|https?:)", re.IGNORECASE)
_CSS_URL = re.compile(r"url\s*\(|expression\s*\(|@import", re.IGNORECASE)

_LIST_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")

_converters = threading.local()  # plan PDFs are drawn on a worker thread while slides show


def converter() -> markdown.Markdown:
    """This thread's Python-Markdown converter with the slides' extensions.

    The extensions are given as objects, not names: a name makes Python-Markdown read the entry
    points of every installed package (importlib.metadata), which cost about 70 ms at start-up.
    """
    md = getattr(_converters, "md", None)
    if md is None:
        md = markdown.Markdown(
            extensions=[TableExtension(), SaneListExtension()], output_format="html"
        )
        _converters.md = md
    return md


def normalise_list_indent(text: str) -> str:
    """Re-indent nested lists to Python-Markdown's four spaces a level.

    Nesting is read from relative indentation, so lists indented by two, three or four spaces a
    level all nest as the author meant.
    """
    if not _LIST_ITEM.search(text) and "\n " not in text:
        return text
    out: list[str] = []
    stack: list[int] = []  # indentation of the list markers of the open levels
    previous_blank = False
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            previous_blank = True
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        indent = len(line[:indent].expandtabs(4))
        match = _LIST_ITEM.match(line)
        if match:
            while stack and stack[-1] > indent:
                stack.pop()
            if not stack or stack[-1] < indent:
                stack.append(indent)
            out.append("    " * (len(stack) - 1) + line.lstrip(" \t"))
        elif stack and indent > 0:
            # A continuation paragraph: it belongs to the deepest item it is indented under.
            level = sum(1 for marker in stack if marker < indent)
            out.append("    " * max(level, 1) + line.lstrip(" \t"))
        else:
            if previous_blank:
                stack.clear()
            out.append(line)
        previous_blank = False
    return "\n".join(out)


def markdown_to_html(md: str, image: ImageRewriter | None = None) -> str:
    """Convert slide Markdown to HTML that is safe to hand to a ``QTextDocument``.

    Unsafe elements are removed (see the module docstring); ``image`` may rewrite or refuse each
    ``<img>``. Without it, remote and ``data:`` images are removed and local ones are kept as
    written.
    """
    return sanitise_html(_convert(md), image).html


def _convert(md: str) -> str:
    return convert(md)


PLAIN_TEXT_LIMIT = 2000  # characters of a too deeply nested text that are shown


def convert(md: str, *, normalise: bool = True, trainer: bool = False) -> str:
    """Python-Markdown's HTML for ``md`` (lists re-indented first unless ``normalise`` is
    False); unfiltered: pass it through :func:`sanitise_html`.

    Some of Python-Markdown's steps grow with the square of the input, so the text is bounded
    first, in one pass: a text past ``core.limits.markdown_limit`` (nested too deeply, too
    long) is shown as plain text, and ``check-content`` reports its line; runs of blank lines
    become one; a heading gets a blank line after it; a paragraph with more than
    :data:`MAX_BRACKETS` "[" or "<" shows them as written (no links, no HTML in it).
    """
    # Template fields first (help lines, local contacts; ``trainer``: a screen only the trainer
    # sees, where empty contacts show a hint), so the limits see what is converted.
    md = expand(md.replace("\r\n", "\n"), trainer=trainer)
    if markdown_limit(md) is not None:
        return plain_text_html(md)
    md = _HEADING_END.sub("\\1\n", _BLANK_RUN.sub("\n\n", md))
    md = "\n\n".join(_literal_brackets(block) for block in md.split("\n\n"))
    engine = converter()
    engine.reset()
    return engine.convert(normalise_list_indent(md) if normalise else md)


MAX_BRACKETS = 64  # "[" or "<" in one paragraph; a real one has a few
_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")
# A heading ends at its line; a blank line after it keeps Python-Markdown from re-joining the
# rest of the paragraph once per heading (a run of headings was quadratic).
_HEADING_END = re.compile(r"^(#{1,6}[ \t][^\n]*|=+[ \t]*|-{2,}[ \t]*)\n(?=[^\n])", re.MULTILINE)


def _literal_brackets(block: str) -> str:
    if block.count("[") > MAX_BRACKETS:
        block = block.replace("\\[", "[").replace("[", "\\[")
    if block.count("<") > MAX_BRACKETS:
        block = block.replace("<", "&lt;")
    return block


def plain_text_html(text: str) -> str:
    """The first :data:`PLAIN_TEXT_LIMIT` characters of ``text`` as escaped paragraphs."""
    shown = text[:PLAIN_TEXT_LIMIT] + ("…" if len(text) > PLAIN_TEXT_LIMIT else "")
    lines = (html.escape(line.strip(), quote=False) for line in shown.split("\n"))
    return "<p>" + "<br />".join(line for line in lines if line) + "</p>"


ImageRewriter = Callable[[dict[str, str]], "dict[str, str] | str | None"]
"""Called with an ``<img>``'s attributes; returns new attributes, replacement HTML, or None."""


@dataclass
class Sanitised:
    html: str
    removed: list[str] = field(default_factory=list)  # tag names removed, in order


def is_local_reference(src: str) -> bool:
    """True for a relative file reference; False for URLs (any scheme) and absolute paths."""
    src = src.strip()
    if not src or src.startswith(("/", "\\", "//")):
        return False
    # A scheme (http:, https:, ftp:, data:, file:) or a drive letter (C:) is not a relative path.
    return not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", src)


def default_image_policy(attrs: dict[str, str]) -> dict[str, str] | None:
    return attrs if is_local_reference(attrs.get("src", "")) else None


class _Filter(HTMLParser):
    def __init__(self, image: ImageRewriter) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.removed: list[str] = []
        self.skip_depth = 0
        self.skip_tag = ""
        self.image = image

    # Tags -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self.skip_depth:
            if tag == self.skip_tag and not closed:
                self.skip_depth += 1
            return
        if tag in _DROP_WITH_CONTENT:
            self.removed.append(tag)
            if not closed and tag not in _VOID:
                self.skip_depth, self.skip_tag = 1, tag
            return
        if tag in _DROP_TAG_ONLY:
            if tag not in ("html", "body"):
                self.removed.append(tag)
            return
        clean = self._clean_attributes(tag, attrs)
        if tag == "img":
            result = self.image(clean)
            if result is None:
                self.removed.append("img")
                return
            if isinstance(result, str):
                self.out.append(result)
                return
            clean = result
        rendered = "".join(
            f' {name}="{html.escape(value, quote=True)}"' for name, value in clean.items()
        )
        self.out.append(f"<{tag}{rendered}{' /' if closed or tag in _VOID else ''}>")

    def _clean_attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> dict[str, str]:
        clean: dict[str, str] = {}
        for name, value in attrs:
            name = name.lower()
            value = value or ""
            if name.startswith("on") or name in ("srcset", "action", "formaction"):
                continue
            if name == "style" and _CSS_URL.search(value):
                continue
            is_image_source = tag == "img" and name == "src"  # the image policy decides
            is_safe_link = name == "href" and _SAFE_LINK.match(value.strip())
            if name in _URL_ATTRIBUTES and not (is_image_source or is_safe_link):
                continue
            clean[name] = value
        return clean

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in _DROP_WITH_CONTENT or tag in _DROP_TAG_ONLY or tag in _VOID:
            return
        self.out.append(f"</{tag}>")

    # Text -------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            # Raw text from the source may hold a bare "<" or "&": keep it as text.
            self.out.append(html.escape(data, quote=False))

    def handle_entityref(self, name: str) -> None:
        if not self.skip_depth:
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.skip_depth:
            self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        pass  # comments carry directives (layout, column) that the renderer has handled

    def handle_decl(self, decl: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass


def sanitise_html(source: str, image: ImageRewriter | None = None) -> Sanitised:
    """Keep what a slide may show of ``source``; report what was removed."""
    parser = _Filter(image or default_image_policy)
    parser.feed(source)
    parser.close()
    return Sanitised("".join(parser.out), parser.removed)
