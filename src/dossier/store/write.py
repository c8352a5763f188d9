"""Ingest: analyses into the store, one transaction per batch, each article stored once.

An article's identity (``articles.key``) is a SHA-256 of its URL (scheme, host case and fragment
normalised) when it has one, else of its normalised text (Unicode NFKC, whitespace runs collapsed).
A batch inserts only the articles whose key is not stored yet, with everything extracted from them,
and commits: a kill loses at most the batch in flight, which the next run stores (nothing is written
outside a batch's transaction, so nothing is half-stored).

Stories: when ``dossier.stories`` provides ``StoryIndex`` (``from_state``/``state``/``add(analysis) ->
Assignment(story, thread, duplicate_of)``), each new article is assigned there and the index state is
saved in ``story_state`` in the same transaction, so later ingests join existing events without
re-processing. Without it, the Analysis's own ``story`` (and ``thread``/``duplicate_of`` if present) is kept.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..model import Analysis, Article
from . import search
from .actors import ActorBook
from .schema import articles, dates, events, mentions, quotes, stances, story_state, storylines, timeline

SPACES = re.compile(r"\s+", re.U)


@dataclass
class IngestSummary:
    """What one ``Store.add`` call did: ``added`` new articles, ``skipped`` ones already stored (or
    repeated in the input), ``batches`` committed transactions."""

    added: int = 0
    skipped: int = 0
    batches: int = 0
    added_ids: list[str] = field(default_factory=list)


def normal_url(url: str) -> str:
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def normal_text(text: str) -> str:
    return SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def article_key(article: Article) -> str:
    """The identity of an article in the store: ``url:<sha256>`` or ``text:<sha256>`` (hex)."""
    if article.url and article.url.strip():
        return "url:" + hashlib.sha256(normal_url(article.url).encode()).hexdigest()
    return "text:" + hashlib.sha256(normal_text(article.text).encode()).hexdigest()


def stored_keys(conn: Connection, keys: Iterable[str]) -> set[str]:
    keys = list(keys)
    return set(conn.scalars(select(articles.c.key).where(articles.c.key.in_(keys)))) if keys else set()


def _batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def story_index_class():
    """``dossier.stories.StoryIndex`` when the stories stage provides it, else None."""
    from .. import stories

    return getattr(stories, "StoryIndex", None)


def add(engine: Engine, analyses: Iterable[Analysis], *, batch_size: int = 50,
        on_progress: Callable[[int], None] | None = None, story_index=None) -> IngestSummary:
    """Store ``analyses`` batch by batch; see the module docstring. ``story_index``: the StoryIndex
    class to assign stories with (default: ``story_index_class()``; ``False`` for none)."""
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    index_cls = story_index_class() if story_index is None else (story_index or None)
    summary = IngestSummary()
    for batch in _batched(analyses, batch_size):
        for attempt in range(2):
            try:
                with engine.begin() as conn:
                    added = _store_batch(conn, batch, index_cls)
                break
            except IntegrityError:  # another writer stored one of these keys meanwhile: redo, skipping it
                if attempt:
                    raise
        summary.added += len(added)
        summary.added_ids += added
        summary.skipped += len(batch) - len(added)
        summary.batches += 1
        if on_progress:
            on_progress(len(batch))
    return summary


def _store_batch(conn: Connection, batch: list[Analysis], index_cls) -> list[str]:
    keys = [article_key(a.article) for a in batch]
    seen = stored_keys(conn, keys)
    fresh: list[tuple[Analysis, str]] = []
    for a, key in zip(batch, keys):
        if key not in seen:
            seen.add(key)
            fresh.append((a, key))
    if not fresh:
        return []
    index = _load_index(conn, index_cls)
    first_n = (conn.scalar(select(func.max(articles.c.n))) or 0) + 1
    book = ActorBook(conn)
    book.prefetch(e for a, _ in fresh for e in a.entities)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    ids = []
    for a, key in fresh:
        story, thread, dup = _assign(a, index)
        art_id = _free_id(conn, a.article.id, key)
        _insert_article(conn, a, art_id, key, story, thread, dup, now)
        _insert_extractions(conn, book, a, art_id)
        if story:
            _join_story(conn, story, thread, a.article)
        ids.append(art_id)
    book.flush()
    search.index_articles(conn, first_n)
    if index is not None:
        _save_index(conn, index, now)
    return ids


def _free_id(conn: Connection, wanted: str, key: str) -> str:
    """The input's id, or (when another article holds it) the id with a short hash of the key."""
    taken = conn.scalar(select(articles.c.id).where(articles.c.id == wanted))
    return wanted if taken is None else f"{wanted}~{key.split(':')[1][:10]}"


