"""PDF documents for a plan: run sheet, slides, notes pages, handouts and exercise cards.

Everything is drawn with ``render.pdf``'s writer (A4, vector text, the bundled fonts embedded):

- ``runsheet``: the agenda with clock times, minutes, what happens and the trainer's notes, then
  the materials to bring (each exercise's materials, the handouts to print, the decks) and the
  plan's own notes;
- ``deck``: every slide the plan shows, in plan order (chosen slides only, hidden ones left
  out, free entries' own slides included);
- ``notes``: the same slides with their speaker notes;
- ``handout``: the participants' handouts as printed pages, then the slides three a page with
  lines to write on;
- ``cards``: one exercise a page in large type, to lay on a table or hand to a group.

The few fixed words (Time, Materials, …) are in the plan's language (Danish, Norwegian Bokmål or
English), from ``render.words.plan_words``: the document is for the room, whatever language the
app is set to.
"""

from __future__ import annotations

import contextlib
import html
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import QFont, QTextDocument, QTextOption

from facilitator.core.dates import duration, long_date
from facilitator.core.messages import QT_TRANSLATE_NOOP, MessageError
from facilitator.core.model import Item, Library, Plan
from facilitator.core.plan_book import plan_items, plan_slides
from facilitator.core.planning import clock, planned_end, schedule, start_minutes
from facilitator.core.session_pack import module_handouts
from facilitator.render import pdf, text_pdf
from facilitator.render.markup import markdown_to_html
from facilitator.render.slides import SlideRenderer
from facilitator.render.textbox import SafeDocument, no_ligatures
from facilitator.render.textpages import draw_page, paginate, rules_by_page
from facilitator.render.theme import Theme
from facilitator.render.words import plan_words

__all__ = ["ALL", "KINDS", "Cancelled", "export_plan_pdf", "export_session_pack"]

KINDS = ("runsheet", "deck", "notes", "handout", "cards")
ALL = "all"  # the session pack: every document at once (core/session_pack.py)
Progress = Callable[[int, int], None]
HANDOUT_SLIDES = 3  # slides a page in the participants' handout


class NothingToPrint(MessageError, ValueError):
    """The plan has nothing of the kind asked for (no slides, no exercises): ``message`` in
    English, ``text`` for the UI."""


class Cancelled(Exception):  # noqa: N818 - raised by a progress callback to stop an export
    """Raised by a progress callback to stop an export; no file is left behind."""


def _duration(minutes: int, w: dict[str, str]) -> str:
    return duration(minutes, w.get("language", "da"))


def export_plan_pdf(
    plan: Plan,
    library: Library,
    kind: str,
    out: Path,
    theme: Theme,
    progress: Progress | None = None,
) -> str:
    """Write the ``kind`` document of ``plan`` to ``out``; return a short description.

    Raises ``NothingToPrint`` (a ValueError) when the plan has nothing of that kind (no slides,
    no exercises),
    ``OSError`` when the file cannot be written, ``Cancelled`` when ``progress`` raised it. The
    file appears only when complete.
    """
    if kind == ALL:
        return export_session_pack(plan, library, out, theme, progress)
    if kind not in KINDS:
        raise ValueError(f"unknown document '{kind}' (use one of: {', '.join(KINDS)}, {ALL})")
    return _export_part(plan, library, kind, out, theme, progress)


def _export_part(
    plan: Plan,
    library: Library,
    kind: str,
    out: Path,
    theme: Theme,
    progress: Progress | None = None,
    handouts: list[Item] | None = None,
) -> str:
    """One document; ``handouts`` replaces the participants' handouts (the pack leaves the
    invitation out of them, and prints an invitation alone as its own part)."""
    w = plan_words(plan.language)
    if kind in ("deck", "notes"):
        slides = plan_slides(plan, library)
        if not slides:
            raise NothingToPrint(QT_TRANSLATE_NOOP("PlanPdf", "the plan shows no slides"))
        pdf.export_slides_pdf(
            slides, out, theme, notes=kind == "notes", progress=progress, title=plan.title
        )
        return _count(len(slides), "slide") + (" with notes" if kind == "notes" else "")
    if kind == "runsheet":
        pdf.write_atomically(Path(out), lambda path: _write_runsheet(plan, library, path, w))
        if progress:
            progress(1, 1)
        return f"run sheet, {len(plan.entries)} entries"
    if kind == "cards":
        exercises = plan_items(plan, library, "exercise")
        if not exercises:
            raise NothingToPrint(QT_TRANSLATE_NOOP("PlanPdf", "the plan has no exercises"))
        pdf.write_atomically(
            Path(out), lambda path: _write_cards(plan, exercises, path, w, progress)
        )
        return _count(len(exercises), "exercise card")
    if handouts is None:
        handouts = participant_handouts(plan, library)
        slides = plan_slides(plan, library)
    else:
        slides = plan_slides(plan, library) if kind == "handout" else []
    if not handouts and not slides:
        raise NothingToPrint(QT_TRANSLATE_NOOP("PlanPdf", "the plan has no handouts and no slides"))
    pdf.write_atomically(
        Path(out), lambda path: _write_handouts(plan, handouts, slides, path, theme, progress, w)
    )
    return f"{_count(len(handouts), 'handout')}, {_count(len(slides), 'slide')}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# Documents from HTML ------------------------------------------------------------------------


