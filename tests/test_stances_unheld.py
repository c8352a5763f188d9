"""Stances of an act all but done, of a plan told stopped, or of concern over a deed already done are not held
(stances/unheld.py and the supposed gain of stances/glosses.py), on sentences written for these tests
(fictional people and places)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _stances(nlp, text):
    doc = nlp(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, find_entities(doc), 2020)]


@pytest.mark.parametrize("text", [
    "Senator Mara Quell nearly endorsed the tariff plan last spring.",
    "Senator Mara Quell almost endorsed the tariff plan.",
    "Ostria's plan to build a canal through Valdin came to a halt in 2019.",
    "Canada's foreign minister expressed concern over the arrests of three Valdin journalists.",
    "Senator Mara Quell is concerned about the detention of two Valdin reporters.",
    "Ostria may have something to gain from a weaker Valdin.",
    "Ostria could have much to gain from a weaker Valdin.",
    # stances17b: concern about a word or a talk already had is disapproval, not fear
    "Mayor Pim Dessel voiced concern about Governor Ana Rook's call to the utility board.",
    "Senator Mara Quell is worried about the remarks of the Valdin envoy on the grain tariff.",
])
def test_a_stance_not_held_now_gives_none(nlp, text):
    assert _stances(nlp, text) == []


@pytest.mark.parametrize("text, part", [
    ("Senator Mara Quell endorsed the tariff plan last week.", "the tariff plan"),
    ("Senator Mara Quell is concerned about possible arrests of Valdin reporters.", "possible arrests"),
    ("Ostria's plan to build a canal through Valdin has won broad support.", "build a canal"),
    ("Mayor Pim Dessel is worried about the upcoming meeting between Governor Ana Rook and the Tarn envoy.",
     "the upcoming meeting"),
])
def test_a_held_stance_stays(nlp, text, part):
    assert any(part in o for _, _, o in _stances(nlp, text))


# stances17a: a bid already won or lost, an attitude later said changed, a captive's words (reads 40, 42).
@pytest.mark.parametrize("text", [
    "Senator Orla Finch won her bid to stay on as chair of the finance committee.",
    "Finch's failed bid to become governor of Dunmore cost her party dearly.",
    "In April, Marshal Deng said he hoped for talks with Velden. But Deng's tune changed last week, when he "
    "cancelled the meeting.",
    "Penn was kidnapped in Harl last May. In the video, Penn denounced the Velden government for joining the war.",
    "Long before Mara Quell declared her candidacy, Piet Arlen sought to build a network of donors in Dunmore.",
    "Years before the flood, Dunmore's council backed a plan to raise the levee.",
])
def test_a_decided_bid_a_changed_mind_or_a_captives_word_gives_none(nlp, text):
    assert _stances(nlp, text) == []


@pytest.mark.parametrize("text, part", [
    ("Senator Orla Finch still wants to stay on as chair of the finance committee.", "chair of the finance"),
    ("In April, Marshal Deng said he hoped for talks with Velden. He cancelled a visit to Harl last week.",
     "talks with Velden"),
    ("In a video, Penn, who runs a bakery in Harl, denounced the Velden government for joining the war.",
     "Velden government"),
    ("Piet Arlen sought to build a network of donors in Dunmore before Mara Quell declared her candidacy.",
     "network of donors"),
    ("Before the vote on Tuesday, Piet Arlen urged the council to raise the levee.", "raise the levee"),
])
def test_a_current_bid_a_kept_wish_or_a_free_voice_stays(nlp, text, part):
    assert any(part in o for _, _, o in _stances(nlp, text))


# Read 47: "successfully sought": a past attempt won, no current want.
@pytest.mark.parametrize("text", [
    "In his first year, Aldo Verin successfully sought a cut in the tariff on Marovian steel.",
    "Verin successfully sought a cut in the tariff on Marovian steel.",
])
def test_an_attempt_told_won_is_no_want(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "wants"] == []


def test_an_attempt_not_told_won_stays(stance_triples):
    assert [s for s in stance_triples("Verin sought a cut in the tariff on Marovian steel.") if s[1] == "wants"]


# readst18c: concern over someone's handling or conduct already shown is disapproval, not a fear of it; a concern
# about a handling still to come stays a fear.
@pytest.mark.parametrize("text", [
    "Deputy Minister Oskar Lunn expressed concern over Judge Vella Marr's handling of the harbour inquiry.",
    "Mayor Pim Dessel is worried about the conduct of the Tarn police at the border rally.",
])
def test_concern_over_a_conduct_shown_is_no_fear(nlp, text):
    assert [s for s in _stances(nlp, text) if s[1] == "fears"] == []


def test_concern_over_a_handling_to_come_stays(nlp):
    text = "Mayor Pim Dessel is worried about the possible handling of the flood money by the new board."
    assert any("handling" in o for _, att, o in _stances(nlp, text) if att == "fears")
