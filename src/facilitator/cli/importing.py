"""``facilitator import``: decks from PowerPoint, Impress, PDF or Marp/Markdown into the user's own
folder, with a report per slide. Exit status 1 when one or more files were refused."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def run(args: argparse.Namespace) -> int:
    return import_files(args.files, module=args.module, as_json=args.json, new=args.new)


def import_files(files: list[Path], *, module: str | None, as_json: bool, new: bool = False) -> int:
    """``facilitator import``: 0 when every file was imported, 1 when one or more were refused
    (each with its reason; the others are still imported)."""
    from ..core import paths
    from ..core.importers import ImportRefused, import_deck
    from ..core.settings import Settings

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
    from ..core import paths
    from ..core.loader import scanned_id

    found = set()
    for path in paths.bundled_content_dir().rglob("*.md"):
        ident = scanned_id(path)
        if ident:
            found.add(ident)
    return found
