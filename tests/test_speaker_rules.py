"""Issue 9 speaker, attribution and content-boundary rules, each on sentences written for it (fictional
people, places and outlets)."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.extract import find_attributions
from dossier.settings import Settings
from dossier.nlp.attribution.groups import group_name, names_someone, partitive_object
from dossier.nlp.attribution.names import reads_as_person
from dossier.nlp.attribution.speakers import NameBook
from dossier.nlp.attribution.transcript import is_turn
from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow


@pytest.fixture
def attrs(nlp):
    """``attrs(text)`` -> (content text, Attribution) of the reportable ones; ``every=True``: all that were found."""
    def run(text: str, names: NameBook | None = None, every: bool = False):
        doc = nlp(text)
        settings = Settings(reportable_only=not every)
        return [(doc.text[a.content[0]:a.content[1]], a)
                for a in find_attributions(doc, find_entities(doc), settings=settings, names=names)]
    return run


def one(found, words):
    hits = [a for content, a in found if words in content]
    assert hits, f"no attribution contains {words!r}: {[c for c, _ in found]}"
    return hits[0]


def contents(found):
    return [c for c, _ in found]


# ---------------------------------------------------------------- speaker names
# (text, words of the content, the speaker's name): one rule each
SPEAKERS = [
    ("Buses\n\nThe carrier, Brindle Coaches, said it would cut two routes.", "cut two routes", "Brindle Coaches"),
    ("Vote\n\nDozens of dairy farmers said the new levy would ruin them.", "levy would ruin", "Dozens of dairy farmers"),
    ("Court\n\nThe mayor's lawyers said that the hearing had been postponed.", "hearing had been postponed",
     "mayor's lawyers"),
    ("Award\n\nThe jury chose the novel on Monday.\n\n“It is the boldest book of the decade.” —Professor Ilse "
     "Varnhagen", "boldest book", "Ilse Varnhagen"),
    ("Award\n\nThe jury chose the novel on Monday.\n\nJury chair Miriam Castellane said:\n\n“We read two hundred "
     "books and this one stayed with all of us.”", "We read two hundred books", "Miriam Castellane"),
    ("KESSEL (Wire) — Harbour master Tomas Vell defended the new quay on Friday.\n\n\"It is safe,\" he said at the "
     "harbour.", "It is safe", "Tomas Vell"),
    ("Kessel\n\nHarbour director Tomas Vell met the unions on Monday. The union officials said the strike would "
     "end soon.", "strike would end", "union officials"),
    ("Kessel\n\nThe talks ended on Monday. Lena Orsk said the harbour deal was fair.", "the harbour deal was fair",
     "Lena Orsk"),
    ("Budget\n\nThe Ostrian Finance Ministry published figures on Monday, and analysts were surprised. Later the "
     "ministry said the deficit would narrow.", "deficit would narrow", "Ostrian Finance Ministry"),
    ("Budget\n\nThe finance ministry published figures on Monday. Later the ministry said the deficit would "
     "narrow.", "deficit would narrow", "finance ministry"),
]


@pytest.mark.parametrize("text,words,name", SPEAKERS)
def test_speaker_name(attrs, text, words, name):
    assert one(attrs(text), words).speaker.name == name


def test_role_before_name_gives_the_name_and_the_role(attrs):
    found = attrs("Ferries\n\nThe harbour master, Lotte Fairweather, said the quay would reopen on Friday.")
    a = one(found, "the quay would reopen")
    assert a.speaker.name == "Lotte Fairweather"
    assert a.speaker.role == "harbour master"


def test_title_inside_the_name_is_the_role(attrs):
    found = attrs("Flood\n\n“We are ready,” Mayor Olga Petrenko said on Sunday.")
    a = one(found, "We are ready")
    assert a.speaker.name == "Olga Petrenko"
    assert a.speaker.role == "Mayor"


def test_pronoun_after_a_nearer_role_subject_is_that_role(attrs):
    found = attrs("Talks\n\nGovernor Mira Tallis opened the harbour on Monday with Lena Orsk. The governor expects "
                  "an agreement within days, she told the Weekly Lantern.")
    a = one(found, "expects an agreement")
    assert a.speaker.name == "Mira Tallis"
    assert not any("Lantern" in c for c in contents(found))


def test_it_resolves_to_the_organisation_named_before(attrs):
    found = attrs("Budget\n\nThe Ostrian Finance Ministry published new figures on Monday. "
                  "It said the deficit would narrow next year.")
    assert "Finance Ministry" in one(found, "deficit would narrow").speaker.name


def test_unresolved_pronoun_or_quantifier_source_gives_no_record(attrs):
    found = attrs("Column\n\nI think the bridge will never be finished. Some say the money has run out.")
    assert not [a for _, a in found if not names_someone(a.speaker.name)]
    assert not any("bridge will never" in c for c in contents(found))


def test_headline_subject_is_not_the_speaker(attrs):
    found = attrs("Harvest to shrink, farm board says\n\nThe farm board expects a smaller harvest.")
    assert "board" in one(found, "Harvest to shrink").speaker.name
    assert "Harvest to shrink" in contents(found)


def test_surname_of_a_person_the_parser_typed_as_organisation(nlp):
    assert reads_as_person("Teo Marlow")
    assert not reads_as_person("Sollen Lines")
    assert not reads_as_person("Marlow")


def test_run_full_name_is_not_given_to_a_group_or_state():
    book = NameBook()
    book.learn(["Ivo Brant", "Ivo Brant"])
    assert book.full_name("Brant") == "Ivo Brant"
    assert book.full_name("Democrats") is None
    book.learn(["Mary Vell US"])
    assert book.full_name("US") is None


def test_run_full_name_is_never_an_article_glued_to_a_surname():
    book = NameBook()
    book.learn(["The Halvard", "The Halvard", "This Halvard"])  # "The Halvard administration said …"
    assert book.full_name("Halvard") is None
    book.learn(["Mara Halvard"])
    assert book.full_name("Halvard") == "Mara Halvard"


# ---------------------------------------------------------------- content boundaries
def test_quote_interrupted_by_its_tag_gives_two_contents_without_the_tag(attrs):
    found = attrs("Storm\n\n“The roads are closed,” warden Pia Holm said. “Nobody should drive tonight.”")
    texts = contents(found)
    assert "“The roads are closed,”" in texts
    assert "“Nobody should drive tonight.”" in texts
    assert not any("Holm said" in t for t in texts)


def test_interposed_tag_is_cut_out(attrs):
    text = "Prices\n\nBread prices, the bakers' guild said, will rise by a tenth in spring."
    texts = contents(attrs(text, every=True))
    assert "Bread prices" in texts
    assert any(t.startswith("will rise by a tenth") for t in texts)
    assert not any("guild said" in t for t in texts)
    assert attrs(text) == []  # neither half stands alone: found, not reported


def test_cue_words_after_the_verb_are_not_content(attrs):
    found = attrs("Rail\n\nThe line will reopen in May, the rail company said yesterday.")
    assert contents(found) == ["The line will reopen in May"]


def test_percent_stays_with_its_number(attrs):
    found = attrs("Count\n\nTurnout reached 64%, the election office said.")
    assert contents(found) == ["Turnout reached 64%"]


# ---------------------------------------------------------------- leads and transcripts
def test_transcript_turns_belong_to_the_person_named(attrs):
    found = attrs("Interview\n\nWe spoke to harbour master Lotte Fairweather on Friday.\n\n"
                  "Q: Will the quay reopen?\n\nFAIRWEATHER: Next week, if the divers agree.\n\n"
                  "Q: And the fishermen?\n\nFAIRWEATHER: They can land their catch at the north pier.")
    a = one(found, "Next week, if the divers agree")
    assert a.speaker.name == "Lotte Fairweather"
    assert one(found, "north pier").speaker.name == "Lotte Fairweather"
    assert not any("Will the quay reopen" in c for c in contents(found))


def test_transcript_turn_lines():
    assert is_turn("Q: Will the quay reopen?")
    assert is_turn("FAIRWEATHER: Next week.")
    assert not is_turn("Note: the quay is closed.")


def test_group_name_and_partitive_on_a_parse(nlp):
    doc = nlp("Hundreds of Ostrian nurses marched.")
    head = [t for t in doc if t.dep_ == "nsubj"][0]
    part = partitive_object(head)
    assert part is not None and part.text == "nurses"
    assert group_name(part) == "Ostrian nurses"


# ---------------------------------------------------------------- what is not an attribution
@pytest.mark.parametrize("sentence", [
    "Coach Daria Rennick praised striker Teo Marlow on Thursday.",
    "Senator Ivo Brant voted for the harbour bill.",
    "Ivo Brant did not say whether the club would sell the striker.",
    "Lena Orsk did not respond to a request for comment.",
    "A council member, who requested anonymity, declined to comment.",
])
def test_not_an_attribution(attrs, sentence):
    assert attrs("Kessel\n\n" + sentence) == []


def test_act_on_a_noun_phrase_is_no_attribution_but_a_statement_is(attrs):
    found = attrs("Kessel\n\nThe talks ended on Monday. Lena Orsk defended the harbour plan. "
                  "Tomas Vell said the plan would fail.")
    assert contents(found) == ["the plan would fail"]


def test_byline_below_a_quoted_column_names_its_writer(attrs):
    found = attrs("From the Right\n\nThe right doubts the harbour plan.\n\n"
                  "“The harbour plan has no money behind it and the council knows it.\n\n"
                  "“Nobody in Kessel believes the quay will be finished by spring.”\n\n"
                  "Tomas Vellinger, The Ostrian Review\n\n"
                  "“A second opinion arrives here with a different name under it.”\n\n"
                  "Editorial Board, Kessel Courier")
    assert one(found, "no money behind it").speaker.name == "Tomas Vellinger"
    assert one(found, "Nobody in Kessel believes").speaker.name == "Tomas Vellinger"
    assert not any("second opinion" in c for c in contents(found))  # a board is no person


def test_clause_tagged_as_source_gives_its_subject_or_nothing(attrs):
    found = attrs("Polls\n\nThe race tightened in May. Lena Orsk, who is suddenly up in the polls, said the race was open.")
    assert one(found, "the race was open").speaker.name.endswith("Orsk")


def test_dateline_before_the_subject_is_not_the_speaker(attrs):
    found = attrs("Ports\n\nKESSEL -- Harbour director Tomas Vell on Friday defended the new quay, saying "
                  "that the council had approved every stage.\n\n\"The quay is safe. We checked it twice. "
                  "Every diver agreed. The council agreed,\" he said at the harbour.")
    assert one(found, "council had approved").speaker.name == "Tomas Vell"
    assert one(found, "The quay is safe").speaker.name == "Tomas Vell"


def test_document_by_someone_is_that_someone(attrs):
    found = attrs("Kessel\n\nThe strike ended on Monday. A statement by the Kessel Dockworkers Union said "
                  "that the members had accepted the offer.")
    assert "Union" in one(found, "members had accepted").speaker.name


def test_passive_cue_without_agent_is_no_attribution(attrs):
    assert attrs("Kessel\n\nLena Orsk is widely considered the favourite to win the harbour seat.") == []


def test_group_modifier_is_kept_whole_or_left_out(nlp):
    doc = nlp("An Ostrian Harbour Police spokesperson said the quay was closed.")
    head = [t for t in doc if t.dep_ == "nsubj"][0]
    assert group_name(head) == "Ostrian Harbour Police spokesperson"  # never a fragment of the longer name
    doc = nlp("Two Ostrian officials said the quay was closed.")
    assert group_name([t for t in doc if t.dep_ == "nsubj"][0]) == "Two Ostrian officials"  # the count is the group's


@pytest.mark.parametrize("name,ok", [("File Photo", False), ("It", False), ("some", False), ("senators", False),
                                     ("Ostrian senators", True), ("other senior officials", False),
                                     ("his spokeswoman", False), ("percent", False),
                                     ("Lena Orsk", True), (None, False), ("’s", False), ("Please", False),
                                     ("Breaking", False), ("UPDATE", False), ("Watch", False)])
def test_names_someone(name, ok):
    assert names_someone(name) is ok


def test_group_name_never_opens_on_a_hyphen(nlp):
    doc = nlp("The Ostrian anti-missile system commanders said the rockets were intercepted.")
    assert not group_name([t for t in doc if t.dep_ == "nsubj"][0]).startswith("-")


def test_every_source_span_resolves_without_looping(nlp):
    """resolve() only ever recurses into a strictly smaller span, whatever the parse (a non-projective
    parse once looped on a clause tagged as the source)."""
    from dossier.nlp.attribution.speakers import SpeakerResolver

    doc = nlp("Officials who had seen the plan, which some of those present said was flawed, argued "
              "that the harbour, the council and the union, all of them, would lose money, said Lena Orsk.")
    resolver = SpeakerResolver(doc, find_entities(doc))
    for s in range(len(doc)):
        for e in range(s + 1, min(len(doc), s + 12) + 1):
            resolver.resolve(s, e)


def test_capitalised_tags_naming_no_one_are_no_transcript_turns(attrs):
    found = attrs("Live\n\nUPDATE II: The harbour reopened at noon, officials said.\n\n"
                  "SEE ALSO: More on the strike in Kessel.\n\nUPDATE III: Ferries are running again.")
    assert not any(a.speaker.name and "Update" in a.speaker.name or a.speaker.name == "See Also"
                   for _, a in found)


def test_run_name_of_the_other_gender_is_not_given(attrs):
    book = NameBook()
    book.learn(["Brian Vellacott", "Brian Vellacott"])
    found = attrs("Court\n\nThe court sat on Monday. Lady Vellacott said the decision was unlawful.", names=book)
    assert one(found, "decision was unlawful").speaker.name == "Vellacott"


def test_fraction_of_a_group_is_the_group(attrs):
    text = "Poll\n\nThe survey ended in May. Two-thirds of Ostrians said the harbour should stay public."
    assert one(attrs(text, every=True), "harbour should stay public").speaker.name == "Ostrians"
    assert attrs(text) == []  # a poll's share of a group: no one's words (attribution.surveys)


# ---------------------------------------------------------------- namesakes
NAMESAKE_TRANSCRIPT = (
    "Over the months, Helen Dunmore misstated facts about her email as trade secretary.\n\n"
    "DUNMORE: \"The system was set up for President Dunmore's office.\" — March press conference.\n\n"
    "An adviser to former President Paul Dunmore said he had shut the server.\n\n"
    "DUNMORE: \"What I did was allowed.\"")


def test_a_transcript_tag_shared_by_namesakes_is_the_one_the_text_means_and_not_the_others_title(attrs):
    found = attrs(NAMESAKE_TRANSCRIPT, every=True)
    for words in ("set up for", "What I did"):
        speaker = one(found, words).speaker
        assert speaker.name == "Helen Dunmore"
        assert "President" not in (speaker.role or "")


def test_a_surname_between_two_namesakes_named_once_each_is_neither_however_often_one_is_named_later(attrs):
    book = NameBook()
    book.learn(["Lena Varn", "Lena Varn", "Lena Varn"])
    found = attrs("Senator Mark Varn met his daughter, Lena Varn, a lawyer, on Friday.\n\nVarn said the bill "
                  "\"will pass by June.\"\n\nLena Varn told reporters she opposed the bill. Lena Varn has worked "
                  "in the capital for a decade.", names=book, every=True)
    assert one(found, "will pass by June").speaker.name not in ("Lena Varn", "Mark Varn")


# ---------------------------------------------------------------- "who" beside a named person
# Strict read of shown records: a "who" hung on a post set beside a person's name speaks for that person
# ("the port's chief engineer, Mila Dorn, who said"; "Tomas Vell, a Kessel councillor who said"), never for
# the bare post.
@pytest.mark.parametrize("text, words", [
    ("The mayor brushed aside a warning from the port's chief engineer, Mila Dorn, who said the quay walls were "
     "cracking.", "quay walls were cracking"),
])
def test_who_after_a_post_and_its_named_person_is_the_person(attrs, text, words):
    assert one(attrs(text, every=True), words).speaker.name == "Mila Dorn"


@pytest.mark.parametrize("text", [
    "The tram plan also drew fire from Tomas Vell, a Kessel councillor who said he would never ride it.",
    "The tram plan also drew fire from Tomas Vell, a Kessel councillor and a likely candidate for mayor who said "
    "he would never ride it.",
])
def test_who_after_a_named_persons_appositive_post_is_the_person(attrs, text):
    assert one(attrs(text, every=True), "would never ride it").speaker.name == "Tomas Vell"


def test_who_after_a_post_named_by_no_one_stays_unnamed(attrs):
    found = attrs("Tomas Vell met the harbour master, who said the ferries would run again by June.", every=True)
    assert one(found, "ferries would run").speaker.name != "Tomas Vell"


def test_who_after_a_named_persons_post_keeps_the_whole_name(attrs):
    found = attrs("The plan drew fire from Anna Marta Dorn, a Kessel councillor who said the tram was too slow. "
                  "Mila Dorn, her cousin, runs a bakery.", every=True)
    assert one(found, "tram was too slow").speaker.name == "Anna Marta Dorn"


def test_who_after_a_named_persons_post_leaves_a_word_before_the_name_out(attrs):
    found = attrs("The plan drew fire from Ostrian-born Tomas Vell, a Kessel councillor who said the tram was too "
                  "slow.", every=True)
    assert one(found, "tram was too slow").speaker.name == "Tomas Vell"


# ---------------------------------------------------------------- a ruler's numeral
def test_a_rulers_numeral_stays_in_the_name(attrs):
    found = attrs("King Bertram II of Ostria said on Tuesday that the border would stay open for traders.", every=True)
    assert one(found, "border would stay open").speaker.name == "Bertram II"


def test_a_rulers_bare_name_later_gets_the_numeral(attrs):
    found = attrs("Ostria's King Bertram II met the envoy in Velmora on Tuesday. Bertram said the border would stay "
                  "open for traders through the spring.", every=True)
    assert one(found, "border would stay open").speaker.name == "Bertram II"


def test_a_generational_numeral_without_a_rulers_title_is_left_as_written(attrs):
    found = attrs("Ivo Brant III of the Velmora Ledger said on Tuesday that the border would stay open.", every=True)
    assert one(found, "border would stay open").speaker.name != "Brant III"


# roles23d: one person's posts joined by "and" before the name ("KFA Director and Founder Ola Brask"): the parser
# hangs the name on the first post as its conjunct, so the first post read as the speaker's name.
@pytest.mark.parametrize("text, name, role", [
    ("“The audit is a whitewash of the facts,” said KFA Director and Founder Ola Brask.", "Ola Brask",
     "KFA Director and Founder"),
    ("“The audit is a whitewash of the facts,” said Velmora Institute co-founder and CEO Ola Brask.", "Ola Brask",
     "Velmora Institute co-founder and CEO"),
    ("“We will not sell the mill,” said Tarnby Paper president and chief executive Ivo Lindqvist.",
     "Ivo Lindqvist", "Tarnby Paper president and chief executive"),
])
def test_posts_joined_before_a_name_are_its_role_not_its_name(split, text, name, role):
    shown, hidden = split(text)
    assert {(a.speaker.name, a.speaker.role) for _, a in shown + hidden} == {(name, role)}



# speakers24b: a bare post, the place it is held at and the holder's name run together ("EU ambassador to Norland
# Karel Vostrik"): the parser hangs the name on the preposition, so post, place and name read as one name.
@pytest.mark.parametrize("text, name, role", [
    ("“The levy breaks every rule we signed,” EU ambassador to Norland Karel Vostrik said in Brava.",
     "Karel Vostrik", "EU ambassador to Norland"),
    ("“We see no path to a ceasefire this winter,” UN envoy to Maravia Tomas Ellery told reporters.",
     "Tomas Ellery", "UN envoy to Maravia"),
    # the parser tags place and name one body ("[Chile Pablo Serrano]"): the name starts at the given name
    ("“The sanctions will not work,” UN envoy to Chile Pablo Serrano told reporters.", "Pablo Serrano",
     "UN envoy to Chile"),
])
def test_post_held_at_a_place_before_a_name_is_its_role_not_its_name(split, text, name, role):
    shown, hidden = split(text)
    assert {(a.speaker.name, a.speaker.role) for _, a in shown + hidden} == {(name, role)}


def test_a_second_post_with_its_own_body_before_the_name_leaves_the_name(split):
    shown, hidden = split("“The levy will sink the ferries,” said Tarnby Dock Board chairman and Westby mayor "
                          "Anna Lindqvist.")
    assert {a.speaker.name for _, a in shown + hidden} == {"Anna Lindqvist"}
