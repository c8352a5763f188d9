"""``attribution.frames``: with a cue that repeats or stands by a claim ("reiterating", "repeated", "defended"),
the writer's noun that names it ("his previous claim that", "a call for") is not what was said. With other cues
("rejected the claim that …") the noun stays. Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def contents(split, text: str) -> list[str]:
    shown, hidden = split("Kessel\n\n" + text)
    return [c for c, _ in shown + hidden]


@pytest.mark.parametrize("text, content", [
    ("Harbour master Ivo Brant defended the closure, reiterating his previous claim that the old quay was unsafe "
     "for ferries.", "the old quay was unsafe for ferries"),
    ("Councillor Ana Lind spoke for an hour on Tuesday, repeating her argument that the levy would pay for a new "
     "breakwater.", "the levy would pay for a new breakwater"),
    ("Mayor Tomas Vell repeated a call for the board to drop its plans for the north pier.",
     "the board to drop its plans for the north pier"),
    ("In a speech on Monday, Mayor Ivo Brant defended his demand that the board halt the sale of the quay.",
     "the board halt the sale of the quay"),
])
def test_the_framing_noun_is_not_the_content(split, text, content):
    assert content in contents(split, text)


# A noun of a statement before what a spokesman says again (strict read, round 18).
@pytest.mark.parametrize("text, content", [
    ("Asked about the strike, harbour spokesman Ivo Brant reiterated the mayor's statement that \u201cthe quay "
     "will reopen before the winter storms.\u201d", "\u201cthe quay will reopen before the winter storms.\u201d"),
    ("Harbour spokesman Ivo Brant reiterated the mayor's statement that \u201cthe quay will reopen in May. Nobody "
     "doubts that.\u201d", "\u201cthe quay will reopen in May. Nobody doubts that.\u201d"),
    ("Councillor Ana Lind repeated his earlier remark that the levy had been wasted on consultants from Pellan.",
     "the levy had been wasted on consultants from Pellan"),
])
def test_a_noun_of_a_statement_said_again_is_not_the_content(split, text, content):
    assert content in contents(split, text)


@pytest.mark.parametrize("text, content", [
    ("Mayor Tomas Vell rejected the claim that the ferry company had misled the council.",
     "the claim that the ferry company had misled the council"),
    ("Mayor Ivo Brant defended his position for an hour.", "his position for an hour"),
])
def test_the_noun_stays_with_other_cues(split, text, content):
    assert content in contents(split, text)
