"""Dates and times typed the way Danish, Norwegian and British teachers type them."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.core.dates import long_date, parse_date, parse_time

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("07-12-2026", date(2026, 12, 7)),
        ("7-12-2026", date(2026, 12, 7)),
        ("07.12.26", date(2026, 12, 7)),
        ("7/12", date(2026, 12, 7)),
        ("7.12.", date(2026, 12, 7)),
        ("7. december", date(2026, 12, 7)),
        ("7. desember 2026", date(2026, 12, 7)),
        ("7 Dec", date(2026, 12, 7)),
        ("2026-12-07", date(2026, 12, 7)),
        ("i dag", SUNDAY),
        ("I morgen", date(2026, 12, 7)),
        ("tomorrow", date(2026, 12, 7)),
        ("mandag", date(2026, 12, 7)),
        ("fredag", date(2026, 12, 11)),
        ("søndag", SUNDAY),
        ("7/1", date(2027, 1, 7)),  # typed in December: the coming January
        ("29/2", date(2028, 2, 29)),  # the next 29 February there is
        ("1. marts", date(2027, 3, 1)),
        ("1 mars 2027", date(2027, 3, 1)),
        ("man. 7. dec. 2026", date(2026, 12, 7)),  # what the date field shows, read back
        ("Mon 7 Dec 2026", date(2026, 12, 7)),
    ],
)
def test_usual_typed_dates_are_understood(typed, meant):
    assert parse_date(typed, SUNDAY) == meant


@pytest.mark.parametrize(
    "typed", ["", "30/2/2026", "13/13", "7 smarch", "12/31/2026", "2026-02-30", "x" * 500, "7/12/1"]
)
def test_what_is_not_a_date_is_refused_not_guessed(typed):
    assert parse_date(typed, SUNDAY) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("08:00", (8, 0)), ("8", (8, 0)), ("8.30", (8, 30)), ("0830", (8, 30)), ("kl. 14", (14, 0))],
)
def test_typed_times(typed, meant):
    assert parse_time(typed) == meant


@pytest.mark.parametrize("typed", ["", "25:00", "8:75", "otte", "8:3"])
def test_bad_times_are_refused(typed):
    assert parse_time(typed) is None


def test_dates_are_written_with_their_weekday_in_each_language():
    day = date(2026, 12, 7)
    assert long_date(day, "da") == "mandag 7. december 2026"
    assert long_date(day, "nb") == "mandag 7. desember 2026"
    assert long_date(day, "en") == "Monday 7 December 2026"
