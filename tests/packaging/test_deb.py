"""The Debian package (build.py --deb), looked at as IT would before pushing it with apt: what it
installs and where, that it asks nothing and runs no scripts, that it never touches IT's own
settings file, that apt pulls in what it needs, that lintian has nothing to say, and that the
installed program starts. It is installed into a throwaway root with ``dpkg --root``."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from facilitator.core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
IT_FILE = "etc/xdg/facilitator/settings.toml"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def deb(packaged) -> Path:
    return packaged.one("facilitator_*.deb")


def _version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def _dpkg(root: Path, *args: str) -> subprocess.CompletedProcess:
    # --force-depends: the throwaway root has none of the system's packages.
    command = ["dpkg", f"--root={root}", "--force-depends", "--force-not-root", *args]
    return subprocess.run(command, capture_output=True, text=True)


def _empty_root(root: Path) -> Path:
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    (admin / "status").touch()
    return root


def _fields(deb: Path) -> dict[str, str]:
    text = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    return dict(re.findall(r"^(\S+): (.*)$", text, re.MULTILINE))


def test_deb_reports_its_size_and_its_unpacked_files_pass_the_smoke_test(packaged, deb):
    out = packaged.result.stdout
    size = re.search(r"^Debian package size: (\d+\.\d) MB \((facilitator_\S+\.deb)\)$", out, re.M)
    assert size and size[2] == deb.name, out
    assert 10 < float(size[1]) < 150
    assert abs(float(size[1]) - deb.stat().st_size / 1e6) < 0.1
    assert "Smoke test (Debian package): main window shown with the library" in out
    assert re.search(r"Smoke test \(Debian package\): check-content found [1-9]\d* modules", out)
    assert "\nSmoke test (Debian package) passed\n" in out


def test_deb_installs_the_program_menu_entry_and_docs_and_leaves_it_settings_alone(deb, tmp_path):
    root = _empty_root(tmp_path / "root")
    it_file = root / IT_FILE
    it_file.parent.mkdir(parents=True)
    it_file.write_text('language = "nb"\nlocked = ["language"]\n', encoding="utf-8")

    installed = _dpkg(root, "--install", str(deb))
    assert installed.returncode == 0, installed.stderr
    opt = root / "opt" / "facilitator"
    program = opt / "Facilitator"
    assert os.access(program, os.X_OK)
    assert os.readlink(root / "usr" / "bin" / "facilitator") == "/opt/facilitator/Facilitator"
    assert (opt / "_internal" / "content").is_dir()
    assert (opt / "licences" / "Qt" / "LGPL-3.0.txt").is_file()
    # The per-user menu script is for the bare folder; the package installs the menu itself.
    assert not (opt / "install-linux.sh").exists()
    desktop = (root / "usr/share/applications/facilitator.desktop").read_text("utf-8")
    assert {"Exec=facilitator", "TryExec=facilitator", "Icon=facilitator"} <= set(
        desktop.splitlines()
    )
    assert "install-linux.sh" not in desktop
    png = (root / "usr/share/icons/hicolor/256x256/apps/facilitator.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    assert (root / "usr/share/icons/hicolor/scalable/apps/facilitator.svg").is_file()
    assert (root / "usr/share/man/man1/facilitator.1.gz").is_file()
    doc = root / "usr" / "share" / "doc" / "facilitator"
    copyright_text = (doc / "copyright").read_text("utf-8")
    assert "/usr/share/common-licenses/GPL-3" in copyright_text
    assert "/opt/facilitator/licences/" in copyright_text and "Qt 6." in copyright_text
    assert "SQLAlchemy" in copyright_text
    example = (doc / "settings.toml.example").read_text("utf-8")
    assert "/etc/xdg/facilitator/settings.toml" in example
    assert all(not line.strip() or line.startswith("#") for line in example.splitlines())
    # Nothing under /etc: IT's file is IT's, and no conffile can prompt during an upgrade.
    listed = _dpkg(root, "--listfiles", "facilitator").stdout.splitlines()
    assert listed and not [line for line in listed if line.startswith("/etc")]
    assert it_file.read_text("utf-8") == 'language = "nb"\nlocked = ["language"]\n'

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(tmp_path / "home")}
    env |= {"FACILITATOR_SITE_CONFIG": str(tmp_path / "none.toml"), "LC_ALL": "C.UTF-8"}
    started = subprocess.run(
        [str(program), "--smoke-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert started.returncode == 0 and "main window shown" in started.stdout, started.stderr

    for action in ("--remove", "--purge"):
        done = _dpkg(root, action, "facilitator")
        assert done.returncode == 0, done.stderr
    left = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.parts[len(root.parts)] != "var"
    )
    assert left == [IT_FILE]
    assert it_file.read_text("utf-8") == 'language = "nb"\nlocked = ["language"]\n'


def test_deb_control_fields_and_no_maintainer_scripts(deb, tmp_path):
    fields = _fields(deb)
    assert fields["Package"] == "facilitator"
    assert fields["Version"] == _version()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    assert fields["Architecture"] == arch.stdout.strip()
    assert deb.name == f"facilitator_{_version()}_{fields['Architecture']}.deb"
    assert re.fullmatch(r"[^<>]+ <[^@<>\s]+@[^@<>\s]+>", fields["Maintainer"])
    assert fields["Section"] == "education" and fields["Priority"] == "optional"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", depends[0])
    assert {"libgl1", "libegl1", "libxcb1"} <= set(depends)
    # Installed-Size (KiB) is what apt shows and checks free space against.
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(unpacked)], check=True)
    files = [p for p in unpacked.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 1024
    assert 0.95 * size < int(fields["Installed-Size"]) < 1.1 * size
    # No maintainer scripts and no conffiles: nothing runs and nothing asks during apt-get
    # install or remove (the menu and icon caches are updated by their own packages' triggers).
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(control)], check=True)
    assert sorted(p.name for p in control.iterdir()) == ["control", "md5sums"]
    sums = (control / "md5sums").read_text("utf-8")
    assert re.search(r"^[0-9a-f]{32}  opt/facilitator/Facilitator$", sums, re.M)


def test_deb_depends_on_the_package_of_every_system_library_it_links(deb, packaged, tmp_path):
    """apt must bring in what the program needs: every library that a file of the program
    links to and that the program does not carry is in a package the control file names."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from deb import elf_needed
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    fields = _fields(deb)
    named = {
        re.split(r"[ (]", d.strip())[0]
        for d in (fields["Depends"] + "," + fields.get("Recommends", "")).split(",")
        if d.strip()
    }
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(unpacked)], check=True)
    program = unpacked / "opt" / "facilitator"
    inside = {p.name for p in program.rglob("*.so*")}
    needed = {
        library
        for path in program.rglob("*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
        for library in elf_needed(path)
    }
    outside = needed - inside
    assert {"libGL.so.1", "libEGL.so.1", "libxcb.so.1", "libc.so.6"} <= outside
    checked = set()
    for library in sorted(outside):
        owner = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
        if owner.returncode != 0:
            continue  # not installed here (a Wayland library on a machine without Wayland)
        packages = {line.split(":")[0] for line in owner.stdout.splitlines()}
        assert packages & named, f"{library} is in {packages}, which the package does not name"
        checked.add(library)
    # The README's command installs these, so they are always checked.
    assert {"libGL.so.1", "libEGL.so.1", "libxcb.so.1", "libc.so.6"} <= checked


def test_deb_is_lintian_clean_apart_from_its_justified_overrides(deb):
    if shutil.which("lintian") is None:
        pytest.fail("lintian (in the README's test packages) is needed")
    result = subprocess.run(
        ["lintian", "--no-cfg", str(deb)], capture_output=True, text=True, timeout=500
    )
    problems = [line for line in result.stdout.splitlines() if re.match(r"[EW]: ", line)]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr
    overrides = (ROOT / "packaging" / "debian" / "lintian-overrides").read_text("utf-8")
    # Each override has a comment that says why.
    blocks = overrides.strip().split("\n\n")[1:]
    assert blocks and all(b.startswith("#") and "\nfacilitator: " in b for b in blocks)


def test_deb_example_settings_file_uncommented_is_a_valid_machine_wide_file(deb, tmp_path):
    with (
        subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE) as p,
        tarfile.open(fileobj=p.stdout, mode="r|") as archive,
    ):
        for member in archive:
            if member.name == "./usr/share/doc/facilitator/settings.toml.example":
                example = archive.extractfile(member).read().decode("utf-8")
                break
    settings = [line[2:] for line in example.splitlines() if re.match(r"# \w+ = ", line)]
    assert len(settings) >= 7
    site = tmp_path / "settings.toml"
    site.write_text("\n".join(settings) + "\n", encoding="utf-8")
    loaded = Settings.load(site, tmp_path / "user.json")
    # The example's shared folders do not exist here; every other line must apply.
    other = [str(p) for p in loaded.problems if "does not exist" not in str(p)]
    assert other == []
    assert loaded.is_locked("language") and loaded.source("help_contacts") == "site"
