"""Whether a span the parser typed otherwise reads as a person's name ("Teo Marlow" tagged ORG).

Used so that a later bare surname ("Marlow said") still resolves to the full name. Only a clear given
name (gender-guesser's lists, through ``gender.listed_gender``) followed by one or two capitalised
words that are not organisation words counts.
"""
from __future__ import annotations

import re

from ..entities.extract import NAME_PARTICLES as ENTITY_NAME_PARTICLES
from ..gender import given_name_known, listed_gender

# Particles that open or sit inside a family name ("al-Rashid", "van Dijk", "bin Omar", "Ursula von der Leyen"):
# never a name alone, written in lower case inside one (general, as data).
NAME_PARTICLES = ENTITY_NAME_PARTICLES | frozenset("""ad ar as ash at az de da di du del della dos das van von der
den ter le la y""".split())


def particle_surname(words: list[str]) -> bool:
    """A surname written with its particles alone ("De Luca", "van der Berg", "bin Salman", name words
    already split at hyphens: "Al-Rashid"): two words or more, all but the last a particle, in either case.
    Such a name is the tail of a full name ("Marco de Luca"), whatever the case of its particles."""
    return len(words) >= 2 and all(w.lower() in NAME_PARTICLES for w in words[:-1])


def ends_with_words(full: list[str], tail: list[str]) -> bool:
    """Whether the longer name ``full`` ends with the words of ``tail``, compared in lower case: a particle
    capitalised at the head of a bare surname ("De Luca", "Al-Rashid") is the one a full name writes in
    lower case ("Marco de Luca", "Karim al-Rashid")."""
    return len(full) > len(tail) and [w.lower() for w in full[-len(tail):]] == [w.lower() for w in tail]


TITLE_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:[A-Z]\. )?(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")

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
    return listed_gender(words[0]) is not None


def names_in_title(title: str | None) -> list[str]:
    """People's full names in a headline kept apart from the text ("Sen. Chris Murphy: quay must close" ->
    ["Chris Murphy"]): a clear given name and a capitalised surname, as ``reads_as_person`` reads them. A
    record's title is not parsed, yet its names are the article's: a bare "Murphy said" in the text is him."""
    if not title:
        return []
    out = []
    for m in TITLE_NAME.finditer(title):
        name = f"{m.group(1)} {m.group(2).split()[-1]}"
        if _plain_name(name) and name not in out:
            out.append(name)
    return out


def _plain_name(name: str) -> bool:
    """``reads_as_person``, with any given name the lists know ("Chris", "Jordan": mostly male, either;
    a name with a clear gender is known too)."""
    words = name.split()
    return not any(w.lower() in ORG_WORDS for w in words) and given_name_known(words[0])
