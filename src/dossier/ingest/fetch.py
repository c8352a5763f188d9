"""Fetch one web page or feed over HTTP(S) (standard library only), bounded in size and time.

Only ``http`` and ``https`` URLs are fetched (a feed must not make us read ``file:`` paths). Errors:
:class:`Unreachable` when no answer came (no network, DNS failure, refused, timed out): the caller may
stop trying other links of the same source; :class:`dossier.errors.InputError` for an answer that is
not a page (HTTP error status, too large).
"""
from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request

from .. import __version__
from ..errors import InputError

TIMEOUT_S = 15
USER_AGENT = f"dossier/{__version__} (news analysis; +https://pypi.org/project/dossier/)"
URL = re.compile(r"^https?://", re.I)


class Unreachable(InputError):
    """No answer from the server: no network, unknown host, refused or timed out."""


def is_url(value: str) -> bool:
    return bool(URL.match(value))


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT_S) -> bytes:
    """The body of ``url`` (redirects followed); raises Unreachable or InputError (see the module doc)."""
    if not is_url(url):
        raise InputError(f"not an http(s) URL: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise InputError(f"HTTP {exc.code} from {url}") from exc
    except (urllib.error.URLError, socket.timeout, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise Unreachable(f"cannot reach {url}: {reason}") from exc
    if len(data) > max_bytes:
        raise InputError(f"page too large (> limit {max_bytes} bytes; raise --max-bytes): {url}")
    return data
