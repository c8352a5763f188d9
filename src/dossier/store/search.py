"""Full-text search: the one module where SQLite and PostgreSQL need their own SQL.

SQLite: FTS5 tables with external content (``articles_fts`` over articles' title and text,
``quotes_fts`` over quotes' text and speaker), porter stemming, ranked by ``bm25``. PostgreSQL: stored
generated ``tsvector`` columns (``articles.fts_doc``, ``quotes.fts_text`` English; ``quotes.fts_speaker``
'simple', no stemming) with GIN indexes, ranked by ``ts_rank``. Both stem English text ("sanctions"
finds "sanction"); a speaker's last word matches as a prefix ("Zheb" finds "Alexander Zhebin").

A query is words and "quoted phrases"; every one must occur (AND). Values are always bound parameters.
These objects are made by the first migration and are not in ``schema.py`` (``include_name`` hides them
from Alembic's comparison).
"""
from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Connection, false, text

SEARCH_OBJECTS = ("articles_fts", "quotes_fts", "fts_")
QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"[^\W_]+", re.U)  # letters and digits: what FTS5's unicode61 and PostgreSQL index
SNIPPET_WORDS = 16
PREFIX_MIN = 3  # a speaker's last word matches as a prefix from this length ("Zhe" finds "Zhebin")
MANY_MATCHES = 1000  # from this many matching quotes, scan newest first (``scan_newest_first``)

_PG_DDL = (
    "ALTER TABLE articles ADD COLUMN fts_doc tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX fts_articles ON articles USING gin (fts_doc)",
    "ALTER TABLE quotes ADD COLUMN fts_text tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX fts_quotes_text ON quotes USING gin (fts_text)",
    "ALTER TABLE quotes ADD COLUMN fts_speaker tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(speaker, ''))) STORED",
    "CREATE INDEX fts_quotes_speaker ON quotes USING gin (fts_speaker)",
)
_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='n', "
    "tokenize='porter unicode61')",
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id', "
    "tokenize='porter unicode61')",
)


def include_name(name, type_, parent_names) -> bool:
    """For Alembic's autogenerate: the full-text tables, columns and indexes made here are not in ``schema.py``."""
    return not (name or "").startswith(SEARCH_OBJECTS)


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def create_indexes(conn: Connection) -> None:
    """Create the full-text indexes (run by the first migration)."""
    for ddl in _SQLITE_DDL if _sqlite(conn) else _PG_DDL:
        conn.exec_driver_sql(ddl)


def drop_indexes(conn: Connection) -> None:
    if _sqlite(conn):
        for name in ("articles_fts", "quotes_fts"):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    else:
        for table, column in (("articles", "fts_doc"), ("quotes", "fts_text"), ("quotes", "fts_speaker")):
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {column}")  # drops its index


def index_articles(conn: Connection, first_n: int) -> None:
    """Index the articles with row number ``n >= first_n`` and their quotes (SQLite; PostgreSQL's
    generated columns follow the rows by themselves). Runs inside the batch's transaction."""
    if not _sqlite(conn):
        return
    conn.execute(text("INSERT INTO articles_fts(rowid, title, text) "
                      "SELECT n, coalesce(title, ''), text FROM articles WHERE n >= :n"), {"n": first_n})
    conn.execute(text("INSERT INTO quotes_fts(rowid, text, speaker) SELECT q.id, q.text, coalesce(q.speaker, '') "
                      "FROM quotes q JOIN articles a ON a.id = q.article WHERE a.n >= :n"), {"n": first_n})


def parse_query(q: str | None) -> list[str]:
    """Words and phrases of a query, each its word tokens joined by spaces; empty ones dropped."""
    parts = []
    for phrase, word in QUERY_PART.findall(q or ""):
        tokens = WORD.findall(phrase or word)
        if tokens:
            parts.append(" ".join(tokens))
    return parts


def _fts5(parts: list[str], column: str, prefix_last: bool = False) -> str:
    phrases = ['"' + p + '"' for p in parts]  # tokens are letters and digits only: nothing left to escape
    if prefix_last and len(parts[-1]) >= PREFIX_MIN:
        phrases[-1] += "*"
    return f"{column} : ({' '.join(phrases)})"


def _quote_matches(speaker: str | None, q: str | None) -> list[str]:
    """The FTS5 queries (on ``quotes_fts``) behind the speaker and words filters given."""
    found = []
    if speaker and (words := WORD.findall(speaker)):
        found.append(_fts5(words, "speaker", prefix_last=True))
    if q and (parts := parse_query(q)):
        found.append(_fts5(parts, "text"))
    return found


