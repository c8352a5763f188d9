"""Events on a timeline: sentences anchored to a resolved date, merged across articles.

Two sentences land in one entry when they carry the same TIMEX3 value and say much the same
thing (word-set similarity, eased when they name the same actors); each keeps its own citation,
so an entry shows every passage that reports it. A dated caption left in the body ("Hide Caption 7
of 40 … on March 4", ``ingest.patterns.caption``) is no event of the story (an embedded post stays: its
date is when it was posted): an analyst's read of
2026-12-06 found a photo gallery's later captions listed as the story's events. Nor is a row of a list
of figures by date ("May 2009: 4.7", ``sentences.data_row``: analyst's read of briefs, brief19).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz

from ..model import Analysis, Cite
from ..nlp.time.values import value_interval, value_label, value_sort_key
from .sentences import caption, data_row

SAME_EVENT_SIMILARITY = 75  # token_set_ratio at which two sentences on one date report the same thing
SAME_EVENT_SIMILARITY_SHARED_ACTOR = 55  # ... when they also name an actor in common
LABEL_MAX_CHARS = 220


@dataclass
class TimelineEntry:
    value: str  # the TIMEX3 value it is anchored to, e.g. 2019-02-25, 195X
    label: str  # what happened, in the article's words
    cites: list[Cite] = field(default_factory=list)  # every source passage reporting it
    actors: list[str] = field(default_factory=list)  # names of the actors the passages mention

    @property
    def when(self) -> str:
        return value_label(self.value)


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
