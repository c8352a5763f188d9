"""Events on a timeline: sentences anchored to a resolved date, merged across articles.

Two sentences land in one entry when they carry the same TIMEX3 value and say much the same
thing (word-set similarity, eased when they name the same actors); each keeps its own citation,
so an entry shows every passage that reports it. A dated caption left in the body ("Hide Caption 7
of 40 … on March 4", ``sentences.caption``) is no event of the story (an embedded post stays: its
date is when it was posted): an analyst's read of
2026-12-06 found a photo gallery's later captions listed as the story's events. Nor is a row of a list
of figures by date ("May 2009: 4.7", ``sentences.data_row``: analyst's read of briefs, brief19).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz

from ..model import Analysis, Cite
from .sentences import caption, data_row

SAME_EVENT_SIMILARITY = 75  # token_set_ratio at which two sentences on one date report the same thing
SAME_EVENT_SIMILARITY_SHARED_ACTOR = 55  # ... when they also name an actor in common
LABEL_MAX_CHARS = 220

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


@dataclass
class TimelineEntry:
    value: str  # the TIMEX3 value it is anchored to, e.g. 2019-02-25, 195X
    label: str  # what happened, in the article's words
    cites: list[Cite] = field(default_factory=list)  # every source passage reporting it
    actors: list[str] = field(default_factory=list)  # names of the actors the passages mention

    @property
    def when(self) -> str:
        return value_label(self.value)


# ---------------------------------------------------------------- TIMEX3 values as places in time
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


# ---------------------------------------------------------------- building the timeline
@dataclass
class _Candidate:
    value: str
    text: str
    cite: Cite
    actors: list[str]


def build_timeline(analyses: Iterable[Analysis]) -> list[TimelineEntry]:
    """Every event of every article, same-event sentences merged, in chronological order."""
    entries: list[TimelineEntry] = []
    by_value: dict[str, list[tuple[TimelineEntry, str]]] = {}
    for cand in _candidates(analyses):
        match = _same_event(cand, by_value.get(cand.value, []))
        if match is None:
            entry = TimelineEntry(cand.value, _label(cand.text), [cand.cite], list(cand.actors))
            entries.append(entry)
            by_value.setdefault(cand.value, []).append((entry, cand.text))
        elif not any(c.article == cand.cite.article for c in match.cites):  # a repeated lede is read once
            match.cites.append(cand.cite)
            match.actors.extend(a for a in cand.actors if a not in match.actors)
    entries.sort(key=lambda e: value_sort_key(e.value))
    return entries


def _candidates(analyses: Iterable[Analysis]) -> Iterable[_Candidate]:
    for a in analyses:
        names = {e.id: e.name for e in a.entities}
        for ev in a.events:
            text = " ".join(a.article.text[ev.span[0]:ev.span[1]].split())
            if not text or caption(text) or data_row(text):
                continue
            actors = list(dict.fromkeys(names[x] for x in ev.actors if x in names))
            yield _Candidate(ev.value, text, Cite(a.article.id, ev.span), actors)


def _same_event(cand: _Candidate, pool: list[tuple[TimelineEntry, str]]) -> TimelineEntry | None:
    """The entry on the same date that reports the same thing, if any (the most similar one)."""
    best, best_score = None, 0.0
    for entry, text in pool:
        score = fuzz.token_set_ratio(cand.text, text)
        shared = {x.lower() for x in cand.actors} & {x.lower() for x in entry.actors}
        needed = SAME_EVENT_SIMILARITY_SHARED_ACTOR if shared else SAME_EVENT_SIMILARITY
        if score >= needed and score > best_score:
            best, best_score = entry, score
    return best


def _label(text: str) -> str:
    """The sentence, cut at a word boundary when it runs long."""
    if len(text) <= LABEL_MAX_CHARS:
        return text
    cut = text.rfind(" ", 0, LABEL_MAX_CHARS)
    return text[:cut if cut > LABEL_MAX_CHARS // 2 else LABEL_MAX_CHARS].rstrip(",;:") + "…"
