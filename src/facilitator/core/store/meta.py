"""Small choices kept with the records (not in the settings file), so a restored backup brings
them back with the data they belong to: the retention period, the last session's details."""

from __future__ import annotations

from .database import Database
from .tables import Setting


def get(db: Database, key: str, default: str = "") -> str:
    with db.session() as s:
        row = s.get(Setting, key)
        return row.value if row is not None else default


def put(db: Database, key: str, value: str) -> None:
    with db.write() as s:
        row = s.get(Setting, key)
        if row is None:
            row = Setting(key=key, value=value)
        row.value = value
        s.add(row)
