"""Words of attitude read in another sense (stances/senses.py) and a purpose hung on the verb (extract), on
sentences written for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances
from dossier.nlp.stances.senses import blamed_on

pytestmark = pytest.mark.slow


def _stances(nlp, text):
    doc = nlp(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, find_entities(doc), 2020)]


@pytest.mark.parametrize("text, part", [
    # a seat or an interest guarded: an election fought, a post held, not an argument backed
    ("The Harlow Party is defending open seats in Kessel and Brenn this year.", "open seats"),
    ("The Harlow Party will defend its majority on the Kessel council in May.", "majority"),
])
def test_a_thing_guarded_is_no_backing(nlp, text, part):
    assert not any(part in o for _, _, o in _stances(nlp, text)), _stances(nlp, text)


def test_a_plan_defended_stays(nlp):
    text = "Senator Mara Quell defended the plan to close the Kessel ferry."
    assert ("Mara Quell", "supports", "the plan to close the Kessel ferry") in _stances(nlp, text)


@pytest.mark.parametrize("text, laid_on", [
    ("Mara Quell blamed the shortage on hoarding by traders.", True),
    ("Mara Quell blamed Ostria for the attack on the port.", False),
    ("Mara Quell blamed Ostria on Tuesday for the attack on the port.", False),
])
def test_blame_laid_on_another(nlp, text, laid_on):
    doc = nlp(text)
    verb = next(w for w in doc if w.lemma_ == "blame")
    assert blamed_on(verb) is laid_on


@pytest.mark.parametrize("text", [
    "Harlow Party chiefs are holding back the bridge money since they do not want to swap several of their tax "
    "goals to coax the Greens into easing their stand against the bridge.",
    "The Harlow Party doesn't want to give up its tax goals to win over the Greens.",
])
def test_a_purpose_of_giving_up_goals_is_no_goal(nlp, text):
    assert not any(a == "wants" for _, a, _ in _stances(nlp, text)), _stances(nlp, text)


def test_a_goal_with_its_infinitive_stays(nlp):
    text = "The Harlow Party announced its goal to cut fares by half."
    assert ("Harlow Party", "wants", "cut fares by half") in _stances(nlp, text)


# Read 47: "welcomes Brenn to Japan": a host greets a visitor, however the parse hangs "to Japan".
@pytest.mark.parametrize("text", [
    "Ostria welcomes Hal Brenn to Kessel for a summit with Sorvia's leader.",
])
def test_a_guest_welcomed_to_a_place_is_no_backing(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "supports"] == []


def test_a_pledge_welcomed_stays(stance_triples):
    assert ("Ostria", "supports", "Sorvia's pledge to Kessel") in stance_triples("Ostria welcomed Sorvia's pledge to Kessel.")


# stances21 (fresh strict reads): a feeling the text tones down is not shown whole ("has some concerns" as fears).
@pytest.mark.parametrize("text", [
    "Senator Ada Holm has some concerns about the new harbour tax.",
    "Senator Ada Holm voiced minor worries about the new harbour tax.",
    "Senator Ada Holm is a little worried about the new harbour tax.",
    "Senator Ada Holm is somewhat concerned about the new harbour tax.",
    "Senator Ada Holm is somewhat supportive of the new harbour tax.",
])
def test_a_softened_feeling_is_no_stance(stance_triples, text):
    assert [s for s in stance_triples(text) if s[0] == "Ada Holm"] == []


@pytest.mark.parametrize("text, triple", [
    ("Senator Ada Holm voiced deep concerns about the new harbour tax.", ("Ada Holm", "fears", "the new harbour tax")),
    ("Senator Ada Holm is concerned about the new harbour tax.", ("Ada Holm", "fears", "the new harbour tax")),
    ("Senator Ada Holm has a modest goal: to cut the harbour tax.", ("Ada Holm", "wants", "cut the harbour tax")),
])
def test_a_feeling_told_whole_stays(stance_triples, text, triple):
    assert triple in stance_triples(text)


# k1: "seek" of a leave an authority grants (approval, permission, asylum …) is an application, not the wish.
@pytest.mark.parametrize("text, part", [
    ("Governor Mara Quell is seeking approval from the Kessel assembly to close the ferry line.", "approval"),
    ("Senator Tomas Brenn sought permission to visit the Ostrian prison camp.", "permission"),
])
def test_a_leave_sought_is_no_wish(nlp, text, part):
    assert not any(part in o for _, a, o in _stances(nlp, text) if a == "wants"), _stances(nlp, text)


def test_a_thing_sought_stays(nlp):
    text = "Governor Mara Quell is seeking a pardon for the jailed Kessel fishermen."
    assert any("a pardon" in o for _, a, o in _stances(nlp, text) if a == "wants"), _stances(nlp, text)
