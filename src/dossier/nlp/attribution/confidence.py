"""How sure a quote record is: the chance a strict reader finds it right on every count (issue 9).

A record that passes every rule can still be wrong: a "he" resolved to the wrong man, an unnamed source
cut from its group, a content running into the writer's words. Such errors cluster in records of some
shapes (an indirect content, a pronoun source, no role found, a cue other than a plain speech verb).
A logistic model over those shapes (``FEATURES``), fitted on readers' verdicts
(``train_confidence``), gives each record a probability; the brief shows the records at or above the
model's threshold, and the rest stay in the contract with ``"reportable": false`` (nothing is lost).

The weights, threshold and the cross-validated figures behind them live in ``models/confidence.json``.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ...model import Attribution

MODEL_PATH = Path(__file__).parent / "models" / "confidence.json"
# Verbs of plain report: "said", "told", "wrote"; other cues ("suggesting", "asking for", "showed")
# carry most records that are no statement at all.
PLAIN_CUES = frozenset("""say says said saying tell tells told telling add adds added adding write writes wrote
written writing state states stated announce announces announced explain explains explained note notes noted
insist insists insisted argue argues argued warn warns warned tweet tweets tweeted reply replied respond
responded continue continues continued""".split())
PERSONAL_PRONOUNS = frozenset("he she him her his hers".split())
GROUP_PRONOUNS = frozenset("they them their it its we us our who which whom that".split())
FIRST_PERSON = frozenset("i me my".split())
FEATURES = ("direct", "mixed", "pronoun", "group_pronoun", "no_mention", "named", "role", "entity",
            "full_name", "lower_name", "plain_cue", "according_to", "no_cue", "content_words",
            "long_mention", "connective_start")
CONNECTIVES = frozenset("but and meanwhile however still yet so also even only instead".split())
LONG_MENTION = 6  # words: a source phrase this long ran into other words


def features(text: str, a: Attribution) -> dict[str, float]:
    """The shape of record ``a`` over ``text`` (the characters its spans index), one value per name in
    ``FEATURES``: 0/1 indicators and ``content_words`` = ln(1 + words of the content)."""
    sp = a.speaker
    mention = text[sp.mention[0]:sp.mention[1]] if sp.mention else ""
    first = mention.split()[0].lower().strip(",.") if mention.split() else ""
    cue = text[a.cue[0]:a.cue[1]].lower().strip(" :,") if a.cue else ""
    content = text[a.content[0]:a.content[1]]
    name = sp.name or ""
    opening = content.lstrip(" \"“'‘").split()[0].lower().strip(",") if content.split() else ""
    values = {
        "direct": a.kind == "direct",
        "mixed": a.kind == "mixed",
        "pronoun": first in PERSONAL_PRONOUNS,
        "group_pronoun": first in GROUP_PRONOUNS,
        "no_mention": not mention,
        "named": bool(mention) and mention[:1].isupper() and first not in PERSONAL_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON,
        "role": bool(sp.role),
        "entity": sp.entity is not None,
        "full_name": len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()),
        "lower_name": any(w[:1].islower() for w in name.split()),
        "plain_cue": bool(cue) and cue.split()[-1] in PLAIN_CUES,
        "according_to": cue.startswith("according"),
        "no_cue": not cue,
        "content_words": math.log1p(len(content.split())),
        "long_mention": len(mention.split()) > LONG_MENTION,
        "connective_start": a.kind != "direct" and opening in CONNECTIVES,
    }
    return {k: float(values[k]) for k in FEATURES}


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic model: p = 1 / (1 + exp(-(bias + Σ weight·feature))); ``threshold`` in [0, 1]."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, x: dict[str, float]) -> float:
        """The model's probability for feature values ``x`` (names missing from ``x`` count 0), in [0, 1]."""
        z = self.bias + sum(w * x.get(k, 0.0) for k, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-z))

    def probability(self, text: str, a: Attribution) -> float:
        """The chance record ``a`` is right on every count, in [0, 1]."""
        return self.score(features(text, a))

    def split(self, text: str, records, featurize=features) -> tuple[list, list]:
        """(sure, unsure) of ``records`` (quote records, or any frozen dataclass with a ``confidence`` field
        that ``featurize(text, record)`` describes), each with its ``confidence`` set: sure ones reach
        ``threshold``."""
        sure, unsure = [], []
        for r in records:
            p = self.score(featurize(text, r))
            (sure if p >= self.threshold else unsure).append(replace(r, confidence=round(p, 3)))
        return sure, unsure


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> ConfidenceModel | None:
    """The shipped model, or None when there is none (then every record that passes the rules is shown)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    return ConfidenceModel(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))
