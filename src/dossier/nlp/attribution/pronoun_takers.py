"""Whether a name a lone "he" / "she" was given to can be a person at all.

The tagger types as a person words that are none ("EU", "Brexit", "Parliament", "DailyNK", "swan song"), a
place ("Kessel") or a one-word headline line, and the pronoun steps then hand "he said" to them. A name of one
word takes a personal pronoun only with some sign in the article that it is someone's: a title before it
("Mr. Kessel", "President Kessel"), the article's own pronouns for it ("Kessel said he"), a given name the
name lists know ("Laura"), a role, or a turn of its own ("Kessel said", "said Kessel"). Never a word the
tagger also types as a place, body or event (unless a title or a turn of its own says it is someone),
an initialism, or a name with a lower-case word. Source: strict
reads of AllSides 1041-1999 (round 16: "he" given to "EU", "Brexit", "Parliament", "Twitter", "swan song").
"""
from __future__ import annotations

import functools
import re

from ..gender import Genders, given_name_known
from .cues import SPEECH_VERBS
from .groups import SPEAKING_NOUNS
from .names import NAME_PARTICLES as PARTICLES, ORG_WORDS
from .roles import ROLE_NOUNS
from .relays import NEWS_NAME_WORDS

PRONOUNS = frozenset({"he", "she", "him", "her"})
NOT_PEOPLE = frozenset("GPE LOC FAC ORG NORP EVENT LAW PRODUCT WORK_OF_ART LANGUAGE".split())
CAPITALS = re.compile(r"[A-Z]{2}")  # "EU", "JFK", "DailyNK": an initialism or a brand
BODY_WORDS = ORG_WORDS | NEWS_NAME_WORDS | frozenset("parliament congress senate government".split())
TITLE_MARKS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. prof prof. president "
                        "minister senator governor king queen prince princess speaker leader chairman mayor "
                        "judge sheikh ayatollah pope".split())


class PronounTakers:
    """Per Doc: ``takes(name, role)``, read lazily."""

    def __init__(self, doc, genders: Genders):
        self.doc = doc
        self.genders = genders

    def takes(self, name: str | None, role: str | None = None) -> bool:
        """``name`` may be who a lone "he" / "she" means (see the module's docstring)."""
        words = (name or "").split()
        if not words or name.lower() in PRONOUNS:
            return bool(words)  # an unresolved "he" stays what it is
        if all(not w[:1].isupper() for w in words):  # a description: "the first-term senator", not "swan song"
            return words[-1].lower() in ROLE_NOUNS or words[-1].lower() in SPEAKING_NOUNS
        if any(not w[:1].isupper() and w.split("-")[0].lower() not in PARTICLES for w in words):
            return False  # "Vell swan song"
        if len(words) > 1:
            return True
        word = words[0]
        low = word.lower()
        if CAPITALS.search(word) or low in BODY_WORDS:
            return False
        if role or self.genders.of(word) is not None or low in self._titled_or_speaking:
            return True  # "Mr. Trump", "Trump said he", "President Trump", "Trump said": a person, whatever else
        return low not in self._not_people and given_name_known(word)  # "Laura"; not "Ferry" the place

    @functools.cached_property
    def _not_people(self) -> frozenset[str]:
        """One-word names the tagger types, somewhere in the Doc, as no person's (a place, a body, an event)."""
        return frozenset(e.text.lower() for e in self.doc.ents if e.label_ in NOT_PEOPLE and len(e) == 1)

    @property
    def speaking_words(self) -> frozenset[str]:
        """Lower-case capitalised words after a title or that say something ("Corbyn said", "said Jones")."""
        return self._titled_or_speaking

    @functools.cached_property
    def _titled_or_speaking(self) -> frozenset[str]:
        """Capitalised words after a title ("President Assad") or that say something ("Corbyn said",
        "said Jones")."""
        out = set()
        for tok in self.doc:
            if not tok.text[:1].isupper() or tok.pos_ != "PROPN":
                continue
            before = self.doc[tok.i - 1] if tok.i else None
            if before is not None and (before.lower_ in TITLE_MARKS or (
                    before.lower_ in SPEECH_VERBS and tok.dep_ in ("nsubj", "nsubjpass"))):
                out.add(tok.lower_)
            elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS:
                out.add(tok.lower_)
        return frozenset(out)
