"""Stances held by the right actor, and none where the attitude is denied, reversed, conditional or a
question. Sentences written for these tests (fictional people and towns, real states)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def stances(nlp, text):
    doc = nlp(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, find_entities(doc))]


@pytest.mark.parametrize("text", [
    "If Norway continues to back the rebels, Sweden will oppose the new treaty.",
    "Sweden will oppose the treaty if Norway keeps its fleet in the fjord.",
    "Unless Norway wants a long dispute, it should sign the treaty.",
    "The reporter asked whether Ilse Varga supported the war in the north.",
    "Does Norway want a new pipeline across the border?",
])
def test_conditions_and_questions_give_no_stance(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Norway no longer wants money from the fund.",
    "Norway never wanted a share of the northern fields.",
    "An earlier version of this story incorrectly stated that Petra Holm opposed the harbour plan.",
    "Critics said Norway wanted a bigger fleet, but Norway wants the reverse.",
])
def test_denied_reversed_or_retracted_attitudes_give_no_stance(nlp, text):
    found = stances(nlp, text)
    assert not [s for s in found if s[1] == "wants" and s[2].lower().startswith(("money", "a share", "the reverse"))]
    assert not [s for s in found if s[1] == "opposes"]


def test_a_hoped_for_actor_is_not_the_one_hoping(nlp):
    assert stances(nlp, "After the summit there is reason to hope Finland may be more helpful.") == []


@pytest.mark.parametrize("text", [
    "Residents in Vancouver want a new bridge over the inlet.",
    "When farmers in Saskatchewan say they want cheaper diesel, they mean it.",
    "Voters in Ohio fear higher prices.",
])
def test_people_in_a_place_are_not_the_place(nlp, text):
    assert not [s for s in stances(nlp, text) if s[0] in {"Vancouver", "Saskatchewan", "Ohio"}]


def test_a_plural_noun_before_they_takes_the_pronoun(nlp):
    text = ("Petra Holm spoke for the Harbour Board on Monday. “Fishermen from the islands, they want the quay "
            "rebuilt before winter,” she said.")
    assert not [s for s in stances(nlp, text) if s[0] in {"Harbour Board", "Petra Holm"} and "quay" in s[2]]


def test_support_received_is_not_support_given(nlp):
    found = stances(nlp, "The town of Brask has the full support of the Harbour Board in rebuilding the quay.")
    assert not [s for s in found if s[0] == "Brask" and s[1] == "supports"]


def test_the_governor_said_then_he_points_to_the_governor(nlp):
    text = ("Governor Alma Restrepo spoke in Tarrow on Monday. The governor said the river would be dredged. "
            "She urged local councils to follow the new flood rules.")
    found = stances(nlp, text)
    assert ("Alma Restrepo", "recommends") in {(a, att) for a, att, _ in found}


def test_plain_stances_stay(nlp):
    found = stances(nlp, "Norway wants a new pipeline across the border. Sweden opposes the pipeline plan.")
    assert ("Norway", "wants") in {(a, att) for a, att, _ in found}
    assert ("Sweden", "opposes") in {(a, att) for a, att, _ in found}


def test_a_denied_belief_gives_no_stance(nlp):
    found = stances(nlp, "“I don’t believe the Harbour Board ever wanted to publish this report,” Ilse Varga said.")
    assert not [s for s in found if s[1] == "wants"]


def test_opponents_of_a_group_are_not_the_group(nlp):
    found = stances(nlp, "Opponents of arming the Kurds also worry that the weapons could be sold on.")
    assert not [s for s in found if s[0] == "Kurds"]


def test_purpose_of_an_action_is_not_backing(nlp):
    found = stances(nlp, "Norway sent two ships to support the Danish coast guard in the strait.")
    assert not [s for s in found if s[1] == "supports"]


# ---------------------------------------------------------------- who holds it: the parse binds pronouns
def test_a_name_used_as_a_modifier_is_not_a_referent(nlp):
    from dossier.nlp.stances.holders import a_modifier

    doc = nlp("In her Kessel study, Lind rejects the idea. Kessel said the plan would fail.")
    kessel = [t for t in doc if t.text == "Kessel"]
    assert a_modifier(kessel[0]) and not a_modifier(kessel[1])


def test_a_possessive_belongs_to_the_subject_of_its_clause(nlp):
    found = stances(nlp, "Tomas Vell used the town-hall meeting to restate his support for a new bridge.")
    assert found == [("Tomas Vell", "supports", "a new bridge")]


def test_she_in_a_later_sentence_is_the_earlier_subject_not_a_possessor(nlp):
    found = stances(nlp, "Greta Lind wants to close the audit before the Dunmore ruling and before Sam Vell's "
                         "ratings climb. Above all she simply wants to get the ferry deal off the table.")
    assert ("Greta Lind", "wants", "get the ferry deal off the table") in found
    assert not [s for s in found if s[0] == "Sam Vell"]


def test_a_reported_subject_pronoun_is_the_reporting_subject(nlp):
    found = stances(nlp, "Robin Holm, who spoke at a dinner hosted by Kim Vell, said she fears a strike at the mill.")
    assert found == [("Robin Holm", "fears", "a strike at the mill")]


def test_they_after_coordinated_states_is_all_of_them(nlp):
    found = stances(nlp, "Norway, Sweden and Denmark condemned the missile tests at a briefing of the United "
                         "Nations Security Council. They urged Ostria to take concrete steps toward talks.")
    holders = {s[0] for s in found if s[1] == "recommends"}
    assert holders == {"Norway", "Sweden", "Denmark"}


# ---------------------------------------------------------------- held now, as a fact
def test_a_reported_future_attitude_is_a_stance(nlp):
    found = stances(nlp, "Tomas Vell said Sweden would support any sanctions on the regime.")
    assert ("Sweden", "supports", "any sanctions on the regime") in found


# ---------------------------------------------------------------- the holder's name as shown
@pytest.mark.parametrize("name,aliases,shown", [
    ("Says Varga", ("Varga", "Says Varga"), "Varga"),
    ("Varga Varga", ("Varga", "Varga Varga"), "Varga"),
    ("rebuke Varga", ("Varga", "rebuke Varga"), "Varga"),
    ("MPs Mrs Varga", ("MPs", "Varga", "Mrs Varga"), "Mrs Varga"),
    ("Liberal MPs", ("Liberal", "Liberal MPs", "MPs"), None),
    ("Charles de Varga", (), "Charles de Varga"),
    ("Kessel Post: School Has Become Too Strict", (), None),  # a headline, not a name
    ("Greta Varga", (), "Greta Varga"),
])
def test_a_person_is_shown_under_a_clean_name_or_not_at_all(name, aliases, shown):
    from dossier.model import Entity
    from dossier.nlp.stances.names import display_name

    assert display_name(Entity(id="E1", name=name, type="PERSON", mentions=(), aliases=aliases)) == shown


@pytest.mark.parametrize("name,shown", [
    ("Save the", None),  # of "Save the Fjord"
    ("Harbour Agency for", None),
    ("Friends of the Fjord", "Friends of the Fjord"),
])
def test_a_name_cut_before_its_end_is_not_shown(name, shown):
    from dossier.model import Entity
    from dossier.nlp.stances.names import display_name

    assert display_name(Entity(id="E1", name=name, type="ORG", mentions=(), aliases=())) == shown


@pytest.mark.parametrize("text", [
    "Lead counsel Greta Lind says Sam Vell is concerned that the court will rule against him.",
])
def test_a_passive_adjective_subject_feels_it(nlp, text):
    assert stances(nlp, text) == [("Sam Vell", "fears", "the court will rule against him")]


@pytest.mark.parametrize("text", [
    "KESSEL (Wire) — Ostria wants a new treaty on river traffic.",
])
def test_a_dateline_is_not_a_holder_but_the_subject_is(nlp, text):
    assert [s[0] for s in stances(nlp, text)] == ["Ostria"]


def test_he_in_a_later_sentence_follows_the_main_subject_through_pronouns(nlp):
    found = stances(nlp, "Greta Lind spoke at the rally. She said Sam Vell's allies wanted new elections. "
                         "She said she wanted a quick vote on the budget.")
    assert ("Greta Lind", "wants", "a quick vote on the budget") in found


def test_they_after_a_group_of_people_is_that_group(nlp):
    assert stances(nlp, "All three sailors said they hope the government will send an envoy to Ostria.") == []


def test_a_possessive_with_another_fitting_name_before_it_is_not_sure(nlp):
    text = ("President Greta Lind says she is taking a cautious approach to her Ostrian counterpart Sam Vell and "
            "his proposal to remove the mines.")
    assert not [s for s in stances(nlp, text) if s[1] == "recommends"]


def test_objects_cut_from_a_shared_complement_are_dropped(nlp):
    found = stances(nlp, "Greta Lind backed Sam Vell's plan to work with and train the coast guard.")
    assert ("Sam Vell", "wants", "train the coast guard") in found
    assert ("Sam Vell", "wants", "work with") not in found


def test_a_clause_before_the_verb_is_not_its_object(nlp):
    found = stances(nlp, "At the summit on Friday — hours after the storm — President Greta Lind blamed her "
                         "predecessor for the state of the roads.")
    assert found == [("Greta Lind", "accuses", "her predecessor for the state of the roads")]


def test_a_reported_he_follows_the_subject_of_a_coordinated_verb(nlp):
    text = ("The affair started when Sam Vell phoned the harbour guard to describe what he called a strange boat "
            "near his jetty.\n\nHe left his van to trail Tomas Lind, but claims he halted when the guard asked "
            "him not to trail him, but wanted to note a licence number for the guard.")
    found = stances(nlp, text)
    assert ("Sam Vell", "wants", "note a licence number for the guard") in found
    assert not [s for s in found if s[0] == "Tomas Lind"]


# ---------------------------------------------------------------- no stance: not held, not now, or no named holder
ANY = frozenset({"wants", "fears", "supports", "opposes", "recommends", "benefits_from", "accuses"})
NOT_HELD = [
    # another person who could be "he" stands between the name and the pronoun
    ("Mayor Tomas Vell admitted that he ignored the head of the rival Farmers Party when he sought talks.", ANY),
    # "his" in a relative clause is the unnamed envoy's; "its" is the unnamed alliance's
    ("Press freedoms had eroded, said the former Ostrian envoy, who failed this spring in his bid for the governorship.", ANY),
    ("The talks stalled after Norway walked out. In its bid to persuade Ostria to stop the dam, the alliance "
     "offered limited relief on fishing quotas.", ANY),
    ("In its bid to persuade Ostria to stop the dam, the alliance in Oslo offered limited relief on fishing quotas.", ANY),
    # possible, wished, past, denied, failed, lesser
    ("Hopes that Norway and Sweden might benefit from the new trade route have so far proved elusive.", ANY),
    ("Sweden could back the treaty next year.", ANY),
    ("Greta Lind accused the Greens of hypocrisy, saying they supported such inquiries in the past.", {"supports"}),
    ("Norway once supported the dam on the river.", ANY),
    ("Mayor Greta Lind will need to submit a memo explaining why she wants to end the tariffs on Vellmark.", ANY),
    ("During the debate, Tomas Vell seemed to deny that he supported the pact with Ostria.", ANY),
    ("Two years ago, Norway was accusing Sweden of dumping steel.", ANY),
    ("Although Norway opposed the treaty in 2015, two years later it is wary of leaving it.", {"opposes"}),
    ("Greta Lind told reporters she is less concerned about style than about the budget.", {"fears"}),
    ("The mayor of Kessel has little interest in a new stadium.", ANY),
    ("Greta Lind said the Kessel council had failed to defend the harbour master.", {"Kessel"}),
    ("Sam Vell said he would be happy to support the Greens if they could just write a cheaper plan.", ANY),
    ("President Greta Lind has called on voters to reject Sam Vell and back Tomas Lind.", {"supports", "opposes"}),
    # received, not given; a thing, a part, former or advocating people, lawmakers: not the body or state
    ("Sam Vell, who is accused of hiding the letters, asked the court for help.", ANY),
    ("He reiterated his claim that the Ostria deal was a failure and accused Norway of breaking the deal.", ANY),
    ("A group of former Ostrian ambassadors urged the president to keep the border open.", ANY),
    ("Some members of the Ostrian Parliament say they will support a limited strike.", {"Ostria"}),
    ("The talks would alarm some advocates for Norway, who fear a bad deal.", {"Norway"}),
    ("Back in February, some Norwegian lawmakers criticized the prime minister for the delay.", ANY),
    ("Officials said Norway would move quickly if Sweden moved first, and that they wanted to make sure the "
     "relief came early.", {"Norway", "Sweden"}),
    # people from a place, counted people, a court: not the place or the state
    ("The group of Ohio teachers had urged the court to strike down the fee.", {"Ohio"}),
    ("Nearly 500 U.S. diplomats signed a memo expressing their opposition to the new border rules.", {"United States"}),
    ("A Boston court rejected his request for bail.", {"Boston"}),
    # a state in a role's portfolio is not the speaker's: "director for Norway" speaks for the council
    ("“We are deeply concerned about the floods,” said Greta Lind, the council’s senior director for Norway.",
     {"Norway"}),
    # a possessor before "its" competes with the other: not sure which
    ("Those include Norway’s backing of Sweden’s navy as well as its support of rebel groups in the north.",
     {"Sweden"}),
    # the subject of "stands accused" receives the charge
    ("Tomas Vell, who met Greta Lind, stands accused of hiding the letters.", ANY),
    # the actor of a clause above is not sure: two states and the analysts compete for "they"
    ("While analysts believe Ostria will avoid striking Norway, they still worry about a wider war.", ANY),
    # a negated verb above, a hedge, an ability, a feeling foretold, a suspicion: not an attitude held
    ("Some lawmakers say they are not convinced the new treaty is good enough for Norway.", ANY),
    ("Analysts say Norway is likely seeking to show progress on its missile program.", ANY),
    ("The judge said the Harbour Board can seek relief from the high court.", ANY),
    ("The Danes will also want to know that Norway stays in the alliance.", {"wants"}),
    ("Sweden would welcome a new treaty.", ANY),
    ("The vote would fuel suspicion that Tomas Vell is too supportive of Ostria.", ANY),
    # a charge or an inference by someone else: theirs, not the holder's
    ("Critics say Norway wants to control the strait.", ANY),
    ("Internal emails suggest that Greta Lind hoped to hide the report.", ANY),
    # over: a wish given up, plans someone had, a campaign or a time gone by
    ("Mariana Vell had hoped to cross the border before it closed.", ANY),
    ("Mariana Vell had plans to study medicine in Kessel.", ANY),
    ("During his campaign, Tomas Vell repeatedly criticised Ostria, accusing it of dumping steel.", ANY),
    ("When the mayor banned the march, Tomas Vell condemned the decision.", ANY),
    # holdings, not a wish; attention got, not a benefit hoped for
    ("Tomas Vell represented Varga Oil's interests in Norway.", ANY),
    ("Tomas Vell gained national attention for his speech.", ANY),
    # a state's allies are not the state
    ("Norway's allies Sweden and Denmark rushed to back the rebels.", {"Norway"}),
    # allowed, demanded of someone, believed by others, surely so, "wasn’t": not the holder's attitude
    ("The amendment would allow Tomas Vell to seek two more terms as mayor.", ANY),
    ("Forty lawmakers wrote a letter to Mayor Greta Lind demanding she seek approval for the new tower.", ANY),
    ("GOP hawks believe Ostria is desperate for sanctions relief.", {"Ostria"}),
    ("Norway is surely concerned about the future.", ANY),
    ("The station reached ferry pilot Mark Vell who insisted he wasn’t worried about the coming storm.", ANY),
    # the writer's reading, an obligation, a supposition, one hedge for two predicates
    ("Then, without saying so, Tomas Vell seemed to endorse a plan to split the party.", ANY),
    ("Norway now has to support the island, and it is a poor region.", ANY),
    ("Tomas Vell's support for the merger would be an obvious mark of panic, a rival argued.", ANY),
    ("Greta Lind may be concerned about her legacy, worried she might be blamed for the deal.", ANY),
    ("Most councillors will close ranks out of a belief that the palace will veto any bill that reaches it.", ANY),
    # "we" in a quotation speaks for the one who says it, not for another person in the paragraph
    ("During a meeting with Norwegian Prime Minister Sam Vell on Saturday, Tomas Brandt said: “We want to help "
     "the islands, but the terms must be even.”", {"Norway"}),
    # part of a group, marchers in a city, e-mails seeking comment: not the group, the city or the firms
    ("Many Democrats say they want a new vote on the bill.", {"Democrats"}),
    ("Police in Kessel arrested dozens on Monday. While the marchers are glad the bill was suspended, they want it "
     "fully pulled.", {"Kessel"}),
    ("The two shipyards of Kessel did not respond to e-mails seeking comment.", ANY),
    # a feeling foretold by the writer, a charge in a warning, "to blame" (blamed, not blaming), a possible
    # reading, an intention bound by "unless"
    ("Tomas Vell will be eager to prove that his campaign has listened.", ANY),
    ("Greta Lind warned that Ostria continued to seek to redraw the border by force.", {"Ostria"}),
    ("Nor were Tomas Vell and Greta Lind solely to blame for the flood.", ANY),
    ("Experts say the move could signal Ostria has grown frustrated that Norway failed to revive the talks.", ANY),
    ("Ostria announced its intention to exceed the quota – unless the fund pays within ten days.", ANY),
    # a question, a denied sign, a host's welcome, counted governors, a noun's object is no clause before it
    ("Tomas Vell still has a decision to make about how far he wants to push the harbour tax.", ANY),
    ("There was no sign on Friday that Ostria intends to enter the dispute.", ANY),
    ("Tomas Vell will welcome Norway's president to the palace on Friday.", {"supports"}),
    ("Premier Greta Lind, who sees Tomas Vell on Thursday, will be hoping for the same promise.", ANY),
    # the one urged is not the one urging; a person unnamed is not the man written to
    ("The foreign ministers of the alliance said Ostria's rhetoric will only isolate it. They urged Ostria to "
     "refrain from new tests.", {"Ostria"}),
    ("In one exchange, a person whose name was removed wrote to Tomas Vell that he was worried about children on "
     "the buses.", {"Tomas Vell"}),
    # a name inside a title is not who "their" is; a notice is no advice
    ("BRUSSELS (Wire) - Ostrian Secretary of State Tomas Vell delivered a message of support to allies on Tuesday, "
     "but their concerns about the new tariffs have created a rift.", {"fears"}),
    ("The Harbour Board has advised that there are no papers responsive to the request.", ANY),
    # a hope dated by its verb, the writer's advice, a courtesy
    ("Tomas Vell entered office in 2009 hoping to use the Ostrian president to help remake the region.", ANY),
    ("It's critical Norway helps support a secular government in Ostria.", ANY),
    ("Greta Lind wished Tomas Vell well despite their disagreements.", ANY),
    ("Defeated candidate Sam Berg told his campaign staff that he wished the victor every success.", ANY),
    # inside someone else's fear, a doubted assurance, a feeling about another, a case discussed, "seems"
    ("Tomas Vell spoke calmly to allay fears that he wants another war.", {"wants"}),
    ("Many experts doubt assurances by Norway that Ostria really intends to talk about its missiles.", {"Ostria"}),
    ("“I feel that Greta Lind wants to do something great for her people,” Tomas Vell said.", {"Greta Lind"}),
    ("He is still insisting that to oppose the existence of the new state is not hostile.", ANY),
    ("Tomas Vell seems so desperate to keep the House.", ANY),
    # a courtesy; a singular pronoun is not two coordinated leaders
    ("The Prime Minister of Vellmark phoned me this morning to wish me congratulations on my victory.", ANY),
    ("In 2005, Sam Berg and Greta Lind praised Tomas Vell because he arrested and resisted the smugglers.",
     {"Sam Berg", "Greta Lind"}),
    # "had" covers both verbs
    ("In 2014, after Norway had seized the island and backed the rebels, Sweden protested.", {"Norway"}),
    # a pro-verb object; page links run into the sentence
    ("The border is hard to fudge (as Norway prefers to do in difficult situations).", {"Norway"}),
    ("Senator Greta Lind Greta Lind Norway Leaders make play for votes MORE (N.H.) wants a new port.", ANY),
    # another party's warning, fear or predicted argument about the holder; a counterfactual; a chance judged
    ("Ministers Tomas Vell and Greta Lind warned that Ostria wants to dominate the strait.", {"Ostria"}),
    ("The mayor of Kessel cautioned that Norway seeks to annex the island.", {"Norway"}),
    ("Sweden fears that Norway wants to close the canal.", {"Norway"}),
    ("The defence is expected to argue that Greta Lind feared a mutiny in the harbour office.", ANY),
    ("The Harbour Board would have sought to narrow the ban had it been told about the storm.", ANY),
    ("Norway could have backed the treaty if it had known the cost.", ANY),
    ("In a tweet, Greta Lind said Tomas Vell would find it very hard to seek a second term.", {"Tomas Vell"}),
    ("Greta Lind tweeted that Ostria would find it difficult to oppose the treaty.", {"Ostria"}),
    # a moment gone by; what the attitude was about has since been decided
    ("Tomas Vell left the party in 2012, when he feared a purge.", ANY),
    ("Norway wanted a veto of the resolution, which passed in March.", ANY),
    ("Sweden feared a flood in the valley, which came last spring.", ANY),
    # a participle after a reported clause: the reporter's act, not the reported subject's
    ("Tomas Vell said on Saturday that Ostria posed a clear danger, while also criticizing Norway for raising "
     "tariffs.", {"Ostria"}),
    # an object that is only a pronoun's thing
    ("Greta Lind opposes its plans.", ANY),
    ("Greta Lind supports their recent efforts.", ANY),
]


@pytest.mark.parametrize("text,banned", NOT_HELD)
def test_no_stance_that_is_not_held_now_by_a_named_holder(nlp, text, banned):
    """``banned``: attitudes, or actors, that no stance found in ``text`` may have."""
    assert not [s for s in stances(nlp, text) if s[0] in banned or s[1] in banned]


def test_the_subject_of_the_clause_above_takes_he_over_a_nearer_name(nlp):
    found = stances(nlp, "Karl Brandt will take over the chancellery from Otto Weber, though he indicated his "
                         "support for the new Arctic treaty.")
    assert ("Karl Brandt", "supports", "the new Arctic treaty") in found
    assert not [s for s in found if s[0] == "Otto Weber"]


@pytest.mark.parametrize("text,held", [
    ("Greta Lind insists she wants peace in the north.", ("Greta Lind", "wants")),  # her own claim
    ("During his visit to Kessel, Tomas Vell blamed his predecessor for the debt.", ("Tomas Vell", "accuses")),
    ("Norway will oppose the fishing treaty.", ("Norway", "opposes")),  # a deed foretold is an intent
    ("Finance minister Oskar Lindqvist advised that the bank raise interest rates.", ("Oskar Lindqvist", "recommends")),
    ("Greta Lind wished for a quick end to the strike.", ("Greta Lind", "wants")),
    ("We can see clearly that even Ostria seeks better relations with Norway.", ("Ostria", "wants")),  # seen
    ("Any new test worries Norway and its allies because it puts Ostria closer to a bomb.", ("Norway", "fears")),
    ("When Norway wants a deal, it calls Sweden first.", ("Norway", "wants")),  # a habit, not a past moment
    ("Norway opposes their plan to dam the river.", ("Norway", "opposes")),  # the pronoun's thing said in full
    ("Greta Lind warned that she wants the canal kept open.", ("Greta Lind", "wants")),  # her own warning
    ("Norway condemned the raid on the port, which took place on Sunday.", ("Norway", "opposes")),  # a judgement still held
    # a deed "after" which something happened is still held; "its" may be the holder's own
    ("Tomas Vell is close to securing the nomination after Greta Lind quit the contest and endorsed the former "
     "mayor.", ("Greta Lind", "supports")),
    ("The Northern Alliance pledged its support for its member states.", ("Northern Alliance", "supports")),
])
def test_own_claims_events_of_the_day_and_intents_stay(nlp, text, held):
    assert held in {(a, att) for a, att, _ in stances(nlp, text)}


# ---------------------------------------------------------------- the object says what is held, whole
@pytest.mark.parametrize("text,holder,whole,not_in", [
    # the parse made "the loss" the verb's object: it is the subject of the feared clause
    ("Union leaders in Norway worried the loss of the fees would weaken their hand in the wage talks.",
     "Norway", "the loss of the fees would weaken their hand", None),
    # a parenthesis stays; the condition after it goes
    ("Greta Lind fears that the old parties are pushing themselves – and the republic – toward ruin unless they "
     "change course.", "Greta Lind", "– and the republic – toward ruin unless they change course", None),
    # a condition changes what is proposed: it stays
    ("Tomas Vell proposed to pay the farmers if they leave the valley.", "Tomas Vell",
     "pay the farmers if they leave the valley", None),
    # the one criticized keeps the complaint ("opposes the navy" would mislead)
    ("Greta Lind criticized the navy for ignoring abuse in the ranks.", "Greta Lind",
     "the navy for ignoring abuse in the ranks", None),
    ("Tomas Vell condemned Ostria over the raid on the harbour.", "Tomas Vell", "Ostria over the raid on the harbour",
     None),
    ("Greta Lind criticized the council for closing the pier, while calling Sam Berg the “worst mayor” she’d “ever "
     "seen.”", "Greta Lind", "the council for closing the pier", "while"),
    # a comment in a relative clause is no part of what is opposed
    ("Norway opposes the new law, which passed in March.", "Norway", "the new law", "passed"),
    # verbs sharing one subject stay one clause
    ("Norway fears the fishing deal will embolden Ostria and give it fresh money.", "Norway",
     "the fishing deal will embolden Ostria and give it fresh money", None),
    # when he returns is when, not what
    ("Sam Vell intends to run the harbour office when he returns from Kessel.", "Sam Vell", "run the harbour office",
     "when"),
    # a quotation inside the object is closed
    ("Tomas Vell accused Ostria of “dumping” steel.", "Tomas Vell", "“dumping” steel", None),
    # the noun a relative clause describes is what its verb takes
    ("Tomas Vell praised the accord he is seeking to reach with Ostria.", "Tomas Vell", "the accord", "reach"),
    ("The talks produced a trade deal, which Norway hoped to sign by June.", "Norway", "a trade deal", "sign"),
    # a clause before a stance noun is not its object
    ("Just as farmers prepare for the harvest, a debate has erupted over another plan: Greta Lind's plan to open "
     "the Kessel border.", "Greta Lind", "open the Kessel border", "harvest"),
    # a second reported clause is not a second thing wanted
    ("Tomas Vell told the council that he wanted Greta Lind to do more to shrink the commission and that for years "
     "he has openly doubted its mandate.", "Tomas Vell", "Greta Lind to do more", "doubted"),
    # a comment in apposition is not part of what is backed
    ("Greta Lind said she will vote to support the new treaty, a pledge that puts Tomas Vell three votes short.",
     "Greta Lind", "the new treaty", "pledge"),
    # a comparison is not part of what is backed; "as if" says how
    ("Sam Vell is more supportive of the mayor's budget than Greta Lind.", "Sam Vell", "the mayor's budget", "than"),
    ("Tomas Vell accused Ostria of treating Norway as if it were a colony.", "Tomas Vell", "as if it were a colony",
     None),
])
def test_the_object_is_whole(nlp, text, holder, whole, not_in):
    objects = [o for a, _, o in stances(nlp, text) if a == holder]
    assert any(whole in o for o in objects), objects
    assert not_in is None or not any(not_in in o for o in objects)


@pytest.mark.parametrize("text", [
    "“We are deeply concerned about, in particular, the floods in Kessel,” said Greta Lind.",
    "Varga Oil is pursuing a plan that will ruin the coast.",
    "Norway voiced its concerns about the ethnic, religious, and economic character of the new district.",
    "For Greta Lind, the port represents what she hopes will be her legacy.",
    "Greta Lind welcomed the move on Monday: “Recent events show the port must stay open.”",
    "The senate will act on two trade deals that Sam Vell has long voiced support for during recent years.",
    "That is a plan the Harbour Board largely supports, though it would cost money.",
    "The last thing Ostria wants is a war in the north.",
    # a relative clause's verb whose object is the noun described says nothing alone
    "A private hearing, which Tomas Vell intends to formally request on Monday, is the better way.",
    "Greta Lind gave a speech, the first in a series of speeches she wants to give about the economy.",
    "We need to know what Greta Lind wants to bring to the contest.",
])
def test_no_object_that_says_nothing(nlp, text):
    assert not [o for *_, o in stances(nlp, text) if o in {"in particular", "will ruin the coast", "the ethnic",
                                                           "a plan", "The last thing"}
                or o.startswith(("will be", "Recent events", "during", "formally request", "give about", "bring"))]


def test_a_possessor_parsed_as_the_object_keeps_what_it_owns(nlp):
    # the parse makes "strikers" the object and "demand" a second one; "the strikers" alone misleads
    found = stances(nlp, "Sweden backs the strikers’ demand that the mines stay open.")
    assert ("Sweden", "supports", "the strikers’ demand that the mines stay open") in found
    assert not [s for s in found if s[2] == "the strikers"]


@pytest.mark.parametrize("text", [
    "Last month the Harbour Authority handed ferry operators several of the permits they wanted for the coming season.",
    "Last month Denmark handed Swedish ferry operators several of the berths they wanted in Malmo.",
])
def test_they_with_another_plural_before_it_is_not_the_clause_subject(nlp, text):
    assert not [s for s in stances(nlp, text) if s[1] == "wants"]


def test_a_stance_inside_what_someone_would_welcome_is_not_held(nlp):
    text = "Mayor Ilse Dorn said she would welcome Sweden's backing for the canal scheme."
    assert not [s for s in stances(nlp, text) if s[0] == "Sweden"]


def test_a_year_inside_the_date_phrase_places_the_attitude_in_the_past(nlp):
    assert stances(nlp, "In March 2011, Denmark sought approval from the court to dredge the estuary.") == []


def test_a_stance_according_to_someone_else_is_their_account(nlp):
    assert stances(nlp, "Tomas Brekke opposed the new bridge tolls, according to minutes of the council and "
                        "interviews with two aides.") == []
    assert ("Denmark", "opposes", "the new bridge tolls") in stances(
        nlp, "Denmark opposes the new bridge tolls, according to a statement from its transport ministry.")


@pytest.mark.parametrize("text, expected", [
    ("Sweden accused Denmark of dumping waste in the strait.", ("Sweden", "accuses", "Denmark of dumping waste in the strait")),
    ("Lena Varga blames the harbour board for the rise in accidents.",
     ("Lena Varga", "accuses", "the harbour board for the rise in accidents")),
])
def test_an_accusation_names_the_accused_with_the_charge(nlp, text, expected):
    assert stances(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "Tomas Brekke spoke on Sunday. “He wants a bigger fleet,” Brekke said.",
    "Tomas Brekke met the new premier. “But he wants to look like a reformer, that he is open,” Brekke said.",
])
def test_he_inside_a_quotation_is_not_its_speaker(nlp, text):
    assert not [s for s in stances(nlp, text) if s[0] == "Tomas Brekke"]


def test_he_outside_the_quotation_is_still_the_speaker(nlp):
    assert ("Tomas Brekke", "wants", "a bigger fleet") in stances(nlp, "Tomas Brekke said he wants a bigger fleet.")


def test_a_negative_subject_denies_the_attitude(nlp):
    assert stances(nlp, "Neither Sweden nor Finland wants to play second fiddle to Norway.") == []


def test_they_is_never_one_state(nlp):
    text = ("The storm gave fishermen a reason to speed up their plans to leave Denmark. "
            "They hope their sons will find work in the city.")
    assert not [s for s in stances(nlp, text) if s[0] == "Denmark"]


def test_a_past_progressive_placed_in_a_year_is_bygone(nlp):
    assert stances(nlp, "By 2009 Sweden was criticizing Denmark more than it was Norway.") == []


def test_what_someone_did_not_have_the_means_to_seek_is_not_sought(nlp):
    found = stances(nlp, "Tomas Brekke, who told the council he did not have the money to seek a recount, "
                         "now wants a vote.")
    assert found == [("Tomas Brekke", "wants", "a vote")]


def test_an_interest_in_a_place_is_a_stake_not_a_wish(nlp):
    assert stances(nlp, "Norway's strategic interest in Denmark is mostly about fish.") == []
    assert ("Norway", "wants", "keeping the strait open") in stances(
        nlp, "Norway has a strategic interest in keeping the strait open.")


def test_experts_in_a_capital_do_not_speak_for_the_state(nlp):
    text = "Experts in Stockholm hope to reshape the debate on fishing quotas."
    assert not [s for s in stances(nlp, text) if s[0] == "Sweden"]


def test_a_stance_noun_taken_by_a_verb_placed_in_a_year_is_bygone(nlp):
    assert stances(nlp, "In March 2017, Tomas Brekke announced his plans to step down from the board.") == []


def test_a_bare_news_word_is_no_object(nlp):
    assert stances(nlp, "Denmark, a vocal opponent of the treaty, condemned the news.") == []


def test_nouns_sharing_a_possessor_stay_together(nlp):
    found = stances(nlp, "Other states share Norway's concerns about Denmark's unfair quotas and protectionism.")
    assert found == [("Norway", "fears", "Denmark's unfair quotas and protectionism")]


def test_zero_interest_is_none(nlp):
    assert stances(nlp, "Sweden, after the flood, has zero interest in a second canal.") == []


def test_a_bare_anaphoric_word_is_no_object(nlp):
    assert stances(nlp, "The Harbour Board last month backed the measure.") == []


def test_a_time_phrase_is_no_object(nlp):
    from dossier.nlp.stances.syntax import empty_object

    doc = nlp("He has backed a year.")
    assert empty_object(doc, (14, 20)) and not empty_object(doc, (7, 20))


def test_a_photo_gallery_line_holds_no_stance(nlp):
    text = ("Fjord\n\nPhotos: The Fjord War Hide Caption 2 of 12 Photos: The Fjord War Norway wants the fleet to "
            "sail at dawn. Hide Caption 3 of 12")
    assert stances(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Mayor Ilse Holm does not necessarily back or endorse the new ferry timetable.",
    "Norway wanted to keep the old tariff panel, an independent body set up to settle disputes.",
    "What would really upset Oslo, he added, is permanently basing that many ships in the fjord.",
    "It seems clear that Brekke has the support to be elected.",
    "Lena Varga also suggested in recent testimony that Brekke sought to bury the report.",
])
def test_negated_past_guessed_received_or_suggested_attitudes_give_no_stance(nlp, text):
    assert stances(nlp, text) == []


def test_a_past_wish_in_what_someone_says_is_still_theirs(nlp):
    assert ("Tomas Brekke", "wants", "a senior post at the ministry") in stances(
        nlp, "Tomas Brekke said he wanted a senior post at the ministry.")


@pytest.mark.parametrize("text", [
    "Tomas Brekke initially defended the harbour levy, but later turned against it.",
    "Lena Varga said the closure of the strait was not something Sweden wanted to see happen.",
])
def test_a_first_stage_or_a_denied_want_is_no_stance(nlp, text):
    assert stances(nlp, text) == []


def test_a_paragraph_set_in_a_past_year_carries_its_year(nlp):
    text = ("The quarrel over the fjord began in 2009. In August of 2011, the Swedish premier called for talks. "
            "To press the point, Denmark closed its ports to Swedish trawlers and urged Sweden to halt the herring trade.")
    assert not [s for s in stances(nlp, text) if s[0] == "Denmark"]
    now = "The talks resumed on Monday. Denmark closed its ports and urged Sweden to halt the herring trade."
    assert ("Denmark", "recommends", "Sweden to halt the herring trade") in stances(nlp, now)


def test_a_new_paragraph_leaves_the_past_year_behind(nlp):
    text = ("In August of 2011, the Swedish premier called for talks.\n\n"
            "Denmark closed its ports and urged Sweden to halt the herring trade.")
    assert ("Denmark", "recommends", "Sweden to halt the herring trade") in stances(nlp, text)


def test_they_going_to_be_interested_is_a_forecast(nlp):
    said = "“Danish farmers have had enough of the levy fight. They {} in keeping the old scheme,” Senator Ada Holm said."
    assert stances(nlp, said.format("are going to be interested")) == []
    assert ("Denmark", "opposes", "the new levy") in stances(
        nlp, "Denmark is going to oppose the new levy, its trade minister said.")


def test_they_is_never_one_person(nlp):
    text = "“Swedish growers have had enough of the levy fight. They want to keep the old scheme,” Senator Ada Holm said."
    assert not [s for s in stances(nlp, text) if s[0] == "Ada Holm"]


def test_a_demonstrative_and_a_noun_say_nothing_on_their_own(nlp):
    text = "The hearing has been pushed back to November. That timeline has frustrated Ada Holm, a local baker."
    assert not [s for s in stances(nlp, text) if s[0] == "Ada Holm"]


def test_an_hour_before_is_when_not_what(nlp):
    text = ("Mayor Ada Holm sacked Vik on Tuesday. Her staff heard of Holm's intention to sack Vik only an hour or so "
            "before it was done.")
    found = stances(nlp, text)
    assert ("Ada Holm", "wants", "sack Vik") in found
    assert not any("hour" in obj for _, _, obj in found)
    kept = stances(nlp, "Denmark is backing a plan put forward last week by the Swedish fisheries minister.")
    assert ("Denmark", "supports", "a plan put forward last week by the Swedish fisheries minister") in kept


@pytest.mark.parametrize("text", [
    "The fleet has a problem with its image. Johan Berglund wants to change that.",
    "The fleet has a problem with its image, and Johan Berglund wants to fix it.",
    "Ada Holm, a ferry captain in Aarhus, is worried that he could close the route.",
])
def test_an_object_that_is_only_a_pronoun_says_nothing(nlp, text):
    assert stances(nlp, text) == []


def test_the_holders_own_pronoun_keeps_the_object(nlp):
    assert ("Ada Holm", "fears", "she could lose the seat") in stances(
        nlp, "Ada Holm, a councillor in Aarhus, fears she could lose the seat.")


def test_criticising_someone_for_something_is_an_accusation(nlp):
    found = stances(nlp, "Denmark criticized Sweden and Norway for not speaking out on the flooding.")
    assert ("Denmark", "accuses", "Sweden and Norway for not speaking out on the flooding") in found
    assert not [s for s in found if s[1] == "opposes"]


def test_an_adverb_of_the_blaming_stays_in_the_charge(nlp):
    found = stances(nlp, "On Friday, Sweden's foreign minister, Lars Brenn, blamed Danish Prime Minister Ada Holm "
                         "personally for the leak.")  # the minister named: his charge (an unnamed one holds none)
    assert ("Lars Brenn", "accuses", "Danish Prime Minister Ada Holm personally for the leak") in found
    assert not [s for s in found if s[2] == "the leak"]


def test_one_persons_word_on_anothers_aim_is_not_their_stance(nlp):
    assert stances(nlp, "Marta Lindqvist said Johan Berglund seeks to exploit the floods for his own ends.") == []
    assert stances(nlp, "Johan Berglund seeks to exploit the floods for his own ends, Marta Lindqvist said.") == []
    assert ("Ada Holm", "wants", "a second term on the board") in stances(
        nlp, "Ada Holm said she wants a second term on the board.")


def test_a_participle_after_another_nouns_relative_clause_has_no_holder(nlp):
    text = ("Ada Holm faced off against the Green Party, which had struggled to set out a plan for the coast, "
            "backing a second referendum on the bridge.")
    assert stances(nlp, text) == []
    assert ("Ada Holm", "supports", "a second referendum on the bridge") in stances(
        nlp, "Ada Holm faced off against the Green Party, backing a second referendum on the bridge.")


def test_a_that_opening_a_clause_is_no_pointing_pronoun(nlp):
    text = ("The foreign minister of Denmark, Lars Brenn, urged in a column for Nordic Policy that the fishing nations "
            "act without waiting for the assembly.")  # the minister named: his advice (an unnamed one holds none)
    assert ("Lars Brenn", "recommends", "that the fishing nations act without waiting for the assembly") in stances(nlp, text)


def test_they_after_a_sentence_whose_subject_is_a_people_noun_is_not_a_name_in_it(nlp):
    text = ("Exit polls show the voters went for Vell in Jutland. As Johan Berglund wrote this month, they went for "
            "Vell by 21 points. A poll this month showed they favored Holm by 32 points nationally.")
    assert not [s for s in stances(nlp, text) if s[1] == "supports"]


def test_few_worries_are_none_and_a_few_are_some(nlp):
    assert stances(nlp, "In sum, Denmark has few worries that Sweden might do any major damage to the bridge.") == []
    assert ("Denmark", "fears", "the new bridge") in stances(nlp, "Denmark has a few worries about the new bridge.")


def test_an_attitude_held_at_times_is_no_stance(nlp):
    assert stances(nlp, "Ada Holm is a fan of Sweden and has defended the Swedish premier at times.") == []


@pytest.mark.parametrize("text, expected", [
    ("Johan Berglund was supportive of the harbour raids at the lunch, but also saw why the navy hesitated.",
     ("Johan Berglund", "supports", "the harbour raids")),
    ("Johan Berglund announced his plans to leave the Green party in the video, starting a fund of his own.",
     ("Johan Berglund", "wants", "leave the Green party")),
])
def test_where_it_was_said_is_no_part_of_the_object(nlp, text, expected):
    assert stances(nlp, text) == [expected]


def test_either_or_is_one_object(nlp):
    text = ("Since the war began, Denmark has repeatedly voiced concerns that Sweden's arsenal could either be sold "
            "to the rebels, a bitter enemy of Denmark, or fall into the hands of pirates.")
    assert stances(nlp, text) == [("Denmark", "fears", "Sweden's arsenal could either be sold to the rebels, a bitter "
                                   "enemy of Denmark, or fall into the hands of pirates")]


def test_a_long_object_ends_at_a_clause_break(nlp):
    text = ("Denmark wants a first accord that would buy a pause by freezing the growth of Sweden's herring fleet, in "
            "return for small quota relief while a final and much broader settlement on the whole of the Baltic fishery "
            "is worked out over six months.")
    assert stances(nlp, text) == [("Denmark", "wants", "a first accord that would buy a pause by freezing the growth of "
                                   "Sweden's herring fleet, in return for small quota relief")]


def test_an_agency_reporting_a_quotation_is_no_person(nlp):
    text = ("“Ambassador Johan Berglund criticized the Swedish quota plan in a series of messages on Wednesday,\" "
            "AP reports.")  # (stanceact14: criticizing "the Swedes and Finns" so is one episode, no stance)
    assert ("Johan Berglund", "opposes", "the Swedish quota plan") in stances(nlp, text)


@pytest.mark.parametrize("text", [
    "Denmark has blamed it for the higher prices.",
    "The point of the reforms gets lost because of Sweden’s security concerns over who is pushing them.",
    "Copenhagen wants to be a leader on that.",
])
def test_an_accused_pronoun_a_bare_who_or_a_trailing_that_says_nothing(nlp, text):
    assert stances(nlp, text) == []


def test_a_states_own_it_keeps_its_fear(nlp):
    assert ("Denmark", "fears", "it could lose the fishing rights") in stances(
        nlp, "Denmark fears it could lose the fishing rights.")


@pytest.mark.parametrize("text", [
    "President Tomas Vell spoke on Monday.\n\nVELL SAYS HE WANTS OSTRIA TO DROP THE DAM PLAN\n\nThe talks resume in May.",
    "Media caption Denmark criticizes Sweden's handling of the quota talks\n\nThe talks resume in May.",
    "Image copyright Reuters Image caption Denmark opposes the new quota rules\n\nThe talks resume in May.",
])
def test_a_headline_in_capitals_or_a_media_caption_holds_no_stance(nlp, text):
    assert stances(nlp, text) == []


def test_it_appears_is_the_writers_reading(nlp):
    assert stances(nlp, "Now it appears Stockholm hopes to buy time with the new talks.") == []


@pytest.mark.parametrize("text", ["Denmark opposes all such efforts.", "Denmark wants to end these crises."])
def test_such_and_these_point_back(nlp, text):
    assert stances(nlp, text) == []


def test_an_object_runs_on_to_close_its_quotation(nlp):
    text = 'Ada Holm wants to answer the panel "with all the honesty and care that the office can muster," she said.'
    assert stances(nlp, text) == [
        ("Ada Holm", "wants", 'answer the panel "with all the honesty and care that the office can muster,"')]
    # (with "I" in the quotation the object is in the first person, and no stance: ``cuts.first_person_singular``)


def test_an_object_of_modifiers_only_or_cut_at_a_possessive_is_none(nlp):
    text = "While Sweden wants quick fixes, Denmark wants to take measures that are longer term and not merely punitive."
    assert not [s for s in stances(nlp, text) if s[2] == "not merely punitive"]
    assert not [o for _, _, o in stances(nlp, "Denmark criticised Sweden's handling of Ada Holm's.") if o.endswith("'s")]


def test_advice_names_who_is_advised(nlp):
    found = stances(nlp, "Sweden urged all its citizens to leave Kessel immediately.")
    assert found == [("Sweden", "recommends", "all its citizens to leave Kessel immediately")]
    assert not stances(nlp, "Denmark urged them to leave immediately.")  # who? (stobj18: strict readers marked
    # advice cut from the one urged wrong)
    assert ("Denmark", "recommends", 'President Tomas Vell to "stop campaigning" at once') in stances(
        nlp, 'Denmark urged President Tomas Vell to "stop campaigning" at once.')


def test_one_groups_word_on_anothers_aim_is_a_charge(nlp):
    text = "When the strike started, it was the Greens that said the Liberals wanted to close the ports."
    assert stances(nlp, text) == []
    assert stances(nlp, "The Democrats said they want to close the Gulf ports.") == [("Democrats", "wants", "close the Gulf ports")]


def test_a_common_word_opening_a_quotation_is_no_organisation(nlp):
    text = ("Money keeps flowing to the regime, the senators said. “Regime officials have made clear they intend to "
            "edge toward a bomb,” the senators wrote.")
    assert not [s for s in stances(nlp, text) if s[0] == "Regime"]


def test_a_fear_for_someone_keeps_its_for(nlp):
    found = stances(nlp, "Mayor Ada Holm fears for the safety of the dock workers at the closed mill.")
    assert ("Ada Holm", "fears", "for the safety of the dock workers at the closed mill") in found
    assert not [s for s in found if s[2] == "the safety of the dock workers at the closed mill"]


@pytest.mark.parametrize("text", [
    "Ada Holm has a deep concern for the people of Kessel, her aides said.",
    "Lena Varga has expressed concern for the fishermen stranded at the northern harbour.",
    "Mayor Ida Kern is concerned for the workers at the closed mill.",
])
def test_concern_for_someone_is_care_not_fear(nlp, text):
    """ "concern for X" is care for them: neither a fear of X nor "fears for X" (read 20)."""
    assert not [s for s in stances(nlp, text) if s[1] == "fears"]


@pytest.mark.parametrize("text", [
    "Officials in Oslo are wary of mollifying the trawler owners.",
    "Mayor Ida Kern is concerned about sending more inspectors to the quarry after the storm.",
])
def test_wary_of_a_deed_of_ones_own_is_no_fear(nlp, text):
    """ "wary of mollifying the owners": a deed the holder weighs, not a thing feared (read 20)."""
    assert not [s for s in stances(nlp, text) if s[1] == "fears"]


def test_worried_about_what_befalls_one_stays_a_fear(nlp):
    assert ("Ida Kern", "fears", "losing her seat in the spring vote") in stances(
        nlp, "Mayor Ida Kern is worried about losing her seat in the spring vote.")


def test_a_timeline_in_the_historical_present_is_history_when_the_articles_year_is_later(nlp):
    text = ("REBUFFED AT THE COUNCIL\n\nDenmark and its allies take their case to the council in October 2011, asking it "
            "to condemn the raids. Sweden and Finland oppose the resolution on fishing rights.\n\nDenmark tries anew in "
            "February 2012, backing a Dutch plan to share the quotas.")
    doc = nlp(text)
    then = find_stances(doc, find_entities(doc), year=2013)
    assert then == []
    now = find_stances(doc, find_entities(doc), year=2011)
    assert any(s.actor == "Sweden" and s.attitude == "opposes" for s in now)


@pytest.mark.parametrize("text, expected", [
    ("Ada Holm wants the council to close the harbour road, fearing more accidents.",
     ("Ada Holm", "wants", "the council to close the harbour road")),
    ("Ada Holm wants to close the harbour road, citing the accidents.", ("Ada Holm", "wants", "close the harbour road")),
    ("The Harbour Fund, a group that backs candidates from the coast, endorsed his rival, Tomas Vell, Friday "
     "morning.", ("Harbour Fund", "supports", "his rival, Tomas Vell")),
    ("Tomas Vell proposed the new voting rules in his yearly address.", ("Tomas Vell", "recommends", "the new voting rules")),
])
def test_why_when_and_where_are_cut_from_the_object(nlp, text, expected):
    assert stances(nlp, text) == [expected]


def test_a_stance_noun_in_a_coordination_is_not_what_the_first_one_holds(nlp):
    text = "Roger Lindqvist is also famous for his loud support for President Tomas Vell and opposition to Ada Holm."
    assert stances(nlp, text) == [("Roger Lindqvist", "supports", "President Tomas Vell")]


def test_a_present_attitude_after_a_dated_aside_is_still_held(nlp):
    text = ("Was slashing the harbour budget by half since 2006 wise? Sen. Tomas Vell wants an \"Ebola czar,\" but the "
            "Senate is blocking the vote.")
    doc = nlp(text)
    found = find_stances(doc, find_entities(doc), year=2014)
    assert any(s.actor == "Tomas Vell" and s.attitude == "wants" for s in found)


def test_a_weekday_inside_a_noun_phrase_stays(nlp):
    text = "Mr. Vell is polling well in Kessel and aiming to revive his bid with a victory in the region's early primary Saturday."
    assert ("Vell", "wants", "revive his bid with a victory in the region's early primary Saturday") in stances(nlp, text)


def test_he_after_a_sentence_led_by_an_unrecognised_name_is_not_a_name_further_in(nlp):
    text = ("Holmqvist endorses the first decision to join the pact, but criticizes Tomas Vell's decision to widen it. "
            "He savaged the harbour plan, calling it a folly. He supports bombing the bridges, but blasted Vell's "
            "decision to arm the rebels.")
    assert not [s for s in stances(nlp, text) if s[0] == "Tomas Vell"]


def test_a_quantifier_without_its_noun_is_no_object(nlp):
    assert stances(nlp, "The Danes have sought to offer a few, though their account keeps changing.") == []


def test_what_someone_wants_asked_about_is_no_stance(nlp):
    text = "Tomas Vell has to explain himself: what he wants these agreements to produce, and when."
    assert stances(nlp, text) == []


def test_an_attitude_not_expressed_is_not_held(nlp):
    assert stances(nlp, "Tomas Vell doesn't express a desire for the island to give up any fishing rights.") == []
    assert stances(nlp, "Tomas Vell has not voiced support for the harbour plan.") == []
    assert ("Tomas Vell", "supports", "the harbour plan") in stances(
        nlp, "Tomas Vell did not hide his support for the harbour plan.")


def test_their_after_a_number_of_unnamed_people_is_theirs_not_a_place_before(nlp):
    text = ("Tomas Vell will name his cabinet on Wednesday; Ada Holm, MP for Varby in Jutland, will become chief whip. "
            "A handful of senior councillors have told the party they would refuse posts under Mr Vell, citing their "
            "opposition to his plan for the bridge.")
    assert stances(nlp, text) == []


def test_an_unnamed_set_with_an_example_is_not_the_examples_state(nlp):
    text = "Republicans are split over the plan, and even those open to it, notably Ohio Rep. Ada Holm, want large cuts in exchange."
    assert stances(nlp, text) == []


def test_concern_over_someones_welfare_is_a_fear_for_them(nlp):
    assert stances(nlp, "The Harbour Front has voiced worry over the welfare of the ferry crews.") == [
        ("Harbour Front", "fears", "over the welfare of the ferry crews")]
    assert stances(nlp, "Denmark has expressed concern over the new dam.") == [("Denmark", "fears", "the new dam")]


def test_how_a_stance_was_defended_is_no_part_of_its_object(nlp):
    # (a defence of one's own decision, "defended his decision to …", is no stance at all: readst18, acts.py)
    text = ("Tomas Vell defended the council's decision to allow the Danish offensive by saying the islanders did "
            "not help Kessel during the war.")
    assert stances(nlp, text) == [("Tomas Vell", "supports", "the council's decision to allow the Danish offensive")]


def test_a_hope_that_nothing_happens_says_nothing(nlp):
    assert stances(nlp, "Ada Holm said she hopes that nothing will happen, and that the talks go on.") == []
    assert ("Tomas Vell", "opposes", "anything that questions his faith, including the new school rules") in stances(
        nlp, "Tomas Vell is also hostile to anything that questions his faith, including the new school rules.")


def test_an_interest_told_in_the_past_is_over(nlp):
    assert stances(nlp, "The Danes were only interested in the harbour company to build new quays in Jutland.") == []
    assert ("Denmark", "wants", "the harbour company") in stances(
        nlp, "Tomas Vell said Denmark was interested in the harbour company.")


@pytest.mark.parametrize("text", [
    "Senator Lena Marsh has vowed to veto the bill.",
    "Senator Lena Marsh wants the documents.",
    # the story's own event says no more (strict readers, reads 21-23): which strike, which tests
    "Ostria condemned the strike, its envoy told reporters in Kessel.",
    "Ostria opposes the tests, its envoy said.",
    "Premier Lena Brook condemned the shooting in a short statement.",
    "Ostria condemned the brutal killings, its envoy said.",
    "Senator Ivo Brant has condemned the inquiries, which are also looking at his campaign, as a witch hunt.",
    "Ostria opposes the tariffs, which took effect in May, its envoy said.",
])
def test_a_definite_noun_that_does_not_say_which_is_no_object(nlp, text):
    assert stances(nlp, text) == []  # which bill, which documents: an earlier sentence said


@pytest.mark.parametrize("text,obj", [
    ("Ostria condemned the strike on the Varnian port, its envoy said.", "the strike on the Varnian port"),
    ("Ostria condemned the Kessel shooting, its envoy said.", "the Kessel shooting"),
    ("Ostria supports the nuclear accord, its envoy said.", "the nuclear accord"),
    ("Ostria fears a war, its envoy said.", "a war"),
    ("Ostria opposes the tariffs that took effect in May, its envoy said.", "the tariffs that took effect in May"),
])
def test_an_event_that_says_which_or_has_no_definite_article_stays(nlp, text, obj):
    assert [o for _, _, o in stances(nlp, text)] == [obj]


def test_a_definite_noun_that_says_which_stays(nlp):
    assert stances(nlp, "Senator Lena Marsh opposes the restrictions on night shifts.") == [
        ("Lena Marsh", "opposes", "the restrictions on night shifts")]
    assert stances(nlp, "Senator Lena Marsh supports the Sunnis.") == [("Lena Marsh", "supports", "the Sunnis")]
    assert stances(nlp, "Norway condemned the attack on the embassy on Tuesday.") == [
        ("Norway", "opposes", "the attack on the embassy")]


@pytest.mark.parametrize("text", [
    "The harbor audit has been stalled for a month.\n\n\"It's a mess,\" said Piotr Halas, a former harbor commissioner "
    "for the mayors of both of the big parties in Kessel. \"He wants to look strong, and he wants us all talking of other things.\"",
    "The port workers will vote in May.\n\nBut Piotr Halas sees only darkness in this: \"The plan is guided by his "
    "political desire to win the port district in the next election.\"",
])
def test_he_in_a_quotation_is_not_whoever_said_or_introduced_it(nlp, text):
    assert stances(nlp, text) == []  # the speaker talks of someone else: he would say "I"


@pytest.mark.parametrize("text", [
    "Ada Holm wants answers.",
    "The mayor of Kessel has sought help from Norway toward ending the strike.",
    "Norway strongly opposes additional sanctions, its envoy said.",
    "Tomas Vell said he opposes military aid.",
    "Ada Holm wants more information, her aides said.",
])
def test_a_noun_of_what_is_asked_or_given_needs_its_complement(nlp, text):
    assert stances(nlp, text) == []


def test_a_noun_of_what_is_asked_keeps_its_complement_when_told(nlp):
    assert ("Ada Holm", "wants", "answers about the collapse of the harbour bridge") in stances(
        nlp, "Ada Holm wants answers about the collapse of the harbour bridge.")
    assert ("Norway", "supports", "U.S. sanctions") in stances(nlp, "Norway supports U.S. sanctions, its envoy said.")


def test_the_medium_an_attitude_was_voiced_in_is_not_its_object(nlp):
    assert stances(nlp, "Ada Holm welcomed the new fishing treaty on Twitter.") == [
        ("Ada Holm", "supports", "the new fishing treaty")]
    assert not [s for s in stances(nlp, "Tomas Vell voted to oppose the new harbour levy in committee.")
                if "committee" in s[2]]
    assert stances(nlp, "Ada Holm praised the spot on Facebook.") == []  # which spot, the sentence does not say


def test_a_guess_at_someones_motive_is_the_guessers(nlp):
    assert stances(nlp, "Ada Holm thinks Tomas Vell resigned because he wants to run for mayor.") == []
    # a motive told by another is that teller's account (read 25); told by Vell or his own spokeswoman, his
    assert stances(nlp, "Tomas Vell resigned because he wants to run for mayor, Ada Holm said.") == []
    for teller in ("he", "his spokeswoman"):
        assert ("Tomas Vell", "wants", "run for mayor") in stances(
            nlp, f"Tomas Vell resigned because he wants to run for mayor, {teller} said.")


@pytest.mark.parametrize("text", [
    "A small group of Senate Republicans is worried about the cost of the new harbour bridge.",
    "Senate Democratic leaders urged Governor Ada Holm to veto the harbour tax.",
    "House Republicans oppose the harbour tax.",
])
def test_a_partys_members_in_a_chamber_are_not_the_chamber(nlp, text):
    assert not [s for s in stances(nlp, text) if s[0] in {"Senate", "House"}]


def test_a_definite_noun_with_only_its_stage_told_does_not_say_which(nlp):
    assert stances(nlp, "Norway opposes the revised deal, its envoy said.") == []
    assert stances(nlp, "Ada Holm welcomed the proposed agreement.") == []
    assert ("Norway", "supports", "the revised deal on fishing rights") in stances(
        nlp, "Norway supports the revised deal on fishing rights.")


def test_a_proposal_placed_in_a_past_period_is_not_held_now(nlp):
    assert stances(nlp, "Tomas Vell's proposal during the Liberal primaries to close the northern border drew "
                        "wide criticism.") == []
    assert ("Tomas Vell", "recommends", "close the northern border") in stances(
        nlp, "Tomas Vell's proposal to close the northern border drew wide criticism.")


def test_a_person_alone_is_no_wish(nlp):
    assert stances(nlp, "Ada Holm prefers Ostrian President Tomas Vell to his rival.") == []
    assert ("Ada Holm", "wants", "Tomas Vell to resign") in stances(nlp, "Ada Holm wants Tomas Vell to resign.")
    assert ("Ada Holm", "supports", "Tomas Vell") in stances(nlp, "Ada Holm supports Tomas Vell.")


@pytest.mark.parametrize("text", [
    "The rule cuts the time Mexicans seeking asylum in Norway have to prepare their cases.",
    "Syrians fleeing the war want shelter in Norway.",
])
def test_a_group_picked_out_by_a_participle_is_not_the_whole_group(nlp, text):
    assert stances(nlp, text) == []


def test_doing_that_points_back_whatever_follows(nlp):
    assert stances(nlp, "Ada Holm wants to do just that, aiming to curb the power of the harbour "
                        "board.") == []
    assert ("Ada Holm", "wants", "do more for the fishermen of Kessel") in stances(
        nlp, "Ada Holm wants to do more for the fishermen of Kessel.")


def test_the_motive_an_act_is_done_on_is_not_the_object(nlp):
    assert stances(nlp, "Ada Holm has resisted handing long-range boats to the Kessel militia out of fear that the boats "
                        "might be sold on.") == [("Ada Holm", "opposes", "handing long-range boats to the Kessel militia")]
    assert stances(nlp, "Tomas Vell sought to distance Norway from Sweden on the assumption that Sweden was the "
                        "stubborn party.") == [("Tomas Vell", "wants", "distance Norway from Sweden")]


def test_a_clause_about_an_unnamed_thing_that_names_nothing_says_nothing(nlp):
    assert stances(nlp, "Tomas Vell fears the curbs would anger the harbour towns.") == []
    assert stances(nlp, "Ada Holm wants the suspects to be sent back.") == []
    assert ("Tomas Vell", "fears", "the restrictions on drilling would be unpopular with voters") in stances(
        nlp, "Tomas Vell fears the restrictions on drilling would be unpopular with voters.")
    assert ("Norway", "wants", "the talks with Sweden will succeed") in stances(
        nlp, "Norway hopes the talks with Sweden will succeed.")


def test_a_charge_without_the_accused_is_no_accusation(nlp):
    assert stances(nlp, "The attack on the harbour, which Norway blames on Sweden, killed two.") == []
    assert not [s for s in stances(nlp, "Ostria warned of war after an attack on the harbour which Norway blames on "
                                        "Sweden.") if s[1] == "accuses"]  # the accused, Sweden, is not in it
    assert ("Norway", "accuses", "Sweden for the attack") in stances(nlp, "Norway blamed Sweden for the attack.")


def test_the_channel_a_stance_was_voiced_on_is_not_its_object(nlp):
    assert stances(nlp, "Ada Holm voiced support for the harbour spot on CNN.") == [
        ("Ada Holm", "supports", "the harbour spot")]


def test_a_quoted_story_of_anothers_past_wish_is_not_held(nlp):
    text = ('"Vell always saw the port as a prize," Ada Holm said. "Tomas Vell just wanted to bomb the harbour and '
            'then leave. That is not new."')
    assert not [s for s in stances(nlp, text) if s[0] == "Tomas Vell"]


@pytest.mark.parametrize("text", [
    "The Balkans fear a new wave of migrants from the south.",
    "Scandinavia fears the new Russian bases in the Arctic.",
])
def test_a_region_holds_no_stance(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize("text", [
    'Ada Holm wants to know: "Which will come first, the bridge or the tunnel?"',
    "Tomas Vell wants to find out why the harbour was closed.",
    "Tomas Vell wants to learn whether the harbour was closed.",
])
def test_wanting_to_know_is_a_question_not_a_wish(nlp, text):
    assert stances(nlp, text) == []


def test_a_thing_only_a_demonstrative_picks_out_points_back(nlp):
    assert stances(nlp, "The Liberal Party supports these plain civic and trading values.") == []
    assert stances(nlp, "Ada Holm wants to do these things for the fishermen.") == []
    assert ("Ada Holm", "opposes", "this tax on fishermen") in stances(nlp, "Ada Holm opposes this tax on fishermen.")


def test_a_listed_concern_loses_the_nouns_own_preposition(nlp):
    found = stances(nlp, "Ada Holm also voiced serious concerns: about Tomas Vell’s harsh harbour policy and the cost "
                         "of the new bridge.")
    assert ("Ada Holm", "fears", "Tomas Vell’s harsh harbour policy") in found
    assert not [s for s in found if s[2].startswith("about")]


def test_an_attempt_that_came_to_nothing_is_no_stance(nlp):
    assert stances(nlp, "Norway sought to break free of Sweden, only to be crushed.") == []
    assert stances(nlp, "Norway sought to break free of Sweden.") == [("Norway", "wants", "break free of Sweden")]


def test_a_title_is_no_part_of_the_holders_name(nlp):
    """The holder is the person, not the first word of the title before the name ("State") nor the name with
    its title ("Councilor Dae Kwon")."""
    found = stances(nlp, "State Councilor Dae Kwon accused the U.S. of stoking the protests in the capital.")
    assert [s[0] for s in found] == ["Dae Kwon"]
    found = stances(nlp, "But a veteran diplomat, State Councilor Dae Kwon, accused the U.S. of stoking the protests.")
    assert not [s for s in found if s[0] == "State"]


def test_a_party_holds_its_stance_under_its_whole_name(nlp):
    found = stances(nlp, "Halvard's dithering opened a door for the far smaller Liberal Democrats. They stand firmly "
                         "against the tariff and want to call a fresh vote on it.")
    assert ("Liberal Democrats", "wants", "call a fresh vote on it") in found
    assert not [s for s in found if s[0] == "Democrats"]


def test_a_comment_hung_on_a_wordless_act_is_no_part_of_the_object(nlp):
    """"defended the army's action saying …": the holder's comment, not words of the act (and "the army's action"
    alone says nothing of what was done, so it is not shown either: readst18c, ``objects._owned_bare_act``); a
    letter's words stay."""
    found = stances(nlp, "At the hearing, Ostrian leader Mira Tollund defended the army's action saying the charges "
                         "against her country were \"false and unfair\".")
    assert not [s for s in found if "saying" in s[2]]
    assert ("Mira Tollund", "supports", "the army's action") not in found
    found = stances(nlp, "Mira Tollund supported a letter saying the charges against her country were false.")
    assert [s[2] for s in found] == ["a letter saying the charges against her country were false"]


