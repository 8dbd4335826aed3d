"""Facilitator against its peers, on the same generated 50-slide Markdown deck.

    .venv/bin/python benchmarks/peers.py [--runs N] [--slides N] [--json OUT.json] [--keep DIR]

PDF export of the deck, each a median of ``--runs`` fresh processes after one warm-up run (the
tools take turns, one run each a round, so other work on the machine falls on all of them alike):

- Facilitator: ``facilitator export-pdf deck.md -o deck.pdf``
- Marp CLI (npm ``@marp-team/marp-cli``) with Debian's chromium: ``marp deck.md --pdf``
- LibreOffice Impress: ``soffice --headless --convert-to pdf deck.pptx``, the PPTX made by pandoc
  beforehand (not timed)
- pandoc + Beamer (``pandoc -t beamer``), when a LaTeX engine is installed

Start-up to a window, under a private Xvfb (median of ``--runs``):

- Facilitator: ``facilitator --smoke-test`` until it says the main window is shown with the library
  loaded, and ``facilitator present deck.md`` until the first slide is painted (through
  ``run.py``'s probe); the peers are compared with the second when it can be measured
- pdfpc, pympress and Impressive presenting the PDF Facilitator exported, until the first window
  is visible (polled with xdotool every 10 ms)

The Python tools run from compiled bytecode, as an installed program does (pip compiles it on
install, the bundle ships it): the warm-up run writes it to the work folder, whatever
``PYTHONDONTWRITEBYTECODE`` says. A peer that is not installed is reported as "not installed";
nothing is downloaded. The script
opens no network connection itself; run it offline (the peers do not need the network either).
Prints each time, the peak resident memory of the largest process where GNU time is there, and
Facilitator's ratio to each peer (below 1: Facilitator is faster).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").is_file() else None
WINDOW_TIMEOUT_S = 30.0
SMOKE_LINE = "main window shown"

TOPICS = [
    ("Mentalisering", "At forstå adfærd ud fra tanker, følelser og ønsker"),
    ("Robusthed", "At komme igen efter modgang – alene og sammen med andre"),
    ("Den tredelte hjerne", "Alarm, følelser og eftertanke arbejder sammen"),
    ("Selvkontrol", "At stoppe op, mærke efter og vælge, hvad man gør"),
    ("Krop og hjerne", "Søvn, bevægelse og vejrtrækning påvirker humøret"),
    ("Tanker og følelser", "Tanker er ikke fakta – de kan undersøges"),
    ("Fællesskaber", "Vi trives, når vi hører til og bliver set"),
    ("Motivation og mestring", "Små skridt, der lykkes, giver lyst til flere"),
]


def make_deck(count: int) -> str:
    """A deck in Facilitator's format that Marp and pandoc also read (front matter, ``---``).

    Title, content, nested lists, a table, two columns and quotes in turn; no speaker notes, so
    no tool draws more than the others."""
    slides: list[str] = []
    for i in range(count):
        title, line = TOPICS[i % len(TOPICS)]
        kind = i % 6
        if i == 0:
            slides.append(f"<!-- layout: title -->\n# {title}\n\n{line}")
        elif kind == 1:
            slides.append(
                f"## {title}: hvad er det? ({i + 1})\n\n{line}.\n\n"
                "- Vi er nysgerrige på, hvad der foregår **inde i** os selv og andre\n"
                "- Vi gætter – og ved, at vi kan tage fejl\n"
                "  - også når det er svært\n  - især når vi bliver vrede\n"
                "- Vi tåler at være uenige"
            )
        elif kind == 2:
            slides.append(
                f"## Ugens plan ({i + 1})\n\n| Dag | Tema | Tid |\n|---|---|---|\n"
                f"| Mandag | {title} | 90 min |\n| Onsdag | Søvn og ro | 60 min |\n"
                "| Fredag | Opsamling | 45 min |"
            )
        elif kind == 3:
            slides.append(
                f"<!-- layout: two-columns -->\n## I skolen og på arbejdet ({i + 1})\n\n"
                "- En elev sukker højt\n- En kollega svarer kort\n\n<!-- column -->\n\n"
                "- Hvad kan der ligge bag?\n- Hvad kan jeg spørge om?"
            )
        elif kind == 4:
            slides.append(
                f"<!-- layout: quote -->\n> {line} – det kan vi øve os i hver dag ({i + 1}).\n\n"
                "Fra kurset"
            )
        else:
            slides.append(
                f"## Spørgsmål til jer ({i + 1})\n\n1. Hvornår er det let at være nysgerrig?\n"
                "2. Hvornår mister du tråden?\n3. Hvad ville gøre jeres klasse mere tryg?"
            )
    front = (
        "---\nid: bench.peers\ntitle: Sammenligning af værktøjer\nkind: deck\nduration: 60\n"
        "marp: true\n---\n\n"
    )
    return front + "\n\n---\n\n".join(slides) + "\n"


# Running and timing -------------------------------------------------------------------------


Once = Callable[[], tuple[float, "float | None"]]  # one timed run: (seconds, peak MB or None)


@dataclass
class Timing:
    name: str
    what: str
    seconds: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    note: str = ""  # "not installed: ...", or why it failed
    once: Once | None = field(default=None, repr=False, compare=False)

    @property
    def median(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None

    def as_dict(self) -> dict[str, object]:
        return {
            "what": self.what,
            "median_s": None if self.median is None else round(self.median, 3),
            "runs_s": [round(s, 3) for s in self.seconds],
            "peak_rss_mb": round(max(self.peak_mb), 1) if self.peak_mb else None,
            "note": self.note,
        }


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float | None]:
    """Run ``command`` to its end; (wall seconds, peak RSS in MB of its largest process)."""
    report = cwd / ".time"
    wrapped = [GNU_TIME, "-f", "%M", "-o", str(report), *command] if GNU_TIME else command
    started = time.perf_counter()
    result = subprocess.run(wrapped, env=env, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"exit {result.returncode}: {' / '.join(tail)}")
    peak = None
    if GNU_TIME and report.is_file():
        text = report.read_text().strip().splitlines()
        peak = int(text[-1]) / 1024 if text and text[-1].isdigit() else None
    return seconds, peak


def prepare(timing: Timing, once: Once) -> Timing:
    """Give ``timing`` the run to time; :func:`measure` runs it."""
    timing.once = once
    return timing


def measure(timings: list[Timing], runs: int) -> None:
    """One warm-up run of each (file cache, profiles, font caches; not counted), then ``runs``
    rounds with one run of each tool in turn, so load from other work on the machine falls on
    every tool alike rather than on whichever ran while it lasted."""
    failures = (RuntimeError, OSError, subprocess.SubprocessError)
    active: list[Timing] = []
    for timing in timings:
        if timing.once is None or timing.note:
            continue
        try:
            timing.once()
            active.append(timing)
        except failures as error:
            timing.note = f"failed: {error}"
    for _ in range(runs):
        for timing in list(active):
            assert timing.once is not None
            try:
                seconds, peak = timing.once()
            except failures as error:
                timing.seconds.clear()
                timing.note = f"failed: {error}"
                active.remove(timing)
                continue
            timing.seconds.append(seconds)
            if peak is not None:
                timing.peak_mb.append(peak)


def base_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["FACILITATOR_HOME"] = str(work / "facilitator-home")
    env["FACILITATOR_SITE_CONFIG"] = str(work / "facilitator-home" / "site.toml")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    env["QT_QPA_PLATFORM"] = "offscreen"
    # As an installed app runs: from compiled bytecode (pip compiles it on install, the bundle
    # ships it), made by the warm-up run in the work folder, so the checkout stays clean. With
    # PYTHONDONTWRITEBYTECODE set, every run would compile the app's modules again (~40 ms),
    # which no user's export does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(proxy, None)
    return env


def facilitator_command() -> list[str]:
    return [sys.executable, "-m", "facilitator"]


# PDF export ---------------------------------------------------------------------------------


def export_facilitator(deck: Path, work: Path) -> Timing:
    timing = Timing("Facilitator", "facilitator export-pdf deck.md")
    out = work / "facilitator.pdf"
    command = [*facilitator_command(), "export-pdf", str(deck), "-o", str(out)]
    return prepare(timing, lambda: timed(command, base_env(work), work))


def browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def export_marp(deck: Path, work: Path) -> Timing:
    timing = Timing("Marp CLI", "marp deck.md --pdf (Chromium)")
    marp, chrome = shutil.which("marp"), browser()
    if not marp or not chrome:
        timing.note = (
            "not installed" + ("" if marp else ": marp") + ("" if chrome else ": chromium")
        )
        return timing
    env = base_env(work)
    env["CHROME_PATH"] = chrome
    out = work / "marp.pdf"
    command = [marp, str(deck), "--pdf", "--allow-local-files", "-o", str(out)]
    return prepare(timing, lambda: timed(command, env, work))


def export_libreoffice(deck: Path, work: Path) -> Timing:
    timing = Timing("LibreOffice Impress", "soffice --headless --convert-to pdf deck.pptx")
    soffice, pandoc = shutil.which("soffice") or shutil.which("libreoffice"), shutil.which("pandoc")
    if not soffice or not pandoc:
        missing = [n for n, found in (("soffice", soffice), ("pandoc", pandoc)) if not found]
        timing.note = f"not installed: {', '.join(missing)}"
        return timing
    env = base_env(work)
    pptx = work / "deck.pptx"
    try:
        timed([pandoc, str(deck), "-o", str(pptx)], env, work)  # the PPTX; not timed
    except RuntimeError as error:
        timing.note = f"failed: pandoc could not make the PPTX: {error}"
        return timing
    profile = (work / "lo-profile").as_uri()
    outdir = work / "libreoffice"
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(pptx),
    ]
    return prepare(timing, lambda: timed(command, env, work))


def export_beamer(deck: Path, work: Path) -> Timing:
    timing = Timing("pandoc + Beamer", "pandoc -t beamer deck.md -o deck.pdf")
    pandoc = shutil.which("pandoc")
    engine = next((e for e in ("xelatex", "lualatex", "pdflatex") if shutil.which(e)), None)
    if not pandoc or not engine:
        missing = [n for n, found in (("pandoc", pandoc), ("a LaTeX engine", engine)) if not found]
        timing.note = f"not installed: {', '.join(missing)}"
        return timing
    out = work / "beamer.pdf"
    command = [pandoc, str(deck), "-t", "beamer", f"--pdf-engine={engine}", "-o", str(out)]
    return prepare(timing, lambda: timed(command, base_env(work), work))


# Start-up to a window -----------------------------------------------------------------------


class Xvfb:
    """A private X server for the window timings."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24"]
            + ["-nolisten", "tcp", "-noreset"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def visible_window(display: str) -> bool:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--classname", "."],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
    )
    return bool(result.stdout.strip())


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def until_window(command: list[str], env: dict[str, str], display: str) -> float:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while time.perf_counter() - started < WINDOW_TIMEOUT_S:
                if visible_window(display):
                    return time.perf_counter() - started
                if process.poll() is not None:
                    errors.seek(0)
                    said = errors.read().decode(errors="replace").strip().splitlines()[-2:]
                    raise RuntimeError(
                        f"exited with {process.returncode} before showing a window: "
                        + " / ".join(said)
                    )
                time.sleep(0.01)
            raise RuntimeError(f"no window within {WINDOW_TIMEOUT_S:.0f} s")
        finally:
            stop(process)
            deadline = time.perf_counter() + 5
            while visible_window(display) and time.perf_counter() < deadline:
                time.sleep(0.05)


