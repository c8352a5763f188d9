"""``dossier serve``: open the store read-only and run the web app under uvicorn."""
from __future__ import annotations

from .security import check_bind, is_loopback

#: Host header values accepted when listening on loopback (DNS-rebinding guard).
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


def serve(db: str | None = None, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          log_level: str = "info") -> None:
    """Serve the store at ``db`` (None: ``./dossier.db``) on ``host:port`` until interrupted.

    Raises ``ValueError`` for a non-loopback ``host`` without ``token``, and the store's ``DossierError``
    when the database cannot be opened. The store is opened with ``readonly=True``.
    """
    import uvicorn

    from ..store import open_store
    from .app import create_app

    token = token or None
    check_bind(host, token)
    store = open_store(db, readonly=True)
    allowed = [*LOOPBACK_HOSTS, host] if is_loopback(host) else None
    try:
        uvicorn.run(create_app(store, token=token, allowed_hosts=allowed), host=host, port=port,
                    log_level=log_level, server_header=False, proxy_headers=False)
    finally:
        store.close()
