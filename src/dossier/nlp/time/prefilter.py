"""Which date patterns can match a text at all: a cheap test before each pattern's regex scan.

Most of the 48 patterns of :mod:`rules` match nothing in a given article, yet each full regex scan
costs about as much as one that matches (they try every position). Each pattern listed here holds at
least one word of every group listed for it in any match ("3 weeks ago" holds a unit and a direction),
so when the lower-cased text lacks every word of one group the pattern's scan is skipped, and where
it holds them only the text within ``REACH`` characters of the first group's words is scanned: the
result is the same, only cheaper (issue 12: 48 scans cost ~19 ms per article, a tenth of it matched;
the same output on 3,000 AllSides articles, 30 % less time than scanning whole paragraphs).

Case: lower-case words are tested on ``text.lower()``; month and weekday names, which the patterns
take only capitalised or in capitals, as written. Python's case-insensitive regexes also let four
non-ASCII letters stand for ASCII ones (İ ı ſ K); a text holding any of them skips no pattern
(:mod:`dossier.casefold`).
"""
from __future__ import annotations

import bisect
import re

from ...casefold import lower_for_pretest
from . import rules as R

UNIT_WORDS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur", "quarter",
              "millenni")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Month and weekday names are case-sensitive in the patterns (rules.MONTH, rules.WEEKDAY: "May" or "MAY",
# never the modal "may"): looked for as written, they rule out far more paragraphs.
MONTH_WORDS = tuple(w.capitalize() for w in _MONTHS) + tuple(w.upper() for w in _MONTHS)
WEEKDAY_FORMS = tuple(w.capitalize() for w in WEEKDAY_WORDS) + tuple(w.upper() for w in WEEKDAY_WORDS)
PART_WORDS = ("morning", "afternoon", "evening", "night")
DAY_WORDS = ("today", "tomorrow", "yesterday", "tonight")

# pattern name -> groups of words; every match of the pattern holds a word of each group
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso_date": (("-",),),
    "slash_date": (("/",),),
    **{name: (MONTH_WORDS,) for name in ("month_day_year", "day_month_year", "week_of", "month_day", "day_month",
                                         "month_rel_year", "month_year", "month")},
    "weekday_date": (MONTH_WORDS, WEEKDAY_FORMS),
    "weekday_day_month": (MONTH_WORDS, WEEKDAY_FORMS),
    "that_month": (MONTH_WORDS, ("that",)),
    "weekday": (WEEKDAY_FORMS,),
    "weekday_plural": (WEEKDAY_FORMS,),
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
    "set_adverb": (("daily", "nightly", "weekly", "monthly", "yearly", "hourly", "biweekly", "semiannually"),),
    "set_every": (("every", "each", "per"),),
    "mod_year": (("early", "late", "mid", "end", "beginning", "start", "middle", "half", "spring", "summer", "fall",
                  "autumn", "winter"), ("1", "2")),
    "anaphoric": (("day", "week", "month", "year", *PART_WORDS, "overnight"),  # first: rarer than "that"
                  ("that", "same", "following", "previous", "preceding", "prior", "next")),
    "holiday": (("luther", "independence", "thanksgiving", "valentine", "presidents", "year's", "year’s", "christmas",
                 "veterans", "memorial", "mother", "father", "boxing", "halloween", "labor", "may"),),
    "ref": (("soon", "coming", "future", "recent", "term", "moment", "present", "these", "past", "current", "nowadays",
             "formerly", "lately", "now"),),
    "ago": (("ago", "earlier", "now", "hence", "back"), UNIT_WORDS),
    "bare_units": (("years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"),),
}
# Patterns tested by a part of them that any match holds, far cheaper to scan for: clock24 ("1900 GMT",
# "23:40", "at 14:30" all hold a digit before a colon and a digit, or a digit before a zone name), a clock
# time its digit and "am"/"pm" (or "noon"), a short year its apostrophe and two digits.
REQUIRED_REGEX = {
    "year": re.compile(r"1[5-9]\d\d|20\d\d"),
    "clock": re.compile(r"\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight"),  # on the lower-cased text
    "clock24": re.compile(r"\d:\d|\d\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|hrs|(?i:local))"),
    "short_year": re.compile(r"['’]\d\d"),
}
ON_LOWER = frozenset({"clock"})  # REQUIRED_REGEX patterns run on the lower-cased text
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line: no date runs over one
REACH = 80  # characters a date runs on either side of any word it holds (the longest of 1,500 AllSides articles: 36)


