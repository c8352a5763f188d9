"""Stances on sentences written for these tests (fictional people, real states)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _stances(nlp, text):
    doc = nlp(text)
    found = find_stances(doc, find_entities(doc))
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]], text[s.evidence[0]:s.evidence[1]]) for s in found]


def _has(found, actor, attitude, object_part):
    return any(a == actor and att == attitude and object_part in obj for a, att, obj, _ in found)


def test_eagerness_with_coordinated_goals_gives_one_stance_each(nlp):
    found = _stances(nlp, "Ottawa is eager to expand its fishing quotas in the Arctic and open new consulates "
                          "in the north.")
    assert _has(found, "Canada", "wants", "expand its fishing quotas")
    assert _has(found, "Canada", "wants", "open new consulates")
    assert not any("open new consulates" in obj for a, _, obj, _ in found if "expand" in obj)


def test_goal_list_after_a_colon_is_split(nlp):
    found = _stances(nlp, "Norway’s main goals in the talks: lower tariffs on salmon, a new pipeline, "
                          "and fewer inspections.")
    for item in ("lower tariffs on salmon", "a new pipeline", "fewer inspections"):
        assert _has(found, "Norway", "wants", item)


def test_fear_verb_with_seat_of_government_subject(nlp):
    found = _stances(nlp, "The Kremlin fears the new Arctic treaty could collapse within a year.")
    assert _has(found, "Russia", "fears", "the new Arctic treaty could collapse")
    assert all(ev.startswith("The Kremlin fears") for *_, ev in found)


def test_good_for_makes_the_subject_wanted(nlp):
    found = _stances(nlp, "A longer grace period would be good for Chile.")
    assert _has(found, "Chile", "wants", "A longer grace period")


def test_interest_and_gain(nlp):
    found = _stances(nlp, "Brazil is interested in cheaper fertiliser. Brazil would benefit from lower "
                          "freight costs.")
    assert _has(found, "Brazil", "wants", "cheaper fertiliser")
    assert not _has(found, "Brazil", "benefits_from", "lower freight costs")  # a forecast (stances15b: glosses)


def test_recommendation_clause_and_person_actor(nlp):
    found = _stances(nlp, "Finance minister Oskar Lindqvist is recommending that the bank raise interest rates.")
    assert _has(found, "Oskar Lindqvist", "recommends", "the bank raise interest rates")


def test_experiencer_pronoun_resolves_to_the_state(nlp):
    found = _stances(nlp, "The Germans are becoming nervous. What worries them is the likelihood that the "
                          "bridge closes.")
    assert _has(found, "Germany", "fears", "the likelihood that the bridge closes")


def test_negated_trigger_gives_no_stance(nlp):
    found = _stances(nlp, "Peru does not want a new election.")
    assert not _has(found, "Peru", "wants", "a new election")


def test_worry_with_a_clause_is_the_subjects_fear(nlp):
    found = _stances(nlp, "Chile worries that the copper talks will fail.")
    assert _has(found, "Chile", "fears", "the copper talks will fail")


def test_much_to_gain_and_reduced_relative_object(nlp):
    found = _stances(nlp, "Chile has much to gain from cheaper shipping. The new tariffs Oskar Lindqvist is "
                          "recommending would hurt exporters.")
    assert _has(found, "Chile", "benefits_from", "cheaper shipping")
    assert _has(found, "Oskar Lindqvist", "recommends", "The new tariffs")


def test_a_leaders_goals_are_also_his_states(nlp):
    found = _stances(nlp, "Portuguese President Rui Matos spoke on Monday. Critics said Matos’s government was "
                          "slow. Matos’s goals for the summit: cheaper gas and a new port.")
    assert _has(found, "Rui Matos", "wants", "cheaper gas")
    assert _has(found, "Portugal", "wants", "a new port")


def test_we_in_a_quote_is_the_speakers_own_stance(nlp):
    """stances14: a leader's or an official's "we" is the speaker's stance, not their state's."""
    text = ("“We have a lot of interest in seeing a calmer border,” says Ilse Gauthier, director of the "
            "Austrian foreign ministry's Alpine desk.")
    found = _stances(nlp, text)
    assert _has(found, "Ilse Gauthier", "wants", "a calmer border")
    assert not _has(found, "Austria", "wants", "a calmer border")
    text = "“We will never accept a toll on the Tagus bridges,” said Portuguese President Olmo Ferraz."
    found = _stances(nlp, text)
    assert not _has(found, "Portugal", "opposes", "toll on the Tagus bridges")


def test_she_is_the_woman_not_the_man_named_last(nlp):
    found = _stances(nlp, "Greta Lind met Tomas Vell in Kessel on Monday. She wants to end the sanctions on Kessel.")
    assert _has(found, "Greta Lind", "wants", "end the sanctions")
    assert not _has(found, "Tomas Vell", "wants", "end the sanctions")


def test_only_words_of_the_attitude_lexicons_are_looked_at_as_triggers(nlp):
    from dossier.nlp.stances import extract

    assert extract.may_trigger("want", "wants") and extract.may_trigger("scar", "scares")  # lemma, or form
    assert extract.may_trigger("eager", "eager") and not extract.may_trigger("bridge", "bridges")
    doc = nlp("Ostria fears a blockade. The ferry crossed the river. Vellia wants new talks.")
    asked = []
    finder = extract._StanceFinder(doc, find_entities(doc))
    finder._trigger = lambda t, sent: asked.append(t.text)
    finder.run()
    assert "fears" in asked and "wants" in asked and set(asked) <= {"fears", "blockade", "wants", "talks"}


@pytest.mark.parametrize("text, kept", [
    ("Ivo Brant rejected responsibility on Sunday for the riots at the harbour.", None),
    ("Norway rejected claims that it had spied on the Swedish fleet.", None),
    ("Norway dismissed the allegations of spying on the Swedish fleet as absurd.", None),
    ("Norway rejected the treaty on fishing quotas in the north.", "the treaty on fishing quotas"),
    # stanceact14: any noun with a "that" clause it asserts is a proposition; one it asks for stays opposed
    ("Tomas Holm rejected the idea that the Varn plant was unsafe.", None),
    ("Ada Lind resisted the notion that Kessel and Vesk were locked in a trade war.", None),
    ("Ada Lind rejected arguments that the levy had hurt the fishing fleet.", None),
    ("Vesk rejected the consensus of most of the region that the levy was unlawful.", None),
    ("Vesk rejected the treaty of the Kessel council that would close the port of Varn.", "the treaty of the Kessel"),
    ("Tomas Holm rejected the idea of a new levy on fishing boats.", "the idea of a new levy"),
    # stancewant14: a tie between things rejected is denied to exist
    ("Republicans rejected any connection between the levy and the deficit in the port of Varn.", None),
    ("Ada Lind dismissed a link between the ferry cuts and the floods in Kessel.", None),
    ("Tomas Holm rejected any link to the blast at the Kessel fuel depot.", None),
])
def test_rejecting_a_claim_is_a_denial_not_an_opposition(nlp, text, kept):
    found = [s for s in _stances(nlp, text) if s[1] == "opposes"]
    assert [s[2][:len(kept)] for s in found] == ([kept] if kept else [])


@pytest.mark.parametrize("text", [
    "House Republicans want a vote on the harbour levy this week.",
    "Senate Democrats oppose the new levy on ferries.",
])
def test_a_chamber_or_state_part_of_a_party_is_not_the_party(nlp, text):
    assert not [s for s in _stances(nlp, text) if s[0] in ("Republicans", "Democrats")]


def test_the_whole_party_keeps_its_stance(nlp):
    assert _has(_stances(nlp, "Republicans want a vote on the harbour levy this week."), "Republicans", "wants", "a vote")


def test_an_object_cut_inside_a_hyphened_word_is_dropped(nlp):
    """ "the prime minister" of "the prime minister-designate" names another person (read 16, S25 kind)."""
    found = _stances(nlp, "Harbour talks\n\nNorway backs the prime minister-designate and also raised its grants\n\nThe talks go on.")
    assert not [s for s in found if s[2] == "the prime minister"]
    assert _has(_stances(nlp, "Harbour talks\n\nNorway backs the mayor-elect and has stepped up aid to the port\n\n"),
                "Norway", "supports", "the mayor-elect")


def test_an_auxiliary_before_the_feared_subject_gives_no_fear(nlp):
    """ "has" is the verb of another clause: the troops are not what infuriates Norway."""
    found = _stances(nlp, "The US has tens of thousands of sailors there and the massive annual joint naval drills "
                          "infuriate Ostria because it thinks they are practice for an invasion.")
    assert not [s for s in found if "thousands" in s[2]]


def test_a_verb_of_backing_takes_no_finite_clause(nlp):
    found = _stances(nlp, "Brekke supports Lindqvists and Lindqvist followed his order.")
    assert not [s for s in found if "followed" in s[2]]


def test_what_the_holder_called_stays_an_object(nlp):
    found = _stances(nlp, "Norway's envoy, Tomas Vell, condemned what he called Swedish attempts to sway the vote.")
    assert _has(found, "Tomas Vell", "opposes", "Swedish attempts")  # the envoy named, not his state (read29 S10)


# Read 20: a feeling about a bare place; deeds of wrong read as backed; a headline in title case.
@pytest.mark.parametrize("text", [
    "Senator Orla Penn said she was deeply worried about Moldova.",
    "Estonia is concerned about Belarus, its foreign minister said.",
    "Ilse Korr said she hopes for Armenia.",
])
def test_a_feeling_about_a_bare_place_is_no_stance(nlp, text):
    assert not [s for s in _stances(nlp, text) if s[1] in {"fears", "wants"}]


def test_a_feeling_about_a_places_thing_stays(nlp):
    assert _has(_stances(nlp, "Senator Orla Penn said she was deeply worried about Moldova's debt."),
                "Orla Penn", "fears", "Moldova's debt")


@pytest.mark.parametrize("text", [
    "Belarus funds militias and supports terrorism and human rights abuses.",
    "Belarus's rulers support terror and commit abuses at home.",
])
def test_deeds_of_wrong_are_a_charge_not_a_stance(nlp, text):
    assert not [s for s in _stances(nlp, text) if s[1] == "supports"]


def test_backing_a_cause_stays(nlp):
    assert _has(_stances(nlp, "Belarus supports free trade and opposes tariffs."), "Belarus", "supports", "free trade")


@pytest.mark.parametrize("text", [
    "Senator Greta Sund Opposes Tamsin Rail Link",
    "Lina Varga Backs Haldor Pipeline In Surprise Reversal",
])
def test_a_title_case_headline_gives_no_stance(nlp, text):
    assert _stances(nlp, text) == []


def test_a_sentence_with_names_is_no_headline(nlp):
    found = _stances(nlp, "Orla Penn backs the Kessel Harbour plan and will vote for it on Friday.")
    assert _has(found, "Orla Penn", "supports", "Kessel Harbour plan")


def test_we_after_the_quotation_names_the_state_is_the_state(nlp):
    """The seed kind: a quotation that names the state, then says "we" of it, speaks for the state."""
    text = ("“Austria wants calm on the Inn,” says Lotte Brenner, director of the Austrian foreign ministry's river "
            "desk. “So we have a lot of interest in seeing a quieter river border.”")
    found = _stances(nlp, text)
    assert _has(found, "Austria", "wants", "a quieter river border")
    assert not _has(found, "Lotte Brenner", "wants", "a quieter river border")


@pytest.mark.parametrize("text", [
    "The Kessel Accord seeks to limit the sale of small arms across the border.",
])
def test_a_treaty_holds_no_stance(nlp, text):
    """Analyst's read of briefs (brief16): "The Kessel Accord seeks to …" is the treaty's purpose, no one's wish."""
    assert [s for s in _stances(nlp, text) if "Accord" in s[0]] == []


