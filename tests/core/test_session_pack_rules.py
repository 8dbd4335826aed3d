"""What the session pack holds: its parts, the invitation rule and the file names (Qt-free)."""

from __future__ import annotations

from dataclasses import replace

from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.core.model import Plan, PlanEntry, PlanSection
from facilitator.core.session_pack import is_invitation, pack_contents, pack_name, part_file_name

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])
PARENTS = LIBRARY.plan("skole.foraeldremoede")


def test_a_parent_meeting_has_every_part_and_its_invitation_apart():
    assert PARENTS is not None
    contents = pack_contents(PARENTS, LIBRARY)
    assert contents.parts() == ["runsheet", "deck", "notes", "handout", "cards", "invitation"]
    assert [i.id for i in contents.invitations] == ["skole.foraeldremoede-invitation"]
    assert all(not is_invitation(item) for item in contents.handouts)
    assert contents.handouts  # the agenda and the other handouts are still there


def test_the_same_module_for_another_audience_gets_no_invitation():
    assert PARENTS is not None
    staff = replace(PARENTS, audience=("undervisere", "ledere"))
    contents = pack_contents(staff, LIBRARY)
    assert contents.invitations == [] and "invitation" not in contents.parts()
    assert all(not is_invitation(item) for item in contents.handouts)


def test_a_plan_that_lists_the_invitation_itself_gets_it():
    listed = Plan(
        "brev",
        "Brev",
        audience=("undervisere",),
        sections=(PlanSection("", (PlanEntry("item", 5, ref="skole.foraeldremoede-invitation"),)),),
    )
    contents = pack_contents(listed, LIBRARY)
    assert contents.parts()[0] == "runsheet" and contents.parts()[-1] == "invitation"
    assert [i.id for i in contents.invitations] == ["skole.foraeldremoede-invitation"]


def test_norwegian_invitations_are_known_by_their_id_or_tags():
    item = LIBRARY.item("livsmestring-nb.foreldremote-invitasjon")
    assert item is not None and is_invitation(item)
    deck = next(i for i in LIBRARY.items() if i.kind == "deck")
    assert not is_invitation(deck)


def test_a_plan_with_breaks_only_prints_just_its_run_sheet():
    empty = Plan("tom", "Tom", sections=(PlanSection("", (PlanEntry("break", 10),)),))
    assert pack_contents(empty, LIBRARY).parts() == ["runsheet"]


def test_file_names_follow_the_plan_language_and_printing_order():
    assert PARENTS is not None
    assert part_file_name(PARENTS, "runsheet", 1).startswith("01-foraeldremoede-om-livsmestring")
    assert part_file_name(PARENTS, "runsheet", 1).endswith("-koereplan.pdf")
    nb = replace(PARENTS, language="nb", title="Foreldremøte")
    assert part_file_name(nb, "invitation", 6) == "06-foreldremoete-invitasjon.pdf"
    assert pack_name(nb) == "foreldremoete-oektpakke"
    assert pack_name(replace(nb, language="en")) == "foreldremoete-session-pack"