def _document(body_html: str, width: float, size: float = 10.5) -> QTextDocument:
    doc = SafeDocument()  # loads nothing from anywhere
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    font = no_ligatures(QFont("Lato"))
    font.setPixelSize(round(size))  # points: the painter works in points
    doc.setDefaultFont(font)
    doc.setIndentWidth(16)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(
        f"p {{ margin-top: 0px; margin-bottom: {size * 0.6:.0f}px; line-height: 135%; }}"
        f"li {{ margin-bottom: {size * 0.25:.0f}px; line-height: 130%; }}"
        "ul, ol { margin-top: 0px; margin-bottom: 6px; }"
        f"h1 {{ font-size: {size * 1.9:.0f}px; font-weight: 700; margin-bottom: {size:.0f}px; }}"
        f"h2 {{ font-size: {size * 1.3:.0f}px; font-weight: 700; margin-top: {size:.0f}px;"
        f" margin-bottom: {size * 0.5:.0f}px; }}"
        f"h3 {{ font-size: {size * 1.1:.0f}px; font-weight: 700; margin-top: {size * 0.6:.0f}px;"
        f" margin-bottom: {size * 0.3:.0f}px; }}"
        ".meta { color: #5c6876; }"
        "table.agenda { border-collapse: collapse; margin-top: 4px; }"
        "table.agenda td { padding: 4px 6px; border-bottom: 0.5px solid #c9d2da;"
        " vertical-align: top; }"
        "table.agenda th { padding: 4px 6px; text-align: left; font-weight: 700;"
        " border-bottom: 1px solid #1f2933; }"
        "td.section { font-weight: 700; padding-top: 10px; background: #eef2f4; }"
        "td.time { white-space: nowrap; color: #3e4c59; }"
        "td.min { text-align: right; }"
        ".muted { color: #5c6876; }"
        ".alert { color: #b3261e; font-weight: 700; }"
    )
    doc.setHtml(body_html)
    doc.setTextWidth(width)
    return doc


def _text_area(page) -> QSizeF:  # type: ignore[no-untyped-def]
    """The text's room on a page: inside the margins, above the footer."""
    return QSizeF(page.width() - 2 * pdf.PAGE_MARGIN, page.height() - 2 * pdf.PAGE_MARGIN - 16)


def _draw_pages(
    out: pdf.PdfDocument, doc: QTextDocument, title: str, numbers: Callable[[int], str]
) -> None:
    """Every page of the paginated ``doc``, each with its footer: ``title`` on the left and
    ``numbers(page number)`` on the right (the page number counts the file's pages)."""
    rules = rules_by_page(doc)  # once for all pages
    for index in range(doc.pageCount()):
        out.next_page()
        draw_page(out.painter, doc, QPointF(pdf.PAGE_MARGIN, pdf.PAGE_MARGIN), index, rules)
        out.footer(numbers(out.pages), title)


def _page_numbers(total: int, w: dict[str, str]) -> Callable[[int], str]:
    return lambda number: f"{w['page']} {number} / {total}"


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _markdown(text: str) -> str:
    return markdown_to_html(text, image=lambda attrs: None) if text.strip() else ""


# Run sheet ----------------------------------------------------------------------------------


