"""What an importer returns: slides in the content format's terms, and a report of each slide.

Importers never write anything: :mod:`.writer` turns a result into a library item. Every message
an importer raises is an :class:`ImportRefused` that names the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..messages import Message, as_message, plain


class ImportRefused(Exception):
    """The file cannot be imported; ``str()`` is the whole message in English, starting with the
    file, ``message`` the same for the UI to translate (``reason`` is the English reason)."""

    def __init__(self, path: Path | str, reason: Message | str) -> None:
        self.path = Path(path)
        self.reason = str(reason)
        self.message = plain("{file}: {reason}", file=self.path.name, reason=as_message(reason))
        super().__init__(str(self.message))


@dataclass
class SlideReport:
    """What became of one slide: each entry is one short sentence with its reason (a Message:
    ``str()`` is English, the UI shows it translated)."""

    kept: list[Message] = field(default_factory=list)
    simplified: list[Message] = field(default_factory=list)
    dropped: list[Message] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[str]]:
        return {
            "kept": [str(m) for m in self.kept],
            "simplified": [str(m) for m in self.simplified],
            "dropped": [str(m) for m in self.dropped],
        }


@dataclass
class ImportedSlide:
    """One slide: ``markdown`` is its body in deck Markdown (no layout line, no notes).

    ``text`` is searchable text that is not drawn (a PDF page's words), ``hidden`` whether the
    original program hid the slide, ``section`` the name of the section the slide starts."""

    markdown: str
    notes: str = ""
    layout: str = "content"
    hidden: bool = False
    text: str = ""
    section: str = ""
    report: SlideReport = field(default_factory=SlideReport)

    @property
    def title(self) -> str:
        for line in self.markdown.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
        return ""


@dataclass
class ImportResult:
    """A whole deck read from ``source``. ``images`` maps a file name (as the slides refer to it,
    under ``images/``) to its bytes, or to a file to copy."""

    source: Path
    kind: str  # pptx, odp, pdf, markdown
    title: str
    slides: list[ImportedSlide] = field(default_factory=list)
    images: dict[str, bytes | Path] = field(default_factory=dict)
    remarks: list[Message] = field(default_factory=list)  # about the whole deck
    digest: str = ""  # sha256 of the source file

    def as_dict(self) -> dict[str, object]:
        return {
            "file": str(self.source),
            "format": self.kind,
            "title": self.title,
            "slides": [
                {
                    "number": n,
                    "title": slide.title,
                    "hidden": slide.hidden,
                    "section": slide.section,
                    "notes": bool(slide.notes.strip()),
                    **slide.report.as_dict(),
                }
                for n, slide in enumerate(self.slides, 1)
            ],
            "remarks": [str(m) for m in self.remarks],
        }
