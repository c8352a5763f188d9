"""The read-through kit (bench/read): items for a reader, and the reader's verdicts turned into labels."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from dossier.nlp.attribution.confidence import FEATURES

BENCH = Path(__file__).resolve().parents[1] / "bench" / "read"
TEXT = ("Kessel port\n\nPeter Brenn, the port director, said the north quay would reopen in May. "
        "He added that the cranes were old.")


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_read_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _span(words: str) -> list[int]:
    i = TEXT.index(words)
    return [i, i + len(words)]


def _quote(mention: str, cue: str, content: str, role: str | None) -> dict:
    return {"content": _span(content), "cue": _span(cue), "kind": "indirect",
            "speaker": {"entity": "E1", "name": "Peter Brenn", "mention": _span(mention), "role": role}}


RECORD = {"id": "k1", "outlet": "Kessel Post", "published": "2026-05-02", "title": "Quay", "text": TEXT,
          "stances": [], "quotes": [_quote("Peter Brenn, the port director", "said",
                                           "the north quay would reopen in May", "port director"),
                                    _quote("He", "added", "the cranes were old", None)]}


def _kit(tmp_path: Path, now: dict | None = None) -> Path:
    (tmp_path / "out.jsonl").write_text(json.dumps(RECORD) + "\n")
    if now is not None:
        (tmp_path / "now.jsonl").write_text(json.dumps(now) + "\n")
    assert _module("dump").main([str(tmp_path), "--quotes", "2", "--stances", "0", "--seed", "1"]) == 0
    items = (tmp_path / "items.md").read_text()
    tags = {c: items[:items.index(c)].rsplit("## ", 1)[1].split()[0] for c in ("'the north quay", "'the cranes")}
    (tmp_path / "verdicts.md").write_text(
        f"{tags[chr(39) + 'the north quay']}: a=right b=right c=right d=right\n"
        f"{tags[chr(39) + 'the cranes']}: a=right b=right c=wrong d=right  (c: null, the article gives port director)\n")
    return tmp_path


def test_dump_writes_each_record_with_the_text_around_it(tmp_path):
    items = (_kit(tmp_path) / "items.md").read_text()
    assert "- speaker role: 'port director'" in items and "[[the cranes were old]]" in items
    assert "# article k1" in (tmp_path / "articles.md").read_text()


def test_verdicts_become_labels_with_the_features_of_the_record_read(tmp_path):
    rows = _module("labels").kit_labels(_kit(tmp_path))
    by_content = {TEXT[r["content"][0]:r["content"][1]]: r for r in rows}
    assert by_content["the cranes were old"]["marks"] == {"a": 1, "b": 1, "c": 0, "d": 1}
    assert by_content["the north quay would reopen in May"]["features"]["role"] == 1.0
    assert by_content["the cranes were old"]["features"]["pronoun"] == 1.0
    assert set(by_content["the cranes were old"]["features"]) == set(FEATURES)
    assert "cranes" not in json.dumps(rows) and "Brenn" not in json.dumps(rows)  # no article text in labels


def test_a_record_the_code_has_since_changed_is_no_label(tmp_path):
    now = json.loads(json.dumps(RECORD))
    now["quotes"][1]["speaker"]["role"] = "port director"  # the role is read now: not what the reader judged
    rows = _module("labels").kit_labels(_kit(tmp_path, now))
    assert [TEXT[r["content"][0]:r["content"][1]] for r in rows] == ["the north quay would reopen in May"]


STANCE_TEXT = "Kessel port\n\nPeter Brenn wants a second quay for the ferries. He opposes the toll."


def _stance_kit(tmp_path: Path, now_stances: list | None = None) -> Path:
    def span(words):
        i = STANCE_TEXT.index(words)
        return [i, i + len(words)]
    stances = [{"actor": "Peter Brenn", "attitude": "wants", "object": span("a second quay for the ferries"),
                "evidence": span("Peter Brenn wants a second quay for the ferries.")},
               {"actor": "Peter Brenn", "attitude": "opposes", "object": span("the toll"),
                "evidence": span("He opposes the toll.")}]
    record = dict(RECORD, text=STANCE_TEXT, quotes=[], stances=stances)
    (tmp_path / "out.jsonl").write_text(json.dumps(record) + "\n")
    if now_stances is not None:
        (tmp_path / "now.jsonl").write_text(json.dumps(dict(record, stances=now_stances)) + "\n")
    assert _module("dump").main([str(tmp_path), "--quotes", "0", "--stances", "2", "--seed", "1"]) == 0
    items = (tmp_path / "items.md").read_text()
    toll = items[:items.index("- object: 'the toll'")].rsplit("## ", 1)[1].split()[0]
    quay = "S1" if toll == "S2" else "S2"
    (tmp_path / "verdicts.md").write_text(f"{quay}: right\n{toll}: wrong - which toll, an earlier sentence said\n")
    return tmp_path


def test_stance_verdicts_become_stance_labels(tmp_path):
    from dossier.nlp.stances.confidence import FEATURES as STANCE_FEATURES

    rows = _module("labels").kit_stance_labels(_stance_kit(tmp_path))
    by_object = {STANCE_TEXT[r["object"][0]:r["object"][1]]: r for r in rows}
    assert by_object["the toll"]["marks"] == {"ok": 0}
    assert by_object["a second quay for the ferries"]["marks"] == {"ok": 1}
    assert by_object["the toll"]["features"]["pronoun_only"] == 1.0
    assert by_object["the toll"]["features"]["short_object"] == 1.0
    assert set(by_object["the toll"]["features"]) == set(STANCE_FEATURES)
    assert "toll" not in json.dumps(rows) and "Brenn" not in json.dumps(rows)


def test_a_stance_the_code_no_longer_gives_is_no_label(tmp_path):
    kit = _stance_kit(tmp_path)
    first = json.loads((kit / "out.jsonl").read_text())["stances"][0]
    (kit / "now.jsonl").write_text(json.dumps(dict(RECORD, text=STANCE_TEXT, quotes=[],
                                                   stances=[dict(first, reportable=False, confidence=0.4)])) + "\n")
    rows = _module("labels").kit_stance_labels(kit)
    assert [STANCE_TEXT[r["object"][0]:r["object"][1]] for r in rows] == ["a second quay for the ferries"]


def test_a_measuring_read_shows_only_shown_stances(tmp_path):
    kit = _stance_kit(tmp_path)
    record = json.loads((kit / "out.jsonl").read_text())
    record["stances"][1] = dict(record["stances"][1], reportable=False, confidence=0.2)
    (kit / "out.jsonl").write_text(json.dumps(record) + "\n")
    assert _module("dump").main([str(kit), "--quotes", "0", "--stances", "2", "--seed", "1"]) == 0
    assert "- object: 'the toll'" not in (kit / "items.md").read_text()
    assert _module("dump").main([str(kit), "--quotes", "0", "--stances", "2", "--seed", "1", "--candidates"]) == 0
    assert "- object: 'the toll'" in (kit / "items.md").read_text()