@pytest.mark.parametrize("text, wrong", [
    ("Governor Tomas Vell spoke at the dock on Monday. Critics say the plan is costly. He praised Ivan Brekke "
     "because he wants more ferries on the lake.", "Ivan Brekke"),
])
def test_a_pronoun_holder_the_speaker_rules_read_as_another_is_dropped(nlp, text, wrong):
    """The quote speakers' rules read "he" as Vell, the subject two sentences back; the stance's own search
    took Brekke, the one name before it in its sentence: unsure, so no stance."""
    assert not [s for s in stances(nlp, text) if s[0] == wrong and s[1] in {"wants", "recommends"}]


def test_a_pronoun_holder_both_rules_agree_on_is_kept(nlp):
    text = "Governor Ada Holm toured the dam on Monday. She wants a new dam on the river."
    assert ("Ada Holm", "wants", "a new dam on the river") in stances(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    ("Councillor Ada Brekke, a longtime foe of Lind, offered a rare word of caution among Lind's fellow Liberals, "
     "most of whom have stayed silent, defended Lind or stepped up their attacks on Halvik since the count.",
     "Ada Brekke"),
    ("Mr. Halvik recently called for a recount in the harbour ward, and the Ostrian Times revealed the shipowner, "
     "while backing Mrs. Brekke with large sums, is quietly selling Kesslan bonds.", "Ostrian Times"),
    ("Marsk's sense of grievance rests on the idea that corporate Sweden wants low wages, that progressive Sweden "
     "wants votes, and that most Swedes never noticed.", "Sweden"),
])
def test_a_stance_of_a_nearby_group_or_person_is_not_given_to_the_named_one(nlp, text, wrong):
    assert not any(actor == wrong for actor, _, _ in stances(nlp, text))


