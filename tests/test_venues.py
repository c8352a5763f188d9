"""``attribution.venues``: a phrase closing a reported content that names the programme, outlet or interview the
source spoke in ("on Kessel Radio's Morning Tide programme", "in an interview with the Varna Post", "on
Twitter") is where it was said, not what. A date, a verb's own medium ("would appear on television") and a
noun of what is shown ("the coverage on …") stay. Fresh text, fictional people and places."""
from __future__ import annotations

import pytest
from test_frames import contents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, content", [
    ("Harbour master Ivo Brant said the north quay would reopen on Kessel Radio's Morning Tide programme.",
     "the north quay would reopen"),
    ("Councillor Ana Lind said the ferry fares would rise in an interview with the Varna Post.",
     "the ferry fares would rise"),
    ("Mayor Tomas Vell said the cranes were ready on his weekly television show.", "the cranes were ready"),
    ("Mayor Tomas Vell defended the closure of the fish market on Kessel Radio's “Harbour Hour.”",
     "the closure of the fish market"),
    ("Councillor Ana Lind announced the sale of the old lighthouse on Twitter.", "the sale of the old lighthouse"),
])
def test_the_medium_of_the_speaking_is_cut(split, text, content):
    assert content in contents(split, text)


@pytest.mark.parametrize("text, content", [
    ("Harbour master Ivo Brant said the north quay would reopen on Monday.", "the north quay would reopen on Monday"),
    ("Councillor Ana Lind said she would appear on television to defend the fares.",
     "she would appear on television to defend the fares"),
])
def test_a_phrase_of_the_content_stays(split, text, content):
    assert content in contents(split, text)


def test_a_programme_title_after_a_cue_ending_on_on_is_not_the_content(split):
    text = ("On Tuesday morning, Port Authority spokesman Tomas Vell insisted on \"Docks & Friends\" there was no "
            "trade-off as described in the council papers.")
    assert "there was no trade-off as described in the council papers" in contents(split, text)
