"""The garbage collector waits while the app starts and works normally once it is on screen."""

from __future__ import annotations

import gc

from facilitator.ui.startup import STARTING_THRESHOLD, hold_collector, release_collector


def test_the_collector_is_held_while_starting_and_given_back():
    before = gc.get_threshold()
    hold_collector()
    hold_collector()  # twice (the app and the presentation) is the same as once
    assert gc.get_threshold()[0] >= STARTING_THRESHOLD
    release_collector()
    assert gc.get_threshold() == before
    release_collector()  # nothing held: nothing changes
    assert gc.get_threshold() == before
