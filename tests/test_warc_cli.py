"""`dossier extract` and `dossier ingest` over a WARC file of generated pages: one record per page, in
crawl order, with the record ids and URLs, the date each page states (none where it states none: the
copyright year and the crawl date are not publication dates), and a progress bar on a terminal."""
from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner
from warcpages import FIRST, LAST, build_crawl

from dossier.cli import app

pytestmark = pytest.mark.slow
PAGES = 24  # two batches of 16 and more


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    path = tmp_path_factory.mktemp("crawl") / "ledger.warc.gz"
    return path, build_crawl(path, PAGES)


def _terminal(monkeypatch):
    from rich.console import Console

    import dossier.cli as cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=100))
    return screen


def test_extract_over_a_warc_gives_each_page_once_with_its_stated_date(crawl, tmp_path, monkeypatch, nlp):
    path, pages = crawl
    screen = _terminal(monkeypatch)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["url"], r["published"]) for r in records] == pages
    assert sum(date is None for _, _, date in pages) == PAGES // 3  # undated pages are really there
    for r, (_, url, _) in zip(records, pages):
        i = int(url.rsplit("/", 1)[1])
        assert f"plan number {i}" in r["text"] and "All rights reserved" not in r["text"][slice(*r["body"][-1])]
        mayor = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]}"
        assert any(q["speaker"]["name"] == mayor and "We will finish" in r["text"][q["content"][0]:q["content"][1]]
                   for q in r["quotes"]), r["id"]
    shown = screen.getvalue()
    assert "analysing" in shown and f"{PAGES}/{PAGES}" in shown  # the bar counted every page
    assert f"{PAGES} articles done, 0 inputs failed" in shown


def test_ingest_over_a_warc_stores_every_page_with_a_progress_bar(crawl, tmp_path, monkeypatch, nlp):
    from dossier.store import open_store

    path, pages = crawl
    screen = _terminal(monkeypatch)
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "--jobs", "1", "--batch-size", "10"])
    assert result.exit_code == 0, result.output
    shown = screen.getvalue()
    assert "analysing" in shown and f"{PAGES} articles added" in shown
    with open_store(db) as store:
        assert store.counts()["articles"] == PAGES
