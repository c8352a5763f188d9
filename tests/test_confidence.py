"""The quote-confidence model: record shapes, the split into shown and unsure records, the shipped file."""
from __future__ import annotations

import json

import pytest

from dossier.model import Attribution, Speaker
from dossier.nlp.attribution import confidence
from dossier.nlp.attribution.confidence import ConfidenceModel, FEATURES, features, load_model

TEXT = ("Orla Brenn, the harbour master at Kessel, said the north quay would reopen in May. "
        "He added that the cranes were old. According to the port board, repairs were slow. "
        "But the tugs would stay, they noted.")


def _span(words: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(words, start)
    return i, i + len(words)


def _attr(mention: str, cue: str | None, content: str, kind: str = "indirect", role: str | None = None,
          name: str | None = None, entity: str | None = "E1") -> Attribution:
    return Attribution(_span(content), _span(cue) if cue else None,
                       Speaker(entity, name or mention, _span(mention), role), kind)


NAMED = _attr("Orla Brenn", "said", "the north quay would reopen in May", role="harbour master at Kessel")
PRONOUN = _attr("He", "added", "the cranes were old", name="Orla Brenn")
ACCORDING = _attr("the port board", "According to", "repairs were slow", name="port board", entity=None)
GROUP = _attr("they", "noted", "But the tugs would stay", name="port board", entity=None)


def test_features_give_every_name_once():
    assert list(features(TEXT, NAMED)) == list(FEATURES)


def test_a_named_source_with_a_role_and_a_plain_cue():
    x = features(TEXT, NAMED)
    assert (x["named"], x["role"], x["full_name"], x["plain_cue"], x["pronoun"]) == (1, 1, 1, 1, 0)


def test_a_pronoun_source_is_marked_as_resolved_from_a_pronoun():
    x = features(TEXT, PRONOUN)
    assert (x["pronoun"], x["named"], x["role"]) == (1, 0, 0)


def test_according_to_and_lower_case_names():
    x = features(TEXT, ACCORDING)
    assert (x["according_to"], x["plain_cue"], x["lower_name"]) == (1, 0, 1)


def test_a_group_pronoun_and_a_content_opening_on_a_connective():
    x = features(TEXT, GROUP)
    assert (x["group_pronoun"], x["connective_start"]) == (1, 1)
    assert features(TEXT, NAMED)["connective_start"] == 0


def test_content_words_are_a_log_count():
    assert features(TEXT, PRONOUN)["content_words"] == pytest.approx(1.6094, abs=1e-3)  # ln(1 + 4)


def test_the_split_keeps_records_at_or_above_the_threshold():
    model = ConfidenceModel({"role": 4.0, "pronoun": -1.0}, bias=-2.0, threshold=0.5)
    assert model.probability(TEXT, NAMED) == pytest.approx(0.8808, abs=1e-3)  # 1 / (1 + e^-2)
    sure, unsure = model.split(TEXT, [NAMED, PRONOUN, ACCORDING])
    assert [a.content for a in sure] == [NAMED.content]
    assert [a.content for a in unsure] == [PRONOUN.content, ACCORDING.content]
    assert sure[0].confidence == 0.881 and unsure[0].confidence < 0.5  # each record says how sure it is


def test_no_model_file_means_no_model(tmp_path):
    load_model.cache_clear()
    try:
        assert load_model(tmp_path / "none.json") is None
        path = tmp_path / "m.json"
        path.write_text(json.dumps({"weights": {"role": 1.0}, "bias": 0.5, "threshold": 0.7}))
        assert load_model(path) == ConfidenceModel({"role": 1.0}, 0.5, 0.7)
    finally:
        load_model.cache_clear()


def test_the_shipped_model_names_only_known_features():
    model = load_model(confidence.MODEL_PATH)
    if model is None:
        pytest.skip("no confidence model shipped")
    assert set(model.weights) <= set(FEATURES) and 0 < model.threshold < 1


def test_the_pipeline_keeps_unsure_records_unshown(analyze_text, monkeypatch):
    text = ("Kessel harbour\n\nPeter Brenn, the port director at Kessel, said on Monday that the north quay "
            "would reopen in May after the storm.\n\nHe added that the old cranes would be replaced next year.")
    everything = analyze_text(text)
    assert len(everything.attributions) == 2
    strict = ConfidenceModel({"pronoun": -10.0}, bias=1.0, threshold=0.5)
    monkeypatch.setattr("dossier.nlp.pipeline.load_confidence", lambda: strict)
    gated = analyze_text(text)
    shown = [text[a.content[0]:a.content[1]] for a in gated.attributions]
    hidden = [text[a.content[0]:a.content[1]] for a in gated.unreported]
    assert len(shown) == 1 and "the north quay would reopen in May" in shown[0]
    assert any("the old cranes would be replaced next year" in h for h in hidden)
    assert all(a.confidence is not None for a in gated.attributions)
