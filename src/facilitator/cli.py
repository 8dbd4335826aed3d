"""The ``facilitator`` command: opens the app, or runs a headless job.

Imports stay inside the functions so that ``check-content`` never loads Qt and the app starts fast.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core.loader import Found
    from .core.model import Item, Library
    from .render.theme import Theme

from . import __version__

HANDOUT_SIZES = (2, 3, 4, 6)  # slides a page; render.pdf.HANDOUT_LAYOUTS has one for each
# render.plan_pdf.KINDS, and "all": the session pack (render.plan_pdf.ALL)
PLAN_DOCUMENTS = ("runsheet", "deck", "notes", "handout", "cards", "all")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Plan and run training sessions on mental health, offline.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, print 'main window shown' and quit (for install checks)",
    )
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser(
        "check-content",
        help="validate content folders and plan files",
        description="Check content folders and plan files; print every problem as file:line.",
    )
    check.add_argument(
        "paths", nargs="*", type=Path, help="folders or plan files (default: the whole library)"
    )
    check.add_argument("--json", action="store_true", help="print a JSON report")
    check.add_argument(
        "--no-render",
        action="store_true",
        help="skip the checks that lay out every slide (faster; no Qt needed)",
    )
    check.add_argument(
        "--spelling",
        action="store_true",
        help="also spell-check Danish and Norwegian text with hunspell (warnings)",
    )
    _export_parser(sub)
    _present_parser(sub)
    _import_parser(sub)
    _pack_parser(sub)
    room = sub.add_parser(
        "room-check",
        help="check the room before a class: screens, projector, fonts, contacts, records, disk",
        description=(
            "Check the screens (which one is the projector, a mirrored display), how small the "
            "smallest slide text is on the projector, the slide font, the local help contacts, "
            "whether the records can be written and the free disk space. Each line is green, "
            "amber or red; exit status 1 when one is red. Test the clicker's keys in the app "
            "(Ctrl+K)."
        ),
    )
    room.add_argument("--json", action="store_true", help="print a JSON report (for IT)")
    return parser


def _import_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imported = sub.add_parser(
        "import",
        help="import decks from PowerPoint, Impress, PDF or Marp/Markdown into your own folder",
        description=(
            "Import decks (.pptx, .odp, .pdf, .md) as ordinary library items in your module "
            "'My material' (or --module), with their speaker notes; report per slide what was "
            "kept, simplified and dropped. A file imported before updates that import (its id "
            "kept) unless --new is given."
        ),
    )
    imported.add_argument("files", nargs="+", type=Path, metavar="FILE", help="decks to import")
    imported.add_argument(
        "--module", metavar="ID", help="a module of your own folder (default: My material)"
    )
    imported.add_argument("--json", action="store_true", help="print a JSON report")
    imported.add_argument(
        "--new",
        action="store_true",
        help="import as a new item even when the same file was imported before",
    )


def _pack_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack = sub.add_parser(
        "pack",
        help="export, verify and import content packs (.facpack)",
        description="Share modules, items and plans as one signed file, and install such files.",
    )
    jobs = pack.add_subparsers(dest="pack_command", required=True, metavar="JOB")
    export = jobs.add_parser("export", help="write a pack of modules, items and plans")
    export.add_argument("targets", nargs="+", metavar="ID", help="module, item or plan ids")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="NAME-VERSION.facpack")
    export.add_argument("--sign", type=Path, metavar="KEYFILE", help="sign with this private key")
    export.add_argument("--id", dest="pack_id", help="the pack's id (default: NAME of the file)")
    export.add_argument(
        "--pack-version", type=int, help="the pack's version (default: VERSION of the file name)"
    )
    export.add_argument("--title", default="", help="the pack's title (default: its id)")
    export.add_argument("--publisher", default="", help="who publishes it, as users will see")
    verify = jobs.add_parser("verify", help="check a pack without installing it")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--json", action="store_true", help="print a JSON report")
    imp = jobs.add_parser("import", help="install a pack (and merge your copies of its items)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--json", action="store_true", help="print a JSON report")
    imp.add_argument(
        "--yes", action="store_true", help="import an unsigned or unknown-signed pack once"
    )
    imp.add_argument(
        "--trust", action="store_true", help="import it and trust its publisher's key from now on"
    )
    imp.add_argument(
        "--downgrade", action="store_true", help="allow a version older than the installed one"
    )
    keygen = jobs.add_parser("keygen", help="make a publisher key pair")
    keygen.add_argument("-o", "--output", type=Path, required=True, metavar="KEYFILE")
    keygen.add_argument("--publisher", default="", help="a name stored with the public key")
    jobs.add_parser("list", help="list the installed packs")
    remove = jobs.add_parser("remove", help="remove an installed pack (all its versions)")
    remove.add_argument("pack_id", metavar="PACK_ID")
    accept = jobs.add_parser(
        "accept", help="keep merged copies of pack items and delete the copies as they were"
    )
    accept.add_argument("files", nargs="*", metavar="FILE", help="a merged copy (see pack list)")
    accept.add_argument("--all", action="store_true", help="every merged copy waiting")
    undo = jobs.add_parser(
        "undo-merge", help="put a merged copy back as it was (the merged text is kept)"
    )
    undo.add_argument("file", metavar="FILE", help="a merged copy, or its _NAME.pre-merge.md")


def _present_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    present = sub.add_parser(
        "present",
        help="present a deck, an exercise or a plan on the projector",
        description=(
            "Present a deck or an exercise (or a plan's entries in order): the audience screen "
            "on the projector, the presenter console with notes and timers on this screen."
        ),
    )
    present.add_argument(
        "target",
        metavar="ITEM_OR_FILE",
        help="an item or plan id from the library (e.g. mentalisering.viden) or a Markdown file",
    )
    present.add_argument(
        "--start", type=int, default=1, metavar="N", help="start at slide N (default: 1)"
    )
    present.add_argument(
        "--screen",
        default="",
        metavar="NAME|N",
        help="the audience screen, by name or number (default: the one chosen last time)",
    )
    present.add_argument(
        "--window", action="store_true", help="ordinary windows instead of full screen"
    )
    present.add_argument(
        "--rehearse", action="store_true", help="the console only, with a preview (no projector)"
    )


def _export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .render.theme import THEMES  # plain data: no Qt is loaded to parse the command line

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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (`facilitator check-content --json | head`): nothing more to say,
        # and no traceback. Python's own recipe: point stdout at nothing so the final flush at
        # exit cannot fail again.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:  # Ctrl+C in a headless command: stop quietly
        print("facilitator: stopped (Ctrl+C)", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "check-content":
        return check_content(
            args.paths, as_json=args.json, render=not args.no_render, spelling=args.spelling
        )
    if args.command == "export-pdf":
        return export_pdf(args)
    if args.command == "import":
        return import_files(args.files, module=args.module, as_json=args.json, new=args.new)
    if args.command == "pack":
        from .pack_cli import run_pack

        return run_pack(args)
    if args.command == "room-check":
        return room_check(as_json=args.json)
    gc.disable()  # the app collects on its GUI thread once it runs: ui/collector.py
    try:
        if args.command == "present":
            return present(args)
        from .ui.app import run

        return run(smoke_test=args.smoke_test)
    finally:
        gc.enable()  # the app has ended (or never started)


def check_content(
    paths: list[Path], *, as_json: bool, render: bool = True, spelling: bool = False
) -> int:
    from .core import report
    from .core.loader import Root, library_roots, load_library
    from .core.settings import Settings

    app_roots = library_roots(Settings.load().content_folders())
    if paths:
        # Plans and items are checked against the library the app would load around them:
        # a plan may use bundled items, and the bundled library keeps its ids.
        bundled = [r.path.resolve() for r in app_roots if r.bundled]
        roots = [Root(p, bundled=p.resolve() in bundled) for p in paths]
        library = load_library(roots, reference=load_library(app_roots))
    else:
        roots = app_roots
        library = load_library(app_roots)
    library.problems.extend(_field_checks(library, roots))
    if render:
        _render_checks(library)
    if spelling:
        from .core.spelling import SpellingUnavailable, spelling_problems

        try:
            library.problems.extend(spelling_problems(library))
        except SpellingUnavailable as exc:
            print(f"facilitator: cannot check spelling: {exc}", file=sys.stderr)
            return 2
    if as_json:
        print(json.dumps(report.as_dict(library), ensure_ascii=False, indent=2))
    else:
        print(report.as_text(library))
    return 1 if library.errors else 0


def _field_checks(library, roots) -> list:  # type: ignore[no-untyped-def]
    """Template fields that are misspelt, and the help-line file of every folder that has one
    (a number whose check is over 12 months old is an error)."""
    from .core.fields import field_problems
    from .core.helplines import FILE_NAME, load_helplines
    from .core.loader import display_path

    problems = field_problems(library.items(), lambda path: display_path(library, path))
    for root in roots:
        path = root.path / FILE_NAME
        if path.is_file():
            problems += load_helplines(path, display=display_path(library, path))[1]
    return problems


def _render_checks(library) -> None:  # type: ignore[no-untyped-def]
    """Lay out every slide as it will be shown and warn where text must shrink too far."""
    try:
        from .render.check import slide_problems
    except ImportError:
        return
    library.problems.extend(slide_problems(library))


# room-check ---------------------------------------------------------------------------------


def room_check(*, as_json: bool) -> int:
    """``facilitator room-check``: 0 when no line is red, 1 when one is."""
    import os

    from PySide6.QtGui import QGuiApplication

    from .core.roomcheck import as_text, report, worst
    from .core.settings import Settings

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    headless = (
        sys.platform.startswith("linux")
        and not platform
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )
    # The real screens (or those QT_QPA_PLATFORM gives); offscreen only where there is no display.
    argv = ["facilitator", "-platform", "offscreen"] if headless else ["facilitator"]
    app = QGuiApplication.instance() or QGuiApplication(argv)
    from .ui.roomcheck.probe import gather

    checks = gather(Settings.load(), _database_file())
    if headless:
        print("facilitator room-check: no display: the screens cannot be seen", file=sys.stderr)
    if as_json:
        print(json.dumps(report(checks, __version__), ensure_ascii=False, indent=2))
    else:
        print(as_text(checks))
    del app
    return 1 if worst(checks) == "red" else 0


# import -------------------------------------------------------------------------------------


def import_files(files: list[Path], *, module: str | None, as_json: bool, new: bool = False) -> int:
    """``facilitator import``: 0 when every file was imported, 1 when one or more were refused
    (each with its reason; the others are still imported)."""
    from .core import paths
    from .core.importers import ImportRefused, import_deck
    from .core.settings import Settings

    language = Settings.load().get("language")
    content = paths.user_content_dir()
    taken = _bundled_ids()
    reports: list[dict[str, Any]] = []
    failed = 0
    for file in files:
        try:
            outcome = import_deck(
                file,
                content,
                module_id=module,
                language=language,
                choose=lambda earlier, result: "new" if new else "update",
                taken=taken,
            )
        except ImportRefused as refused:
            failed += 1
            reports.append({"file": str(file), "error": str(refused)})
            if not as_json:
                print(f"{refused}", file=sys.stderr)
            continue
        except OSError as error:
            failed += 1
            message = f"{file.name}: cannot write the imported deck: {error.strerror or error}"
            reports.append({"file": str(file), "error": message})
            if not as_json:
                print(message, file=sys.stderr)
            continue
        report = outcome.as_dict()
        reports.append(report)
        if not as_json:
            print(_import_text(report))
    if as_json:
        summary = {"imported": len(files) - failed, "failed": failed, "files": reports}
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _import_text(report: dict[str, Any]) -> str:
    slides = report["slides"]
    said = {
        "imported": "imported as",
        "updated": "updated the earlier import",
        "unchanged": "unchanged since the earlier import",
        "skipped": "skipped",
    }[report["status"]]
    count = f"{len(slides)} slide{'s' if len(slides) != 1 else ''}"
    lines = [f"{Path(report['file']).name}: {said} {report.get('item', '')} ({count})"]
    if report.get("path"):
        lines.append(f"  {report['path']}")
    for remark in report["remarks"]:
        lines.append(f"  note: {remark}")
    for slide in slides:
        for what in ("simplified", "dropped"):
            for entry in slide[what]:
                lines.append(f"  slide {slide['number']}: {what}: {entry}")
    return "\n".join(lines)


def _bundled_ids() -> set[str]:
    """The ids of the bundled library: a new import never takes one."""
    from .core import paths
    from .core.loader import scanned_id

    found = set()
    for path in paths.bundled_content_dir().rglob("*.md"):
        ident = scanned_id(path)
        if ident:
            found.add(ident)
    return found


# export-pdf ---------------------------------------------------------------------------------


class _Refused(Exception):
    """Bad input to a command: the message is printed, the exit status is 2."""


def export_pdf(args: argparse.Namespace) -> int:
    """``facilitator export-pdf``: 0 when written, 2 for bad input, 1 when the file failed."""
    out: Path = args.output
    from .core import fields
    from .core.settings import Settings

    fields.use_settings(Settings.load())  # printed handouts show the local contacts
    try:
        if args.what and not args.plan:
            raise _Refused("--what is for plans: give --plan PLAN_FILE_OR_ID")
        if args.plan:
            if args.notes or args.handout:
                raise _Refused("with --plan, choose the document with --what (notes, handout, …)")
            job = _plan_job(args.plan, args.what or "runsheet", out, args.theme)
        elif args.all_decks:
            if args.notes or args.handout:
                raise _Refused("--notes and --handout do not apply to --all-decks")
            job = _contact_sheet_job(out, args.theme)
        else:
            job = _item_job(args.target, out, args.theme, args.notes, args.handout or 1)
        described = job()
    except _Refused as refused:
        print(f"facilitator export-pdf: {refused}", file=sys.stderr)
        return 2
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"facilitator export-pdf: cannot write {out}: {reason}", file=sys.stderr)
        return 1
    print(f"{out}: {described}")
    return 0


def _theme(name: str | None) -> Theme:
    from .render.theme import get_theme

    if name is None:
        from .core.settings import Settings

        name = Settings.load().get("theme")
    return get_theme(name)


def _find_quickly(ident: str) -> Found | None:
    """The item and module with this id, reading one module's files, not the whole library
    (``present`` shows its first slide sooner); None when the whole library must be loaded."""
    from .core.loader import find_item, library_roots
    from .core.settings import Settings

    return find_item(library_roots(Settings.load().content_folders()), ident)


def _own_plan_absent(ident: str) -> bool:
    """True when the user has surely no plan with this id (their plans come first)."""
    from .core.store.database import has_plan

    return has_plan(_database_file(), ident) is False


def _safety_library() -> Library:
    """What the help slide and the grounding exercise need while presenting: the safety
    modules, found as ``present`` finds an item (the whole library if that does not find them)."""
    from .core import safety
    from .core.loader import find_item, library_roots, load_library
    from .core.model import Library
    from .core.settings import Settings

    roots = library_roots(Settings.load().content_folders())
    library = Library()
    for ident in (*safety.HELP_DECKS.values(), *safety.GROUNDING.values()):
        if library.item(ident) is not None:
            continue
        found = find_item(roots, ident)
        if found is None:
            return load_library(roots)
        library.modules.append(found.module)
    return library


def _library() -> Library:
    from .core.loader import library_roots, load_library
    from .core.settings import Settings

    return load_library(library_roots(Settings.load().content_folders()))


def _item_job(
    target: str, out: Path, theme_name: str | None, notes: bool, per_page: int
) -> Callable[[], str]:
    """The item ``target`` names (an id, or a Markdown file), ready to write; or _Refused."""
    item, _library_used = _find_item(target, "exported")
    if item.kind != "deck" and (notes or per_page != 1):
        raise _Refused(
            f"--notes and --handout are for decks; '{item.id}' is {_a(item.kind)}, "
            "leave them out to get printed pages"
        )
    theme = _theme(theme_name)

    def write() -> str:
        from .render.check import ensure_gui_application
        from .render.pdf import export_slides_pdf, export_text_pdf

        ensure_gui_application()
        if item.kind == "deck":
            export_slides_pdf(
                item.slides, out, theme, notes=notes, per_page=per_page, title=item.title
            )
            what = "notes pages" if notes else f"handout, {per_page} a page" if per_page > 1 else ""
            count = len(item.slides)
            return f"{count} slide{'s' if count != 1 else ''}" + (f" ({what})" if what else "")
        export_text_pdf(item.body, out, title=item.title, base_dir=item.path.parent)
        return f"{item.kind} as printed pages"

    return write


def _looks_like_file(target: str) -> bool:
    path = Path(target)
    return path.is_file() or path.suffix.lower() == ".md" or "/" in target or "\\" in target


def _find_item(target: str, verb: str) -> tuple[Item, Library | None]:
    """The item ``target`` names (an id, or a Markdown file) and the library it came from."""
    from .core.loader import load_item_file

    if _looks_like_file(target):
        path = Path(target)
        if not path.is_file():
            raise _Refused(f"file not found: {target}")
        item, problems = load_item_file(path)
        errors = [p for p in problems if p.severity == "error"]
        if item is None or errors:
            deck = _marp_deck(path)
            if deck is not None:
                return deck, None
            listed = "\n".join(f"  {p}" for p in errors or problems)
            raise _Refused(f"{target} cannot be {verb}:\n{listed}")
        return item, None
    library = _library()
    found = library.item(target)
    if found is None:
        raise _Refused(_unknown_id(target, library))
    return found, library


def _marp_deck(path: Path) -> Item | None:
    """A Marp or plain Markdown deck (no ``id`` in its front matter), imported in memory:
    nothing is written. None when the file is not such a deck."""
    if path.suffix.lower() not in (".md", ".markdown"):
        return None
    from .core.importers import ImportRefused, read_deck
    from .core.importers.writer import as_item

    try:
        result = read_deck(path, copy_images=False)
    except ImportRefused as refused:
        if "already a Facilitator item" in refused.reason:
            return None  # its own problems say what to fix
        raise _Refused(str(refused)) from None
    for number, slide in enumerate(result.slides, 1):
        for dropped in slide.report.dropped:
            print(f"facilitator: {path.name}: slide {number}: {dropped}", file=sys.stderr)
    return as_item(result)


def _unknown_id(target: str, library: Library, plans: bool = False) -> str:
    import difflib

    ids = [i.id for i in library.items()] + ([p.id for p in library.plans] if plans else [])
    close = difflib.get_close_matches(target, ids, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"unknown item id '{target}'{hint}"


# present --------------------------------------------------------------------------------------


def present(args: argparse.Namespace) -> int:
    """``facilitator present``: 0 when the presentation ends, 2 for bad input."""
    from dataclasses import replace

    try:
        show, library = _present_source(args.target)
        count = len(show.screens)
        if not 1 <= args.start <= count:
            plural = "s" if count != 1 else ""
            raise _Refused(f"--start {args.start}: '{args.target}' has {count} slide{plural}")
    except _Refused as refused:
        print(f"facilitator present: {refused}", file=sys.stderr)
        return 2
    from .ui.present.run import run_presentation

    show = replace(
        show,
        start=args.start - 1,
        screen=args.screen,
        windowed=args.window,
        rehearsal=args.rehearse,
    )
    return run_presentation(show, library=library or _safety_library)


def _present_source(target: str) -> tuple[Any, Library | None]:
    """The ``ShowRequest`` for ``target`` and the library it came from (None when only its
    module or file was read); or _Refused."""
    from dataclasses import replace
    from datetime import datetime as clock

    from .core.model import Library
    from .core.show import NothingToShow, build_show

    def item_show(item: Item, library: Library | None) -> Any:
        try:
            return build_show(item, library, clock.now())
        except NothingToShow:
            raise _Refused(
                f"'{item.id}' is {_a(item.kind)}; only decks, exercises and plans can be presented"
            ) from None

    if not _looks_like_file(target) and _own_plan_absent(target):
        found = _find_quickly(target)
        if found is not None:  # one module read: the help slide's library is loaded later
            show = item_show(found.item, Library(modules=[found.module]))
            return replace(show, library=None), None
    if _looks_like_file(target):
        item, _ = _find_item(target, "presented")
        return item_show(item, None), None
    library = _library()
    own = _own_plan(target)  # None when the records cannot be opened: bundled plans work
    plan = own or library.plan(target)
    if plan is not None:
        try:
            show = build_show(plan, library, clock.now(), own_plan=own is not None)
        except NothingToShow:
            raise _Refused(f"the plan '{target}' has nothing to present") from None
        for problem in show.problems:
            print(f"facilitator present: {target}: {problem}", file=sys.stderr)
        return show, library
    item = library.item(target)
    if item is None:
        raise _Refused(_unknown_id(target, library, plans=True))
    return item_show(item, library), library


def _contact_sheet_job(out: Path, theme_name: str | None) -> Callable[[], str]:
    library = _library()
    decks = [
        (module, item)
        for module in library.modules
        for item in module.items
        if item.kind == "deck" and item.slides
    ]
    if not decks:
        raise _Refused("the library has no decks")
    theme = _theme(theme_name)

    def write() -> str:
        from .render.check import ensure_gui_application
        from .render.pdf import SheetDeck, export_contact_sheet_pdf

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
    from .core.plans import parse_plan_file

    library = _library()
    path = Path(target)
    plan = None
    if path.is_file() or target.endswith(".yaml"):
        if not path.is_file():
            raise _Refused(f"file not found: {target}")
        from .core.loader import read_file_text

        text, problem = read_file_text(path)  # as check-content reads it: 2 MiB at most
        if text is None:
            raise _Refused(f"{target} cannot be exported:\n  {problem}")
        plan, problems = parse_plan_file(text, path)
        errors = [p for p in problems if p.severity == "error"]
        if plan is None or errors:
            listed = "\n".join(f"  {p}" for p in errors or problems)
            raise _Refused(f"{target} cannot be exported:\n{listed}")
    else:
        plan = _own_plan(target) or library.plan(target)
        if plan is None:
            import difflib

            ids = [p.id for p in library.plans] + _own_plan_ids()
            close = difflib.get_close_matches(target, ids, n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise _Refused(f"no plan with the id '{target}'{hint}")
    theme = _theme(theme_name)

    def write() -> str:
        from .render.check import ensure_gui_application
        from .render.plan_pdf import export_plan_pdf

        ensure_gui_application()
        try:
            return export_plan_pdf(plan, library, what, out, theme)
        except ValueError as error:
            raise _Refused(f"'{plan.id}': {error}") from None

    return write


def _database_file() -> Path:
    from .core.store.database import database_path

    return database_path()


def _open_records():  # type: ignore[no-untyped-def]
    """The user's records database, or None when there is none or it cannot be opened (damaged,
    newer, in use, unwritable folder): then bundled content still presents and prints, and the
    terminal says plainly that the user's own plans and the session log are off."""
    if not _database_file().is_file():
        return None
    from .core.store.database import open_database
    from .core.store.errors import StoreError

    try:
        return open_database(_database_file())
    except StoreError as error:
        _records_off(str(error))
        return None


@functools.cache
def _records_off(reason: str) -> None:
    print(
        f"facilitator: the records are off: {reason}\n"
        "  Bundled decks, exercises and plans still work; your own plans cannot be used and "
        "nothing is recorded until the records open again.",
        file=sys.stderr,
    )


def _own_plan(uid: str):  # type: ignore[no-untyped-def]
    """The user's plan with this id from the database, if the database opens and has one."""
    db = _open_records()
    if db is None:
        return None
    from .core.store.plan_store import load_plan

    try:
        found = load_plan(db, uid)
    finally:
        db.close()
    return found[0] if found else None


def _own_plan_ids() -> list[str]:
    db = _open_records()
    if db is None:
        return []
    from .core.store.plan_store import list_plans

    try:
        return [uid for uid, _title, _updated in list_plans(db)]
    finally:
        db.close()


def _relative(path: Path, folder: Path) -> str:
    """``path`` as the library shows it: from the folder that holds its module."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)


def _a(kind: str) -> str:
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"


if __name__ == "__main__":
    sys.exit(main())
