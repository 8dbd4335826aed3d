"""The Windows installer script (packaging/windows/facilitator.nsi): makensis compiles it here
around a stand-in payload, since the real Windows bundle can only be built on Windows; and the
script keeps to what IT relies on: a per-user install without admin rights, silent with /S."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"
SCRIPT = ROOT / "packaging" / "windows" / "facilitator.nsi"


def _stand_in(folder: Path) -> Path:
    """A few small files laid out as the Windows bundle is."""
    icons = folder / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "facilitator.ico", icons / "facilitator.ico")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (folder / "Facilitator.exe").write_bytes(b"MZ stand-in for the program")
    (folder / "licences").mkdir()
    (folder / "licences" / "README.txt").write_text("Facilitator bundles ...\n", "utf-8")
    return folder


def _build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(BUILD), *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_makensis_compiles_the_installer_without_warnings(tmp_path):
    bundle = _stand_in(tmp_path / "Facilitator")
    result = _build("--bundle", str(bundle), "--nsis", "--no-smoke", "--dist", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    (installer,) = tmp_path.glob("Facilitator-*-setup.exe")
    assert installer.read_bytes()[:2] == b"MZ"
    size = re.search(r"^Windows installer size: (\d+\.\d) MB \((\S+)\)$", result.stdout, re.M)
    assert size and size[2] == installer.name, result.stdout


def test_installer_needs_the_windows_bundle(tmp_path):
    """A Linux bundle in a Windows installer would install nothing that runs: refused."""
    bundle = _stand_in(tmp_path / "Facilitator")
    (bundle / "Facilitator.exe").rename(bundle / "Facilitator")
    result = _build("--bundle", str(bundle), "--nsis", "--no-smoke", "--dist", str(tmp_path))
    assert result.returncode == 1
    assert "needs the Windows bundle" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.exe"))


def test_script_installs_per_user_silently_and_removes_only_its_own_files():
    text = SCRIPT.read_text(encoding="utf-8")
    code = "\n".join(line.strip() for line in text.splitlines() if not line.strip().startswith(";"))
    assert "RequestExecutionLevel user" in code
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in code
    # Everything registered for the user only: no HKLM key, no all-users Start menu.
    assert "HKLM" not in code and "SetShellVarContext all" not in code
    assert code.count("SetShellVarContext current") == 2
    assert 'CreateShortcut "$SMPROGRAMS\\${APP}.lnk"' in code
    for value in ("DisplayName", "DisplayVersion", "UninstallString", "QuietUninstallString"):
        assert f'WriteRegStr HKCU "${{UNINSTALL_KEY}}" "{value}"' in code
    assert '"$INSTDIR\\uninstall.exe" /S' in code
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in code
    # A folder chosen with /D= may hold other files: the uninstaller never empties it wholesale.
    uninstall = code.split('Section "Uninstall"')[1]
    assert 'RMDir /r "$INSTDIR"' not in uninstall and 'RMDir "$INSTDIR"' in uninstall
