"""Checks that keep real identities out of the records: pseudonyms only, no CPR numbers."""

from __future__ import annotations

import re

# A Danish CPR number (DDMMYY-XXXX) or a Norwegian fødselsnummer (11 digits), spaced or not.
_CPR = re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[- ]?\d{4}(?!\d)")
_FNR = re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2} ?\d{5}(?!\d)")
_NAME_WORD = re.compile(r"^[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]+(?:-[A-ZÆØÅ][a-zæøåäöüéè]+)?$")


def identity_problems(text: str) -> list[str]:
    """What in ``text`` looks like a real identity: ``"number"`` (CPR or fødselsnummer) and/or
    ``"name"`` (a full name). The UI words them in the user's language."""
    found = []
    if _CPR.search(text) or _FNR.search(text):
        found.append("number")
    words = text.split()
    name_like = [w for w in words if _NAME_WORD.match(w.strip(".,;:"))]
    if len(words) >= 2 and len(name_like) >= 2 and len(name_like) == len(words):
        found.append("name")
    return found


def identity_warnings(text: str) -> list[str]:
    """Plain-language warnings (English) when ``text`` looks like it identifies a real person."""
    messages = {
        "number": "This looks like a personal identity number. Do not store it here.",
        "name": "This looks like a full name. Use a pseudonym, for example initials or a nickname.",
    }
    return [messages[p] for p in identity_problems(text)]


ERASED = "[…]"


def _word(pseudonym: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(pseudonym)}(?!\w)")


def names(text: str, pseudonym: str) -> bool:
    """Whether a typed text names a pseudonym (as a whole word, capitals as typed)."""
    return bool(pseudonym) and _word(pseudonym).search(text or "") is not None


def unname(text: str | None, pseudonym: str) -> str | None:
    """The text with every whole-word occurrence of a pseudonym replaced by ``[…]`` (erasure
    reaches notes that name a person, in the records and in every backup)."""
    if not text or not pseudonym:
        return text
    return _word(pseudonym).sub(ERASED, text)
