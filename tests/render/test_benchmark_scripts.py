"""The benchmark scripts' own logic (their timings are measured, never asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import peers  # noqa: E402
import run  # noqa: E402

from facilitator.core.loader import load_item_file  # noqa: E402


def test_the_peers_deck_is_a_valid_facilitator_deck_of_the_asked_size(tmp_path):
    deck = tmp_path / "deck.md"
    deck.write_text(peers.make_deck(50), encoding="utf-8")
    item, problems = load_item_file(deck)
    assert item is not None and item.kind == "deck"
    assert len(item.slides) == 50
    assert [p for p in problems if p.severity == "error"] == []
    assert {s.layout for s in item.slides} >= {"title", "content", "two-columns", "quote"}


def test_results_are_judged_against_their_budgets_and_unmeasured_ones_stay_null():
    assert run.judge("pdf_100_slides_s", {"value": 0.3})["pass"] is True
    assert run.judge("startup_main_window_s", {"value": 0.9})["pass"] is False
    cold = run.judge("render_cold_ms", {"median": 5.0, "p95": 31.0})
    assert cold["pass"] is False and cold["budget_applies_to"] == "p95"
    missing = run.judge("advance_ms", {"p50": None, "p99": None, "reason": "not there yet"})
    assert missing["pass"] is None and missing["p99"] is None and missing["budget"] == 16.0
    assert set(run.BUDGETS) == {
        "startup_main_window_s",
        "present_first_slide_s",
        "render_cold_ms",
        "advance_ms",
        "pdf_100_slides_s",
        "rss_present_100_mb",
        "search_worst_ms",
        "import_pptx_50_s",
        "import_pdf_50_s",
        "pack_export_library_s",
        "pack_import_library_s",
        "editor_open_ms",
        "editor_preview_ms",
    }


def test_a_missing_peer_is_reported_as_not_installed(tmp_path, monkeypatch):
    monkeypatch.setattr(peers.shutil, "which", lambda name: None)
    deck = tmp_path / "deck.md"
    deck.write_text(peers.make_deck(3), encoding="utf-8")
    for export in (peers.export_marp, peers.export_libreoffice, peers.export_beamer):
        timing = export(deck, tmp_path)
        assert timing.note.startswith("not installed") and timing.median is None
    assert "not installed" in peers.ratio_line(peers.Timing("F", "x", [1.0]), timing)


def test_a_part_that_fails_is_reported_with_its_reason_and_the_rest_still_measured(monkeypatch):
    def broken(runs: int) -> dict:
        raise RuntimeError("facilitator --smoke-test never printed 'main window shown'")

    monkeypatch.setattr(run, "measure_startup", broken)
    monkeypatch.setattr(
        run,
        "measure_presentation",
        lambda runs: {
            "present_first_slide_s": {"value": 0.4},
            "advance_ms": {"p50": 2.0, "p99": 7.0},
            "rss_present_100_mb": {"value": 200.0},
        },
    )
    monkeypatch.setattr(
        run,
        "measure_render_and_pdf",
        lambda: {"render_cold_ms": {"median": 5.0, "p95": 9.0}, "pdf_100_slides_s": {"value": 0.3}},
    )
    monkeypatch.setattr(run, "measure_search", lambda: {"search_worst_ms": {"value": 3.0}})
    monkeypatch.setattr(
        run,
        "measure_import",
        lambda runs: {"import_pptx_50_s": {"value": 0.9}, "import_pdf_50_s": {"value": 5.0}},
    )
    monkeypatch.setattr(
        run,
        "measure_packs",
        lambda: {"pack_export_library_s": {"value": 0.5}, "pack_import_library_s": {"value": 1.0}},
    )
    monkeypatch.setattr(
        run,
        "measure_editor",
        lambda: {
            "editor_open_ms": {"value": 120.0},
            "editor_preview_ms": {"median": 8.0, "p95": 60.0},
        },
    )
    report = run.run_all(1, progress=lambda text: None)
    startup = report["startup_main_window_s"]
    assert startup["value"] is None and startup["pass"] is None
    assert "never printed" in startup["reason"]
    assert report["advance_ms"]["pass"] is True and report["pdf_100_slides_s"]["pass"] is True
    assert report["import_pptx_50_s"]["pass"] is True
    assert report["import_pdf_50_s"]["pass"] is False  # over its 4 s budget
    assert report["editor_open_ms"]["pass"] is True
    assert report["editor_preview_ms"]["pass"] is False  # p95 over its 50 ms budget
    assert "not measured" in run.table(report)


def test_search_worst_is_the_slowest_hostile_query_on_the_bundled_library():
    queries = run.hostile_queries()
    assert len(queries) >= 8 and all(0 < len(q) <= 10_000 for q in queries.values())
    result = run.measure_search(repeats=1)["search_worst_ms"]
    assert result["value"] == max(result["queries"].values())
    assert result["queries"][result["worst_query"]] == result["value"]
    assert set(result["queries"]) == set(queries) and result["items"] > 100
    assert run.judge("search_worst_ms", {"value": 60.0})["pass"] is False


def test_packs_are_measured_on_the_whole_bundled_library_in_a_user_folder_of_their_own():
    import os

    home = os.environ["FACILITATOR_HOME"]
    result = run.measure_packs()
    assert result["pack_export_library_s"]["items"] > 100
    assert result["pack_import_library_s"]["value"] is not None
    assert os.environ["FACILITATOR_HOME"] == home  # the tests' own folder is back


def test_the_editor_is_measured_on_a_20_slide_deck_in_a_user_folder_of_its_own(qapp):
    import os

    home = os.environ["FACILITATOR_HOME"]
    result = run.measure_editor()
    assert result["editor_open_ms"]["slides"] == 20
    assert result["editor_open_ms"]["value"] is not None
    assert result["editor_preview_ms"]["keys"] == 40
    assert result["editor_preview_ms"]["p95"] is not None
    assert os.environ["FACILITATOR_HOME"] == home
