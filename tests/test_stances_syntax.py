"""Attitudes read from the parse as not held (stances/syntax.py): taken back ("reversing her support for",
"reneged on his support for"), disowned ("no plans to endorse"), or only a yardstick of a comparison ("any more
than they want to …"). Sentences written for these tests (fictional people, places and papers)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Premier Tomas Lind's late decision to swerve left, reversing his support for a Kesslan state, has paid off.",
    "Senator Ada Brekke reneged on her support for the fishing treaty in March.",
    "Ilse Korr said Monday she no plans to endorse any rival for the seat so far, though few can picture her "
    "supporting anyone who rejects the harbour deal.",
    "The rumour was spread by the Farmers' League. No one wants to hear it any more than they want to sit through "
    "\"Harbour Lights\" on a loop.",
])
def test_an_attitude_taken_back_disowned_or_compared_is_not_held(stance_triples, text):
    assert stance_triples(text) == []


def test_support_still_held_stays(stance_triples):
    found = stance_triples("Senator Ada Brekke renewed her support for the fishing treaty in March.")
    assert ("Ada Brekke", "supports", "the fishing treaty") in found


# Strict readers (AllSides 1491–1999): an object headed by a verb keeps its complements and conjuncts, or goes.
@pytest.mark.parametrize("text, found", [
    ("The Senate approved Governor Lena Mott's plan to arm and train militias in Varnia.",
     ("Lena Mott", "wants", "arm and train militias in Varnia")),
    ("Premier Ada Holm urged MPs to \"come together\" and \"back the fishing treaty\".",
     ("Ada Holm", "recommends", "MPs to \"come together\" and \"back the fishing treaty\"")),
    ("Governor Lena Mott wants to widen the harbour road — hoping to bring in more trade.",
     ("Lena Mott", "wants", "widen the harbour road")),
])
def test_a_verb_object_keeps_what_it_shares(stance_triples, text, found):
    assert found in stance_triples(text)


@pytest.mark.parametrize("text", [
    "Governor Lena Mott wants to \"open the harbour to ships from Kessel, like the ferries, that carry grain and "
    "timber to the north.\"",
    "Ostria is eager for farmers to sell grain early to allow workers, struck by the floods and the storms, to "
    "rest.",
    "Ostrian Greens are inclined to back Holm's harbour plan.",
    "The Greens are considering backing Holm's harbour plan.",
])
def test_a_cut_or_leaning_object_gives_no_stance(stance_triples, text):
    assert stance_triples(text) == []


@pytest.mark.parametrize("text", [
    "Tomas Vell is neither afraid of a fight nor willing to quit the race for the harbour seat.",
    "Greta Lind neither wants a recount in Tamsby nor fears one.",
    "Governor Ada Lind is neither afraid of a fight with the union nor eager to start a new strike in Varn.",
])
def test_an_attitude_under_neither_or_nor_is_denied(stance_triples, text):
    assert not any(att in {"fears", "wants"} for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text", [
    "Unwilling to support Tomas Holm, the Kessel council abstained.",
    "Governor Ada Lind was loath to back the Varn dam.",
    "Reluctant to endorse the Varn dam, Governor Ada Lind stayed silent.",
    "Governor Ada Lind was hesitant to back the Varn dam.",
])
def test_an_attitude_held_back_is_no_stance(stance_triples, text):
    assert not any(att == "supports" for _, att, _ in stance_triples(text))


def test_an_attitude_not_held_back_stays(stance_triples):
    assert ("Ada Lind", "supports", "the Varn dam") in stance_triples("Governor Ada Lind was quick to back the "
                                                                      "Varn dam.")


# Read 25: bare nouns coordinated with a phrase after the last one only keep it together.
@pytest.mark.parametrize("text, obj", [
    ("Ostria supports sanctions, tariffs and visa bans on Kessel.", "sanctions, tariffs and visa bans on Kessel"),
    ("Senator Ana Lo has supported bills, rules, and court cases that would make it costlier for ferry firms to "
     "dump waste.", "bills, rules, and court cases that would make it costlier for ferry firms to dump waste"),
])
def test_nouns_sharing_a_last_phrase_are_one_object(stance_triples, text, obj):
    assert [o for _, _, o in stance_triples(text)] == [obj]


def test_nouns_with_phrases_of_their_own_are_two_objects(stance_triples):
    assert [o for _, _, o in stance_triples("Ostria supports sanctions on Kessel and a ban on its ships.")] == [
        "sanctions on Kessel", "a ban on its ships"]


def test_a_seat_on_a_committee_is_no_occasion(stance_triples):
    found = stance_triples("Speaker Dalia Venn wants to make sure Lev Holm, a longtime rival of the chairman, gets a "
                           "seat on the budget committee.")
    assert any(obj.endswith("gets a seat on the budget committee") for _, _, obj in found)


def test_a_comment_inside_the_subject_of_a_wished_clause_stays(stance_triples):
    found = stance_triples("Speaker Dalia Venn hopes Lev Holm, who has long feuded with the chairman, keeps his post.")
    assert ("Dalia Venn", "wants", "Lev Holm, who has long feuded with the chairman, keeps his post") in found
    assert not any(obj == "keeps his post" for _, _, obj in found)


# readst18 (strict readers, AllSides 1500-1999): an "if" clause before the trigger's own clause, which the parse
# hangs elsewhere (it splits "re-elected"), makes the hope one held only if the condition comes true.
@pytest.mark.parametrize("text", [
    "Premier Ada Brekke spoke in Orvik on Monday. Brekke says if she's re-elected she hopes the Velmar council "
    "will cut the harbour levy.",
    "Premier Ada Brekke spoke in Orvik on Monday. In an interview, Brekke said if she's re-elected she hopes to "
    "work with the fishing unions, but if they refuse, she will go around them.",
])
def test_a_hope_after_an_if_clause_is_no_stance(stance_triples, text):
    assert not any(att == "wants" for _, att, _ in stance_triples(text))


@pytest.mark.parametrize("text", [
    "Premier Ada Brekke spoke in Orvik on Monday. Asked if she would run again, Brekke said she hopes to work "
    "with the fishing unions.",
    "Premier Ada Brekke spoke in Orvik on Monday. \"If we lose, we lose,\" Brekke said, adding that she hopes to "
    "work with the fishing unions.",
])
def test_a_hope_after_a_question_or_a_closed_condition_stays(stance_triples, text):
    assert ("Ada Brekke", "wants", "work with the fishing unions") in stance_triples(text)


# readst18: "It's vital Ostria backs …" cut by the parse after the adjective (a highlights line) is the
# speaker's judgement of what Ostria should do, not Ostria's stance; a full sentence before stays apart.
@pytest.mark.parametrize("text", [
    "Senator Holm:  It's crucial Ostria helps support a stable, elected council in Varn",
    "Senator Holm:  It's critical Ostria supports a stable, elected council in Varn",
    "Senator Holm: It's vital O.R. backs a stable, elected council in Varn",  # "vital" taken as the subject's
])
def test_a_judgement_cut_off_before_the_clause_is_no_stance(stance_triples, text):
    assert not any(att == "supports" for _, att, _ in stance_triples(text))


def test_a_stance_after_a_full_judgement_stays(stance_triples):
    found = stance_triples("Ostria backs the Varn accord. It is good. Ostria supports the Kessel truce.")
    assert ("Ostria", "supports", "the Kessel truce") in found


# readst18c: an outlet's bracketed dateline the parse took for the subject ("(AP) – Mayor X drew …, blaming Y") is
# never the holder: the one named after it is.
@pytest.mark.parametrize("text, actor", [
    ("(AP) – Dunmore Mayor Ivo Kant drew a dark portrait of the city budget on Friday, blaming the state for "
     "cutting school funds.", "Ivo Kant"),
    ("(CNN) – Ostrian Gov. Mara Quell painted a grim picture of the harbour on Sunday, blaming the Dunmore council "
     "for letting the piers rot.", "Mara Quell"),
])
def test_a_bracketed_dateline_is_not_the_holder(stance_triples, text, actor):
    found = stance_triples(text)
    assert [a for a, att, _ in found if att == "accuses"] == [actor]


@pytest.mark.parametrize("text", [
    "Marta Lind lost two early votes in Kessel. She’ll be eager to show the farmers that her team is listening.",
    "Marta Lind lost the vote in Kessel. She’ll want to show the farmers that her party still cares.",
    "Marta Lind lost the vote in Kessel. She’ll seek to win back the farmers of the north.",
])
def test_a_feeling_foretold_with_a_curly_contraction_is_no_stance(stance_triples, text):
    """readst18b: "She’ll be eager to show …" (a typographic apostrophe) is the writer's forecast, as "She'll" and
    "She will" are."""
    assert stance_triples(text) == []


# stnow19: a past want that a present report gives as the sources' account ("…, former aides say") is history; a
# past report ("said she wanted") shifts the tense and tells the day's want.
@pytest.mark.parametrize("text", [
    "Now, new trade ties were making Ostria dependent on Morland, and Brask was eager to help Dolt stay in power, "
    "former aides say.",
    "Brask was eager to help Dolt keep his seat, former aides say.",
    "Governor Brask was eager to win a second term, her former aides say.",
])
def test_a_past_want_in_a_present_report_is_history(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "wants"] == []


@pytest.mark.parametrize("text", [
    "Governor Brask said she was eager to win a second term.",
    "Her former aides say Governor Brask is eager to win a second term.",
])
def test_a_want_of_the_day_in_a_report_stays(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "wants"]


# stances20b: plans drawn up are preparation for a case ("to respond if attacked"), not a want of the drafter.
@pytest.mark.parametrize("text", [
    "The Varnian navy has put its ships on alert, drawing up plans to strike back hard at any Kesslan raid.",
    "General Ivo Brant has already drawn up plans to seal the northern border should the talks collapse.",
    "Ministers in Ostria drew up plans to evacuate the harbour district in case the dam fails.",
])
def test_plans_drawn_up_are_no_want(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "wants"] == []


def test_plans_developed_for_a_cause_stay(stance_triples):
    found = stance_triples("Professor Lena Mott is crafting a national plan to close the gap in rural clinics.")
    assert ("Lena Mott", "wants", "close the gap in rural clinics") in found


@pytest.mark.parametrize("text", [
    "With the treaty signed, Ostria has less reason to fear a Valdin invasion.",
    "Valdin now has fewer reasons to fear an Ostrian blockade of the strait.",
    "Mayor Ada Brekke has no reason to fear the Kessel canal plan.",
])
def test_an_attitude_on_a_ground_given_as_none_or_less_is_not_held(stance_triples, text):
    """stances22b: "has less reason to fear …" says the fear has less ground, not that it is held."""
    assert not any(att == "fears" for _, att, _ in stance_triples(text))


def test_an_attitude_on_a_ground_given_in_full_stays(stance_triples):
    found = stance_triples("Ostria has every reason to fear a Valdin invasion.")
    assert any(att == "fears" and "Valdin invasion" in obj for _, att, obj in found)


# stances23: a fear, wish or backing given as the reason for a past deed ("closed the port because she feared …")
# is the motive at that time, told as past, reported or not; the same reason for a deed of the day stays.
@pytest.mark.parametrize("text", [
    "Mayor Ilse Korr closed the harbour road last winter because she feared that the old bridge would collapse.",
    "Governor Tomas Lind later told the Kessel Courier that he vetoed the budget because he opposed the new toll.",
    "Dr. Lena Mott joined the clinic board as she sought to expand rural care in Varnia.",
])
def test_a_motive_of_a_past_deed_is_past(stance_triples, text):
    assert stance_triples(text) == []


@pytest.mark.parametrize("text, found", [
    ("Mayor Ilse Korr is closing the harbour road because she fears that the old bridge will collapse.",
     ("Ilse Korr", "fears", "the old bridge will collapse")),
    ("Governor Tomas Lind vetoes every budget because he opposes the new toll.",
     ("Tomas Lind", "opposes", "the new toll")),
])
def test_a_motive_of_a_present_deed_stays(stance_triples, text, found):
    assert found in stance_triples(text)



# stances23b: "Lind's backing of rebels and seizure of the port": the bare act noun joined to the party backed is
# the possessor's second deed, told alongside the backing, not a thing backed; the party backed stays.
@pytest.mark.parametrize("text, party", [
    ("The second dispute is tied to Governor Tomas Lind's backing of rebels in northern Varnia and seizure of the "
     "Kessel river port.", "rebels in northern Varnia"),
    ("Ministers in Ostria have long pointed to Premier Ada Holm's support for the Brekke militias and annexation of "
     "the Dorvan islands.", "the Brekke militias"),
])
def test_an_act_joined_to_the_party_backed_is_a_second_deed(stance_triples, text, party):
    found = stance_triples(text)
    assert any(att == "supports" and obj == party for _, att, obj in found)
    assert not any(att == "supports" and ("seizure" in obj or "annexation" in obj) for _, att, obj in found)


# stances23b: a later conjunct whose object is "them" or "it" acts on what the one before names; cut apart it says
# nothing alone ("embedding them with the guards"), so the coordination stays one object.
@pytest.mark.parametrize("text, whole", [
    ("Governor Tomas Lind has proposed sending special police units to Varnia and embedding them with the border "
     "guards.", "sending special police units to Varnia and embedding them with the border guards"),
    ("Mayor Ilse Korr wants to buy the old ferries and repaint them before May.",
     "buy the old ferries and repaint them before May"),
])
def test_a_conjunct_acting_on_what_the_one_before_names_stays_with_it(stance_triples, text, whole):
    objects = [obj for _, _, obj in stance_triples(text)]
    assert whole in objects and not any(obj.startswith(("embedding", "repaint")) for obj in objects)


def test_coordinated_acts_on_their_own_things_stay_apart(stance_triples):
    objects = [obj for _, _, obj in stance_triples("Mayor Ilse Korr wants to widen the harbour road and open a new "
                                                   "ferry line.")]
    assert "widen the harbour road" in objects and "open a new ferry line" in objects


# stances23b: a noun joined under "not" is the contrast to the object, what the holder is set against, not a
# second thing wanted or feared; a verb so joined ("and not raise fees") is still wanted.
@pytest.mark.parametrize("text, kept", [
    ("Premier Ada Holm wants a quiet trade dispute with Kessel and not a naval standoff.",
     ("Ada Holm", "wants", "a quiet trade dispute with Kessel")),
    ("Governor Tomas Lind fears a long strike at the docks, and not a short one.",
     ("Tomas Lind", "fears", "a long strike at the docks")),
])
def test_a_noun_joined_under_not_is_no_second_object(stance_triples, text, kept):
    found = stance_triples(text)
    assert kept in found and not any(obj.startswith("not") for _, _, obj in found)


def test_a_verb_joined_under_not_stays_wanted(stance_triples):
    found = stance_triples("Mayor Ilse Korr wants to cut taxes and not raise fees.")
    assert ("Ilse Korr", "wants", "not raise fees") in found


# stances24c: "X has many worried that …": the one worried is the causee, not the cause.
@pytest.mark.parametrize("text, causee", [
    ("The idea of Kessel owning the port has many worried that prices will rise.", "many"),
    ("The cuts left many observers worried that the clinic would close.", None),
])
def test_the_one_a_causing_verb_puts_in_a_state_holds_the_feeling(nlp, text, causee):
    from dossier.nlp.stances.syntax import subject_of
    doc = nlp(text)
    subject = subject_of(next(t for t in doc if t.lower_ == "worried"))
    assert (subject.text if subject is not None else None) == causee


# The "of" of a stance noun with no owner of its own is its holder: "with the support of Vell" is Vell's support.
@pytest.mark.parametrize("text", [
    "Tomas Ruiz said he closed the ferry line with the support of Ilse Vell and other council members.",
])
def test_a_stance_noun_held_by_its_of_party_gives_no_stance(stance_triples, text):
    assert not any(attitude == "supports" for _, attitude, _ in stance_triples(text)), stance_triples(text)


def test_a_stance_noun_with_its_own_holder_keeps_its_of_object(stance_triples):
    found = stance_triples("Governor Lena Mott voiced support of Ilse Vell for the harbour seat.")
    assert any(actor == "Lena Mott" and attitude == "supports" and "Ilse Vell" in obj for actor, attitude, obj in found), found
