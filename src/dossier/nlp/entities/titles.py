"""A post's title written before a person's name and read by spaCy as part of a name.

Two shapes of one fault, both seen on AllSides dev articles:

* the title opens the PERSON span: "State [Councilor Lin Haomei]" -> the name is "Lin Haomei";
* the title's first word is tagged an organisation of its own: "[State] Councilor Lin Haomei",
  "[Foreign] Minister …": a word that names no body alone ("State", "Foreign") and only opens the title.
  Words that do name a body alone ("Treasury Secretary …", "House Speaker …") stay entities.
"""
from __future__ import annotations

from .roles import ROLE_NOUNS

# First words of a title that name no organisation by themselves ("State Councilor", "Foreign Minister").
TITLE_OPENERS = frozenset("state foreign defense defence interior finance prime vice deputy".split())
# Titles that are part of how the person is named ("Prince Andrew", "Queen Noor", "Sister Agnes"): kept.
STYLE_NOUNS = frozenset("prince king queen emperor monarch father son daughter brother sister wife husband "
                        "grandfather".split())
# Occupations written as a title before a name ("Nurse Kara Hollis", "Detective Ivo Brant"): not the name.
OCCUPATION_TITLES = frozenset("""nurse pastor detective sheriff coach trooper sergeant captain lieutenant protester
demonstrator activist volunteer veteran student resident farmer speaker whip""".split())
# Military ranks before a name, written with or without a full stop ("Lt Col Ana Lind", "Maj. Gen. Ivo Brant").
RANKS = frozenset("lt col gen maj capt sgt adm cpl brig cdr cmdr colonel major corporal brigadier".split())
POSTS = (ROLE_NOUNS | OCCUPATION_TITLES | RANKS) - STYLE_NOUNS
TITLE_WORDS_MAX = 3  # words of a title a PERSON span may open with ("Senate Minority Whip")


def after_title(doc, start: int, end: int) -> int:
    """Where a PERSON span's name begins: past a title in capitals that opens it ("Councilor Lin Haomei",
    "Minority Whip Ana Lind" -> "Ana Lind"), up to its last post noun within ``TITLE_WORDS_MAX`` words,
    when proper nouns follow; else ``start``."""
    for k in range(min(end - 2, start + TITLE_WORDS_MAX - 1), start - 1, -1):
        tok = doc[k]
        if tok.text.istitle() and tok.lower_.rstrip(".") in POSTS and all(t.pos_ == "PROPN" for t in doc[k + 1:end]) \
                and all(t.text.istitle() and t.text.rstrip(".").isalpha() for t in doc[start:k]):
            return k + 1
    return start


def opens_title(doc, start: int, end: int) -> bool:
    """One word tagged an organisation that is only the first word of a post's title before a name
    ("State" in "State Councilor Lin Haomei")."""
    if end - start != 1 or end + 1 >= len(doc) or doc[start].lower_ not in TITLE_OPENERS:
        return False
    title = doc[end]
    return title.text.istitle() and title.lower_ in ROLE_NOUNS and doc[end + 1].pos_ == "PROPN"
