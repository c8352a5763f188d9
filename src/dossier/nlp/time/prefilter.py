"""Which date patterns can match a text at all: a cheap test before each pattern's regex scan.

Most of the 48 patterns of :mod:`rules` match nothing in a given article, yet each full regex scan
costs about as much as one that matches (they try every position). Each pattern listed here holds at
least one word of every group listed for it in any match ("3 weeks ago" holds a unit and a direction),
so when the lower-cased text lacks every word of one group the pattern's scan is skipped: the result is
the same, only cheaper (issue 12: 48 scans cost ~19 ms per article, a tenth of it matched).

Case: the words are tested on ``text.lower()``. Python's case-insensitive regexes also let four
non-ASCII letters stand for ASCII ones (İ ı ſ K); a text holding any of them skips no pattern.
"""
from __future__ import annotations

import re

from . import rules as R

UNIT_WORDS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur", "quarter",
              "millenni")
MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PART_WORDS = ("morning", "afternoon", "evening", "night")
DAY_WORDS = ("today", "tomorrow", "yesterday", "tonight")

# pattern name -> groups of words; every match of the pattern holds a word of each group
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso_date": (("-",),),
    "slash_date": (("/",),),
    **{name: (MONTH_WORDS,) for name in ("month_day_year", "day_month_year", "week_of", "month_day", "day_month",
                                         "month_rel_year", "month_year", "month")},
    "weekday_date": (MONTH_WORDS, WEEKDAY_WORDS),
    "weekday": (WEEKDAY_WORDS,),
    "weekday_plural": (WEEKDAY_WORDS,),
    "fiscal_year": (("fiscal", "fy"),),
    "spelled_year": (("nineteen", "eighteen", "thousand"),),
    "decade_word": (("ties",),),
    "decade": (("0s", "0's", "0’s"),),
    "century": (("centur",),),
    "century_word": (("centur",),),
    "quarter": (("quarter",),),
    "the_quarter": (("quarter",),),
    "year_quarter": (("quarter",),),
    "rel_quarter": (("quarter", "period"),),
    "year_ago_period": (("quarter", "period", "year-"),),
    "half": (("half",),),
    "season": (("spring", "summer", "fall", "autumn", "winter"),),
    "rel_unit": (("week", "month", "year", "decade", "century"),),
    "span_unit": (UNIT_WORDS,),
    "duration": (UNIT_WORDS,),
    "rel_day": (DAY_WORDS,),
    "part_then_day": (PART_WORDS, ("yesterday", "today", "tomorrow", *WEEKDAY_WORDS)),
    "part_of_day": (PART_WORDS,),
    "in_the_unit": (("earlier", "later"), ("year", "month")),
    "end_of_unit": (("end", "beginning", "start", "middle"), ("month", "week")),
    "end_of_year": (("end",), ("year",)),
    "full_year": (("full", "whole", "entire", "current"), ("year",)),
    "latest_year": (("latest", "recent", "previous", "prior"), ("year",)),
    "vague_span": (("while",),),
    "short_year": (("'", "’"),),
    "set_adverb": (("daily", "nightly", "weekly", "monthly", "yearly", "hourly", "biweekly", "semiannually"),),
    "set_every": (("every", "each", "per"),),
}
# Patterns tested by a part of them that any match holds, far cheaper to scan for: clock24 ("1900 GMT",
# "23:40", "at 14:30" all hold a digit before a colon and a digit, or a digit before a zone name) and ago
# (its unit and direction, "weeks ago", scanned from its first letter instead of every word start).
REQUIRED_REGEX = {
    "clock24": re.compile(r"\d:\d|\d\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|hrs|(?i:local))"),
    "ago": re.compile(rf"(?i:{R.UNIT}\s+(?:or\s+so\s+)?(?:ago|earlier|from\s+now|hence|back)\b)"),
}
CASE_FOLDING_EXTRAS = re.compile("[\u0130\u0131\u017f\u212a]")


def may_match(text: str):
    """A test ``name -> bool``: False only when the pattern ``name`` cannot match anywhere in ``text``."""
    if CASE_FOLDING_EXTRAS.search(text):
        return lambda name: True
    low = text.lower()
    known: dict[str, bool] = {}

    def test(name: str) -> bool:
        if name not in known:
            regex = REQUIRED_REGEX.get(name)
            known[name] = (regex.search(text) is not None if regex is not None else
                           all(any(word in low for word in group) for group in REQUIRED.get(name, ())))
        return known[name]

    return test