class Prefilter:
    """Where each date pattern can match in ``text``: ``prefilter(name) -> bool`` (anywhere at all) and
    ``prefilter.ranges(name) -> [(start, end), ...]``, where to scan with ``regex.finditer(text, start, end)``:
    in each paragraph (text between blank lines) that holds a word of each of its groups, the text within
    ``REACH`` characters of each word of its first group (or of each hit of its ``REQUIRED_REGEX``),
    overlapping ranges joined.

    Every match holds such a word and no date runs ``REACH`` characters past one, so a match lies inside
    one range and a scan of the range finds it as the whole text's scan would. A match that ran over a
    blank line would be cut at the paragraph's end; no date does. A pattern with no listed words, and
    every pattern of a text with one of the odd case-folding letters, gets the whole text."""

    def __init__(self, text: str):
        self.text = text
        self.low = lower_for_pretest(text)  # None: a text every pattern scans whole
        self.odd = self.low is None
        self.starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        self._words: dict[str, tuple[list[int], list[int]]] = {}  # word -> (its starts, their paragraphs)
        self._ranges: dict[str, list[tuple[int, int]]] = {}

    def __call__(self, name: str) -> bool:
        return bool(self.ranges(name))

    def ranges(self, name: str) -> list[tuple[int, int]]:
        got = self._ranges.get(name)
        if got is None:
            got = self._ranges[name] = self._find(name)
        return got

    def _find(self, name: str) -> list[tuple[int, int]]:
        whole = [(0, len(self.text))]
        regex = REQUIRED_REGEX.get(name)
        if self.odd or (regex is None and name not in REQUIRED):
            return whole
        if regex is not None:
            text = self.low if name in ON_LOWER else self.text
            return self._windows([(m.start(), m.end(), self._paragraph(m.start())) for m in regex.finditer(text)])
        paragraphs = None
        for group in REQUIRED[name]:
            found = set().union(*(self._positions(w)[1] for w in group))
            paragraphs = found if paragraphs is None else paragraphs & found
        return self._windows([(i, i + len(w), k) for w in REQUIRED[name][0]
                              for i, k in zip(*self._positions(w)) if k in paragraphs])

    def _windows(self, hits: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
        """The text within ``REACH`` characters of each hit (start, end, paragraph), clipped to the hit's
        paragraph, as sorted character ranges, overlapping ranges joined."""
        out: list[tuple[int, int]] = []
        for a, b, k in sorted(hits):
            lo = max(a - REACH, self.starts[k])
            hi = min(b + REACH, self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text))
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], max(hi, out[-1][1]))
            else:
                out.append((lo, hi))
        return out

    def _paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def _positions(self, word: str) -> tuple[list[int], list[int]]:
        """Where ``word`` starts in the text and in which paragraph, each time: in the lower-cased text,
        unless the word is written with a capital (then as written). Found once per word (``str.find``
        beats one regex per group of words here)."""
        got = self._words.get(word)
        if got is None:
            text = self.low if word.islower() or not word.isalpha() else self.text
            found, i = [], text.find(word)
            while i >= 0:
                found.append(i)
                i = text.find(word, i + 1)
            got = self._words[word] = (found, [self._paragraph(i) for i in found])
        return got


def may_match(text: str) -> Prefilter:
    """The :class:`Prefilter` of ``text``: called with a pattern's name, False only when the pattern cannot
    match anywhere in ``text``; ``.ranges(name)`` says where it can."""
    return Prefilter(text)


class NoFilter:
    """Every pattern may match anywhere (what :func:`may_match` narrows; for tests and comparisons)."""

    def __init__(self, text: str):
        self.text = text

    def __call__(self, name: str) -> bool:
        return True

    def ranges(self, name: str) -> list[tuple[int, int]]:
        return [(0, len(self.text))]
