"""The working records of entity finding: a cleaned name span, and a group of spans that name one
referent.  Token indices into the ``Doc``; ``entities`` turns groups into ``model.Entity``."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    start: int  # token indices into the Doc, end exclusive
    end: int
    label: str  # spaCy label, or STATE
    code: str | None = None  # ISO code when it names or stands for a state
    maybe_person: bool = False  # tagged otherwise but shaped like a person's name

    def span(self, doc):
        return doc[self.start:self.end]


@dataclass
class Group:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # full forms, for the canonical name
    words: list[str] = field(default_factory=list)  # person name words of the best full form
    full_count: int = 0
    last_full: int = -1  # token index of the latest full-name mention
    first_full: int = -1  # token index of the earliest full-name mention
    full_starts: list[int] = field(default_factory=list)  # token index of each full-name mention
