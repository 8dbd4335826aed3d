"""The ``facilitator`` command: opens the app, or runs a headless job.

One module a sub-command, each with ``add_parser(sub)`` and ``run(args)``: ``check``
(check-content), ``export`` (export-pdf), ``present``, ``importing`` (import), ``pack``,
``room`` (room-check); ``lookup`` finds what a command names. ``main`` and ``entry`` here are the
public entry points (the console script, ``python -m facilitator``, the bundle, the tests).

Imports of the app's layers stay inside the functions so that ``check-content`` never loads Qt
and the app starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Sequence

from .. import __version__
from . import check, export, importing, pack, present, room


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

    check.add_parser(sub)
    export.add_parser(sub)
    present.add_parser(sub)
    importing.add_parser(sub)
    pack.add_parser(sub)
    room.add_parser(sub)
    return parser


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
    headless = {
        "check-content": check.run,
        "import": importing.run,
        "pack": pack.run,
        "room-check": room.run,
    }
    if args.command == "export-pdf":
        # A short job that ends with the process: its objects are freed by reference counting,
        # and the collector's passes over everything the imports made (~10 ms) buy nothing.
        gc.disable()
        try:
            return export.run(args)
        finally:
            gc.enable()
    if args.command in headless:
        return headless[args.command](args)
    gc.disable()  # the app collects on its GUI thread once it runs: ui/collector.py
    try:
        if args.command == "present":
            return present.run(args)
        from ..ui.app import run

        return run(smoke_test=args.smoke_test)
    finally:
        gc.enable()  # the app has ended (or never started)


def entry(argv: Sequence[str] | None = None) -> None:
    """The ``facilitator`` program (the console script, ``python -m facilitator``, the bundle):
    :func:`main`, then a quick exit.

    Once ``main`` has returned, everything is written and closed; what Python would still do is
    take every module and object apart one by one, ~0.1 s after Ctrl+Q or an export for nothing
    (the operating system frees the memory). The exit handlers still run (logging, temporary
    files), and a normal exit is kept when a thread that Python would wait for is still at work.
    """
    import atexit
    import os
    import threading

    code = main(argv)
    if any(
        t.is_alive() and not t.daemon
        for t in threading.enumerate()
        if t is not threading.main_thread()
    ):
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code if isinstance(code, int) else 1)
