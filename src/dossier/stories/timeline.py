"""Events on a timeline: sentences anchored to a resolved date, merged across articles."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..model import Analysis, Cite


@dataclass
class TimelineEntry:
    value: str  # the TIMEX3 value it is anchored to, e.g. 2019-02-25, 195X
    label: str  # what happened, in the article's words
    cites: list[Cite] = field(default_factory=list)  # every source passage reporting it
    actors: list[str] = field(default_factory=list)


def build_timeline(analyses: Iterable[Analysis]) -> list[TimelineEntry]:
    """Placeholder: filled in with issue 4 (events and timeline)."""
    return []
