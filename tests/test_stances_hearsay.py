"""Stances told only as another's claim about the holder (stances/hearsay.py), on sentences written for these
tests (fictional people and clubs, real states)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _stances(nlp, text):
    doc = nlp(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, find_entities(doc))]


def _has(found, actor, attitude, part):
    return any(a == actor and att == attitude and part in o for a, att, o in found)


@pytest.mark.parametrize("text, actor, attitude, part", [
    ("Piet Arlen hopes to buy the Harwick rowing club, news reports said. Arlen would not confirm the reports.",
     "Piet Arlen", "wants", "Harwick rowing club"),
    ("The accord addresses Finland's concerns about Latvia's support for the Ruska separatists.",
     "Latvia", "supports", "Ruska separatists"),
    ("The accord addresses Finland's concerns about Latvia's support for the Ruska separatists.",
     "Finland", "fears", "Ruska separatists"),
    ("Finland raised concerns about Latvia's backing of the Ruska separatists.", "Latvia", "supports",
     "Ruska separatists"),
])
def test_anothers_claim_about_the_holder_gives_no_stance(nlp, text, actor, attitude, part):
    assert not _has(_stances(nlp, text), actor, attitude, part)


@pytest.mark.parametrize("text, actor, attitude, part", [
    ("Piet Arlen hopes to buy the Harwick rowing club, news reports said. Arlen confirmed the talks on Monday.",
     "Piet Arlen", "wants", "Harwick rowing club"),
    ("Finland voiced concerns about Latvia's new border fence.", "Finland", "fears", "border fence"),
    ("Latvia's support for the Ruska separatists has angered Finland.", "Latvia", "supports", "Ruska separatists"),
])
def test_the_holders_own_stance_stays(nlp, text, actor, attitude, part):
    assert _has(_stances(nlp, text), actor, attitude, part)


# Read 21: "He said Ostria wanted …": one person's word on another person, or on a state by one who serves
# another state.
@pytest.mark.parametrize("text", [
    "Tomas Pell met reporters on Monday. He said Kessel wanted a freeze of the talks.",
    "Tomas Pell met Ivo Brant on Monday. He said Ivo Brant wanted a freeze of the talks.",
    "Norwegian Foreign Minister Petra Holm spoke in Oslo on Monday. She said Sweden wanted a freeze of the talks.",
    "Norwegian Foreign Minister Petra Holm said Sweden wanted a freeze of the talks.",
])
def test_a_pronoun_tellers_claim_about_another_is_not_their_stance(stance_triples, text):
    assert [s for s in stance_triples(text) if "freeze" in s[2]] == []


def test_a_minister_told_by_a_pronoun_speaks_for_her_state(stance_triples):
    assert ("Sweden", "wants", "a freeze of the talks") in stance_triples(
        "Swedish Foreign Minister Petra Holm spoke in Oslo on Monday. She said Sweden wanted a freeze of the talks.")


@pytest.mark.parametrize("text, actor, attitude", [
    ("Tomas Vell reportedly fears a revolt in the northern ports.", "Tomas Vell", "fears"),
    ("Sweden reportedly supports the Ruska rebels in the north.", "Sweden", "supports"),
    # sthold19: an attitude the writer only guesses at
    ("Norway, by contrast, does have potential interest in mending its ties with the Baltic states.", "Norway",
     "wants"),
])
def test_a_stance_hedged_as_rumour_is_not_asserted(nlp, text, actor, attitude):
    assert not any(a == actor and att == attitude for a, att, _ in _stances(nlp, text))


def test_a_stance_told_plainly_stays(nlp):
    found = _stances(nlp, "Tomas Vell fears a revolt in the northern ports. Greta Lind wants a second vote on the "
                          "harbour levy.")
    assert _has(found, "Tomas Vell", "fears", "revolt in the northern ports")
    assert _has(found, "Greta Lind", "wants", "second vote on the harbour levy")


@pytest.mark.parametrize("text, actor, attitude, part", [
    ("Councillor Brit Amsel, who has since walked back the comment, wants a curfew in Tavira.",
     "Councillor Brit Amsel", "wants", "curfew in Tavira"),
    ("Councillor Brit Amsel backs a curfew in Tavira, though she has since recanted.",
     "Councillor Brit Amsel", "supports", "curfew"),
])
def test_a_retracted_remark_is_no_stance(nlp, text, actor, attitude, part):
    """stances14: a remark the holder took back is not their attitude now."""
    assert not _has(_stances(nlp, text), actor, attitude, part)


@pytest.mark.parametrize("text, actor, attitude, part", [
    ("In a phone survey of 900 adults, Republicans backed a ban on peat mining by two to one.", "Republicans",
     "supports", "ban on peat mining"),
    ("Forty percent of Republicans said they support a ban on peat mining.", "Republicans", "supports",
     "ban on peat mining"),
])
def test_a_polled_share_is_not_the_whole_people(nlp, text, actor, attitude, part):
    """stances14: a poll's answer or a share of a people is no stance of the people as a whole."""
    assert not _has(_stances(nlp, text), actor, attitude, part)


