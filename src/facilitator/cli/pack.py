"""``facilitator pack ...``: export, verify, import, list and remove content packs; thin calls of
core.packs.

Exit status: 0 done (verify: signed by a trusted publisher), 1 refused, 2 bad input,
3 (verify) importable only after the user's yes: unsigned or signed by an unknown key.

Unverified packs on import: on a terminal the user is asked; without one (a script, IT's
deployment) the pack is refused unless ``--yes`` (import once) or ``--trust`` (import and trust the
publisher's key) is given. When IT locks ``trusted_publishers``, unverified packs are refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _say(text: str) -> None:
    print(f"facilitator pack: {text}", file=sys.stderr)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def run(args: argparse.Namespace) -> int:
    job = {
        "export": _export,
        "verify": _verify,
        "import": _import,
        "keygen": _keygen,
        "list": _list,
        "remove": _remove,
        "accept": _accept,
        "undo-merge": _undo_merge,
    }[args.pack_command]
    try:
        return job(args)
    except KeyboardInterrupt:
        _say("cancelled; nothing was installed")
        return 1


def _export(args: argparse.Namespace) -> int:
    from ..core.loader import library_roots, load_library
    from ..core.packs.export import ExportProblem, export_pack, name_from_file, renames, select
    from ..core.packs.keys import KeyProblem
    from ..core.packs.store import bundled_ids
    from ..core.settings import Settings

    out: Path = args.output
    named = name_from_file(out)
    pack_id = args.pack_id or (named[0] if named else None)
    version = args.pack_version or (named[1] if named else None)
    if pack_id is None or version is None:
        _say(f"{out}: name the file NAME-VERSION.facpack, or give --id and --pack-version")
        return 2
    library = load_library(library_roots(Settings.load().content_folders()))
    try:
        manifest = export_pack(
            library,
            args.targets,
            out,
            pack_id=pack_id,
            version=version,
            title=args.title,
            publisher=args.publisher,
            sign_with=args.sign,
            taken_ids=set(bundled_ids()),
        )
    except (ExportProblem, KeyProblem) as problem:
        _say(str(problem))
        return 2
    except OSError as error:
        _say(f"cannot write {out}: {error.strerror or error}")
        return 1
    signed = "signed" if args.sign else "not signed"
    renamed = renames(select(library, args.targets), pack_id, bundled_ids())
    for old, new in renamed.items():
        print(f"{out}: '{old}' is in the bundled library; in the pack it is '{new}'")
    print(
        f"{out}: pack '{manifest.id}' version {manifest.version}: {len(manifest.items)} items, "
        f"{len(manifest.plans)} plans, {len(manifest.files)} files, {signed}"
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from ..core.packs.store import verify_pack
    from ..core.settings import Settings

    check = verify_pack(args.file, Settings.load())
    if args.json:
        print(json.dumps(check.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_check(check)
    return {"verified": 0, "unverified": 3}.get(check.status, 1)


def _print_check(check: Any) -> None:
    m = check.manifest
    if m is not None:
        print(f"{check.file}: pack '{m.id}' version {m.version} ({m.title})")
        if m.publisher:
            print(f"  publisher: {m.publisher}")
    print(f"{check.file}: {check.status}: {check.message()}" + _reason(check.reason))
    for problem in check.refused.problems if check.refused else []:
        print(f"  {problem}")
    for warning in check.warnings:
        print(f"  warning: {warning}")


def _reason(reason: str | None) -> str:
    return f" [{reason}]" if reason else ""


def _import(args: argparse.Namespace) -> int:
    from ..core.packs.errors import PackCancelled, PackRefused
    from ..core.packs.store import import_pack
    from ..core.settings import Settings

    def confirm(check: Any) -> str:
        if args.trust:
            return "trust"
        if args.yes:
            return "once"
        if not sys.stdin.isatty():
            return "no"  # nobody to ask: --yes or --trust says it
        _print_check(check)
        answer = input(
            "Import this unverified pack? [y] yes, once  [t] yes, and trust this publisher  "
            "[N] no: "
        )
        return {"y": "once", "yes": "once", "t": "trust"}.get(answer.strip().lower(), "no")

    try:
        result = import_pack(
            args.file, Settings.load(), confirm=confirm, allow_downgrade=args.downgrade
        )
    except PackRefused as refused:
        if args.json:
            report = {
                "file": str(args.file),
                "status": "refused",
                "reason": refused.reason,
                "message": refused.message,
                "problems": refused.problems,
            }
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            _say(f"{args.file}: not imported: {refused.message} [{refused.reason}]")
            if refused.reason == "not-confirmed" and not sys.stdin.isatty():
                _say("  no terminal to ask: add --yes to import it once, or --trust")
            for problem in refused.problems:
                print(f"  {problem}", file=sys.stderr)
        return 1
    except PackCancelled:
        _say("cancelled; nothing was installed")
        return 1
    except OSError as error:
        _say(f"{args.file}: cannot install: {error.strerror or error}; nothing was installed")
        return 1
    m = result.manifest
    if args.json:
        report = {
            "file": str(args.file),
            "status": "installed" if result.installed_now else "already-installed",
            "pack": {"id": m.id, "version": m.version, "title": m.title},
            "trust": result.trust,
            "previous": result.previous,
            "warnings": [str(w) for w in result.warnings],
            "copies": [update.as_dict() for update in result.merges],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    state = "installed" if result.installed_now else "already installed"
    marked = "" if result.trust == "trusted" else " (unverified)"
    print(f"{args.file}: pack '{m.id}' version {m.version} {state}{marked}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    for update in result.merges:
        _print_update(update)
    return 0


def _print_update(update: Any) -> None:
    if update.status == "skipped":
        print(f"  {update.path}: not updated: {update.problem}")
    elif update.status == "merged":
        slides = ", ".join(str(n) for n in update.outcome.merged_slides) or "-"
        print(
            f"  {update.path}: merged the new version (slides {slides}); "
            f"your copy as it was: {update.backup}"
        )
        print(
            f"  keep the merge: facilitator pack accept {update.path}; "
            f"undo it: facilitator pack undo-merge {update.path}"
        )
    else:
        numbers = ", ".join(str(c.slide) for c in update.outcome.conflicts)
        print(
            f"  {update.path}: your edits and the new version differ on slide {numbers}; "
            "your copy is unchanged. Choose in the app (File > Import pack shows both sides)."
        )


def _keygen(args: argparse.Namespace) -> int:
    from ..core.packs.keys import KeyProblem, keygen

    try:
        public = keygen(args.output, args.publisher)
    except KeyProblem as problem:
        _say(str(problem))
        return 2
    except OSError as error:
        _say(f"cannot write {args.output}: {error.strerror or error}")
        return 1
    print(f"{args.output}: private key (keep it secret; only you can read it)")
    print(f"{public}: public key (give it to IT for trusted_publishers):")
    print(f"  {public.read_text(encoding='utf-8').strip()}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from ..core.packs.installed import installed

    packs = installed()
    if not packs:
        print("no packs installed")
    for pack in packs:
        trust = "verified" if pack.verified else "unverified"
        others = [str(v) for v in pack.versions if v != pack.version]
        kept = f" (also kept: {', '.join(others)})" if others else ""
        print(f"{pack.id} {pack.version}{kept}: {pack.title} [{trust}] {pack.publisher}")
    _list_merged()
    return 0


def _list_merged() -> None:
    from ..core.packs.kept import merged_copies

    merged = merged_copies()
    if merged:
        print(
            "merged copies waiting for acceptance ('pack accept FILE' or 'pack undo-merge FILE'):"
        )
    for entry in merged:
        print(f"  {entry.copy}: {_versions(entry)}; as it was: {entry.kept}")


def _versions(entry: Any) -> str:
    before = "?" if entry.from_version is None else entry.from_version
    now = "gone" if entry.to_version is None else entry.to_version
    return f"'{entry.item_id}' version {before} -> {now}"


def _merged_named(names: list[str]) -> tuple[list[Any], list[str]]:
    """The merged copies the user named (a copy, or its kept ``_NAME.pre-merge.md``, as a path
    from here or from the user's content folder), and the names that are none of them."""
    from ..core import paths
    from ..core.packs.kept import merged_copies

    merged = merged_copies()
    folder = paths.user_content_dir()
    found: list[Any] = []
    unknown: list[str] = []
    for name in names:
        wanted = {Path(name).expanduser().resolve(), (folder / name).resolve()}
        hits = [m for m in merged if {m.copy.resolve(), m.kept.resolve()} & wanted]
        if not hits:
            unknown.append(name)
        found += [m for m in hits if m not in found]
    return found, unknown


def _not_merged(name: str) -> None:
    _say(f"{name}: not a merged copy waiting for acceptance (see 'facilitator pack list')")


def _accept(args: argparse.Namespace) -> int:
    from ..core.packs.kept import accept_merge, merged_copies

    if args.all:
        chosen, unknown = merged_copies(), []
    elif args.files:
        chosen, unknown = _merged_named(args.files)
    else:
        _say("name the merged copies to accept (see 'facilitator pack list'), or give --all")
        return 2
    for name in unknown:
        _not_merged(name)
    if unknown:
        return 2
    if not chosen:
        print("no merged copies wait for acceptance")
    for entry in chosen:
        try:
            accept_merge(entry)
        except OSError as error:
            _say(f"cannot delete {entry.kept}: {error.strerror or error}")
            return 1
        print(f"{entry.copy}: merge accepted; the copy as it was ({entry.kept.name}) is deleted")
    return 0


def _undo_merge(args: argparse.Namespace) -> int:
    from ..core.packs.kept import undo_merge

    chosen, unknown = _merged_named([args.file])
    if unknown:
        _not_merged(args.file)
        return 2
    if len(chosen) > 1:
        _say(f"{args.file} was merged {len(chosen)} times; name the kept file to put back:")
        for entry in chosen:
            print(f"  {entry.kept}: {_versions(entry)}", file=sys.stderr)
        return 2
    (entry,) = chosen
    try:
        kept_merge = undo_merge(entry)
    except OSError as error:
        _say(f"cannot put back {entry.kept}: {error.strerror or error}; nothing was changed")
        return 1
    print(f"{entry.copy}: put back as it was before the merge")
    if kept_merge is not None:
        print(f"  the merged text is kept in {kept_merge}")
    print("  the newer version waits to be merged again: File > Packs in the app")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from ..core.packs.store import remove_pack

    try:
        removed = remove_pack(args.pack_id)
    except OSError as error:
        _say(f"cannot remove '{args.pack_id}': {error.strerror or error}")
        return 1
    if not removed:
        _say(f"no pack '{args.pack_id}' is installed")
        return 2
    print(f"removed '{args.pack_id}'; plans that used its items say so")
    return 0
