"""Objects cut inside their phrase, run across the time of the act, or carrying another cue (stances/cuts.py), and
the object-span rules beside them (stobj18), on sentences written for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.cuts import claim_about_it, cut_phrase, label_given, stray_clause, time_inside
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _objects(nlp, text):
    doc = nlp(text)
    return [text[s.object[0]:s.object[1]] for s in find_stances(doc, find_entities(doc))]


def _span(text, phrase):
    start = text.index(phrase)
    return (start, start + len(phrase))


@pytest.mark.parametrize("text, phrase", [
    ("Mayor Anso Drell wants a written pledge of loyalty from the guilds.", "a written pledge"),
    ("The Tarn assembly wants a harsh penalty for any trader caught selling forged permits.",
     "a harsh penalty for any trader"),
    ("Deputy Rhea Koval fears a campaign of the kind Chancellor Olin Tarvo is using to spread Varsk's influence abroad.",
     "a campaign of the kind Chancellor Olin Tarvo"),
    ("Senator Ida Marsh opposes the appointment of Judge Pell Arno as head of the harbour board.",
     "the appointment of Judge Pell Arno"),
    ("Minister Tomas Lusk fears Varsk could use the new docks to control the shipping lanes.",
     "Varsk could use the new docks"),
])
def test_cut_phrase_finds_an_object_stopped_inside_its_phrase(nlp, text, phrase):
    assert cut_phrase(nlp(text), _span(text, phrase))


@pytest.mark.parametrize("text, phrase", [
    ("Mayor Anso Drell wants a written pledge of loyalty from the guilds.", "a written pledge of loyalty"),
    ("Governor Pella Hale wants to cut the fuel levy on farmers prompting protests from hauliers.",
     "cut the fuel levy on farmers"),
    ("Governor Pella Hale wants to cut the fuel levy to spur trade.", "cut the fuel levy"),
])
def test_cut_phrase_leaves_a_whole_phrase(nlp, text, phrase):
    assert not cut_phrase(nlp(text), _span(text, phrase))


@pytest.mark.parametrize("text", [
    "Senator Ida Marsh wants a bill Thursday mapping out new rules for the harbour.",
    "Senator Ida Marsh supports a bill Thursday mapping out new rules for the harbour.",
    "The House backed a resolution in March calling for the ministry to publish the full audit.",
])
def test_a_stance_run_across_the_time_of_the_act_is_not_shown(nlp, text):
    objects = _objects(nlp, text)
    assert not any("Thursday" in o or "March" in o for o in objects)
    assert "a bill" not in objects and "a resolution" not in objects


def test_time_inside_leaves_a_date_of_the_object_itself(nlp):
    text = "Governor Pella Hale wants a vote in May on the harbour levy."
    assert not time_inside(nlp(text), _span(text, "a vote in May on the harbour levy"))


@pytest.mark.parametrize("text, phrase, kept", [
    ("Governor Pella Hale wants the council to cut waste and told the mayor to resign.",
     "the council to cut waste and told the mayor to resign", "the council to cut waste"),
    ("The Orsk Union wanted to join the customs pact, only to face a rise in prices at home.",
     "join the customs pact, only to face a rise in prices at home", "join the customs pact"),
    ("Governor Lena Ostrow wants to close the Brisk mine, after saying in March she would keep it open.",
     "close the Brisk mine, after saying in March", "close the Brisk mine"),
    ("The Tarrin council supports the harbor tax, despite having rejected a similar levy in 2019.",
     "the harbor tax, despite having rejected a similar levy in 2019", "the harbor tax"),
])
def test_stray_clause_cuts_another_cue_or_clause(nlp, text, phrase, kept):
    got = stray_clause(nlp(text), _span(text, phrase))
    assert text[got[0]:got[1]] == kept


def test_stray_clause_keeps_a_coordinated_wish(nlp):
    text = "Governor Pella Hale wants the council to cut waste and tell the mayor to resign."
    phrase = "the council to cut waste and tell the mayor to resign"
    assert stray_clause(nlp(text), _span(text, phrase)) == _span(text, phrase)


def test_advice_to_a_pronoun_is_not_shown_without_who_is_advised(nlp):
    objects = _objects(nlp, "Ostria urged them to heed the calls of the council.")
    assert not any(o.startswith("heed") for o in objects)


def test_advice_to_a_named_party_keeps_it(nlp):
    objects = _objects(nlp, "Ostria urged Kessel's leaders to heed the calls of the council and honour their treaty duties.")
    assert any(o.startswith("Kessel's leaders to heed") for o in objects)


@pytest.mark.parametrize("text, whole", [
    ("Governor Pella Hale supports new curbs on rallies amid violent clashes over a fishing dispute in Kessel.",
     "new curbs on rallies"),
    ("Senator Ida Marsh opposes fresh tariffs against Lorin.", "fresh tariffs against Lorin"),
])
def test_the_phrase_the_parse_hung_on_the_trigger_completes_the_object(nlp, text, whole):
    assert whole in _objects(nlp, text)


def test_a_time_on_the_trigger_does_not_join_the_object(nlp):
    objects = _objects(nlp, "Senator Ida Marsh backs the harbour levy on Monday.")
    assert not any("Monday" in o for o in objects)


def test_the_medium_on_the_trigger_does_not_join_the_object(nlp):
    objects = _objects(nlp, "Pundit Varo Lenz has opposed new tariffs on Lorin on his nightly radio show.")
    assert not any("show" in o for o in objects)


# readst18c: a restrictive relative clause (no comma) the parse hung on another verb ("defended laws in Brenn | that
# would make it a crime …", its "make" read as a second verb of "defended") says which laws: without it the object
# is cut. Built as that parse, which the model gives only in longer sentences.
def _misparsed(nlp, attach_to_laws: bool):
    from spacy.tokens import Doc
    words = ["Kant", "has", "defended", "laws", "in", "Brenn", "that", "would", "make", "it", "illegal", "."]
    heads = [2, 2, 2, 2, 3, 4, 8, 8, 3 if attach_to_laws else 2, 10, 8, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "nsubj", "aux", "relcl" if attach_to_laws else "conj",
            "nsubj", "ccomp", "punct"]
    tags = ["NNP", "VBZ", "VBN", "NNS", "IN", "NNP", "WDT", "MD", "VB", "PRP", "JJ", "."]
    pos = ["PROPN", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PRON", "AUX", "VERB", "PRON", "ADJ", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_an_object_cut_before_its_restrictive_clause_is_cut(nlp):
    doc = _misparsed(nlp, attach_to_laws=False)
    assert cut_phrase(doc, (doc[3].idx, doc[5].idx + len(doc[5].text)))


def test_an_object_with_its_restrictive_clause_is_whole(nlp):
    doc = _misparsed(nlp, attach_to_laws=True)
    assert not cut_phrase(doc, (doc[3].idx, doc[10].idx + len(doc[10].text)))


# stobj19: an object that ends on a joining word ("good for trade but also") was cut where the parse hung the
# second part outside it; an object with a whole second part stays.
@pytest.mark.parametrize("text", [
    "Rhea Koval said she hoped the summit would be good for trade but also for the fishermen.",
])
def test_an_object_ending_on_a_joining_word_is_not_shown(nlp, text):
    assert not any(o.endswith(("also", "but", "and")) for o in _objects(nlp, text))


def test_cut_phrase_finds_an_object_ending_on_a_joining_word(nlp):
    text = "Rhea Koval said she hoped the summit would be good for trade but also for the fishermen."
    assert cut_phrase(nlp(text), _span(text, "the summit would be good for trade but also"))
    assert cut_phrase(nlp(text), _span(text, "the summit would be good for trade but"))
    assert not cut_phrase(nlp(text), _span(text, "the summit would be good for trade"))


def test_an_object_with_a_whole_second_part_stays(nlp):
    text = "Rhea Koval wants the summit to help trade and also the fishermen of Lorin."
    assert "the summit to help trade and also the fishermen of Lorin" in _objects(nlp, text)


def test_the_holders_own_audience_is_left_out_of_the_advice(nlp):
    objects = _objects(nlp, "Marta Quill urged her followers to cook with local grain.")
    assert "cook with local grain" in objects
    assert not any("followers" in o for o in objects)


@pytest.mark.parametrize("text, phrase, kept", [
    ("Mayor Tomas Vell supports keeping the Orlin quay open and proudly waved the port flag at the rally.",
     "keeping the Orlin quay open and proudly waved the port flag", "keeping the Orlin quay open"),
    ("In the debate, Senator Ada Kroll sought to calm the fears of farmers who are losing their land and accused "
     "the Brisk Company of hoarding water.",
     "calm the fears of farmers who are losing their land and accused the Brisk Company of hoarding water",
     "calm the fears of farmers who are losing their land"),
])
def test_stray_clause_cuts_another_act_of_the_holder(nlp, text, phrase, kept):
    got = stray_clause(nlp(text), _span(text, phrase))
    assert text[got[0]:got[1]] == kept


def test_stray_clause_keeps_a_participle_before_its_noun(nlp):
    text = "The Tarrin council supports cutting the levy and increased spending on schools."
    phrase = "cutting the levy and increased spending on schools"
    assert stray_clause(nlp(text), _span(text, phrase)) == _span(text, phrase)


@pytest.mark.parametrize("text, phrase, kept", [
    ("Mayor Ilse Brand accused her rivals of trying to sway the vote by courting unions she claimed were corrupt.",
     "her rivals of trying to sway the vote by courting unions she claimed", "her rivals of trying to sway the vote "
     "by courting unions"),
    ("Governor Lena Ostrow proposed a harbour levy that she claimed was a fair deal for the Orlin fishermen.",
     "a harbour levy that she claimed was a fair deal for the Orlin fishermen", "a harbour levy"),
])
def test_claim_about_it_cuts_the_holders_claim(nlp, text, phrase, kept):
    got = claim_about_it(nlp(text), _span(text, phrase))
    assert text[got[0]:got[1]] == kept


@pytest.mark.parametrize("text, phrase", [
    ("Governor Lena Ostrow backed a harbour levy that the Orlin fishermen had asked for.",
     "a harbour levy that the Orlin fishermen had asked for"),
    ("The Tarrin council fears Pell Arno may drift into a corner where he thinks he has to strike.",
     "Pell Arno may drift into a corner where he thinks he has to strike"),
    ("Senator Ada Kroll vowed to veto any bills that she believed would hurt the Orlin fishermen.",
     "any bills that she believed would hurt the Orlin fishermen"),
])
def test_claim_about_it_keeps_a_clause_of_anothers_words_or_one_that_says_which(nlp, text, phrase):
    assert claim_about_it(nlp(text), _span(text, phrase)) == _span(text, phrase)


@pytest.mark.parametrize("text, phrase, kept", [
    ('Mayor Tomas Vell condemned the inquiry into the Orlin port as a "farce" driving a wedge between the towns.',
     'the inquiry into the Orlin port as a "farce" driving a wedge between the towns',
     "the inquiry into the Orlin port"),
    ("Senator Ada Kroll criticized sitting Governor Pell Arno as weak on crime.",
     "sitting Governor Pell Arno as weak on crime", "sitting Governor Pell Arno"),
])
def test_label_given_cuts_the_holders_label(nlp, text, phrase, kept):
    got = label_given(nlp(text), _span(text, phrase))
    assert text[got[0]:got[1]] == kept


@pytest.mark.parametrize("text, phrase", [
    ("The Tarrin council opposes the decision to recognise Orlin as the capital of the province.",
     "the decision to recognise Orlin as the capital of the province"),
    ("The Tarrin council opposes new levies such as the harbour tax.", "new levies such as the harbour tax"),
])
def test_label_given_keeps_an_as_of_the_object(nlp, text, phrase):
    assert label_given(nlp(text), _span(text, phrase)) == _span(text, phrase)


# k1: "and" + a clause with its own subject that the parse hangs outside the object is another clause of the
# sentence ("seek housing aid and the rent index rises to a record"); one joined inside the object stays.
@pytest.mark.parametrize("text, span_text, expected", [
    ("The vote comes as residents seek housing aid and the rent index rises to a record.",
     "housing aid and the rent index rises to a record", "housing aid"),
    ("Officials fear that prices will rise and the poor will suffer.",
     "prices will rise and the poor will suffer", "prices will rise and the poor will suffer"),
])
def test_a_clause_of_its_own_after_and_is_cut(nlp, text, span_text, expected):
    doc = nlp(text)
    start = text.index(span_text)
    got = stray_clause(doc, (start, start + len(span_text)))
    assert text[got[0]:got[1]] == expected


# stances26 (strict readers): a phrase that completes the object's noun, hung by the parse on the trigger, or the
# purpose of a verb of use past a date: the object cannot stand alone, so the stance is not shown.
@pytest.mark.parametrize("text, cut", [
    ("Norway backed the Danish change in course, but Sweden quickly cast doubt on it.", "the Danish change"),
    ("Lena Marsh wants Prime Minister Tove Berg to use her budget speech on Friday to explain how she will pay for "
     "the new bridge.", "her budget speech"),
])
def test_an_object_whose_completion_the_parse_hung_elsewhere_is_not_shown(nlp, text, cut):
    objects = _objects(nlp, text)
    assert not any(o.endswith(cut) for o in objects)


@pytest.mark.parametrize("text, kept", [
    ("Norway welcomed the Danish change in tone, though Sweden stayed silent.", "the Danish change in tone"),
    ("Britain backed Denmark's new fishing quota in a statement on Friday.", "Denmark's new fishing quota"),
])
def test_a_whole_object_or_a_phrase_of_the_act_itself_stays(nlp, text, kept):
    assert kept in _objects(nlp, text)


# stances26 (strict readers): an object cut before what completes it ("than …", ", only louder", a "when" clause on
# a word inside it), or with the first person singular of quoted words, cannot stand alone: no stance.
@pytest.mark.parametrize("text, cut", [
    ("Admiral Pell Sorn fears a far more capable navy than Ostland's.", "capable navy"),
    ("Senator Kara Holm accused the Ostland army of raiding the ferry landing when its crews were about to sign a truce.",
     "the ferry landing"),
    ("In the letter, Mayor Tova Brin said she wants the survival of my country.", "my country"),
])
def test_an_object_cut_before_its_completion_or_in_the_first_person_is_not_shown(nlp, text, cut):
    assert not any(o.endswith(cut) for o in _objects(nlp, text))


@pytest.mark.parametrize("text, kept", [
    ("Admiral Pell Sorn fears a far more capable navy.", "a far more capable navy"),
    ("Senator Kara Holm wants the harbour open when it comes to grain.", "the harbour open"),
    ("Mayor Tova Brin wants the survival of her country.", "the survival of her country"),
])
def test_a_whole_comparison_or_a_third_person_object_stays(nlp, text, kept):
    assert kept in _objects(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Senator Kara Holm backs the harbour bill and pledges to cut fees.", "the harbour bill"),
])
def test_the_holders_next_act_read_as_a_noun_is_cut(nlp, text, expected):
    assert _objects(nlp, text) == [expected]


def test_a_conjunct_noun_with_its_own_words_stays(nlp):
    text = "Governor Ivo Marr backs the harbour bill and new pledges to cut fees."
    assert "new pledges" in _objects(nlp, text)
