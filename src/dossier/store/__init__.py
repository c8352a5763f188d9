"""The corpus store: analyses kept in SQLite (default, one file) or PostgreSQL, searchable.

Public interface (the web app and the CLI code against this, nothing else)::

    store = open_store("sqlite:///dossier.db")        # or "postgresql://user@host/db" (psycopg 3)
    store.add(analyses)                               # idempotent, one transaction per batch
    store.search_quotes(speaker="Zhebin", q="sanctions", since="2018-05-01")

Every span is a ``[start, end]`` list of string offsets into the stored article ``text`` (CONTRACT.md).
Dates (``published``, ``day``, ``since``, ``until``) are ISO ``YYYY-MM-DD`` strings.
"""
from __future__ import annotations

from typing import Callable, Iterable

from sqlalchemy import select

from ..model import Analysis, Article
from . import read, search, write
from .db import DEFAULT_URL, StoreError, open_engine, shown
from .schema import articles as _articles
from .write import IngestSummary, article_key

__all__ = ["DEFAULT_URL", "IngestSummary", "Store", "StoreError", "article_key", "open_store"]


class Store:
    """One open database. All reads return plain JSON-serialisable dicts and lists.

    Each call runs in its own connection (pooled), so one Store may serve many requests.
    """

    def __init__(self, engine, url, readonly: bool) -> None:
        self.engine, self.url, self.readonly = engine, url, readonly

    @property
    def where(self) -> str:
        """The database, for messages (a password is never shown)."""
        return self.url.database if self.url.get_backend_name() == "sqlite" else shown(self.url)

    def __repr__(self) -> str:
        return f"<Store {shown(self.url)}{' (read-only)' if self.readonly else ''}>"

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def has(self, article: Article) -> bool:
        """Whether an article with this identity (``article_key``) is stored: ingest skips it before analysis."""
        with self.engine.connect() as conn:
            return conn.scalar(select(_articles.c.n).where(_articles.c.key == article_key(article))) is not None

    def add(self, analyses: Iterable[Analysis], *, batch_size: int = 50,
            on_progress: Callable[[int], None] | None = None, story_index=None) -> IngestSummary:
        """Store ``analyses``; an article already stored (same URL, else same normalised-text hash) is skipped.

        One transaction per ``batch_size`` articles, so a kill loses at most the batch in flight and a rerun
        completes it. ``on_progress(n)`` is called after each committed batch with the articles it held.
        ``story_index``: the story index class (default ``dossier.stories.StoryIndex`` when present;
        ``False``: keep the analyses' own ``story``). Raises StoreError on a read-only store.
        """
        if self.readonly:
            raise StoreError("this store was opened read-only")
        return write.add(self.engine, analyses, batch_size=batch_size, on_progress=on_progress,
                         story_index=story_index)

    def counts(self) -> dict[str, int]:
        """Rows per table: ``{"articles": n, "actors": n, "aliases": n, "mentions": n, "quotes": n, ...}``."""
        with self.engine.connect() as conn:
            return read.counts(conn)

    def articles(self, *, story: str | None = None, thread: str | None = None,
                 limit: int = 50, offset: int = 0) -> list[dict]:
        """Newest first: ``[{"id", "title", "outlet", "published", "url", "story", "thread"}]``."""
        with self.engine.connect() as conn:
            return read.list_articles(conn, story=story, thread=thread, limit=limit, offset=offset)

    def article(self, id: str) -> dict | None:
        """One article with its text and spans, or None.

        The ``articles()`` dict plus ``"text"``, ``"quotes"`` (quote dicts as in ``search_quotes``),
        ``"entities"`` (``{"id", "name", "type", "actor", "mentions": [[s, e], ...]}``),
        ``"stances"`` (as in ``stances``) and ``"dates"`` (``{"span", "type", "value"}``).
        """
        with self.engine.connect() as conn:
            return read.get_article(conn, id)

    def search_quotes(self, *, speaker: str | None = None, q: str | None = None, outlet: str | None = None,
                      since: str | None = None, until: str | None = None, actor: str | None = None,
                      limit: int = 50) -> list[dict]:
        """Quotes matching every filter given, newest first.

        ``speaker``: words of the speaker's name, the last one a prefix ("Zheb", "alexander zhebin"), or a
        first or last name word of any alias of the speaker's actor ("Kostova" finds "Mira Kostova");
        ``q``: words that must all occur in the quote text; ``outlet``: exact outlet; ``since``/``until``:
        inclusive publication dates; ``actor``: actor id. Returns ``[{"id", "speaker", "role", "text",
        "cue", "kind", "article", "outlet", "published", "span": [s, e], "actor", "mention"}]``: ``span``
        is the content, ``cue`` and ``mention`` (the words naming the speaker) are spans or None, ``actor``
        the speaker's actor id or None. Newest first.
        """
        with self.engine.connect() as conn:
            return read.search_quotes(conn, speaker=speaker, q=q, outlet=outlet, since=since, until=until,
                                      actor=actor, limit=limit)

    def search_text(self, q: str, *, limit: int = 20) -> list[dict]:
        """Ranked full-text search over articles (SQLite FTS5 bm25 / PostgreSQL ts_rank).

        Returns ``[{"article", "title", "outlet", "published", "snippet", "rank"}]``, best first;
        ``rank`` is a float, higher is better.
        """
        with self.engine.connect() as conn:
            return search.search_articles(conn, q, limit)

    def stances(self, *, actor: str | None = None, limit: int = 100) -> list[dict]:
        """Newest first: ``[{"actor", "attitude", "text", "article", "span": [s, e], "actor_id", "published",
        "evidence": [s, e]}]``: ``actor`` is the name as written, ``span`` the object, ``evidence`` the
        sentence. The ``actor`` filter is an actor id or part of a name."""
        with self.engine.connect() as conn:
            return read.list_stances(conn, actor=actor, limit=limit)

    def actors(self, *, limit: int = 100) -> list[dict]:
        """Most quoted first: ``[{"id", "name", "type", "articles", "quotes", "aliases": [str]}]``."""
        with self.engine.connect() as conn:
            return read.list_actors(conn, limit=limit)

    def actor(self, id: str) -> dict | None:
        """One actor as in ``actors`` plus ``"quotes"``, ``"stances"`` and ``"articles"`` (lists of dicts)."""
        with self.engine.connect() as conn:
            return read.get_actor(conn, id)

    def threads(self) -> list[dict]:
        """Storylines with their events: ``[{"id", "title", "events": [{"id", "articles": [ids]}]}]``."""
        with self.engine.connect() as conn:
            return read.list_threads(conn)

    def attention(self, *, actor: str | None = None) -> list[dict]:
        """Per publication day, oldest first: ``[{"day", "articles", "quotes"}]`` (for one actor if given)."""
        with self.engine.connect() as conn:
            return read.attention(conn, actor=actor)

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()


def open_store(url: str | None = None, *, readonly: bool = False) -> Store:
    """Open (creating and migrating when needed, unless ``readonly``) the store at ``url``.

    ``None`` means ``sqlite:///dossier.db`` in the working directory; ``postgresql://…`` uses psycopg 3.
    Raises ``DossierError`` when the database cannot be opened.
    """
    engine, parsed = open_engine(url, readonly)
    return Store(engine, parsed, readonly)
