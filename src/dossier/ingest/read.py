"""Read files and folders into Articles: .txt, .html/.htm, .json, .jsonl, .jsonl.gz.

Each input yields either an Article or a Failure; one bad file never stops the run.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..model import Article, Failure
from ..settings import Settings
from . import clean
from .decode import decode

TEXT_FIELDS = ("text", "content", "content_original", "body")
OUTLET_FIELDS = ("source", "outlet")
DATE_FIELDS = ("date", "published")
META_SUFFIX = ".meta.json"
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz")


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
    for path in walk(paths):
        yield from read_file(path, settings)


def read_file(path: Path, settings: Settings = Settings()) -> Iterator[Article | Failure]:
    try:
        if not path.exists():
            raise InputError("no such file")
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise InputError(f"too large ({size} bytes > limit {settings.max_bytes}; raise --max-bytes)")
        data = path.read_bytes()
        if not data.strip():
            raise InputError("empty file")
        name = path.name.lower()
        if name.endswith((".jsonl", ".jsonl.gz")):
            yield from read_jsonl(path, data)
            return
        if name.endswith(".json"):
            yield from read_json(path, data)
            return
        if name.endswith((".html", ".htm")):
            from .html import read_html

            yield read_html(path, decode(data), sidecar(path))
            return
        yield from_text(path, decode(data), sidecar(path))
    except InputError as exc:
        yield Failure(str(path), str(exc))
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")


def sidecar(path: Path) -> dict:
    """Metadata from NAME.meta.json beside NAME.txt / NAME.html, or {}."""
    meta = path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)
    if not meta.exists():
        return {}
    try:
        value = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"broken sidecar {meta.name}: {exc}") from exc
    return value if isinstance(value, dict) else {}


def path_id(path: Path) -> str:
    return path.name.split(".")[0] if path.name else hashlib.sha1(str(path).encode()).hexdigest()[:12]


def first_line(text: str) -> str | None:
    for s, e in clean.line_spans(text):
        return text[s:e]
    return None


def from_text(path: Path, text: str, meta: dict, rec_id: str | None = None) -> Article:
    lay = clean.layout(text)
    title = meta.get("title") or (text[lay.headings[0][0]:lay.headings[0][1]] if lay.headings else first_line(text))
    return Article(
        id=str(rec_id or meta.get("id") or path_id(path)), path=str(path), text=text, title=title,
        outlet=_first(meta, OUTLET_FIELDS), published=_date(_first(meta, DATE_FIELDS)), url=meta.get("url"),
    ).with_layout(lay.body, lay.headings, lay.captions)


def _first(d: dict, keys) -> str | None:
    for k in keys:
        v = d.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, dict) and isinstance(v.get("name"), str):
            return v["name"]
    return None


def _date(value: str | None) -> str | None:
    """Keep YYYY-MM-DD from an ISO-ish date; anything else parsed leniently, else None."""
    if not value:
        return None
    import re

    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0)
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    except Exception:  # noqa: BLE001 - dateparser raises many types on odd input
        parsed = None
    return parsed.date().isoformat() if parsed else None


def from_record(path: Path, rec, where: int | None = None) -> Article:
    if not isinstance(rec, dict):
        raise InputError("record is not a JSON object")
    text = next((rec[k] for k in TEXT_FIELDS if isinstance(rec.get(k), str) and rec[k].strip()), None)
    if text is None:
        raise InputError(f"no text field ({', '.join(TEXT_FIELDS)})")
    rec_id = rec.get("id")
    if rec_id is None:
        rec_id = f"{path_id(path)}-{where}" if where is not None else path_id(path)
    return from_text(path, text, rec, rec_id=str(rec_id))


def read_jsonl(path: Path, data: bytes) -> Iterator[Article | Failure]:
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Failure(str(path), f"broken gzip: {exc}")
            return
    text = decode(data)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield from_record(path, json.loads(line), where=n)
        except ValueError as exc:
            yield Failure(str(path), f"broken JSON: {exc}", line=n)
        except InputError as exc:
            yield Failure(str(path), str(exc), line=n)


def read_json(path: Path, data: bytes) -> Iterator[Article | Failure]:
    try:
        value = json.loads(decode(data))
    except ValueError as exc:
        raise InputError(f"broken JSON: {exc}") from exc
    records = value if isinstance(value, list) else [value]
    for n, rec in enumerate(records, 1):
        try:
            yield from_record(path, rec, where=n if len(records) > 1 else None)
        except InputError as exc:
            yield Failure(str(path), f"record {n}: {exc}")
