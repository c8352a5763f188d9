"""The web app's guards: loopback binding, the access token, read-only methods and safe response headers.

Article text is untrusted input, so every page is served with a Content-Security-Policy that allows
no script at all (reading needs none), styles and images from our own origin only, and no framing.
"""
from __future__ import annotations

import hmac
import ipaddress

from starlette.requests import Request
from starlette.responses import Response

#: Sent with every response. ``default-src 'none'`` blocks scripts, plugins, frames and connections;
#: only our bundled stylesheet and images (and the inline SVG chart, which is markup, not a resource) load.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
READ_METHODS = frozenset({"GET"})
TOKEN_HEADER = "x-dossier-token"
TOKEN_COOKIE = "dossier_token"
TOKEN_PARAM = "token"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """True when ``host`` (an address or name to bind) only accepts connections from this machine.

    ``127.0.0.0/8``, ``::1`` and ``localhost`` are loopback; ``0.0.0.0``, ``::`` and any other name or
    address are not (a name other than localhost may resolve anywhere, so it counts as public).
    """
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Raise ``ValueError`` when ``host`` is not loopback and no (non-empty) ``token`` guards it."""
    if not is_loopback(host) and not token:
        raise ValueError(f"refusing to listen on {host!r} without --token: anyone on the network could "
                         "read the corpus. Use --host 127.0.0.1 or give --token.")


def request_token(request: Request) -> str | None:
    """The token a request presents: ``Authorization: Bearer T``, ``X-Dossier-Token: T``, ``?token=T``
    or the cookie set after a first ``?token=`` visit, in that order."""
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return (request.headers.get(TOKEN_HEADER) or request.query_params.get(TOKEN_PARAM)
            or request.cookies.get(TOKEN_COOKIE))


def token_ok(presented: str | None, expected: str) -> bool:
    """Compare in constant time (``hmac.compare_digest``), so timing does not leak the token."""
    return presented is not None and hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def secure(response: Response) -> Response:
    """Add ``SECURITY_HEADERS`` to ``response`` (in place) and return it."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def remember_token(request: Request, response: Response, token: str) -> None:
    """After a good ``?token=`` visit, keep the token in an HttpOnly, SameSite=Strict cookie so the
    page's plain links keep working without carrying the token in every URL."""
    if request.query_params.get(TOKEN_PARAM) and request.cookies.get(TOKEN_COOKIE) != token:
        response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
