"""Who holds the floor when a "he" / "she" speaks: token tests that keep a pronoun source off a man who is only
talked about, or only passes through the passage, while another has been speaking.

News prose keeps its current speaker: "Vell said in the address … Foreign Minister Brant will travel to the
region next week … “We will find them,” he said" means Vell, the one speaking, as likely as Brant, the latest
subject, whose plan told in the future is most often still Vell's announcement (and a wrong person is worse
than an unnamed "he"). A man brought in by what he does now ("Brant criticised the plan. “…,” he said") is
the next speaker as a rule, and keeps the "he". A man named only as an object
("He compared the case to that of former adviser Ivo Brant", "“Don't be stupid,” he told Danny") is no antecedent
when the subject of his own clause is a pronoun of the same gender, who cannot be him (binding) and so is the
running "he" of the passage; nor when an unnamed speaker ("Vell's spokesman said …") speaks after him.
Source: strict reads, round 16 (read 38, paraphrased; rules checked on AllSides 1041-1999: a leader's televised address given to a minister named in
passing; a lawyer's words given to the man he compared his client with).

Shapes: every function takes spaCy tokens of one Doc and returns a bool or a token.
"""
from __future__ import annotations

from .rules import SUBJECT_DEPS
from . import roles
from .cues import SPEECH_VERBS
from ..gender import FEMALE_KIN, FEMALE_TITLES, MALE_KIN, MALE_TITLES, PRONOUN_GENDER

# Nouns for a man or a woman ("her husband" never speaks as "she"); the same words as ``speakers``.
MALE_NOUNS = MALE_KIN | MALE_TITLES | frozenset("man boy monk congressman chairman spokesman fisherman".split())
FEMALE_NOUNS = FEMALE_KIN | FEMALE_TITLES | frozenset("woman girl nun congresswoman chairwoman spokeswoman".split())
# Heads an object's clause is walked up through to its verb ("to that of [Brant]": to, that, of).
CLAUSE_POS = frozenset({"VERB", "AUX"})
FUTURE_AUX = frozenset({"will", "'ll", "’ll", "would", "shall"})
PLAN_HEADS = frozenset({"be", "set", "due", "plan", "expect", "schedule", "go"})  # "is to visit", "is set to sign" (general English)


def speaks(verb) -> bool:
    """``verb`` is a verb of saying (the cue list: "say", "tell", "add", "argue", "warn" …)."""
    return verb.pos_ in CLAUSE_POS and verb.lemma_.lower() in SPEECH_VERBS


def planned(verb) -> bool:
    """``verb`` tells a plan in the future: "will travel", "would meet", "is to visit", "is set to sign"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in PLAN_HEADS


def main_clause(verb) -> bool:
    """``verb`` heads its sentence, or a clause joined to the one that does."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def clause_verb(tok):
    """The verb of the clause ``tok`` stands in (its own head chain up to the first verb), or None."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in CLAUSE_POS:
            return tok
    return None


def subject_of(verb):
    """The subject token of ``verb`` (a passive one too), or None."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None


def same_gender_pronoun(tok, pronoun: str) -> bool:
    """``tok`` is "he" / "she" of the same gender as ``pronoun`` ("he", "she", "his", "her")."""
    gender = PRONOUN_GENDER.get(pronoun)
    return gender is not None and tok.lower_ in ("he", "she") and PRONOUN_GENDER.get(tok.lower_) == gender


def subject_role(root):
    """The token that holds a name's place in its clause: the noun it is set beside ("the envoy, Vell,") or
    the name itself."""
    return root.head if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") else root


def other_gender_nouns(pronoun: str) -> frozenset:
    """Nouns for a person of the other gender than ``pronoun`` ("her husband" never speaks as "she"); none
    for a pronoun of no gender."""
    gender = PRONOUN_GENDER.get(pronoun.lower())
    return FEMALE_NOUNS if gender == "m" else MALE_NOUNS if gender == "f" else frozenset()


def described_speaker(tok, pronoun: str) -> bool:
    """``tok`` is a singular noun for a person ("spokesman", "lawyer", "the official"), not a name, not of the
    other gender than ``pronoun`` ("her husband" for "she"), and the subject of a verb of saying: someone unnamed
    speaks there ("Vell's spokesman said …")."""
    return (tok.dep_ in SUBJECT_DEPS and tok.pos_ == "NOUN" and tok.tag_ == "NN"
            and tok.lower_ not in other_gender_nouns(pronoun)
            and tok.lemma_.lower() in roles.PERSON_NOUNS and speaks(tok.head))
