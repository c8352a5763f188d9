"""A post's title written before a person's name and read by spaCy as part of a name.

Two shapes of one fault, both seen on AllSides dev articles:

* the title opens the PERSON span: "State [Councilor Lin Haomei]" -> the name is "Lin Haomei";
* the title's first word is tagged an organisation of its own: "[State] Councilor Lin Haomei",
  "[Foreign] Minister …": a word that names no body alone ("State", "Foreign") and only opens the title.
  Words that do name a body alone ("Treasury Secretary …", "House Speaker …") stay entities.
"""
from __future__ import annotations

from .roles import ROLE_NOUNS, STYLE_NOUNS

# First words of a title that name no organisation by themselves ("State Councilor", "Foreign Minister").
TITLE_OPENERS = frozenset("state foreign defense defence interior finance prime vice deputy".split())
# Occupations written as a title before a name ("Nurse Kara Hollis", "Detective Ivo Brant"): not the name.
OCCUPATION_TITLES = frozenset("""nurse pastor detective sheriff coach trooper sergeant captain lieutenant protester
demonstrator activist volunteer veteran student resident farmer speaker whip""".split())
# Military ranks before a name, written with or without a full stop ("Lt Col Ana Lind", "Maj. Gen. Ivo Brant").
RANKS = frozenset("lt col gen maj capt sgt adm cpl brig cdr cmdr colonel major corporal brigadier".split())
# The armed services named before a rank ("Navy Capt.", "Air Force Lt. Col.", "Army Sgt."): with the rank they
# are the person's, not the post's (general English, as data).
SERVICES = frozenset("army navy marine marines air force coast guard national".split())
# Words inside a rank's name ("Staff Sgt.", "Master Sgt.", "Chief Petty Officer"): part of the rank, saying no more.
RANK_PARTS = frozenset("staff master first chief petty command gunnery private specialist senior".split())
POSTS = (ROLE_NOUNS | OCCUPATION_TITLES | RANKS) - STYLE_NOUNS
TITLE_WORDS_MAX = 3  # words of a title a PERSON span may open with ("Senate Minority Whip")


def after_title(doc, start: int, end: int) -> int:
    """Where a PERSON span's name begins: past a title in capitals that opens it ("Councilor Lin Haomei",
    "Minority Whip Ana Lind" -> "Ana Lind"), up to its last post noun within ``TITLE_WORDS_MAX`` words,
    when proper nouns follow; else ``start``."""
    for k in range(min(end - 2, start + TITLE_WORDS_MAX - 1), start - 1, -1):
        tok = doc[k]
        if tok.text.istitle() and post_word(tok.lower_.rstrip(".")) and all(t.pos_ == "PROPN" for t in doc[k + 1:end]) \
                and all(t.text.istitle() and t.text.rstrip(".").isalpha() for t in doc[start:k]):
            return k + 1
    return start


def post_word(low: str, posts: frozenset = POSTS) -> bool:
    """A post's noun (one of ``posts``), singular or plural: a plural title shared by a list of names opens a PERSON
    span as the singular does ("[Congresswomen] Ada Tlain and …", "Republican [Senators] Rosa Vey of …"), and
    is no part of the first person's name. Source: strict reads of names on unseen articles."""
    if low in posts:
        return True
    singular = low[:-3] + "man" if low.endswith("men") else low[:-1] if low.endswith("s") else ""
    return singular in posts


def opens_title(doc, start: int, end: int) -> bool:
    """One word tagged an organisation that is only the first word of a post's title before a name
    ("State" in "State Councilor Lin Haomei")."""
    if end - start != 1 or end + 1 >= len(doc) or doc[start].lower_ not in TITLE_OPENERS:
        return False
    title = doc[end]
    return title.text.istitle() and title.lower_ in ROLE_NOUNS and doc[end + 1].pos_ == "PROPN"


def rank_stop(doc, k: int) -> bool:
    """Token ``k`` is the full stop of a capitalised rank abbreviation, split off by the tokenizer ("Brig" ".",
    "Capt" "."): the parser may open a new sentence after it ("Retired Army Brig. | Gen. Ana Lind"), but the
    title runs on across it. Source: strict reads of roles on unseen articles (long titles cut at "Brig.")."""
    return (k >= 1 and doc[k].text == "." and not doc[k - 1].whitespace_ and doc[k - 1].text[:1].isupper()
            and doc[k - 1].lower_ in RANKS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())


MAX_NAME_WORDS = 3  # words of a person's name after a rank ("Eli Ana Dane")
NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL"})


def past_rank(doc, end: int) -> int:
    """The end of a phrase cut at a rank's split-off full stop (``rank_stop``), taken on over further ranks to the
    end of the name of a person after it ("father of Army Sgt" | ". Eli Dane" -> "father of Army Sgt. Eli
    Dane": whose father, the name says): up to ``MAX_NAME_WORDS`` capitalised proper nouns, not a place's,
    a people's or a date; ``end`` when no such name follows."""
    if end >= len(doc) or not rank_stop(doc, end):
        return end
    k = end + 1
    while k < len(doc) and (doc[k].lower_.rstrip(".") in RANKS or rank_stop(doc, k)):
        k += 1
    name = k
    while name < len(doc) and name - k < MAX_NAME_WORDS and doc[name].pos_ == "PROPN" and doc[name].text.istitle() \
            and doc[name].ent_type_ not in NOT_NAMES:
        name += 1  # the parser may type it a body after the broken sentence ("[Eli Dane]" an ORG)
    return name if k < name < len(doc) and doc[name].pos_ != "PROPN" else end
