"""The portable archive (build.py --portable): the program with a launcher and a FACILITATOR_HOME
folder beside it, so the records travel with the program and nothing goes to the machine's own
per-user folders."""

from __future__ import annotations

import os
import re
import subprocess
import tarfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def archive(packaged) -> Path:
    return packaged.one("Facilitator-*-portable-linux-*.tar.gz")


def test_portable_archive_reports_its_size_and_passes_the_smoke_test(packaged, archive):
    out = packaged.result.stdout
    size = re.search(r"^Portable archive size: (\d+\.\d) MB \((\S+)\)$", out, re.M)
    assert size and size[2] == archive.name, out
    assert 10 < float(size[1]) < 200
    assert "Smoke test (portable archive): main window shown with the library" in out
    assert "\nSmoke test (portable archive) passed\n" in out


def test_portable_archive_holds_program_launcher_home_and_licences(archive):
    with tarfile.open(archive) as opened:
        members = {m.name: m for m in opened.getmembers()}
    tops = {name.split("/")[0] for name in members}
    assert len(tops) == 1
    top = tops.pop()
    assert members[f"{top}/Facilitator.sh"].mode & 0o111
    assert members[f"{top}/Facilitator/Facilitator"].mode & 0o111
    assert members[f"{top}/FACILITATOR_HOME"].isdir()
    # The records may hold notes about participants: the data folder is the user's alone.
    assert members[f"{top}/FACILITATOR_HOME"].mode & 0o077 == 0
    assert f"{top}/Facilitator/licences/Qt/LGPL-3.0.txt" in members
    assert f"{top}/Facilitator/licences/README.txt" in members
    assert f"{top}/README.txt" in members
    # The per-user menu script would start the program without the launcher's data folder.
    assert f"{top}/Facilitator/install-linux.sh" not in members
    assert all(m.uid == 0 and m.uname == "" for m in members.values())


def test_launcher_keeps_the_data_beside_the_program_wherever_it_is_moved(archive, tmp_path):
    with tarfile.open(archive) as opened:
        opened.extractall(tmp_path / "stick", filter="tar")
    (unpacked,) = (tmp_path / "stick").iterdir()
    moved = tmp_path / "another place" / "Facilitator portable"
    moved.parent.mkdir()
    unpacked.rename(moved)
    elsewhere = tmp_path / "machine-home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
    # The machine's own per-user folders, which a portable program must not write to.
    env |= {"FACILITATOR_HOME": str(elsewhere), "XDG_DATA_HOME": str(elsewhere / "xdg")}
    env |= {"FACILITATOR_SITE_CONFIG": str(tmp_path / "none.toml")}
    result = subprocess.run(
        [str(moved / "Facilitator.sh"), "--smoke-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "main window shown" in result.stdout, result.stderr
    home = moved / "FACILITATOR_HOME"
    assert "main window shown" in (home / "logs" / "facilitator.log").read_text("utf-8")
    assert (home / "data").is_dir() and (home / "config").is_dir()
    assert not elsewhere.exists()
