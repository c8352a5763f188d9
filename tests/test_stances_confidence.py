"""How sure a stance is (nlp/stances/confidence.py): its shape, its words, and the shipped model's split."""
from __future__ import annotations

from dossier.model import Stance
from dossier.nlp.stances.confidence import FEATURES, features, split

TEXT = ("Kessel port\n\nOstria supports a second ferry quay on the north shore, its envoy said. "
        "The council met on Monday. He opposes the toll.")


def _span(words: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


NAMED = Stance("Ostria", "supports", _span("a second ferry quay on the north shore"),
               _span("Ostria supports a second ferry quay on the north shore, its envoy said."), "E1")
PRONOUN = Stance("Peter Brenn", "opposes", _span("the toll"), _span("He opposes the toll."), "E2")


def test_the_shape_of_a_stance():
    x = features(TEXT, NAMED)
    assert set(x) == set(FEATURES)
    assert x["attitude_supports"] == 1.0 and x["actor_named"] == 1.0
    assert x["short_object"] == 0.0 and x["brief_object"] == 0.0 and x["pronoun_only"] == 0.0
    y = features(TEXT, PRONOUN)
    assert y["attitude_opposes"] == 1.0 and y["short_object"] == 1.0
    assert y["actor_named"] == 0.0 and y["pronoun_only"] == 1.0


HARBOUR = ("Harbour talks\n\nThe Velmar council wants the old ferry quay reopened before the summer season, its "
           "chair told reporters on Monday. It also fears that.")


def _at(words: str) -> tuple[int, int]:
    return _span(words, HARBOUR)


WHOLE = Stance("Velmar", "wants", _at("the old ferry quay reopened before the summer season"),
               _at("The Velmar council wants the old ferry quay reopened before the summer season, its chair told "
                   "reporters on Monday."))
BARE = Stance("Velmar", "fears", _at("that"), _at("It also fears that."))


def test_the_shipped_model_reads_the_words_shows_a_whole_wish_and_holds_back_a_bare_pronoun_fear():
    sure, unsure = split(HARBOUR, [WHOLE, BARE])
    assert [s.attitude for s in sure] == ["wants"] and [s.attitude for s in unsure] == ["fears"]
    assert 0.0 <= unsure[0].confidence < 0.5 and 0.75 <= sure[0].confidence <= 1.0


def test_the_words_read_are_the_evidence_and_the_attitude_with_its_object():
    from dossier.nlp.stances.confidence import EMBEDDING_FEATURES, embedding_features, texts_of

    assert texts_of(HARBOUR, BARE) == ("It also fears that.", "fears", "that")
    (x,) = embedding_features([texts_of(HARBOUR, WHOLE)])
    assert list(x) == list(EMBEDDING_FEATURES)
    evidence = [x[k] for k in EMBEDDING_FEATURES if k.startswith("evidence_")]
    assert abs(sum(v * v for v in evidence) - 1.0) < 1e-3  # an L2-normalised sentence vector
    assert embedding_features([]) == []


def test_a_stance_needs_both_gates_the_shape_one_holds_back_a_short_object_of_a_bare_he():
    from dossier.nlp.attribution.confidence import load_model
    from dossier.nlp.stances.confidence import MODEL_PATH, SHAPE_MODEL_PATH, embedding_features, texts_of

    text = "Harbour talks\n\nHe opposes harbour privatisation, he told the Velmar council."
    evidence = text[text.index("He"):]
    short = Stance("Tomas Vell", "opposes", _span("harbour privatisation", text), _span(evidence, text))
    words, shapes = load_model(MODEL_PATH), load_model(SHAPE_MODEL_PATH)
    assert words.score(embedding_features([texts_of(text, short)])[0]) >= words.threshold  # the words pass it
    assert shapes.score(features(text, short)) < shapes.threshold  # a two-word object, no name: the shape does not
    sure, unsure = split(text, [short])
    assert sure == [] and [s.actor for s in unsure] == ["Tomas Vell"] and unsure[0].confidence >= 0.75
