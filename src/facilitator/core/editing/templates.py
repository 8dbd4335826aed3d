"""What a new deck, exercise or handout starts with, in Danish, Bokmål and English.

Each template passes ``check-content`` as it is: a deck with a title slide and a content slide,
both with notes; an exercise with all six sections and steps whose minutes add up to its
duration; a handout with a heading, a list and lines to write on.
"""

from __future__ import annotations

from typing import Any

_DECK = {
    "da": (
        "<!-- layout: title -->\n# Ny præsentation\n\nEn undertitel\n\nNote:\n"
        "Skriv her, hvad du vil sige til denne slide.\n\n---\n\n"
        "## Første pointe\n\n- Et punkt\n- Et punkt mere\n\nNote:\n"
        "Dine noter til denne slide."
    ),
    "nb": (
        "<!-- layout: title -->\n# Ny presentasjon\n\nEn undertittel\n\nNote:\n"
        "Skriv her hva du vil si til denne sliden.\n\n---\n\n"
        "## Første poeng\n\n- Et punkt\n- Ett punkt til\n\nNote:\n"
        "Notatene dine til denne sliden."
    ),
    "en": (
        "<!-- layout: title -->\n# New deck\n\nA subtitle\n\nNote:\n"
        "Write here what you want to say on this slide.\n\n---\n\n"
        "## First point\n\n- A point\n- One more point\n\nNote:\n"
        "Your notes for this slide."
    ),
}

_EXERCISE = {
    "da": (
        "## Formål\nHvad deltagerne skal øve eller opdage.\n\n"
        "## Materialer\n- Papir og kuglepenne\n\n"
        "## Trin\n1. Læs opgaven, og find en makker. (2 min)\n   > Forklar øvelsen.\n"
        "2. Arbejd sammen om opgaven. (6 min)\n3. Fælles opsamling. (2 min)\n\n"
        "## Noter til underviseren\nHvad du skal holde øje med undervejs.\n\n"
        "## Refleksionsspørgsmål\n- Hvad lagde du mærke til?\n\n"
        "## Variationer\n- Med færre deltagere: arbejd to og to.\n"
    ),
    "nb": (
        "## Formål\nHva deltakerne skal øve på eller oppdage.\n\n"
        "## Materiell\n- Papir og penner\n\n"
        "## Trinn\n1. Les oppgaven, og finn en partner. (2 min)\n   > Forklar øvelsen.\n"
        "2. Løs oppgaven sammen. (6 min)\n3. Felles oppsummering. (2 min)\n\n"
        "## Notater til kursholder\nHva du bør følge med på underveis.\n\n"
        "## Refleksjonsspørsmål\n- Hva la du merke til?\n\n"
        "## Variasjoner\n- Med færre deltakere: jobb to og to.\n"
    ),
    "en": (
        "## Purpose\nWhat the participants practise or find out.\n\n"
        "## Materials\n- Paper and pens\n\n"
        "## Steps\n1. Read the task and find a partner. (2 min)\n   > Explain the exercise.\n"
        "2. Work on the task together. (6 min)\n3. Sum up together. (2 min)\n\n"
        "## Facilitator notes\nWhat to watch for as it goes.\n\n"
        "## Reflection questions\n- What did you notice?\n\n"
        "## Variations\n- With fewer participants: work in pairs.\n"
    ),
}

_HANDOUT = {
    "da": (
        "# Nyt arbejdsark\n\nEt par linjer om, hvad arket handler om.\n\n"
        "## Det vigtigste\n\n- Et punkt\n- Et punkt mere\n\n"
        "**Mine egne tanker:**\n\n______________________________________________\n\n"
        "______________________________________________\n"
    ),
    "nb": (
        "# Nytt arbeidsark\n\nNoen linjer om hva arket handler om.\n\n"
        "## Det viktigste\n\n- Et punkt\n- Ett punkt til\n\n"
        "**Mine egne tanker:**\n\n______________________________________________\n\n"
        "______________________________________________\n"
    ),
    "en": (
        "# New handout\n\nA few lines on what this sheet is about.\n\n"
        "## The main points\n\n- A point\n- One more point\n\n"
        "**My own thoughts:**\n\n______________________________________________\n\n"
        "______________________________________________\n"
    ),
}


def template(kind: str, language: str) -> tuple[dict[str, Any], str]:
    """The front matter (without id and title) and body of a new item of ``kind``."""
    language = language if language in _DECK else "da"
    if kind == "deck":
        return {"kind": "deck", "duration": 10, "language": language}, _DECK[language]
    if kind == "exercise":
        meta = {"kind": "exercise", "duration": 10, "language": language, "group_form": "pairs"}
        return meta, _EXERCISE[language]
    return {"kind": "handout", "duration": 10, "language": language}, _HANDOUT[language]
