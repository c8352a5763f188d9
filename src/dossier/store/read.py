"""Reads: every query behind ``Store``'s read methods, as SQLAlchemy Core (full text: ``search.py``).

All return plain dicts of JSON types; spans are ``[start, end]`` offsets into the article's ``text``.
"""
from __future__ import annotations

from sqlalchemy import Connection, Select, and_, distinct, func, or_, select

from ..nlp.entities.aliases import name_words
from . import search
from .schema import TABLES, actors, aliases, articles, dates, events, mentions, quotes, stances, storylines

ARTICLE_COLUMNS = (articles.c.id, articles.c.title, articles.c.outlet, articles.c.published, articles.c.url,
                   articles.c.story, articles.c.thread)


def _span(start, end) -> list[int] | None:
    return None if start is None else [start, end]


def _newest_first(query: Select) -> Select:
    return query.order_by(articles.c.published.desc().nulls_last(), articles.c.n.desc())


def counts(conn: Connection) -> dict[str, int]:
    return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in TABLES}


def list_articles(conn: Connection, *, story=None, thread=None, limit=50, offset=0) -> list[dict]:
    query = select(*ARTICLE_COLUMNS)
    if story is not None:
        query = query.where(articles.c.story == story)
    if thread is not None:
        query = query.where(articles.c.thread == thread)
    rows = conn.execute(_newest_first(query).limit(limit).offset(offset)).mappings()
    return [dict(r) for r in rows]


QUOTE_COLUMNS = tuple(c for c in quotes.c if c.name != "published")


def _quote_query() -> Select:
    return select(*QUOTE_COLUMNS, articles.c.outlet, articles.c.published).join(
        articles, articles.c.id == quotes.c.article)


def _quote(r) -> dict:
    return {"id": str(r["id"]), "speaker": r["speaker"], "role": r["role"], "text": r["text"],
            "cue": _span(r["cue_start"], r["cue_end"]), "kind": r["kind"], "article": r["article"],
            "outlet": r["outlet"], "published": r["published"], "span": [r["content_start"], r["content_end"]],
            "actor": None if r["actor"] is None else str(r["actor"]),
            "mention": _span(r["mention_start"], r["mention_end"])}


def _stance_query() -> Select:
    return select(stances, articles.c.published).join(articles, articles.c.id == stances.c.article)


def _stance(r) -> dict:
    return {"actor": r["name"], "actor_id": None if r["actor"] is None else str(r["actor"]),
            "attitude": r["attitude"], "text": r["text"], "article": r["article"],
            "published": r["published"], "span": [r["object_start"], r["object_end"]],
            "evidence": [r["evidence_start"], r["evidence_end"]]}


def _actor_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _actors_named(name: str):
    """Ids of actors with ``name`` (case-insensitive substring) among their names or aliases."""
    name = name.lower()
    return (select(aliases.c.actor).where(func.lower(aliases.c.alias).contains(name, autoescape=True))
            .union(select(actors.c.id).where(func.lower(actors.c.name).contains(name, autoescape=True))))


def _known_as(name: str) -> Select:
    """Actors with an alias whose first or last name word is the one word of ``name``, or whose first
    and last words are those of ``name`` (indexed lookups)."""
    words = name_words(name) or [""]
    if len(words) == 1:
        return select(aliases.c.actor).where((aliases.c.first == words[0]) | (aliases.c.last == words[0]))
    return select(aliases.c.actor).where(aliases.c.first == words[0], aliases.c.last == words[-1])


def search_quotes(conn: Connection, *, speaker=None, q=None, outlet=None, since=None, until=None, actor=None,
                  limit=50) -> list[dict]:
    query = _quote_query()
    scan = search.scan_newest_first(conn, speaker, q)
    if speaker:
        query = query.where(or_(search.speaker_filter(conn, speaker, scan), quotes.c.actor.in_(_known_as(speaker))))
    if q:
        query = query.where(search.quote_filter(conn, q, scan))
    if outlet:
        query = query.where(articles.c.outlet == outlet)
    if since:
        query = query.where(articles.c.published >= since)
    if until:
        query = query.where(articles.c.published <= until)
    if actor is not None:
        query = query.where(quotes.c.actor == _actor_id(actor))
    query = query.order_by(quotes.c.published.desc(), quotes.c.id.desc()).limit(limit)  # ix_quotes_recent
    return [_quote(r) for r in conn.execute(query).mappings()]


def list_stances(conn: Connection, *, actor=None, limit=100) -> list[dict]:
    query = _stance_query()
    if actor:
        actor_id = _actor_id(actor)
        query = query.where(stances.c.actor == actor_id if actor_id is not None else or_(
            func.lower(stances.c.name).contains(str(actor).lower(), autoescape=True),
            stances.c.actor.in_(_actors_named(actor))))
    query = _newest_first(query).order_by(stances.c.evidence_start).limit(limit)
    return [_stance(r) for r in conn.execute(query).mappings()]


