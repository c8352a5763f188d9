"""Objects whose core names nothing the sentence names (stances/objects.py), on sentences written for these
tests (fictional people, real states)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _objects(nlp, text):
    doc = nlp(text)
    return [text[s.object[0]:s.object[1]] for s in find_stances(doc, find_entities(doc))]


def _any(objects, part):
    return any(part in o for o in objects)


@pytest.mark.parametrize("text, part", [
    ("Senator Mara Quell again urged the governor to veto the bill.", "veto the bill"),
    ("Japan wants the isolated country's leadership to give up its missile program.", "leadership"),
    ("Kenya wants to cut off the group's funding before the election.", "funding"),
    ("Mara Quell hopes to ease their suffering, the report said.", "suffering"),
    ("Canada urged the Saudi authorities to release them at once.", "release them"),
    ("Ingrid Mol wants to minimize their exposure.", "exposure"),
    ("Ada Holm indicated her support for the new pact.", "pact"),
    ("Lena Kask urged Estonia to reverse the decision.", "reverse the decision"),
])
def test_core_pointing_to_an_earlier_sentence_is_dropped(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Senator Mara Quell urged Governor Tom Brell to veto the water bill on Friday.", "veto the water bill"),
    ("Japan wants North Korea's leadership to give up its missile program.", "give up its missile program"),
    ("Kenya wants to cut off al-Shabaab's funding before the election.", "funding"),
    ("Ingrid Mol urged Norway's fishermen to keep their boats in port.", "keep their boats in port"),
    ("Canada urged the Saudi authorities to release the two activists at once.", "release the two activists"),
    ("Anna Berg wants to protect her family from the floods.", "protect her family"),
    ("Norway opposes the nuclear deal with Iran.", "the nuclear deal"),
    ("Ada Holm indicated her support for the new Arctic pact.", "the new Arctic pact"),
    ("Lena Kask urged Estonia to reverse the decision to close the port.", "reverse the decision to close the port"),
    ("Oil pays for much of Hezbollah's budget, and Israel wants to dry up the group's finances.", "finances"),
])
def test_core_named_in_its_sentence_is_kept(nlp, text, part):
    assert _any(_objects(nlp, text), part)


def test_a_people_named_in_the_plural_is_not_it(nlp):
    """ "it" in what the Saudis fear is the deal of the sentence before, not the Saudis."""
    assert not _any(_objects(nlp, "The Saudis fear it will embolden Iran, a diplomat said."), "embolden")


def test_a_state_is_its_own_it(nlp):
    assert _any(_objects(nlp, "Norway fears it could lose the vote in Geneva."), "lose the vote")


@pytest.mark.parametrize("text, part", [
    ("Ada Holm opposed such a drastic step.", "step"),
    ("Ada Holm welcomed such an unusual gesture.", "gesture"),
    ("Ada Holm supports a similar move.", "move"),
    ("Tomas Vell said he backs that kind of thing.", "thing"),
    ("Tomas Vell wants the same thing.", "thing"),
    ("Tomas Vell urged Sweden to follow suit.", "suit"),
    ("Ada Holm urged Norway to do likewise.", "likewise"),
    ("Tomas Vell hopes to avoid a repeat.", "repeat"),
    ("That’s a position Greta Lind largely supports, though it would require Holm to give up some of her “red "
     "lines.”", "position"),
])
def test_an_object_that_only_points_back_is_dropped(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Ada Holm opposed such steps as a ban on trawling.", "a ban on trawling"),
    ("Ada Holm supports a move similar to the Danish one.", "move similar"),
    ("Tomas Vell hopes to avoid a repeat of the 2019 floods.", "a repeat of the 2019 floods"),
    ("Tomas Vell urged Sweden to follow the Danish example.", "follow the Danish example"),
])
def test_an_object_that_says_what_is_kept(nlp, text, part):
    assert _any(_objects(nlp, text), part)


# ---- read 19: objects that are no thing wanted, feared or backed

def stances(nlp, text):
    doc = nlp(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, find_entities(doc))]


@pytest.mark.parametrize("text", [
    "Norway's interest in the border crisis is consistent with its policy of the past decade.",
    "It took a long winter to spark Tomas Vell's interest in politics.",
    "Dorvians apparently cast ballots against their own financial self-interest in support of traditional family "
    "values.",
])
def test_interest_in_a_topic_is_no_want(nlp, text):
    assert not [s for s in stances(nlp, text) if s[1] == "wants"]


def test_interest_in_a_deed_is_a_want(nlp):
    found = stances(nlp, "Sweden now shares Norway's interest in defeating the smuggling rings.")
    assert [s for s in found if s[1] == "wants" and s[2].startswith("defeating")]


def test_a_feeling_someone_else_would_see_is_not_held(nlp):
    text = ("Dorvia would find some use in its running feud with Tamsby, content to see the Danes worried about the "
            "strength of the currency.")
    assert not [s for s in stances(nlp, text) if s[1] == "fears"]


def test_a_feeling_told_of_its_holder_stays(nlp):
    assert [s for s in stances(nlp, "Norway is worried about the new fishing rules.") if s[1] == "fears"]


def test_concerns_brought_to_someone_carry_the_addressee(nlp):
    text = "Ilse Korr said she had tried to bring up her fears about the missing funds to her managers at the council."
    assert not [s for s in stances(nlp, text) if s[1] == "fears"]


def test_concerns_voiced_about_a_plan_stay(nlp):
    text = "Ada Holm voiced her concerns about the harbour contract on Monday."
    assert [s for s in stances(nlp, text) if s[1] == "fears" and "harbour contract" in s[2]]


def test_a_gain_supposed_is_no_benefit(nlp):
    text = "Many of the districts the Greens would gain are in the north of Ostria."
    assert not [s for s in stances(nlp, text) if s[1] == "benefits_from"]


def test_the_accused_in_a_bare_participle_accuses_no_one(nlp):
    text = ("Mr. Tomas Vell ordered retrials for Mr. Henry Brisk and others accused of responsibility for killing "
            "civilian protesters during the uprising.")
    assert not [s for s in stances(nlp, text) if s[0] == "Tomas Vell"]


# Read 20: the party a verb deals with, an owned head with only a kind before it, an unnamed described party.
@pytest.mark.parametrize("text, part", [
    ("Senator Orla Penn urged Airbus to sell 40 jets to the airline.", "sell 40 jets"),
    ("Peru wants the navy to hand the frigates to the carrier next spring.", "frigates"),
    ("Chile hopes to freeze the missile program within a year.", "freeze the missile program"),
    ("Greta Sund wants to shut down the nuclear programme by 2030.", "shut down the nuclear programme"),
    ("Uruguay is eager to deepen ties with a rising power whose navy patrols its coast.", "deepen ties"),
])
def test_a_party_or_owner_known_only_from_elsewhere_gives_no_stance(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Senator Orla Penn urged Airbus to sell 40 jets to Qantas.", "sell 40 jets to Qantas"),
    ("Chile hopes to freeze Venezuela's missile program within a year.", "freeze Venezuela's missile program"),
    ("Chile hopes to freeze the Iranian missile program within a year.", "freeze the Iranian missile program"),
    ("Uruguay is eager to deepen ties with Brazil, a rising power.", "deepen ties with Brazil"),
    ("Greta Sund wants to expand the school lunch program in Oslo.", "expand the school lunch program in Oslo"),
    ("Senator Orla Penn urged Governor Tom Brell to veto the water bill on Friday.", "veto the water bill"),
])
def test_a_named_party_or_owner_keeps_the_stance(nlp, text, part):
    assert _any(_objects(nlp, text), part)


# Strict readers (AllSides 1491–1999): objects that only point back through a demonstrative anywhere in them,
# a noun of change, result or alternative not told of what, "the country" a verb of going leaves.
@pytest.mark.parametrize("text", [
    "Ostria is backing the Varnian police and the militias guarding these villages.",
    "Senator Tomas Vell supports sweeping changes to the law, a bill the House may pass in May.",
    "Governor Lena Mott urged Congress to pass an alternative budget.",
    "Vell criticized the grim outcome: a town left in ruins.",
    "Greta Sund accused Ostria of dumping ore in this part of the Varna river, where otters have bred for ages.",
    "Ostria's embassy in Kessel urged all Ostrian tourists to leave the country within a day.",
])
def test_objects_that_only_point_back_give_no_stance(stance_triples, text):
    assert [s for s in stance_triples(text) if "Varnian police" not in s[2]] == []


@pytest.mark.parametrize("text, found", [
    ("Ostria is backing the militias guarding these villages of the north.",
     ("Ostria", "supports", "the militias guarding these villages of the north")),
    ("Senator Tomas Vell supports sweeping changes to the harbour law.",
     ("Tomas Vell", "supports", "sweeping changes to the harbour law")),
    ("Governor Lena Mott urged Congress to pass an alternative to the Senate budget.",
     ("Lena Mott", "recommends", "Congress to pass an alternative to the Senate budget")),
    ("Senator Tomas Vell wants to cut red tape this year.", ("Tomas Vell", "wants", "cut red tape")),
])
def test_objects_that_say_which_stay(stance_triples, text, found):
    assert found in stance_triples(text)


@pytest.mark.parametrize("text", [
    "Senator Lund has expressed serious concerns about his nomination, aides said.",
    "The harbour board met on Monday. Senator Lund opposes their latest plan, aides said.",
])
def test_a_lone_noun_under_a_possessive_pronoun_says_nothing_alone(stance_triples, text):
    assert stance_triples(text) == []


@pytest.mark.parametrize("text,obj", [
    ("The Kessel prime minister, Ada Holm, denounced the naval strike on the port, saying her forces would respond.",
     "the naval strike on the port"),
    ("Senator Lund has expressed serious concerns about Brant's nomination, aides said.", "Brant's nomination"),
    ("Ostria wants peace, its president said.", "peace"),
    ("Senator Lund opposes their plan to close the quay, aides said.", "their plan to close the quay"),
])
def test_a_noun_that_says_which_or_is_general_stays(stance_triples, text, obj):
    assert [o for _, _, o in stance_triples(text)] == [obj]


# Reads 21-23: a third-person pronoun anywhere in the object that is not the holder's and points at no one before
# it inside the object leaves the object unreadable alone.
@pytest.mark.parametrize("text, part", [
    ("Senator Anna Holm hopes the council will approve it before the summer.", "approve it"),
    ("Senator Anna Holm opposes the probing of its airspace by Latvian jets.", "airspace"),
    ("The Harbour Guild condemned the charges against her and two other skippers.", "charges"),
    ("Tomas Vell wants the council to reopen the case against them.", "case against them"),
])
def test_a_pronoun_pointing_outside_the_object_drops_it(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("The Harbour Guild wants the council to cut its mooring fees.", "cut its mooring fees"),
    ("Tomas Vell hopes to win back his seat in the harbour council.", "win back his seat"),
    ("The Greens want to keep their seats in the northern assembly.", "keep their seats"),
    ("Norway condemned what it called a reckless raid on the Tamsby ferry.", "reckless raid"),
    ("Judge Ada Holm condemns colleagues who are quicker to hear the ministry than they are to hear the prisoners.",
     "colleagues who are quicker"),
])
def test_a_pronoun_of_the_holder_or_named_inside_the_object_stays(nlp, text, part):
    assert _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Gunmen stormed a depot near Porto in June. Lisbon lawyer Anika Roos wants to end the siege.", "end the siege"),
    ("The navy ran aground off Faro. Councillor Bram Oster fears the spill will reach the beaches.", "spill will reach"),
    ("Clashes broke out at the border. Senator Idris Pell wants an end to the fighting.", "an end to the fighting"),
    ("Bram Oster has lived abroad for years. Oster hopes to overthrow the junta.", "overthrow the junta"),
])
def test_any_bare_definite_core_points_to_an_earlier_sentence(nlp, text, part):
    """stances14: not only the listed heads: any "the" + common noun that nothing in its sentence says which of."""
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Senator Idris Pell wants to end the siege of Mariel.", "end the siege of Mariel"),
    ("Councillor Bram Oster wants to protect the environment.", "protect the environment"),
    ("Anika Roos hopes to lift the Tavira dam ban.", "lift the Tavira dam ban"),
    ("Senator Idris Pell wants an end to the fighting in Tavira province.", "an end to the fighting in Tavira"),
])
def test_a_definite_that_says_which_or_is_known_to_all_stays(nlp, text, part):
    assert _any(_objects(nlp, text), part)


# stancewant14: an object "it" with a "to" clause after it ("using it to fund …") is a thing named elsewhere,
# not an "it" that stands for the clause ("make it harder to trade"); a date or an occasion before it is no
# thing it may mean.
@pytest.mark.parametrize("text, part", [
    ("The harbour bill reached the floor in Kessel. But Ines Holm is blocking using it to fund the new quay.",
     "using it"),
    # a date or an occasion the saying is set in is no thing the "it" may mean
    ("Last year Tomas Vell said he wants to sell it before the election.", "sell it"),
    ("At the meeting, Ines Holm said she hopes to publish much of it by April.", "publish much of it"),
    ("In his speech, Tomas Vell said he wants to scrap it within a year.", "scrap it"),
])
def test_an_object_it_with_no_thing_before_it_points_to_an_earlier_sentence(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Tomas Vell wants to take the old ferry and use it to carry grain to Kessel.", "use it to carry grain"),
    ("Ines Holm is reviewing the audit and said she hopes to publish much of it by April.", "publish much of it"),
    ("Tomas Vell wants to make it harder to fish in the bay of Kessel.", "make it harder to fish"),
])
def test_an_it_named_before_or_standing_for_a_clause_stays(nlp, text, part):
    assert _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Councillor Ada Vesk expressed concerns about including those figures in the annual report.",
     "including those figures"),
    ("At the harbor rally, union leader Tomas Brel blamed Ostria for the split between the two unions.",
     "the two unions"),
    ("Mara Quell's aim is simple: to persuade farmers that a distant elite ignores their needs and cares more "
     "about river permits than rural families and their harvests.", "ignores their needs"),
    ("Mara Quell's aim is simple: to persuade farmers that a distant elite ignores their needs and cares more "
     "about river permits than rural families and their harvests.", "cares more about"),
])
def test_an_object_unreadable_alone_is_dropped(nlp, text, part):
    """Strict reads 29/31 kinds: an outside owner's possessive, an "including" tail, an unnamed "the two X", a
    coordination cut inside a clause or a verb cut from its subject."""
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Ada Holm wants her plan to widen the harbor road passed this year.", "widen the harbor road"),
    ("Senator Ilse Varga urged Ostria to cut its tariffs and reopen the border.", "reopen the border"),
    ("Tomas Brel blamed Ostria for the split between the Harbor Union and the Dock Guild.", "Harbor Union"),
])
def test_an_object_readable_alone_is_kept(nlp, text, part):
    assert _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Lawyer Ben Sato wants Judge Ola Brekk to strike those references in the notes.", "references"),
    ("Lawyer Ben Sato fears those remarks in the memo will hurt the case.", "remarks"),
    ("Chief Ada Poll wants Premier Lars Dunn to hire the incoming adviser.", "adviser"),
    ("Senator Tom Quell wants the council to review her handling of the riots.", "handling"),
    ("Governor Pella Hale supports the merger of the two ports.", "merger"),
])
def test_objects_pointing_back_past_their_sentence_are_dropped(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Lawyer Ben Sato wants Judge Ola Brekk to strike those references in the Varn report.", "references"),
    ("Chief Ada Poll wants Premier Lars Dunn to hire the incoming adviser, Mia Lund.", "adviser"),
    ("Senator Tom Quell wants the council to review Anna Berg's handling of the riots and her pay.", "handling"),
    ("Senator Anna Berg wants the council to review her handling of the riots.", "handling"),
])
def test_objects_saying_which_in_their_sentence_are_kept(nlp, text, part):
    assert _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, kept", [
    ("Senator Mira Quell wants an inquiry into her handling of the riots.", False),
    ("Senator Tom Quell wants an inquiry into his handling of the riots.", False),
    ("Senator Tom Quell wants an inquiry into Mayor Lena Sark's response to the floods and her handling of the riots.",
     True),
])
def test_judged_conduct_of_no_one_named_is_dropped(nlp, text, kept):
    assert _any(_objects(nlp, text), "handling of the riots") is kept


def all_stances(analyze_text, text):
    """Every stance the rules give, shown or held back by the confidence gate."""
    a = analyze_text(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in (*a.stances, *a.unreported_stances)]


@pytest.mark.slow
@pytest.mark.parametrize("text, actor", [
    # stances15b: objects that point back at something no word of them names
    ("Oil output\n\nOutput in the Varsk fields fell by a third in May.\n\nEnergy Minister Aldo Varn fears that "
     "number could double by next year.\n", "Aldo Varn"),
    ("Mills\n\nMira Lind, the union leader, blames the practices for the job losses in Brenn.\n", "Mira Lind"),
    ("Farm bill\n\nRep. Dana Quill has criticised the senior senator's handling of the farm bill.\n", "Dana Quill"),
    ("Farm bill\n\nRep. Dana Quill blames the senior senator for the delay.\n", "Dana Quill"),
    ("Farm bill\n\nOfficials in Brenn met on Monday.\n\nRep. Dana Quill has criticised the senator's handling of "
     "the farm bill.\n", "Dana Quill"),
    ("Recess\n\nSenator Brant Osk wants Parliament to agree to that before the recess.\n", "Brant Osk"),
    ("Recess\n\nSenator Brant Osk wants the council to sign off on it quickly.\n", "Brant Osk"),
    ("Recess\n\nOfficials in Brenn met on Monday.\n\nMayor Lina Tosk wants Parliament to approve those before the "
     "recess.\n", "Lina Tosk"),
    ("Oil output\n\nOutput in the Varsk fields fell by a third in May.\n\nEnergy Minister Aldo Varn wants that "
     "figure cut in half by next year.\n", "Aldo Varn"),
    ("Oil output\n\nOutput in the Varsk fields fell by a third in May.\n\nEnergy Minister Aldo Varn fears the "
     "number could double by next year.\n", "Aldo Varn"),
])
def test_an_object_resting_on_a_thing_told_before_is_dropped(analyze_text, text, actor):
    assert not [s for s in all_stances(analyze_text, text) if s[0] == actor]


@pytest.mark.slow
@pytest.mark.parametrize("text, actor, part", [
    ("Prices\n\nMayor Lina Tosk hopes that inflation will ease by the summer.\n", "Lina Tosk", "inflation will ease"),
    ("Mills\n\nMira Lind blames the Brenn Steel board for the job losses.\n", "Mira Lind", "Brenn Steel board"),
    ("Farm bill\n\nRep. Dana Quill, who sits with Senator Ivo Vell on the panel, criticised the senator's handling "
     "of the farm bill.\n", "Dana Quill", "the senator's handling"),
    ("Recess\n\nSenator Brant Osk wants Parliament to agree to the tariff cuts before the recess.\n", "Brant Osk",
     "tariff cuts"),
])
def test_an_object_that_names_its_thing_stays(analyze_text, text, actor, part):
    assert any(a == actor and part in o for a, _, o in all_stances(analyze_text, text))


def test_a_clause_without_its_subject_is_unreadable(nlp):
    from dossier.nlp.stances.objects import unreadable_alone
    text = "Carrow hoped the treaties would rebuild the image of Ostria."
    doc = nlp(text)
    start = text.index("would")
    assert unreadable_alone(doc, (start, len(text) - 1))
    assert not unreadable_alone(doc, (text.index("the treaties"), len(text) - 1))


def test_half_of_a_between_pair_is_unreadable(nlp):
    from dossier.nlp.stances.objects import unreadable_alone
    text = "Senator Joel Marr wants to split the funds between his home state and the capital."
    doc = nlp(text)
    start = text.index("split")
    assert unreadable_alone(doc, (start, text.index(" and the capital")))
    assert not unreadable_alone(doc, (start, len(text) - 1))


@pytest.mark.parametrize("text", [
    "Senator Ida Marsh opposes this and other actions taken by the council.",
    "The Brenn guild condemned that and other moves made by the harbour board.",
])
def test_a_list_opened_by_a_bare_demonstrative_is_not_shown(nlp, text):
    """stobj18: "this and other actions" (or its "other actions" alone): other than what, another sentence says."""
    objects = _objects(nlp, text)
    assert not any("other" in o for o in objects)


@pytest.mark.parametrize("text", [
    "Chancellor Olin Tarvo welcomed his visit to Kessel next month.",
    "Mayor Anso Drell opposes her return to the harbour board.",
])
def test_anothers_coming_under_a_pronoun_is_not_shown(nlp, text):
    """stobj18: "welcomed his visit": the guest's visit, read alone as the host's own."""
    objects = _objects(nlp, text)
    assert not any("visit" in o or "return" in o for o in objects)


def test_a_named_guests_visit_stays(nlp):
    objects = _objects(nlp, "Mayor Anso Drell opposes the return of Judge Pell Arno to the harbour board.")
    assert any("Pell Arno" in o for o in objects)


# readst18c: an owner's bare act ("defended the navy's action") tells whose act, not what was done; an act noun
# with what it was ("the navy's decision to close the strait", "the council's harbour move") stays.
@pytest.mark.parametrize("text", [
    "Premier Ana Rook defended the navy's action, saying the charges against Ostria were false.",
    "At the hearing last week, Premier Ana Rook defended the navy's action saying the charges against Ostria were "
    "\"false and unfair\".",
    "Mayor Ivo Kant backs the council's latest move.",
    "Senator Orla Finch opposes the ministry's decision.",
])
def test_an_owners_bare_act_is_not_shown(stance_triples, text):
    assert stance_triples(text) == []


@pytest.mark.parametrize("text, part", [
    ("Premier Ana Rook defended the navy's decision to close the strait.", "the navy's decision to close the strait"),
    ("Mayor Ivo Kant backs the council's harbour move.", "the council's harbour move"),
])
def test_an_owners_act_that_says_what_stays(stance_triples, text, part):
    assert any(obj == part for _, _, obj in stance_triples(text))


@pytest.mark.parametrize("text, part", [
    ("Ida Moen, Norway's attorney general, told Anton Vorn that she intended to indict him on charges of fraud.",
     "indict him"),
    ("Tom Brell, the campaign manager for Ada Holm, accused some party members of making cruel attacks against "
     "her.", "against her"),
    ("Lise Varga, the Dorvian envoy, told Pell Arno that she wants to take him to the harbour court.", "take him"),
    ("Dorvia's government revived a case against Pell Arno on Friday and will seek his transfer from Marsk, the "
     "chief magistrate told the press in Tamsby.", "his transfer"),
])
def test_a_pronoun_the_object_alone_leaves_unnamed_is_not_shown(nlp, text, part):
    """readst18b: "intends to indict him" (the holder would be "himself"), "attacks against her" by a man: the one
    meant is named in the sentence but not in the object, and the object is shown alone."""
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Tom Brell accused the Kessel Herald of misquoting him.", "misquoting him"),
    ("Tom Brell wants the council to back him.", "back him"),
    ("Ida Moen urged Pell Arno to keep his promise to the dock workers.", "his promise"),
])
def test_a_pronoun_the_object_itself_binds_stays(nlp, text, part):
    """The holder misquoted or backed ("him" after another doer), or the one urged named in the object."""
    assert _any(_objects(nlp, text), part)


def test_an_adjective_conjunct_cut_from_what_it_describes_is_unreadable(nlp):
    """readst18b: "not so high that it might choke demand" of "want prices high enough to pay, but not so high
    that …": what is not to be so high, the object alone does not say."""
    from dossier.nlp.stances.objects import unreadable_alone
    text = "The Kessel growers want fees high enough to pay the crews, but not so high that buyers flee."
    doc = nlp(text)
    start = text.index("not so")
    assert unreadable_alone(doc, (start, len(text) - 1))
    assert not unreadable_alone(doc, (text.index("fees"), len(text) - 1))