def test_a_generic_infinitive_subject_holds_nothing(nlp):
    text = ("The Kessel Courier says Lind will tolerate the first two kinds of slur but not the third. He is still "
            "insisting that to label the pact a swindle or to oppose the existence of a Kesslan homeland is not "
            "automatically hateful.")
    assert not any(obj.startswith("the existence") for _, _, obj in stances(nlp, text))


# ---- read 19: holders a strict reader found wrong

def _stances_with(nlp, text, retype=None):
    """Stances with the entities found, one of them retyped (``retype``: name -> type), as a tagger that
    takes a surname for a place would give them."""
    from dataclasses import replace
    doc = nlp(text)
    entities = [replace(e, type=retype[e.name]) if retype and e.name in retype else e for e in find_entities(doc)]
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, entities)]


def test_his_after_a_name_typed_as_a_place_names_no_one(nlp):
    text = ("Governor Tomas Vell praised the new harbour on Monday. While most voters have heard of Brekkestad, "
            "they know little about him besides his support for the toll bridge.")
    found = _stances_with(nlp, text, {"Brekkestad": "GPE"})
    assert not [s for s in found if "toll bridge" in s[2]]


def test_his_after_a_place_used_as_one_still_finds_the_subject(nlp):
    text = ("Governor Tomas Vell toured the harbour on Monday. A poll taken in Kessel shows his support for the "
            "toll bridge.")
    assert ("Tomas Vell", "supports", "the toll bridge") in stances(nlp, text)


