"""The data that flows between stages: plain frozen dataclasses, no I/O.

Every span is a half-open ``(start, end)`` pair of string indices into ``Article.text``
(see CONTRACT.md): that is what lets every claim in a brief be traced to its characters.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

Span = tuple[int, int]


@dataclass(frozen=True)
class Article:
    """One input article as read: the exact text plus where its own prose lies."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    body: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    captions: tuple[Span, ...] = ()

    def with_layout(self, body, headings=(), captions=()) -> "Article":
        return replace(self, body=tuple(map(tuple, body)), headings=tuple(map(tuple, headings)),
                       captions=tuple(map(tuple, captions)))


@dataclass(frozen=True)
class Entity:
    """One real-world referent inside one article, with every mention of it."""

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True)
class Speaker:
    entity: str | None
    name: str | None
    mention: Span | None
    role: str | None = None


@dataclass(frozen=True)
class Attribution:
    """A statement, belief or intention attributed to a source (PolNeAR's sense)."""

    content: Span
    cue: Span | None
    speaker: Speaker
    kind: str  # direct | mixed | indirect
    confidence: float | None = None  # chance a strict reader finds it right on every count (attribution.confidence)


@dataclass(frozen=True)
class Stance:
    actor: str
    attitude: str  # wants | fears | supports | opposes | recommends | benefits_from | accuses
    object: Span
    evidence: Span
    entity: str | None = None
    confidence: float | None = None  # chance a strict reader finds it right (nlp.stances.confidence)


@dataclass(frozen=True)
class Timex:
    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str
    inferred: bool = False  # anchored on a date guessed from the text, not on metadata


@dataclass(frozen=True)
class Event:
    """A sentence anchored to a resolved date: the raw material of the timeline."""

    span: Span  # the sentence
    value: str  # TIMEX3 value of the date it is anchored to
    timex: Span
    actors: tuple[str, ...] = ()  # entity ids mentioned in the sentence


@dataclass(frozen=True)
class Analysis:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    attributions: tuple[Attribution, ...] = ()  # reportable quotes: what the brief, CSV, store and web show
    stances: tuple[Stance, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    story: str | None = None  # the event (stories.StoryIndex): same news across outlets, days apart
    anchor: str | None = None  # the date relative expressions were resolved against
    anchor_inferred: bool = False
    thread: str | None = None  # the storyline: events that continue one another over months
    duplicate_of: str | None = None  # id of the article this one is a near-copy of (a wire copy)
    # Attributions in PolNeAR's sense that are no usable quote (no named source, an act rather than speech, a
    # negated cue, no content): kept in the contract with "reportable": false, shown nowhere else.
    unreported: tuple[Attribution, ...] = ()
    # Stances a strict reader would likely find wrong (nlp.stances.confidence): in the contract with
    # "reportable": false, shown nowhere else.
    unreported_stances: tuple[Stance, ...] = ()


@dataclass(frozen=True)
class Failure:
    """An input that could not be read; reported, never fatal to the run."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Cite:
    article: str
    span: Span


@dataclass
class Story:
    id: str
    articles: list[str] = field(default_factory=list)
