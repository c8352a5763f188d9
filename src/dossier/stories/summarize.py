"""Extractive summaries that cite their sources: centrality, then MMR, then time order.

Method: LexRank's idea (Erkan & Radev 2004), sentence centrality as the stationary distribution of a
random walk over the TF-IDF cosine graph, with two changes for news across outlets: an edge between
sentences of *different* articles counts ``CROSS_ARTICLE`` times one inside an article (what several
outlets report is central), and a small lead prior (a news lede states the event). Sentences are then
picked by Maximal Marginal Relevance (Carbonell & Goldstein 1998) so a second outlet's version of the
same lede is not read twice, and printed in time order (article day, then position). Each summary
sentence cites itself and every near-identical sentence of the other articles (cosine >= ``SAME``).
"""
from __future__ import annotations

import numpy as np

from .pool import Pool

CROSS_ARTICLE = 2.0
LEAD_PRIOR = 0.15  # weight of 1/(1+position) against centrality (both scaled to [0, 1])
MMR_LAMBDA = 0.7
SAME = 0.6  # cosine at which two sentences say the same thing (a repeated lede)
MIN_WORDS, MAX_WORDS = 8, 55
DAMPING = 0.85


def centrality(pool: Pool) -> np.ndarray:
    """Stationary scores of the damped walk over the cross-article-weighted cosine graph (sums to 1)."""
    n = len(pool.sentences)
    index = {k: n for n, k in enumerate(pool.analyses)}
    arts = np.array([index[s.article] for s in pool.sentences])
    w = pool.sim.copy()
    np.fill_diagonal(w, 0.0)
    w = np.where(arts[:, None] != arts[None, :], w * CROSS_ARTICLE, w)
    rows = w.sum(axis=1, keepdims=True)
    p = np.divide(w, rows, out=np.full_like(w, 1.0 / n), where=rows > 0)
    score = np.full(n, 1.0 / n)
    for _ in range(100):
        nxt = (1 - DAMPING) / n + DAMPING * score @ p
        if np.abs(nxt - score).sum() < 1e-9:
            break
        score = nxt
    return score


# a sentence opening with these leans on the one before it ("But…", "He said…"): it reads wrong alone
DANGLING_OPENERS = frozenset("""but and or so yet also however indeed still meanwhile instead he she it they this that
these those his her its their him them""".split())


def _eligible(text: str) -> bool:
    """A sentence that can stand alone in a summary: 8-55 words, no question, no dangling opener."""
    words = text.split()
    first = words[0].lower().strip("“\"‘'(,") if words else ""
    return MIN_WORDS <= len(words) <= MAX_WORDS and not text.rstrip("”\"’' ").endswith("?") \
        and first not in DANGLING_OPENERS


def rank(pool: Pool) -> np.ndarray:
    """Centrality plus the lead prior, each scaled to [0, 1]: the sentence's worth to a summary."""
    c = centrality(pool)
    c = c / c.max() if c.max() > 0 else c
    lead = np.array([1.0 / (1 + s.position) for s in pool.sentences])
    return (1 - LEAD_PRIOR) * c + LEAD_PRIOR * lead


def summarize(pool: Pool, k: int = 5, scores: np.ndarray | None = None, claims: list[list[int]] | None = None) -> list[dict]:
    """Up to ``k`` items ``{"text", "cites": [{"article", "span"}]}``, in time order.

    ``claims`` (``compare.align``): sentences that state one claim; a claim is read once, citing every
    article that states it."""
    scores = rank(pool) if scores is None else scores
    claim_of = {i: n for n, c in enumerate(claims or []) for i in c}
    chosen: list[int] = []
    candidates = [i for i, s in enumerate(pool.sentences) if _eligible(s.text)]
    while candidates and len(chosen) < k:
        def mmr(i):
            redundancy = max((pool.sim[i, j] for j in chosen), default=0.0)
            return MMR_LAMBDA * scores[i] - (1 - MMR_LAMBDA) * redundancy
        best = max(candidates, key=mmr)
        candidates.remove(best)
        if any(pool.sim[best, j] >= SAME or (best in claim_of and claim_of.get(j) == claim_of[best]) for j in chosen):
            continue
        chosen.append(best)
    return [item(pool, i, also=claims[claim_of[i]] if i in claim_of else ()) for i in sorted(chosen)]


def item(pool: Pool, i: int, text: str | None = None, also=()) -> dict:
    """One brief item: sentence ``i``'s words, citing it, the sentences ``also`` (the same claim elsewhere)
    and its near-copies in other articles."""
    s = pool.sentences[i]
    cites = [{"article": s.article, "span": list(s.span)}]
    seen = {s.article}
    for j in also:
        o = pool.sentences[j]
        if o.article not in seen:
            seen.add(o.article)
            cites.append({"article": o.article, "span": list(o.span)})
    for j in np.argsort(-pool.sim[i]):
        o = pool.sentences[j]
        if pool.sim[i, j] < SAME:
            break
        if o.article not in seen:
            seen.add(o.article)
            cites.append({"article": o.article, "span": list(o.span)})
    return {"text": text or s.text, "cites": cites}