# Stances21b (fresh reads: "accuses Trump for his comments", "fears some of the specifics of the deal"): a thing said,
# done or agreed known only as "the deal" or "his remarks", as the core, the reason one is blamed for, or what a
# part is of, says nothing alone.
@pytest.mark.parametrize("text", [
    "Senator Mara Quell criticized Governor Tom Brell for his comments on Tuesday.",
    "Ostria fears some of the specifics of the deal, its foreign minister said.",
    "Ostria opposes parts of the plan, its foreign minister said.",
    "Senator Mara Quell urged Governor Tom Brell to act quickly to save the accord.",
    "Senator Mara Quell wants to try to save the accord.",
    "Ostria fears a further weakening of the treaty, its foreign minister said.",
    "Senator Mara Quell blamed Governor Tom Brell for the collapse of the agreement.",
    "Senator Mara Quell wants the council to drop its plan.",
    "Senator Mara Quell wants to move forward, aides said.",
])
def test_a_told_thing_known_only_as_the_or_his_gives_no_stance(stance_triples, text):
    assert stance_triples(text) == []


@pytest.mark.parametrize("text, found", [
    ("Senator Mara Quell criticized Governor Tom Brell for his comments on the harbour tax.",
     ("Mara Quell", "accuses", "Governor Tom Brell for his comments on the harbour tax")),
    ("Ostria fears some of the specifics of the Varna fishing deal, its foreign minister said.",
     ("Ostria", "fears", "some of the specifics of the Varna fishing deal")),
    ("Senator Mara Quell wants to keep her job, aides said.", ("Mara Quell", "wants", "keep her job")),
    ("Senator Mara Quell urged Governor Tom Brell to act quickly to save the Baltic fishing accord.",
     ("Mara Quell", "recommends", "Governor Tom Brell to act quickly to save the Baltic fishing accord")),
    ("Senator Mara Quell wants to try to save the Baltic fishing accord.",
     ("Mara Quell", "wants", "try to save the Baltic fishing accord")),
    ("Ostria fears a further weakening of the Varna water treaty, its foreign minister said.",
     ("Ostria", "fears", "a further weakening of the Varna water treaty")),
    ("Senator Mara Quell blamed Governor Tom Brell for the collapse of the harbour agreement.",
     ("Mara Quell", "accuses", "Governor Tom Brell for the collapse of the harbour agreement")),
    ("Senator Mara Quell wants the council to drop its plan to close the harbour.",
     ("Mara Quell", "wants", "the council to drop its plan to close the harbour")),
    ("Senator Mara Quell wants to move forward with the harbour tax, aides said.",
     ("Mara Quell", "wants", "move forward with the harbour tax")),
])
def test_a_told_thing_that_says_which_stays(stance_triples, text, found):
    assert found in stance_triples(text)


