"""Engines and migrations: one code path for SQLite and PostgreSQL (psycopg 3).

SQLite writers take the write lock at the start of each transaction (``BEGIN IMMEDIATE``, as datasette
does) and use WAL, so readers (the web app) never block on an ingest; read-only stores open the file
with ``mode=ro``. PostgreSQL read-only stores set ``default_transaction_read_only``.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import DossierError

DEFAULT_URL = "sqlite:///dossier.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(DossierError):
    """The database cannot be opened, is not a dossier store, or is at an unknown schema version."""


def parse_url(url: str | None) -> URL:
    """``None`` -> ./dossier.db; a bare path -> SQLite; ``postgresql://`` / ``postgres://`` -> psycopg 3."""
    url = url or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite:///PATH or postgresql://…")
    return parsed


def shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def make_engine(url: URL, readonly: bool) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, readonly)
    if readonly:  # each read its own read-only transaction: no BEGIN / ROLLBACK round trips
        return create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"},
                             isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: URL, readonly: bool) -> Engine:
    path = url.database or ""
    if path in ("", ":memory:"):
        raise StoreError("an in-memory SQLite store would vanish: give a file, e.g. sqlite:///dossier.db")
    if readonly:
        if not Path(path).exists():
            raise StoreError(f"no store at {path} (run `dossier ingest … --db {shown(url)}` first)")
        engine = create_engine(f"sqlite:///file:{Path(path).resolve()}?mode=ro&uri=true")
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # SQLAlchemy's BEGIN below, not the driver's implicit one
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")  # in WAL: durable against a killed process
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (creating it in an empty database)."""
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def check_version(engine: Engine, url: URL) -> None:
    """Refuse a database that is not a dossier store at the current schema (read-only stores cannot migrate)."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is None:
        raise StoreError(f"{shown(url)} is not a dossier store (run `dossier ingest` on it first)")
    if current != head():
        raise StoreError(f"{shown(url)} is at schema {current}, this dossier needs {head()}: "
                         "open it once for writing (`dossier ingest`) to migrate")


def open_engine(url: str | None, readonly: bool) -> tuple[Engine, URL]:
    parsed = parse_url(url)
    engine = make_engine(parsed, readonly)
    try:
        if readonly:
            check_version(engine, parsed)
        else:
            migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StoreError(f"cannot open {shown(parsed)}: {reason}") from exc
    except StoreError:
        engine.dispose()
        raise
    return engine, parsed