def test_a_transcript_label_is_not_whom_they_means(nlp):
    text = ("JB: Will the islanders accept the plan?\n\n"
            "Ada Holm: We don't know. I think the council has been clear that they want three new ferries.")
    found = _stances_with(nlp, text, {"Ada Holm": "ORG"})
    assert not [s for s in found if s[0] == "Ada Holm" and "ferries" in s[2]]


def test_we_in_a_quotation_is_the_speakers_side_not_a_leader_named_in_it(nlp):
    text = ('Petra Holm spoke to reporters. "The council must act," Holm said. "We are hopeful that Sweden will see '
            'the grave threat, exceeding the expectations of Finnish President Tomas Vell."')
    found = stances(nlp, text)
    assert not [s for s in found if s[0] == "Finland"]


def test_we_in_a_quotation_with_its_speaker_gives_the_speaker_not_the_state(nlp):
    text = ('"We want a new treaty on the fjord," Norwegian Foreign Minister Petra Holm said on Monday.')
    found = stances(nlp, text)
    assert [s for s in found if s[0] == "Petra Holm" and "treaty" in s[2]]
    assert not [s for s in found if s[0] == "Norway"]


# Strict readers (AllSides 1491–1999): one criticism of a person is no opposition to them; a pronoun another party
# named before the object may own is not the holder's.
@pytest.mark.parametrize("text", [
    "Last week, Tomas Vell criticized the mayor of Kessel after the flood.",
    "Senator Ada Holm criticized Tomas Vell on Monday.",
    "Kessel's wish to seize some of Ostria's stock of shells, and to wreck ports its navy had built near Varnia, is "
    "plain.",
])
def test_a_criticised_person_or_a_rivalled_pronoun_gives_no_stance(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "opposes" or "its navy" in s[2]] == []


