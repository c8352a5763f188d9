"""Bench (not a test): near-duplicates, events and storylines over the AllSides articles.

    python bench/stories.py ../shared/data/allsides/articles.jsonl.gz [--records EXTRACT.jsonl] [--limit N]

Without ``--records`` the features come from a cheap path that skips spaCy: the articles are read
and cleaned as ``dossier`` reads them (body found, page junk out), the same words, shingles and dates,
with actors read as runs of capitalised words instead of nlp's entities. Justification:
near-duplicates use only the words, and the clustering stage's cost depends on the number and size of
the vectors, not on where the actor names came from (a spaCy pass over 5,000 articles would take an
hour on this machine's shared cores). Prints the near-duplicates found (with examples), events and
storylines, the time of the feature and clustering stages, and the clustering stage's peak Python
memory (tracemalloc, on a second, untimed run) and the process's peak RSS.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import resource
import time
import tracemalloc

from dossier.stories import StoryIndex
from dossier.stories.features import features_of_record, make_features

_CAPS = re.compile(r"\b(?:[A-Z][\w'’.-]+)(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]+)*")
_SKIP = frozenset("The A An He She It They We I In On At But And This That Mr Mrs Ms".split())


def read_articles(path: str, limit: int):
    """Articles as ``dossier`` reads them (body found, page junk left out), without the nlp pass."""
    from dossier.core import read_inputs
    from dossier.model import Failure

    out = []
    for a in read_inputs([path]):
        if not isinstance(a, Failure):
            out.append(a)
            if limit and len(out) >= limit:
                break
    return out


def article_features(a):
    text = a.text
    prose = "\n".join(text[s:e] for s, e in a.body) or text
    names = collections.Counter(m.group(0) for m in _CAPS.finditer(prose) if m.group(0) not in _SKIP)
    actors = [(n, "ORG", c) for n, c in names.items() if c >= 2 or " " in n]
    return make_features(a.id, text, a.title, a.outlet, a.published, a.body, actors)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("--records", help="contract records (dossier extract) to take the features from instead")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.records:
        with open(args.records, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        rows = rows[:args.limit] if args.limit else rows
        feats = [features_of_record(r) for r in rows]
    else:
        arts = read_articles(args.articles, args.limit)
        rows = [{"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published} for a in arts]
        feats = [article_features(a) for a in arts]
    by_id = {r["id"]: r for r in rows}
    t_feat = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    ix = StoryIndex()
    got = [ix.add(f) for f in feats]
    t_cluster, c_cluster = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    state = json.dumps(ix.state())
    t_state = time.perf_counter() - t0
    tracemalloc.start()  # a second run, traced: tracemalloc slows Python down, so it is not timed
    again = StoryIndex()
    for f in feats:
        again.add(f)
    json.dumps(again.state())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    dups = [(f.id, a.duplicate_of) for f, a in zip(feats, got) if a.duplicate_of]
    sizes = collections.Counter(collections.Counter(a.story for a in got).values())
    print(f"articles {len(rows)}  near-duplicates {len(dups)}  events {len({a.story for a in got})} "
          f"(sizes {dict(sorted(sizes.items()))})  storylines {len({a.thread for a in got})}")
    for copy, orig in dups[:8]:
        a, b = by_id[copy], by_id[orig]
        print(f"  copy {a.get('outlet')} “{(a.get('title') or '')[:50]}” -> "
              f"{b.get('outlet')} “{(b.get('title') or '')[:50]}”")
    members = collections.defaultdict(list)
    for f, a in zip(feats, got):
        members[a.story].append(f)
    big = sorted(members.values(), key=len, reverse=True)[:5]
    print("largest events: " + "; ".join(f"{len(m)} ({sum(f.day is None for f in m)} undated) "
                                         f"“{(m[0].title or '')[:40]}”" for m in big))
    print(f"features {t_feat:.1f}s ({'records' if args.records else 'read + clean, no spaCy'})  clustering {t_cluster:.1f}s wall, "
          f"{c_cluster:.1f}s CPU ({1000 * c_cluster / len(rows):.1f} ms CPU/article)  peak traced memory of clustering {peak / 2**20:.0f} MiB  "
          f"state {len(state) / 2**20:.1f} MiB JSON written in {t_state:.1f}s  process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
