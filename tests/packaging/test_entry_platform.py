"""The Linux bundle has Qt's xcb platform only: its entry script makes Qt use it (XWayland) where
the session or QT_QPA_PLATFORM asks for Wayland, which would otherwise stop it or warn."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import entry  # noqa: E402

SESSION_VARIABLES = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY")


@pytest.mark.parametrize(
    ("environment", "platform"),
    [
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "xcb"),
        ({"QT_QPA_PLATFORM": "wayland-egl"}, "xcb"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "xcb"),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "xcb"),
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":1"}, "xcb"),
        # Nothing to fall back to without XWayland: left to Qt, which says so.
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, None),
        ({}, None),  # no display at all: room-check then chooses offscreen itself
        ({"QT_QPA_PLATFORM": "offscreen", "WAYLAND_DISPLAY": "wayland-0"}, "offscreen"),
    ],
)
def test_a_wayland_session_gets_the_bundled_xcb_platform(monkeypatch, environment, platform):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in SESSION_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    entry.use_xcb_under_wayland()
    assert os.environ.get("QT_QPA_PLATFORM") == platform