def test_a_leaders_words_with_a_personal_pronoun_stay_the_leaders(nlp):
    """stances17b (strict readers, paraphrased): the state given its leader's stance is wrong where the object says
    "his", "her" or "our": those are the leader's or the speaker's people, not the state's."""
    text = ("Portuguese President Rui Matos spoke on Monday. Critics said Matos’s government was slow. Matos’s goals "
            "for the summit: cheaper gas for our farmers and a new port for his home town.")
    found = _stances(nlp, text)
    assert _has(found, "Rui Matos", "wants", "a new port for his home town")
    assert not _has(found, "Portugal", "wants", "a new port for his home town")
    assert not _has(found, "Portugal", "wants", "cheaper gas for our farmers")


@pytest.mark.parametrize("line", [
    "Story highlights Norway wants to expand its fishing quotas in the Arctic, its minister says",
    "Quota talks: Norway wants to expand its fishing quotas in the Arctic",
])
def test_a_highlight_or_a_link_headline_gives_no_stance(nlp, line):
    """Fresh strict reads, round 18: an editor's summary line and a related story's headline are no report."""
    found = _stances(nlp, "Kessel\n\nThe talks opened on Monday in Oslo.\n\n" + line + "\n\nThe talks close on Friday.\n")
    assert not _has(found, "Norway", "wants", "expand its fishing quotas")


