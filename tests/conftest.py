"""Test set-up shared by every test: no display, no network, no user files touched."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# Qt aborts without a display: use the offscreen platform unless a test starts Xvfb itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

ROOT = Path(__file__).resolve().parents[1]
_GUARD_DIR = Path(__file__).resolve().parent / "netguard"
# Under pytest-xdist every worker inherits the controller's environment (its conftest ran first)
# and writes to the controller's log, so the controller's check at the end sees every attempt.
_INHERITED = os.environ.get("FACILITATOR_NETGUARD_LOG", "")
if os.environ.get("PYTEST_XDIST_WORKER") and _INHERITED:
    _LOG = Path(_INHERITED)
else:
    _LOG = Path(tempfile.mkdtemp(prefix="facilitator-netguard-")) / "attempts.log"
_LOG.touch()
os.environ["FACILITATOR_NETGUARD_LOG"] = str(_LOG)
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(_GUARD_DIR), os.environ.get("PYTHONPATH", "")) if p
)
sys.path.insert(0, str(_GUARD_DIR))
import sitecustomize as _netguard  # noqa: E402

# Fixtures that tests of several layers share (a small plan library, a clock the test moves,
# a records database): tests/support/, for every test folder.
sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))
pytest_plugins = ["plan_fixtures", "present_fixtures", "records_fixtures"]

_netguard.install()
# Each session (each xdist worker too) gets its own per-user folders and no machine-wide file, so
# no test reads or writes the real user's data or another worker's.
_HOME = Path(tempfile.mkdtemp(prefix="facilitator-home-"))
os.environ["FACILITATOR_HOME"] = str(_HOME)
os.environ["FACILITATOR_SITE_CONFIG"] = str(_HOME / "site-settings.toml")


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh per-user folder and machine-wide settings path for one test."""
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FACILITATOR_SITE_CONFIG", str(tmp_path / "site.toml"))
    return tmp_path / "home"


def pytest_sessionfinish(session, exitstatus):
    attempts = _LOG.read_text(encoding="utf-8").strip()
    if attempts:
        sys.stderr.write(f"\nNetwork connections were attempted:\n{attempts}\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _no_records_key_between_tests():
    """A records key held in memory (``core/store/cipher``) belongs to the process: each test
    starts without one, whichever test unlocked or encrypted records before it."""
    yield
    cipher = sys.modules.get("facilitator.core.store.cipher")
    if cipher is not None:
        cipher._KEYS.clear()
        cipher._OTHER.clear()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Free the widgets a test closed before the next test starts.

    pytest-qt closes each widget a test registered and calls ``deleteLater``, then processes
    events outside any event loop: Qt 6.11 keeps such a deferred delete, and the windows stayed
    alive, each with its ~280 widgets, until a Python collection happened to free the wrapper.
    Every later test paid for them (a style sheet or a language change visits every widget):
    setup of a planner test grew from 0.4 s to 5 s within one file. Sending the deferred deletes
    here deletes the C++ windows; that also cuts the connections whose lambdas held the Python
    window, so the collector can free what is left (no per-test collection needed).
    """
    try:
        return (yield)
    finally:
        if "PySide6.QtCore" in sys.modules:
            from PySide6.QtCore import QCoreApplication, QEvent

            if QCoreApplication.instance() is not None:
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """With pytest-xdist (``-n``): hand out the tests one at a time, except the packaging tests,
    which share one build (``tests/packaging/conftest.py``) and so run together in one worker,
    started first (the largest group goes first) while the other workers take everything else.
    xdist's own ``--dist loadgroup`` cannot do this here: it renames node ids, which pytest 9
    ignores, so each worker built the bundle again."""
    from xdist.scheduler import LoadScopeScheduling

    class OneBuild(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "packaging" if nodeid.startswith(PACKAGING) else nodeid

    return OneBuild(config, log)


PACKAGING = "tests/packaging/"  # node ids start with the path from the project's root
_APP = []  # the tests' one QApplication, kept alive for the whole session


@pytest.fixture(scope="session")
def qapp(qapp_args, pytestconfig):
    """pytest-qt's application, collecting Python's garbage on the GUI thread as the app does
    (ui/collector.py): without it, a window dropped by one test could be freed by a later test's
    worker thread."""
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.collector import collect_on_gui_thread

    app = QApplication.instance()
    if app is None:
        app = QApplication(qapp_args)
        app.setApplicationName(pytestconfig.getini("qt_qapp_name"))
        _APP.append(app)
    collect_on_gui_thread(app)
    return app
