"""Calendar arithmetic behind TIMEX3 values: shifts, ISO weeks, quarters, seasons, tense-led choices."""
from __future__ import annotations

import calendar
import datetime as dt

PAST_LEANING = 2  # a coming date must be this many times closer than the past one to win (news looks back)
SEASON_ORDER = ("WI", "SP", "SU", "FA")


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def day(d: dt.date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(m: int) -> int:
    return (m - 1) // 3 + 1


def quarter(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def add_days(d: dt.date, n: float) -> dt.date:
    return d + dt.timedelta(days=n)


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    total = y * 4 + (q - 1) + n
    return total // 4, total % 4 + 1


def shift_date(d: dt.date, months: int) -> dt.date:
    y, m = add_months(d.year, d.month, months)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


SEASON_BY_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}


def season_of(d: dt.date) -> tuple[int, str]:
    """(year, season) with December counted in the next year's winter, as TimeML does."""
    return (d.year + 1 if d.month == 12 else d.year), SEASON_BY_MONTH[d.month]


def add_seasons(y: int, s: str, n: int) -> tuple[int, str]:
    total = y * 4 + SEASON_ORDER.index(s) + n
    return total // 4, SEASON_ORDER[total % 4]


def nth_weekday(y: int, m: int, weekday: int, nth: int) -> dt.date:
    """The nth ISO weekday (1 = Monday) of a month; nth = -1 is the last one."""
    days = [dt.date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1)
            if dt.date(y, m, d).isoweekday() == weekday]
    return days[nth - 1] if nth > 0 else days[nth]


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The given weekday relative to the anchor: -1 on or before, +1 on or after, -2/+2 strictly."""
    delta = weekday - anchor.isoweekday()
    if direction in (-1, -2):
        back = (-delta) % 7
        if back == 0 and direction == -2:
            back = 7
        return anchor - dt.timedelta(days=back)
    ahead = delta % 7
    if ahead == 0 and direction == 2:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def year_for_month(anchor: dt.date, m: int, direction: int) -> int:
    """Year of a month named without one: -1 latest on or before the anchor's month, +1 next, 0 same year,
    -2/+2 strictly before/after ("last April" in April means a year ago)."""
    if direction in (-1, -2):
        return anchor.year if m < anchor.month or (m == anchor.month and direction == -1) else anchor.year - 1
    if direction in (1, 2):
        return anchor.year if m > anchor.month or (m == anchor.month and direction == 1) else anchor.year + 1
    return anchor.year


def nearest_year(anchor: dt.date, m: int, d: int) -> int:
    """The year that puts month/day closest to the anchor ("Dec. 28" written on Jan 5 is last year's)."""
    best = anchor.year
    best_gap = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            gap = abs((dt.date(y, m, d) - anchor).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def past_leaning_year(anchor: dt.date, m: int, d: int) -> int:
    """No tense to go by: news mostly looks back, so the coming date wins only when much closer."""
    past_year = anchor.year if (m, d) <= (anchor.month, anchor.day) else anchor.year - 1
    try:
        back = (anchor - dt.date(past_year, m, d)).days
        ahead = (dt.date(past_year + 1, m, d) - anchor).days
    except ValueError:
        return anchor.year
    return past_year + 1 if ahead * PAST_LEANING < back else past_year
