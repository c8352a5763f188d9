"""Profile `dossier extract` on a sample of articles (run on demand, never in CI).

    python bench/profile_extract.py [--n 100] [--source ../shared/data/allsides/articles.jsonl.gz] [--top 30]

cProfile on the process's CPU clock (``time.process_time``), so other jobs on a shared machine do not
inflate the figures (a wall-clock sampler such as pyinstrument charged the waits to random frames there).
Prints the total CPU seconds and the costliest functions by own time and by cumulative time, our code
(``dossier/``) marked with ``*``. cProfile's per-call overhead makes Python code look a little costlier
than C code (spaCy's): use the stage table of ``bench/throughput.py`` for shares, this for hot spots.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sampling import DEFAULT_SOURCE, sample  # noqa: E402


def rows(stats: pstats.Stats, key: int, top: int) -> list[str]:
    """``top`` lines 'seconds share% function file:line', sorted by own time (key 2) or cumulative (key 3)."""
    entries = sorted(stats.stats.items(), key=lambda kv: kv[1][key], reverse=True)[:top]
    total = stats.total_tt
    out = []
    for (file, line, func), values in entries:
        mark = "*" if "/dossier/" in file else " "
        where = f"{Path(file).name}:{line}" if file != "~" else "builtin"
        out.append(f"{values[key]:8.2f}s {100 * values[key] / total:5.1f}% {mark} {func} {where}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--source", default=str(DEFAULT_SOURCE))
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()

    from dossier.core import analyze_paths
    from dossier.nlp.pipeline import build_nlp
    from dossier.report.jsonl import write_record

    path = sample(Path(args.source), args.n)
    build_nlp()  # the model load is not part of the run
    profiler = cProfile.Profile(time.process_time)
    sink = io.StringIO()
    profiler.enable()
    for analysis in analyze_paths([str(path)]):
        write_record(analysis, sink)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"{args.n} articles, {stats.total_tt:.2f} CPU s (cProfile, process time)")
    print("by own time:")
    print("\n".join(rows(stats, 2, args.top)))
    print("by cumulative time:")
    print("\n".join(rows(stats, 3, args.top)))


if __name__ == "__main__":
    main()
