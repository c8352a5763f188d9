"""Dependency-label sets that several stages read the parse with (spaCy's English labels, ClearNLP style).

``SUBJECT_DEPS``: the subject of a clause, active or passive ("[Vell] said", "[the plan] was dropped"). Modules
that need a wider set (an expletive "there", a clausal subject) or a narrower one say so where they declare it.
``FINITE_TAGS``: the Penn tags of a finite verb, one that makes a clause of its own ("said", "says", "say");
``FINITE_OR_MODAL`` adds the modal ("will go"). ``finite(verb)``: the verb heads a finite clause;
``present_perfect(verb)``: it is told with "has" or "have".
"""
from __future__ import annotations

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
FINITE_OR_MODAL = FINITE_TAGS | {"MD"}


def finite(verb) -> bool:
    """``verb`` heads a finite clause: a tense of its own, or a finite or modal auxiliary ("has gone", "will go",
    "was sold"), not an infinitive ("to be") or a bare participle."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_OR_MODAL for c in verb.children)


def present_perfect(verb) -> bool:
    """``verb`` is told in the present perfect: a "has" or "have" auxiliary on it ("has closed", "have left")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
