"""A throw-away PostgreSQL server for tests: initdb into a temp dir, pg_ctl on a free port, trust auth.

``$DOSSIER_TEST_PG_URL`` (a server URL whose user may CREATE DATABASE) is used instead when set.
As root, initdb and the server run as the ``postgres`` user (``runuser``), which Debian's package creates.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class NoServer(Exception):
    """No PostgreSQL server could be started or reached (the reason is the message)."""


def _bin(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)),
                                       None)
    if not found:
        raise NoServer(f"{name} not found (apt-get install postgresql)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running server; ``url(db)`` names a database on it; ``create_database()`` makes a fresh one."""

    def __init__(self) -> None:
        self.base = os.environ.get("DOSSIER_TEST_PG_URL")
        self.dir = None
        if not self.base:
            self._start()

    def _start(self) -> None:
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        self.dir = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
        prefix: list[str] = []
        user = "postgres" if os.geteuid() == 0 else None
        if user:
            shutil.chown(self.dir, user)
            prefix = ["runuser", "-u", user, "--"]
        self.port = _free_port()
        data = self.dir / "data"
        self.pg_ctl = prefix + [pg_ctl, "-D", str(data)]
        try:
            subprocess.run(prefix + [initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                     "--no-sync"], check=True, capture_output=True, timeout=120)
            options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
            subprocess.run(self.pg_ctl + ["-w", "-t", "60", "-l", str(self.dir / "log"), "-o", options, "start"],
                           check=True, capture_output=True, timeout=90)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            self.stop()
            raise NoServer(f"could not start PostgreSQL: {exc} {detail.decode(errors='replace')[-300:]}") from exc
        self.base = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return self.base.rsplit("/", 1)[0] + "/" + database

    def create_database(self) -> str:
        import psycopg

        name = "dossier_test_" + uuid.uuid4().hex[:10]
        try:
            with psycopg.connect(self.base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
                c.execute(f'CREATE DATABASE "{name}"')
        except psycopg.Error as exc:
            raise NoServer(f"cannot create a database on {self.base}: {exc}") from exc
        return self.url(name)

    def stop(self) -> None:
        if self.dir is None:
            return
        if (self.dir / "data" / "postmaster.pid").exists():
            subprocess.run(self.pg_ctl + ["-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None
