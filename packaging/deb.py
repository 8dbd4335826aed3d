"""The Debian package: the PyInstaller folder under /opt/facilitator, built with dpkg-deb alone.

``build.py --deb`` calls :func:`build_deb`. No network, no debhelper, no maintainer scripts: the
menu entry and the icons are picked up by the file triggers of desktop-file-utils and
hicolor-icon-theme, and the package never writes /etc/xdg/facilitator/settings.toml (that file
belongs to IT; an example of it goes to /usr/share/doc/facilitator/).
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import os
import re
import shutil
import struct
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEBIAN = HERE / "debian"
PACKAGE = "facilitator"
PREFIX = Path("opt") / PACKAGE
DEFAULT_MAINTAINER = "Facilitator maintainers <maintainers@facilitator.invalid>"
# Files beside the program that are for a per-user install of the bare folder; the package puts
# the menu entry and the icon where the system looks instead.
PER_USER_FILES = {"install-linux.sh", "facilitator.desktop", "facilitator.png"}
# The system libraries the bundle links against (everything else is inside the folder), and the
# Debian package that provides each. A library missing here stops the build: add it.
SYSTEM_LIBRARIES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
    # Only the Wayland platform plugin needs these; on X11 (or without them) Qt uses xcb.
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
RECOMMENDED = {"libwayland-client0", "libwayland-cursor0", "libwayland-egl1"}
DESCRIPTION = """\
plan and present training sessions on mental health, offline
 Facilitator is a desktop program for people who run training sessions on
 mental health, mentalization, resilience and coping. It holds a bundled
 library of Danish and Norwegian teaching modules (slide decks with speaker
 notes, exercises, handouts, guides and course plans), builds session plans
 and presents them on a projector from a presenter console. It keeps a
 record of sessions and a mentor log on the machine.
 .
 It never opens a network connection. The program is a self-contained
 folder in /opt/facilitator; machine-wide settings go in
 /etc/xdg/facilitator/settings.toml (see the example in
 /usr/share/doc/facilitator/)."""


class DebError(Exception):
    """The package cannot be built; the message says why."""


def build_deb(bundle: Path, out_dir: Path, work: Path, version: str, maintainer: str) -> Path:
    """Stage the package tree under ``work`` and build ``out_dir/facilitator_VERSION_ARCH.deb``."""
    if shutil.which("dpkg-deb") is None:
        raise DebError("dpkg-deb is not installed (Debian package 'dpkg')")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    program = root / PREFIX
    shutil.copytree(bundle, program, symlinks=True, ignore=_top_level(bundle, PER_USER_FILES))
    _install_desktop_files(bundle, root)
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    copyright_text = (DEBIAN / "copyright").read_text(encoding="utf-8")
    index = (bundle / "licences" / "README.txt").read_text(encoding="utf-8")
    bundled = "".join(f"   {line}\n" if line.strip() else "\n" for line in index.splitlines())
    (doc / "copyright").write_text(copyright_text.replace("{bundled}\n", bundled), "utf-8")
    shutil.copy2(DEBIAN / "settings.toml.example", doc / "settings.toml.example")
    _gzip(_changelog(version, maintainer).encode("utf-8"), doc / "changelog.gz")
    man = root / "usr" / "share" / "man" / "man1"
    man.mkdir(parents=True)
    _gzip((DEBIAN / "facilitator.1").read_bytes(), man / "facilitator.1.gz")
    overrides = root / "usr" / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(DEBIAN / "lintian-overrides", overrides / PACKAGE)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Absolute: the link goes from one top-level folder to another (Debian policy 10.5).
    (bin_dir / PACKAGE).symlink_to(Path("/") / PREFIX / "Facilitator")
    _normalise_modes(root)
    sums = _md5sums(root)

    depends, recommends = dependencies(program)
    control = root / "DEBIAN"
    control.mkdir()
    fields = {
        "Package": PACKAGE,
        "Version": deb_version(version),
        "Architecture": arch,
        "Maintainer": maintainer,
        "Installed-Size": str(_installed_size_kib(root)),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(recommends),
        "Section": "education",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    text = "".join(f"{key}: {value}\n" for key, value in fields.items() if value)
    (control / "control").write_text(text, encoding="utf-8")
    (control / "md5sums").write_text(sums, encoding="utf-8")
    for name in ("control", "md5sums"):
        os.chmod(control / name, 0o644)
    os.chmod(control, 0o755)

    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{deb_version(version)}_{arch}.deb"
    result = subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z2", "--build", str(root), str(deb)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise DebError(f"dpkg-deb failed:\n{result.stderr.strip()}")
    shutil.rmtree(root)
    return deb


def deb_version(version: str) -> str:
    """Python's 1.2.0rc1 is Debian's 1.2.0~rc1 (sorted before 1.2.0, as Python sorts it)."""
    return re.sub(r"(?<=\d)\.?(a|b|rc|dev)(?=\d)", r"~\1", version)


def _top_level(bundle: Path, names: set[str]):
    def ignore(folder: str, entries: list[str]) -> set[str]:
        return names & set(entries) if Path(folder) == bundle else set()

    return ignore


def _install_desktop_files(bundle: Path, root: Path) -> None:
    share = root / "usr" / "share"
    apps = share / "applications"
    apps.mkdir(parents=True)
    lines = (bundle / "facilitator.desktop").read_text(encoding="utf-8").splitlines()
    # The comment is about install-linux.sh; here Exec=facilitator is right as it stands.
    kept = [line for line in lines if not line.startswith("# install-linux.sh")]
    (apps / "facilitator.desktop").write_text("\n".join(kept) + "\n", encoding="utf-8")
    icons = share / "icons" / "hicolor"
    (icons / "256x256" / "apps").mkdir(parents=True)
    shutil.copy2(bundle / "facilitator.png", icons / "256x256" / "apps" / "facilitator.png")
    svg = bundle / "_internal" / "resources" / "icons" / "facilitator.svg"
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(svg, icons / "scalable" / "apps" / "facilitator.svg")


def _gzip(data: bytes, target: Path) -> None:
    # mtime 0 and no file name: the same input gives the same bytes (what gzip -9n does).
    with open(target, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed:
        packed.write(data)


def _changelog(version: str, maintainer: str) -> str:
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    date = email.utils.formatdate(stamp, localtime=False)
    return (
        f"{PACKAGE} ({deb_version(version)}) unstable; urgency=medium\n\n"
        "  * Built from the Facilitator source tree with packaging/build.py --deb.\n\n"
        f" -- {maintainer}  {date}\n"
    )


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _normalise_modes(root: Path) -> None:
    """Folders 0755; the programs 0755; every other file 0644 (a wheel's .so often has x set)."""
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            path = Path(folder, name)
            if not path.is_symlink():
                os.chmod(path, 0o755)
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                continue
            program = os.access(path, os.X_OK) and _is_elf(path) and ".so" not in path.name
            os.chmod(path, 0o755 if program else 0o644)
    os.chmod(root, 0o755)


def _md5sums(root: Path) -> str:
    """What ``dpkg --verify`` checks the installed files against."""
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def _installed_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += (path.stat().st_size + 1023) // 1024
        else:
            total += 1
    return total


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (its .dynamic section)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, entry)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value : end].decode("ascii"))
    return needed


