"""Train the attribution tagger on PolNeAR-style brat data: ``python -m dossier.nlp.attribution.train DIR``.

DIR holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann`` (the first annotator per article is
used). Writes ``models/attribution.crfsuite``, ``models/attribution_lexicon.json`` and
``models/attribution_clusters.npz`` (k-means centroids of spaCy's token vectors) beside this module.
Parsed documents and their vectors are cached (``--cache``) because parsing is a large part of the
cost. Never run in CI.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from pathlib import Path

from .features import content_tokens, doc_features
from .tagger import CLUSTERS_FILE, LEXICON_FILE, MODEL_FILE, save_clusters

ROLE_LABELS = {"Source": "SOURCE", "Cue": "CUE", "Content": "CONTENT"}
LEXICON_MIN_COUNT = 3  # a lemma must be a cue this often to enter the learned lexicon
LEXICON_MIN_PROB = 0.02
CLUSTER_SIZES = (50, 400)  # coarse and fine kinds of token vectors
CLUSTER_SAMPLE = 200_000  # token vectors k-means sees
CRF_PARAMS = {"c1": 1.5, "c2": 1.0, "max_iterations": 150, "feature.possible_transitions": True}


def read_brat(path: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Attributions as {role: [char ranges]} from one brat .ann file (events name their arguments)."""
    spans, events = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(parts) >= 2:
                label, _, offs = parts[1].partition(" ")
                ranges = [tuple(map(int, r.split())) for r in offs.split(";") if r.strip()]
                spans[parts[0]] = (label, ranges)
            elif line.startswith("E") and len(parts) >= 2:
                events.append(dict(a.split(":", 1) for a in parts[1].split() if ":" in a))
    out = []
    for args in events:
        rel = {role: spans[args[role]][1] for role in ROLE_LABELS if role in args and args[role] in spans}
        if "Content" in rel:
            out.append(rel)
    return out


def first_annotations(data_dir: str) -> dict[str, str]:
    """Article name -> its first annotator's .ann file (sorted order, as the scorer reads them)."""
    chosen: dict[str, str] = {}
    for fn in sorted(os.listdir(os.path.join(data_dir, "attributions"))):
        chosen.setdefault(fn.rsplit("_", 1)[0], os.path.join(data_dir, "attributions", fn))
    return chosen


def gold_labels(doc, attributions) -> list[str]:
    """BIO labels for the tagged tokens; a content's later pieces start with I- (continuation)."""
    label = {}
    for rel in attributions:
        for role, ranges in rel.items():
            tag = ROLE_LABELS[role]
            for k, (s, e) in enumerate(sorted(ranges)):
                toks = [t.i for t in doc.char_span(s, e, alignment_mode="expand") or () if not t.is_space]
                for n, i in enumerate(toks):
                    first = n == 0 and (k == 0 or tag != "CONTENT")
                    label.setdefault(i, ("B-" if first else "I-") + tag)
    return [label.get(i, "O") for i in content_tokens(doc)]


def parsed_docs(data_dir: str, names: list[str], cache: str | None):
    """spaCy Docs for ``text/NAME.txt`` with their token vectors, read from or written to a cache
    (a DocBin, which drops ``doc.tensor``, plus the tensors in one array)."""
    import numpy
    from spacy.tokens import DocBin

    from ..pipeline import build_nlp

    nlp = build_nlp()  # the same pipeline `extract` runs, so features match at tagging time
    index = Path(str(cache) + ".names") if cache else None
    tensors = str(cache) + ".tensors.npy" if cache else None
    cached = cache and os.path.exists(cache) and os.path.exists(tensors) and index.exists()
    if cached and index.read_text(encoding="utf-8").split("\n") == names:
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        rows = numpy.load(tensors)
        start = 0
        for doc in docs:
            doc.tensor = rows[start:start + len(doc)].astype("float32")
            start += len(doc)
        return docs
    texts = [Path(data_dir, "text", n + ".txt").read_text(encoding="utf-8") for n in names]
    docs = list(nlp.pipe(texts, batch_size=32))
    if cache:
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(cache)
        numpy.save(tensors, numpy.concatenate([d.tensor for d in docs]).astype("float16"))
        index.write_text("\n".join(names), encoding="utf-8")
    return docs


def learn_clusters(docs, sizes=CLUSTER_SIZES, seed: int = 0) -> tuple:
    """k-means centroids of the token vectors, one array per granularity."""
    import numpy
    from sklearn.cluster import MiniBatchKMeans

    vectors = numpy.concatenate([d.tensor[[t.i for t in d if not t.is_space]] for d in docs]).astype("float32")
    rng = numpy.random.default_rng(seed)
    sample = vectors[rng.choice(len(vectors), min(len(vectors), CLUSTER_SAMPLE), replace=False)]
    fits = (MiniBatchKMeans(n_clusters=min(k, len(sample)), random_state=seed, n_init=3).fit(sample) for k in sizes)
    return tuple(fit.cluster_centers_ for fit in fits)


def learn_lexicon(docs, golds) -> dict[str, float]:
    """P(cue | lemma) for lemmas seen as cue words at least LEXICON_MIN_COUNT times."""
    seen, as_cue = collections.Counter(), collections.Counter()
    for doc, labels in zip(docs, golds):
        for i, label in zip(content_tokens(doc), labels):
            lemma = doc[i].lemma_.lower()
            seen[lemma] += 1
            if label.endswith("CUE"):
                as_cue[lemma] += 1
    return {lem: round(c / seen[lem], 3) for lem, c in as_cue.items()
            if c >= LEXICON_MIN_COUNT and c / seen[lem] >= LEXICON_MIN_PROB}


def train_crf(feature_seqs, golds, model_file: str, max_iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in zip(feature_seqs, golds):
        trainer.append(feats, labels)
    trainer.set_params({**CRF_PARAMS, "max_iterations": max_iterations})
    Path(model_file).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(model_file)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--cache", default="/tmp/dossier-attribution-train.spacy", help="DocBin cache ('' for none).")
    ap.add_argument("--model", default=str(MODEL_FILE))
    ap.add_argument("--lexicon", default=str(LEXICON_FILE))
    ap.add_argument("--clusters", default=str(CLUSTERS_FILE), help="Where the token-vector centroids go.")
    ap.add_argument("--no-clusters", action="store_true", help="Train without them (and remove the file).")
    ap.add_argument("--max-iterations", type=int, default=CRF_PARAMS["max_iterations"])
    args = ap.parse_args(argv)

    anns = first_annotations(args.data_dir)
    names = sorted(anns)
    docs = parsed_docs(args.data_dir, names, args.cache or None)
    golds = [gold_labels(doc, read_brat(anns[n])) for doc, n in zip(docs, names)]
    lexicon = learn_lexicon(docs, golds)
    clusters = None if args.no_clusters else learn_clusters(docs)
    train_crf((doc_features(doc, lexicon, clusters)[1] for doc in docs), golds, args.model, args.max_iterations)
    Path(args.lexicon).write_text(json.dumps(lexicon, sort_keys=True, indent=0), encoding="utf-8")
    if clusters is not None:
        save_clusters(args.clusters, clusters)
    else:
        Path(args.clusters).unlink(missing_ok=True)  # the tagger must not read centroids it was not trained with
    print(f"trained on {len(docs)} articles; {args.model} ({os.path.getsize(args.model) // 1024} KiB), "
          f"lexicon {len(lexicon)} lemmas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
