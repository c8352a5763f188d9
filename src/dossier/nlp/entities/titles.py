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
demonstrator activist volunteer veteran student resident farmer""".split())
POSTS = (ROLE_NOUNS | OCCUPATION_TITLES) - STYLE_NOUNS


def after_title(doc, start: int, end: int) -> int:
    """Where a PERSON span's name begins: past a post noun in capitals that opens it ("Councilor Lin
    Haomei" -> "Lin Haomei"), when a proper noun follows; else ``start``."""
    first = doc[start]
    if end - start >= 2 and first.text.istitle() and first.lower_ in POSTS and doc[start + 1].pos_ == "PROPN":
        return start + 1
    return start


def opens_title(doc, start: int, end: int) -> bool:
    """One word tagged an organisation that is only the first word of a post's title before a name
    ("State" in "State Councilor Lin Haomei")."""
    if end - start != 1 or end + 1 >= len(doc) or doc[start].lower_ not in TITLE_OPENERS:
        return False
    title = doc[end]
    return title.text.istitle() and title.lower_ in ROLE_NOUNS and doc[end + 1].pos_ == "PROPN"
