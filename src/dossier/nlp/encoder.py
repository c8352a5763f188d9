"""A BERT-style encoder on onnxruntime, with its `tokenizers` wordpiece tokenizer (no torch at run time).

A model folder holds ``model.onnx`` and ``tokenizer.json``. The ONNX graph takes ``input_ids`` and
``attention_mask`` (int64, shape (batch, pieces)), and optionally further per-piece int64 inputs
(such as the attribution tagger's ``quote_ids``); it returns named outputs of shape
(batch, pieces, width), e.g. ``hidden`` (the last hidden states, 384 wide for all-MiniLM-L6-v2) and
``logits``. The session is created on first use, once per Encoder; ``Encoder.load`` caches Encoders
per folder, so a process loads each model once.

Sentence vectors are the attention-masked mean of ``hidden`` over the wordpieces, L2-normalised: the
pooling all-MiniLM-L6-v2 was trained with (sentence-transformers' ``1_Pooling`` config, mean tokens).
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Sequence

import numpy

MAX_PIECES = 512  # BERT's position limit, [CLS] and [SEP] included
BATCH = 16  # sequences per onnxruntime call


class Encoder:
    """Tokenizer plus ONNX session. ``Encoder.load(folder)``; everything returns numpy float32."""

    def __init__(self, tokenizer_file: str | Path, model_file: str | Path | None = None):
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_PIECES)
        self.model_file = str(model_file) if model_file else None
        self._session = None

    @staticmethod
    @functools.lru_cache(maxsize=4)
    def load(folder: str | Path) -> "Encoder":
        """The Encoder of ``folder`` (``tokenizer.json`` + ``model.onnx``), one per folder and process.
        Raises FileNotFoundError when the tokenizer is missing (the model is only read on first use)."""
        folder = Path(folder)
        if not (folder / "tokenizer.json").exists():
            raise FileNotFoundError(folder / "tokenizer.json")
        return Encoder(folder / "tokenizer.json", folder / "model.onnx")

    @property
    def session(self):
        if self._session is None:
            import onnxruntime

            opts = onnxruntime.SessionOptions()
            opts.intra_op_num_threads = int(os.environ.get("DOSSIER_ENCODER_THREADS", "0"))  # 0: all cores
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")  # idle threads yield the CPU
            self._session = onnxruntime.InferenceSession(self.model_file, opts, providers=["CPUExecutionProvider"])
        return self._session

    def piece_counts(self, words: Sequence[str]) -> list[int]:
        """Wordpieces per word (0 for a word the tokenizer drops, such as a lone control character)."""
        counts = [0] * len(words)
        if words:
            enc = self.tokenizer.encode(list(words), is_pretokenized=True, add_special_tokens=False)
            for w in enc.word_ids:
                if w is not None:
                    counts[w] += 1
        return counts

    def batch(self, word_seqs: Sequence[Sequence[str]], extra: dict[str, Sequence[Sequence[int]]] | None = None):
        """Padded model inputs for pre-split words, and each word's first-piece position per sequence
        (a word without pieces points at the piece before it). ``extra``: per-word ints per sequence,
        spread over each word's pieces (0 on [CLS], [SEP] and padding)."""
        encs = self.tokenizer.encode_batch([list(w) for w in word_seqs], is_pretokenized=True)
        width = max(len(e.ids) for e in encs)
        ids = numpy.zeros((len(encs), width), dtype=numpy.int64)
        mask = numpy.zeros_like(ids)
        more = {name: numpy.zeros_like(ids) for name in (extra or {})}
        firsts = []
        for b, (enc, words) in enumerate(zip(encs, word_seqs)):
            ids[b, :len(enc.ids)] = enc.ids
            mask[b, :len(enc.ids)] = 1
            first = [-1] * len(words)
            for j, w in enumerate(enc.word_ids):
                if w is None:
                    continue
                if first[w] < 0:
                    first[w] = j
                for name, values in (extra or {}).items():
                    more[name][b, j] = values[b][w]
            for w in range(len(first)):
                if first[w] < 0:
                    first[w] = first[w - 1] if w else 0
            firsts.append(first)
        return {"input_ids": ids, "attention_mask": mask, **more}, firsts

    def run(self, inputs: dict[str, numpy.ndarray], output: str) -> numpy.ndarray:
        """One output of the graph for one padded batch; inputs it does not declare are left out, and
        declared ones not given are zeros."""
        feed = {i.name: inputs.get(i.name, numpy.zeros_like(inputs["input_ids"])) for i in self.session.get_inputs()}
        return self.session.run([output], feed)[0]

    def word_outputs(self, word_seqs: Sequence[Sequence[str]], output: str = "hidden",
                     extra: dict[str, Sequence[Sequence[int]]] | None = None) -> list[numpy.ndarray]:
        """Per sequence of words, ``output`` at each word's first piece: arrays of shape (words, width).
        Sequences should fit MAX_PIECES; words beyond it get the last piece's output."""
        out: list[numpy.ndarray | None] = [None] * len(word_seqs)
        order = sorted(range(len(word_seqs)), key=lambda k: len(word_seqs[k]))  # similar lengths pad less
        for s in range(0, len(order), BATCH):
            chunk = order[s:s + BATCH]
            sub = {name: [values[k] for k in chunk] for name, values in (extra or {}).items()}
            inputs, firsts = self.batch([word_seqs[k] for k in chunk], sub)
            states = self.run(inputs, output)
            for b, k in enumerate(chunk):
                out[k] = states[b, firsts[b]] if firsts[b] else states[b, :0]
        return out

    def sentence_vectors(self, texts: Sequence[str]) -> numpy.ndarray:
        """(len(texts), width) float32, mean-pooled ``hidden`` states, L2-normalised (all-MiniLM-L6-v2's
        pooling). Texts longer than MAX_PIECES wordpieces are truncated."""
        vectors = []
        for s in range(0, len(texts), BATCH):
            encs = self.tokenizer.encode_batch(list(texts[s:s + BATCH]))
            width = max(len(e.ids) for e in encs)
            ids = numpy.zeros((len(encs), width), dtype=numpy.int64)
            mask = numpy.zeros_like(ids)
            for b, e in enumerate(encs):
                ids[b, :len(e.ids)], mask[b, :len(e.ids)] = e.ids, 1
            states = self.run({"input_ids": ids, "attention_mask": mask}, "hidden")
            summed = (states * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
            vectors.append(summed / numpy.maximum(numpy.linalg.norm(summed, axis=1, keepdims=True), 1e-12))
        return numpy.concatenate(vectors).astype(numpy.float32) if vectors else numpy.zeros((0, 0), numpy.float32)
