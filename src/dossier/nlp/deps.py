"""Dependency-label sets that several stages read the parse with (spaCy's English labels, ClearNLP style).

``SUBJECT_DEPS``: the subject of a clause, active or passive ("[Vell] said", "[the plan] was dropped"). Modules
that need a wider set (an expletive "there", a clausal subject) or a narrower one say so where they declare it.
``FINITE_TAGS``: the Penn tags of a finite verb, one that makes a clause of its own ("said", "says", "say").
"""
from __future__ import annotations

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
