"""Evaluation gates (trafilatura's habit): run `dossier extract` on the shared sets and fail when a
figure drops below its floor. Floors sit a little under the figures measured when they were set, so a
regression shows and noise does not. Skipped when ../shared is absent."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dossier.cli import app

pytestmark = pytest.mark.slow


def scorer(shared):
    spec = importlib.util.spec_from_file_location("dossier_shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(paths, out):
    result = CliRunner().invoke(app, ["extract", *map(str, paths), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def score(shared, kind, out, gold):
    with contextlib.redirect_stdout(io.StringIO()):
        return getattr(scorer(shared), f"score_{kind}")(str(out), str(gold))


def layout_only(inputs, out):
    """Contract records with what the scorers of cleaning read (text and body), without the spaCy pass."""
    from dossier.ingest.read import read_paths
    from dossier.model import Article

    with open(out, "w", encoding="utf-8") as f:
        for a in read_paths([str(inputs)]):
            if isinstance(a, Article):
                f.write(json.dumps({"id": a.id, "path": a.path, "text": a.text, "body": a.body}) + "\n")
    return out


def prepare(shared, kind, source, folder):
    subprocess.run([sys.executable, str(shared / "eval" / "prepare.py"), kind, str(source), str(folder)], check=True)
    return folder


def fraction(x: str) -> int:
    return int(x.split("/")[0])


@pytest.fixture(scope="module")
def seeds(shared, tmp_path_factory):
    out = extract([shared / "corpus" / "seeds"], tmp_path_factory.mktemp("seeds") / "seeds.jsonl")
    return score(shared, "seeds", out, shared / "gold" / "seeds.json")


def test_seeds_text_cleaning(seeds):
    assert seeds["junk_kept"] == 0
    assert seeds["prose_lost"] == 0


def test_seeds_actors_dates_stances(seeds):
    assert fraction(seeds["actors_merged_right"]) >= 21
    assert fraction(seeds["metonyms_right"]) >= 5
    assert fraction(seeds["dates_right"]) >= 10
    assert fraction(seeds["stances_found"]) >= 10
    assert not [p for p in seeds["problems"] if "must be two entities" in p]


def test_seeds_quotes(seeds):
    assert fraction(seeds["quotes_found"]) >= 27
    assert fraction(seeds["speakers_right"]) >= 25


def test_basil_named_speakers(shared, tmp_path):
    data = shared / "data" / "basil"
    out = extract([data / "articles.jsonl"], tmp_path / "basil.jsonl")
    res = score(shared, "speakers", out, data / "gold.jsonl")
    assert res["speaker_accuracy"] >= 0.90


def test_line_cleaning_accuracy_on_textclean_dev(shared, tmp_path):
    gold = shared / "data" / "textclean" / "en-dev.json"
    out = layout_only(prepare(shared, "lines", gold, tmp_path / "in"), tmp_path / "lines.jsonl")
    assert score(shared, "lines", out, gold)["accuracy"] >= 0.90


def test_html_body_f1_on_scrapinghub_beats_trafilatura_alone(shared, tmp_path):
    bench = shared / "data" / "extraction" / "scrapinghub"
    out = layout_only(prepare(shared, "html", bench, tmp_path / "in"), tmp_path / "body.jsonl")
    assert score(shared, "body", out, bench / "ground-truth.json")["f1"] >= 0.965
