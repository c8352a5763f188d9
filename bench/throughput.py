"""Throughput, stage costs, memory and multi-process speed-up of `dossier extract` (on demand, never in CI).

    python bench/throughput.py [--sizes 300 1000] [--stages 300] [--speedup 300] [--rss 1000 5000] [--warc 300]
                               [--only ratio,stages,speedup,rss,warc] [--source ../shared/data/allsides/articles.jsonl.gz]

Sections (each kept in bench/results/throughput.json, merged with the sections of earlier runs, and
printed as the table in bench/results/throughput.md):

- ratio: articles/s and words/s of the full analysis (read + clean + spaCy + every extractor + JSON, one
  process) against bare spaCy (``nlp.pipe`` over the same clean views, same model, batched as extract
  batches them: ``pipeline.parse`` per 16 articles) on the first N articles, in one run. Wall-clock and CPU-time ratios both: on a shared machine the CPU ratio is the
  steadier one. Issue 12 asks >= 0.55 against bare spaCy and >= 0.8 against bare spaCy + the encoder (the
  encoder's own time comes from the stage table of the same articles).
- stages: CPU seconds per stage (bench/stages.py) on one process.
- speedup: wall time of the process engine with 1 and with 2 workers on the same articles (workers warmed
  up first, so model loading is left out). Noisy on a machine other jobs share: the load is recorded.
- rss: peak resident memory of `dossier extract --jobs N` (main process and largest worker), and the main
  process's RSS when the run ends, on 1k and 5k articles of a JSONL.gz, run with its progress bar (under
  ``script``); also the 5k end-to-end run. The peak follows the longest batch of texts (the parser's
  arrays), the end figure the steady state.
- warc: `dossier extract` and `dossier ingest` (a fresh SQLite store) over a WARC.gz crawl of N generated
  pages (tests/warcpages.py: fictional pages, a request record before each), on a terminal (``script``):
  records written, pages stored, whether the progress bar was drawn, the run's summary line, wall time.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

from dossier.no_torch import block  # noqa: E402

block()  # as the `dossier` CLI does: spaCy must not pull torch in
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sampling import DEFAULT_SOURCE, ROOT, sample  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
SECTIONS = ("ratio", "stages", "speedup", "rss", "warc")
RSS_CHILD = """
import os, resource, sys
from dossier.cli import app
try:
    app(["extract", sys.argv[1], "-o", os.devnull, "--jobs", sys.argv[2]], standalone_mode=False)
finally:
    now_kb = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
          resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, now_kb)