def test_criticism_of_a_persons_deed_stays(stance_triples):
    assert ("Ada Holm", "opposes", "Tomas Vell's harbour plan") in stance_triples(
        "Senator Ada Holm criticized Tomas Vell's harbour plan on Monday.")


@pytest.mark.parametrize("text, found", [
    ("Tomas Vell has denounced Ada Holm as a puppet of Kessel.", ("Tomas Vell", "opposes", "Ada Holm")),
    ("Ada Holm, who left the senate at the start of the year, accused Tomas Vell of taking a passive role in the "
     "harbour dispute.", ("Ada Holm", "accuses", "Tomas Vell of taking a passive role in the harbour dispute")),
])
def test_a_denunciation_or_a_date_of_the_start_keeps_the_stance(stance_triples, text, found):
    assert found in stance_triples(text)


# Read 21: a camp's nickname ("Team Halvorsen") is no name of the person, and its holder is the camp.
def test_a_camps_nickname_is_not_shown_as_the_persons_name(stance_triples):
    found = stance_triples('"Team Halvorsen is nervous," an aide said. Halvorsen spoke in Oslo on Monday. She is '
                           'eager to win back the rural vote.')
    assert not [s for s in found if s[0].startswith("Team")]
    assert ("Halvorsen", "wants", "win back the rural vote") in found


