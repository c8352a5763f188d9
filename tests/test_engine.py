"""Engines: the same per-article work inline, in a process pool and on Ray gives the same records."""
from __future__ import annotations

import dataclasses
import functools
import json
import os
import sys
from itertools import count
from pathlib import Path

import pytest

from dossier.engine import LocalEngine, ProcessEngine, make_engine, windowed
from dossier.errors import MissingExtra
from dossier.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def test_windowed_keeps_input_order_and_reads_the_input_lazily():
    read = count()
    taken = []

    def items():
        for i in range(100):
            next(read)
            taken.append(i)
            yield i

    out = windowed(lambda x: x * 10, lambda h: h, items(), window=3)
    assert [next(out) for _ in range(5)] == [0, 10, 20, 30, 40]
    assert len(taken) == 5 + 3  # never more than the window ahead of what was taken
    assert list(out) == [i * 10 for i in range(5, 100)]


def test_local_and_process_engines_map_in_input_order():
    words = [f"w{i}" for i in range(40)]
    assert list(LocalEngine().map(str.upper, words)) == [w.upper() for w in words]
    engine = ProcessEngine(2)
    try:
        assert list(engine.map(str.upper, words)) == [w.upper() for w in words]
    finally:
        engine.close()


def test_a_single_item_runs_inline_without_starting_workers():
    engine = ProcessEngine(2)
    assert list(engine.map(str.upper, ["one"])) == ["ONE"]
    assert engine._pool is None


def test_a_worker_error_is_raised_at_its_place():
    engine = ProcessEngine(2)
    try:
        out = engine.map(int, ["1", "2", "three", "4"])
        assert [next(out), next(out)] == [1, 2]
        with pytest.raises(ValueError, match="three"):
            next(out)
    finally:
        engine.close()


def test_make_engine_choices_and_errors():
    assert isinstance(make_engine("auto", jobs=1), LocalEngine)
    assert isinstance(make_engine("auto", jobs=2), ProcessEngine)
    assert make_engine("process", jobs=3).jobs == 3
    for bad in (dict(name="spark"), dict(name="process", jobs=0), dict(name="local", address="auto")):
        with pytest.raises(ValueError):
            make_engine(**bad)


def test_a_missing_ray_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(MissingExtra, match=r"pip install 'dossier\[ray\]'"):
        make_engine("ray")


def test_cli_rejects_bad_engine_options():
    from typer.testing import CliRunner

    from dossier.cli import app

    for args in (["--engine", "spark"], ["--address", "auto"], ["--jobs", "0"]):
        result = CliRunner().invoke(app, ["extract", str(EXAMPLES), "-q", *args])
        assert result.exit_code == 2, args


# ---------------------------------------------------------------- the real work, on the fictional corpus
def corpus(n: int | None = None):
    """The example corpus as Articles, cycled (with fresh ids) to ``n`` articles when asked."""
    from dossier.ingest.read import read_paths
    from dossier.model import Article

    base = [a for a in read_paths([str(EXAMPLES)]) if isinstance(a, Article)]
    n = n or len(base)
    return [dataclasses.replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(n)]


def records(engine, articles, settings):
    from dossier.nlp.pipeline import analyze_batch, batched
    from dossier.report.jsonl import to_record

    work = functools.partial(analyze_batch, settings=settings)
    return [to_record(a) for batch in engine.map(work, batched(articles, settings.batch_size)) for a in batch]


@pytest.mark.slow
def test_process_pool_gives_the_local_records(nlp):
    settings = Settings(batch_size=3)  # several batches, so the pool really runs
    articles = corpus()
    local = records(LocalEngine(), articles, settings)
    engine = ProcessEngine(2)
    try:
        pooled = records(engine, articles, settings)
    finally:
        engine.close()
    assert len(local) == len(articles) > 2 * settings.batch_size
    assert pooled == local
    assert any(r["quotes"] for r in local)


@pytest.mark.slow
def test_extract_jobs_option_writes_the_same_jsonl(tmp_path):
    from typer.testing import CliRunner

    from dossier.cli import app

    outs = []
    for args in (["--engine", "local"], ["--engine", "process", "--jobs", "2"]):
        out = tmp_path / f"{args[1]}.jsonl"
        assert CliRunner().invoke(app, ["extract", str(EXAMPLES), "-q", "-o", str(out), *args]).exit_code == 0
        outs.append([json.loads(line) for line in out.read_text().splitlines()])
    assert outs[0] == outs[1] and len(outs[0]) >= 8


@pytest.mark.slow
def test_ray_gives_the_local_records_on_50_articles(nlp):
    if not os.environ.get("CI"):
        pytest.importorskip("ray")
    from dossier.engine_ray import RayEngine

    settings = Settings()
    articles = corpus(50)
    local = records(LocalEngine(), articles, settings)
    engine = RayEngine(jobs=1)
    try:
        on_ray = records(engine, articles, settings)
    finally:
        engine.close()
    key = lambda r: r["id"]  # noqa: E731 - Ray's output is compared order-insensitively
    assert sorted(on_ray, key=key) == sorted(local, key=key)
    assert len(on_ray) == 50
