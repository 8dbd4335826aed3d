"""The user guide that ships with the app: short Markdown pages in Danish, Bokmål and English.

The pages live in ``resources/guide/<language>/<page>.md`` with their pictures in
``resources/guide/images/``. Every language has the same pages (:data:`PAGES`, in reading
order); each page starts with a ``# Title`` line. A screen of the app opens the page (and the
place on it) that :data:`SCREENS` names. Search folds Danish and Norwegian letters like the
library's search, so "foelelser" finds "følelser".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .paths import resource_path

LANGUAGES = ("da", "nb", "en")
PAGES = (
    "first-lesson",
    "planning",
    "presenting",
    "records",
    "own-material",
    "settings",
    "for-it",
)
# Screen -> (page, anchor on the page). An anchor is an ``<a name="...">`` in the page.
SCREENS: dict[str, tuple[str, str]] = {
    "library": ("first-lesson", ""),
    "plans": ("planning", ""),
    "sessions": ("records", "sessions"),
    "mentor": ("records", "mentor"),
    "presenting": ("presenting", ""),
    "settings": ("settings", ""),
    "backups": ("records", "backups"),
    "editor": ("own-material", "editor"),
}
# Where a page asks for a generated table of keys (see ui/guide/keys.py).
KEY_TABLE = re.compile(r"^<!-- keys: (\w+) -->$", re.MULTILINE)
IMAGE_LINK = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
_WORD = re.compile(r"\w+", re.UNICODE)
_MARKUP = re.compile(r"<[^>]+>|!\[[^\]]*\]\([^)]*\)|[#*`|>]")


def guide_dir() -> Path:
    return resource_path("guide")


@dataclass(frozen=True)
class GuidePage:
    slug: str  # the file name without .md: the same in every language
    title: str
    text: str  # the Markdown, key tables already filled in where the caller did so
    path: Path

    def with_text(self, text: str) -> GuidePage:
        return GuidePage(self.slug, self.title, text, self.path)


def page_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def load_pages(language: str, folder: Path | None = None) -> list[GuidePage]:
    """The guide's pages in ``language`` (English where that language lacks one), in order.

    A page that cannot be read is left out (the guide is part of the program, so this only
    happens in a damaged installation); the others still show."""
    base = folder or guide_dir()
    pages: list[GuidePage] = []
    for slug in PAGES:
        for lang in (language, "en"):
            path = base / lang / f"{slug}.md"
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            pages.append(GuidePage(slug, page_title(text, slug), text, path))
            break
    return pages


def image_links(text: str) -> list[tuple[str, str]]:
    """Every ``![alt](target)`` of a page: (alt text, target as written)."""
    return [(m.group(1), m.group(2)) for m in IMAGE_LINK.finditer(text)]


def plain_text(text: str) -> str:
    """A page's words without Markdown and HTML marks, for search and snippets."""
    return " ".join(_MARKUP.sub(" ", text).split())


@dataclass(frozen=True)
class GuideHit:
    slug: str
    title: str
    count: int  # how often the query's words occur on the page
    word: str  # the first word of the query as the page writes it (to scroll to)
    snippet: str  # a few words around the first occurrence


def search(pages: list[GuidePage], query: str) -> list[GuideHit]:
    """Pages that hold every word of ``query`` (a word may be the start of a longer word),
    the most hits first; the title counts extra. An empty query finds nothing."""
    from .search import fold  # the library's folding; imported late, like the guide window

    wanted = [fold(w) for w in _WORD.findall(query)]
    if not wanted:
        return []
    hits: list[tuple[int, int, GuideHit]] = []
    for order, page in enumerate(pages):
        words = _WORD.findall(plain_text(page.text))
        folded = [fold(w) for w in words]
        title = [fold(w) for w in _WORD.findall(page.title)]
        count = 0
        first = -1
        for term in wanted:
            positions = [i for i, w in enumerate(folded) if w.startswith(term)]
            if not positions:
                break
            count += len(positions) + 5 * sum(w.startswith(term) for w in title)
            if first < 0:
                first = positions[0]
        else:
            snippet = " ".join(words[max(0, first - 6) : first + 10])
            hit = GuideHit(page.slug, page.title, count, words[first], snippet)
            hits.append((-count, order, hit))
    return [hit for _, _, hit in sorted(hits, key=lambda h: (h[0], h[1]))]
