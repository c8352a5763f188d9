"""The corpus store: analyses kept in SQLite (default, one file) or PostgreSQL, searchable.

Public interface (the web app and the CLI code against this, nothing else)::

    store = open_store("sqlite:///dossier.db")        # or "postgresql://user@host/db" (psycopg 3)
    store.add(analyses)                               # idempotent, one transaction per batch
    store.search_quotes(speaker="Zhebin", q="sanctions", since="2018-05-01")

Every span is a ``[start, end]`` list of string offsets into the stored article ``text`` (CONTRACT.md).
Dates (``published``, ``day``, ``since``, ``until``) are ISO ``YYYY-MM-DD`` strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..model import Analysis

DEFAULT_URL = "sqlite:///dossier.db"


@dataclass
class IngestSummary:
    """What one ``Store.add`` call did: ``added`` new articles, ``skipped`` already stored, ``batches`` committed."""

    added: int = 0
    skipped: int = 0
    batches: int = 0
    failures: list[str] = field(default_factory=list)


class Store:
    """One open database. All reads return plain JSON-serialisable dicts and lists."""

    def add(self, analyses: Iterable[Analysis], *, batch_size: int = 50,
            on_progress: Callable[[int], None] | None = None) -> IngestSummary:
        """Store ``analyses``; an article already stored (same URL, else same normalised-text hash) is skipped.

        One transaction per ``batch_size`` articles, so a kill loses at most the batch in flight and a rerun
        completes it. ``on_progress(n)`` is called after each committed batch with the articles it held.
        """
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        """Rows per table: ``{"articles": n, "actors": n, "aliases": n, "mentions": n, "quotes": n, ...}``."""
        raise NotImplementedError

    def articles(self, *, story: str | None = None, thread: str | None = None,
                 limit: int = 50, offset: int = 0) -> list[dict]:
        """Newest first: ``[{"id", "title", "outlet", "published", "url", "story", "thread"}]``."""
        raise NotImplementedError

    def article(self, id: str) -> dict | None:
        """One article with its text and spans, or None.

        The ``articles()`` dict plus ``"text"``, ``"quotes"`` (quote dicts as in ``search_quotes``),
        ``"entities"`` (``{"id", "name", "type", "actor", "mentions": [[s, e], ...]}``),
        ``"stances"`` (as in ``stances``) and ``"dates"`` (``{"span", "type", "value"}``).
        """
        raise NotImplementedError

    def search_quotes(self, *, speaker: str | None = None, q: str | None = None, outlet: str | None = None,
                      since: str | None = None, until: str | None = None, actor: str | None = None,
                      limit: int = 50) -> list[dict]:
        """Quotes matching every filter given, newest first.

        ``speaker``: case-insensitive substring of the speaker's name or any alias of their actor;
        ``q``: words that must all occur in the quote text; ``outlet``: exact outlet; ``since``/``until``:
        inclusive publication dates; ``actor``: actor id. Returns ``[{"id", "speaker", "role", "text",
        "cue", "kind", "article", "outlet", "published", "span": [s, e]}]``.
        """
        raise NotImplementedError

    def search_text(self, q: str, *, limit: int = 20) -> list[dict]:
        """Ranked full-text search over articles (SQLite FTS5 bm25 / PostgreSQL ts_rank).

        Returns ``[{"article", "title", "outlet", "published", "snippet", "rank"}]``, best first;
        ``rank`` is a float, higher is better.
        """
        raise NotImplementedError

    def stances(self, *, actor: str | None = None, limit: int = 100) -> list[dict]:
        """``[{"actor", "attitude", "text", "article", "span": [s, e]}]``; ``actor`` is an id or a name."""
        raise NotImplementedError

    def actors(self, *, limit: int = 100) -> list[dict]:
        """Most quoted first: ``[{"id", "name", "type", "articles", "quotes", "aliases": [str]}]``."""
        raise NotImplementedError

    def actor(self, id: str) -> dict | None:
        """One actor as in ``actors`` plus ``"quotes"``, ``"stances"`` and ``"articles"`` (lists of dicts)."""
        raise NotImplementedError

    def threads(self) -> list[dict]:
        """Storylines with their events: ``[{"id", "title", "events": [{"id", "articles": [ids]}]}]``."""
        raise NotImplementedError

    def attention(self, *, actor: str | None = None) -> list[dict]:
        """Per publication day, oldest first: ``[{"day", "articles", "quotes"}]`` (for one actor if given)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the connection pool."""
        raise NotImplementedError


def open_store(url: str | None = None, *, readonly: bool = False) -> Store:
    """Open (creating and migrating when needed, unless ``readonly``) the store at ``url``.

    ``None`` means ``sqlite:///dossier.db`` in the working directory; ``postgresql://…`` uses psycopg 3.
    Raises ``DossierError`` when the database cannot be opened.
    """
    raise NotImplementedError
