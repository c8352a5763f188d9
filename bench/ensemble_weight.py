"""Choose the ensemble tagger's CRF weight on PolNeAR training articles neither model saw (run on demand).

    python bench/ensemble_weight.py HELD_DIR CRF_DIR [--weights 0.3 0.5 0.7]

HELD_DIR is a PolNeAR-style folder (text/, attributions/) of training articles the shipped encoder was
not trained on (``train_encoder`` holds out every 10th article by name; take every 20th for this).
CRF_DIR holds a CRF trained without them: ``python -m dossier.nlp.attribution.train MINUS_DIR --model
CRF_DIR/attribution.crfsuite --lexicon CRF_DIR/attribution_lexicon.json --clusters
CRF_DIR/attribution_clusters.npz``. Runs ``dossier eval polnear`` on HELD_DIR in this process with the CRF
alone, the encoder alone (its candidate sentences read with that CRF's lexicon) and the ensemble at each
weight, and prints the scorer's last line for each.
"""
from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path

from dossier.no_torch import block

block()


def score(held: Path, tagger: str) -> str:
    from dossier.cli import app

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            app(["eval", "polnear", str(held), "--tagger", tagger, "-q",
                 "--scorer", str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")],
                standalone_mode=False)
        except SystemExit:
            pass
    return [line for line in buf.getvalue().splitlines() if line.startswith("polnear:")][-1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("held", type=Path)
    ap.add_argument("crf_dir", type=Path)
    ap.add_argument("--weights", type=float, nargs="+", default=[0.3, 0.5, 0.7])
    args = ap.parse_args()

    from dossier.nlp.attribution import encoder_tagger, ensemble, tagger

    crf = tagger.load_tagger(str(args.crf_dir / "attribution.crfsuite"), str(args.crf_dir / "attribution_lexicon.json"),
                             str(args.crf_dir / "attribution_clusters.npz"))
    enc = encoder_tagger.EncoderTagger(encoder_tagger.MODEL_DIR)
    enc.lexicon = crf.lexicon
    tagger.load_tagger = lambda *a, **k: crf
    encoder_tagger.load_encoder_tagger = lambda *a, **k: enc
    print(f"crf       {score(args.held, 'crf')}", flush=True)
    print(f"encoder   {score(args.held, 'encoder')}", flush=True)
    for w in args.weights:
        ensemble.load_ensemble_tagger = lambda w=w: ensemble.EnsembleTagger(crf, enc, w)
        print(f"ens {w:.2f}  {score(args.held, 'ensemble')}", flush=True)


if __name__ == "__main__":
    main()
