"""Objects that carry the writer's own judgment of what is held (stobj19).

Strict readers of fresh news (read 50, paraphrased; stobj19 on dev) marked wrong objects in which words of the
writer's weigh what the holder opposes or wants, words the holder would never use of it: "denounced the guards'
[largely ineffectual] raid on the rebels", "wants to push her [pet] reforms", "urged farmers to head
[illegally] into Veska". The object is one span, so those words cannot be left out: the stance is not shown.

Two shapes, outside quotation marks (quoted words are the holder's own, or another's the writer cites):

* a hedging adverb on an adjective or participle that describes a noun ("largely ineffectual", "mostly symbolic",
  "widely criticised"): a weighed verdict, which a holder who condemns or backs a thing does not hedge;
* for a wish, a backing or a bid (``WISHING``), a word that slights the thing wished (``SLIGHTING_WORDS``;
  "pet" only before a noun of aims, ``PET_AIMS``, not "pet shops"): no one slights their own aim.

``writers_judgment`` takes a Doc, an object's character span and its attitude, and returns a bool.
"""
from __future__ import annotations

from ..entities.roles import in_quotation
from .tails import span_tokens

HEDGING_ADVERBS = frozenset("""largely mostly partly partially somewhat relatively fairly widely
arguably seemingly ostensibly supposedly""".split())
DESCRIBING_DEPS = frozenset({"amod", "acomp", "compound"})
WISHING = frozenset({"wants", "supports", "recommends"})
SLIGHTING_WORDS = frozenset("""illegally unlawfully misguided ill-conceived ill-fated harebrained hare-brained
quixotic botched""".split())
PET_AIMS = frozenset("""project projects priority priorities cause causes issue issues idea ideas theory theories
policy policies scheme schemes reform reforms plan plans""".split())


def _hedged_description(w) -> bool:
    """ "largely ineffectual raid": a hedging adverb on an adjective or participle that describes a noun."""
    head = w.head
    return w.lower_ in HEDGING_ADVERBS and w.dep_ == "advmod" and head.i != w.i and (
        head.pos_ == "ADJ" or head.tag_ == "VBN") and head.dep_ in DESCRIBING_DEPS


def _slighting(w) -> bool:
    doc = w.doc
    if w.lower_ == "pet":
        return w.i + 1 < len(doc) and doc[w.i + 1].lower_ in PET_AIMS
    return w.lower_ in SLIGHTING_WORDS


def writers_judgment(doc, span, attitude: str) -> bool:
    """The object holds, outside quotation marks, a hedged description or (for ``WISHING``) a slighting word
    (see the module docstring)."""
    words = span_tokens(doc, span)
    if words is None:
        return False
    for w in words:
        if not (_hedged_description(w) or (attitude in WISHING and _slighting(w))):
            continue
        if not in_quotation(doc, w.i):
            return True
    return False
