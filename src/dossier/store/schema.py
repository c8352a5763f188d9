"""The store's tables (SQLAlchemy Core). Alembic migrations (``migrations/``) create and evolve them;
a test checks that the migrated database matches these definitions.

Spans are kept as two integer columns ``<name>_start``, ``<name>_end``: Python string offsets into
``articles.text`` (CONTRACT.md), half-open. Dates are ISO ``YYYY-MM-DD`` strings, so they compare as text.
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint)

metadata = MetaData()


def _article_fk() -> Column:
    return Column("article", String, ForeignKey("articles.id"), nullable=False, index=True)


def _actor_fk(nullable: bool = True) -> Column:
    return Column("actor", Integer, ForeignKey("actors.id"), nullable=nullable, index=True)


def _span(name: str, nullable: bool = False) -> tuple[Column, Column]:
    return Column(f"{name}_start", Integer, nullable=nullable), Column(f"{name}_end", Integer, nullable=nullable)


articles = Table(
    "articles", metadata,
    Column("n", Integer, primary_key=True, autoincrement=True),  # integer row id: the full-text index key
    Column("id", String, nullable=False, unique=True),  # the input's own id; suffixed when already taken
    Column("key", String(80), nullable=False, unique=True),  # identity: hash of the URL, else of the text
    Column("url", Text), Column("title", Text), Column("outlet", String, index=True),
    Column("published", String(10), index=True), Column("path", Text),
    Column("text", Text, nullable=False),
    Column("layout", JSON, nullable=False),  # {"body": [[s, e]], "headings": [...], "captions": [...]}
    Column("story", String, index=True),  # the event (story cluster) it belongs to
    Column("thread", String, index=True),  # the storyline that event belongs to
    Column("duplicate_of", String),  # id of the article it near-duplicates
    Column("anchor", String(40)), Column("anchor_inferred", Boolean, nullable=False, default=False),
    Column("added", String(32), nullable=False),  # UTC ISO time of the ingest
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False), Column("type", String(16), nullable=False),
    Column("key", Text, index=True),  # "TYPE|normal name" for non-persons (persons match by name words)
    Column("articles", Integer, nullable=False, default=0),  # articles naming it, kept by each batch
    Column("quotes", Integer, nullable=False, default=0),  # quotes it is the speaker of, likewise
    Index("ix_actors_rank", "quotes", "articles"),
)

aliases = Table(
    "aliases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _actor_fk(nullable=False),
    Column("alias", Text, nullable=False),
    Column("first", String, index=True), Column("last", String, index=True),  # name words, lower-cased
    UniqueConstraint("actor", "alias"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(), _actor_fk(nullable=False),
    Column("entity", String(16), nullable=False),  # the entity id inside its article ("E3")
    Column("name", Text, nullable=False), Column("type", String(16), nullable=False), Column("role", Text),
    *_span("mention"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(), _actor_fk(),
    Column("speaker", Text), Column("role", Text), Column("kind", String(16), nullable=False),
    Column("entity", String(16)), Column("text", Text, nullable=False),  # text = the content span's text
    Column("published", String(10), nullable=False),  # the article's, '' when unknown: the sort key, newest first
    *_span("content"), *_span("cue", nullable=True), *_span("mention", nullable=True),
    Index("ix_quotes_recent", "published", "id"),
)

stances = Table(
    "stances", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(), _actor_fk(),
    Column("name", Text, nullable=False), Column("attitude", String(24), nullable=False),
    Column("text", Text, nullable=False),  # the object span's text
    *_span("object"), *_span("evidence"),
)

dates = Table(
    "dates", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(), Column("type", String(16), nullable=False), Column("value", String(40), nullable=False),
    Column("inferred", Boolean, nullable=False, default=False),
    *_span("date"),
)

timeline = Table(  # Analysis.events: sentences anchored to a resolved date
    "timeline", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(), Column("value", String(40), nullable=False, index=True),
    Column("actors", JSON, nullable=False),  # actor ids named in the sentence
    *_span("sentence"), *_span("timex"),
)

events = Table(  # story clusters: articles about one event
    "events", metadata,
    Column("id", String, primary_key=True),
    Column("storyline", String, ForeignKey("storylines.id"), index=True),
    Column("title", Text), Column("first_published", String(10)),
)

storylines = Table(  # threads: events that follow one another
    "storylines", metadata,
    Column("id", String, primary_key=True),
    Column("title", Text), Column("first_published", String(10)),
)

story_state = Table(  # the story index's state (one row, id 1), saved with every batch
    "story_state", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("state", JSON, nullable=False), Column("updated", String(32), nullable=False),
)

TABLES = (articles, actors, aliases, mentions, quotes, stances, dates, timeline, events, storylines, story_state)
