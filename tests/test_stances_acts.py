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
    # sthold19: a block told done, whatever it falls on, is an act
    "Ostria blocked tough new tariffs on Vesk that Kessel pushed in the trade council on Friday.",
    "Vesk blocked access to two ferry apps used by the dock strikers.",
    "Ostria has blocked the nomination of Tomas Holm to the harbour board.",
])
def test_a_ruling_a_vote_or_a_veto_is_no_stance(stance_triples, text):
    assert not any(att == "opposes" for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text, actor, obj", [
    ("Ostria will veto any resolution that lets inspectors into the port of Varn.", "Ostria",
     "any resolution that lets inspectors into the port of Varn"),
    ("Ostria vowed to block any new tariffs on Vesk.", "Ostria", "any new tariffs on Vesk"),
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


# readst18 (strict readers, AllSides 1500-1999): an attempt to shape how things look ("sought to play down",
# "tried to allay fears", "sought to put a brave face on") tells how someone spoke, not a goal held.
@pytest.mark.parametrize("text", [
    "Premier Olav Stenmark sought to play down the quarrel with the fishing towns of Brakkavik.",
    "Harbour master Ines Quill sought to allay fears that the Tarnel quay would close for the winter.",
    "Minister Runa Beskow sought to ease concerns that the Halden rail line would be sold to a Sarnian firm.",
    "The Velmar envoys sought to put the best face on what was agreed in Orvik.",
    "Chancellor Pia Lundqvist sought to change the narrative about the Orvik budget with a televised talk.",
    "Sarnian premier Ivo Talbek sought to project strength abroad after the bitter vote in Orvik.",
    "Premier Ivo Talbek sought to quell the uproar over his meeting with the Velmar rebels.",
])
def test_an_attempt_at_how_things_look_is_no_stance(stance_triples, text):
    assert not any(att == "wants" for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text, actor, obj", [
    ("Premier Olav Stenmark seeks to calm the border dispute between Sarnia and Velmar.", "Olav Stenmark",
     "calm the border dispute between Sarnia and Velmar"),
    ("Harbour master Ines Quill sought to address the shortage of berths at the Tarnel quay.", "Ines Quill",
     "address the shortage of berths at the Tarnel quay"),
    ("Premier Ivo Talbek sought to quell the revolt in the hill towns of Velmar.", "Ivo Talbek",
     "quell the revolt in the hill towns of Velmar"),
])
def test_a_goal_beside_those_words_stays(stance_triples, text, actor, obj):
    assert (actor, "wants", obj) in stance_triples(text)


# readst18: defending one's own deed or words ("defended his decision to …", "defended her claims that …") is a
# justification given under criticism, no backing of a thing in the world; defending another's stays.
@pytest.mark.parametrize("text", [
    "Governor Halla Strand defended her decision to shut the Orvik ferry line for the winter.",
    "Senator Brun Askel also defended his claims that the Velmar dam had been built on a fault.",
    "Premier Olav Stenmark defended his government's handling of the Tarnel flood on Sunday.",
    "Mayor Dag Orrin defended his remarks about the striking dock workers of Brakkavik.",
])
def test_defending_ones_own_deed_or_words_is_no_stance(stance_triples, text):
    assert not any(att == "supports" for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text, actor, obj", [
    ("Senator Brun Askel defended the Sarnian navy's decision to close the Orvik strait.", "Brun Askel",
     "the Sarnian navy's decision to close the Orvik strait"),
    ("Governor Halla Strand defended her plan to build a second ferry terminal in Orvik.", "Halla Strand",
     "her plan to build a second ferry terminal in Orvik"),
])
def test_defending_anothers_deed_or_ones_plan_stays(stance_triples, text, actor, obj):
    assert (actor, "supports", obj) in stance_triples(text)


# stobj19: a defended occasion of speaking or meeting ("defended the Kessel press conference") is a justification
# of how it went, no backing of a thing in the world.
@pytest.mark.parametrize("text", [
    "Mayor Olin Tarvo defended the Kessel press conference by citing a friendly editor.",
    "Governor Halla Strand defended the Orvik summit in a radio interview.",
])
def test_a_defended_occasion_is_no_stance(stance_triples, text):
    assert not any(att == "supports" for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text", [
    "A statement from Ida Moen's office said she is recovering and she wants to thank all of the nurses at the "
    "Kessel clinic.",
    "Tom Brell said he wished to congratulate the rowers of Dorvia on their win.",
])
def test_a_want_of_a_courtesy_is_no_stance(stance_triples, text):
    """readst18b: "wants to thank all of the staff" is the thanks paid, not a want held."""
    assert not any(att == "wants" for _, att, _ in stance_triples(text))


def test_a_want_beside_a_courtesy_stays(stance_triples):
    found = stance_triples("Tom Brell wants to reward the nurses of Kessel with a new clinic.")
    assert any(att == "wants" and "new clinic" in obj for _, att, obj in found)
