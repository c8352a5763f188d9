"""Posts the article gives a person in a clause rather than a title or an apposition.

"Sen. Ida Roan, who was named chairman of the fisheries committee last week, …", "Roan was elected chairman
…", "Roan, who chairs the fisheries committee, …", "Roan visited the port as the new chairman of the
committee", "Roan became chairman …": a later "the new fisheries committee chairman said" is Roan, though her
title reads "Sen.". Source: strict reads of dev speakers (AllSides 1041-1999, round 16).

Shape: ``posts(doc, start, end)`` -> the posts given the person named at tokens [start, end), as written
("chairman of the fisheries committee"; "chairman" for "who chairs the …").
"""
from __future__ import annotations

from .rules import SUBJECT_DEPS
# Verbs that put someone in a post named as their complement ("was named chairman", general English, as data).
NAMING_VERBS = frozenset("name elect appoint choose make tap select install confirm nominate".split())
BEING_VERBS = frozenset({"be", "become"})  # "Roan became chairman", "Roan is the chairman"
# Verbs that say someone holds a post ("who chairs the committee"), and the post they say.
HOLDING_VERBS = {"chair": "chairman", "head": "head", "lead": "leader", "command": "commander", "direct": "director"}
COMPLEMENT_DEPS = frozenset({"oprd", "attr", "xcomp"})


def _phrase(noun) -> str:
    """The post as written: the noun with the words set before it and its "of" phrase; no article, clause
    or other phrase ("chairman of the fisheries committee")."""
    keep = []
    for tok in noun.subtree:
        if tok.is_punct or (tok.dep_ == "det" and tok.head.i == noun.i):
            continue
        step = tok
        while step.i != noun.i and not (step.head.i == noun.i and (
                step.dep_ in ("relcl", "acl", "appos", "conj", "cc") or step.dep_ == "prep" and step.lower_ != "of")):
            step = step.head
        if step.i == noun.i:
            keep.append(tok)
    return " ".join(t.text for t in keep)


def _post_noun(tok) -> bool:
    """``tok`` is a singular common noun, though the tagger took a lower-case one for a name ("named
    [secretary] of the treasury")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.text.islower()


def _of_verb(verb, subject, current: bool = False) -> list[str]:
    """Posts ``verb`` gives its subject ``subject`` (the name, or "who" of a relative clause on it): a
    complement of a passive verb of naming ("was named chairman", never the active "named Vell chairman") or of
    "be" / "become", a post a verb of holding says ("chairs the committee"), or "as" a post when the verb has
    no person for its object ("visited the port as the new chairman"). ``current``: no post a past "was" gives
    ("who was chairman of …" held it then)."""
    found = []
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in HOLDING_VERBS and subject.dep_ == "nsubj" and objects:
        found.append(HOLDING_VERBS[lemma])
    past = current and lemma == "be" and verb.tag_ == "VBD"
    if lemma in BEING_VERBS and subject.dep_ == "nsubj" and not past or lemma in NAMING_VERBS and subject.dep_ == "nsubjpass":
        found += [_phrase(c) for c in verb.children if c.dep_ in COMPLEMENT_DEPS and _post_noun(c)]
    if subject.dep_ == "nsubj" and not any(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" for o in objects):
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                found += [_phrase(c) for c in prep.children if c.dep_ == "pobj" and _post_noun(c)]
    return found


def posts(doc, start: int, end: int, current: bool = False) -> list[str]:
    """The posts a clause gives the person named at tokens [start, end): the verb of a relative clause on
    the name ("who was named chairman of …", "who chairs …"), or the verb whose subject the name is ("Roan was
    elected chairman", "Roan became chairman", "Roan visited … as the new chairman of …"). ``current``: not
    a post a past "was" gives (``_of_verb``)."""
    if end <= start:
        return []
    root = doc[start:end].root
    found = []
    for rel in root.children:
        who = next((c for c in rel.children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that")), None)
        if rel.dep_ == "relcl" and who is not None:
            found += _of_verb(rel, who, current)
    if root.dep_ in SUBJECT_DEPS:
        found += _of_verb(root.head, root, current)
    return [p for p in found if p]
