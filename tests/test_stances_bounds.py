"""Where a stance object stops (stances/bounds.py): no attribution tag, no misparsed conjunct of another
clause, no object that stops before its phrase does. Sentences written for these tests (fictional people
and towns, real states)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _objects(nlp, text):
    doc = nlp(text)
    return [text[s.object[0]:s.object[1]] for s in find_stances(doc, find_entities(doc))]


@pytest.mark.parametrize("text, stray", [
    ("That has blocked Varga's plan to run the port authority on a temporary footing - which she says would lead "
     "to a fresh ballot.", "she says"),
    # (readst18b: "the transfer of Pell Arno", not "his transfer": the object is shown alone, see test_stances_objects)
    ("Dorvia's government revived a case against Pell Arno on Friday and will seek the transfer of Pell Arno "
     "from Marsk, the island's chief magistrate, Ilse Korr, told the press in Tamsby.", "Korr"),
])
def test_an_attribution_tag_is_no_part_of_the_object(nlp, text, stray):
    objects = _objects(nlp, text)
    assert objects and not any(stray in o for o in objects)


@pytest.mark.parametrize("text, stray", [
    ("The couriers from the coast carry news to the castle: Korr wants to visit Vellmann, and Vellmann, to "
     "everyone's surprise, agrees.", "and Vellmann"),
    ("Observers are intent on Mrs. Varga's plan to be rid of the old quarrels in the harbour and on the steps that "
     "betrayed a weakening will.", "steps"),
])
def test_a_conjunct_of_another_clause_is_cut_off(nlp, text, stray):
    objects = _objects(nlp, text)
    assert objects and not any(stray in o for o in objects)


@pytest.mark.parametrize("text, cut", [
    ("Ilse Korr has stated her renewed objections to Marsk remaining part of a shipping league.", "Marsk"),
])
def test_an_object_cut_before_its_phrase_ends_is_dropped(nlp, text, cut):
    assert cut not in _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    ("Ada Holm wants the harbour board to admit that aides said the port was unsafe.", "aides said"),
    ("Petra Lind urged Oslo to cancel the contract, which she signed in May.", "cancel the contract"),
    ("Tomas Vell backs the fishing treaty with Denmark.", "the fishing treaty with Denmark"),
    ("Marsk has urged Varga's council not to interfere in its trade talks with Korr and scolded Tamsby for "
     "refusing to cut ties with Dorvia.", "not to interfere in its trade talks with Korr"),
])
def test_whole_objects_stay(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text))


# stances23b: a verb joined inside a hyphened modifier before the object's noun ("tax-and-spend") is no other
# clause: cut there, the object lost its owner and the modifier ("opposes budget").
@pytest.mark.parametrize("text, whole", [
    ("Senator Ada Holm has long opposed Premier Lind's sanction-and-negotiate approach to the Varnia crisis.",
     "Premier Lind's sanction-and-negotiate approach to the Varnia crisis"),
    ("Mayor Ilse Korr opposes the council's tax-and-spend budget for the harbour.",
     "the council's tax-and-spend budget for the harbour"),
])
def test_a_verb_joined_in_a_modifier_keeps_the_object_whole(nlp, text, whole):
    assert whole in _objects(nlp, text)


def test_an_object_goes_on_through_a_noun_conjunct_hung_higher_up(nlp):
    objects = _objects(nlp, "Mayor Ilse Varga wants to fill the hole by way of a package of modest service cuts "
                            "and increased ferry fares.")
    assert "fill the hole by way of a package of modest service cuts and increased ferry fares" in objects


def test_coordinated_wants_stay_apart(nlp):
    objects = _objects(nlp, "Councillor Pell Arno wants modest service cuts and increased ferry fares.")
    assert "modest service cuts" in objects and "increased ferry fares" in objects


# Read 20: a tally or a count of times at the end belongs to the vote or the act, not to the thing.
@pytest.mark.parametrize("text, kept, dropped", [
    ("Republicans support the Tamsin plan 57 to 31 percent.", "the Tamsin plan", "57"),
    ("Republicans oppose the Tamsin plan, 47/38.", "the Tamsin plan", "47"),
])
def test_a_trailing_tally_is_cut(nlp, text, kept, dropped):
    objects = _objects(nlp, text)
    assert kept in objects and not any(dropped in o for o in objects)


@pytest.mark.parametrize("text, phrase, kept", [
    ("Brisk turned down the Tamsin plan three times.", "the Tamsin plan three times", "the Tamsin plan"),
    ("Brisk turned down the Tamsin plan twice.", "the Tamsin plan twice", "the Tamsin plan"),
    ("Brisk turned down the Tamsin plan by a margin of 3 to 1.", "the Tamsin plan by a margin of 3 to 1",
     "the Tamsin plan"),
    ("Brisk wants a goal of 3 percent of output.", "a goal of 3 percent of output", "a goal of 3 percent of output"),
    ("Brisk wants the 2 to 3 percent rise.", "the 2 to 3 percent rise", "the 2 to 3 percent rise"),
])
def test_trim_figures_cuts_only_an_ending_tally_or_count(nlp, text, phrase, kept):
    from dossier.nlp.stances.bounds import trim_figures

    doc = nlp(text)
    start = text.index(phrase)
    s, e = trim_figures(doc, (start, start + len(phrase)))
    assert text[s:e] == kept


def test_a_figure_inside_the_thing_stays(nlp):
    objects = _objects(nlp, "Anton Brisk wants a goal of 3 percent of output for the Tamsin fund.")
    assert any("3 percent of output" in o for o in objects)


# Reads 21-23: an object cut before the infinitive its last noun takes, or at a dash after a word wanting its noun.
@pytest.mark.parametrize("text, start, end, cut", [
    ("Greta Lind wants to outline a strategy to defeat the smugglers.", "outline", "strategy", True),
    ("Greta Lind wants voters to accept that her hawkish — some call it rash — plan is sound.", "voters",
     "hawkish", True),
    ("Greta Lind wants to outline a strategy to defeat the smugglers.", "outline", "smugglers", False),
])
def test_an_object_cut_mid_phrase_runs_on(nlp, text, start, end, cut):
    from dossier.nlp.stances.bounds import runs_on
    doc = nlp(text)
    s, e = text.index(start), text.index(end) + len(end)
    assert runs_on(doc, (s, e)) is cut


# stancewant14: a person backed in a role is backed in that role; the "as" phrase stays in the object.
@pytest.mark.parametrize("text, obj", [
    ("Ostria supports the head of the assembly, Ines Holm, as interim president pending new elections.",
     "the head of the assembly, Ines Holm, as interim president"),
    ("Ostria backs Ines Holm as interim president of Kessel.", "Ines Holm as interim president of Kessel"),
])
def test_a_person_backed_in_a_role_keeps_the_role(stance_triples, text, obj):
    assert any(o.startswith(obj) for _, att, o in stance_triples(text) if att == "supports")


# stobj19: the post of a naming backed, with its "as" hung on the verb, stays with it.
@pytest.mark.parametrize("text, obj", [
    ("Senator Ida Marsh backs the appointment of Tomas Vell as head of the harbour board.",
     "the appointment of Tomas Vell as head of the harbour board"),
    ("Senator Ida Marsh backs the election of Tomas Vell as speaker of the Lorin assembly.",
     "the election of Tomas Vell as speaker of the Lorin assembly"),
])
def test_a_naming_backed_keeps_its_post(stance_triples, text, obj):
    assert ("Ida Marsh", "supports", obj) in stance_triples(text)


def test_a_thing_backed_as_a_means_keeps_its_own_bounds(stance_triples):
    found = stance_triples("Ostria supports the new harbour plan as a way to create jobs in Kessel.")
    assert ("Ostria", "supports", "the new harbour plan") in found


def _all_objects(analyze_text, text, actor):
    a = analyze_text(text)
    return [text[s.object[0]:s.object[1]] for s in (*a.stances, *a.unreported_stances) if s.actor == actor]


@pytest.mark.slow
@pytest.mark.parametrize("text, actor, whole", [
    # stances15b: the purpose, the "for" phrase or a second "for" the parse hung on the verb belongs to the object
    ("Aid\n\nThe Ostrian Red Cross wants $200 million in additional aid to help care for refugees.\n",
     "Ostrian Red Cross", "$200 million in additional aid to help care for refugees"),
    ("Wages\n\nGovernor Tessa Holm supports higher wages for nurses and teachers, cleaners and drivers.\n",
     "Tessa Holm", "higher wages for nurses and teachers, cleaners and drivers"),
    ("Roads\n\nGovernor Tessa Holm wants more money for roads, bridges and ports, and for the rail line to Brenn.\n",
     "Tessa Holm", "more money for roads, bridges and ports, and for the rail line to Brenn"),
    ("Taxes\n\nSenator Joel Marr wants taxes on old profits and new profits, on rents and on dividends.\n",
     "Joel Marr", "taxes on old profits and new profits, on rents and on dividends"),
    ("Taxes\n\nOfficials in Brenn met on Monday.\n\nSenator Joel Marr wants to tax old profits and new profits, "
     "and rents.\n", "Joel Marr", "tax old profits and new profits, and rents"),
])
def test_an_object_runs_to_the_end_of_what_it_is_for(analyze_text, text, actor, whole):
    objects = _all_objects(analyze_text, text, actor)
    assert objects and all(o == whole for o in objects), objects


@pytest.mark.slow
def test_why_a_thing_is_backed_is_not_carried(analyze_text):
    text = "Plan\n\nOfficials in Brenn met on Monday.\n\nGovernor Tessa Holm supports the Brenn bridge for its low cost.\n"
    objects = _all_objects(analyze_text, text, "Tessa Holm")
    assert objects and all("cost" not in o for o in objects)


@pytest.mark.slow
def test_an_occasion_after_the_object_is_not_carried(analyze_text):
    text = "Taxes\n\nSenator Joel Marr wants taxes on old profits, on Monday.\n"
    assert all("Monday" not in o for o in _all_objects(analyze_text, text, "Joel Marr"))


# stances17b (strict readers, paraphrased): an object cut before the infinitive that says what its act is for, and a
# verb of deciding with nothing it acts on.
@pytest.mark.parametrize("text, cut", [
    ("Mayor Pim Dessel opposes the deployment of Ostrian police to run the checkpoints at the border.",
     "the deployment of Ostrian police"),
    ("Mayor Pim Dessel urged the assembly to approve tonight, before the summer recess.", "approve tonight"),
    ("Mayor Pim Dessel urged lawmakers to accept without delay.", "accept without delay"),
])
def test_an_act_cut_from_its_purpose_or_what_it_acts_on_is_dropped(nlp, text, cut):
    assert not any(o.endswith(cut) for o in _objects(nlp, text))


@pytest.mark.parametrize("text, whole", [
    ("Mayor Pim Dessel backed the harbour rebels to weaken the Tarn regime.", "the harbour rebels"),
    ("Mayor Pim Dessel urged the assembly to approve the ferry budget tonight.",
     "the assembly to approve the ferry budget tonight"),
    ("Mayor Pim Dessel wants the assembly to approve and sign the ferry budget.",
     "the assembly to approve and sign the ferry budget"),
    ("Mayor Pim Dessel wants the assembly to pass the bill that the ferry union drafted.",
     "the assembly to pass the bill that the ferry union drafted"),
])
def test_an_act_with_what_it_acts_on_stays(nlp, text, whole):
    assert whole in _objects(nlp, text)


# k1 (stances, object bounds): a "noun" conjunct with a subject of its own is a verb the tagger missed, another
# clause ("seek housing aid, and the rent index climbs to a record"); an object that keeps a clause's subject but
# not its verb ("hopeful that Ostria and Kestria, the only two ports with a ferry treaty[, would not reject …]").
def _span(doc, phrase):
    start = doc.text.index(phrase)
    return (start, start + len(phrase))


def test_a_clause_after_and_is_not_carried_on(nlp):
    from dossier.nlp.stances.bounds import carried_conjunct
    doc = nlp("The vote comes as over 2 million residents seek housing aid, and the rent index climbs to a record.")
    span = _span(doc, "housing aid")
    assert carried_conjunct(doc, span) == span


def test_a_noun_conjunct_hung_on_the_verb_is_still_carried_on(nlp):
    from dossier.nlp.stances.bounds import carried_conjunct
    doc = nlp("Councillor Ada Brenn wants to close the budget gap with a blend of modest fee rises and lower "
              "school funding.")
    span = _span(doc, "close the budget gap with a blend of modest fee rises")
    got = carried_conjunct(doc, span)
    assert doc.text[got[0]:got[1]].startswith("close the budget gap")  # unchanged or carried on, never cut


@pytest.mark.parametrize("text, cut, whole", [
    ("Harbour officials were hopeful that Ostria and Kestria, the only two ports with a ferry treaty, would not "
     "reject the plan outright.", "Ostria and Kestria, the only two ports with a ferry treaty",
     "Ostria and Kestria, the only two ports with a ferry treaty, would not reject the plan outright"),
    ("Piet Kroon fears that the council, already deep in debt, could raise taxes again.", "the council",
     "the council, already deep in debt, could raise taxes again"),
])
def test_a_subject_without_its_verb_is_no_object(nlp, text, cut, whole):
    from dossier.nlp.stances.bounds import predicate_cut_off
    doc = nlp(text)
    trigger = next(w for w in doc if w.lower_ in {"hopeful", "fears"})
    assert predicate_cut_off(doc, _span(doc, cut), trigger)
    assert not predicate_cut_off(doc, _span(doc, whole), trigger)


def test_an_object_before_another_clause_stands(nlp):
    from dossier.nlp.stances.bounds import predicate_cut_off
    doc = nlp("Mayor Tomas Verhoek backs the ferry treaty, and the council will vote on it in June.")
    trigger = next(w for w in doc if w.lower_ == "backs")
    assert not predicate_cut_off(doc, _span(doc, "the ferry treaty"), trigger)


def test_an_object_before_its_trigger_stands(nlp):
    from dossier.nlp.stances.bounds import predicate_cut_off
    doc = nlp("The harbour tolls Ilse Varga is recommending would hurt the Kessel ferry crews.")
    trigger = next(w for w in doc if w.lower_ == "recommending")
    assert not predicate_cut_off(doc, _span(doc, "The harbour tolls"), trigger)


# s26f (judged stances, strict readers): an object that stops right before a finite verb the parse left with no
# subject ("the ledgers she claimed[ were forged]"): its last words are that verb's subject, the object is cut.
@pytest.mark.parametrize("text, trigger, cut, whole", [
    ("Ilse Varga accused the guild of hiding the ledgers she claimed were forged.", "accused",
     "the guild of hiding the ledgers she claimed", "the guild of hiding the ledgers she claimed were forged"),
    ("Varga accused the wardens of selling permits the council said were void.", "accused",
     "the wardens of selling permits the council said", "the wardens of selling permits the council said were void"),
])
def test_an_object_cut_before_a_subjectless_verb_is_no_object(nlp, text, trigger, cut, whole):
    from dossier.nlp.stances.bounds import predicate_cut_off, subjectless_verb_after
    from dossier.nlp.stances.tails import span_tokens
    doc = nlp(text)
    trig = next(w for w in doc if w.text == trigger)
    assert predicate_cut_off(doc, _span(doc, cut), trig)
    assert not predicate_cut_off(doc, _span(doc, whole), trig)
    assert not subjectless_verb_after(doc, span_tokens(doc, _span(doc, whole)))


@pytest.mark.parametrize("text, trigger, phrase", [
    ("Vell's long-stated aim to end the bridge toll, has won praise from the crews.", "aim", "end the bridge toll,"),
    ("Mayor Ilse Varga backs the ferry treaty with Kessel.", "backs", "the ferry treaty"),
])
def test_an_object_before_a_verb_with_its_own_subject_stands(nlp, text, trigger, phrase):
    from dossier.nlp.stances.bounds import predicate_cut_off
    doc = nlp(text)
    assert not predicate_cut_off(doc, _span(doc, phrase), next(w for w in doc if w.text == trigger))
