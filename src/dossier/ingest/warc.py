"""WARC and WARC.gz files (web crawls such as CC-NEWS): every HTML page in them, read as an HTML article.

Records are streamed with warcio, one at a time, so a crawl file of any size reads in flat memory. A page
is a ``response`` record with HTTP status 200 (or a ``resource`` record) whose Content-Type is HTML;
requests, metadata, redirects and non-HTML payloads are not articles and are passed over silently. Each
page goes through :func:`dossier.ingest.html.read_html` (body, title, outlet and publication date from the
page itself; the crawl date is *not* a publication date and is never used as one), with:

- ``id``: the record's own ``WARC-Record-ID`` (``urn:uuid:…``), stable and unique across crawls;
- ``path``: ``FILE#N``, N the record's position in the file (1-based), so a record can be found again;
- ``url``: ``WARC-Target-URI``, where the page was crawled.

A page that yields no article (too large, no text, only page furniture) is one Failure naming the
record and its URL; a broken archive (bad gzip, not a WARC) is one Failure for the file and the records
read before it stay read.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..model import Article, Failure
from ..settings import Settings
from .decode import decode

SUFFIXES = (".warc", ".warc.gz")
PAGE_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def _is_page(record) -> bool:
    if record.rec_type not in PAGE_RECORDS:
        return False
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return False
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    return ctype.split(";")[0].strip().lower() in PAGE_TYPES


def _record_id(record) -> str | None:
    rid = record.rec_headers.get_header("WARC-Record-ID")
    return rid.strip("<>") if rid else None


def read_warc(path: Path, settings: Settings = Settings()) -> Iterator[Article | Failure]:
    """Articles of every HTML page in a WARC / WARC.gz file, in file order (see the module doc)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .html import read_html
    from .read import stream_failure

    pages = records = 0
    try:
        with open(path, "rb") as f:
            for n, record in enumerate(ArchiveIterator(f), 1):
                if not record.format.startswith("warc"):
                    continue  # warcio reads any text with a header-like first line as a legacy ARC record
                records += 1
                if not _is_page(record):
                    continue
                pages += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{n}"
                try:
                    data = record.content_stream().read(settings.max_bytes + 1)
                    if len(data) > settings.max_bytes:
                        raise InputError(f"page too large (> limit {settings.max_bytes} bytes; raise --max-bytes)")
                    article = read_html(Path(where), decode(data), {"url": url})
                    yield dataclasses.replace(article, id=_record_id(record) or article.id)
                except InputError as exc:
                    yield Failure(str(path), f"record {n} ({url}): {exc}")
    except ArchiveLoadFailed as exc:
        yield Failure(str(path), f"not a readable WARC file: {exc}")
        return
    except (OSError, EOFError) as exc:
        yield stream_failure(path, exc)
        return
    if not records:
        yield Failure(str(path), "not a readable WARC file: no WARC records in it")
    elif not pages:
        yield Failure(str(path), "no HTML pages in this WARC file")


def count_pages(path: Path) -> int:
    """How many HTML pages the file holds (a pass over its records, payloads unread), for a progress bar."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as f:
            return sum(1 for record in ArchiveIterator(f) if _is_page(record))
    except (ArchiveLoadFailed, OSError, EOFError):
        return 1  # read_warc reports it
