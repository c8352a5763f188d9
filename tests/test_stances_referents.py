"""Objects that only point back at a party or thing their sentence never names (stances/referents.py), on
sentences written for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _objects(nlp, text):
    doc = nlp(text)
    return [text[s.object[0]:s.object[1]] for s in find_stances(doc, find_entities(doc), 2020)]


@pytest.mark.parametrize("text, part", [
    # a pronoun a verb of acting against makes another party's
    ("Norway has long feuded with Veskaria. Officials in Oslo want to limit its access to fuel.", "access to fuel"),
    # a reciprocal whose other party is dropped
    ("Ostria and Valdin accuse each other of breaking the truce.", "each other"),
    # a state known only by an epithet on a thing of its
    ("Senator Mara Quell wants the kingdom's crown prince to answer questions about the killing.", "crown prince"),
    ("Under the new rules, the Treasury Department aims to cut off fuel used to boost the country's missile program.",
     "missile program"),
    # an office with no name, a pair unnamed, a move known by its topic
    ("Senator Mara Quell accused the secretary of ignoring the warnings.", "the secretary"),
    ("Ostria wants both carriers to raise wages for pilots before the summer.", "both carriers"),
    ("Senator Mara Quell opposes the embassy move.", "the embassy move"),
])
def test_an_object_pointing_back_is_dropped(nlp, text, part):
    assert not any(part in o for o in _objects(nlp, text))


@pytest.mark.parametrize("text, part", [
    ("Norway wants to protect its ports from the storm.", "protect its ports"),
    ("Valdin wants to curb Ostria's influence over the straits and limit its access to fuel.", "curb Ostria"),
    ("Senator Mara Quell accused Interior Secretary Tomas Vell of ignoring the warnings.", "Tomas Vell of ignoring"),
    ("Senator Mara Quell wants Ostria's crown prince to answer questions about the killing.", "crown prince"),
    ("Ostria wants Valdair and Skyline Air, both carriers with hubs in Kessel, to raise wages.", "raise wages"),
])
def test_an_object_that_names_its_referent_stays(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text))


def test_a_body_known_only_by_its_epithet_is_dropped(nlp):
    text = "Mayor Tomas Vell wants a league of river towns ready to confront the group."
    assert not any("confront the group" in o for o in _objects(nlp, text))


def test_a_body_named_in_the_sentence_may_be_the_group(nlp):
    text = "Tomas Vell wants to form a coalition of towns willing to take on the Brisk Front, a group of smugglers."
    assert any("coalition of towns" in o for o in _objects(nlp, text))


def test_a_titled_owner_of_a_thing_said_in_full_stays(nlp):
    text = "Senator Mara Quell opposes the governor's decision to close the Kessel ferry."
    assert any("close the Kessel ferry" in o for o in _objects(nlp, text))


@pytest.mark.parametrize("text, part", [
    # an object pronoun of a verb the holder does: not the holder ("themselves"), and no one else before it
    ("Young voters stayed home in the spring. The Harlow Party wants to boost turnout among them.", "among them"),
    # "the country" dealt with as another party, "the city" and "the system" with no place named in the sentence
    ("Ostria wants to sign a trade pact with the country.", "with the country"),
    ("Kessel Homes wants to build homes in the contested city.", "the contested city"),
    ("Mayor Tomas Vell wants to pay for the system with a new levy.", "the system"),
    # the place adverb "there" with no place named before it
    ("Valdin wants to draw down forces fighting there.", "fighting there"),
])
def test_an_object_pointing_to_an_earlier_sentence_is_dropped(nlp, text, part):
    assert not any(part in o for o in _objects(nlp, text))


@pytest.mark.parametrize("text, part", [
    ("Young voters stayed home, and the Harlow Party wants to boost turnout among young voters.", "young voters"),
    ("Ostria wants to protect the country from floods.", "protect the country"),
    ("Ostria wants to reform the health system before the election.", "the health system"),
    ("Ostria is interested in peace in the region, so that it can reap the benefits.", "peace in the region"),
    ("Valdin wants to draw down forces fighting in Kessel and keep a small base there.", "a small base there"),
    ("Ostria wants to sign a trade pact with Valdin that would open the country to foreign banks.", "with Valdin"),
])
def test_an_object_whose_referent_is_the_holder_or_named_stays(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text))


def test_the_other_of_a_pair_is_dropped(nlp):
    # readfix17s (strict readers, paraphrased): "the other" alone leaves whom unsaid
    text = "Both Mara Quell and Tomas Vell were eager to meet, hoping the other would yield under the cameras."
    assert not any("the other" in o for o in _objects(nlp, text)), _objects(nlp, text)


def test_the_other_on_a_noun_stays(nlp):
    text = "Mara Quell wants the other members of the board to resign."
    assert any("the other members" in o for o in _objects(nlp, text)), _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    # stances22: "the country" under an adjective that describes without naming, dealt with as another party
    ("Ostria wants to strike a grain deal with the landlocked nation.", "landlocked nation"),
])
def test_a_described_state_unnamed_is_dropped(nlp, text, part):
    assert not any(part in o for o in _objects(nlp, text)), _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    ("Ostria wants to strike a grain deal with Brenmark, the landlocked nation.", "grain deal"),
    ("Ostria wants to unite the divided nation before the vote.", "unite the divided nation"),
])
def test_a_described_state_named_or_the_holders_stays(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text)), _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    # stances24: a step known only by whose it is; a place known only by "that"/"those"
    ("Senator Mara Quell condemned the Brenmarki announcement on Friday.", "Brenmarki announcement"),
    ("Ostria condemned the Valdini decision in a short statement.", "Valdini decision"),
    ("Governor Pell Ardo backed the latest Brenmarki plan.", "Brenmarki plan"),
    ("Mara Quell wants more nurses sent to that country before the winter.", "that country"),
    ("Mara Quell urged Ostrian firms in that region to hire local staff.", "that region"),
])
def test_a_step_by_its_party_or_a_place_pointed_at_is_dropped(nlp, text, part):
    assert not any(part in o for o in _objects(nlp, text)), _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    ("Ostria opposes the Valdini plan to drain the marshes near Kell.", "drain the marshes"),
    ("Mara Quell wants more nurses sent to that country of lakes before the winter.", "nurses"),
    ("Mara Quell urged Ostrian firms in that region of Kell to hire local staff.", "local staff"),
])
def test_a_step_or_place_that_says_what_stays(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text)), _objects(nlp, text)


def test_a_step_by_its_party_and_topic_stays(nlp):
    text = "The House backs Quell's Tessaly plan."
    assert any("Tessaly plan" in o for o in _objects(nlp, text)), _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    # a step known only by its doer after it, a common party's possessive, a demonstrative or a two-word name
    ("Senator Mara Quell welcomed the announcement by the harbour board.", "announcement"),
    ("Governor Pell Ardo rejected the council's proposal.", "proposal"),
    ("Ostria kept denouncing this and other actions by the Kessel-based council aimed at Vardo's allies.", "actions"),
    ("Governor Pell Ardo welcomed the North Kestrian announcement.", "announcement"),
    ("Senator Mara Quell rejected the calls from the union.", "calls"),
])
def test_a_step_known_only_by_its_doer_is_dropped(nlp, text, part):
    assert not any(part in o for o in _objects(nlp, text)), _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    ("Senator Mara Quell welcomed the move by the harbour board to close the quay.", "close the quay"),
    ("Governor Pell Ardo rejected the council's proposal for a new dam.", "new dam"),
    ("Senator Mara Quell backs the Tessaly deal.", "Tessaly deal"),
])
def test_a_step_by_its_doer_that_says_what_stays(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text)), _objects(nlp, text)
