"""Fitting the quote-confidence model: the threshold rule and the model file written from labels."""
from __future__ import annotations

import json
import random

from dossier.nlp.attribution.confidence import FEATURES, ConfidenceModel
import pytest

from dossier.nlp.attribution.train_confidence import kept_at, main, threshold_for


def test_a_record_is_shown_when_showing_it_costs_less_than_hiding_it():
    assert threshold_for(1.0) == 0.5
    assert threshold_for(2.0) == pytest.approx(2 / 3)


def test_precision_and_share_kept_at_a_threshold():
    probs = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5]
    right = [1, 1, 1, 0, 1, 0]
    assert kept_at(probs, right, 0.7) == (0.75, 4 / 6)
    assert kept_at(probs, right, 0.99) == (0.0, 0.0)


def test_training_writes_a_model_that_prefers_what_readers_found_right(tmp_path):
    rng = random.Random(3)
    labels = tmp_path / "labels.jsonl"
    with labels.open("w") as f:
        for i in range(300):  # records with a role are right 9 times in 10, without one 3 in 10
            role = i % 2
            ok = rng.random() < (0.9 if role else 0.3)
            x = {k: 0.0 for k in FEATURES} | {"role": float(role), "content_words": 2.0}
            f.write(json.dumps({"source": f"kit:Q{i}", "article": "a", "content": [0, 1], "features": x,
                                "marks": {m: int(ok) for m in "abcd"}}) + "\n")
    out = tmp_path / "model.json"
    assert main([str(labels), "--out", str(out), "--cost", "1"]) == 0
    data = json.loads(out.read_text())
    model = ConfidenceModel(data["weights"], data["bias"], data["threshold"])
    assert model.weights["role"] > 1.0
    assert data["threshold"] == 0.5
    assert data["cross_validated"]["precision_kept"] >= 0.8  # the half with a role, right 9 times in 10
    assert 0.4 < data["cross_validated"]["share_kept"] <= 0.6


def test_labels_of_one_kind_are_refused(tmp_path):
    labels = tmp_path / "labels.jsonl"
    row = {"features": {k: 0.0 for k in FEATURES}, "marks": {m: 1 for m in "abcd"}}
    labels.write_text(json.dumps(row) + "\n" + json.dumps(row) + "\n")
    assert main([str(labels), "--out", str(tmp_path / "m.json")]) == 2


def test_stance_labels_train_the_stance_model_on_the_words_of_their_articles(tmp_path):
    from dossier.nlp.stances.confidence import EMBEDDING_FEATURES, FEATURES as STANCE_FEATURES

    rng = random.Random(5)
    places = ["Velmar", "Ostria", "Kessel", "Brenholt", "Tarn", "Dorvik"]
    articles, labels = tmp_path / "articles.jsonl", tmp_path / "stances.jsonl"
    with articles.open("w") as a, labels.open("w") as f:
        for i in range(120):  # a whole wish is right 9 times in 10, a bare pronoun fear 2 in 10
            place = places[i % len(places)]
            whole = f"The {place} council wants the old ferry quay reopened before the summer season. "
            bare = "It also fears that."
            text = whole + bare
            a.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
            for attitude, evidence, obj, p in (("wants", whole.strip(), "the old ferry quay reopened before the "
                                               "summer season", 0.9), ("fears", bare, "that", 0.2)):
                e, o = text.index(evidence), text.index(obj, text.index(evidence))
                x = {k: 0.0 for k in STANCE_FEATURES} | {f"attitude_{attitude}": 1.0}
                f.write(json.dumps({"article": f"a{i}", "evidence": [e, e + len(evidence)], "object": [o, o + len(obj)],
                                    "features": x, "marks": {"ok": int(rng.random() < p)}}) + "\n")
    out = tmp_path / "stance_model.json"
    assert main([str(labels), "--kind", "stances", "--out", str(out)]) == 2  # no texts to read
    assert main([str(labels), "--kind", "stances", "--articles", str(articles), "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["features"] == list(EMBEDDING_FEATURES) and data["threshold"] == 0.75
    assert data["cross_validated"]["precision_kept"] >= 0.8 and data["cross_validated"]["folds"] == "grouped by article"


def test_stance_shape_labels_train_the_shape_gate(tmp_path):
    from dossier.nlp.stances.confidence import FEATURES as STANCE_FEATURES

    rng = random.Random(5)
    labels = tmp_path / "stances.jsonl"
    with labels.open("w") as f:
        for i in range(300):  # stances with a one- or two-word object are right 3 times in 10, others 8 in 10
            short = i % 2
            ok = rng.random() < (0.3 if short else 0.8)
            x = {k: 0.0 for k in STANCE_FEATURES} | {"short_object": float(short), "actor_named": 1.0}
            f.write(json.dumps({"features": x, "marks": {"ok": int(ok)}}) + "\n")
    out = tmp_path / "shape_model.json"
    assert main([str(labels), "--kind", "stance_shapes", "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["features"] == list(STANCE_FEATURES) and data["threshold"] == 0.6667
    assert data["weights"]["short_object"] < -1.0


def test_cross_validation_groups_folds_by_article(tmp_path):
    from dossier.nlp.attribution.train_confidence import _folds

    articles = [f"art{i // 4}" for i in range(120)]  # 30 articles of 4 records each
    folds, how = _folds([i % 2 for i in range(120)], articles)
    assert how == "grouped by article"
    for train, test in folds:
        assert not {articles[i] for i in train} & {articles[i] for i in test}
    assert _folds([i % 2 for i in range(120)], ["one"] * 120)[1] == "stratified"
