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

import bisect
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
    "mod_year": (("early", "late", "mid", "end", "beginning", "start", "middle", "half", "spring", "summer", "fall",
                  "autumn", "winter"), ("1", "2")),
    "anaphoric": (("that", "same", "following", "previous", "preceding", "prior", "next"),
                  ("day", "week", "month", "year", *PART_WORDS, "overnight")),
    "holiday": (("luther", "independence", "thanksgiving", "valentine", "presidents", "year's", "year’s", "christmas",
                 "veterans", "memorial", "mother", "father", "boxing", "halloween", "labor", "may"),),
    "ref": (("soon", "coming", "future", "recent", "term", "moment", "present", "these", "past", "current", "nowadays",
             "formerly", "lately", "now"),),
    "bare_units": (("years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"),),
}
# Patterns tested by a part of them that any match holds, far cheaper to scan for: clock24 ("1900 GMT",
# "23:40", "at 14:30" all hold a digit before a colon and a digit, or a digit before a zone name) and ago
# (its unit and direction, "weeks ago", scanned from its first letter instead of every word start).
REQUIRED_REGEX = {
    "year": re.compile(r"1[5-9]\d\d|20\d\d"),
    "clock": re.compile(r"(?i:\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight)"),
    "clock24": re.compile(r"\d:\d|\d\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|hrs|(?i:local))"),
    "ago": re.compile(rf"(?i:{R.UNIT}\s+(?:or\s+so\s+)?(?:ago|earlier|from\s+now|hence|back)\b)"),
}
CASE_FOLDING_EXTRAS = re.compile("[\u0130\u0131\u017f\u212a]")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line: no date runs over one


class Prefilter:
    """Where each date pattern can match in ``text``: ``prefilter(name) -> bool`` (anywhere at all) and
    ``prefilter.ranges(name) -> [(start, end), ...]``, the runs of paragraphs (text between blank lines)
    that hold a word of each of its groups, to scan with ``regex.finditer(text, start, end)``.

    A match that ran over a blank line would be cut at the paragraph's end; no date does. A pattern with
    no listed words, and every pattern of a text with one of the odd case-folding letters, gets the
    whole text. Finding a word's paragraphs costs one ``str.find`` per paragraph that holds it."""

    def __init__(self, text: str):
        self.text = text
        self.odd = CASE_FOLDING_EXTRAS.search(text) is not None
        self.low = text.lower()
        self.starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        self._words: dict[str, frozenset[int]] = {}
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
            paragraphs = {self._paragraph(m.start()) for m in regex.finditer(self.text)}
        else:
            paragraphs = None
            for group in REQUIRED[name]:
                hits = frozenset().union(*(self._word(w) for w in group))
                paragraphs = hits if paragraphs is None else paragraphs & hits
        return self._runs(sorted(paragraphs))

    def _paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def _word(self, word: str) -> frozenset[int]:
        """The paragraphs whose lower-cased text holds ``word``."""
        got = self._words.get(word)
        if got is None:
            found, i = set(), self.low.find(word)
            while i >= 0:
                k = self._paragraph(i)
                found.add(k)
                i = self.low.find(word, self.starts[k + 1]) if k + 1 < len(self.starts) else -1
            got = self._words[word] = frozenset(found)
        return got

    def _runs(self, paragraphs: list[int]) -> list[tuple[int, int]]:
        """Consecutive paragraphs joined into (start, end) character ranges."""
        out: list[tuple[int, int]] = []
        for k in paragraphs:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
            if out and out[-1][1] == self.starts[k]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((self.starts[k], end))
        return out


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
