"""How sure a stance is: the chance a strict reader finds it right (issue 9), as for quotes.

Stances that pass every rule are still often wrong, and strict readers' verdicts (reads 21-26 and a dev
round, 2026-12) show where: an "opposes" or a "fears" (a ruling or a rejected claim read as opposition,
doubt read as fear), a short object that names nothing and cannot be understood alone ("the service",
"legislation"), and an actor the evidence sentence does not name (a "he" or "they" resolved across
sentences) are right far less often than a "supports", "accuses" or "recommends" whose actor is named
where it is said. A logistic model over those shapes (``FEATURES``), fitted by
``python -m dossier.nlp.attribution.train_confidence LABELS --kind stance_shapes`` on
``bench/labels/stances.jsonl``, gives each stance a probability, and a stance under its threshold stays in the
contract with ``"reportable": false``.

Those shapes hardly rank fresh stances (AUC 0.47 on the 120 stances of reads 88-93 for a model fitted on the
1,257 labels before them), so since round 2026-12-07e a second model reads the stance's words
(``EMBEDDING_FEATURES``): the sentence vector of its evidence and that of its attitude and object ("wants the
harbour reopened"), each the attribution encoder's mean-pooled, L2-normalised states (``nlp.encoder``; 384
wide), 768 weights in all. Fitted the same way on the labels before reads 88-93, it ranks those 120 (all of them
stances the shape gate had passed) at AUC 0.74 and keeps 45 of them at 3/4, 40 right (89 %, against 73 % of all
120; ``bench/stance_gate_fresh.py``). A stance is shown when both pass (``split``). Training reads the labels'
texts from their articles (``train_confidence --kind stances --articles``); the shape model is
``--kind stance_shapes``, fitted on the first 949 labels.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import Stance
from ..attribution.confidence import load_model as _load
from ..attribution.encoder_tagger import MODEL_DIR as ENCODER_DIR

MODEL_PATH = Path(__file__).parent / "models" / "confidence.json"
SHAPE_MODEL_PATH = Path(__file__).parent / "models" / "shape_confidence.json"  # the gate before round 2026-12-07e
ATTITUDES = ("wants", "fears", "opposes", "supports", "accuses", "recommends")
WIDTH = 384  # the encoder's hidden width (all-MiniLM-L6-v2)
EMBEDDING_FEATURES = tuple(f"evidence_{i}" for i in range(WIDTH)) + tuple(f"object_{i}" for i in range(WIDTH))
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


def embedding_features(texts: list[tuple[str, str, str]]) -> list[dict[str, float]]:
    """One ``EMBEDDING_FEATURES`` dict per (evidence, attitude, object) text triple: the sentence vectors
    (``Encoder.sentence_vectors``) of the evidence and of "ATTITUDE OBJECT". Raises FileNotFoundError when the
    encoder is not installed with the package."""
    from ..encoder import Encoder

    if not texts:
        return []
    encoder = Encoder.load(ENCODER_DIR)
    evidence = encoder.sentence_vectors([e for e, _, _ in texts])
    objects = encoder.sentence_vectors([f"{a} {o}" for _, a, o in texts])
    names = EMBEDDING_FEATURES
    return [dict(zip(names, map(float, (*ev, *ob)))) for ev, ob in zip(evidence, objects)]


def texts_of(text: str, s: Stance) -> tuple[str, str, str]:
    """(evidence, attitude, object) of stance ``s`` over ``text``, the words ``embedding_features`` reads."""
    return text[s.evidence[0]:s.evidence[1]], s.attitude, text[s.object[0]:s.object[1]]


def split(text: str, stances) -> tuple[list[Stance], list[Stance]]:
    """(sure, unsure) stances, each with its ``confidence``: sure when the shape model (``SHAPE_MODEL_PATH``,
    over ``features``) passes it and the word model (``MODEL_PATH``, over ``embedding_features``: two encoder
    passes for all the article's stances) does too, its ``confidence`` the word model's. Both gates, for the word model was
    fitted and checked on stances the shape gate had passed: on reads 94-95 the stances it passed that the shape
    gate would have held back were right 6 times in 13, the others 26 in 28. All sure when no model is shipped."""
    stances = list(stances)
    shapes, words = _load(SHAPE_MODEL_PATH), _load(MODEL_PATH)
    if words is None:
        return shapes.split(text, stances, features) if shapes else (stances, [])
    by_id = dict(zip(map(id, stances), embedding_features([texts_of(text, s) for s in stances])))
    sure, unsure = words.split(text, stances, lambda _text, s: by_id[id(s)])
    if shapes is None:
        return sure, unsure
    passed = [shapes.score(features(text, s)) >= shapes.threshold for s in sure]
    return [s for s, ok in zip(sure, passed) if ok], unsure + [s for s, ok in zip(sure, passed) if not ok]
