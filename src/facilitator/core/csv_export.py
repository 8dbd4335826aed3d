"""CSV text that a spreadsheet opens as data, never as formulas (every CSV export uses it).

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and a
tab or carriage return in front can hide one: a participant named ``=HYPERLINK(...)`` would
become a live link in the trainer's spreadsheet. As OWASP recommends for CSV injection, such a
text cell gets a single quote in front (``'=HYPERLINK(...)``), which spreadsheets show as text.

Numbers the app itself writes as numbers (``int`` and ``float`` values: minutes, counts, marks)
are left alone, so ``-3`` stays a number; text that merely looks like one (``"-3"`` typed in a
note) is text and gets the quote.

Qt-free.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """One cell as it is written: None as empty, numbers as they are, risky text quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """Rows as CSV text (comma separated, CRLF line ends), every cell through ``safe_cell``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()
