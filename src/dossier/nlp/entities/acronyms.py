"""A short form in brackets right after an organisation's name is that organisation ("the Immigration and
Border Enforcement agency (IBE) … IBE said": one entity, named in full), as newswriting introduces
abbreviations (AP Stylebook: spell out on first reference, abbreviate after)."""
from __future__ import annotations

import re

from .mentions import Group, Mention

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
    _join_untagged_short_forms(doc, others)


def _join_untagged_short_forms(doc, others: dict) -> None:
    """A bracketed short form the tagger gave no entity ("the Harbour Relief and Works Agency (HRWA)") is the
    group named right before it all the same: the bracket and every later bare use of the same letters not
    inside another mention ("HRWA said") become the group's mentions, and a group written only in those
    letters is folded in."""
    covered = {i for g in others.values() for m in g.mentions for i in range(m.start, m.end)}
    for start, end in _spelled_out(doc, covered):  # no group at all: the words the letters spell are one
        name = doc[start:end].text
        group = others.setdefault(("ORG", name), Group("ORG"))
        group.mentions.append(Mention(start, end, "ORG"))
        group.names.append(name)
        covered.update(range(start, end))
    for key, group in list(others.items()):
        if key not in others or group.type not in NAMED_TYPES:
            continue
        for m in list(group.mentions):
            if not (m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")"):
                continue
            short = doc[m.end + 1]
            if not SHORT_FORM.match(short.text) or sum(c.isupper() for c in short.text) < 2 \
                    or not _initial_of(doc, group, short.text):
                continue
            alone = {k for k, g in others.items() if g is not group
                     and all(doc[o.start:o.end].text == short.text for o in g.mentions)}
            if any(m.end + 1 in range(o.start, o.end) for k, g in others.items() if k not in alone and g is not group
                   for o in g.mentions):
                continue  # the bracket is part of another name
            for other_key in alone:  # "HRWA" tagged on its own: the same body
                group.mentions.extend(others.pop(other_key).mentions)
            covered = {i for g in others.values() for o in g.mentions for i in range(o.start, o.end)}
            for tok in doc[m.end + 1:]:
                if tok.text == short.text and tok.i not in covered:
                    group.mentions.append(Mention(tok.i, tok.i + 1, group.mentions[0].label))
                    covered.add(tok.i)
            break


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


SPELLING_JOINERS = frozenset({"and", "of", "the", "for", "&", "on", "in"})  # not spelled by the short form


def _spelled_out(doc, covered: set[int]) -> list[tuple[int, int]]:
    """Token spans of capitalised names right before a bracketed short form that no mention covers, whose
    capitalised words' initials spell the short form's letters exactly ("Harbour Relief and Works Agency
    (HRWA)"): the spelled-out name the tagger missed."""
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")" or tok.i - 1 in covered:
            continue
        short = doc[tok.i + 1].text.replace(".", "")
        if not SHORT_FORM.match(doc[tok.i + 1].text) or not short.isupper() or len(short) < 2:
            continue
        i, letters = tok.i, []
        while i > 0 and len(letters) < len(short) and i - 1 not in covered:
            word = doc[i - 1]
            if word.text[:1].isupper() and word.is_alpha:
                letters.append(word.text[0])
            elif word.lower_ not in SPELLING_JOINERS:
                break
            i -= 1
        while i < tok.i and doc[i].lower_ in SPELLING_JOINERS:
            i += 1
        if "".join(reversed(letters)) == short and i < tok.i:
            out.append((i, tok.i))
    return out
