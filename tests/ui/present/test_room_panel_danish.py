"""The room helpers in the presenter console speak the UI's language: input the group maker
cannot use is said in Danish in a Danish UI, never in core's English words."""

from __future__ import annotations

from dataclasses import replace

from facilitator.core.events import MemoryEvents
from facilitator.core.room import RoomError
from facilitator.core.show import build_show


def _refusing(code: str):
    def make_groups(*_args, **_kwargs):
        raise RoomError(code, "core's English words")

    return make_groups


def test_groups_that_cannot_be_made_are_said_in_danish(qtbot, clock, deck, danish_ui, monkeypatch):
    from facilitator.ui.present import open_presentation, room_panel

    show = replace(build_show(deck, None, clock.wall()), windowed=True)
    controller = open_presentation(
        show, clock=clock, wall=clock.wall, choose=False, theme="light", events=MemoryEvents()
    )
    try:
        room = controller.console.room
        room.names.setPlainText("Ali\nBo")
        room.amount.setValue(3)
        assert room.make_groups() == []  # three groups for two people
        assert room.group_message.text() == "Der er flere grupper end personer."

        for code, danish in (
            ("how", "Vælg enten et antal grupper eller en gruppestørrelse."),
            ("unknown", "Disse tal kan ikke bruges."),  # a code the panel has no words for
        ):
            monkeypatch.setattr(room_panel, "make_groups", _refusing(code))
            assert room.make_groups() == []
            assert room.group_message.text() == danish
    finally:
        controller.leave()
