"""The one core the CLI (and later the web app) sit on: read, analyse, count what failed."""
from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .engine import Engine, LocalEngine
from .ingest.feed import read_feed_url
from .ingest.fetch import is_url
from .ingest.read import read_file, unique_ids, walk
from .ingest.warc import count_pages, is_warc
from .model import Analysis, Article, Failure
from .settings import Settings

STDIN = "-"  # as a path: one plain-text article on standard input


@dataclass
class RunSummary:
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def line(self) -> str:
        msg = f"{self.articles} article{'s' * (self.articles != 1)} done, {len(self.failures)} input{'s' * (len(self.failures) != 1)} failed"
        return msg


def estimate_records(paths: Iterable[str]) -> int:
    """How many articles the inputs hold, for the progress bar (JSONL lines and WARC pages counted, cheaply;
    a feed URL counts for nothing)."""
    total = 0
    for p in walk(x for x in paths if x != STDIN and not is_url(x)):
        name = p.name.lower()
        try:
            if is_warc(p):
                total += count_pages(p)
            elif name.endswith(".jsonl.gz"):
                with gzip.open(p, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            elif name.endswith(".jsonl"):
                with open(p, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            else:
                total += 1
        except (OSError, EOFError):
            total += 1
    return total


def read_inputs(paths: Iterable[str], settings: Settings = Settings(),
                skip: frozenset[Path] = frozenset()) -> Iterator[Article | Failure]:
    """Every file under ``paths`` read in order, ``-`` meaning one plain-text article on standard input and
    an http(s) URL an RSS/Atom feed (its linked pages fetched).

    ``skip`` holds resolved paths never to read (our own output file, when it lies among the inputs).
    """
    for p in paths:
        if p == STDIN:
            yield read_stdin(settings)
            continue
        if is_url(p):
            yield from read_feed_url(p, settings)
            continue
        for path in walk([p]):
            if path.resolve() not in skip:
                yield from read_file(path, settings)


def read_stdin(settings: Settings) -> Article | Failure:
    import sys

    from .errors import InputError
    from .ingest.decode import decode
    from .ingest.read import from_text

    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    try:
        if len(data) > settings.max_bytes:
            raise InputError(f"too large (> limit {settings.max_bytes} bytes; raise --max-bytes)")
        if not data.strip():
            raise InputError("empty input")
        return from_text(Path("<stdin>"), decode(data), {}, rec_id="stdin")
    except InputError as exc:
        return Failure("<stdin>", str(exc))


def analyze_paths(paths: Iterable[str], settings: Settings = Settings(), summary: RunSummary | None = None,
                  on_failure: Callable[[Failure], None] | None = None,
                  skip: frozenset[Path] = frozenset(), keep: Callable[[Article], bool] | None = None,
                  engine: Engine | None = None) -> Iterator[Analysis]:
    """Analyses of every readable article, in input order; failures go to ``on_failure`` as they happen.

    Inputs are read lazily and analyses come out as they are made, so memory does not grow with the
    input. ``keep``: when given, only articles it accepts are analysed (ingest skips those already stored).
    ``engine`` (default: inline) runs :func:`dossier.nlp.pipeline.analyze_batch_or_fail` on batches of
    ``settings.batch_size`` articles; every engine gives the same analyses in the same order. An article
    whose analysis raises is a failure like an unreadable file (``on_failure``, ``summary``), and the run
    goes on."""
    from .nlp.pipeline import analyze_batch_or_fail, batched

    summary = summary if summary is not None else RunSummary()
    engine = engine or LocalEngine()

    def fail(failure: Failure) -> None:
        summary.failures.append(failure)
        if on_failure:
            on_failure(failure)

    def articles() -> Iterator[Article]:
        for item in unique_ids(read_inputs(paths, settings, skip)):
            if isinstance(item, Failure):
                fail(item)
            elif keep is None or keep(item):
                yield item

    work = functools.partial(analyze_batch_or_fail, settings=settings)
    for batch in engine.map(work, batched(articles(), settings.batch_size)):
        for analysis in batch:
            if isinstance(analysis, Failure):
                fail(analysis)
                continue
            summary.articles += 1
            yield analysis


def check_paths(paths: Iterable[str]) -> list[str]:
    return [p for p in paths if p != STDIN and not is_url(p) and not Path(p).exists()]
