"""Update the translation sources and compile them.

    python resources/translations/update.py          # lupdate the .ts files, lrelease the .qm files
    python resources/translations/update.py --check  # list strings that lack a translation

English is the source language; Danish (the default) and Norwegian Bokmål are translated. The
``.ts`` files are edited by hand or in Qt Linguist (``pyside6-linguist``); ``tests/ui/
test_translations.py`` fails when a string lacks its Danish or Norwegian text or a ``.qm`` is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[1] / "src" / "facilitator"
LANGUAGES = ("da", "nb")
# Qt's own words, ours (qtbase_<lang>.ts, edited by hand), loaded on top of Qt's file: Qt ships no
# Bokmål (ours has every Qt string the app shows: file dialog, standard buttons, context menus,
# key names), and its Danish lacks two file dialog labels of Qt 6.11.
QT_OWN = ("da", "nb")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install the test extras")
    return found


def source_files() -> list[str]:
    """Every file of the UI, and the files of core/ that carry messages for people
    (``QT_TRANSLATE_NOOP``, see ``core/messages.py``)."""
    return sorted(
        str(p)
        for p in SOURCES.rglob("*.py")
        if "core" not in p.relative_to(SOURCES).parts
        or "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")
    )


def ts_file(language: str, folder: Path = HERE) -> Path:
    return folder / f"facilitator_{language}.ts"


def qt_ts_file(language: str, folder: Path = HERE) -> Path:
    return folder / f"qtbase_{language}.ts"


def lupdate(folder: Path) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool("lupdate"),
                *source_files(),
                "-ts",
                str(ts_file(language, folder)),
                "-target-language",
                language,
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
            ],
            check=True,
        )


def lrelease(folder: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
    for language in languages:
        files = [ts_file(language, folder)]
        if language in QT_OWN:
            files.append(qt_ts_file(language, folder))
        for ts in files:
            subprocess.run(
                [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )


def missing(folder: Path) -> list[str]:
    """'language: context: source' for every message without a finished translation."""
    result = []
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        if not ts.exists():
            result.append(f"{language}: {ts.name} does not exist")
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                numerus = translation is not None and translation.findall("numerusform")
                text = (
                    "".join(n.text or "" for n in numerus)
                    if numerus
                    else (translation.text if translation is not None else "")
                )
                unfinished = translation is None or translation.get("type") in (
                    "unfinished",
                    "vanished",
                    "obsolete",
                )
                if unfinished or not (text or "").strip():
                    result.append(f"{language}: {name}: {message.findtext('source')!r}")
    return result


def check() -> list[str]:
    """Update copies of the .ts files from the sources and list what is missing."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for language in LANGUAGES:
            if ts_file(language).exists():
                shutil.copy(ts_file(language), ts_file(language, folder))
        lupdate(folder)
        return missing(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list missing translations")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "all strings are translated")
        return 1 if problems else 0
    lupdate(HERE)
    lrelease(HERE)
    problems = missing(HERE)
    if problems:
        print(f"{len(problems)} strings still need a translation:")
        print("\n".join(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
