"""The encoder attribution tagger: fine-tuned all-MiniLM-L6-v2 labels SOURCE, CUE and CONTENT (BIO).

The Doc's non-space tokens are the tagger's words (as for the CRF, so ``tagger.decode`` reads both).
Words are packed into windows of whole sentences of at most ``MAX_PIECES`` wordpieces; each word's
label scores are those of its first wordpiece. Quotation state (0 outside, 1 inside, 2 a mark) goes in
as an extra learned input embedding. Decoding is Viterbi over the label scores with the transitions
seen in training scored by their weighted log-probability (weight chosen on held-out training articles)
and all others forbidden (``I-CONTENT`` may follow ``O``: the continuation of a content its own source
and cue interrupt). Run time needs onnxruntime, tokenizers and numpy only.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import numpy

from .cues import SPEECH_VERBS
from .features import WEAK_CUE, _in_quote_flags, content_tokens

MODEL_DIR = Path(__file__).parent / "models" / "encoder"
FORBIDDEN = -1e9  # the score of a transition never (or too rarely) seen in training
MAX_PIECES = 254  # wordpieces per window, [CLS] and [SEP] not counted
SENTENCE_END = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({'"', "”", "’", "'", ")", "''"})


def words_of(doc) -> tuple[list[int], list[str], list[int], list[bool]]:
    """Token indices, texts, quotation state and "a sentence may end after this word" flags.

    A sentence may end after sentence-final punctuation (and closing quotes or brackets right after
    it) or before a paragraph break; the rule reads only tokens, so training needs no parse."""
    idx = content_tokens(doc)
    quote = _in_quote_flags(doc)
    ends = []
    for n, i in enumerate(idx):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        text = doc[i].text
        end = nxt is None or (nxt.is_space and "\n" in nxt.text)
        if not end and (text in SENTENCE_END or (text in CLOSERS and n and doc[idx[n - 1]].text in SENTENCE_END)):
            end = nxt.text not in CLOSERS and nxt.text not in SENTENCE_END
        ends.append(end)
    return idx, [doc[i].text for i in idx], [quote[i] for i in idx], ends


def sentence_ranges(ends: list[bool]) -> list[tuple[int, int]]:
    """Word ranges [start, end) of the sentences ``ends`` marks (the last word always ends one)."""
    out, start = [], 0
    for n, end in enumerate(ends):
        if end or n == len(ends) - 1:
            out.append((start, n + 1))
            start = n + 1
    return out


def candidate_sentences(lemmas: list[str], quote: list[int], ends: list[bool], lexicon: dict[str, float],
                        ) -> list[tuple[int, int, bool]]:
    """Word ranges [start, end) of the sentences ``ends`` marks, each with whether attribution can be in
    it: a quotation mark or quoted word, a speech or belief verb, "according", or a lemma the training
    data made a cue at least ``WEAK_CUE`` of the time (``lexicon``: lemma -> P(cue)). ``lemmas`` lower-case."""
    out = []
    for s, e in sentence_ranges(ends):
        hit = any(quote[w] for w in range(s, e)) or any(
            lm in SPEECH_VERBS or lm == "according" or lexicon.get(lm, 0.0) >= WEAK_CUE for lm in lemmas[s:e])
        out.append((s, e, hit))
    return out


def windows(piece_counts: list[int], ends: list[bool], max_pieces: int = MAX_PIECES) -> list[tuple[int, int]]:
    """Word ranges [start, end) of whole sentences packed greedily up to ``max_pieces`` wordpieces;
    a sentence longer than that is cut at the limit."""
    sentences = sentence_ranges(ends)
    out: list[tuple[int, int]] = []
    cur_s, cur_n = None, 0
    for s, e in sentences:
        size = sum(piece_counts[s:e])
        if cur_s is not None and cur_n + size > max_pieces:
            out.append((cur_s, s))
            cur_s, cur_n = None, 0
        if size > max_pieces:  # one over-long sentence: cut it into pieces that fit
            k, n = s, 0
            for w in range(s, e):
                if n + piece_counts[w] > max_pieces and w > k:
                    out.append((k, w))
                    k, n = w, 0
                n += piece_counts[w]
            cur_s, cur_n = k, n
            continue
        if cur_s is None:
            cur_s = s
        cur_n += size
    if cur_s is not None and cur_s < len(ends):
        out.append((cur_s, len(ends)))
    return out


def viterbi(scores: numpy.ndarray, transitions: numpy.ndarray, start: numpy.ndarray) -> list[int]:
    """Best label path: ``scores`` (n, L) log-probabilities, ``transitions`` (L, L) scores added per
    step (previous, next; FORBIDDEN for never), ``start`` (L,) bool labels a sequence may begin with."""
    n, size = scores.shape
    if n == 0:
        return []
    best = scores[0] + numpy.where(start, 0.0, FORBIDDEN)
    back = numpy.zeros((n, size), dtype=numpy.int64)
    for k in range(1, n):
        cand = best[:, None] + transitions
        back[k] = cand.argmax(0)
        best = cand.max(0) + scores[k]
    path = [int(best.argmax())]
    for k in range(n - 1, 0, -1):
        path.append(int(back[k][path[-1]]))
    return path[::-1]


class EncoderTagger:
    """A fine-tuned encoder (``model.onnx`` + ``tokenizer.json`` + ``labels.json`` in one folder)."""

    def __init__(self, folder: str | Path):
        from ..encoder import Encoder

        meta = json.loads(Path(folder, "labels.json").read_text(encoding="utf-8"))
        self.names: list[str] = meta["labels"]
        logp = numpy.array(meta["transitions"], dtype=numpy.float32)
        self.transitions = numpy.where(logp <= FORBIDDEN, FORBIDDEN, meta["weight"] * logp)
        self.start = numpy.array(meta["start"], dtype=bool)
        self.encoder = Encoder.load(folder)
        self.lexicon: dict[str, float] = {}  # lemma -> P(cue); set by ``load_encoder_tagger`` (the CRF's)

    def label_scores(self, doc) -> tuple[list[int], numpy.ndarray]:
        """Token indices and their (n, labels) log-probabilities. Only runs of sentences where attribution
        can be (``candidate_sentences``) go through the encoder; the words of the others are ``O``."""
        idx, words, quote, ends = words_of(doc)
        scores = numpy.full((len(idx), len(self.names)), FORBIDDEN, dtype=numpy.float32)
        scores[:, self.names.index("O")] = 0.0
        if not idx:
            return idx, scores
        lemmas = [(doc[i].lemma_ or doc[i].text).lower() for i in idx]
        runs: list[tuple[int, int]] = []  # maximal runs of candidate sentences, as word ranges
        for s, e, hit in candidate_sentences(lemmas, quote, ends, self.lexicon):
            if hit and runs and runs[-1][1] == s:
                runs[-1] = (runs[-1][0], e)
            elif hit:
                runs.append((s, e))
        spans = [(a + s, a + e) for a, b in runs
                 for s, e in windows(self.encoder.piece_counts(words[a:b]), ends[a:b])]
        if not spans:
            return idx, scores
        logits = self.encoder.word_outputs([words[s:e] for s, e in spans], output="logits",
                                           extra={"quote_ids": [quote[s:e] for s, e in spans]})
        for (s, e), out in zip(spans, logits):
            top = out.max(1, keepdims=True)
            scores[s:e] = out - top - numpy.log(numpy.exp(out - top).sum(1, keepdims=True))
        return idx, scores

    def labels(self, doc) -> tuple[list[int], list[str]]:
        """Token indices and their BIO labels (as ``TaggerModel.labels``, so ``tagger.decode`` reads them)."""
        idx, scores = self.label_scores(doc)
        return idx, [self.names[k] for k in viterbi(scores, self.transitions, self.start)]


@functools.lru_cache(maxsize=2)
def load_encoder_tagger(folder: str = str(MODEL_DIR)) -> EncoderTagger | None:
    """The shipped encoder tagger (loaded once per process), or None when its files are absent."""
    if not Path(folder, "model.onnx").exists():
        return None
    from .tagger import LEXICON_FILE

    tagger = EncoderTagger(folder)
    if LEXICON_FILE.exists():
        tagger.lexicon = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    return tagger
