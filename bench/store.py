"""Store bench (run on demand, never in CI): ingest throughput, database size, search latency.

    nice -n 10 python bench/store.py [--n 5000] [--source ../shared/data/allsides/articles.jsonl.gz]
                                     [--db sqlite:///PATH | postgresql://…] [--cache DIR] [--queries 300]
                                     [--cached] [--fill 5000]

1. analyses the first N articles of SOURCE (the full pipeline; cached as a pickle in --cache, so a second
   run, or one on another backend, measures the store alone);
2. stores them in a fresh database (default: a temporary SQLite file), batches of 50, and times it;
3. prints the database size and the p50/p95 latency of quote search (speaker / words / outlet + dates,
   mixed) and full-text search (words drawn from stored titles), each query a Store call as the web app makes it.
Issue 11's goal: p95 < 50 ms on SQLite.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import pickle
import random
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def analyses(source: Path, n: int, cache: Path) -> tuple[list, float]:
    """The analyses of the first ``n`` records and the seconds their analysis took.

    They are appended to ``cache/analyses-N.pickles`` as they come, with the seconds spent so far in
    ``….seconds``: an interrupted run keeps what it did, and ``--cached`` benches the store on that part.
    """
    path = cache / f"analyses-{source.name}-{n}.pickles"
    done = _read_cached(path)
    if len(done) >= n:
        return done[:n], float((path.with_suffix(".seconds")).read_text())
    from dossier.core import RunSummary, analyze_paths
    from dossier.settings import Settings

    sample = cache / f"sample-{n}.jsonl"
    with gzip.open(source, "rt", encoding="utf-8") as f, open(sample, "w", encoding="utf-8") as g:
        g.writelines(itertools.islice(f, n))
    start = time.perf_counter()
    found, summary = [], RunSummary()
    with open(path, "wb") as out:
        for a in analyze_paths([str(sample)], Settings(max_bytes=1 << 30), summary):
            found.append(a)
            pickle.dump(a, out)
            if len(found) % 25 == 0:
                out.flush()
                path.with_suffix(".seconds").write_text(f"{time.perf_counter() - start:.1f}")
    took = time.perf_counter() - start
    path.with_suffix(".seconds").write_text(f"{took:.1f}")
    for failure in summary.failures:
        print(f"error {failure}")
    return found, took


def _read_cached(path: Path) -> list:
    found = []
    if path.exists():
        with open(path, "rb") as f:
            while True:
                try:
                    found.append(pickle.load(f))
                except (EOFError, pickle.UnpicklingError):
                    break
    return found


def filled(found: list, total: int) -> list:
    """``found`` repeated until ``total`` articles: each copy gets its own id, URL and text (a marker
    appended after the text, so every span stays put). Only for size and latency at a corpus size the
    analysis could not reach in time; hit counts per query grow with the copies."""
    from dataclasses import replace

    out = list(found)
    for k in range(1, total // max(1, len(found)) + 1):
        for a in found:
            if len(out) >= total:
                return out
            art = a.article
            out.append(replace(a, article=replace(art, id=f"{art.id}-copy{k}", text=f"{art.text}\n[copy {k}]",
                                                  url=f"{art.url}?copy={k}" if art.url else None)))
    return out


def size_of(store) -> int:
    if store.url.get_backend_name() == "sqlite":
        raw = store.engine.raw_connection()  # outside any transaction: fold the WAL into the file
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        return sum(os.path.getsize(p) for p in (store.url.database, store.url.database + "-wal") if os.path.exists(p))
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()


def timed(calls) -> tuple[float, float, int]:
    """p50 and p95 in milliseconds over ``calls`` (each returns a result list), and the mean hits."""
    times, hits = [], 0
    for call in calls:
        start = time.perf_counter()
        hits += len(call())
        times.append((time.perf_counter() - start) * 1000)
    q = statistics.quantiles(times, n=20)
    return statistics.median(times), q[18], hits // max(1, len(times))


def quote_queries(store, rng: random.Random, k: int) -> list:
    from sqlalchemy import select

    from dossier.store.schema import articles, quotes

    with store.engine.connect() as conn:
        speakers = [s for s in conn.scalars(select(quotes.c.speaker).where(quotes.c.speaker.is_not(None))) if s]
        words = [w for t in conn.scalars(select(quotes.c.text).limit(2000)) for w in t.split() if w.isalpha()
                 and len(w) > 5]
        outlets = [o for o in conn.scalars(select(articles.c.outlet).distinct()) if o]
        days = sorted(d for d in conn.scalars(select(articles.c.published).distinct()) if d)
    calls = []
    for i in range(k):
        speaker = rng.choice(speakers).split()[-1]
        kind = i % 4
        if kind == 0:
            calls.append(lambda s=speaker: store.search_quotes(speaker=s))
        elif kind == 1:
            calls.append(lambda w=rng.choice(words): store.search_quotes(q=w))
        elif kind == 2:
            calls.append(lambda s=speaker, w=rng.choice(words): store.search_quotes(speaker=s, q=w))
        else:
            since = rng.choice(days[: max(1, len(days) // 2)]) if days else None
            calls.append(lambda o=rng.choice(outlets) if outlets else None, d=since:
                         store.search_quotes(outlet=o, since=d))
    return calls


def text_queries(store, rng: random.Random, k: int) -> list:
    titles = [a["title"] for a in store.articles(limit=100000) if a["title"]]
    words = [w for t in titles for w in t.split() if w.isalpha() and len(w) > 4]
    return [lambda q=" ".join(rng.sample(words, 1 + i % 2)): store.search_text(q) for i in range(k)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared/data/allsides/articles.jsonl.gz")
    ap.add_argument("--db", default=None, help="an empty database (default: a temporary SQLite file)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dossier-bench-store")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--cached", action="store_true", help="bench the store on the analyses cached so far")
    ap.add_argument("--fill", type=int, default=0, help="repeat the analyses up to this many articles")
    args = ap.parse_args()
    from dossier.store import open_store

    args.cache.mkdir(parents=True, exist_ok=True)
    if args.cached:  # whatever an earlier (perhaps interrupted) run analysed
        path = args.cache / f"analyses-{args.source.name}-{args.n}.pickles"
        found = _read_cached(path)
        found = found[:len(found) // 25 * 25]  # what the seconds file timed (written every 25)
        analysis_s = float(path.with_suffix(".seconds").read_text())
        print(f"cached: {len(found)} analyses of the first {args.n} articles")
    else:
        found, analysis_s = analyses(args.source, args.n, args.cache)
    if args.fill and len(found) < args.fill:
        print(f"filled: {len(found)} analyses repeated to {args.fill} articles (size and latency only)")
        found, analysis_s = filled(found, args.fill), 0.0
    url = args.db or f"sqlite:///{tempfile.mkdtemp(prefix='dossier-bench-')}/bench.db"
    with open_store(url) as store:
        start = time.perf_counter()
        summary = store.add(found, batch_size=50)
        store_s = time.perf_counter() - start
        counts = store.counts()
        size = size_of(store)
        rng = random.Random(0)
        q50, q95, qhits = timed(quote_queries(store, rng, args.queries))
        t50, t95, thits = timed(text_queries(store, rng, args.queries))
        a50, a95, _ = timed([lambda: store.actors(limit=100)] * 50)
    n = summary.added
    print(f"backend {store.url.get_backend_name()}  articles {n}  " + "  ".join(f"{k} {v}" for k, v in counts.items()))
    if analysis_s:
        print(f"analysis  {len(found) / analysis_s:.2f} articles/s ({analysis_s:.0f} s, full pipeline)")
        print(f"ingest    {len(found) / (analysis_s + store_s):.2f} articles/s end to end (analysis + store)")
    print(f"store     {n / store_s:.1f} articles/s ({store_s:.1f} s, batches of 50, analyses given)")
    print(f"size      {size / 2**20:.1f} MiB ({size / max(1, n) / 1024:.1f} KiB per article)")
    print(f"quotes    p50 {q50:.1f} ms  p95 {q95:.1f} ms  ({args.queries} queries, {qhits} hits each on average)")
    print(f"fulltext  p50 {t50:.1f} ms  p95 {t95:.1f} ms  ({args.queries} queries, {thits} hits each on average)")
    print(f"actors    p50 {a50:.1f} ms  p95 {a95:.1f} ms  (the 100 most quoted, 50 calls)")
    print(json.dumps({"articles": n, "store_per_s": round(n / store_s, 1), "size_bytes": size,
                      "quotes_p50_ms": round(q50, 1), "quotes_p95_ms": round(q95, 1),
                      "text_p50_ms": round(t50, 1), "text_p95_ms": round(t95, 1)}))


if __name__ == "__main__":
    main()
