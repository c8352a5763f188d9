"""Bad inputs: each gives one clear Failure (with the line for JSONL), the rest of the run goes on."""
from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from dossier.ingest.read import read_file
from dossier.model import Article, Failure
from dossier.settings import Settings

GOOD = "The minister of Norvania arrived in Aldberg on Monday for two days of talks on the crossing.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def only_failure(path, settings=Settings()) -> Failure:
    (item,) = read_file(path, settings)
    assert isinstance(item, Failure), item
    assert item.path == str(path)
    return item


@pytest.mark.parametrize("name,data,reason", [
    ("image.txt", PNG, "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.html", b"  \n\t\n", "empty"),
    ("utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable"),
    ("broken.json", b'{"text": "The minister', "broken JSON"),
    ("list.json", b"[]", "no records"),
    ("notgz.jsonl.gz", b"this is not gzip at all", "broken gzip"),
    ("empty.jsonl", b"\n\n", "no JSON lines"),
])
def test_one_clear_failure(tmp_path, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    assert reason in only_failure(f).reason


def test_oversized_file_names_the_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(GOOD * 20, encoding="utf-8")
    failure = only_failure(f, Settings(max_bytes=100))
    assert "too large" in failure.reason and "--max-bytes" in failure.reason


def test_jsonl_bad_lines_fail_alone_with_their_line_numbers(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join([json.dumps({"id": "a", "text": GOOD}), '{"id": "b", "text": ',
                            json.dumps({"id": "c", "title": "no text here"}), json.dumps(["not", "an", "object"]),
                            json.dumps({"id": "e", "text": GOOD})]) + "\n", encoding="utf-8")
    items = list(read_file(f))
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "e"]
    failures = {i.line: i.reason for i in items if isinstance(i, Failure)}
    assert set(failures) == {2, 3, 4}
    assert "broken JSON" in failures[2]
    assert "no text" in failures[3]
    assert "not a JSON object" in failures[4]
    assert str(next(i for i in items if isinstance(i, Failure))).startswith(f"{f}:2: ")


def test_json_list_with_a_bad_record(tmp_path):
    f = tmp_path / "list.json"
    f.write_text(json.dumps([{"text": GOOD}, {"text": "   "}]), encoding="utf-8")
    good, bad = read_file(f)
    assert isinstance(good, Article) and isinstance(bad, Failure) and "record 2" in bad.reason


def test_broken_sidecar_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    assert "broken sidecar a.meta.json" in only_failure(tmp_path / "a.txt").reason


@pytest.mark.slow
def test_extract_goes_on_and_exits_1_with_a_summary(tmp_path):
    from dossier.cli import app

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "image.txt").write_bytes(PNG)
    (src / "empty.txt").write_bytes(b"")
    (src / "big.txt").write_text(GOOD * 200, encoding="utf-8")
    (src / "page.html").write_text(f"<html><body><div><p>{GOOD}<p>{GOOD.replace('Monday', 'Friday')}",
                                   encoding="utf-8")
    (src / "feed.jsonl").write_text("\n".join([json.dumps({"id": "r1", "text": GOOD}), "{broken",
                                               json.dumps({"id": "r3"})]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "-q", "--max-bytes", "5000"])
    assert result.exit_code == 1, result.output
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["r1", "good", "page"]  # walked in sorted order: feed.jsonl, good.txt, page.html
    assert "3 articles done, 5 inputs failed" in result.output
    for where in ("image.txt", "empty.txt", "big.txt", "feed.jsonl:2", "feed.jsonl:3"):
        assert where in result.output
