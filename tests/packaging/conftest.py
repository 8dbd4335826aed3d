"""One build for every packaging test: build.py makes the bundle, the Debian package and the
portable archive in one run (about two minutes on two cores) and smoke-tests each."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"


@dataclass
class Built:
    result: subprocess.CompletedProcess
    dist: Path

    @property
    def bundle(self) -> Path:
        return self.dist / "Facilitator"

    def one(self, pattern: str) -> Path:
        assert self.result.returncode == 0, self.result.stdout + self.result.stderr
        (found,) = self.dist.glob(pattern)
        return found


@pytest.fixture(scope="session")
def packaged(tmp_path_factory) -> Built:
    """Run ``build.py --deb --portable`` once into a temporary folder."""
    tmp = tmp_path_factory.mktemp("packages")
    command = [sys.executable, str(BUILD), "--deb", "--portable"]
    command += ["--dist", str(tmp / "dist"), "--work", str(tmp / "work")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1500)
    return Built(result, tmp / "dist")
