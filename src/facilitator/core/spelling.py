"""Spell check of the library's prose with hunspell (Debian: hunspell, hunspell-da, hunspell-no).

Only the words a participant or trainer reads are checked: titles, summaries, slide text, speaker
notes, exercise sections and the plans' titles and notes. Markup, ids, HTML comments (layout
directives), links and code are left out. Technical terms the dictionaries do not know go in the
project's word lists, ``resources/spelling/words-<language>.txt`` (one word a line, ``#``
comments), so a content writer fixes a real typo or adds a real word, and says so in review.

Every unknown word is reported as a warning with its file and line, like the other checks.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from . import paths
from .fields import strip_fields
from .model import Library, Problem

#: Content language -> hunspell dictionary name.
DICTIONARIES = {"da": "da_DK", "nb": "nb_NO"}

_FRONT_PROSE = re.compile(r"^(title|summary):\s*(.*)$")
_PLAN_PROSE = re.compile(r"^\s*(?:-\s*)?(title|note|notes|label):\s*(.*)$")
_COMMENT = re.compile(r"<!--.*?-->")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_URL = re.compile(r"\b(?:https?|file)://\S+")
_CODE = re.compile(r"`[^`]*`")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_MARKUP = re.compile(r"[#*_>|~\[\]{}]")
_TIME = re.compile(r"\(\d+\s*min\)")
_RANGE = re.compile(r"[\d½¼¾]+(?:\s*[-–]\s*[\d½¼¾]+)+")
_SUSPENDED = re.compile(r"(?<=\w)-(?=\s)")  # "A4- eller A3-ark"
_DASHES = re.compile(r"(?<!\w)[-–—]+(?!\w)")


class SpellingUnavailable(RuntimeError):
    """hunspell or a dictionary is missing; the message says what to install."""


def word_list(language: str) -> Path:
    return paths.resource_path("spelling", f"words-{language}.txt")


def prose_lines(text: str, *, plan: bool = False) -> list[str]:
    """The file's lines with everything but prose blanked, so line numbers stay true."""
    lines = text.splitlines()
    out: list[str] = []
    in_front = False
    in_comment = False
    for number, line in enumerate(lines):
        if plan:
            match = _PLAN_PROSE.match(line)
            out.append(_clean(match.group(2).strip("'\"")) if match else "")
            continue
        if number == 0 and line.strip() == "---":
            in_front = True
            out.append("")
            continue
        if in_front:
            if line.strip() == "---":
                in_front = False
                out.append("")
                continue
            match = _FRONT_PROSE.match(line)
            out.append(_clean(match.group(2).strip("'\"")) if match else "")
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line.split("-->", 1)[1]
            else:
                out.append("")
                continue
        line = _COMMENT.sub(" ", line)
        if "<!--" in line:
            line, in_comment = line.split("<!--", 1)[0], True
        if line.strip() == "---":
            line = ""
        if line.startswith("Note:"):
            line = line[len("Note:") :]
        out.append(_clean(line))
    return out


def _clean(line: str) -> str:
    line = strip_fields(line)  # {{ local_contacts }} is a template field, not a word
    for pattern in (_LINK_TARGET, _URL, _CODE, _TAG, _TIME, _RANGE, _SUSPENDED, _MARKUP, _DASHES):
        line = pattern.sub(" ", line)
    return line


def misspelt(lines: list[str], language: str) -> list[tuple[int, str]]:
    """(line number from 1, word) for every word hunspell does not know."""
    program = shutil.which("hunspell")
    if program is None:
        raise SpellingUnavailable("hunspell is not installed (Debian: apt-get install hunspell)")
    dictionary = DICTIONARIES[language]
    command = [program, "-a", "-i", "utf-8", "-d", dictionary]
    words = word_list(language)
    with tempfile.TemporaryDirectory() as tmp:
        if words.exists():
            # hunspell reads a personal dictionary without comments; strip ours.
            personal = Path(tmp) / "words.dic"
            personal.write_text("\n".join(_words(words)) + "\n", encoding="utf-8")
            command += ["-p", str(personal)]
        done = subprocess.run(
            command,
            input="".join(f"^{line}\n" for line in lines),
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
    if done.returncode != 0 or "Can't open affix or dictionary" in done.stderr:
        raise SpellingUnavailable(
            f"hunspell has no {dictionary} dictionary "
            "(Debian: apt-get install hunspell-da hunspell-no)"
        )
    found: list[tuple[int, str]] = []
    number = 1
    for row in done.stdout.splitlines()[1:]:  # the first line is hunspell's banner
        if not row:
            number += 1
        elif row[0] in "&#":
            found.append((number, row.split()[1].rstrip(".:")))
    return found


def _words(path: Path) -> Iterable[str]:
    for raw in path.read_text(encoding="utf-8").splitlines():
        word = raw.split("#", 1)[0].strip()
        if word:
            yield word


def spelling_problems(library: Library) -> list[Problem]:
    """A warning for every unknown word in the library's Danish and Norwegian files."""
    files: dict[Path, str] = {}
    for module in library.modules:
        if module.language in DICTIONARIES:
            files.setdefault(module.path, module.language)
        for item in module.items:
            if item.language in DICTIONARIES:
                files.setdefault(item.path, item.language)
    plans: dict[Path, str] = {
        plan.path: plan.language
        for plan in library.plans
        if plan.path is not None and plan.language in DICTIONARIES
    }
    problems: list[Problem] = []
    # One hunspell run a language: every file's prose lines in a row, mapped back after.
    batches: dict[str, list[tuple[Path, int, str]]] = {}
    for group, is_plan in ((files, False), (plans, True)):
        for path, language in sorted(group.items()):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # the loader has reported it already
            rows = batches.setdefault(language, [])
            for number, line in enumerate(prose_lines(text, plan=is_plan), start=1):
                if line.strip():
                    rows.append((path, number, line))
    for language, rows in sorted(batches.items()):
        for index, word in misspelt([line for _, _, line in rows], language):
            path, line_number, _ = rows[index - 1]
            problems.append(
                Problem(
                    str(path),
                    line_number,
                    f"spelling ({language}): {word!r} is not in the dictionary; "
                    f"fix it, or add it to resources/spelling/words-{language}.txt",
                    "warning",
                )
            )
    return problems
