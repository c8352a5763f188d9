"""How sure a stance is (nlp/stances/confidence.py): its shape, and the shipped model's split."""
from __future__ import annotations

from dossier.model import Stance
from dossier.nlp.stances.confidence import FEATURES, features, split

TEXT = ("Kessel port\n\nOstria supports a second ferry quay on the north shore, its envoy said. "
        "The council met on Monday. He opposes the toll.")


def _span(words: str) -> tuple[int, int]:
    i = TEXT.index(words)
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


def test_the_shipped_model_shows_a_named_supporter_and_holds_back_a_short_pronoun_objection():
    sure, unsure = split(TEXT, [NAMED, PRONOUN])
    assert [s.actor for s in sure] == ["Ostria"] and [s.actor for s in unsure] == ["Peter Brenn"]
    assert sure[0].confidence > unsure[0].confidence
    assert 0.0 <= unsure[0].confidence < 0.5 < sure[0].confidence <= 1.0
