"""RSS and Atom feeds (files ``.rss``/``.atom``, or an http(s) URL given as an input), read with feedparser.

Each entry becomes one article:

- its linked page is fetched and read like an HTML file (:func:`dossier.ingest.html.read_html`), when a
  network is there; once a link of the feed is unreachable the rest of the feed is not fetched (a feed's
  links nearly always share one host), and a page that cannot be read falls back to the entry itself;
- otherwise (no link, offline, ``fetch=False``) the entry's own content (``content:encoded``, Atom
  ``content``), else its summary, read as an HTML fragment.

Metadata: ``title`` and ``url`` (the link) of the entry, ``outlet`` the feed's title, ``published`` the
entry's ``published`` date (never ``updated``: a correction date is not a publication date), except
where the fetched page says better. ``id``: the entry's ``id``/``guid``, else its link, else
``NAME-N``; ``path``: ``FEED#N`` (N: the entry's position, 1-based). An entry with no readable text is one
Failure naming the entry; a feed that does not parse is one Failure for the feed.
"""
from __future__ import annotations

import dataclasses
import io
import time
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError
from ..model import Article, Failure
from ..settings import Settings
from .decode import decode
from .fetch import Unreachable, fetch

SUFFIXES = (".rss", ".atom")

Fetcher = Callable[[str, int], bytes]  # (url, max_bytes) -> body


def is_feed(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def _published(entry) -> str | None:
    parsed = entry.get("published_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _entry_html(entry) -> str:
    """The entry's own text as HTML: its full content when the feed carries it, else its summary."""
    for content in entry.get("content") or ():
        if (content.get("value") or "").strip():
            return content["value"]
    return entry.get("summary") or ""


def _from_entry(where: Path, entry, meta: dict) -> Article:
    from .html import read_html

    fragment = _entry_html(entry)
    if not fragment.strip():
        raise InputError("no text in the entry and no page fetched")
    return read_html(where, f"<html><body><article>{fragment}</article></body></html>", meta)


def read_feed_bytes(name: str, data: bytes, settings: Settings = Settings(),
                    fetcher: Fetcher | None = fetch) -> Iterator[Article | Failure]:
    """Articles of every entry of the feed ``data`` (see the module doc); ``name``: its path or URL.
    ``fetcher``: how linked pages are fetched, None to read the entries alone."""
    import feedparser

    from .html import read_html
    from .read import path_id

    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        why = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        yield Failure(name, f"not a readable RSS/Atom feed, or no entries{why}")
        return
    outlet = parsed.feed.get("title")
    online = fetcher is not None
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        where = Path(f"{name}#{n}")
        meta = {"title": entry.get("title"), "outlet": outlet, "url": link, "published": _published(entry)}
        try:
            article = None
            if online and link:
                try:
                    article = read_html(where, decode(fetcher(link, settings.max_bytes)), meta)
                except Unreachable:
                    online = False
                except InputError:
                    pass  # the page did not read: the entry's own text may
            article = article or _from_entry(where, entry, meta)
            rec_id = entry.get("id") or link or f"{path_id(Path(name))}-{n}"
            yield dataclasses.replace(article, id=str(rec_id))
        except InputError as exc:
            yield Failure(name, f"entry {n} ({link or 'no link'}): {exc}")


def read_feed_url(url: str, settings: Settings = Settings(), fetcher: Fetcher | None = fetch) -> Iterator[Article | Failure]:
    """Articles of the feed at ``url`` (fetched, then read like a file)."""
    try:
        data = (fetcher or fetch)(url, settings.max_bytes)
    except InputError as exc:
        yield Failure(url, str(exc))
        return
    yield from read_feed_bytes(url, data, settings, fetcher)
