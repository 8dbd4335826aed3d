"""Dates and clock times as a teacher types them, and dates written the way her language does.

``parse_date`` takes the usual Danish, Norwegian and English forms: ``7-12-2026``, ``07.12.26``,
``7/12``, ``7.12.``, ``7. december``, ``7 des 2026``, ``2026-12-07``, ``i dag``/``today``,
``i morgen``/``tomorrow``, ``mandag``/``monday`` (the next one). Day before month, always: the
app speaks Danish, Norwegian and British English. A date without a year is the next such date
from today (a plan for "7/1" typed in December is for January). ``parse_time`` takes ``8``,
``08:00``, ``8.30``, ``0830`` and ``kl. 8``. Qt-free, so the planner, the sessions screen and
the mentor log read typed dates by one rule.

``long_date`` writes a date with its weekday, ``duration`` a number of minutes ("1 t 30 min"): the
screens pass the app's language, the PDFs the plan's or the app's, so both write them alike.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "january", "jan"),
        ("februar", "february", "feb"),
        ("marts", "mars", "march", "mar"),
        ("april", "apr"),
        ("maj", "mai", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "desember", "dec", "des"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("mandag", "monday", "man", "mon"),
        ("tirsdag", "tuesday", "tir", "tue", "tues"),
        ("onsdag", "wednesday", "ons", "wed"),
        ("torsdag", "thursday", "tor", "thu", "thurs"),
        ("fredag", "friday", "fre", "fri"),
        ("lørdag", "lordag", "saturday", "lør", "lor", "sat"),
        ("søndag", "sondag", "sunday", "søn", "son", "sun"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _number

TODAY = {"i dag", "idag", "today"}
TOMORROW = {"i morgen", "imorgen", "tomorrow"}

_NUMERIC = re.compile(r"^(\d{1,2})\s*[-./ ]\s*(\d{1,2})(?:\s*[-./ ]\s*(\d{2}|\d{4}))?\.?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NAMED = re.compile(r"^(\d{1,2})\.?\s*([a-zæøå]+)\.?(?:\s+(\d{2}|\d{4}))?$")
_TIME = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:\s*[:.]\s*(\d{2})|(\d{2}))?$")

# Weekday and month names for writing dates, per language (index 0 = Monday / January).
_DAY_NAMES = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTH_NAMES = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),  # fmt: skip
    "nb": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),  # fmt: skip
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),  # fmt: skip
}


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next(month: int, day: int, today: date) -> date | None:
    """The next ``day``/``month`` from ``today`` on (today counts)."""
    for year in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        found = _valid(year, month, day)
        if found is not None and found >= today:
            return found
    return None  # 30 February


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` means, or None when it is not a date (never guesses month-first)."""
    typed = " ".join(text.strip().lower().replace(",", " ").split())
    if not typed or len(typed) > 40:
        return None
    if typed in TODAY:
        return today
    if typed in TOMORROW:
        return today + timedelta(days=1)
    weekday = WEEKDAYS.get(typed.rstrip("."))
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    first, _, rest = typed.partition(" ")
    if rest and WEEKDAYS.get(first.rstrip(".")) is not None:
        typed = rest  # "man. 7. dec. 2026", as a date field shows it: the weekday is a courtesy
    match = _ISO.match(typed)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.match(typed)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        year = _year(match.group(3))
        return _valid(year, month, day) if year is not None else _next(month, day, today)
    match = _NAMED.match(typed)
    if match:
        named = MONTHS.get(match.group(2))
        if named is None:
            return None
        day = int(match.group(1))
        year = _year(match.group(3))
        return _valid(year, named, day) if year is not None else _next(named, day, today)
    return None


def parse_time(text: str) -> tuple[int, int] | None:
    """Hours and minutes of a typed clock time, or None."""
    match = _TIME.match(text.strip().lower())
    if not match:
        return None
    hour = int(match.group(1))
    minute = int(match.group(2) or match.group(3) or 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def long_date(day: date, language: str) -> str:
    """'mandag 7. december 2026' (da), 'mandag 7. desember 2026' (nb), 'Monday 7 December 2026'."""
    names = _DAY_NAMES.get(language, _DAY_NAMES["en"])
    months = _MONTH_NAMES.get(language, _MONTH_NAMES["en"])
    weekday, month = names[day.weekday()], months[day.month - 1]
    if language in ("da", "nb"):
        return f"{weekday} {day.day}. {month} {day.year}"
    return f"{weekday} {day.day} {month} {day.year}"


def day_text(iso: str, language: str) -> str:
    """A stored 'YYYY-MM-DD' as ``long_date`` writes it; any other text as it is (never fails)."""
    try:
        return long_date(date.fromisoformat(iso), language)
    except (TypeError, ValueError):
        return iso


# Hours are "t" (time/timer) in Danish and Norwegian, "h" in English; minutes "min" in all three.
_HOURS = {"da": "t", "nb": "t", "en": "h"}


def duration(minutes: int, language: str) -> str:
    """'45 min', '1 t 30 min', '2 t' (da, nb) or '1 h 30 min' (en): its size, without a sign.

    The one way the app writes a duration: the planner, the presenter's agenda, the library and
    the printed run sheet and exercise cards all call it."""
    hours, rest = divmod(abs(int(minutes)), 60)
    unit = _HOURS.get(language, "h")
    if hours and rest:
        return f"{hours} {unit} {rest} min"
    if hours:
        return f"{hours} {unit}"
    return f"{rest} min"


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    return date(year, month, min(day.day, days))
