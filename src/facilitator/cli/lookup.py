"""What a command names, found: an item (by id or as a Markdown file), the library, the user's
own plans in the records database; and ``Refused``, bad input to a command.

Every import of the app's layers stays inside the functions (see ``facilitator.cli``).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.model import Item, Library


class Refused(Exception):
    """Bad input to a command: the message is printed, the exit status is 2."""


def cached_library() -> Library:
    from ..core.library_cache import load_library_cached
    from ..core.loader import library_roots
    from ..core.settings import Settings

    return load_library_cached(library_roots(Settings.load().content_folders()))


def looks_like_file(target: str) -> bool:
    path = Path(target)
    return path.is_file() or path.suffix.lower() == ".md" or "/" in target or "\\" in target


def item_from_target(target: str, verb: str) -> tuple[Item, Library | None]:
    """The item ``target`` names (an id, or a Markdown file) and the library it came from."""
    from ..core.loader import load_item_file

    if looks_like_file(target):
        path = Path(target)
        if not path.is_file():
            raise Refused(f"file not found: {target}")
        item, problems = load_item_file(path)
        errors = [p for p in problems if p.severity == "error"]
        if item is None or errors:
            deck = _marp_deck(path)
            if deck is not None:
                return deck, None
            listed = "\n".join(f"  {p}" for p in errors or problems)
            raise Refused(f"{target} cannot be {verb}:\n{listed}")
        return item, None
    library = cached_library()
    found = library.item(target)
    if found is None:
        raise Refused(unknown_id(target, library))
    return found, library


def _marp_deck(path: Path) -> Item | None:
    """A Marp or plain Markdown deck (no ``id`` in its front matter), imported in memory:
    nothing is written. None when the file is not such a deck."""
    if path.suffix.lower() not in (".md", ".markdown"):
        return None
    from ..core.importers import ImportRefused, read_deck
    from ..core.importers.writer import as_item

    try:
        result = read_deck(path, copy_images=False)
    except ImportRefused as refused:
        if "already a Facilitator item" in refused.reason:
            return None  # its own problems say what to fix
        raise Refused(str(refused)) from None
    for number, slide in enumerate(result.slides, 1):
        for dropped in slide.report.dropped:
            print(f"facilitator: {path.name}: slide {number}: {dropped}", file=sys.stderr)
    return as_item(result)


def unknown_id(target: str, library: Library, plans: bool = False) -> str:
    import difflib

    ids = [i.id for i in library.items()] + ([p.id for p in library.plans] if plans else [])
    close = difflib.get_close_matches(target, ids, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"unknown item id '{target}'{hint}"


def a_kind(kind: str) -> str:
    """``kind`` with its article: "a deck", "an exercise"."""
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"


# The user's records ---------------------------------------------------------------------------


def database_file() -> Path:
    from ..core.store.database import database_path

    return database_path()


def _open_records():  # type: ignore[no-untyped-def]
    """The user's records database, or None when there is none or it cannot be opened (damaged,
    newer, in use, unwritable folder): then bundled content still presents and prints, and the
    terminal says plainly that the user's own plans and the session log are off."""
    if not database_file().is_file():
        return None
    from ..core.store.database import open_database
    from ..core.store.errors import StoreError

    try:
        return open_database(database_file())
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


def own_plan(uid: str):  # type: ignore[no-untyped-def]
    """The user's plan with this id from the database, if the database opens and has one."""
    db = _open_records()
    if db is None:
        return None
    from ..core.store.plan_store import load_plan

    try:
        found = load_plan(db, uid)
    finally:
        db.close()
    return found[0] if found else None


def own_plan_ids() -> list[str]:
    db = _open_records()
    if db is None:
        return []
    from ..core.store.plan_store import list_plans

    try:
        return [uid for uid, _title, _updated in list_plans(db)]
    finally:
        db.close()
