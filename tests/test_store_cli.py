"""`dossier ingest` and `dossier search` end to end (spaCy, real databases): a kill mid-way and a rerun
lose nothing and duplicate nothing, on SQLite and PostgreSQL; a second ingest changes no count."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import SQLAlchemyError
from storecorpus import pg_database, pg_server  # noqa: F401 (fixture)
from typer.testing import CliRunner

from dossier.cli import app
from dossier.store import StoreError, open_store

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Arlo", "Brisa", "Cato", "Dagny", "Eero", "Fenna", "Gideon", "Hilde", "Ines", "Jory"]
LAST = ["Marrow", "Quillan", "Tessaly", "Vantor", "Olund", "Pruett", "Skerra", "Wendholm", "Yarrow", "Zelig"]
TOWNS = ["Brightwater", "Kelmsford", "Dunmere", "Ashgrove", "Thornby", "Harrowgate", "Fallowmere", "Oakhollow"]
THINGS = ["bridge", "tramway", "library", "harbour wall", "water plant", "stadium"]
N = 120
BATCH = 4


def _record(i: int) -> dict:
    first, last, town, thing = FIRST[i % 10], LAST[(i // 10) % 10], TOWNS[i % 8], THINGS[i % 6]
    text = (f"{town} council approves the {thing}\n\n"
            f"{first} {last}, the mayor of {town}, said on Tuesday that the {thing} would cost {i + 3} million "
            f"crowns.\n\"We will finish the {thing} before the spring floods,\" {last} told reporters.\n"
            f"Residents of {town} remain divided over plan number {i}.")
    rec = {"id": f"n{i}", "title": f"{town} approves the {thing} ({i})", "source": f"Gazette {i % 3}",
           "date": f"2021-0{1 + i % 9}-1{i % 10}", "text": text}
    if i % 2:
        rec["url"] = f"https://gazette.example/{i}"
    return rec


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("news")
    with open(root / "news.jsonl", "w", encoding="utf-8") as f:
        for i in range(N):
            f.write(json.dumps(_record(i)) + "\n")
    (root / "broken.json").write_text("{not json", encoding="utf-8")
    return root


def _ingest(folder: Path, url: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": "1"}
    return subprocess.Popen([sys.executable, "-m", "dossier.cli", "ingest", str(folder), "--db", url, "-q",
                             "--batch-size", str(BATCH)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _stored(url: str) -> int:
    try:
        with open_store(url, readonly=True) as s:
            return s.counts()["articles"]
    except (StoreError, SQLAlchemyError):  # not created, not migrated or locked by the migration yet
        return 0


def _rows(url: str) -> dict[str, tuple]:
    """Per article id: its quotes, entity mentions, stances and dates as (span, text) rows, sorted.

    A speaker counts by surname: a bare surname takes a full name met in the same batch of articles
    (README, "Names across a run"), and a resumed run batches the articles still missing differently."""
    with open_store(url, readonly=True) as s:
        out = {}
        for a in s.articles(limit=10 * N):
            art = s.article(a["id"])
            out[a["id"]] = (sorted((tuple(q["span"]), (q["speaker"] or "").split()[-1:], q["kind"]) for q in art["quotes"]),
                            sorted((e["name"], tuple(map(tuple, e["mentions"]))) for e in art["entities"]),
                            sorted((tuple(st["span"]), st["attitude"]) for st in art["stances"]),
                            sorted((tuple(d["span"]), d["value"]) for d in art["dates"]))
        return out


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory) -> dict:
    """Rows of one uninterrupted ingest, what a killed and resumed one must equal."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ref') / 'ref.db'}"
    proc = _ingest(folder, url)
    _, errors = proc.communicate(timeout=600)
    assert proc.returncode == 1, errors  # broken.json failed, the rest was stored
    assert "broken.json" in errors and f"{N} articles added" in errors
    return {"url": url, "rows": _rows(url)}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_killed_ingest_resumes_with_nothing_lost_or_duplicated(backend, folder, reference, tmp_path, request):
    url = f"sqlite:///{tmp_path / 'store.db'}" if backend == "sqlite" else pg_database(request)
    proc = _ingest(folder, url)
    while proc.poll() is None and _stored(url) < BATCH:  # the first batch is committed …
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)  # … and the run is killed
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    assert BATCH <= _stored(url) < N

    rerun = _ingest(folder, url)
    _, errors = rerun.communicate(timeout=600)
    assert rerun.returncode == 1 and "broken.json" in errors, errors
    assert _rows(url) == reference["rows"]  # nothing lost, nothing duplicated: the rows of a clean run
    with open_store(url, readonly=True) as s:
        counts = s.counts()
    assert counts["articles"] == N and counts["quotes"] >= N

    again = _ingest(folder, url)  # the same folder once more: no count changes
    _, errors = again.communicate(timeout=600)
    assert "0 articles added" in errors and f"{N} already stored" in errors
    with open_store(url, readonly=True) as s:
        assert s.counts() == counts


def test_search_commands_print_tables_and_json(reference):
    runner = CliRunner()
    db = reference["url"]
    result = runner.invoke(app, ["search", "quotes", "--speaker", "Vantor", "--q", "spring floods", "--json",
                                 "--db", db])
    assert result.exit_code == 0, result.output
    quotes = json.loads(result.stdout)["quotes"]
    assert quotes and all("Vantor" in q["speaker"] and "spring floods" in q["text"] for q in quotes)
    with open_store(db, readonly=True) as s:
        for q in quotes:
            assert s.article(q["article"])["text"][q["span"][0]:q["span"][1]] == q["text"]
    dated = json.loads(runner.invoke(app, ["search", "quotes", "--since", "2021-03-01", "--until", "2021-03-31",
                                           "--json", "--db", db]).stdout)["quotes"]
    assert dated and all("2021-03-01" <= q["published"] <= "2021-03-31" for q in dated)
    table = runner.invoke(app, ["search", "text", "harbour wall", "--db", db])
    assert table.exit_code == 0 and "harbour wall" in table.stdout
    stances = runner.invoke(app, ["search", "stances", "--json", "--db", db])
    assert stances.exit_code == 0 and "stances" in json.loads(stances.stdout)
    bad = runner.invoke(app, ["search", "quotes", "--since", "March", "--db", db])
    assert bad.exit_code == 2
    missing = subprocess.run([sys.executable, "-m", "dossier.cli", "search", "text", "x", "--db",
                              str(Path(db[10:]).with_name("none.db"))], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert missing.returncode == 2 and "no store at" in missing.stderr and "Traceback" not in missing.stderr
