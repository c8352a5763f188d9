"""The one core the CLI (and later the web app) sit on: read, analyse, count what failed."""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .ingest.read import read_paths, walk
from .model import Analysis, Article, Failure
from .settings import Settings


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
    """How many articles the inputs hold, for the progress bar (JSONL lines counted, cheaply)."""
    total = 0
    for p in walk(paths):
        name = p.name.lower()
        try:
            if name.endswith(".jsonl.gz"):
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


def analyze_paths(paths: Iterable[str], settings: Settings = Settings(), summary: RunSummary | None = None,
                  on_failure: Callable[[Failure], None] | None = None) -> Iterator[Analysis]:
    """Analyses of every readable article, in input order; failures go to ``on_failure`` as they happen."""
    from .nlp.pipeline import analyze

    summary = summary if summary is not None else RunSummary()

    def articles() -> Iterator[Article]:
        for item in read_paths(paths, settings):
            if isinstance(item, Failure):
                summary.failures.append(item)
                if on_failure:
                    on_failure(item)
            else:
                yield item

    for analysis in analyze(articles(), settings):
        summary.articles += 1
        yield analysis


def check_paths(paths: Iterable[str]) -> list[str]:
    return [p for p in paths if p != "-" and not Path(p).exists()]
