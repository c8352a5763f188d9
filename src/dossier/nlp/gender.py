"""The gender a name takes in an article, so that "he said" does not land on the woman quoted before him.

Evidence, strongest first: the article's own titles ("Mr. Brant", "Ms. Varn"), then the first name
through gender-guesser's bundled name lists. Only clear answers count: an ambiguous first name, or a
family name written first ("Kim Jong Un"), gives None, which agrees with every pronoun.
"""
from __future__ import annotations

import functools

from .doctext import token_strings

MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "dame", "queen", "princess", "sister"})
# Kinship nouns set beside a name ("her son Mazen", "Ana Lind, his widow,") say its gender as a title does.
MALE_KIN = frozenset("son husband father brother uncle nephew grandson grandfather boyfriend widower stepson dad".split())
FEMALE_KIN = frozenset("daughter wife mother sister aunt niece granddaughter grandmother girlfriend widow stepdaughter "
                       "mom".split())
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
FROM_FULL = "~"  # key prefix: a surname known only from a titled full name
GUESSES = {"male": "m", "female": "f"}  # gender-guesser's clear answers ("mostly_…" and "andy" are not)


@functools.lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=4096)
def first_name_gender(first: str) -> str | None:
    return GUESSES.get(_detector().get_gender(first))


def given_name_known(first: str) -> bool:
    """The name lists know ``first`` as a given name, whatever gender they lean to ("Chris", "Jordan")."""
    return _detector().get_gender(first) != "unknown"


def titled_surnames(doc) -> dict[str, str]:
    """Name (lower case) -> "m" or "f" from titles in the Doc: the surname for a title before it alone ("Mr.
    Brant": "brant"), the whole name for a title before a full name ("Ms. Ilse Varn": "ilse varn", and
    "~varn" for a bare "Varn" alone: "First Lady Anna Vell" says nothing of Tomas Vell)."""
    out: dict[str, str] = {}
    lowers, tags = token_strings(doc, "LOWER"), token_strings(doc, "POS")
    n = len(lowers)
    for i, low in enumerate(lowers):
        gender = "m" if low in MALE_TITLES else "f" if low in FEMALE_TITLES else None
        if gender is None or i + 1 >= n or tags[i + 1] != "PROPN":
            continue
        k = i + 1
        while k + 1 < n and tags[k + 1] == "PROPN":
            k += 1
        out.setdefault(" ".join(lowers[i + 1:k + 1]), gender)
        if k > i + 1:
            out.setdefault(FROM_FULL + lowers[k], gender)  # for a bare "Varn" only, not for another full name
    return out


def kin_named(doc) -> dict[str, str]:
    """Whole name (lower case) -> "m" or "f" for names a kinship noun stands beside. Keyed by the whole
    name, not the surname as titles are: a relative often shares it ("her father, Lorenzo Lynch")."""
    out: dict[str, str] = {}
    for name, gender in _kin_named(doc):
        out.setdefault(name, gender)
    return out


def _kin_named(doc):
    """(name, gender) for names a kinship noun stands beside: before it ("her son, Mazen Ilo") or as
    its appositive ("Mazen Ilo, her son,")."""
    lowers = token_strings(doc, "LOWER")
    for i in (i for i, w in enumerate(lowers) if w in MALE_KIN or w in FEMALE_KIN):  # no Token for the others
        tok = doc[i]
        gender = "m" if lowers[i] in MALE_KIN else "f"
        k = tok.i + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            first = k
            while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper():
                k += 1
            yield doc[first:k + 1].text.lower(), gender
        elif tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
            head = tok.head
            first = head.i
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
                first -= 1
            yield doc[first:head.i + 1].text.lower(), gender


class Genders:
    """Gender of the people of one Doc, by name. The Doc is read only when a pronoun first asks."""

    def __init__(self, doc):
        self.doc = doc

    @functools.cached_property
    def titled(self) -> dict[str, str]:
        return titled_surnames(self.doc)

    @functools.cached_property
    def kin(self) -> dict[str, str]:
        return kin_named(self.doc)

    def of(self, name: str | None) -> str | None:
        words = (name or "").split()
        if not words:
            return None
        whole, last = " ".join(words).lower(), words[-1].lower()
        titled = self.titled.get(whole) or self.titled.get(last) or self.kin.get(whole)
        if len(words) < 2:
            titled = titled or self.titled.get(FROM_FULL + last)
        if titled or len(words) < 2:
            return titled
        return first_name_gender(words[0])

    def agrees(self, name: str | None, pronoun: str) -> bool:
        """True unless the name's gender is known and differs from the pronoun's."""
        want = PRONOUN_GENDER.get(pronoun.lower())
        have = self.of(name)
        return want is None or have is None or have == want