"""


def _clock():
    return time.perf_counter(), time.process_time()


def _since(start) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def _extract(path: Path, engine=None) -> None:
    """What `dossier extract` does: analyse, place each article in the story index, write its record."""
    from dossier.core import analyze_paths
    from dossier.report.jsonl import write_record
    from dossier.stories import StoryIndex

    sink = io.StringIO()
    index = StoryIndex()
    kwargs = {} if engine is None else {"engine": engine}
    for analysis in analyze_paths([str(path)], **kwargs):
        write_record(index.annotate(analysis), sink)


BATCH = 16  # articles per batch: dossier's Settings.batch_size


def ratio(source: Path, n: int) -> dict:
    from dossier.ingest.cleanview import CleanView
    from dossier.ingest.read import read_paths
    from dossier.nlp.pipeline import build_nlp, parse

    path = sample(source, n)
    views = [CleanView.of_article(a).text for a in read_paths([str(path)]) if hasattr(a, "text")]
    words = sum(len(v.split()) for v in views)
    nlp = build_nlp()
    list(nlp.pipe(views[:4]))  # warm up
    start = _clock()
    for k in range(0, len(views), BATCH):  # spaCy batched as extract batches it (articles, then characters),
        with nlp.memory_zone():  # and in a memory zone as extract: else the vocabulary this run grows
            parse(nlp, views[k:k + BATCH])  # makes the extract run after it parse faster
    bare = _since(start)
    _extract(sample(source, 4))  # warm up: the models and name lists extract loads on first use
    from stages import PARSE, StageClock

    clock = StageClock()
    nlp.pipe = clock.wrap(nlp.pipe, PARSE)  # the parse inside extract, timed alone (one wrapper per pipe call)
    start = _clock()
    try:
        _extract(path)
    finally:
        del nlp.pipe
    full = _since(start)
    parse_cpu = clock.totals.get(PARSE, 0.0)
    return {"articles": len(views), "words": words,
            "extract_parse_cpu_s": round(parse_cpu, 2),
            "beyond_parser_share": round(1 - parse_cpu / full[1], 3) if full[1] else None,
            "bare_spacy": {"wall_s": round(bare[0], 2), "cpu_s": round(bare[1], 2),
                           "articles_per_s": round(len(views) / bare[0], 2), "words_per_s": round(words / bare[0])},
            "extract": {"wall_s": round(full[0], 2), "cpu_s": round(full[1], 2),
                        "articles_per_s": round(len(views) / full[0], 2), "words_per_s": round(words / full[0])},
            "ratio_wall": round(bare[0] / full[0], 3), "ratio_cpu": round(bare[1] / full[1], 3),
            "load_avg": round(os.getloadavg()[0], 2)}


def stages(source: Path, n: int) -> dict:
    from stages import StageClock, install

    from dossier.nlp.pipeline import build_nlp

    path = sample(source, n)
    clock = StageClock()
    nlp = build_nlp()
    _extract(sample(source, 4))  # warm up: the models and name lists extract loads on first use
    found = install(clock, nlp)
    start = time.process_time()
    _extract(path)
    total = time.process_time() - start
    costs = {stage: round(clock.totals.get(stage, 0.0), 2) for stage in found}
    costs["other"] = round(total - sum(clock.totals.values()), 2)
    model = costs.get("parse", 0.0) + costs.get("encoder", 0.0)
    return {"articles": n, "cpu_s": round(total, 2), "stages_cpu_s": costs,
            "share": {k: round(v / total, 3) for k, v in costs.items()},
            "beyond_parser_and_encoder_share": round(1 - model / total, 3),
            "beyond_parser_and_attribution_model_share": round(1 - (model + costs.get("tagger", 0.0)) / total, 3),
            "ratio_vs_spacy_plus_encoder_cpu": round(model / total, 3)}


def _warm(batch):
    """Analyse ``batch`` (the worker loads the model), then hold the worker a moment, so that every worker
    of the pool takes one warm-up task before the timing starts."""
    from dossier.nlp.pipeline import analyze_batch

    analyze_batch(batch)
    time.sleep(2.0)


def speedup(source: Path, n: int, jobs: tuple[int, ...] = (1, 2)) -> dict:
    from dossier.engine import ProcessEngine
    from dossier.ingest.read import read_paths

    path = sample(source, n)
    warm = [a for a in read_paths([str(path)]) if hasattr(a, "text")][:1]
    out = {"articles": n, "wall_s": {}, "load_avg_before": round(os.getloadavg()[0], 2)}
    for j in jobs:
        engine = ProcessEngine(j)
        try:
            list(engine.map(_warm, [warm] * max(2, j)))  # every worker loads the model (one item runs inline)
            start = _clock()
            _extract(path, engine)
            out["wall_s"][str(j)] = round(_since(start)[0], 2)
        finally:
            engine.close()
    out["speedup_2_vs_1"] = round(out["wall_s"]["1"] / out["wall_s"]["2"], 3) if {"1", "2"} <= out["wall_s"].keys() else None
    out["load_avg_after"] = round(os.getloadavg()[0], 2)
    return out


def rss(source: Path, n: int, jobs: int) -> dict:
    """Peak RSS of `dossier extract --jobs JOBS` on n articles (a JSONL.gz): of the main process, and of the
    largest worker. Run under ``script`` where it exists, so the progress bar is drawn as on a terminal."""
    path = sample(source, n, gz=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-c", RSS_CHILD, str(path), str(jobs)]
    if shutil.which("script"):
        cmd = ["script", "-qec", " ".join(map(shlex.quote, cmd)), os.devnull]
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, errors="replace")
    wall = time.perf_counter() - start
    line = next((x for x in done.stdout.splitlines() if x.startswith("MAXRSS_KB")), None)
    if line is None:
        raise RuntimeError(f"rss run failed: {(done.stdout + done.stderr)[-2000:]}")
    main_kb, child_kb, end_kb = map(int, line.split()[1:4])
    summary = next((x for x in reversed(done.stdout.splitlines()) if "article" in x and "done" in x), "")
    return {"articles": n, "jobs": jobs, "peak_rss_mb_main": round(main_kb / 1024, 1),
            "end_rss_mb_main": round(end_kb / 1024, 1),
            "peak_rss_mb_largest_worker": round(child_kb / 1024, 1) if jobs > 1 else None,
            "wall_s": round(wall, 1), "summary": re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", summary).strip()}


def _on_terminal(args: list[str], env: dict) -> tuple[str, float]:
    """Run ``dossier ARGS`` under ``script`` (a pseudo-terminal, so the progress bar is drawn): its screen
    output with the escape codes removed, and its wall time."""
    cmd = [sys.executable, "-c", "from dossier.cli import app; app()", *args]
    if shutil.which("script"):
        cmd = ["script", "-qec", " ".join(map(shlex.quote, cmd)), os.devnull]
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, errors="replace")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", done.stdout + done.stderr), time.perf_counter() - start


def warc(n: int, jobs: int) -> dict:
    """``dossier extract`` and ``dossier ingest`` over a crawl of n generated pages, each on a terminal."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from warcpages import build_crawl

    folder = Path(tempfile.mkdtemp(prefix="dossier-bench-warc-"))
    crawl = folder / "crawl.warc.gz"
    pages = build_crawl(crawl, n)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "OMP_NUM_THREADS": "1", "COLUMNS": "100"}
    out = folder / "out.jsonl"
    screen, wall = _on_terminal(["extract", str(crawl), "-o", str(out), "--jobs", str(jobs)], env)
    records = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    right = sum(r["id"] == pid and r["url"] == url and r["published"] == date
                for r, (pid, url, date) in zip(records, pages))
    result = {"pages": n, "jobs": jobs, "extract": {
        "records": len(records), "records_as_expected": right, "progress_bar": "analysing" in screen,
        "wall_s": round(wall, 1), "summary": _last_line(screen, "done")}}
    db = folder / "store.db"
    screen, wall = _on_terminal(["ingest", str(crawl), "--db", f"sqlite:///{db}", "--jobs", str(jobs)], env)
    result["ingest"] = {"progress_bar": "analysing" in screen, "wall_s": round(wall, 1),
                        "stored": _last_line(screen, "added").rsplit(": ", 1)[-1], "summary": _last_line(screen, "done")}
    shutil.rmtree(folder, ignore_errors=True)
    return result


