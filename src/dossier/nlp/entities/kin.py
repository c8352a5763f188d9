"""Titles read off a bare surname that the text describes as someone's relative.

Strict reads of unseen articles (roles of quote records): "Hilde Moss" got "President" from a mention of her
husband, "President Moss"; a candidate "Tomas Varn" got "President" from "President Varn, his uncle". A bare surname
may be a relative's, so a title before a bare surname described as a relative right beside it ("President Varn, his
uncle,", "her husband, President Moss") is no role of the person named in full.

    own_spans(doc, spans) -> spans   # [(start, end) token spans] of one person, less bare surnames set as kin
    bare_surname_doubtful(doc, start, end, surname) -> bool   # such a mention of a fuller name's ``surname``
"""
from __future__ import annotations

# Nouns of family, a relative who may share the surname (general English, as data; attribution.roles.RELATION_NOUNS
# adds the relations that do not, "fiancée", "girlfriend", and the unspecific "child", "relative").
KIN_NOUNS = frozenset("""mother father son daughter wife husband widow widower brother sister parent grandmother
grandfather grandson granddaughter aunt uncle cousin niece nephew stepfather stepmother stepson stepdaughter mom
dad""".split())


def kin_beside(doc, start: int, end: int) -> bool:
    """The mention at tokens [start, end) is set beside a family noun that describes it: the noun is its
    appositive or the name is the noun's ("President Varn, his uncle,", "her husband, President Moss"), or the
    noun stands right before its title ("her husband President Moss")."""
    span = doc[start:end]
    for t in span:
        if any(c.lower_ in KIN_NOUNS and c.dep_ in ("appos", "compound", "nmod") for c in t.children):
            return True
        if t.head.lower_ in KIN_NOUNS and t.dep_ in ("appos", "compound", "nmod") and not start <= t.head.i < end:
            return True
    k = start - 1
    while k >= 0 and (doc[k].text[:1].isupper() or doc[k].text in (",", ".")) and start - k <= TITLE_REACH:
        k -= 1  # past the title and a comma: "her husband, President Moss"
    return k >= 0 and doc[k].lower_ in KIN_NOUNS


TITLE_REACH = 4  # tokens of a title (and a comma) between a family noun and the name it describes


def own_spans(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (one person's name mentions, titles outside them) less one-word mentions of the surname
    described as someone's relative (``kin_beside``) when another mention writes the name in full."""
    s0, e0 = max(spans, key=lambda se: se[1] - se[0], default=(0, 0))
    if e0 - s0 < 2:
        return spans
    return [(s, e) for s, e in spans if not bare_surname_doubtful(doc, s, e, doc[e0 - 1].text)]


def bare_surname_doubtful(doc, start: int, end: int, surname: str) -> bool:
    """A one-word mention at [start, end) that is the ``surname`` of a person named in full, described as a
    relative beside it: a title before it is the relative's (module docstring). A given name so described is
    the person ("his older brother, Ivo": the person's own relation, kept)."""
    return end - start == 1 and doc[start].text == surname and kin_beside(doc, start, end)
