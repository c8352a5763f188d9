"""TIMEX3 values as places in time: the days a value covers (``value_interval``), chronological order
(``value_sort_key``) and how a reader says it (``value_label``). Values follow TimeML's TIMEX3 ``value``
attribute (ISO 8601 with TimeML's extensions: ``2019-W09-WE``, ``2019-SU``, ``195X``, ``19``)."""
from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.*))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
# first and last month of year parts; winter starts in December of the year before
PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
               "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (0, 2)}
PART_NAMES = {"Q1": "Q1", "Q2": "Q2", "Q3": "Q3", "Q4": "Q4", "H1": "first half of", "H2": "second half of",
              "SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
TIME_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def value_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 value covers (``195X`` -> 1950-01-01..1959-12-31); None if unplaceable."""
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            return _months(int(m[1]), int(m[2]), int(m[2]))
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if m[3] else \
                (monday, monday + dt.timedelta(days=6))
        if m := _PART.match(value):
            return _months(int(m[1]), *PART_MONTHS[m[2]])
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _DECADE.match(value):
            return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
        if m := _CENTURY.match(value):
            return dt.date(max(1, int(m[1]) * 100), 1, 1), dt.date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:  # month 13, week 60: no place on the calendar
        return None
    return None


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    y0, m0 = (year - 1, 12) if first == 0 else (year, first)
    return dt.date(y0, m0, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def value_sort_key(value: str) -> tuple:
    """Chronological order: by first day, a longer stretch before the shorter ones it holds
    (the 1950s, then 1950, then Jan 1950); unplaceable values last."""
    span = value_interval(value)
    if span is None:
        return (1, dt.date.max.toordinal(), 0, value)
    return (0, span[0].toordinal(), -(span[1] - span[0]).days, value)


def value_label(value: str) -> str:
    """A TIMEX3 value as a reader says it: "Feb 25, 2019", "the 1950s", "week 9 of 2019"."""
    if m := _DAY.match(value):
        if not 1 <= int(m[2]) <= 12:
            return value
        day = f"{calendar.month_abbr[int(m[2])]} {int(m[3])}, {m[1]}"
        rest = m[4] or ""
        return f"{day}, {TIME_OF_DAY[rest]}" if rest in TIME_OF_DAY else f"{day} {rest}".strip()
    if (m := _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        return f"{calendar.month_abbr[int(m[2])]} {m[1]}"
    if m := _WEEK.match(value):
        return f"{'the weekend of ' if m[3] else ''}week {int(m[2])} of {m[1]}"
    if m := _PART.match(value):
        return f"{PART_NAMES[m[2]]} {m[1]}"
    if m := _YEAR.match(value):
        return m[1]
    if m := _DECADE.match(value):
        return f"the {m[1]}0s"
    if m := _CENTURY.match(value):
        n = int(m[1]) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    return value