def _last_line(screen: str, word: str) -> str:
    return next((x.strip() for x in reversed(screen.replace("\r", "\n").splitlines()) if word in x), "")


def table(results: dict) -> str:
    """The Markdown report of every section in ``results``."""
    lines = ["# dossier extract: throughput (bench/throughput.py)", ""]
    if "ratio" in results:
        lines += ["Articles/s are wall-clock on the machine as it was (load in the last column); the CPU ratio is the "
                  "steadier figure on a shared machine.", "",
                  "The last column is the share of extract's CPU time spent outside spaCy's `nlp.pipe`, timed in "
                  "the same run (issue 12: at most 20 %).", "",
                  "| articles | words | bare spaCy art/s | extract art/s | extract words/s | ratio (wall) | ratio (CPU) | load "
                  "| beyond the parser |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in results["ratio"].values():
            beyond = r.get("beyond_parser_share")
            lines.append(f"| {r['articles']} | {r['words']} | {r['bare_spacy']['articles_per_s']} | "
                         f"{r['extract']['articles_per_s']} | {r['extract']['words_per_s']} | {r['ratio_wall']} | "
                         f"{r['ratio_cpu']} | {r['load_avg']} | {'' if beyond is None else f'{100 * beyond:.1f}%'} |")
        lines.append("")
    if "stages" in results:
        s = results["stages"]
        lines += [f"Stage costs, one process, {s['articles']} articles, {s['cpu_s']} CPU s:", "",
                  "| stage | CPU s | share |", "|---|---:|---:|"]
        lines += [f"| {k} | {v} | {100 * s['share'][k]:.1f}% |" for k, v in s["stages_cpu_s"].items()]
        model = "parser + encoder" if "encoder" in s["stages_cpu_s"] else "parser (no encoder stage found)"
        lines += ["", f"Everything but the {model}: {100 * s['beyond_parser_and_encoder_share']:.1f}% of the run; "
                  f"extract vs bare {model} (CPU): {s['ratio_vs_spacy_plus_encoder_cpu']}"]
        if "beyond_parser_and_attribution_model_share" in s:
            lines += [f"Everything but the parser and the attribution model (the tagger stage: CRF features and "
                      f"crfsuite, or the encoder): {100 * s['beyond_parser_and_attribution_model_share']:.1f}% of the run"]
        lines.append("")
    if "speedup" in results:
        s = results["speedup"]
        lines += [f"Process engine on {s['articles']} articles: " +
                  ", ".join(f"{j} worker(s) {t} s" for j, t in s["wall_s"].items()) +
                  f"; speed-up 2 vs 1: {s['speedup_2_vs_1']} (load average {s['load_avg_before']} before, "
                  f"{s['load_avg_after']} after: other jobs shared the 2 cores)", ""]
    if "rss" in results:
        lines += ["| articles | --jobs | peak RSS MB, main | RSS MB at the end, main | peak RSS MB, largest worker | "
                  "wall s | run summary |", "|---:|---:|---:|---:|---:|---:|---|"]
        lines += [f"| {r['articles']} | {r['jobs']} | {r['peak_rss_mb_main']} | {r.get('end_rss_mb_main')} | "
                  f"{r['peak_rss_mb_largest_worker']} | {r['wall_s']} | {r['summary']}"
                  f"{'; code: ' + r['code'] if r.get('code') else ''} |" for r in results["rss"].values()]
        lines.append("")
    if "warc" in results:
        w = results["warc"]
        e, i = w["extract"], w["ingest"]
        lines += [f"WARC.gz crawl of {w['pages']} generated pages, --jobs {w['jobs']}, on a terminal: extract wrote "
                  f"{e['records']} records ({e['records_as_expected']} with the expected id, URL and date), progress "
                  f"bar {'drawn' if e['progress_bar'] else 'NOT drawn'}, {e['wall_s']} s, \"{e['summary']}\"; ingest: "
                  f"\"{i['stored']}\", progress bar {'drawn' if i['progress_bar'] else 'NOT drawn'}, {i['wall_s']} s, "
                  f"\"{i['summary']}\"", ""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", default=str(DEFAULT_SOURCE))
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1000])
    ap.add_argument("--stages", type=int, default=300)
    ap.add_argument("--speedup", type=int, default=300)
    ap.add_argument("--rss", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--rss-jobs", type=int, default=2, help="--jobs of the memory runs (1: one process)")
    ap.add_argument("--warc", type=int, default=300, help="pages in the generated WARC crawl")
    ap.add_argument("--warc-jobs", type=int, default=1)
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections to run")
    ap.add_argument("--out", default=str(RESULTS / "throughput.json"))
    args = ap.parse_args()
    source, wanted = Path(args.source), set(args.only.split(","))
    out = Path(args.out)
    results = json.loads(out.read_text()) if out.exists() else {}

    def keep(section, key, value):
        results.setdefault(section, {}) if key is not None else None
        if key is None:
            results[section] = value
        else:
            results[section][key] = value
        results["when"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=1) + "\n")
        out.with_suffix(".md").write_text(table(results) + f"\nLast run: {results['when']}\n")
        print(json.dumps({section: value if key is None else {key: value}}), flush=True)

    if "ratio" in wanted:
        for n in args.sizes:
            keep("ratio", str(n), ratio(source, n))
    if "speedup" in wanted:
        keep("speedup", None, speedup(source, args.speedup))
    if "rss" in wanted:
        for n in args.rss:
            keep("rss", f"{n}x{args.rss_jobs}", rss(source, n, args.rss_jobs))
    if "warc" in wanted:
        keep("warc", None, warc(args.warc, args.warc_jobs))
    if "stages" in wanted:  # last: it wraps functions of this process
        keep("stages", None, stages(source, args.stages))
    print(table(results))


if __name__ == "__main__":
    main()
