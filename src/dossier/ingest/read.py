"""Read files and folders into Articles: .txt, .html/.htm, .json (object or list), .jsonl, .jsonl.gz;
.warc/.warc.gz (:mod:`.warc`) and .rss/.atom feeds (:mod:`.feed`).

Each input yields Articles or Failures; one bad file (or JSONL line) never stops the run.

Ids: a record's own ``id`` when it has one; otherwise the file name up to its first dot
(``notes/a.txt`` -> ``a``), plus ``-N`` for a record without one in a multi-record file (N: its line in
a .jsonl, its position in a .json list).
:func:`unique_ids` (used by :func:`read_paths`) keeps ids unique within a run: an id seen before gets
``-`` and 6 hex digits of the SHA-1 of its path and repeat count, so ``x/a.txt`` and ``y/a.txt`` give
``a`` and ``a-3f2c1d``. Same inputs in the same order, same ids. (Ids are only made unique where the
stream goes through :func:`unique_ids`.)
"""
from __future__ import annotations

import codecs
import dataclasses
import gzip
import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..model import Article, Failure
from ..settings import Settings
from . import clean
from .decode import decode

TEXT_FIELDS = ("text", "content", "content_original", "body")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("source", "outlet")
DATE_FIELDS = ("date", "published")
META_SUFFIX = ".meta.json"
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".rss", ".atom")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
ID_HASH_CHARS = 6
WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # also the start of the UTF-32-LE BOM


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return not name.endswith(META_SUFFIX) and name.endswith(SUFFIXES)


def walk(paths: Iterable[str]) -> Iterator[Path]:
    """Files in the given order; folders walked recursively in sorted order."""
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    fp = Path(root) / f
                    if is_article_file(fp):
                        yield fp
        else:
            yield p


def read_paths(paths: Iterable[str], settings: Settings = Settings()) -> Iterator[Article | Failure]:
    items = (item for path in walk(paths) for item in read_file(path, settings))
    yield from unique_ids(items)


def unique_ids(items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
    """Keep article ids unique in one run: a repeated id gets a short hash of its path and of how many
    times the id came before, so it does not depend on unrelated inputs."""
    seen: set[str] = set()
    repeats: Counter[str] = Counter()
    for item in items:
        if isinstance(item, Article) and item.id in seen:
            new_id = item.id
            while new_id in seen:
                repeats[item.id] += 1
                key = f"{Path(item.path).as_posix()}#{repeats[item.id]}"
                new_id = f"{item.id}-{hashlib.sha1(key.encode()).hexdigest()[:ID_HASH_CHARS]}"
            item = dataclasses.replace(item, id=new_id)
        if isinstance(item, Article):
            seen.add(item.id)
        yield item


def read_file(path: Path, settings: Settings = Settings()) -> Iterator[Article | Failure]:
    """Articles from one file; a file that cannot be read gives one Failure saying why."""
    path = Path(path)
    try:
        if not path.is_file():
            raise InputError("no such file" if not path.exists() else "not a file")
        name = path.name.lower()
        if name.endswith((".jsonl", ".jsonl.gz")):
            yield from read_jsonl(path, settings)
            return
        if name.endswith((".warc", ".warc.gz")):
            from .warc import read_warc

            yield from read_warc(path, settings)
            return
        if name.endswith((".rss", ".atom")):
            from .feed import read_feed_bytes

            yield from read_feed_bytes(str(path), _read_bytes(path, settings), settings)
            return
        data = _read_bytes(path, settings)
        if name.endswith(".json"):
            yield from read_json(path, data)
        elif name.endswith((".html", ".htm")):
            from .html import read_html

            yield read_html(path, decode(data), sidecar(path))
        else:
            yield from_text(path, decode(data), sidecar(path))
    except InputError as exc:
        yield Failure(str(path), str(exc))
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")


def _check_size(path: Path, settings: Settings) -> None:
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise InputError(f"too large ({size} bytes > limit {settings.max_bytes}; raise --max-bytes)")


def _read_bytes(path: Path, settings: Settings) -> bytes:
    _check_size(path, settings)
    data = path.read_bytes()
    if not data.strip():
        raise InputError("empty file")
    return data


def sidecar(path: Path) -> dict:
    """Metadata from NAME.meta.json beside NAME.txt / NAME.html, or {}."""
    meta = path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)
    if not meta.exists():
        return {}
    try:
        value = json.loads(decode(meta.read_bytes()))
    except (OSError, ValueError, InputError) as exc:
        raise InputError(f"broken sidecar {meta.name}: {exc}") from exc
    if not isinstance(value, dict):
        raise InputError(f"broken sidecar {meta.name}: not a JSON object")
    return value


def path_id(path: Path) -> str:
    stem = path.name.split(".")[0]
    return stem or hashlib.sha1(str(path).encode()).hexdigest()[:12]


def first_line(text: str) -> str | None:
    for s, e in clean.line_spans(text):
        return text[s:e]
    return None


