"""``facilitator present``: a deck, an exercise or a plan on the projector, the console on this
screen. Exit status 0 when the presentation ends, 2 for bad input.

``present FILE`` reads one file and imports no records layer (sqlmodel) before the first slide;
an item id reads its one module first (``tests/cli``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from .lookup import (
    Refused,
    a_kind,
    cached_library,
    database_file,
    item_from_target,
    looks_like_file,
    own_plan,
    unknown_id,
)

if TYPE_CHECKING:
    from ..core.loader import Found
    from ..core.model import Item, Library


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def run(args: argparse.Namespace) -> int:
    """``facilitator present``: 0 when the presentation ends, 2 for bad input."""
    from dataclasses import replace

    try:
        show, library = _present_source(args.target)
        count = len(show.screens)
        if not 1 <= args.start <= count:
            plural = "s" if count != 1 else ""
            raise Refused(f"--start {args.start}: '{args.target}' has {count} slide{plural}")
    except Refused as refused:
        print(f"facilitator present: {refused}", file=sys.stderr)
        return 2
    from ..ui.present.run import run_presentation

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
    module or file was read); or Refused."""
    from dataclasses import replace
    from datetime import datetime as clock

    from ..core.model import Library
    from ..core.show import NothingToShow, build_show

    def item_show(item: Item, library: Library | None) -> Any:
        try:
            return build_show(item, library, clock.now())
        except NothingToShow:
            raise Refused(
                f"'{item.id}' is {a_kind(item.kind)}; "
                "only decks, exercises and plans can be presented"
            ) from None

    if not looks_like_file(target) and _own_plan_absent(target):
        found = _find_quickly(target)
        if found is not None:  # one module read: the help slide's library is loaded later
            show = item_show(found.item, Library(modules=[found.module]))
            return replace(show, library=None), None
    if looks_like_file(target):
        item, _ = item_from_target(target, "presented")
        return item_show(item, None), None
    library = cached_library()
    own = own_plan(target)  # None when the records cannot be opened: bundled plans work
    plan = own or library.plan(target)
    if plan is not None:
        try:
            show = build_show(plan, library, clock.now(), own_plan=own is not None)
        except NothingToShow:
            raise Refused(f"the plan '{target}' has nothing to present") from None
        for problem in show.problems:
            print(f"facilitator present: {target}: {problem}", file=sys.stderr)
        return show, library
    item = library.item(target)
    if item is None:
        raise Refused(unknown_id(target, library, plans=True))
    return item_show(item, library), library


def _find_quickly(ident: str) -> Found | None:
    """The item and module with this id, reading one module's files, not the whole library
    (``present`` shows its first slide sooner); None when the whole library must be loaded."""
    from ..core.loader import find_item, library_roots
    from ..core.settings import Settings

    return find_item(library_roots(Settings.load().content_folders()), ident)


def _own_plan_absent(ident: str) -> bool:
    """True when the user has surely no plan with this id (their plans come first)."""
    from ..core.store.database import has_plan

    return has_plan(database_file(), ident) is False


def _safety_library() -> Library:
    """What the help slide and the grounding exercise need while presenting: the safety
    modules, found as ``present`` finds an item (the whole library if that does not find them)."""
    from ..core import safety
    from ..core.loader import find_item, library_roots, load_library
    from ..core.model import Library
    from ..core.settings import Settings

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
