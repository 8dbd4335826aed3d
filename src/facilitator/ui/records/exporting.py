"""Writing an export: CSV as UTF-8 with a byte order mark (spreadsheets then read æ, ø and å
right), PDF as A4 text pages through the renderer's text-page writer (vector text)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_export_file(parent: QWidget, suggested: str, kind: str) -> str:
    """Ask where to save a CSV or PDF export, starting in the home folder; "" when cancelled."""
    filters = (
        QCoreApplication.translate("Export", "PDF files (*.pdf)")
        if kind == "pdf"
        else QCoreApplication.translate("Export", "CSV files (*.csv)")
    )
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Export", "Export"),
        str(Path.home() / suggested),
        filters,
    )
    return path


def write_export(
    path: str | Path,
    kind: str,
    text: str,
    title: str = "",
    pictures: dict[str, QImage] | None = None,
) -> None:
    """Write ``text`` (CSV, or Markdown for a PDF) to ``path``. Raises OSError when it cannot.

    ``pictures`` are images the Markdown names (``![](name.png)``); they are written to a
    private temporary folder for the PDF writer and removed afterwards.
    """
    out = Path(path)
    if kind == "csv":
        partial = out.with_name(f".{out.name}.part")
        try:
            partial.write_text(text, encoding="utf-8-sig", newline="")
            os.replace(partial, out)
        finally:
            partial.unlink(missing_ok=True)
        return
    import tempfile

    from ...render.text_pdf import export_text_pdf

    with tempfile.TemporaryDirectory(prefix="facilitator-export-") as folder:
        for name, image in (pictures or {}).items():
            if not image.save(str(Path(folder) / name)):
                raise OSError(f"could not draw {name}")
        export_text_pdf(text, out, title=title, base_dir=Path(folder))