def scan_newest_first(conn: Connection, speaker: str | None, q: str | None) -> bool:
    """Whether a quote search should walk quotes newest first and test each against the matches
    (SQLite: when every full-text filter matches many quotes, the first page is found early), rather
    than sort all matches (best when one matches few). PostgreSQL's planner has statistics: False."""
    matches = _quote_matches(speaker, q)
    if not _sqlite(conn) or not matches:
        return False
    capped = text("SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH :m LIMIT :cap)")
    return all(conn.scalar(capped, {"m": m, "cap": MANY_MATCHES}) >= MANY_MATCHES for m in matches)


def _ts_query(parts: list[str]) -> str:
    return " ".join(f'"{p}"' if " " in p else p for p in parts)


def _in_fts5(param: str, scan: bool) -> str:
    # "+": SQLite may not drive the query from this term (so it walks ix_quotes_recent newest first)
    return f"{'+' if scan else ''}quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :{param})"


def quote_filter(conn: Connection, q: str, scan: bool = False) -> ColumnElement:
    """A WHERE clause on ``quotes`` keeping quotes whose text holds every part of ``q`` (none if it has
    no words). ``scan``: see ``scan_newest_first``."""
    parts = parse_query(q)
    if not parts:
        return false()
    if _sqlite(conn):
        return text(_in_fts5("quote_q", scan)).bindparams(quote_q=_fts5(parts, "text"))
    return text("quotes.fts_text @@ websearch_to_tsquery('english', :quote_q)").bindparams(quote_q=_ts_query(parts))


def speaker_filter(conn: Connection, speaker: str, scan: bool = False) -> ColumnElement:
    """A WHERE clause on ``quotes`` keeping quotes whose speaker name holds every word of ``speaker``,
    the last one as a prefix (none if it has no words). ``scan``: see ``scan_newest_first``."""
    words = WORD.findall(speaker)
    if not words:
        return false()
    if _sqlite(conn):
        return text(_in_fts5("speaker_q", scan)).bindparams(speaker_q=_fts5(words, "speaker", prefix_last=True))
    query = " & ".join(w.lower() for w in words) + (":*" if len(words[-1]) >= PREFIX_MIN else "")
    return text("quotes.fts_speaker @@ to_tsquery('simple', :speaker_q)").bindparams(speaker_q=query)


def search_articles(conn: Connection, q: str, limit: int) -> list[dict]:
    """Ranked articles: ``[{"article", "title", "outlet", "published", "snippet", "rank"}]``, best first.

    ``rank`` is higher for better matches (SQLite: ``-bm25``; PostgreSQL: ``ts_rank``); ``snippet`` is
    plain text, about 16 words from the first place a query word occurs (``snippet``), no markup.
    """
    parts = parse_query(q)
    if not parts:
        return []
    if _sqlite(conn):
        sql = ("SELECT a.id, a.title, a.outlet, a.published, a.text, -hits.rank FROM "
               "(SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit) AS hits "
               "JOIN articles a ON a.n = hits.rowid ORDER BY hits.rank")
        params = {"q": " ".join('"' + p + '"' for p in parts), "limit": limit}
    else:
        sql = ("SELECT a.id, a.title, a.outlet, a.published, a.text, hits.rank FROM "
               "(SELECT n, ts_rank(fts_doc, query) AS rank FROM articles, websearch_to_tsquery('english', :q) AS query"
               " WHERE fts_doc @@ query ORDER BY rank DESC LIMIT :limit) AS hits "
               "JOIN articles a ON a.n = hits.n ORDER BY hits.rank DESC")
        params = {"q": _ts_query(parts), "limit": limit}
    return [{"article": r[0], "title": r[1], "outlet": r[2], "published": r[3], "snippet": snippet(r[4], parts),
             "rank": float(r[5])} for r in conn.execute(text(sql), params)]


def snippet(body: str, parts: list[str], words: int = SNIPPET_WORDS, before: int = 4) -> str:
    """About ``words`` words of ``body``, ``before`` of them ahead of the first word that starts like a
    query word (its first letters, so "sanctions" finds "sanctioned"); the start of ``body`` when none
    does. Reads only a window around the hit, so long articles cost no more than short ones."""
    stems = {w[:max(4, len(w) - 3)].lower() for p in parts for w in p.split()}
    hit = re.search(r"\b(?:" + "|".join(map(re.escape, sorted(stems))) + ")", body, re.I) if stems else None
    at = hit.start() if hit else 0
    reach = 40 * (before + 1)
    ahead = body[max(0, at - reach):at].split()
    left = ahead[-before:] if before else []
    right = list(re.finditer(r"\S+", body[at:at + 40 * words]))[:words - len(left)]
    if not left and not right:
        return ""
    cut_before = len(ahead) > len(left) or bool(body[:max(0, at - reach)].strip())
    end = at + right[-1].end() if right else at
    shown = " ".join(left + [m.group() for m in right])
    return ("…" if cut_before else "") + shown + ("…" if body[end:].strip() else "")
