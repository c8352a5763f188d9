"""The trained attribution tagger: SOURCE, CUE and CONTENT (BIO) over a Doc's non-space tokens.

Two models fill the same ``Tagged``: a CRF over hand-made features (``features``, the default: it
scores higher on PolNeAR) and the fine-tuned encoder (``encoder_tagger``); each is used when the
other's files are missing.

PolNeAR annotations are univocal (each token has one role in at most one attribution), so one tag
sequence per document captures them. A content interrupted by its own source and cue ("“…,” she
said, “…”") is tagged as one content whose second piece starts with ``I-CONTENT``; decoding joins it.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from .features import doc_features

MODEL_DIR = Path(__file__).parent / "models"
MODEL_FILE = MODEL_DIR / "attribution.crfsuite"
LEXICON_FILE = MODEL_DIR / "attribution_lexicon.json"
CLUSTERS_FILE = MODEL_DIR / "attribution_clusters.npz"  # optional centroids of spaCy's token vectors
ROLES = ("SOURCE", "CUE", "CONTENT")
TokenSpan = tuple[int, int]  # [first token, last token + 1)


@dataclass
class Tagged:
    """Token spans found in one Doc, per role, in document order."""

    contents: list[TokenSpan]
    sources: list[TokenSpan]
    cues: list[TokenSpan]


@dataclass
class TaggerModel:
    """The CRF, its cue lexicon and the centroids of token vectors its features use (if any)."""

    crf: object
    lexicon: dict[str, float]
    clusters: tuple | None = None

    def labels(self, doc) -> tuple[list[int], list[str]]:
        idx, feats = doc_features(doc, self.lexicon, self.clusters)
        return idx, (self.crf.tag(feats) if feats else [])


def open_crf(path: str):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def load_clusters(path: str) -> tuple | None:
    if not Path(path).exists():
        return None
    import numpy

    with numpy.load(path) as data:
        return tuple(data[k].astype("float32") for k in sorted(data.files))


def save_clusters(path: str, clusters) -> None:
    import numpy

    numpy.savez_compressed(path, **{f"level{k}": c.astype("float16") for k, c in enumerate(clusters)})


@functools.lru_cache(maxsize=1)
def load_tagger(model_file: str = str(MODEL_FILE), lexicon_file: str = str(LEXICON_FILE),
                clusters_file: str = str(CLUSTERS_FILE)) -> TaggerModel | None:
    """The shipped tagger, or None when no model ships with the package."""
    if not Path(model_file).exists() or not Path(lexicon_file).exists():
        return None
    lexicon = json.loads(Path(lexicon_file).read_text(encoding="utf-8"))
    return TaggerModel(open_crf(model_file), lexicon, load_clusters(clusters_file))


def tag_doc(doc, model: TaggerModel | None = None, kind: str = "crf") -> Tagged | None:
    """Spans of ``doc`` from ``model``, else the shipped tagger of ``kind`` ("crf", "encoder" or
    "ensemble", both mixed), else the CRF, else the encoder; None when no model ships."""
    if model is None:
        from .encoder_tagger import load_encoder_tagger
        from .ensemble import load_ensemble_tagger

        first = {"encoder": load_encoder_tagger, "ensemble": load_ensemble_tagger}.get(kind, load_tagger)
        model = first() or load_tagger() or load_encoder_tagger()
    if model is None:
        return None
    return decode(*model.labels(doc))


def decode(idx: list[int], labels: list[str]) -> Tagged:
    """Turn a BIO label sequence over token indices into spans, joining continued contents."""
    out = {role: [] for role in ROLES}
    current: tuple[str, int, int] | None = None  # role, first token, last token + 1
    continuation = False

    def close():
        nonlocal current, continuation
        if current:
            role, s, e = current
            spans = out[role]
            if role == "CONTENT" and continuation and spans:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        current, continuation = None, False

    previous = None
    for i, label in zip(idx, labels):
        if label == "O":
            close()
            previous = i
            continue
        prefix, role = label.split("-", 1)
        broken = previous is not None and i != previous + 1 and role != "CONTENT"  # a paragraph break
        previous = i
        if current and current[0] == role and prefix == "I" and not broken:
            current = (role, current[1], i + 1)
            continue
        close()
        current = (role, i, i + 1)
        continuation = prefix == "I" and role == "CONTENT"
    close()
    return Tagged(out["CONTENT"], out["SOURCE"], out["CUE"])
