"""A law's, treaty's or agreement's name taken for a source (analyst's read of briefs, brief16: "the Pacific
Agreement" speaking, "The Arms Accord seeks to …" as a treaty's wish).

An instrument says nothing and wants nothing: what reads as its words is its text or its purpose, told by the
writer. A name is an instrument's when its head, the last word of the name before any comma ("The Harbour
Accord, or HA,"), is a capitalised noun of an instrument: Act, Agreement, Accord, Treaty, Pact, Doctrine,
Protocol, Convention, Constitution, Amendment, Directive, Statute. Left out as too often a
body or a person: "Program", "Initiative" (bodies: "World Food Program"), "Law", "Bill" (surnames, first
names), "Plan", "Care", "Deal", "Charter" (surnames: "Gov. Nathan Deal").
Word lists are general English, kept as data.
"""
from __future__ import annotations

import re

INSTRUMENT_NOUNS = frozenset("""
Act Acts Agreement Agreements Accord Accords Treaty Treaties Pact Doctrine Protocol Convention
Constitution Amendment Directive Statute
""".split())
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def names_an_instrument(name: str | None) -> bool:
    """Whether ``name`` (a speaker's or holder's name or mention) names a law, treaty or agreement."""
    if not name:
        return False
    words = [_EDGE.sub("", w) for w in name.split(",")[0].split()]
    words = [w for w in words if w]
    return bool(words) and words[-1] in INSTRUMENT_NOUNS and len(words) > 1
