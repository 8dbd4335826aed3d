"""The bundle's smaller ICU data: the app's languages and everything shared, byte for byte."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import PySide6
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import icu_trim  # noqa: E402

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"


def items(package: bytes) -> dict[str, bytes]:
    """Every item of a common data package by name (the same reading as ICU's)."""
    header = struct.unpack_from("<H", package, 0)[0]
    (count,) = struct.unpack_from("<I", package, header)
    entries = [struct.unpack_from("<II", package, header + 4 + 8 * i) for i in range(count)]
    ends = sorted(offset for _, offset in entries)[1:] + [len(package) - header]
    following = dict(zip(sorted(offset for _, offset in entries), ends, strict=True))
    found = {}
    for name_at, data_at in entries:
        end = package.index(b"\0", header + name_at)
        name = package[header + name_at : end].decode().partition("/")[2]
        found[name] = package[header + data_at : header + following[data_at]]
    return found


def test_the_languages_the_app_speaks_and_everything_shared_are_kept_unchanged():
    (library,) = QT_LIB.glob("libicudata.so.*")
    whole = icu_trim.rodata(library.read_bytes())
    trimmed, kept, dropped = icu_trim.filter_package(whole)
    before, after = items(whole), items(trimmed)
    assert len(after) == kept and len(before) == kept + dropped
    assert len(trimmed) < len(whole) / 3
    shared = ("coll/root.res", "coll/ucadata.icu", "zone/root.res", "uts46.nrm", "pool.res")
    shared += ("brkitr/line.brk", "brkitr/thaidict.dict", "cnvalias.icu", "root.res")
    for name in ("da.res", "nb.res", "nn.res", "en_GB.res", "coll/da.res", *shared):
        assert after[name] == before[name], name
    for name in ("de.res", "coll/fr.res", "zone/ja.res", "ibm-1252_P100-2000.cnv"):
        assert name in before and name not in after, name
    assert not [name for name in after if name.startswith("translit/")]
    names = list(after)
    assert names == sorted(names)  # ICU finds an item by a binary search of the names


def test_a_package_of_another_kind_is_refused():
    with pytest.raises(ValueError, match="common data"):
        icu_trim.filter_package(b"\x20\x00\xda\x27" + b"\0" * 60)