def dependencies(program: Path) -> tuple[list[str], list[str]]:
    """Depends and Recommends: the packages of the system libraries the folder's ELF files link
    against (the ones it does not hold itself), libc6 at least the newest GLIBC_ version used."""
    elves = [p for p in program.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    inside = {p.name for p in program.rglob("*.so*")}
    missing: dict[str, Path] = {}
    for path in elves:
        for library in elf_needed(path):
            if library not in inside:
                missing.setdefault(library, path)
    unknown = sorted(name for name in missing if name not in SYSTEM_LIBRARIES)
    if unknown:
        where = ", ".join(
            f"{name} (needed by {missing[name].relative_to(program)})" for name in unknown
        )
        raise DebError(
            f"the bundle links against system libraries packaging/deb.py does not know: "
            f"{where}; add each with its Debian package to SYSTEM_LIBRARIES"
        )
    glibc = max(
        (
            tuple(int(n) for n in found.split(b"."))
            for path in elves
            for found in re.findall(rb"GLIBC_(\d+\.\d+(?:\.\d+)?)\0", path.read_bytes())
        ),
        default=(2, 17),
    )
    packages = {SYSTEM_LIBRARIES[name] for name in missing}
    depends = sorted(packages - RECOMMENDED - {"libc6"})
    depends.insert(0, f"libc6 (>= {'.'.join(map(str, glibc))})")
    return depends, sorted(packages & RECOMMENDED)
