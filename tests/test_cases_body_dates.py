"""The body and date checks of the analyst cases (../shared/cases, ours, copied into
tests/fixtures/cases): text kept or dropped from the body, the publication date, and the value of
each named date. Quote checks belong to the attribution tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier.cli import app

pytestmark = pytest.mark.slow
CASES = Path(__file__).parent / "fixtures" / "cases"


def _expectations():
    for case in sorted(CASES.iterdir()):
        top = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        for exp in [top, *top.get("minimal", [])]:
            yield pytest.param(case / exp["input"], exp, id=f"{case.name}/{exp['input']}")


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _find_all(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    inputs = [param.values[0] for param in _expectations()]
    out = tmp_path_factory.mktemp("cases") / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", *map(str, inputs), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return {Path(r["path"]).resolve(): r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


@pytest.mark.parametrize("path, exp", list(_expectations()))
def test_body_and_dates_as_expected(records, path, exp):
    r = records[path.resolve()]
    text, body = r["text"], r["body"]
    if "published" in exp:
        assert r["published"] == exp["published"]
    for s in exp.get("body_kept", []):
        occ = _find_all(text, s)
        assert any(sum(_overlap(o, b) for b in body) >= o[1] - o[0] for o in occ), f"body keeps {s!r}"
    for s in exp.get("body_dropped", []):
        assert not any(_overlap(o, b) for o in _find_all(text, s) for b in body), f"body drops {s!r}"
    for s in exp.get("no_date_over", []):
        assert not [d for d in r["dates"] for o in _find_all(text, s) if _overlap(o, d["span"])], s
    for want in exp.get("dates", []):
        values = want["value"] if isinstance(want["value"], list) else [want["value"]]
        got = [d["value"] for d in r["dates"] for o in _find_all(text, want["text"]) if _overlap(o, d["span"])]
        assert set(got) & set(values), f"{want['text']!r}: {got} not in {values}"
