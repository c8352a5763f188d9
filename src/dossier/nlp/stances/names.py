"""The name a stance shows for its actor: the entity's name when it reads as one, else its cleanest alias.

Entity names sometimes carry page debris: a lead-in verb ("Says Varga" from "Says Varga:"), a camp's
nickname taken for a given name ("Team Varga", "Camp Varga"), a word repeated ("Varga Varga"), a lower-case word ("rebuke Varga"), an honorific inside ("MPs Mrs Varga") or a
plural acronym that makes it a group ("Liberal MPs" typed as a person). A stance is shown under a clean
alias of the same entity ("Varga", "Mrs Varga"), or dropped when there is none: a stance whose holder
cannot be named with confidence is worse than none.

Reads 40 and 46 found a camp's word run into a person's name ("Labourite Frank Abel", "Remainer Jill Harte"):
it is shown without (``without_camp``).

Reads 21-23 (strict readers on unseen news) found the tail of a title run into a person's name: "State Tillard" of
"Secretary of State Rex Tillard", "Scotland Lena Brook" of "First Minister of Scotland Lena Brook". A name that
opens, right after "of" in the text, with a word that is no given name (a department, a state, a region),
followed by what reads as a person's name, is shown as that person's clean alias, or not at all.
"""
from __future__ import annotations

import re

from ...model import Entity
from ..entities.people import names_group
from ..attribution.names import reads_as_person
from ..gender import listed_gender

PARTICLES = frozenset("de la le van von der den da di du del dos das bin ibn al el".split())
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lady lord".split())
LEAD_IN_VERBS = frozenset("said says told tells asked asks added adds wrote writes".split())
MAX_NAME_WORDS = 7
# "Save the" of "Save the Fjord", "Agency for" of "Agency for Harbours": a name never ends in one.
LINKING_WORDS = frozenset("the of and a an to for in on at by with".split())
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")  # "MPs", "MEPs": a group
# Words that make a person's surname the nickname of their camp ("Team Vell", "Camp Holm"): a campaign or
# circle, not the person, and no name of either (read 21).


# Words of a camp or party the parser runs into a person's name ("Labourite Frank Abel", "Tory Brexiteer Ian Dunn",
# read 46, "Remainer Jill Harte", read 40): a label of the person, no part of the name.
CAMP_WORDS = frozenset("""tory tories labour labourite laborite remainer leaver brexiteer brexiter eurosceptic euroskeptic
europhile blairite corbynite thatcherite trumpist unionist loyalist republican democrat conservative liberal
socialist nationalist progressive libertarian""".split())
CAMP_ENDINGS = ("ite", "eer", "ist")  # "Corbynite", "Brexiteer", "Trumpist"


def _camp_word(word: str) -> bool:
    low = word.lower()
    return low in CAMP_WORDS or (low.endswith(CAMP_ENDINGS) and listed_gender(word) is None)


def without_camp(name: str) -> str:
    """``name`` without the camp words before a person's name ("Tory Brexiteer Ian Dunn": "Ian Dunn"); unchanged
    when fewer than two words would be left or the rest does not read as a person's name."""
    words = name.split()
    k = 0
    while k < len(words) - 2 and _camp_word(words[k]):
        k += 1
    return " ".join(words[k:]) if k and reads_as_person(" ".join(words[k:])) else name


def display_name(entity: Entity, text: str = "") -> str | None:
    name = _display_name(entity, text)
    return without_camp(name) if name and entity.type == "PERSON" else name


def _display_name(entity: Entity, text: str = "") -> str | None:
    """``entity.name`` when it reads as a name, else its longest clean alias, else None. Only people's
    names are checked; a one-word alias stands in only when it ends the name ("Varga" for "Says Varga",
    not "Liberal" for "Liberal MPs"). With the article's ``text``, a name that carries a title's tail
    (``title_tail``) is shown as the person's alias without it, or not at all."""
    if text and title_tail(entity, text):
        rest = [a for a in entity.aliases if a.split()[:1] != entity.name.split()[:1] and _clean(a)
                and entity.name.endswith(a) and len(a.split()) > 1]
        return max(rest, key=len) if rest and entity.type == "PERSON" else None
    if ":" in entity.name or len(entity.name.split()) > MAX_NAME_WORDS:
        return None  # "Harbour Weekly: Ferries Have Become Too Slow": a headline, not a name
    if entity.name.split() and entity.name.split()[-1] in LINKING_WORDS:
        return None  # "Save the", "Group of": a name cut before its end
    if entity.type != "PERSON" or _clean(entity.name):
        return entity.name
    group = any(PLURAL_ACRONYM.match(w) for w in entity.name.split())  # "Liberal MPs": only "Mrs Varga" stands in
    aliases = sorted((a for a in entity.aliases if _clean(a)), key=lambda a: (-len(a.split()), -len(a)))
    last = entity.name.split()[-1] if entity.name.split() else ""
    for alias in aliases:
        words = alias.split()
        if len(words) > 1 or (not group and words[0] == last):
            return alias
    return None


def _clean(name: str) -> bool:
    words = name.split()
    if not words or words[0].lower() in LEAD_IN_VERBS or names_group(name):
        return False
    if len({w.lower() for w in words}) < len(words):
        return False
    for k, w in enumerate(words):
        low = w.lower()
        if PLURAL_ACRONYM.match(w) or (k and low in HONORIFICS):
            return False
        if not w[:1].isupper() and low not in PARTICLES:
            return False
    return True


def title_tail(entity: Entity, text: str) -> bool:
    """One of the name's mentions comes right after "of", its first word is no given name, and the rest reads
    as a person's name: "State Rex Tillard", "Scotland Lena Brook" (of "Secretary of State …", "First
    Minister of Scotland …"); not "Mary Ann Holm" of "the case of Mary Ann Holm"."""
    words = entity.name.split()
    if len(words) < 3 or listed_gender(words[0]) is not None or not reads_as_person(" ".join(words[1:])):
        return False
    return any(re.search(r"\bof\s$", text[max(0, s - 4):s]) for s, _ in entity.mentions)


_OWNER = re.compile(r"(.+?)['’]s\s+\S")
# A proper name going on after a mention: "… Marche", "… and White".
_RUNS_ON = re.compile(r"[ \t]+(?:(?:and|&)[ \t]+)?[A-Z]")


def owned_fragment(entity: Entity, entities: list[Entity], text: str) -> bool:
    """ "Macron's En" (of "Macron's En Marche"): another entity's name, a possessive, then the first part of the
    name of what it owns, which runs on in the text after the mention; neither the owner nor the thing owned
    (strict readers, stances22b). A whole name ("China's Foreign Ministry", "Women's March") stands."""
    owner = _OWNER.match(entity.name)
    if owner is None or not any(e.name != entity.name and (owner.group(1) == e.name or owner.group(1) in e.aliases)
                                for e in entities):
        return False
    return any(_RUNS_ON.match(text, end) for _, end in entity.mentions)
