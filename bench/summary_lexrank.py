"""Bench (not a test): our event summaries against LexRank (sumy) on the same input.

    python bench/summary_lexrank.py BASIL_EXTRACT.jsonl ../shared/data/basil/gold.jsonl [-k 4]

Input: each gold BASIL event's articles (contract records, so no spaCy here), split into the same
sentences (``stories.pool``); both methods pick ``k`` sentences from that one list. LexRank is sumy's
``LexRankSummarizer`` (Erkan & Radev 2004: continuous LexRank, its stop words and Snowball stemmer).
Measures, averaged over events: ROUGE-1 recall of the gold ``main_event`` line (a human's one-line
statement of the event; content words, stemmed) by the summary, recall of the gold ``main_entities``
(an entity counts when its words all appear), redundancy (mean of each chosen sentence's highest
cosine to another chosen one), outlets covered, and how many summary sentences carry a cite into two
outlets or more (LexRank gives none: its sentences have no provenance, so we count 1 each).
"""
from __future__ import annotations

import argparse
import collections
import json
import statistics

import numpy as np
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from dossier.report.jsonl import from_record
from dossier.stories.compare import align
from dossier.stories.features import content_words
from dossier.stories.pool import build_pool
from dossier.stories.summarize import rank, summarize

STEM = Stemmer("english")


class _Words:
    """sumy's tokenizer protocol, with our word rule (no NLTK data needed)."""

    def to_words(self, text):
        return [w for w in content_words(text)]


def stems(text: str) -> set[str]:
    return {STEM(w) for w in content_words(text)}


def lexrank(pool, k: int) -> list[int]:
    tok = _Words()
    sents = [Sentence(s.text, tok) for s in pool.sentences]
    doc = ObjectDocumentModel([Paragraph(sents)])
    summ = LexRankSummarizer(STEM)
    summ.stop_words = get_stop_words("english")
    picked = {str(s) for s in summ(doc, k)}
    return [i for i, s in enumerate(pool.sentences) if s.text in picked][:k]


def measure(pool, chosen: list[int], cites_multi: int, gold: dict) -> dict:
    text = " ".join(pool.sentences[i].text for i in chosen)
    have = stems(text)
    ref = stems(gold["main_event"])
    ents = gold.get("main_entities") or []
    ent_hit = [all(STEM(w) in have for w in content_words(e)) for e in ents if content_words(e)]
    red = [max((pool.sim[i, j] for j in chosen if j != i), default=0.0) for i in chosen]
    return {"rouge1_recall": len(ref & have) / len(ref) if ref else 0.0,
            "entity_recall": sum(ent_hit) / len(ent_hit) if ent_hit else 0.0,
            "redundancy": float(np.mean(red)) if red else 0.0,
            "outlets": len({pool.outlets[pool.sentences[i].article] for i in chosen}),
            "multi_outlet_cites": cites_multi, "words": len(text.split())}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("gold")
    ap.add_argument("-k", type=int, default=4)
    args = ap.parse_args()
    recs = {r["id"]: r for r in map(json.loads, open(args.records, encoding="utf-8"))}
    golds = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    events = collections.defaultdict(list)
    for g in golds:
        if g["id"] in recs:
            events[g["story"]].append(g)
    ours, theirs = collections.defaultdict(list), collections.defaultdict(list)
    for story, gs in events.items():
        pool = build_pool([from_record(recs[g["id"]]) for g in gs])
        if pool is None:
            continue
        items = summarize(pool, args.k, rank(pool), align(pool))
        spans = {(x["cites"][0]["article"], tuple(x["cites"][0]["span"])): x for x in items}
        chosen = [i for i, s in enumerate(pool.sentences) if (s.article, s.span) in spans]
        multi = sum(1 for x in items if len({pool.outlets[c["article"]] for c in x["cites"]}) >= 2)
        for k, v in measure(pool, chosen, multi, gs[0]).items():
            ours[k].append(v)
        for k, v in measure(pool, lexrank(pool, args.k), 0, gs[0]).items():
            theirs[k].append(v)
    print(f"{len(ours['words'])} BASIL events, k={args.k} sentences each, same sentences for both")
    print(f"{'measure':22s} {'dossier':>9s} {'LexRank':>9s}")
    for k in ours:
        print(f"{k:22s} {statistics.mean(ours[k]):9.3f} {statistics.mean(theirs[k]):9.3f}")


if __name__ == "__main__":
    main()
