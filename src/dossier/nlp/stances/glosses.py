"""The writer's own reading of an actor, told as if it were the actor's attitude.

Strict readers of unseen news (stances15b) marked stances wrong that no one is reported to hold; the writer
infers, predicts or glosses them:

* a prediction of gain: "Ostria will vastly benefit once the sanctions are lifted", "would benefit from lower
  costs", "stands to gain from …" (``predicted_gain``): what may help the actor, not a benefit it has;
* the writer's explanation of an act: "A simpler explanation is that Toll wants …", "The real reason is that …"
  (``explained``);
* the writer's gloss of what someone said: "In effect, Hale wants …", "Toll essentially wants …", "in other
  words" (``glossed``);
* a tally moved: "gained seven points from the June poll" (``gained_a_measure``, stances17b);
* the writer's forecast of a step to come: "After the convention, Finch will seek to unify the party", "the new
  rulers will aim to protect …" (``forecast``, read 46): no one is reported to want it, the writer foresees it; one
  told by someone ("will seek his extradition, the prosecutor told reporters") or inside a quotation stays;
* the manner or tone of one remark, set off as a participle or "in a bid to" phrase: "Venn, seeking a more
  conciliatory tone, told …" (``manner_sought``): how the writer describes the remark, no lasting wish;
* in an opinion piece (``opinion_piece``: the title opens "OPINION:" or the outlet is an opinion desk), a want
  or fear no one in its sentence tells ("Ostria seeks to split the alliance", "Their desire is to …", "any
  crisis is good for Ostria") (``opinion_reading``): the columnist's reading of a motive, not one reported
  (strict reads of AllSides op-eds, sthold19b); speech acts ("urged", "accused") and told wishes stay.

Each function takes the trigger token and returns a bool.
"""
from __future__ import annotations

import re

from .bounds import SETTING_OFF
from .lexicon import PREDICTING_MODALS, REPORTING_VERBS, SPECULATIVE_MODALS

GAIN_ATTITUDE = "benefits_from"
# What one "has to gain": "may have something to gain", "could have much to gain".
GAIN_AMOUNTS = frozenset("something much lot little plenty anything more everything a_lot".split())
# Verbs and adjectives that put a gain in the future: "stands to gain", "is set to benefit", "is likely to".
FORECASTING_HEADS = frozenset("stand set poise expect likely bound due certain sure".split())
# Nouns of an explanation or a guess, whose "is that …" clause is the writer's reading.
EXPLAINING_NOUNS = frozenset("""explanation reason answer possibility theory interpretation reading guess bet
likelihood suspicion hunch conclusion truth reality motive motivation calculation""".split())
# Adverbs by which the writer sums up in their own words what someone said or did.
GLOSSING_ADVERBS = frozenset("essentially effectively basically ostensibly functionally practically".split())
PUTTING_ADVERBS = frozenset("simply bluntly plainly differently succinctly another".split())  # "put simply"
# "in effect", "in essence", "in other words", "in short", "in practice".
GLOSSING_PHRASES = frozenset({"effect", "essence", "words", "short", "sum", "practice"})
# What a remark's manner is: "a more conciliatory tone", "a softer note", "an image of strength".
MANNER_NOUNS = frozenset("""tone note image posture air register footing profile impression appearance
demeanor demeanour voice""".split())
MANNER_VERBS = frozenset("strike sound appear seem look project present soften strike".split())


def predicted_gain(t, attitude: str) -> bool:
    """A gain under a modal of prediction or a verb of forecast ("will benefit", "would gain", "stands to
    benefit", "is likely to gain"): a forecast, not a benefit had."""
    if attitude != GAIN_ATTITUDE:
        return False
    heads = [t]
    if t.dep_ in {"xcomp", "acomp"}:
        heads.append(t.head)
    if t.dep_ in {"relcl", "acl"} and t.head.lower_ in GAIN_AMOUNTS and t.head.head.lemma_.lower() == "have":
        heads.append(t.head.head)  # "may have something to gain from …": a supposed gain (stances16b)
    if any(c.dep_ == "aux" and c.lower_ in PREDICTING_MODALS | SPECULATIVE_MODALS for h in heads for c in h.children):
        return True
    return t.dep_ in {"xcomp", "acomp"} and (t.head.lemma_.lower() in FORECASTING_HEADS or t.head.lower_ == "going")


# What a candidate or a party "gains" as a tally ("gained 7 points", "gained ground", "gained three seats"): its
# "from" phrase is where the count started, not a thing that helped (stances17b, strict readers: "gained seven
# points from the June poll" is no benefit from the poll).
MEASURE_NOUNS = frozenset("""point percent percentage ground seat vote lead edge margin share place spot rank""".split())


def gained_a_measure(t, attitude: str) -> bool:
    """A gain verb whose object is a count or a measure (``MEASURE_NOUNS``, or a noun with a number): a tally
    moved, not a benefit had."""
    if attitude != GAIN_ATTITUDE or t.pos_ != "VERB":
        return False
    return any(c.dep_ in {"dobj", "obj", "npadvmod"} and (c.lemma_.lower() in MEASURE_NOUNS or any(
        n.dep_ == "nummod" for n in c.children)) for c in t.children)