def get_article(conn: Connection, id: str) -> dict | None:
    row = conn.execute(select(*ARTICLE_COLUMNS, articles.c.text, articles.c.path, articles.c.layout,
                              articles.c.duplicate_of).where(articles.c.id == id)).mappings().first()
    if row is None:
        return None
    out = dict(row)
    out["quotes"] = [_quote(r) for r in conn.execute(
        _quote_query().where(quotes.c.article == id).order_by(quotes.c.content_start)).mappings()]
    out["stances"] = [_stance(r) for r in conn.execute(
        _stance_query().where(stances.c.article == id).order_by(stances.c.evidence_start)).mappings()]
    entities: dict[str, dict] = {}
    for r in conn.execute(select(mentions).where(mentions.c.article == id).order_by(mentions.c.id)).mappings():
        e = entities.setdefault(r["entity"], {"id": r["entity"], "name": r["name"], "type": r["type"],
                                              "actor": str(r["actor"]), "role": r["role"], "mentions": []})
        e["mentions"].append([r["mention_start"], r["mention_end"]])
    out["entities"] = list(entities.values())
    out["dates"] = [{"span": [r["date_start"], r["date_end"]], "type": r["type"], "value": r["value"],
                     "inferred": r["inferred"]}
                    for r in conn.execute(select(dates).where(dates.c.article == id).order_by(dates.c.date_start))
                    .mappings()]
    return out


def _actor_rows(conn: Connection, where=None, limit=100) -> list[dict]:
    query = select(actors.c.id, actors.c.name, actors.c.type, actors.c.articles, actors.c.quotes)
    if where is not None:
        query = query.where(where)
    query = query.order_by(actors.c.quotes.desc(), actors.c.articles.desc(), actors.c.id).limit(limit)
    rows = conn.execute(query).mappings().all()
    found: dict[int, list[str]] = {r["id"]: [] for r in rows}
    if found:
        for actor, alias in conn.execute(select(aliases.c.actor, aliases.c.alias).where(
                aliases.c.actor.in_(list(found))).order_by(aliases.c.id)):
            found[actor].append(alias)
    return [{**r, "id": str(r["id"]), "aliases": found[r["id"]]} for r in rows]


def list_actors(conn: Connection, *, limit=100) -> list[dict]:
    return _actor_rows(conn, limit=limit)


def get_actor(conn: Connection, id: str) -> dict | None:
    actor_id = _actor_id(id)
    rows = _actor_rows(conn, actors.c.id == actor_id, 1) if actor_id is not None else []
    if not rows:
        return None
    out = rows[0]
    out["quotes"] = search_quotes(conn, actor=actor_id, limit=1000)
    out["stances"] = list_stances(conn, actor=str(actor_id), limit=1000)
    named = select(mentions.c.article).where(mentions.c.actor == actor_id)
    out["articles"] = [dict(r) for r in conn.execute(
        _newest_first(select(*ARTICLE_COLUMNS).where(articles.c.id.in_(named)))).mappings()]
    return out


def list_threads(conn: Connection) -> list[dict]:
    members: dict[str, list[str]] = {}
    for story, art in conn.execute(select(articles.c.story, articles.c.id).where(articles.c.story.is_not(None))
                                   .order_by(articles.c.published.nulls_last(), articles.c.n)):
        members.setdefault(story, []).append(art)
    threads = {r["id"]: {**r, "events": []} for r in conn.execute(
        select(storylines).order_by(storylines.c.first_published.nulls_last(), storylines.c.id)).mappings()}
    for r in conn.execute(select(events).order_by(events.c.first_published.nulls_last(), events.c.id)).mappings():
        if r["storyline"] in threads:
            threads[r["storyline"]]["events"].append({"id": r["id"], "title": r["title"],
                                                      "first_published": r["first_published"],
                                                      "articles": members.get(r["id"], [])})
    return list(threads.values())


def attention(conn: Connection, *, actor=None) -> list[dict]:
    day = articles.c.published
    arts = select(day, func.count(distinct(articles.c.id))).where(day.is_not(None))
    quoted = select(day, func.count(quotes.c.id)).join(articles, articles.c.id == quotes.c.article).where(
        day.is_not(None))
    if actor is not None:
        actor_id = _actor_id(actor)
        arts = arts.join(mentions, and_(mentions.c.article == articles.c.id, mentions.c.actor == actor_id))
        quoted = quoted.where(quotes.c.actor == actor_id)
    per_day: dict[str, dict] = {}
    for d, n in conn.execute(arts.group_by(day)):
        per_day.setdefault(d, {"day": d, "articles": 0, "quotes": 0})["articles"] = n
    for d, n in conn.execute(quoted.group_by(day)):
        per_day.setdefault(d, {"day": d, "articles": 0, "quotes": 0})["quotes"] = n
    return [per_day[d] for d in sorted(per_day)]
