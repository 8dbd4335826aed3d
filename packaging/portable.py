"""The portable archive: the program folder with a launcher and a FACILITATOR_HOME folder beside it.

``build.py --portable`` calls :func:`make_archive`. Unpacked anywhere (a USB stick, a shared drive,
a folder of the user's own), the launcher starts the program with ``FACILITATOR_HOME`` set to the
folder beside it, so the records, settings, logs and cache stay with the program and nothing is
written to the machine's per-user folders (see core/paths.py).

    Facilitator-VERSION-portable/
        Facilitator.sh  (Facilitator.cmd on Windows)   the launcher: start the program with this
        Facilitator/                                    the program folder, licences/ inside
        FACILITATOR_HOME/                               data/, config/, logs/, cache/ appear here
        README.txt
"""

from __future__ import annotations

import platform
import tarfile
import time
import zipfile
from io import BytesIO
from pathlib import Path

# The program folder's per-user menu script would start the program without the launcher, so
# with the data in the machine's folders: it stays out of the portable copy.
LEFT_OUT = {"install-linux.sh", "facilitator.desktop", "facilitator.png"}
HOME = "FACILITATOR_HOME"

SH_LAUNCHER = """\
#!/bin/sh
# Start Facilitator with its records, settings, logs and cache in the FACILITATOR_HOME folder
# beside this script, so they travel with the program. Arguments are passed on, e.g.
#   ./Facilitator.sh --version
here=$(cd "$(dirname "$0")" && pwd -P)
FACILITATOR_HOME="$here/FACILITATOR_HOME"
export FACILITATOR_HOME
exec "$here/Facilitator/Facilitator" "$@"
"""

CMD_LAUNCHER = """\
@echo off\r
rem Start Facilitator with its records, settings, logs and cache in the FACILITATOR_HOME folder\r
rem beside this file, so they travel with the program.\r
set "FACILITATOR_HOME=%~dp0FACILITATOR_HOME"\r
start "" "%~dp0Facilitator\\Facilitator.exe" %*\r
"""

README = """\
Facilitator {version}, portable

Start the program with {launcher}. It keeps everything it writes (the records database and its
backups, your settings, your own content, the log) in the folder FACILITATOR_HOME beside it, so
the whole folder can be moved or copied, for instance to a USB stick, with the data in it. Keep
the folder somewhere only you can read: the records may hold notes about participants.

Starting Facilitator/{program} directly puts the data in this computer's per-user folders
instead. The licences of everything in the program are in Facilitator/licences/.
"""


def archive_name(version: str, system: str) -> str:
    windows = system.startswith("win")
    suffix = ".zip" if windows else ".tar.gz"
    kind = "windows" if windows else ("macos" if system == "darwin" else "linux")
    return f"Facilitator-{version}-portable-{kind}-{platform.machine().lower()}{suffix}"


def make_archive(bundle: Path, out_dir: Path, version: str, system: str) -> Path:
    """Write the archive into ``out_dir`` and give its path. ``system`` is a sys.platform value:
    a .zip with a .cmd launcher for Windows, a .tar.gz with a shell launcher elsewhere."""
    windows = system.startswith("win")
    top = f"Facilitator-{version}-portable"
    launcher = "Facilitator.cmd" if windows else "Facilitator.sh"
    program = "Facilitator.exe" if windows else "Facilitator"
    extras = {
        launcher: ((CMD_LAUNCHER if windows else SH_LAUNCHER).encode("utf-8"), 0o755),
        "README.txt": (README.format(version=version, launcher=launcher, program=program), 0o644),
        f"{HOME}/README.txt": (
            "Facilitator keeps its data here when started with the launcher beside this folder.\n",
            0o644,
        ),
    }
    files = sorted(
        p
        for p in bundle.rglob("*")
        if not (p.parent == bundle and p.name in LEFT_OUT) and (p.is_file() or p.is_symlink())
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / archive_name(version, system)
    partial = target.with_name(target.name + ".part")
    if windows:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for path in files:
                archive.write(path, f"{top}/Facilitator/{path.relative_to(bundle).as_posix()}")
            for name, (data, _mode) in extras.items():
                archive.writestr(f"{top}/{name}", data)
    else:
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            for path in files:
                archive.add(
                    path, f"{top}/Facilitator/{path.relative_to(bundle).as_posix()}", filter=_owner
                )
            folder = tarfile.TarInfo(f"{top}/{HOME}")
            folder.type, folder.mode, folder.mtime = tarfile.DIRTYPE, 0o700, int(time.time())
            archive.addfile(folder)
            for name, (data, mode) in extras.items():
                raw = data if isinstance(data, bytes) else data.encode("utf-8")
                info = tarfile.TarInfo(f"{top}/{name}")
                info.size, info.mode, info.mtime = len(raw), mode, int(time.time())
                archive.addfile(info, BytesIO(raw))
    partial.replace(target)
    return target


def _owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """No build machine's user names or ids in the archive."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info
