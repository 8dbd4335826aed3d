"""A smaller ICU data library for the Linux bundle: 32 MB down to about 3 MB.

Qt's Linux wheels link ICU, whose data library ``libicudata.so.NN`` holds one ICU "common data"
package: the locale data of some 800 locales, every legacy character converter, transliteration
rules. Qt uses ICU for collation, case mapping and the odd legacy text encoding; the app speaks
Danish, Norwegian and English and reads and writes UTF-8 only. So the bundle keeps every item
that is not tied to one language (normalisation, the Unicode tables, time zones, the pool and
the indexes), and the locale data of ``root`` and of
:data:`LANGUAGES` only; it drops the converters (``*.cnv``), the transliterators and the data of
the ICU services Qt never calls (:data:`UNUSED_FOLDERS`, :data:`UNUSED_ITEMS`). ICU falls back
to ``root`` for any other locale, as it does for a locale it has never heard of.

The package is read from the library's ``.rodata`` and filtered here in Python (its table of
contents is a sorted list of names and offsets), then wrapped as a shared library with the same
name and symbol (``icudtNN_dat``) by the C compiler's assembler (``.incbin``). Without ``cc``
the data is left whole and the build says so; nothing else changes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

LANGUAGES = ("da", "nb", "nn", "no", "en")  # and root; "no"/"nn" are Norwegian's other names
# Data that only ICU services Qt never calls read (Qt calls ICU for collation, case mapping, time
# zone names and converters; ``nm -D`` of the Qt libraries lists every ICU function they use):
# break iteration and its dictionaries (3.4 MB: Qt breaks text with its own tables), currency,
# language and unit names and number spell-out (number formatting), character names, spoofing.
UNUSED_FOLDERS = ("brkitr", "curr", "lang", "unit", "rbnf")
UNUSED_ITEMS = ("unames.icu", "confusables.cfu")
# Locale-tree folders (plus the top level): their <locale>.res files are per language.
LOCALE_TREES = ("", "coll", "region", "zone")
_LOCALE = re.compile(r"([a-z]{2,3})(_[A-Za-z0-9_]*)?")


def keep(name: str) -> bool:
    """Whether the item ``name`` (``icudt73l/coll/da.res`` without the package) is kept."""
    folder, _, base = name.rpartition("/")
    if base.endswith(".cnv") or folder == "translit" or folder in UNUSED_FOLDERS:
        return False
    if name in UNUSED_ITEMS:
        return False
    if folder not in LOCALE_TREES or not base.endswith(".res"):
        return True
    match = _LOCALE.fullmatch(base[:-4])
    if match is None or base[:-4] == "root":
        return True  # supplementalData.res, pool.res, res_index.res, root.res, ...
    return match.group(1) in LANGUAGES


def filter_package(data: bytes, wanted=keep) -> tuple[bytes, int, int]:
    """The common data package ``data`` with only the items ``wanted`` keeps; returns (the new
    package, items kept, items dropped). Raises ValueError for anything but a little-endian
    common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    starts = sorted(offset for _, offset in entries) + [len(data) - toc]
    following = {start: starts[i + 1] for i, start in enumerate(starts[:-1])}
    items = []
    for name_offset, data_offset in entries:
        end = data.index(b"\0", toc + name_offset)
        full = data[toc + name_offset : end].decode("ascii")
        package, _, name = full.partition("/")
        if wanted(name):
            items.append((full, data[toc + data_offset : toc + following[data_offset]]))
    names = b"".join(full.encode("ascii") + b"\0" for full, _ in items)
    table_size = 4 + 8 * len(items)
    first = _align(table_size + len(names))
    table = [struct.pack("<I", len(items))]
    name_at, data_at, blobs = table_size, first, []
    for full, blob in items:
        table.append(struct.pack("<II", name_at, data_at))
        name_at += len(full) + 1
        padded = blob + b"\0" * (_align(len(blob)) - len(blob))
        blobs.append(padded)
        data_at += len(padded)
    body = b"".join(table) + names
    body += b"\0" * (first - len(body))
    package = data[:header_size] + body + b"".join(blobs)
    return package, len(items), count - len(items)


def rodata(library: bytes) -> bytes:
    """The ``.rodata`` section of a 64-bit little-endian ELF shared library (where
    ``libicudata`` keeps its package); ValueError for anything else."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF library")
    (sections,) = struct.unpack_from("<Q", library, 0x28)
    size, count, names_index = struct.unpack_from("<HHH", library, 0x3A)

    def header(index: int) -> tuple[int, int, int]:
        name, _type, _flags, _addr, offset, length = struct.unpack_from(
            "<IIQQQQ", library, sections + index * size
        )
        return name, offset, length

    _, names_at, _ = header(names_index)
    for index in range(count):
        name, offset, length = header(index)
        if library[names_at + name : library.index(b"\0", names_at + name)] == b".rodata":
            return library[offset : offset + length]
    raise ValueError("the library has no .rodata section")


def _align(size: int) -> int:
    return (size + 15) // 16 * 16


def trim_icu(bundle: Path) -> str:
    """Replace the bundle's ``libicudata.so.NN`` by a trimmed one; a line saying what was done."""
    found = sorted(p for p in bundle.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink())
    if not found:
        return "ICU data: none in the bundle (not Linux, or Qt without ICU)"
    library = found[0]
    version = re.search(r"\.so\.(\d+)", library.name)
    compiler = shutil.which("cc")
    before = library.stat().st_size
    if version is None or compiler is None:
        return f"ICU data kept whole ({before / 1e6:.1f} MB): no C compiler (cc) to wrap it"
    with tempfile.TemporaryDirectory(prefix="facilitator-icu-") as folder:
        work = Path(folder)
        try:
            package, kept, dropped = filter_package(rodata(library.read_bytes()))
            (work / "trimmed.dat").write_bytes(package)
            symbol = f"icudt{version[1]}_dat"
            (work / "data.S").write_text(
                "\t.section .rodata\n\t.balign 16\n"
                f"\t.globl {symbol}\n\t.type {symbol},%object\n{symbol}:\n"
                '\t.incbin "trimmed.dat"\n'
                f"\t.size {symbol}, .-{symbol}\n"
                '\t.section .note.GNU-stack,"",%progbits\n',
                encoding="ascii",
            )
            built = work / library.name
            command = [compiler, "-shared", "-nostdlib", "-s", f"-Wl,-soname,{library.name}"]
            command += ["-o", str(built), "data.S"]
            subprocess.run(command, check=True, capture_output=True, cwd=work)
        except (OSError, ValueError, subprocess.CalledProcessError) as error:
            return f"ICU data kept whole ({before / 1e6:.1f} MB): {error}"
        shutil.copyfile(built, library)
    after = library.stat().st_size
    return (
        f"ICU data trimmed: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
        f"({kept} items kept, {dropped} dropped)"
    )
