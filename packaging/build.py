"""Build the one-folder Facilitator bundle and the packages made of it, report their sizes, and
smoke-test each headless.

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--no-smoke]
                                        [--deb] [--portable] [--nsis] [--bundle FOLDER]

Runs PyInstaller (from this Python's environment) on ``packaging/facilitator.spec`` and trims
Qt's ICU data to the languages the app speaks (``icu_trim.py``; on Linux, with ``cc`` and
``objcopy``). The bundle lands in ``DIR/Facilitator`` (default ``packaging/dist``);
``--bundle FOLDER`` packages a folder built before instead. Then the built program is started
with the offscreen Qt platform and a throw-away FACILITATOR_HOME:

1. ``Facilitator --smoke-test`` must show its main window with the bundled library and exit 0,
   and its log must hold no warning or error from the app;
2. ``Facilitator check-content --json`` must load the bundled library (every module, every slide
   laid out with the bundled fonts) with no errors and nothing on stderr;
3. ``Facilitator pack keygen``, ``pack export --sign`` of one bundled module and ``pack verify``
   with that key trusted must report the pack verified (the signing library works in the bundle);
4. ``Facilitator export-pdf`` of a bundled deck, and ``import`` of that PDF and of a PowerPoint
   deck made with python-pptx, must work (the importers' libraries are whole in the bundle).

``--deb`` makes ``DIR/facilitator_VERSION_ARCH.deb`` with dpkg-deb (see packaging/deb.py) and
runs the same smoke test on its files unpacked, started through ``/usr/bin/facilitator``'s link.
``--portable`` makes ``DIR/Facilitator-VERSION-portable-SYSTEM-MACHINE.tar.gz`` (a ``.zip`` on
Windows): the program, a launcher and a ``FACILITATOR_HOME`` folder beside it (packaging/
portable.py); it is unpacked and smoke-tested through its launcher. ``--nsis`` compiles the
Windows installer ``DIR/Facilitator-VERSION-setup.exe`` from packaging/windows/facilitator.nsi
with makensis (from a Windows bundle). Each prints its size.

Exit status: 0 when all is well, 1 when a build fails, 2 when a smoke test fails; the last
lines printed say what went wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

from deb import DEFAULT_MAINTAINER, DebError, build_deb
from icu_trim import trim_icu
from portable import make_archive

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "facilitator.spec"
NSIS_SCRIPT = HERE / "windows" / "facilitator.nsi"
NAME = "Facilitator"
SMOKE_TIMEOUT_S = 120
# Log lines the app writes: "2026-11-23 07:29:54,182 WARNING facilitator.x: message".
LOG_LINE = re.compile(r"^\S+ \S+ (?P<level>[A-Z]+)\s+(?P<logger>[\w.]+): (?P<message>.*)$")


class Failure(Exception):
    """A step failed; the message says which and why."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=HERE / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=HERE / "build", help="PyInstaller's work dir")
    parser.add_argument("--no-smoke", action="store_true", help="build only; do not start it")
    parser.add_argument("--deb", action="store_true", help="also make the Debian package")
    parser.add_argument("--portable", action="store_true", help="also make the portable archive")
    parser.add_argument("--nsis", action="store_true", help="also make the Windows installer")
    parser.add_argument(
        "--bundle", type=Path, help="package this bundle folder (built before) instead of building"
    )
    parser.add_argument(
        "--maintainer",
        default=os.environ.get("FACILITATOR_DEB_MAINTAINER", DEFAULT_MAINTAINER),
        help="the Debian package's Maintainer field, 'Name <email>'",
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    try:
        if args.bundle is not None:
            bundle = args.bundle.resolve()
            if not (bundle / "licences" / "README.txt").is_file():
                raise Failure(f"{bundle} is not a Facilitator bundle (no licences/README.txt)", 1)
        else:
            bundle = build(dist, work)
        if not args.no_smoke:
            smoke_test(bundle / program_name())
        version = project_version()
        if args.deb:
            deb = make_deb(bundle, dist, work, version, args.maintainer)
            if not args.no_smoke:
                smoke_test_deb(deb)
        if args.portable:
            archive = make_portable(bundle, dist, version, sys.platform)
            if not args.no_smoke:
                smoke_test_portable(archive)
        if args.nsis:
            make_installer(bundle, dist, version)
    except Failure as failure:
        print(f"build.py: FAILED: {failure}", file=sys.stderr, flush=True)
        return failure.status
    except OSError as error:  # a full disk, a folder that cannot be written
        print(f"build.py: FAILED: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


def program_name(platform: str = sys.platform) -> str:
    return NAME + (".exe" if platform.startswith("win") else "")


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def print_size(what: str, path: Path) -> None:
    size = folder_size(path) if path.is_dir() else path.stat().st_size
    print(f"{what} size: {size / 1e6:.1f} MB ({path.name})", flush=True)


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise Failure(
            f"PyInstaller is not installed for {sys.executable}; "
            "install the test extra: .venv/bin/pip install -e '.[test]'",
            1,
        ) from None
    work.mkdir(parents=True, exist_ok=True)
    log_path = work / "pyinstaller.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print(f"Building {NAME} with PyInstaller into {dist} ...", flush=True)
    started = time.perf_counter()
    with log_path.open("w", encoding="utf-8") as log:
        result = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - started
    bundle = dist / NAME
    program = bundle / program_name()
    if result.returncode != 0 or not program.is_file():
        tail = "\n".join(log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
        raise Failure(
            f"PyInstaller exited with status {result.returncode} "
            f"(full output: {log_path}); its last lines:\n{tail}",
            1,
        )
    print(f"Built {bundle} in {seconds:.0f} s", flush=True)
    # Qt's ICU data (32 MB on Linux) down to the locales the app speaks (icu_trim.py).
    print(trim_icu(bundle), flush=True)
    print(f"Bundle size: {folder_size(bundle) / 1e6:.1f} MB", flush=True)
    return bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACILITATOR_HOME"] = str(home / "home")
    # A machine-wide settings file that does not exist: the machine's own must not matter here.
    env["FACILITATOR_SITE_CONFIG"] = str(home / "site-settings.toml")
    if sys.platform.startswith("linux"):
        env["LC_ALL"] = "C.UTF-8"  # Qt warns on stderr under a non-UTF-8 locale
    return env


def run_bundle(program: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [str(program), *args],
            env=env,
            cwd=program.parent,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=SMOKE_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        command = " ".join([NAME, *args])
        raise Failure(f"'{command}' did not finish in {SMOKE_TIMEOUT_S} s", 2) from None
    except OSError as exc:
        raise Failure(f"cannot start {program}: {exc}", 2) from None


def smoke_test(
    program: Path, what: str = "", home: Path | None = None, launcher: bool = False
) -> None:
    """Start ``program`` headless twice (see the module's docstring), with FACILITATOR_HOME set to
    ``home`` (a throw-away folder by default). A ``launcher`` sets FACILITATOR_HOME itself: the
    environment then names a decoy folder, and the log must still appear under ``home``."""
    label = f"Smoke test{f' ({what})' if what else ''}"
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as tmp:
        env = smoke_env(Path(tmp))
        if home is None:
            home = Path(env["FACILITATOR_HOME"])
        elif not launcher:
            env["FACILITATOR_HOME"] = str(home)
        print(f"{label}: {program.name} --smoke-test (offscreen) ...", flush=True)
        result = run_bundle(program, ["--smoke-test"], env)
        log_file = home / "logs" / "facilitator.log"
        log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.is_file() else ""
        shown = re.search(r"main window shown with the library after (\d+) ms", log)
        if result.returncode != 0 or not shown:
            raise Failure(
                f"{program} did not show its main window and quit cleanly "
                f"(exit status {result.returncode}).\nstderr:\n{result.stderr.strip()}\n"
                f"log ({log_file}):\n{log.strip()}",
                2,
            )
        problems = log_problems(log)
        if problems:
            raise Failure(
                f"{program} started, but its log has warnings or errors:\n" + "\n".join(problems),
                2,
            )
        print(f"{label}: main window shown with the library after {shown[1]} ms", flush=True)

        if sys.platform.startswith(("win", "darwin")):
            return  # a windowed program there: no stdout for the JSON report
        print(f"{label}: {program.name} check-content --json ...", flush=True)
        result = run_bundle(program, ["check-content", "--json"], env)
        summary, report = check_content_summary(result)
        print(f"{label}: check-content found {summary}", flush=True)
        module = report["modules"][0]["id"]
        print(f"{label}: pack keygen, export {module} signed, pack verify ...", flush=True)
        print(f"{label}: {check_signed_pack(program, env, Path(tmp), module)}", flush=True)
        print(f"{label}: export-pdf, import of a PowerPoint deck and of the PDF ...", flush=True)
        deck = next(i["id"] for m in report["modules"] for i in m["items"] if i["kind"] == "deck")
        print(f"{label}: {check_import(program, env, Path(tmp), deck)}", flush=True)
    print(f"{label} passed", flush=True)


def check_import(program: Path, env: dict[str, str], folder: Path, item: str) -> str:
    """Export the bundled deck ``item`` as a PDF, then import it and a small PowerPoint deck
    (made here with python-pptx, a picture on its slide): the libraries of the importers (lxml,
    Pillow, pypdfium2) are in the bundle with every module they load."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = folder / "smoke deck.pptx"
    picture = folder / "picture.png"
    # A 1x1 PNG, written out byte by byte: no drawing library needed here.
    picture.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
            "0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
        )
    )
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "Røgtest"
    slide.placeholders[1].text = "Et punkt"
    slide.shapes.add_picture(str(picture), Inches(1), Inches(1))
    presentation.save(str(deck))
    pdf = folder / "smoke.pdf"
    steps = [
        ["export-pdf", item, "-o", str(pdf)],
        ["import", "--json", str(deck)],
        ["import", "--json", "--new", str(pdf)],
    ]
    for args in steps:
        result = run_bundle(program, args, env)
        if result.returncode != 0 or "Traceback" in result.stderr:
            raise Failure(
                f"'{NAME} {' '.join(args)}' exited with status {result.returncode}:\n"
                f"{(result.stdout + result.stderr).strip()[-3000:]}",
                2,
            )
    return "a PDF exported, a PowerPoint deck and the PDF imported"


def check_signed_pack(program: Path, env: dict[str, str], folder: Path, module: str) -> str:
    """Make a key, export ``module`` as a pack signed with it, trust the key in the machine-wide
    settings and verify the pack: the signing library (PyNaCl) is in the bundle and works."""
    key, pack = folder / "smoke.key", folder / "smoke.test-1.facpack"
    steps = [
        ["pack", "keygen", "-o", str(key), "--publisher", "Smoke test"],
        ["pack", "export", module, "-o", str(pack), "--sign", str(key)],
    ]
    for args in steps:
        result = run_bundle(program, args, env)
        if result.returncode != 0:
            raise Failure(
                f"'{NAME} {' '.join(args)}' exited with status {result.returncode}:\n"
                f"{(result.stdout + result.stderr).strip()}",
                2,
            )
    public = key.with_name(key.name + ".pub").read_text(encoding="utf-8").strip()
    site = Path(env["FACILITATOR_SITE_CONFIG"])
    site.write_text(f"trusted_publishers = [{json.dumps(public)}]\n", encoding="utf-8")
    result = run_bundle(program, ["pack", "verify", "--json", str(pack)], env)
    try:
        status = json.loads(result.stdout)["status"]
    except (json.JSONDecodeError, KeyError, TypeError):
        status = None
    if result.returncode != 0 or status != "verified":
        raise Failure(
            f"pack verify in the bundle did not verify a pack it signed itself (exit status "
            f"{result.returncode}, status {status}):\n{(result.stdout + result.stderr).strip()}",
            2,
        )
    return "a signed pack verified"


def make_deb(bundle: Path, dist: Path, work: Path, version: str, maintainer: str) -> Path:
    print("Building the Debian package with dpkg-deb ...", flush=True)
    try:
        deb = build_deb(bundle, dist, work, version, maintainer)
    except DebError as error:
        raise Failure(str(error), 1) from None
    print_size("Debian package", deb)
    return deb


def smoke_test_deb(deb: Path) -> None:
    """Unpack the package's files and start the program as a user would: through the link
    /usr/bin/facilitator, here a link to the unpacked /opt/facilitator/Facilitator."""
    with tempfile.TemporaryDirectory(prefix="facilitator-deb-") as tmp:
        root = Path(tmp) / "root"
        result = subprocess.run(
            ["dpkg-deb", "--extract", str(deb), str(root)], capture_output=True, text=True
        )
        if result.returncode != 0:
            raise Failure(f"dpkg-deb cannot unpack {deb}:\n{result.stderr.strip()}", 2)
        link = root / "usr" / "bin" / "facilitator"
        target = os.readlink(link)
        program = root / target.lstrip("/")
        if not program.is_file():
            raise Failure(f"/usr/bin/facilitator points at {target}, which the package lacks", 2)
        command = Path(tmp) / "bin" / "facilitator"
        command.parent.mkdir()
        command.symlink_to(program)
        smoke_test(command, "Debian package")


def make_portable(bundle: Path, dist: Path, version: str, system: str) -> Path:
    print("Building the portable archive ...", flush=True)
    archive = make_archive(bundle, dist, version, system)
    print_size("Portable archive", archive)
    return archive


def smoke_test_portable(archive: Path) -> None:
    """Unpack the archive and start the program through its launcher."""
    with tempfile.TemporaryDirectory(prefix="facilitator-portable-") as tmp:
        if archive.suffix == ".zip":
            with zipfile.ZipFile(archive) as opened:
                opened.extractall(tmp)
        else:
            with tarfile.open(archive) as opened:
                opened.extractall(tmp, filter="tar")
        (top,) = Path(tmp).iterdir()
        home = top / "FACILITATOR_HOME"
        if archive.suffix == ".zip":
            # Facilitator.cmd hands over to the windowed program and returns at once, so there
            # is nothing to wait for: start the program as the launcher does.
            program = top / "Facilitator" / program_name()
            smoke_test(program, "portable archive", home=home)
        else:
            smoke_test(top / "Facilitator.sh", "portable archive", home=home, launcher=True)


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found is None and sys.platform.startswith("win"):
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            candidate = Path(base or "C:/") / "NSIS" / "makensis.exe"
            if candidate.is_file():
                return str(candidate)
    return found


def make_installer(bundle: Path, dist: Path, version: str) -> Path:
    """Compile packaging/windows/facilitator.nsi around the bundle with makensis."""
    if not (bundle / "Facilitator.exe").is_file():
        raise Failure(
            f"{bundle} holds no Facilitator.exe: the Windows installer needs the Windows bundle "
            "(PyInstaller does not cross-compile; build it on Windows)",
            1,
        )
    makensis = find_makensis()
    if makensis is None:
        raise Failure("makensis is not installed (NSIS; Debian package 'nsis')", 1)
    dist.mkdir(parents=True, exist_ok=True)
    installer = dist / f"Facilitator-{version}-setup.exe"
    # makensis takes "-" options on every platform ("/" only on Windows).
    command = [
        makensis,
        "-V2",
        "-WX",  # a warning (an unused define, a missing language string) fails the build
        f"-DSOURCE={bundle}",
        f"-DVERSION={version}",
        f"-DOUTFILE={installer}",
        str(NSIS_SCRIPT),
    ]
    print(f"Building the Windows installer with {Path(makensis).name} ...", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, errors="replace")
    if result.returncode != 0 or not installer.is_file():
        output = (result.stdout + result.stderr).strip().splitlines()[-25:]
        raise Failure(
            f"makensis exited with status {result.returncode}; its last lines:\n"
            + "\n".join(output),
            1,
        )
    print_size("Windows installer", installer)
    return installer


def log_problems(log: str) -> list[str]:
    """The app's own warnings and errors, and any traceback. Qt's warnings of the offscreen
    platform ("does not support propagateSizeHints()") are not the app's and pass."""
    problems = []
    qt_warning = ("qt", "WARNING")
    for line in log.splitlines():
        match = LOG_LINE.match(line)
        serious = match is not None and match["level"] in {"WARNING", "ERROR", "CRITICAL"}
        if "Traceback" in line or (serious and (match["logger"], match["level"]) != qt_warning):
            problems.append(line)
    return problems


def check_content_summary(result: subprocess.CompletedProcess) -> tuple[str, dict]:
    """What check-content found, in a few words, and its JSON report."""
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise Failure(
            f"check-content in the bundle printed no JSON (exit status {result.returncode}).\n"
            f"stderr:\n{result.stderr.strip()}",
            2,
        ) from None
    modules = report.get("modules", [])
    items = sum(len(m.get("items", [])) for m in modules)
    errors = [f"{e['file']}:{e['line']}: {e['message']}" for e in report.get("errors", [])]
    if result.returncode != 0 or errors or not modules:
        raise Failure(
            f"check-content in the bundle: exit status {result.returncode}, "
            f"{len(modules)} modules, errors:\n" + "\n".join(errors or ["(none)"]),
            2,
        )
    if result.stderr.strip():
        raise Failure(
            "check-content in the bundle worked but complained on stderr (a missing resource?):\n"
            + result.stderr.strip(),
            2,
        )
    plans = len(report.get("plans", []))
    return f"{len(modules)} modules, {items} items, {plans} plans, no errors", report


if __name__ == "__main__":
    sys.exit(main())
