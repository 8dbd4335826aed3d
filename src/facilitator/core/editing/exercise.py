"""An exercise as a form: the six sections and numbered steps with minutes.

The text is the content format's (``## Formål`` … ``## Variationer``, headings in the item's
language). Text before the first section or under a heading the loader does not know is kept, at
the end of the section it follows, so nothing typed by hand is lost when the form writes.
The facilitator notes are their own field: only the other sections reach the projector.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..loader import EXERCISE_FIELDS, EXERCISE_SECTIONS, parse_steps

HEADINGS: dict[str, dict[str, str]] = {
    "da": {
        "purpose": "Formål",
        "materials": "Materialer",
        "steps": "Trin",
        "notes": "Noter til underviseren",
        "reflection": "Refleksionsspørgsmål",
        "variations": "Variationer",
    },
    "nb": {
        "purpose": "Formål",
        "materials": "Materiell",
        "steps": "Trinn",
        "notes": "Notater til kursholder",
        "reflection": "Refleksjonsspørsmål",
        "variations": "Variasjoner",
    },
    "en": {
        "purpose": "Purpose",
        "materials": "Materials",
        "steps": "Steps",
        "notes": "Facilitator notes",
        "reflection": "Reflection questions",
        "variations": "Variations",
    },
}


@dataclass(frozen=True)
class StepRow:
    """One step: ``text`` is what the projector shows, ``aside`` the trainer's part (the
    step's ``>`` quote), kept as it is when the form writes the step back."""

    text: str
    minutes: int | None = None
    aside: str = ""


@dataclass(frozen=True)
class ExerciseForm:
    """The sections as text; the steps as rows. ``lead`` is text before the first section."""

    purpose: str = ""
    materials: str = ""
    steps: tuple[StepRow, ...] = ()
    notes: str = ""
    reflection: str = ""
    variations: str = ""
    lead: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # unknown headings and their text

    @property
    def step_minutes(self) -> int:
        return sum(s.minutes or 0 for s in self.steps)

    def timing(self, duration: int) -> str:
        """``ok`` when the steps' minutes add up to the duration, else ``under`` or ``over``
        (a warning, not a block), or ``missing`` when a step has no minutes."""
        if any(s.minutes is None for s in self.steps):
            return "missing"
        total = self.step_minutes
        return "ok" if total == duration else ("under" if total < duration else "over")

    def complete(self, duration: int) -> bool:
        """Every section filled and the step minutes match the duration."""
        filled = all(getattr(self, name) for name in EXERCISE_FIELDS)
        return filled and self.timing(duration) == "ok"

    def with_step(self, row: int, step: StepRow) -> ExerciseForm:
        steps = list(self.steps)
        steps[row] = step
        return replace(self, steps=tuple(steps))


def parse(body: str) -> ExerciseForm:
    sections: dict[str, list[str]] = {}
    extra: dict[str, list[str]] = {}
    lead: list[str] = []
    current: list[str] = lead
    for raw in body.replace("\r\n", "\n").split("\n"):
        if raw.startswith("## "):
            heading = raw[3:].strip().rstrip(":").strip()
            name = EXERCISE_SECTIONS.get(heading.casefold())
            if name is not None:
                current = sections.setdefault(name, [])
            else:
                current = extra.setdefault(heading, [])
            continue
        current.append(raw)
    text = {k: "\n".join(v).strip() for k, v in sections.items()}
    steps = tuple(
        StepRow(s.for_participants, s.minutes, s.aside) for s in parse_steps(text.get("steps", ""))
    )
    return ExerciseForm(
        purpose=text.get("purpose", ""),
        materials=text.get("materials", ""),
        steps=steps,
        notes=text.get("notes", ""),
        reflection=text.get("reflection", ""),
        variations=text.get("variations", ""),
        lead="\n".join(lead).strip(),
        extra={k: "\n".join(v).strip() for k, v in extra.items()},
    )


def step_line(number: int, step: StepRow) -> str:
    """The step as the content format writes it: the trainer's part on a ``>`` line of its
    own, or after the number when the step has nothing for the projector."""
    text = " ".join(step.text.split())
    aside = " ".join(step.aside.split())
    minutes = f" ({step.minutes} min)" if step.minutes is not None else ""
    if not aside:
        return f"{number}. {text}{minutes}"
    if not text:
        return f"{number}. > {aside}{minutes}"
    return f"{number}. {text}{minutes}\n   > {aside}"


def compose(form: ExerciseForm, language: str = "da") -> str:
    """The exercise body, sections in the content format's order."""
    headings = HEADINGS.get(language, HEADINGS["da"])
    parts = [form.lead] if form.lead else []
    for name in EXERCISE_FIELDS:
        if name == "steps":
            kept = [s for s in form.steps if s.text.strip() or s.aside.strip()]
            text = "\n".join(step_line(n, s) for n, s in enumerate(kept, 1))
        else:
            text = getattr(form, name).strip()
        parts.append(f"## {headings[name]}\n{text}".rstrip())
    for heading, text in form.extra.items():
        parts.append(f"## {heading}\n{text}".rstrip())
    return "\n\n".join(parts) + "\n"
