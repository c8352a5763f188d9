"""The brief's storyline sections: per storyline its events, summaries, agree / unique / differ, timeline.

``storylines(analyses)`` reads analyses that carry ``story``, ``thread`` and ``duplicate_of`` (from
``StoryIndex``; ``assign`` sets them on analyses that lack them) and returns plain dicts::

    [{"id", "title", "events": [{"id", "articles": [ids], "copies": {id: [copy ids]}, "summary": [...],
      "agree": [...], "unique": [...], "differ": [...]}], "summary": [...], "agree": [...], "differ": [...],
      "timeline": [...]}]

where every item is ``{"text", "cites": [{"article", "span": [s, e]}]}`` (timeline items add ``when``,
``value`` and ``background``). Storylines come busiest first; events in time order.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..model import Analysis
from .compare import align, agree, compare, stance_changes, step_label
from .features import parse_day
from .pool import build_pool
from .summarize import rank, summarize

EVENT_SUMMARY = 4  # sentences in an event's summary
THREAD_SUMMARY_PER_EVENT = 2
BACKGROUND_DAYS = 60  # a timeline date ending this long before the storyline's first article is background


def assign(analyses: Iterable[Analysis], index=None) -> list[Analysis]:
    """Analyses with story / thread / duplicate_of set (those already set are kept as they are)."""
    from .cluster import StoryIndex

    index = index or StoryIndex()
    out = []
    for a in analyses:
        out.append(a if a.story and a.thread else index.annotate(a))
    return out


def _day(a: Analysis) -> int | None:
    return parse_day(a.article.published or a.anchor)


def _time_key(articles: list[Analysis]):
    days = [d for a in articles if (d := _day(a)) is not None]
    return (not days, min(days) if days else 0)


def storylines(analyses: list[Analysis]) -> list[dict]:
    by_thread: dict[str, dict[str, list[Analysis]]] = defaultdict(lambda: defaultdict(list))
    for a in analyses:
        by_thread[a.thread or a.story or a.article.id][a.story or a.article.id].append(a)
    out = [_thread(tid, events) for tid, events in by_thread.items()]
    out.sort(key=lambda t: (-sum(len(e["articles"]) for e in t["events"]), -len(t["events"])))
    return out


def _thread(tid: str, events: dict[str, list[Analysis]]) -> dict:
    ordered = sorted(events.items(), key=lambda kv: _time_key(kv[1]))
    sections = [_event(eid, arts) for eid, arts in ordered]
    everything = [a for _, arts in ordered for a in arts]
    originals = [a for a in everything if not a.duplicate_of]
    summary = [x for e in sections for x in e["summary"][:THREAD_SUMMARY_PER_EVENT]] if len(sections) > 1 \
        else list(sections[0]["summary"])
    thread_agree: list[dict] = []
    if len(sections) > 1 and (pool := build_pool(originals)):
        event_of = {a.article.id: eid for eid, arts in ordered for a in arts}
        claims = [c for c in align(pool) if len({event_of[pool.sentences[i].article] for i in c}) > 1]
        thread_agree = agree(pool, claims, rank(pool))
    differ = stance_changes([arts for _, arts in ordered], [step_label(arts) for _, arts in ordered]) \
        if len(sections) > 1 else []
    return {"id": tid, "title": _title(ordered), "events": sections, "summary": summary, "agree": thread_agree,
            "differ": differ, "timeline": timeline(originals)}


def _title(ordered: list[tuple[str, list[Analysis]]]) -> str:
    """The title of the storyline's busiest event's first titled article (an outlet's own words)."""
    eid, arts = max(ordered, key=lambda kv: len(kv[1]))
    return next((a.article.title for a in arts if a.article.title), arts[0].article.id)


def _event(eid: str, arts: list[Analysis]) -> dict:
    arts = sorted(arts, key=lambda a: (_day(a) is None, _day(a) or 0))
    copies: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        if a.duplicate_of:
            copies[a.duplicate_of].append(a.article.id)
    originals = [a for a in arts if not a.duplicate_of]
    section = {"id": eid, "articles": [a.article.id for a in originals], "copies": dict(copies),
               "summary": [], "agree": [], "unique": [], "differ": []}
    pool = build_pool(originals)
    if pool is None:
        return section
    scores = rank(pool)
    claims = align(pool)
    section["summary"] = summarize(pool, EVENT_SUMMARY, scores, claims)
    section.update(compare(pool, scores, claims))
    return section


def timeline(analyses: list[Analysis]) -> list[dict]:
    """The storyline's dated events: its own dates first, then the background (dates well before it)."""
    from .timeline import build_timeline
    from ..nlp.time.values import value_interval, value_label

    days = [d for a in analyses if (d := _day(a)) is not None]
    start = min(days) - BACKGROUND_DAYS if days else None
    rows = []
    for e in build_timeline(analyses):
        span = value_interval(e.value)
        background = bool(start is not None and span is not None and span[1].toordinal() < start)
        rows.append({"text": e.label, "when": value_label(e.value), "value": e.value, "background": background,
                     "cites": [{"article": c.article, "span": list(c.span)} for c in e.cites]})
    rows.sort(key=lambda r: r["background"])  # stable: chronological within each part
    return rows


__all__ = ["assign", "storylines", "timeline"]
