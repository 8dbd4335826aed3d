"""Safety while presenting: "where to get help" and the grounding exercise, one key away.

The bundled library has a small safety module per language (``docs/decisions.md``): a help deck
whose contacts are the ``{{ local_contacts }}`` field (filled where the slide is drawn,
``core/fields.py``), and a five-minute grounding exercise. This module finds them for a language,
fills the bracketed placeholder lines an older or a trainer's own help deck may still have with
the contacts from the ``help_contacts`` setting, and makes a calm built-in help screen for when
the library is not at hand (or has no help deck in that language). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .fields import escape_markdown
from .model import Item, Library, Slide
from .screens import Screen, Words, deck_screens, exercise_screens

HELP_DECKS = {"da": "sikkerhed.hjaelp", "nb": "trygghet.hjelp"}
GROUNDING = {"da": "sikkerhed.jordforbindelse", "nb": "trygghet.jording"}
COUNTRIES = {"da": "dk", "nb": "no"}  # whose national help lines the built-in screen lists
# Norwegian in any spelling uses the Bokmål material.
_LANGUAGES = {"da": "da", "nb": "nb", "no": "nb", "nn": "nb"}

# A line that is only a placeholder: "- [Kontaktperson på skolen]" (not a link "[a](b)").
_PLACEHOLDER = re.compile(r"^(?P<lead>\s*(?:[-*+]|\d+[.)])\s+|\s*)\[[^\]]+\]\s*$")


@dataclass(frozen=True)
class HelpWords:
    """The built-in help screen's words, in the user's language (the UI translates them)."""

    title: str = "Where to get help"
    text: str = "It is good to talk to someone."
    talk: str = "Talk to me after the session"
    emergency: str = "In an emergency: call 112"


def material_language(language: str) -> str:
    """The language whose safety material suits ``language``; '' when there is none."""
    return _LANGUAGES.get(language.strip().lower().split("-")[0].split("_")[0], "")


def help_deck(library: Library | None, language: str) -> Item | None:
    if library is None:
        return None
    ident = HELP_DECKS.get(material_language(language))
    item = library.item(ident) if ident else None
    return item if item is not None and item.kind == "deck" and item.slides else None


def grounding_exercise(library: Library | None, language: str) -> Item | None:
    if library is None:
        return None
    ident = GROUNDING.get(material_language(language))
    item = library.item(ident) if ident else None
    return item if item is not None and item.kind == "exercise" else None


def is_help_deck(ref: str) -> bool:
    return ref in HELP_DECKS.values()


def fill_contacts(markdown: str, contacts: Sequence[str]) -> str:
    """Put the contacts in place of the bracketed placeholder lines (the first placeholder line
    becomes the list of contacts, the others go). Without contacts the placeholder lines go:
    a placeholder is never projected."""
    lines = [c.strip() for c in contacts if c.strip()]
    result: list[str] = []
    filled = False
    for line in markdown.split("\n"):
        match = _PLACEHOLDER.match(line)
        if match is None:
            result.append(line)
            continue
        if filled or not lines:
            continue
        lead = match.group("lead") or "- "
        result += [lead + escape_markdown(contact) for contact in lines]
        filled = True
    return "\n".join(result)


def with_contacts(screens: Sequence[Screen], contacts: Sequence[str]) -> list[Screen]:
    """The screens, with the help deck's placeholders (wherever it appears) filled in, or taken
    out when there are no contacts."""
    filled = []
    for screen in screens:
        if is_help_deck(screen.ref):
            markdown = fill_contacts(screen.slide.markdown, contacts)
            if markdown != screen.slide.markdown:
                screen = replace(screen, slide=replace(screen.slide, markdown=markdown))
        filled.append(screen)
    return filled


def calm_help_slide(
    contacts: Sequence[str], words: HelpWords | None = None, language: str = ""
) -> Slide:
    """The built-in help screen, for when there is no help deck at hand: the local contacts,
    or (until they are set) talking to the trainer and the national help lines of the
    language's country (``{{ helplines dk }}``, filled in where the slide is drawn)."""
    words = words or HelpWords()
    lines = [c.strip() for c in contacts if c.strip()] or [words.talk]
    body = "\n".join("- " + escape_markdown(line) for line in lines)
    country = COUNTRIES.get(material_language(language), "")
    if country and not any(c.strip() for c in contacts):
        body += f"\n{{{{ helplines {country} }}}}"
    return Slide(markdown=f"## {words.title}\n\n{words.text}\n\n{body}\n- {words.emergency}\n")


def help_screens(
    library: Library | None,
    language: str,
    contacts: Sequence[str],
    words: HelpWords | None = None,
) -> list[Screen]:
    """The help deck in ``language`` with the contacts filled in; or the built-in screen."""
    deck = help_deck(library, language)
    if deck is not None:
        return with_contacts(deck_screens(deck), contacts)
    words = words or HelpWords()
    return [
        Screen(
            kind="slide",
            item_kind="help",
            ref="help",
            title=words.title,
            slide=calm_help_slide(contacts, words, language),
            number=1,
            count=1,
        )
    ]


def grounding_screens(
    library: Library | None, language: str, words: Words | None = None
) -> list[Screen]:
    """The grounding exercise in ``language`` as screens; none when the library lacks it."""
    item = grounding_exercise(library, language)
    return exercise_screens(item, words) if item is not None else []