# Read 21: a seat of government in a quarrel at home is an administration, not its country.
@pytest.mark.parametrize("text", [
    "The White House has refused to cooperate with the inquiry, accusing House Democrats of staging a sham.",
    "The White House supports a harbour bill that Senate Democrats put forward on Monday.",
    "The White House — and the president's campaign — wants the ferry strike over before the vote.",
])
def test_a_seat_of_government_in_a_quarrel_at_home_is_not_its_state(stance_triples, text):
    assert [s for s in stance_triples(text) if s[0] == "United States"] == []


@pytest.mark.parametrize("text, found", [
    ("The Kremlin accused Swedish lawmakers of staging a sham.",
     ("Russia", "accuses", "Swedish lawmakers of staging a sham")),
    ("The White House wants lower tariffs on Swedish steel.", ("United States", "wants", "lower tariffs on Swedish steel")),
])
def test_a_seat_of_government_facing_another_state_stays_its_state(stance_triples, text, found):
    assert found in stance_triples(text)


# Read 21: a criticism of a person or body told in the past is one episode; of a deed, or a habit, it stays.
@pytest.mark.parametrize("text", [
    "Senator Marta Quill sharply criticized the Kessel port authority after the flood.",
    "Senator Marta Quill condemned Tomas Pell after the flood.",
    "Senator Marta Quill has condemned the Swedish government in a speech.",
    "Senator Marta Quill denounced the finance ministry on Tuesday.",
    "Senator Marta Quill criticized the Velmar Front on Tuesday.",
])
def test_a_past_criticism_of_a_person_or_body_is_no_opposition(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "opposes"] == []


