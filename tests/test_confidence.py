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


# Shapes that strict reads' verdicts found wrong most often (features added for read 17's gate work).
SHAPES = ("Pell Darrow from the Institute of Fen Studies in Wexholt said the dykes were sound. "
          "Mayor Ilse Varga said that the ferry would run again, though no timetable has been printed. "
          "Varga said the levy “was fair” before leaving for the coast that evening. "
          "The warden, who had mapped the marsh for years, said the herons were back. "
          "Tomas Quill told reporters “the pumps are new, and the crews know them well.” "
          "Quill voiced criticism of the toll on the bridge. "
          "The council argued the budget, which the auditor said was thin, would hold.")


def _shape(mention, cue, content, kind="indirect", role=None, name=None, start=0):
    def span(words):
        i = SHAPES.index(words, start)
        return i, i + len(words)
    return Attribution(span(content), span(cue) if cue else None,
                       Speaker("E1", name or mention, span(mention), role), kind)


def test_a_paraphrase_running_on_into_a_trailing_clause_or_past_its_quote():
    tail = _shape("Mayor Ilse Varga", "said", "that the ferry would run again, though no timetable has been printed",
                  role="Mayor", name="Ilse Varga")
    mixed = _shape("Varga", "said", "the levy “was fair” before leaving for the coast that evening", "mixed",
                   role="Mayor", name="Ilse Varga")
    plain = _shape("Pell Darrow from the Institute of Fen Studies in Wexholt", "said", "the dykes were sound",
                   name="Pell Darrow")
    assert features(SHAPES, tail)["runs_on"] == 1
    assert features(SHAPES, mixed)["runs_on"] == 1
    assert features(SHAPES, plain)["runs_on"] == 0


def test_a_source_phrase_with_a_descriptor_but_no_role():
    bare = _shape("Pell Darrow from the Institute of Fen Studies in Wexholt", "said", "the dykes were sound",
                  name="Pell Darrow")
    with_role = _shape("Pell Darrow from the Institute of Fen Studies in Wexholt", "said", "the dykes were sound",
                       name="Pell Darrow", role="Institute of Fen Studies")
    titled = _shape("Mayor Ilse Varga", "said", "that the ferry would run again, though no timetable has been printed",
                    name="Ilse Varga")
    assert features(SHAPES, bare)["unused_descriptor"] == 1
    assert features(SHAPES, with_role)["unused_descriptor"] == 0
    assert features(SHAPES, titled)["unused_descriptor"] == 0  # a title alone is one word beyond the name


def test_a_direct_quote_cut_from_mid_sentence_and_a_that_clause():
    mid = _shape("Tomas Quill", "told", "“the pumps are new, and the crews know them well.”", "direct")
    that = _shape("Mayor Ilse Varga", "said", "that the ferry would run again, though no timetable has been printed",
                  role="Mayor", name="Ilse Varga")
    x, y = features(SHAPES, mid), features(SHAPES, that)
    assert (x["direct_mid_start"], x["that_start"]) == (1, 0)
    assert (y["direct_mid_start"], y["that_start"]) == (0, 1)


def test_a_paraphrase_holding_another_speech_tag():
    inner = _shape("The council", "argued", "the budget, which the auditor said was thin, would hold", name="council")
    assert features(SHAPES, inner)["inner_cue"] == 1
    quoted = _shape("Tomas Quill", "told", "“the pumps are new, and the crews know them well.”", "direct")
    assert features(SHAPES, quoted)["inner_cue"] == 0


def test_a_description_resolved_to_a_person_named_elsewhere():
    warden = _shape("The warden, who had mapped the marsh for years,", "said", "the herons were back",
                    name="Odile Marsh")
    named = _shape("Tomas Quill", "told", "“the pumps are new, and the crews know them well.”", "direct")
    assert features(SHAPES, warden)["descriptor_speaker"] == 1
    assert features(SHAPES, named)["descriptor_speaker"] == 0


def test_a_cue_ending_in_a_preposition():
    topic = _shape("Quill", "voiced criticism of", "the toll on the bridge", name="Tomas Quill",
                   start=SHAPES.index("Quill voiced"))
    plain = _shape("Tomas Quill", "told", "“the pumps are new, and the crews know them well.”", "direct")
    assert features(SHAPES, topic)["cue_preposition"] == 1
    assert features(SHAPES, plain)["cue_preposition"] == 0