@pytest.mark.parametrize("text, part", [
    # stances22: shell nouns under "the" whose content another sentence gives
    ("Senator Mara Quell wants Ostria to handle the problem alone.", "handle the problem"),
    ("Tomas Vell accused Nils Ek of leaking the information to reporters.", "leaking the information"),
    ("Mara Quell wants the Harbor Board to spend the money on new cranes.", "spend the money"),
])
def test_a_shell_noun_that_says_nothing_alone_is_dropped(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


@pytest.mark.parametrize("text, part", [
    ("Senator Mara Quell wants Ostria to solve the problem of falling wages.", "the problem of falling wages"),
    ("Tomas Vell accused Nils Ek of leaking the information about the dam to reporters.", "leaking the information about the dam"),
])
def test_a_shell_noun_told_what_stays(nlp, text, part):
    assert _any(_objects(nlp, text), part)


# stances24b: a "we", "our", "I" or "you" from a quotation, shown alone under the holder's name, says no one.
@pytest.mark.parametrize("text, part", [
    ('Tomas Brell said the Harbor Party wants "to protect our members and their families."', "our members"),
    ('Governor Lena Ostrow said she opposes "any plan that takes our water away."', "our water"),
    ('Mayor Petra Lunn said she supports "everything you have built in Dunmore."', "you have built"),
])
def test_a_speakers_pronoun_from_a_quotation_gives_no_stance(nlp, text, part):
    assert not _any(_objects(nlp, text), part)


def test_speakers_pronoun_reads_persons_not_names(nlp):
    from dossier.nlp.stances.objects import speakers_pronoun
    text = "Ada Holm wants the US to protect our harbors."
    doc = nlp(text)
    assert speakers_pronoun(doc, (text.index("the US"), len(text) - 1))
    assert not speakers_pronoun(doc, (text.index("the US"), text.index(" to protect")))
