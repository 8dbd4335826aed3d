"""What a plan's session pack holds: every document for the session, in printing order.

The pack (``facilitator export-pdf --plan X --what all``, and the planner's Session pack button)
is the run sheet, the slides, the notes pages, the participants' handouts, the exercise cards
and, for a parent meeting, the invitation letter. A part with nothing in it is left out. The
rules are here, Qt-free; ``render.plan_pdf`` draws the parts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .audiences import GROUPS
from .model import Item, Library, Plan
from .plan_book import plan_items, plan_slides, slugify

PARTS = ("runsheet", "deck", "notes", "handout", "cards", "invitation")
INVITATION_WORDS = ("invitation", "invitasjon", "indbydelse", "innbydelse")
PARENTS = next(group for group in GROUPS if group.key == "parents")

# The part of each file's name that says what it holds, in the plan's language.
NAMES = {
    "da": {"runsheet": "koereplan", "deck": "dias", "notes": "noter", "handout": "uddelingsark",
           "cards": "oevelseskort", "invitation": "invitation", "all": "sessionspakke"},
    "nb": {"runsheet": "kjoereplan", "deck": "lysbilder", "notes": "notater",
           "handout": "deltakerark", "cards": "oevelseskort", "invitation": "invitasjon",
           "all": "oektpakke"},
    "en": {"runsheet": "run-sheet", "deck": "slides", "notes": "notes", "handout": "handouts",
           "cards": "exercise-cards", "invitation": "invitation", "all": "session-pack"},
}  # fmt: skip


def is_invitation(item: Item) -> bool:
    """A handout whose id or tags say it is an invitation (a letter sent before the meeting)."""
    if item.kind != "handout":
        return False
    words = [item.id.rsplit(".", 1)[-1], *item.tags]
    return any(word in text.casefold() for text in words for word in INVITATION_WORDS)


def is_parent_meeting(plan: Plan) -> bool:
    return any(word.casefold() in PARENTS.words for word in plan.audience)


def module_handouts(plan: Plan, library: Library) -> list[Item]:
    """The handouts in the plan, then the other handouts of the modules the plan draws on."""
    chosen = plan_items(plan, library, "handout")
    seen = {item.id for item in chosen}
    modules: list[str] = []
    for entry in plan.entries:
        item = library.item(entry.ref) if entry.kind == "item" else None
        if item is not None and item.module_id not in modules:
            modules.append(item.module_id)
    by_module = {m.id: m for m in library.modules}
    for module_id in modules:
        module = by_module.get(module_id)
        for item in module.items if module is not None else ():
            if item.kind == "handout" and item.id not in seen:
                seen.add(item.id)
                chosen.append(item)
    return chosen


@dataclass(frozen=True)
class PackContents:
    handouts: list[Item]  # for the participants (invitations are not theirs)
    invitations: list[Item]  # for a parent meeting, or when the plan lists one itself
    slides: int
    exercises: int

    def parts(self) -> list[str]:
        has = {
            "runsheet": True,
            "deck": self.slides > 0,
            "notes": self.slides > 0,
            "handout": bool(self.handouts) or self.slides > 0,
            "cards": self.exercises > 0,
            "invitation": bool(self.invitations),
        }
        return [part for part in PARTS if has[part]]


def pack_contents(plan: Plan, library: Library) -> PackContents:
    handouts = module_handouts(plan, library)
    listed = {item.id for item in plan_items(plan, library, "handout")}
    invitations = [
        item
        for item in handouts
        if is_invitation(item) and (is_parent_meeting(plan) or item.id in listed)
    ]
    return PackContents(
        handouts=[item for item in handouts if not is_invitation(item)],
        invitations=invitations,
        slides=len(plan_slides(plan, library)),
        exercises=len(plan_items(plan, library, "exercise")),
    )


def part_file_name(plan: Plan, part: str, number: int = 0) -> str:
    """``01-foraeldremoede-om-livsmestring-koereplan.pdf``: numbered in printing order."""
    names = NAMES.get(plan.language, NAMES["da"])
    prefix = f"{number:02d}-" if number else ""
    return f"{prefix}{slugify(plan.title)}-{names[part]}.pdf"


def pack_name(plan: Plan) -> str:
    """The suggested folder (or, with ``.pdf``, file) name of the whole pack."""
    names = NAMES.get(plan.language, NAMES["da"])
    return f"{slugify(plan.title)}-{names['all']}"