def test_a_people_outside_a_poll_keeps_its_stance(nlp):
    assert _has(_stances(nlp, "Republicans want a ban on peat mining near the lakes."), "Republicans", "wants",
                "ban on peat mining")


def test_a_remark_not_taken_back_stays(nlp):
    assert _has(_stances(nlp, "Councillor Brit Amsel backs a curfew in Tavira, and she has said so twice."),
                "Councillor Brit Amsel", "supports", "curfew")


@pytest.mark.parametrize("text", [
    "Tomas Vell wants a quiet border, perhaps in part, some regional analysts say.",
    "Some analysts say Tomas Vell wants a quiet border.",
    "Tomas Vell hopes for a quiet border, some experts say.",
])
def test_onlookers_reading_of_an_aim_is_not_the_holders_stance(nlp, text):
    assert not _has(_stances(nlp, text), "Tomas Vell", "wants", "quiet border")


def test_the_holders_own_aim_with_an_analysts_gloss_stays(nlp):
    text = "Tomas Vell said he wants a quiet border. Analysts say the move could calm markets."
    assert _has(_stances(nlp, text), "Tomas Vell", "wants", "quiet border")


# stances17a: another party's claim, suspicion or prediction about the holder (reads 41-43, strict readers).
@pytest.mark.parametrize("text, actor, attitude, part", [
    ("Lusk repeated his claim that Ostria's continued support for the Harl rebels prolongs the war.",
     "Ostria", "supports", "Harl rebels"),
    ('Lusk voiced unease at "Ostria\'s continued support" for the Harl rebels.', "Ostria", "supports",
     "Harl rebels"),
    ("Officials in Velden were confident that the Senate would back the decision to close the port.",
     "Senate", "supports", "close the port"),
    ("The cabinet expressed confidence on Monday that the Senate would back the decision to close the port.",
     "Senate", "supports", "close the port"),
    ("The sad thing, Piet Varno said, is that while Premier Lusk wants a ceasefire, his army keeps shelling Harl.",
     "Lusk", "wants", "ceasefire"),
])
def test_anothers_claim_or_prediction_is_not_the_holders_stance(nlp, text, actor, attitude, part):
    assert not _has(_stances(nlp, text), actor, attitude, part)


@pytest.mark.parametrize("text, actor, attitude, part", [
    ("Lusk said Ostria's support for the Harl rebels was firm.", "Ostria", "supports", "Harl rebels"),
    ("Ostria repeated its claim that its support for the Harl rebels is lawful.", "Ostria", "supports",
     "Harl rebels"),
    ("The Senate will back the decision to close the port.", "Senate", "supports", "close the port"),
    ("Premier Lusk wants a ceasefire, but his army keeps shelling Harl.", "Lusk", "wants", "ceasefire"),
    ("The rebels' claim of the bombing may complicate Premier Lusk's plan to leave Harl.", "Lusk", "wants",
     "leave Harl"),
])
def test_the_holders_own_stance_beside_a_claim_stays(nlp, text, actor, attitude, part):
    assert _has(_stances(nlp, text), actor, attitude, part)


# Read 47: a broadcaster's report of what a state wants, while its officials were unavailable for comment.
@pytest.mark.parametrize("text", [
    "A TV report said Ostria wants a new naval base in Kessel. Ostrian officials were not available for comment.",
    "Ostria wants a new naval base in Kessel, Channel 9 reported. Ostrian officials were unavailable for comment.",
])
def test_a_broadcast_report_the_holder_would_not_comment_on_gives_no_stance(stance_triples, text):
    assert [s for s in stance_triples(text) if "naval base" in s[2]] == []


def test_a_broadcast_report_the_holder_confirmed_stays(stance_triples):
    assert [s for s in stance_triples("Ostria wants a new naval base in Kessel, Channel 9 reported. Ostrian officials "
                                      "confirmed the plan on Monday.") if s[0] == "Ostria" and "naval base" in s[2]]


# Read 44: the news agency that passes on a state newspaper's charge is not the accuser.
def test_a_news_agency_passing_on_words_holds_nothing(stance_triples):
    found = stance_triples("Citing the state newspaper Rodong Narod, Reuters accused Sorvia of plotting an attack on "
                           "the port.")
    assert [s for s in found if s[0] == "Reuters"] == []


