"""How sure a stance is: the chance a strict reader finds it right (issue 9), as for quotes.

Stances that pass every rule are still often wrong, and strict readers' verdicts (reads 21-26 and a dev
round, 2026-12) show where: an "opposes" or a "fears" (a ruling or a rejected claim read as opposition,
doubt read as fear), a short object that names nothing and cannot be understood alone ("the service",
"legislation"), and an actor the evidence sentence does not name (a "he" or "they" resolved across
sentences) are right far less often than a "supports", "accuses" or "recommends" whose actor is named
where it is said. A logistic model over those shapes (``FEATURES``), fitted by
``python -m dossier.nlp.attribution.train_confidence LABELS --kind stances`` on
``bench/labels/stances.jsonl``, gives each stance a probability; the brief shows the stances at or above
its threshold, the rest stay in the contract with ``"reportable": false``.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import Stance
from ..attribution.confidence import load_model as _load

MODEL_PATH = Path(__file__).parent / "models" / "confidence.json"
ATTITUDES = ("wants", "fears", "opposes", "supports", "accuses", "recommends")
FEATURES = tuple(f"attitude_{a}" for a in ATTITUDES) + (
    "short_object", "brief_object", "object_named", "actor_named", "pronoun_only", "quoted_evidence")
SHORT_OBJECT = 2  # words: "the service", "legislation"
BRIEF_OBJECT = 5
PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
QUOTE_MARKS = ('"', "“", "”")
# Capitalised words that name nothing at an object's start: "The security guarantees", "Any extension".
OPENERS = frozenset("the a an any this that these those his her its their our my some all no every".split())


def features(text: str, s: Stance) -> dict[str, float]:
    """The shape of stance ``s`` over ``text`` (the characters its spans index), one 0/1 value per name in
    ``FEATURES``. ``object_named``: the object holds a capitalised word other than an article or a
    determiner ("sanctions against North Korea", not "the toll"); ``actor_named``: a word of the actor's
    name (three letters or more) is written in the evidence; ``pronoun_only``: it is not, and the evidence has a "he", "she" or "they"."""
    object_words = text[s.object[0]:s.object[1]].split()
    words = len(object_words)
    evidence = text[s.evidence[0]:s.evidence[1]]
    named = any(w in evidence for w in s.actor.split() if len(w) > 2)
    values = {f"attitude_{a}": s.attitude == a for a in ATTITUDES}
    values.update({
        "short_object": words <= SHORT_OBJECT,
        "brief_object": SHORT_OBJECT < words <= BRIEF_OBJECT,
        "object_named": any(w.strip("\"“‘'(").istitle() and w.lower() not in OPENERS for w in object_words),
        "actor_named": named,
        "pronoun_only": not named and bool(PRONOUN.search(evidence)),
        "quoted_evidence": any(m in evidence for m in QUOTE_MARKS),
    })
    return {k: float(values[k]) for k in FEATURES}


def split(text: str, stances) -> tuple[list[Stance], list[Stance]]:
    """(sure, unsure) stances, each with its ``confidence``; all sure when no model is shipped."""
    model = _load(MODEL_PATH)
    if model is None:
        return list(stances), []
    return model.split(text, stances, features)
