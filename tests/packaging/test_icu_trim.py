"""The bundle's smaller ICU data: the app's languages and everything shared, byte for byte."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
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
    shared += ("cnvalias.icu", "root.res", "zoneinfo64.res", "region/pool.res")
    for name in ("da.res", "nb.res", "nn.res", "en_GB.res", "coll/da.res", *shared):
        assert after[name] == before[name], name
    for name in ("de.res", "coll/fr.res", "zone/ja.res", "ibm-1252_P100-2000.cnv"):
        assert name in before and name not in after, name
    # What no ICU function that Qt calls reads: break iteration (3.4 MB), character names.
    for name in ("brkitr/cjdict.dict", "brkitr/line.brk", "curr/da.res", "unames.icu"):
        assert name in before and name not in after, name
    assert not [name for name in after if name.startswith("translit/")]
    names = list(after)
    assert names == sorted(names)  # ICU finds an item by a binary search of the names


def test_a_package_of_another_kind_is_refused():
    with pytest.raises(ValueError, match="common data"):
        icu_trim.filter_package(b"\x20\x00\xda\x27" + b"\0" * 60)


# What Qt asks ICU for: Danish and Norwegian collation, locale case mapping, time zone names.
QT_USES_ICU = """
from PySide6.QtCore import QByteArray, QCollator, QDateTime, QLocale, QTimeZone
words = ["å", "zebra", "Ærø", "ø", "aa", "Aalborg", "œ", "ü", "y", "v", "w", "ß", "æble", "Øst"]
for name in ("da_DK", "nb_NO", "nn_NO", "en_GB"):
    locale = QLocale(name)
    collator = QCollator(locale)
    print(name, sorted(words, key=collator.sortKey))
    print(name, locale.toUpper("istanbul straße"), locale.toLower("ISTANBUL ÅØÆ"))
moment = QDateTime.fromString("2026-07-01T12:00:00Z", "yyyy-MM-ddTHH:mm:ssZ")
for zone in (b"Europe/Copenhagen", b"Europe/Oslo", b"America/New_York", b"Asia/Tokyo"):
    tz = QTimeZone(QByteArray(zone))
    for name in ("da_DK", "nb_NO", "en_GB"):
        for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName):
            print(zone, name, tz.displayName(moment, kind, QLocale(name)))
"""


@pytest.mark.skipif(shutil.which("cc") is None, reason="icu_trim needs a C compiler")
def test_qt_gives_the_same_answers_with_the_trimmed_data(tmp_path):
    """The app's Qt, once with ICU's whole data and once with the trimmed library loaded first
    (its soname then satisfies Qt's link): collation, case mapping and zone names agree."""
    (library,) = QT_LIB.glob("libicudata.so.*")
    shutil.copyfile(library, tmp_path / library.name)
    assert "trimmed" in icu_trim.trim_icu(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    whole = subprocess.run(
        [sys.executable, "-c", QT_USES_ICU], env=env, capture_output=True, text=True, check=True
    )
    env["LD_PRELOAD"] = str(tmp_path / library.name)
    trimmed = subprocess.run(
        [sys.executable, "-c", QT_USES_ICU], env=env, capture_output=True, text=True, check=True
    )
    assert "Europe/Copenhagen" in whole.stdout and "da_DK" in whole.stdout
    assert trimmed.stdout == whole.stdout
    assert trimmed.stderr == whole.stderr == ""
