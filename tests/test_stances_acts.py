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
    # stancewant14: a speech told as done, a wording preferred
    "Mayor Ines Holm sought to balance her warning about the floods with praise for the crews in a speech on "
    "Monday.",
    "In her address to the harbour guild, Mayor Ines Holm sought to pair her warning with praise for the crews.",
    "Mayor Ines Holm sought to portray the strike at the Kessel docks as the work of a few agitators.",
    "Mayor Ines Holm sought to balance her warning about the floods with praise for the crews of Kessel.",
    "Minister Tomas Vell tried to soften his remarks about the Kessel dock strike.",
    "Minister Tomas Vell was pressed on Monday about the riots in Kessel. Vell hedged, preferring to call the "
    "group a gang and declining to say more about the arrests.",
])
def test_an_act_of_the_day_is_no_stance(stance_triples, text):
    assert stance_triples(text) == []


def test_a_held_want_and_backing_stay(stance_triples):
    found = stance_triples("Governor Tomas Lind seeks to build a new dam on the Vell river. Senator Ada Brekke "
                          "welcomed the plan to build the dam.")
    assert ("Tomas Lind", "wants", "build a new dam on the Vell river") in found
    assert any(a == "Ada Brekke" and att == "supports" for a, att, _ in found)


# stanceact14: an institution's act (a ruling, a chamber's vote, a veto of a text) is no stance.
@pytest.mark.parametrize("text", [
    "The Supreme Court of Ostria rejected Tomas Holm's appeal against his conviction.",
    "Judge Ada Lind blocked the Ostrian plan to close the port of Varn.",
    "Ostria vetoed a Security Council resolution that would have sent inspectors to the port of Varn.",
    "Ostria and Vesk vetoed a resolution demanding a ceasefire in Varn.",
    "Ostria vetoed the Veskan resolution on the port of Varn.",
    "Ostria blocked a resolution that backed sending inspectors into the port of Varn.",
    "The Kessel city council rejected the Ostrian plan to close the port of Varn.",
    "Ostria vetoed the resolution, blocking a plan to let inspectors into the port of Varn.",
])
def test_a_ruling_a_vote_or_a_veto_is_no_stance(stance_triples, text):
    assert not any(att == "opposes" for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text, actor, obj", [
    ("Ostria will veto any resolution that lets inspectors into the port of Varn.", "Ostria",
     "any resolution that lets inspectors into the port of Varn"),
    ("The Ostrian senate has repeatedly rejected the fishing levy.", "Ostrian senate", "the fishing levy"),
    ("Tomas Holm rejected the Varn dam plan.", "Tomas Holm", "the Varn dam plan"),
    ("Justice Minister Ada Lind rejected the Ostrian plan to close the port of Varn.", "Ada Lind",
     "the Ostrian plan to close the port of Varn"),
    ("The White House rejected the Ostrian plan to close the port of Varn.", "United States",
     "the Ostrian plan to close the port of Varn"),
    ("Ostria criticized the resolution, rejecting a plan to let inspectors into the port of Varn.", "Ostria",
     "a plan to let inspectors into the port of Varn"),
])
def test_a_veto_pledged_a_habit_or_a_persons_rejection_stays(stance_triples, text, actor, obj):
    assert (actor, "opposes", obj) in stance_triples(text)


# stanceact14: criticizing a people once, in the past, is one episode (as for a person or a body).
@pytest.mark.parametrize("text", [
    "Ambassador Ada Lind criticized the Veskans and Ostrians in a series of posts on Wednesday.",
    "Kessel's envoy Tomas Holm criticised the Veskans, saying the stalemate was their fault.",
])
def test_one_past_criticism_of_a_people_is_no_stance(stance_triples, text):
    assert not any(att == "opposes" for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text, obj", [
    ("Ambassador Ada Lind has repeatedly criticized the Veskans.", "the Veskans"),
    ("Ambassador Ada Lind criticized the Veskan blockade of the port in a speech on Wednesday.",
     "the Veskan blockade of the port"),
])
def test_a_habit_of_criticism_or_a_criticized_deed_stays(stance_triples, text, obj):
    assert ("Ada Lind", "opposes", obj) in stance_triples(text)


def test_a_want_outside_a_speech_stays(stance_triples):
    """stancewant14: only an attempt framed by a speech is how it went; "seeks to balance the budget" is held."""
    found = stance_triples("Mayor Ines Holm seeks to balance the budget of Kessel before the vote in May.")
    assert ("Ines Holm", "wants", "balance the budget of Kessel before the vote in May") in found


# Read 44: "sought to play down X's accusations" tells an act done in remarks, not an attitude held.
@pytest.mark.parametrize("text", [
    "Dan Holm sought to play down Vera Lind's accusations against the ministry.",
    "Dan Holm sought to quell the uproar over his remarks about the ministry.",
])
def test_an_attempt_at_answering_words_is_no_want(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "wants"] == []


def test_a_goal_sought_stays(stance_triples):
    assert ("Dan Holm", "wants", "counter Sorvian influence in the region") in stance_triples(
        "Dan Holm seeks to counter Sorvian influence in the region.")
