"""Held-out span F1 and speed of the encoder tagger's ONNX files (fp32 against int8), run on demand.

    python bench/encoder_variants.py ../shared/data/polnear/train MODEL.onnx [MODEL.onnx ...] [--hold 10]

Scores the articles `train_encoder` held out (every HOLD-th by name; the same split) with each ONNX
file, using the shipped tokenizer.json and labels.json, and prints the tagger's exact span F1 per role
(spans as `tagger.decode` joins them; the scorer's figures come from `dossier eval polnear`) and the
encoder's words per second. Tokenises with spaCy's tokenizer only (no parse), as training does.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dossier.no_torch import block  # noqa: E402

block()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("models", nargs="+")
    ap.add_argument("--hold", type=int, default=10)
    args = ap.parse_args()

    from dossier.nlp.attribution.encoder_tagger import MODEL_DIR, EncoderTagger
    from dossier.nlp.attribution.train import first_annotations, gold_labels, read_brat
    from dossier.nlp.attribution.train_encoder import LABELS, span_f1
    from dossier.nlp.encoder import Encoder
    from dossier.nlp.pipeline import build_nlp

    anns = first_annotations(args.data_dir)
    held = [n for k, n in enumerate(sorted(anns)) if k % args.hold == 0]
    nlp = build_nlp()
    docs = [nlp.make_doc(Path(args.data_dir, "text", n + ".txt").read_text(encoding="utf-8")) for n in held]
    golds = [(list(range(len(lab))), None, None, [LABELS.index(x) for x in lab])
             for lab in (gold_labels(d, read_brat(anns[n])) for d, n in zip(docs, held))]
    words = sum(len(g[0]) for g in golds)
    for model in args.models:
        tagger = EncoderTagger(MODEL_DIR)
        tagger.encoder = Encoder(MODEL_DIR / "tokenizer.json", model)
        tagger.labels(docs[0])  # load the session before timing
        t = time.perf_counter()
        predicted = [tagger.labels(d)[1] for d in docs]
        took = time.perf_counter() - t
        print(json.dumps({"model": model, "MiB": round(Path(model).stat().st_size / 2**20, 1),
                          "articles": len(docs), "words_per_s": round(words / took),
                          "span_f1": span_f1(golds, predicted)}))


if __name__ == "__main__":
    main()
