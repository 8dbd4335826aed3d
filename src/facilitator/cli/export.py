"""``facilitator export-pdf``: a deck, exercise, handout or guide, a plan's documents, or every
deck as a contact sheet, written to PDF. Exit status 0 written, 2 bad input, 1 the file failed.

A file's export imports no widgets, no records layer and no library (``tests/cli``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .lookup import Refused, a_kind, cached_library, item_from_target, own_plan, own_plan_ids

if TYPE_CHECKING:
    from ..render.theme import Theme

HANDOUT_SIZES = (2, 3, 4, 6)  # slides a page; render.pdf.HANDOUT_LAYOUTS has one for each
# render.plan_pdf.KINDS, and "all": the session pack (render.plan_pdf.ALL)
PLAN_DOCUMENTS = ("runsheet", "deck", "notes", "handout", "cards", "all")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ..render.theme import THEMES  # plain data: no Qt is loaded to parse the command line

    export = sub.add_parser(
        "export-pdf",
        help="export a deck (or an exercise, handout or guide) to a PDF file",
        description=(
            "Export a deck as slides, notes pages or handouts; an exercise, handout or guide as "
            "printed pages; or every deck of the library as a contact sheet for review."
        ),
    )
    # What to export: exactly one of these. (A plan, --plan ID, joins this group later.)
    source = export.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "target",
        nargs="?",
        metavar="ITEM_OR_FILE",
        help="an item id from the library (e.g. mentalisering.viden) or a Markdown item file",
    )
    source.add_argument(
        "--plan",
        metavar="PLAN_FILE_OR_ID",
        help="a plan: a .plan.yaml file, or the id of one of your plans or a bundled plan",
    )
    source.add_argument(
        "--all-decks",
        action="store_true",
        help="every deck of the library, six slides a page under each deck's title",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf",
        help="the PDF to write (with --what all: a folder for one PDF a part, or one .pdf)",
    )
    pages = export.add_mutually_exclusive_group()
    pages.add_argument(
        "--notes", action="store_true", help="notes pages: each slide with its speaker notes"
    )
    pages.add_argument(
        "--handout",
        type=int,
        metavar="N",
        choices=HANDOUT_SIZES,
        help="handouts: N slides a page (2, 3, 4 or 6) with lines to write on",
    )
    export.add_argument(
        "--what",
        choices=PLAN_DOCUMENTS,
        help=(
            "with --plan: runsheet (agenda, materials, notes; the default), deck (every slide), "
            "notes (slides with speaker notes), handout (handouts and slides 3 a page) or cards "
            "(one exercise a page); all: the session pack, every one of these and, for a "
            "parent meeting, the invitation letter, in the plan's language"
        ),
    )
    export.add_argument(
        "--theme",
        choices=sorted(THEMES),
        help="slide theme (default: the one chosen in the settings)",
    )


def run(args: argparse.Namespace) -> int:
    """``facilitator export-pdf``: 0 when written, 2 for bad input, 1 when the file failed."""
    out: Path = args.output
    from ..core import fields
    from ..core.settings import Settings

    fields.use_settings(Settings.load())  # printed handouts show the local contacts
    try:
        if args.what and not args.plan:
            raise Refused("--what is for plans: give --plan PLAN_FILE_OR_ID")
        if args.plan:
            if args.notes or args.handout:
                raise Refused("with --plan, choose the document with --what (notes, handout, …)")
            job = _plan_job(args.plan, args.what or "runsheet", out, args.theme)
        elif args.all_decks:
            if args.notes or args.handout:
                raise Refused("--notes and --handout do not apply to --all-decks")
            job = _contact_sheet_job(out, args.theme)
        else:
            job = _item_job(args.target, out, args.theme, args.notes, args.handout or 1)
        described = job()
    except Refused as refused:
        print(f"facilitator export-pdf: {refused}", file=sys.stderr)
        return 2
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"facilitator export-pdf: cannot write {out}: {reason}", file=sys.stderr)
        return 1
    print(f"{out}: {described}")
    return 0


def chosen_theme(name: str | None) -> Theme:
    from ..render.theme import get_theme

    if name is None:
        from ..core.settings import Settings

        name = Settings.load().get("theme")
    return get_theme(name)


def _item_job(
    target: str, out: Path, theme_name: str | None, notes: bool, per_page: int
) -> Callable[[], str]:
    """The item ``target`` names (an id, or a Markdown file), ready to write; or Refused."""
    item, _library_used = item_from_target(target, "exported")
    if item.kind != "deck" and (notes or per_page != 1):
        raise Refused(
            f"--notes and --handout are for decks; '{item.id}' is {a_kind(item.kind)}, "
            "leave them out to get printed pages"
        )
    theme = chosen_theme(theme_name)

    def write() -> str:
        from ..render.check import ensure_gui_application
        from ..render.pdf import export_slides_pdf

        ensure_gui_application()
        if item.kind == "deck":
            export_slides_pdf(
                item.slides, out, theme, notes=notes, per_page=per_page, title=item.title
            )
            what = "notes pages" if notes else f"handout, {per_page} a page" if per_page > 1 else ""
            count = len(item.slides)
            return f"{count} slide{'s' if count != 1 else ''}" + (f" ({what})" if what else "")
        from ..render.text_pdf import export_text_pdf

        export_text_pdf(item.body, out, title=item.title, base_dir=item.path.parent)
        return f"{item.kind} as printed pages"

    return write


def _contact_sheet_job(out: Path, theme_name: str | None) -> Callable[[], str]:
    library = cached_library()
    decks = [
        (module, item)
        for module in library.modules
        for item in module.items
        if item.kind == "deck" and item.slides
    ]
    if not decks:
        raise Refused("the library has no decks")
    theme = chosen_theme(theme_name)

    def write() -> str:
        from ..render.check import ensure_gui_application
        from ..render.contact_sheet import SheetDeck, export_contact_sheet_pdf

        ensure_gui_application()
        sheets = [
            SheetDeck(item.title, _relative(item.path, module.path.parent), item.slides)
            for module, item in decks
        ]
        export_contact_sheet_pdf(sheets, out, theme, title="Facilitator: every deck")
        slides = sum(len(item.slides) for _, item in decks)
        return f"{len(decks)} decks, {slides} slides"

    return write


def _plan_job(target: str, what: str, out: Path, theme_name: str | None) -> Callable[[], str]:
    """The plan ``target`` names: a plan file, one of the user's plans, or a bundled plan."""
    from ..core.plans import parse_plan_file

    library = cached_library()
    path = Path(target)
    plan = None
    if path.is_file() or target.endswith(".yaml"):
        if not path.is_file():
            raise Refused(f"file not found: {target}")
        from ..core.loader import read_file_text

        text, problem = read_file_text(path)  # as check-content reads it: 2 MiB at most
        if text is None:
            raise Refused(f"{target} cannot be exported:\n  {problem}")
        plan, problems = parse_plan_file(text, path)
        errors = [p for p in problems if p.severity == "error"]
        if plan is None or errors:
            listed = "\n".join(f"  {p}" for p in errors or problems)
            raise Refused(f"{target} cannot be exported:\n{listed}")
    else:
        plan = own_plan(target) or library.plan(target)
        if plan is None:
            import difflib

            ids = [p.id for p in library.plans] + own_plan_ids()
            close = difflib.get_close_matches(target, ids, n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise Refused(f"no plan with the id '{target}'{hint}")
    theme = chosen_theme(theme_name)

    def write() -> str:
        from ..render.check import ensure_gui_application
        from ..render.plan_pdf import export_plan_pdf

        ensure_gui_application()
        try:
            return export_plan_pdf(plan, library, what, out, theme)
        except ValueError as error:
            raise Refused(f"'{plan.id}': {error}") from None

    return write


def _relative(path: Path, folder: Path) -> str:
    """``path`` as the library shows it: from the folder that holds its module."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)