def test_the_same_stance_in_the_body_stays(nlp):
    found = _stances(nlp, "Kessel\n\nThe talks opened on Monday in Oslo.\n\nNorway wants to expand its fishing quotas "
                          "in the Arctic, its minister said.\n")
    assert _has(found, "Norway", "wants", "expand its fishing quotas")


# readst18: one criticism of a person named with a title of common nouns ("national security adviser") is one
# episode, as for a bare name (``acts.one_criticism``, ``_only_a_person``).
def test_criticism_of_a_person_with_a_long_title_is_no_opposition(stance_triples):
    text = ("On May 3, Ostria criticized Veskan national security adviser Tomas Brandt, who had called for Ostria "
            "to give up its missiles.")
    assert not any(att == "opposes" for _, att, _ in stance_triples(text))


def test_a_person_with_a_long_title_is_still_a_want_with_a_complement(stance_triples):
    assert ("Ostria", "wants", "Veskan harbour chief Tomas Brandt out of office") in stance_triples(
        "Ostria wants Veskan harbour chief Tomas Brandt out of office.")


# readst18c: one criticism of someone a "who" clause describes ("a ferry pilot who …") is one episode too, as for a
# people noun ("the mayor of London"); a standing opposition to such a person stays.
@pytest.mark.parametrize("text", [
    "Last week Governor Mara Quell criticized a ferry pilot who refused to sail during the storm.",
    "On Tuesday, Senator Ivo Kant criticized a harbour clerk who had mislaid the permits.",
])
def test_one_criticism_of_someone_a_who_clause_describes_is_no_opposition(stance_triples, text):
    assert not any(att == "opposes" for _, att, _ in stance_triples(text))


def test_a_standing_opposition_to_someone_described_stays(stance_triples):
    found = stance_triples("Governor Mara Quell has long opposed a candidate who wants to close the port.")
    assert any(att == "opposes" and "a candidate who wants to close the port" in obj for _, att, obj in found)


# stances24c: bidding hearers to imagine or picture a thing is rhetoric, not a recommendation.
@pytest.mark.parametrize("text", [
    "Senator Pia Ganz urged voters to picture a Norway that backs the new treaty.",
    "Mayor Ada Holm urged listeners to imagine a city that welcomes the refugees.",
])
def test_a_bidding_to_imagine_is_no_recommendation(nlp, text):
    assert not [s for s in _stances(nlp, text) if s[1] == "recommends"]


def test_a_bidding_to_act_stays_a_recommendation(nlp):
    found = _stances(nlp, "Senator Pia Ganz urged Norway to cut taxes for everyone.")
    assert _has(found, "Pia Ganz", "recommends", "cut taxes for everyone")
