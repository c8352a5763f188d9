"""WARC / WARC.gz input: HTML responses become articles; other records pass; broken pages and files fail alone."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dossier.core import estimate_records, read_inputs
from dossier.ingest.read import read_file, walk
from dossier.model import Article, Failure

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
WALKOUT = (EXAMPLES / "linnholm-observer-2026-03-05-walkout.html").read_bytes()
LONG_ROAD = (EXAMPLES / "linnholm-observer-2026-03-08-long-road.html").read_bytes()
FURNITURE = b"<html><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8"):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    writer.write_record(record)
    return record.rec_headers.get_header("WARC-Record-ID").strip("<>")


def build_warc(path: Path, gz: bool = True) -> dict[str, str]:
    """A small crawl: warcinfo, a request, two article pages, a 404, an image, a page of links only."""
    ids = {}
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dossier tests"}))
        request = StatusAndHeaders("GET /walkout HTTP/1.1", [("Host", "observer.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://observer.example/walkout", "request",
                                                      http_headers=request))
        ids["walkout"] = _response(writer, "https://observer.example/walkout", WALKOUT)
        _response(writer, "https://observer.example/missing", b"<html><body>Not found</body></html>", "404 Not Found")
        _response(writer, "https://observer.example/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
        ids["furniture"] = _response(writer, "https://observer.example/menu", FURNITURE)
        ids["long_road"] = _response(writer, "https://observer.example/long-road", LONG_ROAD)
    return ids


def test_html_responses_become_articles_with_record_ids_and_urls(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    ids = build_warc(path)
    items = list(read_file(path))
    articles = [x for x in items if isinstance(x, Article)]
    assert [a.id for a in articles] == [ids["walkout"], ids["long_road"]]
    assert [a.url for a in articles] == ["https://observer.example/walkout", "https://observer.example/long-road"]
    walkout = articles[0]
    assert "Kestovia" in walkout.text and walkout.title.startswith("Kestovian delegation walks out")
    assert walkout.path.startswith(str(path) + "#") and walkout.body
    # the crawl date is not a publication date: the page's own date is the one kept
    assert walkout.published == "2026-03-05"


def test_a_page_without_article_text_is_one_failure_naming_its_record(tmp_path):
    path = tmp_path / "crawl.warc"
    build_warc(path, gz=False)
    failures = [x for x in read_file(path) if isinstance(x, Failure)]
    assert len(failures) == 1
    assert "https://observer.example/menu" in failures[0].reason and failures[0].reason.startswith("record ")


def test_broken_and_empty_archives_fail_alone(tmp_path):
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(gzip.compress(b"this is not a WARC record\r\n\r\n"))
    empty = tmp_path / "empty.warc"
    with open(empty, "wb") as f:
        writer = WARCWriter(f, gzip=False)
        writer.write_record(writer.create_warcinfo_record("empty.warc", {"software": "dossier tests"}))
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g1", "text": "Mayor Ilse Varn opened the bridge in Kessel."}) + "\n")
    items = list(read_inputs([str(broken), str(empty), str(good)]))
    assert [type(x).__name__ for x in items] == ["Failure", "Failure", "Article"]
    assert "not a readable WARC" in items[0].reason and "no HTML pages" in items[1].reason


def test_folders_include_warc_files_and_the_progress_total_counts_pages(tmp_path):
    build_warc(tmp_path / "a.warc.gz")
    (tmp_path / "notes.txt").write_text("Mayor Ilse Varn opened the bridge in Kessel.\n")
    assert [p.name for p in walk([str(tmp_path)])] == ["a.warc.gz", "notes.txt"]
    assert estimate_records([str(tmp_path)]) == 3 + 1  # three HTML pages (one fails), one text file


@pytest.mark.slow
def test_extract_reads_a_warc_file_end_to_end(tmp_path):
    from typer.testing import CliRunner

    from dossier.cli import app

    path = tmp_path / "crawl.warc.gz"
    build_warc(path)
    result = CliRunner().invoke(app, ["extract", str(path), "-q", "--jobs", "1"])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.exit_code == 1  # the page of links failed, the rest was written
    assert len(records) == 2
    for rec in records:
        for q in rec["quotes"]:
            s, e = q["content"]
            assert rec["text"][s:e].strip()
        assert any(m for ent in rec["entities"] for m in ent["mentions"])
