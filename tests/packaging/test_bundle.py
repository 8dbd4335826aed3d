"""The PyInstaller bundle: packaging/build.py builds it, reports its size and starts it headless.

One build (conftest.py's, shared with the Debian package and portable archive tests) serves every
test here; they then look inside it as an IT department would: the library, fonts and translations
are there, every licence ships with it, the Qt modules the app does not use are left out, and the
Linux menu entry installs per user.
"""

from __future__ import annotations

import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture(scope="module")
def built(packaged):
    """build.py's output and the bundle folder (conftest.py builds it once for every test here)."""
    return packaged.result, packaged.bundle


@pytest.fixture(scope="module")
def internal(built) -> Path:
    result, bundle = built
    assert result.returncode == 0, result.stdout + result.stderr
    return bundle / "_internal"


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_build_reports_its_size_and_the_bundle_passes_the_smoke_test(built):
    result, bundle = built
    assert result.returncode == 0, result.stdout + result.stderr
    assert (bundle / "Facilitator").is_file()
    assert os.access(bundle / "Facilitator", os.X_OK)
    size = re.search(r"^Bundle size: (\d+\.\d) MB$", result.stdout, re.MULTILINE)
    assert size, result.stdout
    assert 20 < float(size[1]) < 250
    assert re.search(r"main window shown with the library after \d+ ms", result.stdout)
    assert re.search(r"check-content found [1-9]\d* modules, \d+ items", result.stdout)
    # The bundled program signs a pack and verifies it (PyNaCl and libsodium work when frozen).
    assert "Smoke test: a signed pack verified\n" in result.stdout
    # PDF export and the importers' libraries (lxml, Pillow, pypdfium2) work when frozen.
    assert "Smoke test: a PDF exported, a PowerPoint deck and the PDF imported\n" in result.stdout
    assert "\nSmoke test passed\n" in result.stdout


def test_bundle_holds_the_library_fonts_themes_and_translations(internal):
    assert _files(ROOT / "content") <= _files(internal / "content")
    fonts = {p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf")}
    assert fonts and fonts <= {p.name for p in (internal / "resources" / "fonts").iterdir()}
    assert (internal / "resources" / "themes" / "app.qss").is_file()
    own = {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    assert {"facilitator_da.qm", "facilitator_nb.qm"} <= own
    assert own == {p.name for p in (internal / "resources" / "translations").iterdir()}
    # Qt's own Danish strings (standard buttons), and no other language of Qt's.
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert "qtbase_da.qm" in qt_translations
    assert qt_translations <= {"qtbase_da.qm", "qtbase_nb.qm", "qtbase_no.qm"}
    assert (internal / "resources" / "icons" / "facilitator.svg").is_file()
    assert _files(ROOT / "resources" / "guide") <= _files(internal / "resources" / "guide")


def test_bundle_ships_the_qt_lgpl_and_every_dependency_licence(built, internal):
    _, bundle = built
    licences = bundle / "licences"
    lgpl = (licences / "Qt" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl
    assert "Version 3" in lgpl
    assert "GNU GENERAL PUBLIC LICENSE" in (licences / "Qt" / "GPL-3.0.txt").read_text("utf-8")
    notice = (licences / "Qt" / "NOTICE.txt").read_text(encoding="utf-8")
    assert "6.11.3" in notice and "LGPL" in notice and "{version}" not in notice

    folders = {}
    for folder in licences.iterdir():
        if folder.is_dir():
            name = folder.name.rsplit("-", 1)[0] if folder.name[-1].isdigit() else folder.name
            folders[_canonical(name)] = folder
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = [re.split(r"[=<>!~;\[ ]", dep, maxsplit=1)[0] for dep in project["dependencies"]]
    # The direct dependencies, and the ones they bring that the brief names.
    expected = {_canonical(n) for n in direct} | {"sqlalchemy", "pydantic", "qtpy"}
    missing = expected - set(folders)
    assert not missing, f"no licence folder for {sorted(missing)} in {sorted(folders)}"
    for name in expected:
        texts = [p for p in folders[name].iterdir() if p.is_file() and p.stat().st_size > 200]
        assert texts, f"{folders[name]} holds no licence text"
    # Linked into sqlcipher3's module, without a licence in its wheel: SQLCipher and OpenSSL.
    assert "ZETETIC" in (folders["sqlcipher3"] / "SQLCipher-BSD.txt").read_text("utf-8")
    # PyNaCl's wheel carries libsodium's licence beside its own.
    assert "ISC License" in (folders["pynacl"] / "LICENSE.libsodium.txt").read_text("utf-8")
    assert "Apache License" in (folders["sqlcipher3"] / "Apache-2.0.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE" in (licences / "Lato-font" / "OFL.txt").read_text("utf-8")
    assert (licences / "Python" / "LICENSE.txt").stat().st_size > 1000
    index = (licences / "README.txt").read_text(encoding="utf-8")
    assert "Qt 6.11.3" in index and "SQLAlchemy" in index and "Facilitator" in index


def test_bundle_leaves_out_the_qt_modules_and_plugins_the_app_does_not_use(internal):
    names = _files(internal)
    unused = re.compile(
        r"Qt6?(WebEngine|Qml|Quick|Network|3D|Multimedia|Pdf|Charts|Designer|Sql|Test|Bluetooth|"
        r"Positioning|Location|PrintSupport|OpenGLWidgets|UiTools|Help)"
    )
    offenders = sorted(n for n in names if unused.search(Path(n).name))
    assert not offenders, offenders
    bindings = {Path(n).name.split(".")[0] for n in names if re.match(r"PySide6/Qt\w+\.", n)}
    assert bindings == {"QtCore", "QtGui", "QtWidgets"}
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists()
    assert not (plugins / "platforms" / "libqvnc.so").exists()
    # X11 only (XWayland in a Wayland session, packaging/entry.py): no Wayland, no OpenGL.
    assert not (plugins / "platforms" / "libqwayland.so").exists()
    assert not any(re.search(r"Qt6(WaylandClient|OpenGL)\b", Path(n).name) for n in names)
    # No GTK library (libgtk-3, libqgtk3); Pillow's Tk binding _imagingtk is not one.
    assert not any(re.search(r"lib\w*gtk", Path(n).name) for n in names)
    # Pack signatures need PyNaCl only: no cryptography (11.6 MB) beside it.
    assert (internal / "nacl").is_dir() and not (internal / "cryptography").exists()
    # Test-only tools stay out.
    assert not any(Path(n).parts[0] in {"pytest", "PyInstaller", "sitecustomize.py"} for n in names)


def test_install_script_adds_the_app_to_the_users_menu(built, tmp_path):
    _, bundle = built
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(
        ["sh", str(bundle / "install-linux.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    desktop = (tmp_path / "share" / "applications" / "facilitator.desktop").read_text("utf-8")
    assert f'Exec="{bundle / "Facilitator"}"' in desktop.splitlines()
    assert "Icon=facilitator" in desktop.splitlines()
    icons = tmp_path / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / "facilitator.png").is_file()

    subprocess.run(["sh", str(bundle / "install-linux.sh"), "--uninstall"], env=env, check=True)
    assert not (tmp_path / "share" / "applications" / "facilitator.desktop").exists()
