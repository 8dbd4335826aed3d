"""The program ends at once after its work, and nothing it wrote is lost on the way out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACILITATOR_HOME"] = str(tmp_path / "home")
    env["FACILITATOR_SITE_CONFIG"] = str(tmp_path / "site.toml")
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_log_is_complete_and_the_library_cache_written_after_the_window_closes(tmp_path):
    result = _run(tmp_path, "--smoke-test")
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "home" / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert log.rstrip().endswith("Facilitator stopped")  # the last line, flushed before exit
    assert (tmp_path / "home" / "cache" / "library.cache").stat().st_size > 0


def test_an_export_says_what_it_wrote_and_a_refused_one_why(tmp_path):
    deck = tmp_path / "deck.md"
    text = "---\nid: t.deck\ntitle: T\nkind: deck\nduration: 5\n---\n# En\n\n---\n\n## To\n"
    deck.write_text(text, "utf-8")
    written = _run(tmp_path, "export-pdf", str(deck), "-o", str(tmp_path / "deck.pdf"))
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip().endswith("deck.pdf: 2 slides")
    assert (tmp_path / "deck.pdf").read_bytes().startswith(b"%PDF")
    refused = _run(tmp_path, "export-pdf", str(tmp_path / "none.md"), "-o", "x.pdf")
    assert refused.returncode == 2
    assert refused.stderr.strip() == f"facilitator export-pdf: file not found: {tmp_path}/none.md"