@pytest.mark.parametrize("text, found", [
    ("Senator Marta Quill condemned the raid on the ferry.", ("Marta Quill", "opposes", "the raid on the ferry")),
    ("Senator Marta Quill has repeatedly condemned the Velmar Front.", ("Marta Quill", "opposes", "the Velmar Front")),
    ("Senator Marta Quill condemns the Kessel regime.", ("Marta Quill", "opposes", "the Kessel regime")),
    ("Senator Marta Quill condemned the Velmar Front in clear terms.", ("Marta Quill", "opposes", "the Velmar Front")),
])
def test_a_criticism_of_a_deed_or_a_standing_one_stays(stance_triples, text, found):
    assert found in stance_triples(text)


# Reads 21-23: a pronoun whose antecedent is not certain gives no stance.
@pytest.mark.parametrize("text, actor", [
    ("Tomas Marsh accused Peter Dane of acting like a tyrant, while Premier Leo Brook said he wanted to shut the "
     "doors on debate.", "Leo Brook"),
    ("Latvia has built bases in Varnia with the Grey Legion. Their foothold will grow as they defend the Varnian "
     "regime.", "Grey Legion"),
])
def test_a_pronoun_with_a_rival_antecedent_gives_no_stance(stance_triples, text, actor):
    assert [s for s in stance_triples(text) if s[0] == actor] == []


@pytest.mark.parametrize("text, found", [
    ("Leo Brook, who met Peter Dane on Monday, said he fears a revolt in the ports.",
     ("Leo Brook", "fears", "a revolt in the ports")),
])
def test_a_reporter_named_first_keeps_the_pronoun(stance_triples, text, found):
    assert found in stance_triples(text)


# Reads 21-23: the tail of a title run into a name ("Scotland Lena Brook" of "First Minister of Scotland Lena Brook").
def test_a_title_tail_is_no_part_of_the_actor(stance_triples):
    found = stance_triples("First Minister of Scotland Lena Brook wants a new harbour levy.")
    assert not any(a.startswith("Scotland") for a, _, _ in found)


@pytest.mark.parametrize("text", [
    "Anna Holm is wary about the prospects of a new harbour accord with Latvia.",
    "Ada Dallat is worried about the viability of the new fishing accord with Vesk.",  # stanceact14
    "Ada Dallat is concerned about the durability of the truce in Varn.",
])
def test_a_doubt_about_the_prospects_is_no_fear(stance_triples, text):
    found = stance_triples(text)
    assert not any(att == "fears" for _, att, _ in found)


def test_a_worry_about_how_likely_a_harm_is_stays(stance_triples):
    assert any(att == "fears" for _, att, _ in stance_triples(
        "Ada Dallat is worried about the likelihood of a new war with Vesk."))


# Read 26: a pronoun after a report about someone else may mean the teller or the one told of.
@pytest.mark.parametrize("text", [
    "Mr. Marsh said that Mr. Dane was tired. He wants a new hearing in Kessel.",
    "Ivo Marsh, a lawyer who advises Mr. Dane, spoke on Sunday. Mr. Marsh said that Mr. Dane's trips were not "
    "those of a spy, pointing out that Mr. Dane flew to Varn. He then sought to travel to Kessel.",
])
def test_a_he_after_a_report_about_another_man_is_nobodys(nlp, text):
    assert stances(nlp, text) == []


def test_a_he_after_the_tellers_own_report_is_the_teller(nlp):
    assert stances(nlp, "Mr. Marsh said the charge was false. He wants a new hearing in Kessel.") == [
        ("Marsh", "wants", "a new hearing in Kessel")]


@pytest.mark.parametrize("text, actor", [
    ("Hungary's transport ministry wants to close the old Danube ferry route.", "Hungary"),
    ("Finland's central bank fears a slump in timber exports next spring.", "Finland"),
])
def test_one_part_of_a_state_is_not_the_state(nlp, text, actor):
    """stances14: a ministry's or a central bank's view is its own, not its state's."""
    assert not any(a == actor for a, _, _ in stances(nlp, text))


def test_a_states_officials_and_government_still_speak_for_it(nlp):
    found = stances(nlp, "Hungary's government wants to close the old Danube ferry route.")
    assert any(a == "Hungary" and "ferry route" in o for a, _, o in found)


@pytest.mark.parametrize("text, bare", [
    ("Senator Mark Varn met his daughter, Lena Varn, a lawyer, on Friday. Varn opposes the tax bill. Lena Varn "
     "told reporters that she backs it. Lena Varn has worked in the capital for a decade.", "Varn"),
    ("Governor Tomas Brell spoke at the rally on Monday with his son, Jared Brell. Brell condemned the new "
     "pipeline. Jared Brell later praised the volunteers. Jared Brell also thanked the mayor.", "Brell"),
])
def test_a_bare_surname_between_namesakes_named_once_each_is_no_namesakes_stance(nlp, text, bare):
    # the namesake named more often later is not the actor; a full name would be a guess
    assert not any(actor.endswith(" " + bare) for actor, _, _ in stances(nlp, text))


def test_support_drawn_for_ones_stance_is_not_ones_support(nlp):
    found = stances(nlp, "Holm, the self-styled builder, has drawn broad support for his tough stance with Brask.")
    assert not [s for s in found if s[0] == "Holm" and s[1] == "supports"]


@pytest.mark.parametrize("text, person, place", [
    ("But another voice in the senate, Ohio Sen. Mara Vell, criticized the ministry for not acting sooner.",
     "Mara Vell", "Ohio"),
    ("At a dinner in May, Washington's top envoy to Brask, Tomas Brenner, sought to highlight common ground on "
     "trade.", "Tomas Brenner", "United States"),
])
def test_a_person_named_in_apposition_holds_the_stance_not_the_place(nlp, text, person, place):
    actors = {s[0] for s in stances(nlp, text)}
    assert place not in actors and person in actors


def test_those_after_a_set_off_with_act_not_the_subject(nlp):
    text = ("Ostria has also taken a heavy blow to its standing abroad, with the United Nations and Western nations, "
            "including Norway, Sweden and Denmark, mourning the toll of the fighting and criticizing some of "
            "Ostria's strikes on or near the river schools.")
    assert not [s for s in stances(nlp, text) if s[0] == "Ostria"]


@pytest.mark.parametrize("text", [
    "Holm met with the unions, criticizing the new dam.",
    "Holm opened the session with three speeches, criticizing the new dam.",
])
def test_a_participle_after_a_with_argument_keeps_the_subject(nlp, text):
    assert ("Holm", "opposes", "the new dam") in stances(nlp, text)


def test_a_states_spies_are_not_the_state(nlp):
    """stances16b: the view of a state's intelligence agencies is not given to the state."""
    text = "U.S. intelligence agencies urged Ostria to expel the Valdin envoy."
    assert not any(actor == "United States" for actor, _, _ in stances(nlp, text))


def test_a_states_own_word_stays_beside_its_spies(nlp):
    text = "Ostria urged Valdin to expel the envoy, citing its intelligence agencies."
    assert any(actor == "Ostria" for actor, _, _ in stances(nlp, text))


def test_an_accusation_whose_accused_is_left_out_gives_no_stance(nlp):
    """stances16b: "a neighbour the League has accused of taking part in …": the object opens on the charge."""
    text = ("This month Tomas Vell again sought aid from Ostria, a neighbour the Harbour League has often "
            "accused of taking part in the crimes of the Kessel junta.")
    assert not any(att == "accuses" for _, att, _ in stances(nlp, text))


def test_an_accusation_naming_the_accused_stays(nlp):
    text = "The Harbour League has often accused Ostria of taking part in the crimes of the Kessel junta."
    assert any(att == "accuses" and o.startswith("Ostria") for _, att, o in stances(nlp, text))


# stances17b (strict readers, paraphrased): a group narrowed to a part is not shown under the whole group's name.
@pytest.mark.parametrize("text, group", [
    ("Republicans on the Senate Farm Committee oppose the new grain tariff on Tarn.", "Republicans"),
    ("Democrats on the Kessel city council want a new ferry pier on the river.", "Democrats"),
])
def test_a_group_narrowed_to_a_part_is_not_the_holder(nlp, text, group):
    assert not any(actor == group for actor, _, _ in stances(nlp, text))


def test_a_whole_group_stays_the_holder(nlp):
    found = stances(nlp, "Republicans oppose the new grain tariff on Tarn.")
    assert ("Republicans", "opposes", "the new grain tariff on Tarn") in found


# readfix17s (strict readers, paraphrased): a state named as the possessor of its official, a pronoun of the
# official's in the object; a participle the parser made a sentence's verb after a title's full stop.
def test_a_state_with_its_officials_pronoun_is_not_shown(nlp):
    text = "Ostria's foreign minister has accused Valdin President Mara Quell of plotting against his country."
    assert not any(a == "Ostria" for a, _, _ in stances(nlp, text)), stances(nlp, text)


def test_a_state_with_a_pronoun_of_one_named_in_the_object_stays(nlp):
    # its diplomats speak as the state; one minister, named or not, is a person (``_post_holder``)
    text = "Ostria's diplomats have accused Valdin President Mara Quell of betraying her own voters."
    assert any(a == "Ostria" and "her own voters" in o for a, _, o in stances(nlp, text)), stances(nlp, text)


def test_a_participle_split_off_at_a_title_has_no_holder(nlp):
    text = ("Transport Secretary Tomas Vell plans a toll on the bridge. We wrote a letter to Sec. Vell strongly "
            "opposing the addition of a toll to the bridge.")
    assert not any(a == "Tomas Vell" for a, _, _ in stances(nlp, text)), stances(nlp, text)


def test_a_participle_with_its_auxiliary_stays(nlp):
    text = "Transport Secretary Tomas Vell is opposing the addition of a toll to the bridge."
    assert ("Tomas Vell", "opposes", "the addition of a toll to the bridge") in stances(nlp, text)


