"""Full-text search: the one module where SQLite and PostgreSQL need their own SQL.

SQLite: FTS5 tables with external content (``articles_fts`` over ``articles``, ``quotes_fts`` over
``quotes``), porter stemming, ranked by ``bm25``. PostgreSQL: GIN expression indexes on
``to_tsvector('english', …)``, ranked by ``ts_rank``. Both stem English ("sanctions" finds "sanction").

A query is words and "quoted phrases"; every one must occur (AND). Values are always bound parameters.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, TextClause, text

ARTICLE_DOC = "coalesce(articles.title, '') || ' ' || articles.text"
QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"\w+", re.U)


SEARCH_OBJECTS = ("articles_fts", "quotes_fts", "articles_tsv", "quotes_tsv")


def include_name(name, type_, parent_names) -> bool:
    """For Alembic's autogenerate: the full-text tables and indexes made here are not in ``schema.py``."""
    return not (name or "").startswith(SEARCH_OBJECTS)


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def create_indexes(conn: Connection) -> None:
    """Create the full-text indexes (run by the first migration)."""
    if _sqlite(conn):
        conn.exec_driver_sql("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
                             "content_rowid='n', tokenize='porter unicode61')")
        conn.exec_driver_sql("CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', "
                             "content_rowid='id', tokenize='porter unicode61')")
    else:
        conn.exec_driver_sql(f"CREATE INDEX articles_tsv ON articles USING gin (to_tsvector('english', {ARTICLE_DOC}))")
        conn.exec_driver_sql("CREATE INDEX quotes_tsv ON quotes USING gin (to_tsvector('english', text))")


def drop_indexes(conn: Connection) -> None:
    names = ("articles_fts", "quotes_fts") if _sqlite(conn) else ("articles_tsv", "quotes_tsv")
    kind = "TABLE" if _sqlite(conn) else "INDEX"
    for name in names:
        conn.exec_driver_sql(f"DROP {kind} IF EXISTS {name}")


def index_articles(conn: Connection, first_n: int) -> None:
    """Index the articles with row number ``n >= first_n`` and their quotes (SQLite; PostgreSQL's
    expression indexes follow the rows by themselves). Runs inside the batch's transaction."""
    if not _sqlite(conn):
        return
    conn.execute(text("INSERT INTO articles_fts(rowid, title, text) "
                      "SELECT n, coalesce(title, ''), text FROM articles WHERE n >= :n"), {"n": first_n})
    conn.execute(text("INSERT INTO quotes_fts(rowid, text) SELECT q.id, q.text FROM quotes q "
                      "JOIN articles a ON a.id = q.article WHERE a.n >= :n"), {"n": first_n})


def parse_query(q: str) -> list[str]:
    """Words and phrases of a query, each a list of word tokens joined by spaces; empty ones dropped."""
    parts = []
    for phrase, word in QUERY_PART.findall(q or ""):
        tokens = WORD.findall(phrase or word)
        if tokens:
            parts.append(" ".join(tokens))
    return parts


def _fts5_query(parts: list[str]) -> str:
    return " ".join('"' + p.replace('"', '""') + '"' for p in parts)


def _ts_query(parts: list[str]) -> str:
    return " ".join(f'"{p}"' if " " in p else p for p in parts)


def quote_filter(conn: Connection, q: str) -> TextClause | None:
    """A WHERE clause on ``quotes`` keeping quotes whose text holds every part of ``q`` (None: no words)."""
    parts = parse_query(q)
    if not parts:
        return None
    if _sqlite(conn):
        return text("quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :quote_q)").bindparams(
            quote_q=_fts5_query(parts))
    return text("to_tsvector('english', quotes.text) @@ websearch_to_tsquery('english', :quote_q)").bindparams(
        quote_q=_ts_query(parts))


def search_articles(conn: Connection, q: str, limit: int) -> list[dict]:
    """Ranked articles: ``[{"article", "title", "outlet", "published", "snippet", "rank"}]``, best first.

    ``rank`` is higher for better matches (SQLite: ``-bm25``; PostgreSQL: ``ts_rank``); ``snippet`` is
    plain text around the first matches (about a dozen words), no markup.
    """
    parts = parse_query(q)
    if not parts:
        return []
    if _sqlite(conn):
        sql = ("SELECT a.id, a.title, a.outlet, a.published, "
               "snippet(articles_fts, 1, '', '', '…', 16) AS snippet, -bm25(articles_fts) AS rank "
               "FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid "
               "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts) LIMIT :limit")
        params = {"q": _fts5_query(parts), "limit": limit}
    else:
        sql = (f"SELECT id, title, outlet, published, ts_headline('english', text, query, "
               f"'StartSel=\"\", StopSel=\"\", MaxWords=16, MinWords=6, MaxFragments=1') AS snippet, rank FROM "
               f"(SELECT articles.*, query, ts_rank(to_tsvector('english', {ARTICLE_DOC}), query) AS rank "
               f" FROM articles, websearch_to_tsquery('english', :q) AS query "
               f" WHERE to_tsvector('english', {ARTICLE_DOC}) @@ query ORDER BY rank DESC LIMIT :limit) AS hits "
               f"ORDER BY rank DESC")
        params = {"q": _ts_query(parts), "limit": limit}
    rows = conn.execute(text(sql), params).all()
    return [{"article": r[0], "title": r[1], "outlet": r[2], "published": r[3], "snippet": r[4],
             "rank": float(r[5])} for r in rows]
