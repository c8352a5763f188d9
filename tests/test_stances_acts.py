"""One-time acts written with a word of attitude (stances/acts.py): a vote, a greeting, a courtesy, a statement
tried on the day give no stance. Sentences written for these tests (fictional people, places and papers)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Elsewhere, Ostria voted to reject its far-right candidate, Jorn Halvik, in the presidential election.",
    "Mrs Brekke spoke a day after she welcomed home four Dorvian sailors held by Marsk for a month.",
    "Pell Arno, who is running fourth, told volunteers he wished the eventual victor \"a great deal of luck\" in "
    "the post.",
    "Governor Tomas Lind sought to reassure farmers that the dam was safe.",
    "Fire chief Ilse Varga sought to make clear on Friday that her crews have her full trust.",
])
def test_an_act_of_the_day_is_no_stance(stance_triples, text):
    assert stance_triples(text) == []


def test_a_held_want_and_backing_stay(stance_triples):
    found = stance_triples("Governor Tomas Lind seeks to build a new dam on the Vell river. Senator Ada Brekke "
                          "welcomed the plan to build the dam.")
    assert ("Tomas Lind", "wants", "build a new dam on the Vell river") in found
    assert any(a == "Ada Brekke" and att == "supports" for a, att, _ in found)
