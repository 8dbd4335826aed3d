"""Slide renderer benchmark (DESIGN.md section 6).

Prints, for a generated deck with Danish text in every layout:

- render_first_ms: the very first slide in a fresh process (fonts registered, glyphs cached)
- render_cold_ms: a slide never rendered before, at 1920x1080 (Markdown, layout, paint);
  budget 30 ms
- render_cached_ms: drawing an already laid-out slide again at 1920x1080
- thumbnail_ms: a 320x180 thumbnail of a slide never rendered before
- pdf_100_slides_s: exporting 100 slides to PDF; budget 5 s

Run: ``.venv/bin/python benchmarks/render_bench.py [--json]``. Exits 1 when a budget is missed.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LAYOUT_BODIES = {
    "title": "# Hvad er mentalisering? {i}\n\nAt forstå adfærd ud fra tanker og følelser",
    "section": "# Del {i}: Øvelser\n\nNu prøver vi det af på os selv",
    "content": (
        "## Når vi mentaliserer ({i})\n\nVi er nysgerrige på, hvad der foregår **inde i** os"
        " selv og andre.\n\n- Vi gætter – og ved, at vi kan tage fejl\n- Vi ser følelser bag"
        " adfærd\n  - også når det er svært\n  - især når vi bliver vrede\n- Vi tåler at være"
        " uenige\n\n> Ingen kan læse tanker"
    ),
    "two-columns": (
        "## Mentaliserer {i}\n\n- Nysgerrig\n- Åben for at tage fejl\n\n<!-- column -->\n\n"
        "## Mentaliserer ikke\n\n- Skråsikker\n- Ser kun adfærden"
    ),
    "quote": "> Det er ikke det, der sker, men hvordan vi forstår det, der sker ({i}).\n\nFonagy",
    "exercise": (
        "## Gæt tanken {i}\n\n1. Find en makker, og træk et kort. (1 min)\n2. Gæt hver for sig,"
        " hvad personen tænker og føler. (4 min)\n3. Sammenlign jeres gæt. (8 min)"
    ),
    "table": (
        "## Ugens plan {i}\n\n| Dag | Tema | Tid |\n|---|---|---|\n| Mandag | Følelser | 90 min |"
        "\n| Onsdag | Søvn og ro | 60 min |\n| Fredag | Opsamling | 45 min |"
    ),
}


def make_deck(count: int):
    from facilitator.core.model import Slide

    names = list(LAYOUT_BODIES)
    slides = []
    for i in range(count):
        name = names[i % len(names)]
        layout = "content" if name == "table" else name
        slides.append(
            Slide(
                LAYOUT_BODIES[name].format(i=i),
                notes=f"Note {i}: spørg ind til deltagernes egne eksempler.",
                layout=layout,
                index=i,
            )
        )
    return slides


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure() -> dict:
    """Run every measurement once (about two seconds) and return the results."""
    started = time.perf_counter()
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    from facilitator.render.pdf import export_slides_pdf
    from facilitator.render.slides import SlideRenderer
    from facilitator.render.theme import THEMES

    theme = THEMES["light"]
    slides = make_deck(300)

    renderer = SlideRenderer(theme)
    t0 = time.perf_counter()
    renderer.image(slides[0], QSize(1920, 1080))
    first_ms = (time.perf_counter() - t0) * 1000

    canvas = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    cold: list[float] = []
    cached: list[float] = []
    for slide in slides[1:200]:
        t0 = time.perf_counter()
        painter = QPainter(canvas)
        renderer.paint(painter, slide, QRectF(0, 0, 1920, 1080))
        painter.end()
        cold.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        painter = QPainter(canvas)
        renderer.paint(painter, slide, QRectF(0, 0, 1920, 1080))
        painter.end()
        cached.append((time.perf_counter() - t0) * 1000)

    thumbs: list[float] = []
    for slide in slides[200:300]:
        t0 = time.perf_counter()
        renderer.image(slide, QSize(320, 180))
        thumbs.append((time.perf_counter() - t0) * 1000)

    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        export_slides_pdf(make_deck(100), Path(folder) / "deck.pdf", theme)
        pdf_s = time.perf_counter() - t0
        pdf_bytes = (Path(folder) / "deck.pdf").stat().st_size

    results = {
        "render_first_ms": round(first_ms, 2),
        "render_cold_ms": {
            "median": round(statistics.median(cold), 2),
            "p95": round(percentile(cold, 0.95), 2),
        },
        "render_cached_ms": {
            "median": round(statistics.median(cached), 2),
            "p95": round(percentile(cached, 0.95), 2),
        },
        "thumbnail_ms": {
            "median": round(statistics.median(thumbs), 2),
            "p95": round(percentile(thumbs, 0.95), 2),
        },
        "pdf_100_slides_s": round(pdf_s, 3),
        "pdf_100_slides_bytes": pdf_bytes,
        "total_s": round(time.perf_counter() - started, 2),
    }
    del app
    return results


def main() -> int:
    results = measure()
    pdf_bytes = results["pdf_100_slides_bytes"]
    budgets_met = results["render_cold_ms"]["p95"] < 30 and results["pdf_100_slides_s"] < 5
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
    else:
        print(f"render_first_ms      {results['render_first_ms']}")
        for key in ("render_cold_ms", "render_cached_ms", "thumbnail_ms"):
            value = results[key]
            print(f"{key:<20} median {value['median']}  p95 {value['p95']}")
        print(f"pdf_100_slides_s     {results['pdf_100_slides_s']}  ({pdf_bytes // 1024} KiB)")
        print(f"budgets (cold < 30 ms, PDF < 5 s): {'met' if budgets_met else 'MISSED'}")
    return 0 if budgets_met else 1


if __name__ == "__main__":
    sys.exit(main())
