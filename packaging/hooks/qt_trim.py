"""Which Qt plugins and Qt translations go into the bundle (used by the hooks beside this file).

PyInstaller's own hooks for PySide6 collect every plugin of a type and every language. Facilitator
draws with QtGui and QtWidgets only, so most of that is dead weight: the hooks here call the
standard collection and keep what the app can use. A plugin that is left out also leaves out the
system libraries only it needs (the GTK theme plugin alone pulls in GTK, Cairo and Pango).
"""

from __future__ import annotations

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugin type -> the plugins to keep (file name without "lib" and extension); None keeps all.
# A type that is not listed is left out entirely.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    # xcb (X11, and XWayland in a Wayland session: packaging/entry.py makes sure Qt falls back to
    # it), offscreen (the headless smoke test); Windows and macOS natives. The Wayland platform
    # took 2.9 MB with its Qt library and the OpenGL one its graphics plugins need.
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa"},
    # No xcbglintegrations: the app draws with QPainter on raster surfaces only (no OpenGL
    # widget, no Qt Quick), which Qt's xcb platform does without a GL integration.
    # No platformthemes: Qt picks the desktop portal's only inside Flatpak or Snap, and the GTK
    # one pulls in all of GTK; Qt's own file dialog is used.
    # Dead keys and input methods (ibus): needed to type æ, ø, å on some keyboards.
    "platforminputcontexts": None,
    # Images that trainers put beside their Markdown and in packs (PNG and BMP are built into
    # QtGui), and the SVG app icon.
    "imageformats": {"qjpeg", "qgif", "qsvg", "qwebp"},
    "iconengines": None,
    "styles": None,
    "accessiblebridge": None,
    "accessible": None,
}

# Qt's own translations (standard buttons, file dialogs) for the UI languages. Qt ships none for
# Bokmål: ours is resources/translations/qtbase_nb.qm, bundled with the app's own.
KEEP_TRANSLATIONS = {"qtbase_da.qm"}


def _plugin_name(path: str) -> str:
    name = os.path.basename(path).split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _keep_binary(src: str, dest: str) -> bool:
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts or parts.index("plugins") + 1 >= len(parts):
        return True  # not a plugin: a Qt library or an extension module
    plugin_type = parts[parts.index("plugins") + 1]
    if plugin_type not in KEEP_PLUGINS:
        return False
    allowed = KEEP_PLUGINS[plugin_type]
    return allowed is None or _plugin_name(src) in allowed


def _keep_data(src: str, dest: str) -> bool:
    if "translations" in dest.replace("\\", "/").split("/") and src.endswith(".qm"):
        return os.path.basename(src) in KEEP_TRANSLATIONS
    return True


def collect(hook_file: str) -> tuple[list, list, list]:
    """The standard collection for the module this hook is for, trimmed as above."""
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(src, dest) for src, dest in binaries if _keep_binary(src, dest)]
    datas = [(src, dest) for src, dest in datas if _keep_data(src, dest)]
    return hiddenimports, binaries, datas
