"""Reading inputs: formats, metadata (sidecar, records), stable ids, text exactly as read."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.ingest.read import read_file, read_paths, unique_ids
from dossier.model import Article, Failure

ARTICLE = ("Veskor reopens its northern crossing\n\n"
           "Officials in Veskor said on Tuesday that the northern crossing would reopen next month.\n\n"
           "Farmers near the border welcomed the decision, saying they had waited two years.\n")


def articles(items) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def test_txt_title_is_first_line_and_no_metadata_is_guessed(tmp_path):
    f = tmp_path / "veskor.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    (a,) = read_file(f)
    assert a.id == "veskor"
    assert a.text == ARTICLE
    assert a.title == "Veskor reopens its northern crossing"
    assert (a.outlet, a.published, a.url) == (None, None, None)
    assert [a.text[s:e] for s, e in a.headings] == ["Veskor reopens its northern crossing"]
    assert a.text[a.body[0][0]:a.body[0][1]].startswith("Officials in Veskor")


def test_sidecar_gives_title_outlet_date_url(tmp_path):
    f = tmp_path / "veskor.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "veskor.meta.json").write_text(json.dumps(
        {"title": "Crossing to reopen", "outlet": "Aldberg Daily", "published": "2024-03-05T10:00:00Z",
         "url": "https://example.org/veskor"}), encoding="utf-8")
    (a,) = read_paths([str(tmp_path)])  # the sidecar itself is not an article
    assert (a.title, a.outlet, a.published, a.url) == ("Crossing to reopen", "Aldberg Daily", "2024-03-05",
                                                        "https://example.org/veskor")


def test_crlf_text_is_kept_exactly(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    (a,) = read_file(f)
    assert a.text == ARTICLE.replace("\n", "\r\n")
    assert all("\r" not in a.text[s:e] for s, e in a.body)
    assert a.title == "Veskor reopens its northern crossing"


def test_cp1252_file(tmp_path):
    f = tmp_path / "cafe.txt"
    f.write_bytes("Le café “Norvania” a rouvert, a déclaré le maire à la presse mardi soir.".encode("cp1252"))
    (a,) = read_file(f)
    assert "café “Norvania”" in a.text


def test_jsonl_records_fields_and_ids(tmp_path):
    recs = [{"id": "r1", "content": "The minister spoke in Aldberg on Monday about the crossing.",
             "source": {"name": "Aldberg Daily"}, "date": "March 5, 2024", "title": "Minister speaks"},
            {"body": "Farmers said they had waited two years for the crossing to reopen.", "outlet": "Veskor Post"},
            {"text": "The council met again on Friday and approved the budget for the coming year.",
             "published": "2024-03-08"}]
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    a, b, c = read_file(f)
    assert (a.id, a.outlet, a.published, a.title) == ("r1", "Aldberg Daily", "2024-03-05", "Minister speaks")
    assert a.text == recs[0]["content"]
    assert [a.text[s:e] for s, e in a.body] == [recs[0]["content"]]  # the record title is kept apart
    assert (b.id, b.outlet, b.published) == ("feed-2", "Veskor Post", None)
    assert (c.id, c.published) == ("feed-3", "2024-03-08")


def test_jsonl_gz_and_json_list_and_object(tmp_path):
    rec = {"id": "g1", "text": "The minister spoke in Aldberg on Monday about the crossing."}
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(json.dumps(rec) + "\n")
    lst = tmp_path / "b.json"
    lst.write_text(json.dumps([{"text": rec["text"]}, {"text": rec["text"], "id": 7}]), encoding="utf-8")
    obj = tmp_path / "c.json"
    obj.write_text(json.dumps({"text": rec["text"]}), encoding="utf-8")
    got = list(read_paths([str(gz), str(lst), str(obj)]))
    assert [a.id for a in got] == ["g1", "b-1", "7", "c"]


def test_utf16_jsonl(tmp_path):
    f = tmp_path / "wide.jsonl"
    lines = [json.dumps({"id": f"w{i}", "text": f"Le café numéro {i} a rouvert à Aldberg, a dit le maire."},
                        ensure_ascii=False) for i in (1, 2)]
    f.write_bytes("\n".join(lines).encode("utf-16"))
    got = list(read_file(f))
    assert [a.id for a in got] == ["w1", "w2"]
    assert got[1].text.startswith("Le café numéro 2")


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text(ARTICLE, encoding="utf-8")
    first = [a.id for a in read_paths([str(tmp_path)])]
    again = [a.id for a in read_paths([str(tmp_path)])]
    assert first[0] == "report" and first[1].startswith("report-") and len(set(first)) == 2
    assert first == again  # stable


def test_unique_ids_leaves_distinct_ids_alone():
    items = [Article(id="a", path="p/a.txt", text="x"), Failure("q.txt", "empty file"),
             Article(id="b", path="p/b.txt", text="y")]
    assert list(unique_ids(items)) == items


def test_record_whose_text_opens_with_its_title(tmp_path):
    f = tmp_path / "t.jsonl"
    text = "Minister speaks\n\nThe minister spoke in Aldberg on Monday about the crossing."
    f.write_text(json.dumps({"id": "t", "title": "Minister speaks", "text": text}) + "\n", encoding="utf-8")
    (a,) = read_file(f)
    assert [a.text[s:e] for s, e in a.headings] == ["Minister speaks"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".jsonl.gz"]))
def test_any_bytes_give_articles_or_failures(tmp_path, data, suffix):
    f = tmp_path / f"any{suffix}"
    f.write_bytes(data)
    for item in read_file(f):
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Article):
            for s, e in [*item.body, *item.headings, *item.captions]:
                assert 0 <= s < e <= len(item.text)


def test_missing_file_is_a_failure(tmp_path):
    (item,) = read_file(Path(tmp_path / "nope.txt"))
    assert isinstance(item, Failure) and "no such file" in item.reason
