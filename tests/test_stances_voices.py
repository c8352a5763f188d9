"""A stance read inside someone's reported statement stands only when that speaker voices the holder
(stances.voices). Sentences written for these tests (fictional people, real states)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(analyze_text, text):
    """Every stance the rules give, shown or held back by the confidence gate (tested in test_stances_confidence)."""
    a = analyze_text(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in (*a.stances, *a.unreported_stances)]


@pytest.mark.parametrize("text, actor", [
    ("Harbour dispute\n\n“Petra Holm wants to be seen as the champion of the dockers,” said Dana Oyelaran, "
     "a consultant who has advised rival campaigns.\n", "Petra Holm"),
    ("Quota talks\n\nDiplomats in Brussels say Norway wants a far larger share of the northern cod quota.\n", "Norway"),
    ("Quota talks\n\nPetra Holm, a fisheries analyst at Tromso University, said Norway wants a far larger share "
     "of the northern cod quota.\n", "Norway"),
])
def test_a_third_partys_account_gives_the_holder_no_stance(analyze_text, text, actor):
    assert not [s for s in stances(analyze_text, text) if s[0] == actor]


@pytest.mark.parametrize("text, actor, obj", [
    ("Quota talks\n\nNorwegian officials say Norway wants a far larger share of the northern cod quota.\n",
     "Norway", "a far larger share"),
    ("Quota talks\n\nA Kremlin spokesman said Russia wants talks on the northern cod quota this spring.\n",
     "Russia", "talks on the northern cod quota"),
    ("Quota talks\n\nReuters reported that Norway wants a far larger share of the northern cod quota.\n",
     "Norway", "a far larger share"),
    ("Harbour dispute\n\nPetra Holm's lawyer, Ivo Brant, said Holm wants a fair hearing before the port board.\n",
     "Petra Holm", "a fair hearing"),
])
def test_the_holder_or_one_who_speaks_for_it_keeps_the_stance(analyze_text, text, actor, obj):
    assert [s for s in stances(analyze_text, text) if s[0] == actor and s[2].startswith(obj)]


def test_an_envoy_whose_role_names_the_union_voices_it(analyze_text):
    text = ("Quota talks\n\nThe European Union's fisheries envoy, Marta Quintela, said the EU was determined to "
            "preserve the northern cod quota.\n")
    assert [s for s in stances(analyze_text, text) if s[0] in ("EU", "European Union") and "quota" in s[2]]


def test_a_pronoun_speakers_own_hope_stays(analyze_text):
    text = ("Harbour dispute\n\nPetra Holm spoke in Tromso on Monday. In an interview, she said she hopes to "
            "reopen the northern pier by May.\n")
    assert [s for s in stances(analyze_text, text) if s[0] == "Petra Holm" and "reopen" in s[2]]


def test_the_head_of_a_body_named_after_a_state_does_not_speak_for_the_state(analyze_text):
    text = ("Border talks\n\n“We want peace on the border,” said Ahmed Karan, president of the Syrian Democratic "
            "Assembly Council, on Monday.\n")
    assert not [s for s in stances(analyze_text, text) if s[0] == "Syria"]
    text = ("Border talks\n\n“We want peace on the border,” said Ahmed Karan, the Syrian foreign minister, on Monday.\n")
    found = stances(analyze_text, text)  # stances14: the minister's "we" is his own stance, not Syria's
    assert [s for s in found if s[0] == "Ahmed Karan" and "peace" in s[2]] and not [s for s in found if s[0] == "Syria"]


@pytest.mark.parametrize("text, actor", [
    # a guess at the holder's motive inside another's quotation
    ("Port strike\n\nTom Harlan spoke at the port on Monday. “He thinks he is right because he wants a long "
     "strike at the port,” said Greta Lind, a consultant.\n", "Tom Harlan"),
    # a past wish of another told in a quotation: the tag outside it does not shift its tense
    ("Port strike\n\n“Tom Harlan hated the plan; he wanted a long strike at the port,” said an adviser briefed on "
     "the meeting.\n", "Tom Harlan"),
])
def test_an_observers_or_quoted_account_gives_the_holder_no_stance(analyze_text, text, actor):
    assert not [s for s in stances(analyze_text, text) if s[0] == actor]


@pytest.mark.parametrize("text, actor, obj", [
    ("Gas talks\n\nNorway is concerned about a Swedish exit from the gas pact, said Norwegian Foreign Minister "
     "Tom Harlan.\n", "Norway", "a Swedish exit"),
    ("Port strike\n\nTom Harlan spoke at the port on Monday. He thinks he is right because he wants a long strike "
     "at the port.\n", "Tom Harlan", "a long strike"),
])
def test_the_states_own_minister_or_the_writer_keeps_it(analyze_text, text, actor, obj):
    assert [s for s in stances(analyze_text, text) if s[0] == actor and s[2].startswith(obj)]


@pytest.mark.parametrize("text, actor", [
    ("The Saudis are concerned about a Qatari exit from the gas pact, says Tom Harlan, a senior research fellow at "
     "the Kessel Institute.", "Saudis"),
    ("Saudi Arabia is concerned about a Qatari exit from the gas pact, says Tom Harlan, a senior research fellow at "
     "the Kessel Institute.", "Saudi Arabia"),
])
def test_one_observers_word_on_a_state_or_its_people_without_the_report_is_no_stance(stance_triples, text, actor):
    """The teller alone (no report found around the stance, as when a nested report hides it): a person whose
    post serves no state does not speak for one (stancehear14)."""
    assert not [s for s in stance_triples(text) if s[0] == actor]


def test_a_tellers_representative_post_keeps_the_states_stance(stance_triples):
    text = "Norway is concerned about a Swedish exit from the gas pact, said Tom Harlan, the foreign minister."
    assert [s for s in stance_triples(text) if s[0] == "Norway"]


@pytest.mark.parametrize("text, actor", [
    # an unnamed group's reading of a state, a report the attribution gate holds back as unsure
    ("Alliance talks\n\nExperts say Iran is eager to split the NATO alliance over the Kessel pipeline.\n", "Iran"),
    ("Alliance talks\n\nIran is eager to split the NATO alliance over the Kessel pipeline, analysts say.\n", "Iran"),
    # a state's own press on another state
    ("Baltic drills\n\nRussian state media reported that the United States fears a wider war with Russia over "
     "the Kessel drills.\n", "United States"),
    # a view given as someone's
    ("Alliance talks\n\nIran wants to split the NATO alliance over the Kessel pipeline, in the view of many "
     "analysts.\n", "Iran"),
    ("Alliance talks\n\nIn Dara Holm's view, Iran wants to split the NATO alliance over the Kessel pipeline.\n",
     "Iran"),
    ("Baltic drills\n\nPer Russian state media, the United States fears a wider war with Russia over the Kessel "
     "drills.\n", "United States"),
])
def test_an_unnamed_groups_or_a_foreign_state_presss_reading_is_no_stance(analyze_text, text, actor):
    assert not [s for s in stances(analyze_text, text) if s[0] == actor]


@pytest.mark.parametrize("text, actor, obj", [
    ("Alliance talks\n\nIran wants to split the NATO alliance over the Kessel pipeline.\n", "Iran", "split"),
    ("Baltic drills\n\nRussian state media reported that Russia fears a wider war with NATO over the Kessel "
     "drills.\n", "Russia", "a wider war"),
    ("Baltic drills\n\nReuters reported that the United States fears a wider war with Russia over the Kessel "
     "drills.\n", "United States", "a wider war"),
])
def test_the_writer_a_states_own_press_or_a_news_agency_keeps_it(analyze_text, text, actor, obj):
    assert [s for s in stances(analyze_text, text) if s[0] == actor and s[2].startswith(obj)]


def test_one_observers_word_on_a_movement_without_the_report_is_no_stance(stance_triples):
    text = ("Hezbollah is eager to avoid a wider war over the Kessel border, says Tom Harlan, a senior research "
            "fellow at the Kessel Institute.")
    assert not [s for s in stance_triples(text) if s[0] == "Hezbollah"]


def test_a_movements_own_spokesman_keeps_its_stance(stance_triples):
    text = "Hezbollah is eager to avoid a wider war over the Kessel border, says Tom Harlan, a Hezbollah spokesman."
    assert [s for s in stance_triples(text) if s[0] == "Hezbollah"]


# stancewant14: a noun stance ("Vell's support for …") inside what another person said is that person's account.
@pytest.mark.parametrize("text", [
    "Ines Holm said she appreciated Tomas Vell's support for the new harbour plan in Kessel.",
    "Ines Holm said she valued Tomas Vell's backing for the new harbour plan in Kessel.",
])
def test_a_noun_stance_inside_anothers_words_is_their_account(stance_triples, text):
    assert not [s for s in stance_triples(text) if s[0] == "Tomas Vell"]


def test_the_speakers_own_noun_stance_stays(stance_triples):
    found = stance_triples("Ines Holm said her support for the new harbour plan in Kessel was firm.")
    assert any(a == "Ines Holm" and att == "supports" for a, att, _ in found)


def test_a_teller_the_parse_set_beside_a_fronted_phrase_still_tells(stance_triples):
    """stancewant14: "Speaking at the hall, the old heart of the guild, Holm … said she appreciated Vell's
    support": the parse may take "heart" for the subject; the name beside it is the teller."""
    text = ("Speaking on Friday at the Hall of the Guild, the old heart of Kessel trade, Holm paid tribute to her "
            "“kind and patient” host, and said she appreciated Tomas Vell’s support for recent efforts to curb "
            "smuggling in the bay.")
    assert not [s for s in stance_triples(text) if s[0] == "Tomas Vell"]
