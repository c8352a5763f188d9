"""The attribution tagger's features read from per-word string caches: the same with warm, cold and
overflowing caches, and the caches never outgrow their limit (memory flat on any corpus)."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution import features

pytestmark = pytest.mark.slow

TEXT = ("“We will not sign this,” said Mayor Ilse Varn of Kessel on Monday.\n\n"
        "According to the harbour board, the ferry runs twice daily. Tove Brandt, the opposition leader, "
        "argued that the council had ''ignored'' the cost, and she added: \"It is too late.\"")
CACHES = ("_BY_ORTH", "_BY_LOWER", "_BY_LEMMA", "_PAIRS", "_KINDS", "_KIND_ROWS", "_LEMMA_FORMS", "_CREL")


def _clear():
    for name in CACHES:
        getattr(features, name).clear()


def test_features_do_not_depend_on_the_caches(nlp, monkeypatch):
    from dossier.nlp.attribution.tagger import load_tagger

    model = load_tagger()
    doc = nlp(TEXT)
    _clear()
    cold = features.doc_features(doc, model.lexicon, model.clusters)
    warm = features.doc_features(doc, model.lexicon, model.clusters)
    monkeypatch.setattr(features, "CACHE_LIMIT", 3)  # caches emptied again and again while the Doc is read
    _clear()
    tiny = features.doc_features(doc, model.lexicon, model.clusters)
    assert cold == warm == tiny
    assert all(len(getattr(features, name)) <= 3 for name in CACHES)
    idx, feats = cold[0], [{f.decode() if isinstance(f, bytes) else f for f in token} for token in cold[1]]
    said = idx.index(next(t.i for t in doc if t.text == "said"))
    assert {"w=said", "iscue2", "-1:w=”", "-1:q=2", "pos=VERB"} <= feats[said]
    varn = idx.index(next(t.i for t in doc if t.text == "Varn"))
    assert "sh=Cap" in feats[varn] and "q=0" in feats[varn]
    we = idx.index(next(t.i for t in doc if t.text == "We"))
    assert "q=1" in feats[we] and "-1:q=2" in feats[we]


def test_vector_kinds_are_the_nearest_centroid_at_each_level():
    import numpy

    rng = numpy.random.default_rng(7)
    clusters = (rng.normal(size=(5, 8)).astype("float32"), rng.normal(size=(40, 8)).astype("float32"))

    class Doc:
        tensor = rng.normal(size=(30, 8)).astype("float32")

        def __len__(self):
            return 30

    kinds = features.vector_clusters(Doc(), clusters)
    nearest = [[int(((c - v) ** 2).sum(axis=1).argmin()) for c in clusters] for v in Doc.tensor]
    assert [list(k) for k in kinds] == nearest