# Read 44: an official's word on what other states or bodies want is the official's claim, not theirs.
@pytest.mark.parametrize("text, other", [
    ("A senior Swedish diplomat said Norway and Finland wanted a new round of talks on the fishing quota.", "Norway"),
    ("A Swedish official said Sweden and Norway wanted a public statement of support for Kessel.", "Norway"),
    ("An official of the Nordic Council said the Nordic Council and NATO wanted a public statement of support for "
     "Kessel.", "NATO"),
])
def test_an_officials_word_on_another_body_is_not_its_stance(stance_triples, text, other):
    assert [s for s in stance_triples(text) if s[0] == other] == []


def test_an_officials_word_on_the_own_state_stays(stance_triples):
    assert [s for s in stance_triples("A Swedish official said Sweden and Norway wanted a public statement of support "
                                      "for Kessel.") if s[0] == "Sweden"]


def test_a_news_agencys_word_on_a_state_stays(stance_triples):
    assert [s for s in stance_triples("Reuters said Norway wants a far larger share of the northern cod quota.")
            if s[0] == "Norway"]


# stances21 (fresh strict reads): a wish or a fear told only as a newspaper's or a report's account of it is the
# outlet's word on the holder, not the holder's own (a wire service's relay stays, above).
@pytest.mark.parametrize("text, actor", [
    ("The Vell Courier reported that Ivo Brant hopes to sell the ferry fleet.", "Ivo Brant"),
    ("The paper reported that Ostria wants direct flights to Kessel.", "Ostria"),
    ("The report stated the Harbour League also wants a second ferry to Port Vell.", "Harbour League"),
    ("Norway wants a larger cod quota, the Harbour Times reported.", "Norway"),
    ("Reports said Mayor Greta Lind fears a strike at the port.", "Greta Lind"),
    ("In a sign of a thaw with Kessel, Ostria's Daily Star reported that President Ivo Brant wants to reopen the "
     "ferry line to Kessel.", "Ivo Brant"),
])
def test_a_press_report_of_a_wish_is_not_the_holders_stance(stance_triples, text, actor):
    assert [s for s in stance_triples(text) if s[0] == actor] == []


@pytest.mark.parametrize("text, triple", [
    ("Mayor Greta Lind said she fears a strike at the port.", ("Greta Lind", "fears", "a strike at the port")),
    ("The Harbour Times reported that Ostria accused Kessel of hiding the tanker.",
     ("Ostria", "accuses", "Kessel of hiding the tanker")),
])
def test_the_holders_own_word_or_a_reported_act_stays(stance_triples, text, triple):
    assert triple in stance_triples(text)


# stances20b: a stance told by a joke, a quip or a tongue-in-cheek statement is not meant (``in_jest``).
@pytest.mark.parametrize("text", [
    "A tongue-in-cheek statement from the Harbour Party said Mayor Greta Lind wants to rename the moon after herself.",
    "Senator Tomas Vell joked that Governor Ada Holm wants to annex the neighbouring county.",
    "In a joking mood, Holm said Vell opposes every budget.",
])
def test_a_stance_told_in_jest_is_none(stance_triples, text):
    assert stance_triples(text) == []


def test_a_joke_beside_the_stance_leaves_it(stance_triples):
    found = stance_triples("Holm, who joked about the weather, said she wants a new bridge at Port Kessel.")
    assert ("Holm", "wants", "a new bridge at Port Kessel") in found


def test_a_states_own_press_on_the_state_stays(stance_triples):
    assert ("Ostria", "wants", "open direct flights to Kessel") in stance_triples(
        "Ostria's state news agency reported that Ostria wants to open direct flights to Kessel.")


# stances26: a "he said" set into the sentence makes all below its main verb the speaker's account, however deep
# the stance noun lies: an observer's word on a state is not the state's stance; one serving it speaks for it, and
# an adverbial clause before the teller's own words ("Referring to …") is no part of the account.
def test_a_parenthetical_tellers_account_deep_in_the_sentence_is_not_the_states_stance(stance_triples):
    found = stance_triples("Independent analyst Pieter Brand spoke to reporters. The blast, he said, was an act of "
                           "revenge by hardliners angered by Russia's support for separatist rebels in Dorvik.")
    assert not any(actor == "Russia" for actor, _, _ in found)


@pytest.mark.parametrize("text", [
    "Russian envoy Pieter Brand spoke to reporters. The blast, he said, was an act of revenge by hardliners angered "
    "by Russia's support for separatist rebels in Dorvik.",
    "Independent analyst Pieter Brand spoke to reporters. Referring to Russia's support for separatist rebels in "
    "Dorvik, he said the talks would go on.",
])
def test_a_state_servants_account_or_a_clause_before_the_telling_keeps_the_stance(stance_triples, text):
    assert ("Russia", "supports", "separatist rebels") in stance_triples(text)
