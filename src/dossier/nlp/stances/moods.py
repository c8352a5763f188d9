"""Objects whose verb form turns the attitude round or leaves it unreadable (stances17b).

Strict readers (paraphrased) marked wrong:

* a fear of a mandate: "expressed concerns that any strike not escalate the war" shown as "fears any strike not
  escalate the war": a verb in the bare form under its own subject (the subjunctive of "that it not …",
  ``mandated``) says what must or must not happen, a demand; read as a fear it says the reverse;
* an object that opens on a bare verb where the attitude is not a wish or advice: "afraid to lose the contract"
  shown as "fears lose the contract": "wants go" and "recommends sign" are read with their "to" understood,
  "fears lose", "opposes go" are not English. The object takes its "to" back (``with_to``: "fears to lose the
  contract"); one with no "to" before it is dropped (``bare_verb``).

``mandated`` and ``bare_verb`` take a Doc and an object's character span and return a bool; ``with_to`` returns a
span.
"""
from __future__ import annotations

from ..deps import SUBJECT_DEPS
from .tails import span_tokens

AUX_DEPS = frozenset({"aux", "auxpass"})
TO_UNDERSTOOD = frozenset({"wants", "recommends"})  # attitudes shown with a bare verb object, "to" understood


def mandated(doc, span) -> bool:
    """A verb of the object's top clause in the bare form (tag VB) with a subject of its own and no auxiliary or
    modal: "any strike not escalate the war", "that the council reject the plan"."""
    words = span_tokens(doc, span)
    if words is None:
        return False
    tops = [w for w in words if not words.start <= w.head.i < words.end or w.head.i == w.i]
    return any(w.pos_ in {"VERB", "AUX"} and w.tag_ == "VB" and any(c.dep_ in SUBJECT_DEPS for c in w.children)
               and not any(c.dep_ in AUX_DEPS for c in w.children) for w in tops)


def bare_verb(doc, span, attitude: str) -> bool:
    """The object opens on a verb in the bare form with no subject, for an attitude other than a wish or advice
    (``TO_UNDERSTOOD``)."""
    if attitude in TO_UNDERSTOOD:
        return False
    words = span_tokens(doc, span)
    first = words[0] if words is not None else None
    return first is not None and first.pos_ in {"VERB", "AUX"} and first.tag_ == "VB" and not any(
        c.dep_ in SUBJECT_DEPS for c in first.children)


def with_to(doc, span, attitude: str):
    """``span`` with the "to" right before its bare verb put back, for an attitude other than a wish or advice;
    ``span`` unchanged otherwise."""
    if attitude in TO_UNDERSTOOD:
        return span
    words = span_tokens(doc, span)
    if words is None or words.start == 0:
        return span
    first, before = words[0], doc[words.start - 1]
    if first.tag_ != "VB" or before.lower_ != "to" or before.dep_ != "aux" or before.head.i != first.i:
        return span
    return (before.idx, span[1])
