"""The bundle's entry script: the same ``facilitator`` command as ``pip install`` gives."""

import os
import sys

from facilitator.cli import entry


def use_xcb_under_wayland() -> None:
    """The Linux bundle carries Qt's xcb platform only (packaging/hooks/qt_trim.py): X11, and
    XWayland in a Wayland session. Asked for Wayland (by QT_QPA_PLATFORM, which some desktops set
    for every program, or by the session itself), Qt would look for the missing plugin, warn on
    the terminal and, for a QT_QPA_PLATFORM of ``wayland`` alone, not start at all; so the
    bundle asks for xcb instead. Anything else QT_QPA_PLATFORM says (offscreen) stands."""
    if not sys.platform.startswith("linux"):
        return
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    session = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland"
    if "wayland" in wanted or (not wanted and session and os.environ.get("DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


if __name__ == "__main__":
    use_xcb_under_wayland()
    entry()