def runsheet_html(plan: Plan, library: Library, w: dict[str, str]) -> str:
    start = start_minutes(plan)
    end = planned_end(plan)
    facts = []
    if plan.day:
        try:
            facts.append(long_date(date.fromisoformat(plan.day), plan.language))
        except ValueError:  # checked when the plan is read; never stops a print
            facts.append(plan.day)
    if plan.audience:
        facts.append(", ".join(plan.audience))
    facts.append(f"{clock(start)}–{clock(end)}")
    facts.append(f"{w['total']} {_duration(plan.minutes, w)}")
    parts = [f"<h1>{_e(plan.title)}</h1>", f"<p class='meta'>{_e('  ·  '.join(facts))}</p>"]
    if plan.notes:
        parts.append(f"<p>{_e(plan.notes)}</p>")
    rows = [
        f"<tr><th>{w['time']}</th><th>{w['min']}</th><th>{w['what']}</th><th>{w['note']}</th></tr>"
    ]
    slots = schedule(plan)
    section = -1
    for slot in slots:
        if slot.section != section:
            section = slot.section
            title = plan.sections[section].title
            if title:
                rows.append(f"<tr><td class='section' colspan='4'>{_e(title)}</td></tr>")
        entry = slot.entry
        what = _entry_words(entry, library, w)
        note = _e(entry.note).replace("\n", "<br>")
        rows.append(
            f"<tr><td class='time'>{slot.span}</td><td class='min'>{entry.minutes}</td>"
            f"<td>{what}</td><td>{note}</td></tr>"
        )
    parts.append("<table class='agenda' width='100%' cellspacing='0'>" + "".join(rows) + "</table>")
    parts.append(f"<h2>{w['materials']}</h2>")
    parts.append(_materials(plan, library, w))
    return "".join(parts)


