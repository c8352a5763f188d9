"""A party's name whose first word spaCy leaves out: "Liberal [Democrats]", "Social [Democrats]", "Young
[Republicans]". The adjective makes another party (Britain's Liberal Democrats are not the US Democrats), so
the name without it is cut and wrong. A closed list of such first words, seen on AllSides dev articles; words
that only qualify the party ("House Democrats", "Congressional Democrats", "Texas Republican") are not in it.
"""
from __future__ import annotations

PARTY_OPENERS = frozenset("liberal social christian free new young".split())
# Nouns and adjectives of parties and their members ("Democrats", "GOP", "Tories", "Labour"): the entities read
# a party's name from them, the stances a caucus ("House Republicans") apart from its chamber.
PARTY_WORDS = frozenset("""democrats democrat democratic republicans republican gop conservatives conservative tory
tories labour liberal liberals socialists socialist unionists unionist greens""".split())


def party_start(doc, start: int, end: int) -> int:
    """Where a party name tagged from its second word begins: one word earlier when that word is a party's
    first word in capitals ("Liberal") and the span opens with a party noun ("Democrats"); else ``start``."""
    if start == 0 or doc[start].lower_ not in PARTY_WORDS:
        return start
    before = doc[start - 1]
    if before.text.istitle() and before.lower_ in PARTY_OPENERS and before.ent_type_ == "":
        return start - 1
    return start
