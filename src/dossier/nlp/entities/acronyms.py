"""A short form in brackets right after an organisation's name is that organisation ("the Immigration and
Border Enforcement agency (IBE) … IBE said": one entity, named in full), as newswriting introduces
abbreviations (AP Stylebook: spell out on first reference, abbreviate after)."""
from __future__ import annotations

import re

from .mentions import Group

SHORT_FORM = re.compile(r"^[A-Z][A-Za-z&.]{1,7}$")  # "IBE", "U.N.", "NatWest" is no short form (lower after upper)
NAMED_TYPES = frozenset({"ORG", "FAC", "NORP", "GPE"})
COMMON_WORDS = 2  # lower-case nouns between a name and its bracket ("the … Enforcement agency (IBE)")


def join_short_forms(doc, others: dict) -> None:
    """Fold each group written only as a bracketed short form after another group's mention, whose first
    letter it shares, into that group (``others``: key -> Group, changed in place)."""
    ends = {m.end: (key, g) for key, g in others.items() if g.type in NAMED_TYPES for m in g.mentions}
    for key, group in list(others.items()):
        firsts = [m for m in group.mentions if _bracketed(doc, m)]
        if not firsts or group.type not in NAMED_TYPES:
            continue
        text = doc[firsts[0].start:firsts[0].end].text
        if not SHORT_FORM.match(text) or sum(c.isupper() for c in text) < 2:
            continue
        full = _named_before(doc, firsts[0].start - 1, ends)
        if full is None or full[0] == key or not _initial_of(doc, full[1], text):
            continue
        full[1].mentions.extend(group.mentions)
        del others[key]


def _named_before(doc, bracket: int, ends: dict):
    """The (key, group) whose mention ends right before the bracket, or before up to ``COMMON_WORDS``
    lower-case nouns it ends on ("the … Enforcement agency (IBE)")."""
    i = bracket
    while bracket - i < COMMON_WORDS and i > 0 and doc[i - 1].is_lower and doc[i - 1].pos_ == "NOUN":
        if i in ends:
            break
        i -= 1
    return ends.get(i)


def _bracketed(doc, m) -> bool:
    return 0 < m.start and m.end < len(doc) and doc[m.start - 1].text == "(" and doc[m.end].text == ")"


def _initial_of(doc, group: Group, short: str) -> bool:
    """The short form starts with the first capital of the group's name ("IBE" for "Immigration and …")."""
    name = next((n for n in group.names if n[:1].isupper()), None) or doc[group.mentions[0].start:group.mentions[0].end].text
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return bool(capitals) and capitals[0] == short[0]
