"""One article whose analysis raises is a per-article failure: reported with its file and record, the
other articles still analysed (with the records they give in a clean run), inline and in a process pool."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from dossier.core import RunSummary, analyze_paths
from dossier.engine import LocalEngine, ProcessEngine
from dossier.settings import Settings

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
TRIGGER = "for the first time in almost three years"  # the stance stage raises on the article saying this


def _install_fault() -> None:
    """Make the stance stage raise on every Doc holding TRIGGER (in this process: the workers of a pool
    call this before their first batch)."""
    from dossier.nlp import stances

    original = getattr(stances, "_original_find_stances", stances.find_stances)
    stances._original_find_stances = original

    def faulty(doc, ents, **kwargs):
        if TRIGGER in doc.text:
            raise RuntimeError("injected fault")
        return original(doc, ents, **kwargs)

    stances.find_stances = faulty


def _remove_fault() -> None:
    from dossier.nlp import stances

    if hasattr(stances, "_original_find_stances"):
        stances.find_stances = stances._original_find_stances
        del stances._original_find_stances


def _faulty_work(fn, batch):
    _install_fault()
    return fn(batch)


class Faulty:
    """An engine that runs the work of ``engine`` with the stance stage broken on TRIGGER's articles."""

    def __init__(self, engine):
        self.engine = engine

    def map(self, fn, items):
        return self.engine.map(functools.partial(_faulty_work, fn), items)

    def close(self):
        self.engine.close()


@pytest.fixture(scope="module")
def clean():
    from dossier.report.jsonl import to_record

    return {a.article.id: to_record(a) for a in analyze_paths([str(EXAMPLES)], Settings(batch_size=3))}


def _faulty_ids() -> set[str]:
    from dossier.ingest.read import read_paths

    from dossier.ingest.cleanview import CleanView

    return {a.id for a in read_paths([str(EXAMPLES)]) if hasattr(a, "text") and TRIGGER in CleanView.of_article(a).text}


@pytest.mark.parametrize("engine", [lambda: LocalEngine(), lambda: ProcessEngine(2)], ids=["local", "process"])
def test_a_failing_article_is_reported_and_the_run_goes_on(engine, clean, nlp):
    from dossier.report.jsonl import to_record

    bad = _faulty_ids()
    assert bad and len(bad) < len(clean)
    summary, reported = RunSummary(), []
    records = {}
    runner = Faulty(engine())
    try:
        for a in analyze_paths([str(EXAMPLES)], Settings(batch_size=3), summary, on_failure=reported.append,
                               engine=runner):
            records[a.article.id] = to_record(a)
    finally:
        runner.close()
        _remove_fault()
    assert set(records) == set(clean) - bad
    assert len(reported) == len(summary.failures) == len(bad)
    for failure in reported:
        assert "analysis failed: RuntimeError: injected fault" in failure.reason
        assert Path(failure.path).parent == EXAMPLES
        assert any(f"record {i}:" in failure.reason for i in bad)
    assert summary.articles == len(clean) - len(bad)
    # the rest is what a clean run gives (same batches of names: the good articles are batched again)
    for rid, record in records.items():
        assert record == clean[rid], rid


def test_cli_exit_code_and_summary_name_the_failed_article(tmp_path, nlp):
    from typer.testing import CliRunner

    from dossier.cli import app

    _install_fault()
    try:
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(app, ["extract", str(EXAMPLES), "-o", str(out), "--jobs", "1"])
    finally:
        _remove_fault()
    assert result.exit_code == 1
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert lines and all(TRIGGER not in r["text"] for r in lines)
    assert "analysis failed: RuntimeError: injected fault" in result.output
    assert f"{len(lines)} articles done, 1 input failed" in result.output
