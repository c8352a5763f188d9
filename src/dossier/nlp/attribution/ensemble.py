"""The CRF and the encoder tagger together: their per-word label probabilities mixed, one constrained decode.

For each word both taggers give a distribution over the same seven BIO labels (the CRF its marginals
P(label | sentence features), the encoder its softmax). The mix is the weighted geometric mean
``CRF_WEIGHT * log p_crf + (1 - CRF_WEIGHT) * log p_encoder``, decoded by the encoder tagger's Viterbi with its
learned transitions, so the labels stay a valid BIO sequence. Words the encoder skips (sentences where no
attribution can be, ``encoder_tagger.candidate_sentences``) are ``O`` as in the encoder alone.

The weight was chosen on PolNeAR training articles that neither model saw (every 20th by name, with a CRF
retrained without them; ``bench/ensemble_weight.py``), never on dev.
"""
from __future__ import annotations

import functools

import numpy

from .encoder_tagger import FORBIDDEN, EncoderTagger, load_encoder_tagger, viterbi
from .features import doc_features
from .tagger import TaggerModel, load_tagger

CRF_WEIGHT = 0.5
FLOOR = 1e-6  # probabilities below this count as this (log 0 would veto a label either model doubts)


class EnsembleTagger:
    """``labels(doc)`` as ``TaggerModel.labels``: token indices and BIO labels."""

    def __init__(self, crf: TaggerModel, encoder: EncoderTagger, crf_weight: float = CRF_WEIGHT):
        self.crf, self.encoder, self.crf_weight = crf, encoder, crf_weight
        self.names = encoder.names

    def crf_scores(self, doc) -> tuple[list[int], numpy.ndarray]:
        """Token indices and the CRF's (n, labels) log marginals, labels in the encoder's order."""
        idx, feats = doc_features(doc, self.crf.lexicon, self.crf.clusters)
        out = numpy.zeros((len(idx), len(self.names)), dtype=numpy.float32)
        if not feats:
            return idx, out
        tagger = self.crf.crf
        tagger.set(feats)
        known = set(tagger.labels())
        for k, name in enumerate(self.names):
            if name in known:
                out[:, k] = [tagger.marginal(name, i) for i in range(len(idx))]
        return idx, numpy.log(numpy.maximum(out, FLOOR))

    def scores(self, doc) -> tuple[list[int], numpy.ndarray]:
        """Token indices and the mixed (n, labels) scores."""
        idx, enc = self.encoder.label_scores(doc)
        if not idx:
            return idx, enc
        _, crf = self.crf_scores(doc)
        skipped = (enc <= FORBIDDEN).any(1)  # words the encoder did not read (a read word's scores are finite)
        mixed = self.crf_weight * crf + (1 - self.crf_weight) * numpy.maximum(enc, numpy.log(FLOOR))
        mixed[skipped] = enc[skipped]
        return idx, mixed

    def labels(self, doc) -> tuple[list[int], list[str]]:
        idx, scores = self.scores(doc)
        return idx, [self.names[k] for k in viterbi(scores, self.encoder.transitions, self.encoder.start)]


@functools.lru_cache(maxsize=1)
def load_ensemble_tagger() -> EnsembleTagger | None:
    """The shipped CRF and encoder as one tagger, or None when either is missing."""
    crf, encoder = load_tagger(), load_encoder_tagger()
    return EnsembleTagger(crf, encoder) if crf and encoder else None