def _entry_words(entry, library: Library, w: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    if entry.kind == "break":
        return f"<i>{_e(entry.label or w['break'])}</i>"
    if entry.kind == "free":
        return _e(entry.label or w["free"])
    item = library.item(entry.ref)
    if item is None:
        return f"{_e(entry.ref)} <span class='alert'>({w['missing']})</span>"
    kind = w.get(item.kind, item.kind)
    extra = ""
    if item.kind == "deck" and item.slides:
        shown = len(
            [n for n in (entry.slides or range(1, len(item.slides) + 1)) if n not in entry.hidden]
        )
        extra = f", {shown} {w['slides']}"
    return f"<b>{_e(item.title)}</b><br><span class='muted'>{_e(kind)}{extra}</span>"


def _materials(plan: Plan, library: Library, w: dict[str, str]) -> str:
    parts = []
    for item in plan_items(plan, library, "exercise"):
        materials = item.exercise.materials if item.exercise is not None else ""
        if materials.strip():
            parts.append(f"<h3>{_e(item.title)}</h3>{_markdown(materials)}")
    handouts = plan_items(plan, library, "handout")
    if handouts:
        listed = "".join(f"<li>{_e(h.title)}</li>" for h in handouts)
        parts.append(f"<h3>{w['handouts']}</h3><ul>{listed}</ul>")
    decks = plan_items(plan, library, "deck")
    if decks:
        listed = "".join(f"<li>{_e(d.title)} ({len(d.slides)} {w['slides']})</li>" for d in decks)
        parts.append(f"<h3>{w['decks']}</h3><ul>{listed}</ul>")
    return "".join(parts) or f"<p>{w['none']}</p>"


def _write_runsheet(plan: Plan, library: Library, path: Path, w: dict[str, str]) -> None:
    with pdf.PdfDocument(path, plan.title, portrait=True) as out:
        area = _text_area(out.page)
        doc = _document(runsheet_html(plan, library, w), area.width())
        total = paginate(doc, area)
        _draw_pages(out, doc, plan.title, _page_numbers(total, w))


# Exercise cards -----------------------------------------------------------------------------


CARD_SIZES = (20.0, 18.0, 16.0, 14.0, 12.5, 11.0)  # points, largest that fits one page


def card_html(item: Item, w: dict[str, str]) -> str:
    parts = [f"<h1>{_e(item.title)}</h1>"]
    facts = [_duration(item.duration, w)]
    parts.append(f"<p class='meta'>{_e('  ·  '.join(facts))}</p>")
    ex = item.exercise
    if ex is None:
        return "".join(parts) + _markdown(item.body)
    if ex.purpose.strip():
        parts.append(f"<h2>{w['purpose']}</h2>{_markdown(ex.purpose)}")
    if ex.materials.strip():
        parts.append(f"<h2>{w['materials']}</h2>{_markdown(ex.materials)}")
    if ex.steps:
        steps = "".join(
            f"<li>{_e(step.text)}{_step_minutes(step.minutes, w)}</li>" for step in ex.steps
        )
        parts.append(f"<h2>{w['steps']}</h2><ol>{steps}</ol>")
    if ex.reflection.strip():
        parts.append(f"<h2>{w['reflection']}</h2>{_markdown(ex.reflection)}")
    return "".join(parts)


def _step_minutes(minutes: int | None, w: dict[str, str]) -> str:
    return f" <span class='muted'>({_duration(minutes, w)})</span>" if minutes else ""


def participant_handouts(plan: Plan, library: Library) -> list[Item]:
    """The handouts in the plan, then the other handouts of the modules the plan draws on."""
    return module_handouts(plan, library)


def _write_cards(
    plan: Plan, exercises: list[Item], path: Path, w: dict[str, str], progress: Progress | None
) -> None:
    with pdf.PdfDocument(path, plan.title, portrait=True) as out:
        area = _text_area(out.page)
        cards: list[QTextDocument] = []
        for done, item in enumerate(exercises, start=1):
            body = card_html(item, w)
            for size in CARD_SIZES:  # the largest type that keeps the card on one page
                doc = _document(body, area.width(), size)
                if paginate(doc, area) == 1:
                    break
            cards.append(doc)
            if progress:
                progress(done, len(exercises))
        numbers = _page_numbers(sum(doc.pageCount() for doc in cards), w)
        for item, doc in zip(exercises, cards, strict=True):
            _draw_pages(out, doc, item.title, numbers)


# Handouts -----------------------------------------------------------------------------------


def _write_handouts(
    plan: Plan,
    handouts: list[Item],
    slides: list,  # type: ignore[type-arg]
    path: Path,
    theme: Theme,
    progress: Progress | None,
    w: dict[str, str],
) -> None:
    with pdf.PdfDocument(path, plan.title, portrait=True) as out:
        area = _text_area(out.page)
        total = len(handouts) + len(slides)
        docs = []
        for item in handouts:
            docs.append(text_pdf.item_pages(item.body, item.title, area, item.path.parent))
        slide_pages = -(-len(slides) // HANDOUT_SLIDES)
        numbers = _page_numbers(sum(doc.pageCount() for doc in docs) + slide_pages, w)
        for done, (item, doc) in enumerate(zip(handouts, docs, strict=True), start=1):
            _draw_pages(out, doc, item.title, numbers)
            if progress:
                progress(done, total)
        if slides:
            offset = len(handouts)

            def slide_progress(done: int, _all: int) -> None:
                if progress:
                    progress(offset + done, total)

            out.handout_pages(
                slides,
                SlideRenderer(theme),
                pdf.HANDOUT_LAYOUTS[HANDOUT_SLIDES],
                slide_progress,
                plan.title,
                numbers=numbers,
            )


# The session pack ---------------------------------------------------------------------------

PART_NOUNS = {
    "runsheet": "run sheet",
    "deck": "slides",
    "notes": "notes pages",
    "handout": "handouts",
    "cards": "exercise cards",
    "invitation": "invitation",
}


def export_session_pack(
    plan: Plan,
    library: Library,
    out: Path,
    theme: Theme,
    progress: Progress | None = None,
) -> str:
    """Every document of the session at once (``core.session_pack``): to a folder, one PDF a
    part (numbered in printing order); to a ``.pdf`` file, one combined PDF.

    The parts are made in a hidden folder beside the target and moved into place only when all
    are done: a Cancel (``Cancelled`` from ``progress``) or a failure leaves nothing behind. A
    folder that does not exist is made (and removed again when the pack is not written).
    """
    from facilitator.core.session_pack import pack_contents, part_file_name

    contents = pack_contents(plan, library)
    parts = contents.parts()
    combined = out.suffix.lower() == ".pdf"
    folder = out.parent if combined else out
    if folder.exists() and not folder.is_dir():
        raise OSError(f"{folder} is a file, not a folder")
    made = [path for path in (folder, *folder.parents) if not path.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".facilitator-pack-", dir=folder))
    written: list[Path] = []
    try:
        for index, part in enumerate(parts):

            def step(done: int, total: int, index: int = index) -> None:
                if progress:
                    progress(
                        index * STEPS + round(STEPS * done / max(total, 1)), STEPS * len(parts)
                    )

            target = staging / part_file_name(plan, part, index + 1)
            handouts = {"handout": contents.handouts, "invitation": contents.invitations}
            _export_part(plan, library, part, target, theme, step, handouts.get(part))
            written.append(target)
            step(1, 1)
        if combined:
            _combine(written, staging / "combined.pdf")
            os.replace(staging / "combined.pdf", out)
        else:
            for path in written:
                os.replace(path, folder / path.name)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        for path in made:  # the folders made for the pack, innermost first
            with contextlib.suppress(OSError):
                path.rmdir()  # only when empty: nothing of the user's is removed
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    listed = ", ".join(PART_NOUNS[part] for part in parts)
    if combined:
        return f"one PDF: {listed}"
    return f"{len(parts)} PDFs: {listed}"


STEPS = 100  # progress steps a part


def _combine(files: list[Path], out: Path) -> None:
    """One PDF of ``files`` in order (pages copied as they are: text stays text)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # pypdfium2 ships no types

    merged = pdfium.PdfDocument.new()
    try:
        for path in files:
            source = pdfium.PdfDocument(str(path))
            try:
                merged.import_pages(source)
            finally:
                source.close()
        with open(out, "wb") as handle:
            merged.save(handle)
    finally:
        merged.close()
