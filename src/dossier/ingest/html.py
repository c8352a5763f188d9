"""HTML pages: the body via trafilatura, metadata via trafilatura/htmldate, then our own cleaning."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Article


def read_html(path: Path, html: str, meta: dict) -> Article:
    import trafilatura

    from .read import from_text

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError("no article text found in HTML")
    found = trafilatura.extract_metadata(html)
    merged = {"title": found.title if found else None, "outlet": found.sitename if found else None,
              "published": found.date if found else None, "url": found.url if found else None}
    merged.update({k: v for k, v in meta.items() if v})
    return from_text(path, text, merged)