def _assign(a: Analysis, index) -> tuple[str | None, str | None, str | None]:
    if index is not None:
        got = index.add(a)
        story, thread, dup = got.story, getattr(got, "thread", None), getattr(got, "duplicate_of", None)
    else:
        story, thread, dup = a.story, getattr(a, "thread", None), getattr(a, "duplicate_of", None)
    if story and not thread:
        thread = story  # an event no storyline holds yet is a storyline of its own
    return story, thread, dup


def _load_index(conn: Connection, index_cls):
    if index_cls is None:
        return None
    state = conn.scalar(select(story_state.c.state).where(story_state.c.id == 1))
    return index_cls() if state is None else index_cls.from_state(state)


def _save_index(conn: Connection, index, now: str) -> None:
    values = {"state": index.state(), "updated": now}
    if conn.execute(update(story_state).where(story_state.c.id == 1).values(**values)).rowcount == 0:
        conn.execute(insert(story_state).values(id=1, **values))


def _insert_article(conn, a: Analysis, art_id: str, key: str, story, thread, dup, now: str) -> None:
    art = a.article
    layout = {"body": [list(s) for s in art.body], "headings": [list(s) for s in art.headings],
              "captions": [list(s) for s in art.captions]}
    conn.execute(insert(articles).values(
        id=art_id, key=key, url=art.url, title=art.title, outlet=art.outlet, published=art.published,
        path=art.path, text=art.text, layout=layout, story=story, thread=thread, duplicate_of=dup,
        anchor=a.anchor, anchor_inferred=bool(a.anchor_inferred), added=now))


def _pair(span) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span else (None, None)


def _insert_extractions(conn: Connection, book: ActorBook, a: Analysis, art_id: str) -> None:
    text = a.article.text
    actor_of = {e.id: book.actor_of(e) for e in a.entities}
    rows = [{"article": art_id, "actor": actor_of[e.id], "entity": e.id, "name": e.name, "type": e.type,
             "role": e.role, "mention_start": s, "mention_end": t} for e in a.entities for s, t in e.mentions]
    _insert_many(conn, mentions, rows)
    rows = []
    for q in a.attributions:
        (cs, ce), (ms, me) = _pair(q.cue), _pair(q.speaker.mention)
        rows.append({"article": art_id, "actor": actor_of.get(q.speaker.entity or ""), "speaker": q.speaker.name,
                     "role": q.speaker.role, "kind": q.kind, "entity": q.speaker.entity,
                     "text": text[q.content[0]:q.content[1]], "published": a.article.published or "",
                     "content_start": q.content[0],
                     "content_end": q.content[1], "cue_start": cs, "cue_end": ce,
                     "mention_start": ms, "mention_end": me})
    _insert_many(conn, quotes, rows)
    _insert_many(conn, stances, [
        {"article": art_id, "actor": actor_of.get(s.entity or ""), "name": s.actor, "attitude": s.attitude,
         "text": text[s.object[0]:s.object[1]], "object_start": s.object[0], "object_end": s.object[1],
         "evidence_start": s.evidence[0], "evidence_end": s.evidence[1]} for s in a.stances])
    _insert_many(conn, dates, [
        {"article": art_id, "type": t.type, "value": t.value, "inferred": bool(t.inferred),
         "date_start": t.span[0], "date_end": t.span[1]} for t in a.timexes])
    _insert_many(conn, timeline, [
        {"article": art_id, "value": ev.value, "actors": [actor_of[x] for x in ev.actors if x in actor_of],
         "sentence_start": ev.span[0], "sentence_end": ev.span[1], "timex_start": ev.timex[0],
         "timex_end": ev.timex[1]} for ev in a.events])


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _join_story(conn: Connection, story: str, thread: str, art: Article) -> None:
    """Record the event and storyline the first time they are met (title: their first article's)."""
    if conn.scalar(select(storylines.c.id).where(storylines.c.id == thread)) is None:
        conn.execute(insert(storylines).values(id=thread, title=art.title, first_published=art.published))
    if conn.scalar(select(events.c.id).where(events.c.id == story)) is None:
        conn.execute(insert(events).values(id=story, storyline=thread, title=art.title,
                                           first_published=art.published))
