"""``create_app(store)``: the read-only web app over a corpus store (FastAPI + Jinja2, no JavaScript).

Security, because article text is untrusted (issue 11):
- Jinja autoescaping is on for every template and no template marks data safe; the only HTML built in
  Python is the highlighted article (``highlight.py``), which escapes every piece of text itself.
- Every response carries ``security.SECURITY_HEADERS`` (a CSP that allows no script at all).
- Only GET is served (405 otherwise); the store should be opened ``readonly=True``.
- With a ``token``, every request must present it (401 otherwise), compared in constant time.
- With ``allowed_hosts``, other ``Host`` headers get 400 (guards a loopback server against DNS rebinding).
- Static files are read once into memory from the bundled ``static/`` folder; no request path is ever
  joined to a filesystem path.
- Errors render our own page (or JSON under ``/api/``), never a traceback.
"""
from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from . import api, pages
from .security import READ_METHODS, remember_token, request_token, secure, token_ok

HERE = Path(__file__).parent
log = logging.getLogger("dossier.web")
REASONS = {400: "Bad request", 401: "Token required", 404: "Not found", 405: "Read-only",
           422: "Bad request parameters", 500: "Something went wrong"}


def templates() -> Jinja2Templates:
    """The page templates, autoescaped (``autoescape=True`` for every file, whatever its name)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined)
    return Jinja2Templates(env=env)


def bundled_static() -> dict[str, tuple[bytes, str]]:
    """``{file name: (bytes, media type)}`` for every file in ``static/``, read once at start-up."""
    files = {}
    for path in sorted((HERE / "static").iterdir()):
        if path.is_file():
            files[path.name] = (path.read_bytes(), mimetypes.guess_type(path.name)[0] or "application/octet-stream")
    return files


def create_app(store, *, token: str | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over ``store`` (a ``dossier.store.Store``; open it with ``readonly=True``).

    ``token``: when given, required on every request (``Authorization: Bearer``, ``X-Dossier-Token``,
    ``?token=`` or the cookie a ``?token=`` visit sets). ``allowed_hosts``: accepted ``Host`` names
    (None: any).
    """
    app = FastAPI(title="dossier", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Read-only corpus of news articles with their quotes, actors, stances and "
                              "storylines. Every span is [start, end] into the article text.")
    app.state.store = store
    app.state.templates = templates()
    static = bundled_static()

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str):
        if name not in static:
            raise HTTPException(404, "no such file")
        content, media_type = static[name]
        return Response(content, media_type=media_type, headers={"Cache-Control": "max-age=3600"})

    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.method not in READ_METHODS:
            return secure(error_response(request, 405, "this server is read-only", {"Allow": "GET"}))
        if token is not None and not token_ok(request_token(request), token):
            return secure(error_response(request, 401, "a valid token is required"))
        try:
            response = await call_next(request)
        except Exception:  # a fault in a page: logged here, never shown
            log.exception("error serving %s", request.url.path)
            response = error_response(request, 500, "the server could not answer this request")
        if token is not None:
            remember_token(request, response, token)
        return secure(response)

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return error_response(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(map(str, e.get('loc', ())[1:]))}: {e.get('msg')}" for e in exc.errors())
        return error_response(request, 422, problems)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.error("error serving %s: %r", request.url.path, exc)
        return secure(error_response(request, 500, "the server could not answer this request"))

    return app


def error_response(request: Request, status: int, detail: str, headers: dict | None = None) -> Response:
    """JSON ``{"detail"}`` under ``/api/``, else the error page; never a traceback."""
    if request.url.path.startswith("/api/") and request.url.path != "/api/docs":
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "reason": REASONS.get(status, "Error"),
                                                              "detail": detail}, status_code=status, headers=headers)