def explained(t) -> bool:
    """The trigger is in the "that" clause of "the/a … explanation/reason is that …" (``EXPLAINING_NOUNS``)."""
    node, steps = t, 0
    while node.dep_ in {"ccomp", "xcomp", "conj", "attr", "advcl"} and node.head.i != node.i and steps < 4:
        node, steps = node.head, steps + 1
        if node.lemma_.lower() == "be" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in EXPLAINING_NOUNS
                                              for c in node.children):
            return True
    return False


def _clause_heads(t):
    heads = [t]
    if t.dep_ in {"xcomp", "acomp", "attr"}:
        heads.append(t.head)
    return heads


def glossed(t) -> bool:
    """The trigger's clause carries the writer's summing up: "In effect, Hale wants …", "Toll essentially
    wants …", "Hale wants, in other words, to …", "Put simply, Hale wants …"."""
    for h in _clause_heads(t):
        for c in h.children:
            if c.dep_ == "advmod" and c.lower_ in GLOSSING_ADVERBS and c.i < t.i:
                return True
            if c.lemma_.lower() == "put" and c.i < t.i and any(g.lower_ in PUTTING_ADVERBS for g in c.subtree):
                return True  # "Put simply, Hale wants …", "To put it bluntly, …"
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    g.dep_ == "pobj" and g.lower_ in GLOSSING_PHRASES and not any(k.dep_ in {"prep", "det"} for k in g.children)
                    for g in c.children):
                return True
    return False


# Verbs of striving the writer may put in the future: "will seek to", "will aim to", "will try to".
STRIVING_VERBS = frozenset("seek aim try attempt strive want hope".split())
# Words by which someone tells the step: "will seek …, the prosecutor told reporters", "vowed that she will …".
TELLING_WORDS = REPORTING_VERBS | frozenset("vow pledge promise announce signal expect plan confirm".split())


def forecast(t) -> bool:
    """A verb of striving (``STRIVING_VERBS``) under "will" in a sentence where no one tells it (no verb of
    ``TELLING_WORDS``, no quotation marks): the writer's forecast."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in STRIVING_VERBS or not any(
            c.dep_ == "aux" and c.lower_ in {"will", "'ll", "’ll"} for c in t.children):
        return False
    return untold(t.sent)


def untold(sent) -> bool:
    """No one tells ``sent``: no quotation marks, no verb of ``TELLING_WORDS``, no "according to"."""
    if any(q in sent.text for q in '"“”'):
        return False
    return not any((w.pos_ == "VERB" and w.lemma_.lower() in TELLING_WORDS) or w.lower_ == "according" for w in sent)


# A title's opening label of opinion ("OPINION: …", "Opinion | …") and an outlet's opinion desk ("Newsmax - Opinion").
_OPINION_TITLE = re.compile(r"^\s*opinion\s*[:|\-–—]", re.IGNORECASE)
_OPINION_OUTLET = re.compile(r"\bopinion\b", re.IGNORECASE)
# Verbs by which a holder voices the attitude itself: "voiced hope", "expressed fear", "made clear he wants".
VOICING_VERBS = frozenset("voice express make".split())
# Words of a plan, which is put forward in public, not read into a mind: "Obama's plan to admit …", "intends to".
PLAN_WORDS = frozenset("plan proposal intend intention".split())


def opinion_piece(title: str | None, outlet: str | None) -> bool:
    """The article is labelled an opinion piece: its title opens "OPINION:" or "Opinion |", or its outlet is
    an opinion desk ("Newsmax - Opinion", "New York Times - Opinion")."""
    return bool(title and _OPINION_TITLE.match(title)) or bool(outlet and _OPINION_OUTLET.search(outlet))


def opinion_reading(t, attitude: str) -> bool:
    """In an opinion piece, a want or a fear (``attitude``) that no one in its sentence tells or voices
    (:func:`untold`, no "voiced hope", "made it clear"): the columnist's reading of a motive. A plan
    (``PLAN_WORDS``: "the president's plan to admit …") is put forward in public and stays."""
    if attitude not in {"wants", "fears"} or t.lemma_.lower() in PLAN_WORDS or not untold(t.sent):
        return False
    return not any(w.pos_ == "VERB" and w.lemma_.lower() in VOICING_VERBS for w in t.ancestors)


def manner_sought(t) -> bool:
    """A participle of seeking set off beside its subject or verb ("Venn, seeking a more conciliatory tone,
    told …", "…, looking to strike a softer note") whose object is a manner (``MANNER_NOUNS``) or a verb of
    seeming (``MANNER_VERBS``): the writer's account of one remark."""
    if t.tag_ != "VBG" or t.dep_ not in {"advcl", "acl", "xcomp", "npadvmod", "dep"}:
        return False
    doc = t.doc
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in t.children):
        return False
    if not (t.left_edge.i == t.sent.start or doc[t.left_edge.i - 1].text in SETTING_OFF):
        return False
    for w in t.subtree:
        if w.i == t.i:
            continue
        if w.pos_ == "NOUN" and w.lemma_.lower() in MANNER_NOUNS and w.dep_ in {"dobj", "obj", "pobj"}:
            return True
        if w.pos_ == "VERB" and w.lemma_.lower() in MANNER_VERBS and w.head.i == t.i:
            return True
    return False