def from_text(path: Path, text: str, meta: dict, rec_id: str | None = None, title_line: bool = True,
              learned: bool = True) -> Article:
    """An Article from decoded text; ``title_line``: the text may open with its title (scraped .txt);
    ``learned``: use the learned line model (off for text an extractor already cleaned)."""
    lay = clean.layout(text, title_line=title_line, learned=learned)
    title = _first(meta, TITLE_FIELDS)
    if title is None and title_line:
        title = text[lay.title[0]:lay.title[1]] if lay.title else first_line(text)
    return Article(
        id=str(rec_id or _first(meta, ("id",)) or path_id(path)), path=str(path), text=text, title=title,
        outlet=_first(meta, OUTLET_FIELDS), published=_date(_first(meta, DATE_FIELDS)), url=_first(meta, ("url",)),
    ).with_layout(lay.body, lay.headings, lay.captions)


def _first(d: dict, keys) -> str | None:
    """The first of ``keys`` holding a non-empty string (or a number, or {"name": ...})."""
    for k in keys:
        v = d.get(k)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return str(v)
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, dict) and isinstance(v.get("name"), str) and v["name"].strip():
            return v["name"].strip()
    return None


def _date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO-ish date; anything else parsed strictly, else None (never guessed)."""
    if not value:
        return None
    m = ISO_DATE.match(value.strip())
    if m:
        return m.group(0)
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    except Exception:  # noqa: BLE001 - dateparser raises many types on odd input
        parsed = None
    return parsed.date().isoformat() if parsed else None


def opens_with_title(text: str, title: str | None) -> bool:
    """Records usually keep the title apart; only treat the first line as one when it repeats it."""
    if not title:
        return True
    line = first_line(text) or ""
    return line.strip().rstrip(".").casefold() == title.strip().rstrip(".").casefold()


def from_record(path: Path, rec, where: int | None = None) -> Article:
    if not isinstance(rec, dict):
        raise InputError("record is not a JSON object")
    text = next((rec[k] for k in TEXT_FIELDS if isinstance(rec.get(k), str) and rec[k].strip()), None)
    if text is None:
        raise InputError(f"no text in record (fields tried: {', '.join(TEXT_FIELDS)})")
    rec_id = _first(rec, ("id",))
    if rec_id is None:
        rec_id = f"{path_id(path)}-{where}" if where is not None else path_id(path)
    return from_text(path, text, rec, rec_id=rec_id, title_line=opens_with_title(text, _first(rec, TITLE_FIELDS)))


def _raw_lines(path: Path, settings: Settings) -> Iterator[tuple[int, bytes | str]]:
    """(line number, line) of a JSONL file, streamed; UTF-16/32 files (BOM) are decoded whole first."""
    gz = path.name.lower().endswith(".gz")
    if not gz:
        _check_size(path, settings)
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as f:
        head = f.read(4)
        if head.startswith(WIDE_BOMS):
            text = decode(head + f.read(settings.max_bytes + 1))
            yield from enumerate(text.split("\n"), 1)
            return
        first = f.readline()
        yield 1, (head + first).removeprefix(codecs.BOM_UTF8)
        yield from enumerate(f, 2)


def read_jsonl(path: Path, settings: Settings = Settings()) -> Iterator[Article | Failure]:
    """One article per line; a bad line is a Failure with its line number, the other lines go on.

    A plain .jsonl obeys ``max_bytes`` as a whole; inside a .jsonl.gz each line obeys it.
    """
    records = 0
    try:
        for n, raw in _raw_lines(path, settings):
            if len(raw) > settings.max_bytes:
                yield Failure(str(path), f"line too large ({len(raw)} > limit {settings.max_bytes})", line=n)
                continue
            if not raw.strip():
                continue
            records += 1
            try:
                rec = json.loads(raw if isinstance(raw, str) else decode(raw))
                yield from_record(path, rec, where=n)
            except InputError as exc:
                yield Failure(str(path), str(exc), line=n)
            except ValueError as exc:
                yield Failure(str(path), f"broken JSON: {exc}", line=n)
    except (OSError, EOFError) as exc:
        yield stream_failure(path, exc)
        return
    if not records:
        yield Failure(str(path), "empty file: no JSON lines")


def stream_failure(path: Path, exc: BaseException) -> Failure:
    """The Failure of a file that broke while being streamed (a bad gzip member, a read error)."""
    kind = "broken gzip" if path.name.lower().endswith(".gz") else "cannot read"
    return Failure(str(path), f"{kind}: {exc}")


def read_json(path: Path, data: bytes) -> Iterator[Article | Failure]:
    try:
        value = json.loads(decode(data))
    except ValueError as exc:
        raise InputError(f"broken JSON: {exc}") from exc
    records = value if isinstance(value, list) else [value]
    if not records:
        raise InputError("empty JSON list: no records")
    for n, rec in enumerate(records, 1):
        try:
            yield from_record(path, rec, where=n if len(records) > 1 else None)
        except InputError as exc:
            yield Failure(str(path), f"record {n}: {exc}")
