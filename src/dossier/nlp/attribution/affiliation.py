"""Which state or body a post belongs to, as its words say (issue 9, a description resolved to the
wrong person): "the Velmoran president" and "Velmora's president" are Velmora's, "the incoming US
president" the United States', "Ostrian President" Ostria's, "the NATO chief" NATO's. A description
naming one state or body is never a person whose post is known to be another's.

Keys: a state the country index knows (``entities.states``: "US", "U.S.", "American", "Washington" ->
"US"); any other nationality word by its first ``STEM`` letters, lower case ("Ostrian" -> "ostri");
a body written in initials as its letters ("NATO", "U.N." -> "UN"). Parties are not affiliations here
(``speakers`` compares them apart), nor are titles written in capitals ("CEO").
"""
from __future__ import annotations

import re

from ..entities.states import index
from . import roles

STEM = 5  # letters that key a nationality the country index does not know ("Ostrian" ~ "Ostria")
INITIALS = re.compile(r"^(?:[A-Z]\.){2,5}$|^[A-Z]{2,5}$")
PARTY_INITIALS = frozenset({"GOP", "DNC", "RNC", "SNP", "DUP", "ANC"})
NOT_BODIES = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "MEP", "PM", "TV", "AM", "OK"})
# "the Republican senator", "the Kentucky Republican": a party, compared apart (``speakers._role_conflicts``)
PARTY_MEMBERS = frozenset("republican democrat independent conservative liberal socialist communist".split())
TITLE_ZONE = 5  # tokens before a name read as its title ("Ostrian foreign minister Ivo Brant")
TITLE_POS = frozenset({"PROPN", "ADJ", "NOUN", "PART"})  # words of a title, and the "'s" of "Velmora's"


def key(word: str, place: bool) -> str | None:
    """The affiliation a word names, or None: ``place`` when the parser (or the caller) reads it as a
    nationality the country index may not know ("Ostrian")."""
    word = word.strip(",;:()’'")
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    if not word:
        return None
    states = index()
    state = states.demonym_of(word) or states.state_named(word) or states.capital_of(word)
    if state is not None:
        return state.code
    if INITIALS.match(word):
        letters = word.replace(".", "")
        if letters in PARTY_INITIALS or letters in NOT_BODIES or letters.lower() in roles.ROLE_NOUNS:
            return None
        return letters
    if place and word[:1].isupper() and word.isalpha():
        return word.lower()[:STEM]
    return None


def nationality_word(word: str) -> bool:
    """"Belgian", "Turkish", "Israeli", "Ostrian": a capitalised adjective of nationality (not a party,
    not "Chairman")."""
    low = word.lower().strip(",.")
    return (word[:1].isupper() and low not in PARTY_MEMBERS and low not in roles.ROLE_NOUNS
            and (low.endswith(("ish", "ian", "ese", "ean", "i")) or (low.endswith("an") and not low.endswith("man"))))


def of_tokens(tokens) -> set[str]:
    """Affiliations named by parsed tokens: states the index knows (a capital for its state),
    nationality words, bodies in initials; not a place below a state ("the Texas governor", "the
    Kessel mayor": colour, the index knows no such state)."""
    out = set()
    for tok in tokens:
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_:
            continue  # "Moscow-based", "U.S.-led": where someone works or what leads, not whose post
        k = key(tok.text, nationality_word(tok.text))  # not any group the parser calls NORP ("Democratic")
        if k:
            out.add(k)
    return out


def of_description(head, places: bool = True) -> set[str]:
    """Affiliations a definite description gives its post: words before the noun ("the incoming US
    president", "Velmora's foreign minister", "the NATO chief") and the object of its "of" ("the
    president of Velmora"); with ``places``, also a place the parser tags as that object which the
    index does not know as a state ("the foreign minister of Kessel": Kessel's, whatever it is)."""
    words = [t for t in head.doc[head.left_edge.i:head.i] if t.dep_ != "det"]
    objects = [obj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
               for obj in prep.children if obj.dep_ == "pobj"]
    out = of_tokens(words + [t for obj in objects for t in obj.subtree])
    if places:
        out |= {key(obj.text, True) for obj in objects if obj.ent_type_ == "GPE"} - {None}
    return out


def of_role(role: str | None) -> set[str]:
    """Affiliations a role string names ("Ostrian President", "U.S. ambassador to Velmora", "NATO
    Secretary-General"); a capitalised nationality the index does not know by ``nationality_word``."""
    if not role:
        return set()
    words = role.replace("-", " ").split()
    out = set()
    for k, w in enumerate(words):
        pair = f"{w} {words[k + 1]}" if k + 1 < len(words) else None  # "North Korean", "South Africa"
        found = (key(pair, False) if pair else None) or key(w, nationality_word(w))
        if found:
            out.add(found)
    return out


def of_title(doc, start: int) -> set[str]:
    """Affiliations in the title written before a name that starts at token ``start`` ("Velmoran
    President Ana Lind", "Velmora's foreign minister Ana Lind"): the run of names, adjectives, possessive marks
    and nouns right before it, up to ``TITLE_ZONE`` tokens, on the same line."""
    words = []
    i = start - 1
    while i >= 0 and start - i <= TITLE_ZONE:
        t = doc[i]
        if "\n" in t.whitespace_ or t.is_space or t.pos_ not in TITLE_POS:
            break
        words.append(t)
        i -= 1
    return of_tokens(words)


def conflict(described: set[str], known: set[str]) -> bool:
    """Both sides name a state or body, and none in common."""
    return bool(described and known and not described & known)
