"""The writer's comment set off at a stance object's end, and a clause cut at its subject (stances/tails.py), on
sentences written for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances
from dossier.nlp.stances.tails import comment_tail, cut_clause_subject

pytestmark = pytest.mark.slow


def _objects(nlp, text):
    doc = nlp(text)
    return [text[s.object[0]:s.object[1]] for s in find_stances(doc, find_entities(doc))]


@pytest.mark.parametrize("text, kept, stray", [
    ("Vorn Brant criticised the allies for not spending enough on their navies, a criticism that has added to "
     "tensions with partners such as Veska and Lorin.", "the allies for not spending enough on their navies",
     "a criticism"),
    ("Senator Ida Marsh wants sanctions against the Ministry of Culture, where hard-liners continue to attack the "
     "press despite the reforms.", "sanctions against the Ministry of Culture", "hard-liners"),
    ("Deputy Rhea Koval wants tougher measures against smugglers, including, crucially, a ban on fast boats.",
     "tougher measures against smugglers", "crucially"),
    ("The Brisk Front wants to found a new republic, a form of rule that ended a century ago with the fall of the "
     "Orsk dynasty.", "found a new republic", "a form of rule"),
    ("Governor Pella Hale wants to cut the fuel levy on farmers prompting protests from hauliers.",
     "cut the fuel levy on farmers", "protests"),
    ("Governor Pella Hale wants to cut the fuel levy on farmers in a move that angered hauliers.",
     "cut the fuel levy on farmers", "angered"),
    ("Governor Pella Hale wants to cut the fuel levy on farmers, despite objections from the treasury.",
     "cut the fuel levy on farmers", "objections"),
    ("The Vetran party wants to see Orsk punished, including the embargo on crude.", "see Orsk punished", "embargo"),
])
def test_a_comment_set_off_at_the_end_is_cut(nlp, text, kept, stray):
    objects = _objects(nlp, text)
    assert kept in objects and not any(stray in o for o in objects)


@pytest.mark.parametrize("text, phrase, kept", [
    ("Governor Pella Hale plans to overhaul the water pricing scheme, drawing criticism from Tomas Lusk.",
     "overhaul the water pricing scheme, drawing criticism from Tomas Lusk", "overhaul the water pricing scheme"),
    ("Mayor Olin Tarvo wants a harsh response to the strike, just as he did after the floods.",
     "a harsh response to the strike, just as he did after the floods", "a harsh response to the strike"),
    ("Mayor Ivo Rask has proposed keeping the Tarn curfew for two more weeks -- a step that, among other things, gives "
     "wardens powers in checking papers, closing bars and fining drivers.",
     "keeping the Tarn curfew for two more weeks -- a step that, among other things, gives wardens powers in checking "
     "papers, closing bars and fining drivers", "keeping the Tarn curfew for two more weeks"),
    ("Governor Pella Hale backs the Tarn rail plan, a centrepiece of her campaign.",
     "the Tarn rail plan, a centrepiece of her campaign", "the Tarn rail plan"),
    ("Judge Ola Brekk opposes the new dam, which the engineers say is unsafe.",
     "the new dam, which the engineers say is unsafe", "the new dam"),
])
def test_comment_tail_cuts_a_comment(nlp, text, phrase, kept):
    doc = nlp(text)
    start = text.index(phrase)
    got = comment_tail(doc, (start, start + len(phrase)))
    assert text[got[0]:got[1]] == kept


@pytest.mark.parametrize("text, phrase", [
    ("Speaker Dalia Venn wants to ensure Lev Holm, a longtime rival of the chairman, gets a committee post.",
     "ensure Lev Holm, a longtime rival of the chairman, gets a committee post"),
    ("Senator Ida Marsh backs a pact with her old rival, Tomas Vell.", "a pact with her old rival, Tomas Vell"),
    ("Mayor Olin Tarvo wants new tolls on trucks, including the heavy ones.", "new tolls on trucks, including the heavy ones"),
    ("Mayor Olin Tarvo wants to fight Orsk in many ways, including a boycott.",
     "fight Orsk in many ways, including a boycott"),
])
def test_comment_tail_keeps_what_belongs(nlp, text, phrase):
    doc = nlp(text)
    start = text.index(phrase)
    assert comment_tail(doc, (start, start + len(phrase))) == (start, start + len(phrase))


def test_a_clause_cut_at_its_subject_stops_before_the_and(nlp):
    objects = _objects(nlp, "Minister Ana Mara fears Kessel could strike out of anger and Torvia could blame "
                            "Lerran for the attack.")
    assert not any(o.endswith("Torvia") for o in objects)
    assert "Kessel could strike out of anger" in objects


def test_cut_clause_subject_leaves_a_whole_conjunct(nlp):
    text = "Minister Ana Mara wants talks with Kessel and Torvia before the vote."
    doc = nlp(text)
    phrase = "talks with Kessel and Torvia"
    start = text.index(phrase)
    assert cut_clause_subject(doc, (start, start + len(phrase))) == (start, start + len(phrase))


@pytest.mark.parametrize("text, whole", [
    ("Senator Ida Marsh wants a new tax deal, one that protects small farmers.",
     "a new tax deal, one that protects small farmers"),
    ("Orsk proposes allowing only three candidates pre-approved by a loyal panel.",
     "allowing only three candidates pre-approved by a loyal panel"),
])
def test_what_says_which_or_a_hyphened_word_stays(nlp, text, whole):
    assert whole in _objects(nlp, text)


def test_a_reaction_participle_after_a_verb_is_the_act_itself(nlp):
    assert "Orsk to stop drawing criticism from allies" in _objects(
        nlp, "Governor Pella Hale wants Orsk to stop drawing criticism from allies.")


def test_a_list_of_participles_is_no_comment(nlp):
    text = "Mayor Ivo Rask wants wardens to have powers in checking papers, closing bars and fining drivers."
    phrase = "wardens to have powers in checking papers, closing bars and fining drivers"
    doc = nlp(text)
    start = text.index(phrase)
    assert comment_tail(doc, (start, start + len(phrase))) == (start, start + len(phrase))


@pytest.mark.parametrize("text, part", [
    ("Mara Quell urged the council in a speech on Monday to reject higher fuel taxes.", "reject higher fuel taxes"),
    ('Mara Quell urged the port workers not to strike "until the talks are over."', "not to strike"),
])
def test_an_object_across_the_saying_or_cut_before_its_bound_is_dropped(nlp, text, part):
    assert not any(part in o for o in _objects(nlp, text))


@pytest.mark.parametrize("text, whole", [
    ("Mara Quell wants the council to wait for a deal until one is reached.", "wait for a deal until one is reached"),
    ("Mara Quell wants the council to keep the plant open until a buyer is found.",
     "keep the plant open until a buyer is found"),
])
def test_an_until_clause_bounding_the_object_is_kept_with_it(nlp, text, whole):
    assert any(o.endswith(whole) for o in _objects(nlp, text))


def test_a_captions_place_and_date_are_no_part_of_the_object(nlp):
    text = "Mara Quell urges Ostrian voters to back higher wages in Kessel, Ostria, March 3, 2019."
    objects = _objects(nlp, text)
    assert any(o.endswith("back higher wages") for o in objects) and not any("2019" in o for o in objects)


@pytest.mark.parametrize("text, part", [
    ("Mara Quell, in a speech on Monday, urged the council to reject higher fuel taxes.", "reject higher fuel taxes"),
    ("Mara Quell wants the council to freeze hiring until May.", "freeze hiring until May"),
    ("Mara Quell wants talks in Kessel on March 3, 2019.", "talks"),
])
def test_the_whole_bounded_object_stays(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text))


# stances17b (strict readers, paraphrased): why or where the wish was told is no part of what is wanted.
@pytest.mark.parametrize("text, kept, stray", [
    ("Minister Aldo Rusk wants to close the mountain crossings due to the outbreak of fever.",
     "close the mountain crossings", "outbreak"),
    ("Minister Aldo Rusk wants to pull the garrison out of Velm following a phone call with Governor Hana Orlik.",
     "pull the garrison out of Velm", "phone call"),
    ("Senator Pell Corran wants to halt the shipments of grain to Marsk because of the strike at the docks.",
     "halt the shipments of grain to Marsk", "strike"),
    ("Senator Pell Corran wants to build a second ferry pier on Velm in an expanded report to the council.",
     "build a second ferry pier on Velm", "report"),
])
def test_why_or_where_a_wish_was_told_is_cut(nlp, text, kept, stray):
    objects = _objects(nlp, text)
    assert kept in objects and not any(stray in o for o in objects), objects


@pytest.mark.parametrize("text, whole", [
    ("Senator Pell Corran fears the charge that the mayor broke the law during a call with the ferry company.",
     "the charge that the mayor broke the law during a call with the ferry company"),
    ("Senator Pell Corran wants a phone call with Governor Hana Orlik.", "a phone call with Governor Hana Orlik"),
])
def test_why_or_where_inside_a_clause_of_its_own_stays(nlp, text, whole):
    assert whole in _objects(nlp, text)


def test_the_in_a_verb_takes_is_no_occasion(nlp):
    text = "Senator Pell Corran urged the Velm council to stop the strikes and engage in frank talks with the dockers."
    assert any(o.endswith("frank talks with the dockers") for o in _objects(nlp, text)), _objects(nlp, text)


# stances17b (strict readers, paraphrased): a relative clause after a preposition tells of something else.
@pytest.mark.parametrize("text, kept, stray", [
    ("Ostria wants to rejoin the Harbour League, from which it was thrown out because of its debts.",
     "rejoin the Harbour League", "thrown out"),
    ("Mayor Pim Dessel wants to bring back the old ferry board, of which her rival was once the chair.",
     "bring back the old ferry board", "rival"),
])
def test_a_relative_clause_after_a_preposition_is_cut(nlp, text, kept, stray):
    objects = _objects(nlp, text)
    assert kept in objects and not any(stray in o for o in objects), objects


# readfix17s (strict readers, paraphrased): a comment after a comma set inside the closing quotation mark.
@pytest.mark.parametrize("text, kept, stray", [
    ('Councillor Mara Quell urged the board to adopt "strict review," calling for the mayor to be summoned before '
     'the board to answer for the deal.', 'the board to adopt "strict review,"', "summoned"),
    ('Tomas Vell accused Quell of leading a so-called "shadow cabinet," which Brenn officials say includes the port '
     'chief and is trying to sway the mayor.', 'Quell of leading a so-called "shadow cabinet,"', "port chief"),
])
def test_a_comment_after_a_quoted_comma_is_cut(nlp, text, kept, stray):
    objects = _objects(nlp, text)
    assert kept in objects and not any(stray in o for o in objects), objects


def test_a_list_after_a_quoted_comma_stays(nlp):
    objects = _objects(nlp, 'Mara Quell wants "lower fares," cheaper parking and more buses.')
    assert any("cheaper parking" in o for o in objects), objects


# readfix17s (strict readers, paraphrased): "as" + the subject of a clause the parse took for a preposition.
def test_a_subordinate_clause_subject_taken_for_a_preposition_is_cut(nlp):
    text = ("Ostria's government, meanwhile, sought to head off any riots as past fury over slights to the old church "
            "has set off unrest in the capital.")
    objects = _objects(nlp, text)
    assert "head off any riots" in objects and not any("fury" in o for o in objects), objects


def test_as_with_a_role_stays(nlp):
    assert "serve as chair of the board" in _objects(nlp, "Mara Quell wants to serve as chair of the board.")


# readfix17s: an em dash sets a comment off even with no space around it, and a comment before it goes too.
@pytest.mark.parametrize("text, kept, stray", [
    ("Mara Quell wants the council to cut fares—a step that would help riders.", "the council to cut fares",
     "a step"),
    ('Councillor Mara Quell urged the board to adopt "strict review," calling for the mayor to be summoned before '
     'the board to testify—a step not taken since the 1950s.', 'the board to adopt "strict review,"', "summoned"),
])
def test_a_comment_after_an_unspaced_em_dash_is_cut(nlp, text, kept, stray):
    objects = _objects(nlp, text)
    assert kept in objects and not any(stray in o for o in objects), objects


def test_an_item_of_a_list_is_no_comment(nlp):
    """stobj18: "the Brisk Front, a rebel ally, or a smuggling ring …" cut to its first item narrows the fear."""
    objects = _objects(nlp, "Minister Tomas Lusk fears the rifles could fall into the hands of the Brisk Front, a rebel "
                            "ally, or a smuggling ring working with the militias.")
    assert any(o.endswith("a smuggling ring working with the militias") for o in objects)


@pytest.mark.parametrize("text, kept, stray", [
    ("Rhea Koval accused Mayor Olin Tarvo of assault in court documents unsealed last spring in Brenn.",
     "Mayor Olin Tarvo of assault", "documents"),
    ("Senator Ida Marsh wants Kessel to ban the rallies in the wake of clashes over the fishing dispute.",
     "Kessel to ban the rallies", "wake"),
    ("Senator Ida Marsh urged the board to shut the mine amid fresh protests by the miners.",
     "the board to shut the mine", "protests"),
])
def test_the_paper_or_the_events_a_wish_came_among_are_cut(nlp, text, kept, stray):
    objects = _objects(nlp, text)
    assert kept in objects and not any(stray in o for o in objects)


# readst18c: the zeal an attitude is held with ("opposes girls' schooling with that fierce zeal shown by …") is how
# it is held, not part of what is opposed; the manner of the act wished ("fight … with vigour") stays in it.
@pytest.mark.parametrize("text, kept, stray", [
    ("The Dorn Brotherhood opposes girls' schooling with that fierce zeal shown by the most rigid sects, who want "
     "to seal off the valley.", "girls' schooling", "zeal"),
    ("Mayor Ivo Kant backs a harbour patrol with great passion.", "a harbour patrol", "passion"),
])
def test_the_zeal_an_attitude_is_held_with_is_cut(nlp, text, kept, stray):
    objects = _objects(nlp, text)
    assert kept in objects and not any(stray in o for o in objects)


def test_the_manner_of_the_act_wished_stays(nlp):
    assert "fight the smugglers with vigour" in _objects(nlp, "Mayor Ivo Kant wants to fight the smugglers with vigour.")
