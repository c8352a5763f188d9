"""One-time acts written with a word of attitude (stances/acts.py): a vote, a greeting, a courtesy, a statement
tried on the day give no stance. Sentences written for these tests (fictional people, places and papers)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Elsewhere, Ostria voted to reject its far-right candidate, Jorn Halvik, in the presidential election.",
    "Mr Lind's announcement came hours after he welcomed home three Kesslan detainees released by Ostria.",
    "Candidate Jorn Halvik, who lies in third place, told supporters that he wished the winner \"the greatest "
    "success\".",
    "Governor Tomas Lind sought to reassure farmers that the dam was safe.",
    "Governor Tomas Lind sought to make clear Tuesday that he stands behind the police.",
])
def test_an_act_of_the_day_is_no_stance(stance_triples, text):
    assert stance_triples(text) == []


def test_a_held_want_and_backing_stay(stance_triples):
    found = stance_triples("Governor Tomas Lind seeks to build a new dam on the Vell river. Senator Ada Brekke "
                          "welcomed the plan to build the dam.")
    assert ("Tomas Lind", "wants", "build a new dam on the Vell river") in found
    assert any(a == "Ada Brekke" and att == "supports" for a, att, _ in found)