def until_line(command: list[str], env: dict[str, str], line: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    try:
        for text in process.stdout:
            if line in text:
                return time.perf_counter() - started
        raise RuntimeError(f"never printed {line!r}")
    finally:
        process.wait(timeout=WINDOW_TIMEOUT_S)


def debian_python(program: str) -> list[str]:
    """How to start ``program``: a Debian Python script whose first line is ``env python3`` is run
    with Debian's own Python, where its modules are (not a pyenv or venv python3 on the PATH)."""
    try:
        with open(program, "rb") as file:
            first = file.readline()
    except OSError:
        return [program]
    system = Path("/usr/bin/python3")
    if first.startswith(b"#!") and b"env python3" in first and system.is_file():
        return [str(system), program]
    return [program]


def startup_times(pdf: Path, work: Path, runs: int) -> list[Timing]:
    """Facilitator's and the PDF presenters' start-up, measured in turns under one Xvfb."""
    ours = Timing("Facilitator", "facilitator --smoke-test: main window with the library")
    presenting = Timing("Facilitator present", "facilitator present deck.md: first slide")
    peers = [
        Timing("pdfpc", "pdfpc deck.pdf: first window"),
        Timing("pympress", "pympress deck.pdf: first window"),
        Timing("Impressive", "impressive deck.pdf: first window"),
    ]
    every = [ours, presenting, *peers]
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        for timing in every:
            timing.note = "not measured: needs Xvfb and xdotool"
        return every
    if not pdf.is_file():
        for timing in peers:
            timing.note = "not measured: Facilitator's export of the deck failed"
    server = Xvfb()
    try:
        env = base_env(work)
        env["DISPLAY"] = server.display
        env["QT_QPA_PLATFORM"] = "xcb"
        command = [*facilitator_command(), "--smoke-test"]
        prepare(ours, lambda: (until_line(command, env, SMOKE_LINE), None))
        import run

        absent = run.presentation_not_available()
        if absent:
            presenting.note = f"not measured: {absent}"
        else:
            shows = [*run.PROBE, "first", str(work / "deck.md")]
            prepare(presenting, lambda: (until_line(shows, env, run.FIRST_LINE), None))
        for timing, program in zip(peers, ("pdfpc", "pympress", "impressive"), strict=True):
            if timing.note:
                continue
            found = shutil.which(program)
            if not found:
                timing.note = "not installed"
                continue
            peer_command = [*debian_python(found), str(pdf)]
            prepare(timing, lambda c=peer_command: (until_window(c, env, server.display), None))
        measure(every, runs)
    finally:
        server.close()
    return every


# Report -------------------------------------------------------------------------------------


def ratio_line(ours: Timing, peer: Timing) -> str:
    if peer.median is None:
        return peer.note or "not measured"
    if ours.median is None:
        return "Facilitator not measured"
    ratio = ours.median / peer.median
    speed = f"{1 / ratio:.1f}x faster" if ratio < 1 else f"{ratio:.1f}x slower"
    return f"ratio {ratio:.2f} (Facilitator {speed})"


def print_section(title: str, timings: list[Timing], ours: int = 1) -> None:
    """Print the timings; the first ``ours`` are Facilitator's, the last of them measured is what
    each peer is compared with."""
    print(f"\n{title}")
    own = timings[:ours]
    reference = next((t for t in reversed(own) if t.median is not None), own[0])
    for timing in timings:
        median = "-" if timing.median is None else f"{timing.median:.3f} s"
        peak = f"{max(timing.peak_mb):.0f} MB" if timing.peak_mb else "-"
        if timing in own:
            verdict = timing.note or ("(compared below)" if timing is reference else "")
        else:
            verdict = ratio_line(reference, timing)
        print(f"  {timing.name:<22} {median:>9}  peak {peak:>7}  {verdict}")


GOALS = {"present_vs_pdfpc": 1.2, "export_vs_libreoffice": 0.15}  # at most (issue 17)


def goal_ratios(exports: list[Timing], startups: list[Timing]) -> dict[str, float | None]:
    """Facilitator's median over the peer's, for the goals: ``facilitator present deck.md`` to
    its first slide against pdfpc's first window, ``export-pdf`` against LibreOffice. None when
    either side could not be measured."""

    def ratio(ours: str, peer: str, timings: list[Timing]) -> float | None:
        found = {t.name: t.median for t in timings}
        mine, theirs = found.get(ours), found.get(peer)
        return None if mine is None or not theirs else round(mine / theirs, 3)

    return {
        "present_vs_pdfpc": ratio("Facilitator present", "pdfpc", startups),
        "export_vs_libreoffice": ratio("Facilitator", "LibreOffice Impress", exports),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each tool (median)")
    parser.add_argument("--slides", type=int, default=50, help="slides in the generated deck")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="also write the results")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the deck and PDFs here")
    args = parser.parse_args(argv)
    runs = max(1, args.runs)

    with tempfile.TemporaryDirectory(prefix="facilitator-peers-") as folder:
        work = args.keep or Path(folder)
        work.mkdir(parents=True, exist_ok=True)
        deck = work / "deck.md"
        deck.write_text(make_deck(args.slides), encoding="utf-8")
        print(f"deck: {args.slides} slides, {runs} timed runs each after one warm-up")
        exports = [
            export_facilitator(deck, work),
            export_marp(deck, work),
            export_libreoffice(deck, work),
            export_beamer(deck, work),
        ]
        measure(exports, runs)
        print_section("PDF export of the deck", exports)
        startups = startup_times(work / "facilitator.pdf", work, runs)
        print_section("Start-up to a window (Xvfb)", startups, ours=2)
    ratios = goal_ratios(exports, startups)
    print("\nGoals (issue 17): Facilitator's time over the peer's, same run")
    for name, value in ratios.items():
        goal = GOALS[name]
        shown = "not measured" if value is None else f"{value:.3f}"
        verdict = "" if value is None else ("pass" if value <= goal else "MISSED")
        print(f"  {name:<24} {shown:>12}  goal <= {goal}  {verdict}")
    load = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    print(f"\nload average (1 min) at the end: {load} on {os.cpu_count()} cores")

    if args.json:
        report = {
            "slides": args.slides,
            "runs": runs,
            "pdf_export": {t.name: t.as_dict() for t in exports},
            "startup_to_window": {t.name: t.as_dict() for t in startups},
            "ratios": ratios,
            "goals": GOALS,
            "load_average_1min": load,
        }
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
