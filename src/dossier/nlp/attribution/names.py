"""Whether a span the parser typed otherwise reads as a person's name ("Teo Marlow" tagged ORG).

Used so that a later bare surname ("Marlow said") still resolves to the full name. Only a clear given
name (gender-guesser's lists, through ``gender.first_name_gender``) followed by one or two capitalised
words that are not organisation words counts.
"""
from __future__ import annotations

from ..gender import first_name_gender

ORG_WORDS = frozenset("""
inc corp co ltd llc plc group bank fund trust foundation institute center centre council committee party
union league association society university college school hospital lines airlines airways motors systems
times post journal daily herald gazette tribune news press agency network radio tv club fc united city
county state republic ministry department office court house senate church
""".split())


def reads_as_person(name: str) -> bool:
    """True for "Teo Marlow", False for "Sollen Lines", "Victoria Station Trust" or "Brant"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w.lower() in ORG_WORDS for w in words):
        return False
    return first_name_gender(words[0]) is not None