# Read 44: "proponents of Medicare for All" are not Medicare: the cause's name is no holder.
@pytest.mark.parametrize("text", [
    "Proponents of Medicare for All want the federal government to pay every hospital bill.",
])
def test_the_cause_advocates_name_is_not_the_holder(stance_triples, text):
    assert [s for s in stance_triples(text) if s[0] in {"Medicare", "Harbour Compact", "the Harbour Compact"}] == []


# Reads 40 and 46: a camp's word run into a person's name ("Labourite Frank Abel") is no part of it.
@pytest.mark.parametrize("name, shown", [
    ("Labourite Frank Abel", "Frank Abel"),
    ("Tory Brexiteer Ian Dunn", "Ian Dunn"),
    ("Remainer Jill Harte", "Jill Harte"),
    ("Marguerite Holm", "Marguerite Holm"),
    ("Frank Abel", "Frank Abel"),
])
def test_a_camp_word_before_a_name_is_not_shown(name, shown):
    from dossier.model import Entity
    from dossier.nlp.stances.names import display_name

    assert display_name(Entity(id="E1", name=name, type="PERSON", mentions=(), aliases=(name,))) == shown


def test_a_camp_word_before_a_name_in_text(stance_triples):
    found = stance_triples("Labourite Frank Abel wants a second vote on the treaty.")
    assert found and all(s[0] == "Frank Abel" for s in found)


# sthold19 (strict readers, AllSides 1491-1999): "she" in a clause coordinated with one whose subject is named is
# that subject, not a person named in an earlier sentence; when that subject is no known person, no stance.
def test_she_in_a_coordinated_clause_is_its_first_clauses_subject(nlp):
    text = ("Ilse Marrow, 58, lost her son Oskar, 20, on Tuesday. Ilse blames the Dorn Party, a small nationalist "
            "party, but she also blames the Ostrian government for letting the riot happen.")
    assert not [s for s in stances(nlp, text) if s[0] == "Oskar"]


def test_she_in_a_coordinated_clause_keeps_a_named_subject(nlp):
    text = ("Ada Brekke met her nephew Oskar Lund on Tuesday. Brekke praised the Dorn Party, but she also blames "
            "the Ostrian government for the riot.")
    assert ("Ada Brekke", "accuses", "the Ostrian government for the riot") in stances(nlp, text)


def _titled_pair(nlp):
    """ "Justice Minister Tarek Nouri and Idris Jabran, the Brask court prosecutor, filed a complaint, accusing
    Ostria of crimes." as the parse the model gives in longer sentences: the title noun as the subject, the
    names and the second one's title as its appositives."""
    from spacy.tokens import Doc
    from dossier.model import Entity
    words = ["Justice", "Minister", "Tarek", "Nouri", "and", "Idris", "Jabran", ",", "the", "Brask", "court",
             "prosecutor", ",", "filed", "a", "complaint", ",", "accusing", "Ostria", "of", "crimes", "."]
    heads = [1, 13, 3, 1, 3, 6, 3, 1, 11, 10, 11, 1, 13, 13, 15, 13, 13, 13, 17, 17, 19, 13]
    deps = ["compound", "nsubj", "compound", "appos", "cc", "compound", "conj", "punct", "det", "compound", "nmod",
            "appos", "punct", "ROOT", "det", "dobj", "punct", "advcl", "dobj", "prep", "pobj", "punct"]
    tags = ["NNP", "NNP", "NNP", "NNP", "CC", "NNP", "NNP", ",", "DT", "NNP", "NN", "NN", ",", "VBD", "DT", "NN", ",",
            "VBG", "NNP", "IN", "NNS", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "NOUN",
           "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[13], lemmas[17], lemmas[20] = "file", "accuse", "crime"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)

    def span(i, j):
        return (doc[i].idx, doc[j].idx + len(doc[j].text))
    entities = [Entity("E1", "Tarek Nouri", "PERSON", (span(2, 3),)), Entity("E2", "Idris Jabran", "PERSON", (span(5, 6),)),
                Entity("E3", "Brask", "GPE", (span(9, 9),)), Entity("E4", "Ostria", "GPE", (span(18, 18),))]
    return doc, entities


def test_a_place_in_the_title_of_two_people_named_is_no_holder(nlp):
    doc, entities = _titled_pair(nlp)
    assert not [s for s in find_stances(doc, entities) if s.actor == "Brask"]


# stances20b: a watchdog inside a body ("the Treasury inspector general", "the agency's ombudsman") finds fault
# on its own account: the body it watches over is not the one accusing.
@pytest.mark.parametrize("text, body", [
    ("The Treasury Department inspector general's report sharply criticizes the department's customs office for "
     "failing to check cargo at Port Kessel.", "Treasury Department"),
    ("The Interior Department watchdog's audit criticizes the department's parks office for losing track of "
     "Varnian grants.", "Interior Department"),
    ("The Justice Department inspector general's findings blamed the department's prisons bureau for the escape "
     "at Fort Kessel.", "Justice Department"),
])
def test_a_watchdog_is_not_the_body_it_watches(stance_triples, text, body):
    assert [s for s in stance_triples(text) if s[0] == body] == []


def test_the_body_itself_still_accuses(stance_triples):
    found = stance_triples("The Treasury Department accused the customs office of failing to check cargo at Port Kessel.")
    assert [s for s in found if s[0] == "Treasury Department" and s[1] == "accuses"]


@pytest.mark.parametrize("text", [
    "U.S. commanders want more warships near the Valdin strait, two officials said on Thursday.",
    "U.S. generals oppose any pause in the Kessel offensive.",
    "Senior U.S. military leaders urged Ostria to close its air bases.",
    "Britain's commanders want more warships near the Valdin strait.",
])
def test_a_states_officers_are_not_the_state(nlp, text):
    """stances22b: "U.S. commanders want …" is the officers' view, not the United States'."""
    found = stances(nlp, text)
    assert not any(actor in {"United States", "United Kingdom"} for actor, _, _ in found)


def test_a_states_own_officials_still_speak_for_it_beside_the_rank_rule(nlp):
    text = "U.S. officials urged Ostria to close its air bases."
    assert any(actor == "United States" for actor, _, _ in stances(nlp, text))


@pytest.mark.parametrize("text, name, owned", [
    ("Tomas Brekke's En Avant opposes the plan.", "Tomas Brekke's En", True),
    ("Tomas Brekke's Blue and Gold opposes the plan.", "Tomas Brekke's Blue", True),
    ("Tomas Brekke's Harbour Party opposes the plan.", "Tomas Brekke's Harbour Party", False),
    ("The Women's Harbour March opposes the plan.", "Women's Harbour March", False),
])
def test_an_owner_run_into_a_cut_name_is_no_actor(text, name, owned):
    """stances22b: "Macron's En" read as an actor from "Macron's En Marche"."""
    from dossier.model import Entity
    from dossier.nlp.stances.names import owned_fragment

    person = Entity(id="E1", name="Tomas Brekke", type="PERSON", mentions=(), aliases=("Tomas Brekke", "Brekke"))
    start = text.index(name.split("'")[0] if owned else name)
    cut = Entity(id="E2", name=name, type="ORG", mentions=((start, start + len(name)),))
    assert owned_fragment(cut, [person, cut], text) is owned


# stances23: a party's unnamed officials are some of its people, not the party ("top Labor officials fear" is
# not Labor's stance); the party itself, or a state's officials, still hold theirs.
@pytest.mark.parametrize("text", [
    "Senior Labour Party officials want a second referendum on the harbour toll.",
    "Senior Republican Party officials want a new leader in the Kessel assembly.",
])
def test_a_partys_unnamed_officials_are_not_the_party(nlp, text):
    assert stances(nlp, text) == []


def test_the_party_itself_still_holds_its_stance(nlp):
    text = "The Green Party wants a second referendum on the harbour toll."
    assert ("Green Party", "wants", "a second referendum on the harbour toll") in stances(nlp, text)


# stances24b: a group under a negated quantifier holds nothing as a whole; nor does a party whose wing "they" are.
def test_a_group_under_a_negated_quantifier_holds_nothing(nlp):
    assert stances(nlp, "Not all Republicans back the Harlan pipeline.") == []


def test_a_wing_of_a_party_is_not_the_party(nlp):
    text = ("Hard-line Brexiteers in the Conservative Party have long opposed the backstop. "
            "They want a clean break from the customs union.")
    assert not [s for s in stances(nlp, text) if s[0] == "Conservative Party"]
    assert ("Conservative Party", "wants", "a clean break from the customs union") in stances(
        nlp, "The Conservative Party has long opposed the backstop. They want a clean break from the customs union.")


# stances24c: a "she" after a person of no known gender and a woman named just before goes to neither.
def test_she_is_not_given_to_a_person_of_unknown_gender_beside_a_woman(nlp):
    text = ("Marta Quell finished second in the mayoral race. The winner, Kim Brant, is her rival. "
            "She wants to raise the tariffs on steel.")
    assert not [s for s in stances(nlp, text) if s[0] == "Kim Brant"]


def test_he_after_a_man_named_as_subject_stays(nlp):
    text = "Ilse Quell finished second. The winner, Dale Brant, opposes her. He wants to keep the border open."
    assert ("Dale Brant", "wants", "keep the border open") in stances(nlp, text)


# stances24c: the part of a quotation after its tag belongs to the quoted clause's own subject, not the speaker.
def test_a_quotation_going_on_after_its_tag_is_not_the_speakers(nlp):
    text = ("“The fake accounts focused their efforts on attacking Tomas Dorn,” concluded the Senate panel's "
            "report, “and supporting the candidacy of Ivo Vell.”")
    assert not [s for s in stances(nlp, text) if s[1] == "supports"]


@pytest.mark.parametrize("text", [
    "Norway's attorney general has recommended charging Tomas Vell with fraud in two cases.",
    "The suicide bomber was a boy, Finland's president announced Sunday, blaming the Harbour Front for the attack.",
    "A top U.N. rights official accuses Norway of jailing reporters.",
])
def test_an_unnamed_officer_of_a_state_is_not_the_state(nlp, text):
    # a singular noun of a person's post owned by a state: the officer's stance, and no name says who
    assert not [s for s in stances(nlp, text) if s[0] in {"Norway", "Finland", "U.N."}
                and s[1] in {"recommends", "accuses"}]


def test_a_named_officer_of_a_state_holds_the_stance(nlp):
    text = "Sweden's envoy to the European Union, Mara Vinter, sought to highlight common ground on trade."
    found = stances(nlp, text)
    assert ("Mara Vinter", "wants", "highlight common ground on trade") in found
    assert not [s for s in found if s[0] == "Sweden"]


@pytest.mark.parametrize("text, actor", [
    ("Norway's foreign ministry accused Sweden of spying on its fleet.", "Norway"),
    ("Norway's diplomats urged Sweden to close the border crossing.", "Norway"),
])
def test_a_body_or_officers_in_the_plural_still_speak_for_the_state(nlp, text, actor):
    assert [s for s in stances(nlp, text) if s[0] == actor]


def test_a_verb_conjoined_after_a_complement_clause_is_the_main_subjects(nlp):
    text = ("In a joint statement, Norway and Finland proposed that Sweden declare a pause on missile tests and urged "
            "Denmark and Estonia to refrain from large drills in the region.")
    found = stances(nlp, text)
    assert not [s for s in found if s[0] == "Sweden"]
    assert {s[0] for s in found if "drills" in s[2]} == {"Norway", "Finland"}


def test_a_conjoined_verb_of_the_nested_clauses_tense_stays_with_it(nlp):
    text = "Ilse Varga said Norway is watching the vote closely and supports the interim president, Tomas Vell."
    assert [s for s in stances(nlp, text) if s[0] == "Norway" and s[1] == "supports"]


def test_an_officer_the_article_names_elsewhere_holds_the_stance(nlp):
    text = ("Finnish President Aino Brask met the press in Helsinki on Monday. Later that day, Finland's president "
            "also accused Sweden of hiding its missile tests.")
    assert [s[0] for s in stances(nlp, text) if s[1] == "accuses"] == ["Aino Brask"]
