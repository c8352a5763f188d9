"""Events: a sentence per resolved date, with the entities it names; vague times left out."""
from __future__ import annotations

import pytest
import spacy

from dossier.model import Entity
from dossier.nlp.events import find_events
from dossier.nlp.time.timex import find_timexes

TEXT = ("Velmora signed a trade pact with Ostrava in 1961. "
        "The talks lasted three days and are now stalled. "
        "Minister Arlo Venn will visit Ostrava this December.")


@pytest.fixture(scope="module")
def doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(TEXT)


def _entity(eid: str, name: str) -> Entity:
    spans = []
    start = TEXT.find(name)
    while start >= 0:
        spans.append((start, start + len(name)))
        start = TEXT.find(name, start + 1)
    return Entity(eid, name, "GPE", tuple(spans))


def test_each_dated_sentence_becomes_an_event_with_its_actors(doc):
    entities = [_entity("E1", "Velmora"), _entity("E2", "Ostrava"), _entity("E3", "Arlo Venn")]
    events = find_events(doc, find_timexes(TEXT, "2019-02-26"), entities)
    assert [(TEXT[e.span[0]:e.span[1]], e.value) for e in events] == [
        ("Velmora signed a trade pact with Ostrava in 1961.", "1961"),
        ("Minister Arlo Venn will visit Ostrava this December.", "2019-12"),
    ]
    assert events[0].actors == ("E1", "E2")
    assert events[1].actors == ("E3", "E2")
    assert TEXT[events[1].timex[0]:events[1].timex[1]] == "this December"


def test_durations_and_vague_references_make_no_event(doc):
    timexes = [t for t in find_timexes(TEXT, "2019-02-26") if t.value in ("P3D", "PRESENT_REF")]
    assert len(timexes) == 2
    assert find_events(doc, timexes, []) == []


def test_two_mentions_of_one_date_in_a_sentence_give_one_event():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "On Feb. 25, 2019 the port opened, and on Feb. 25, 2019 it closed."
    events = find_events(nlp(text), find_timexes(text, "2019-02-26"), [])
    assert [e.value for e in events] == ["2019-02-25"]


def _dated(nlp, text: str, anchor: str = "2019-02-26") -> list[str]:
    doc = nlp(text)
    return [e.value for e in find_events(doc, find_timexes(text, anchor, doc=doc), [])]


@pytest.mark.parametrize("text, values", [
    ("In a 2017 interview, Tomas Vell said the 2019 vote on the Dunmore quay would fail.", ["2017"]),
    ("Tomas Vell said on Monday that the 2019 vote on the Dunmore quay would fail.", ["2019-02-25"]),
    ("Marta Ilves, who was elected mayor of Dunmore in 2015, resigned on Tuesday.", ["2019-02-26"]),
    ("Marta Ilves, who was elected mayor of Dunmore in 2015, resigned.", []),
    ("Harbour traffic in Dunmore was the highest since 2008.", []),
    ("The fishing fleet of Dunmore shrank in 2020 compared with 2015.", ["2020"]),
    ("The 2019 vote on the Dunmore quay was overturned by the harbour court.", []),
    ("The Dunmore council promised to hold a new vote on the quay in 2027.", []),
    ("Marta Ilves served as mayor of Dunmore from 2010 to 2015.", []),
    ("The Dunmore council wants to halve the harbour's debt by 2030.", []),
    ("Some in Dunmore see Tuesday's vote as a sign of change.", []),
    ("Answering the Dunmore Press, whose 2012 request for files went unmet, the harbour office spoke.", []),
    ("As a tribute to the siege that was lifted in 1975, Marta Ilves praised the old sailors of Dunmore.", []),
])
def test_only_a_date_that_anchors_the_reported_act_dates_the_event(nlp, text, values):
    """Analyst's read of briefs (brief16): a year the sentence only mentions (in what was said, in a
    description, as a compared year or a range's end, naming a thing) does not file the sentence under it;
    when no date anchors the act the sentence stays off the timeline."""
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text, values", [
    ("Velmora signed a trade pact with Ostrava in 1961.", ["1961"]),
    ("Speaking in 2017, Tomas Vell said the Dunmore port would close.", ["2017"]),
    ("When the Dunmore port closed in 2016, hundreds of dockers lost their jobs.", ["2016"]),
    ("At the 2019 summit in Dunmore, Marta Ilves signed the accord.", ["2019"]),
    ("Marta Ilves visited Ostrava last week.", ["2019-W08"]),
    ("Harbour strike in Dunmore – Dockers block the north quay on Feb. 8.", ["2019-02-08"]),
    ("In a long story on the quay, The Kessel Post in February 2017 ran a report on the sale.", ["2017-02"]),
    ("The harbour office tried to calm the dockers by issuing a statement on Tuesday.", ["2019-02-26"]),
    ("Councillor Ivo Brant brought a sack of fish to the empty council chamber Thursday.", ["2019-02-21"]),
    ("Monday's strikes in Dunmore were centred on the north quay.", ["2019-02-25"]),
    ("In an interview with Kessel Radio's Ana Rask that aired late Thursday, Ivo Brant said the quay would stay shut.",
     ["2019-02-21"]),
    ("Councillor Ana Rask speaks at a harbour rally in Dunmore, Kessel, Feb. 7, 2019.", ["2019-02-07"]),
    ("Dockers flee the harbour festival in Dunmore, Kess., January 21, 2019.", ["2019-01-21"]),
    ("The meeting in Dunmore on Feb. 21.", ["2019-02-21"]),
    ("Strike in Dunmore – A docker guards the gate of the north quay on Feb. 3.", ["2019-02-03"]),
])
def test_a_date_of_the_act_or_its_occasion_still_dates_the_event(nlp, text, values):
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text, values", [
    ("The spotlight this week will stay on Tomas Vell, who vowed in 2015 that the quay would never close.", []),
    ("In Dunmore, which Marta Ilves visited last week, harbour fees are rising fast.", []),
    ("Rumours of the sale had begun to spread in Kessel, where the mayor had spoken on Friday.", []),
    # near misses: a clause on an occasion of the act, or a date of the act itself, still dates it
    ("Marta Ilves defended the sale at a news conference she called on Monday.", ["2019-02-25"]),
    ("Tomas Vell, who was elected in 2015, met the dockers in Kessel on Friday.", ["2019-02-22"]),
])
def test_a_clause_on_a_name_in_the_acts_phrase_does_not_date_the_act(nlp, text, values):
    """Analyst's read of briefs (timeline25): "on McConnell, who vowed in 2015 …", "In Texas, which Pence
    visited last week, deaths are rising" were filed under the relative clause's date. A name is no occasion
    of the act, so a clause on it only describes it."""
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text, values", [
    ("“The quay was sold in 2015 and nobody asked us,” Marta Ilves said.", []),
    ("Marta Ilves said the Dunmore quay was sold in 2015.", []),
    ("Marta Ilves said on Monday that the Dunmore quay would reopen on March 3.", ["2019-02-25"]),
    ("The Dunmore quay was closed on Thursday, the harbour police said.", ["2019-02-21"]),
    ("The mayor of Dunmore, speaking to dockers on Tuesday, said the quay would stay open.", ["2019-02-26"]),
    ("At a news conference he called on Monday, Marta Ilves defended the sale of the quay.", ["2019-02-25"]),
])
def test_a_date_of_what_was_said_dates_the_event_only_as_a_day_and_when_the_act_has_none(nlp, text, values):
    """A year inside what a source said never dates the sentence; a day, week or month does when the
    sentence has no date of its own ("the quay was closed on Thursday, police said": the content is the event)."""
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text", [
    "Some day, not tomorrow and not next year, the Velmora dam is going to fail.",
    "The dockers of Dunmore will strike, though not on Thursday.",
    "Taken together, today's ballot in Dunmore will reassure the allies of Velmora.",
    "Monday's ruling could still reopen the Dunmore quay.",
])
def test_a_denied_date_or_a_dated_subject_of_a_forecast_or_remark_is_no_event(nlp, text):
    """Analyst16: "not tomorrow, not next year" names when a thing is not; "today's vote will provide
    reassurance" is a forecast and "Today's polarization is …" a remark, neither an event of that day."""
    assert _dated(nlp, text) == []


@pytest.mark.parametrize("text, values", [
    ("Monday's vote has split the Velmora council.", ["2019-02-25"]),
    ("Monday's blast is the second on the Dunmore quay.", ["2019-02-25"]),
])
def test_a_dated_subject_of_a_done_or_present_act_still_dates_it(nlp, text, values):
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text, values", [
    ("Sunday's blast at Dunmore was judged to be four times stronger than the one at Varn, Kessel, in 1945, "
     "a harbour official of Ostria told the Kessel Post.", ["2019-02-24"]),
    ("The Dunmore ferry carried more people in March than the Kessel line did, the Velmora port office said in "
     "2018.", ["2018"]),
    ("More than forty years later, in 2005, the Kessel brewery merged with its rival in Varn.", ["2005"]),
    ("The Varn harbour board has tightened its rules since then, and this week it barred ships from Kessel.",
     ["2019-W09"]),
])
def test_a_year_a_comparison_reads_up_to_does_not_date_the_sentence(nlp, text, values):
    """Analyst16: a 1945 blast a 2017 test was compared with dated the test; with a verb between, the
    date is a clause's own."""
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text", ["9:45 a.m.", "4:58pm", "(March 3) AP", "November 3, 2025", "10:20 a.m. ET"])
def test_a_line_that_is_only_a_stamp_is_no_event(text):
    """Analyst's read of briefs (timeline20): a live blog's bare time stamps and a dateline left on their own line
    were listed on the timeline as events."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    full = f"Ferry crews in Linnholm voted to end the strike on Monday.\n\n{text}\n\nThe first ferry sailed at noon."
    events = find_events(nlp(full), find_timexes(full, "2025-11-04"), [])
    assert [full[e.span[0]:e.span[1]] for e in events] == [
        "Ferry crews in Linnholm voted to end the strike on Monday.", "The first ferry sailed at noon."]


@pytest.mark.parametrize("text", [
    "It is Friday afternoon, and the cafes along the Dunmore quay are half empty.",
    "It's Wednesday, so the Velmora council sits again.",
])
def test_a_present_it_is_that_only_sets_the_scene_is_no_event(nlp, text):
    """Analyst's read (timeline21): "It is Friday afternoon" was shown as an event of that day."""
    assert _dated(nlp, text) == []


@pytest.mark.parametrize("text, values", [
    ("It is Monday that the Velmora council votes on the quay.", ["2019-02-25"]),  # a cleft dates its clause
    ("It was Monday, and the mayor of Dunmore was speaking at the quay.", ["2019-02-25"]),  # a past day told
])
def test_a_cleft_or_a_past_it_was_still_dates_its_sentence(nlp, text, values):
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text", [
    "Harlow (2004) finds that the Dunmore ferry tolls fell on the poorest riders.",
    "For a gloomier reading of the Velmora accounts, see Osei and Brandt (2011).",
    "Between 2012 and 2015, the number of riders on the Kessel ferry grew sixfold.",
    "Most of the houses in Dunmore were built between 1910 and 1950.",
])
def test_a_cited_works_year_or_a_range_between_two_dates_is_no_event(nlp, text):
    """Analyst's read (timeline21): a paper's year in parentheses and both ends of "between 2012 and 2015" were
    shown as the story's events of those years."""
    assert _dated(nlp, text) == []


@pytest.mark.parametrize("text, values", [
    ("The Dunmore quay was rebuilt once (in 2004) after the storm.", ["2004"]),
    ("In Kessel Shipping v. Dunmore (2012), the high court struck down the toll.", ["2012"]),  # a ruling's year
    ("A summit between the two mayors of Kessel opened on Monday.", ["2019-02-25"]),
])
def test_a_year_in_parentheses_after_no_name_a_cases_year_or_a_day_beside_between_still_dates(nlp, text, values):
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text", [
    "The Velmora council will vote on the sale of the Dunmore quay on March 12.",
    "Harbour officials said the north quay will reopen on March 4.",
    "The final ruling on the Dunmore quay is expected on March 8.",
    "Marta Ilves is set to testify before the harbour board on Thursday.",
    "The harbour board's report on the dredging is due on Friday.",
    "Ivo Brant is going to sign the lease for the quay next week.",
    "The dockers of Dunmore vowed to block the north quay again on March 9.",
])
def test_a_forecast_scheduled_or_intended_date_is_no_event(nlp, text):
    """Analyst's read of briefs (timeline23): "will vote on March 12", "is expected on March 8", "vowed to
    block the quay on March 9" tell what is to come; a timeline shows it under that date as if it happened."""
    assert _dated(nlp, text) == []


@pytest.mark.parametrize("text, values", [
    ("Councillor Ivo Brant said Monday the harbour board will sell the north quay.", ["2019-02-25"]),
    ("The Dunmore council agreed to hear the dockers' appeal on February 7, 2019.", ["2019-02-07"]),
    ("Marta Ilves ended her speech by adding, \"I will not sell the quay today.\"", ["2019-02-26"]),
])
def test_a_saying_or_a_decision_dated_beside_a_forecast_still_dates_it(nlp, text, values):
    """The parser may hang the saying's date on the clause it introduces ("said Monday [the board will sell
    …]") or a decision's date on its infinitive ("agreed to hear the appeal on February 7"): they stay."""
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text", [
    "The harbour board must decide on the Dunmore lease on March 12.",
    "A vote on the north quay could come as early as Thursday.",
    "The dockers of Dunmore might walk out again in April.",
])
def test_a_deadline_or_a_chance_is_no_event(nlp, text):
    """Analyst's read of briefs (timeline24): "must decide on March 12", "could come Thursday" tell a duty or
    a chance, not what happened on that day."""
    assert _dated(nlp, text) == []


@pytest.mark.parametrize("text, values", [
    ("Police in Dunmore said the clerk may have fled the port on Monday.", ["2019-02-25"]),
    ("Marta Ilves, who must step down in 2021, signed the lease on Monday.", ["2019-02-25"]),
])
def test_a_modal_perfect_or_a_modal_elsewhere_keeps_the_date(nlp, text, values):
    """A perfect tells a done act ("may have fled on Monday"); a modal on another clause leaves the act's date."""
    assert _dated(nlp, text) == values


@pytest.mark.parametrize("text", [
    "Mayor Marta Ilves greets dockers at the Dunmore quay on Saturday. (AP Photo/ Tomas Vell)",
    "Dockers block the north quay in Dunmore on Saturday. | Ivo Brant/Getty Images",
    "FILE - In this March 2, 2018, file photo, Marta Ilves speaks at the Dunmore quay.",
    "Photos: Harbour strike in Dunmore – Dockers block the north quay on Feb. 8.",
    "Support the Dunmore Ledger's reporting by subscribing today: ledger.example/join.",
])
def test_a_photo_caption_or_a_pitch_is_no_event(nlp, text):
    """Analyst's read of briefs (timeline24): the day a photo was taken, told in its caption (known by its
    credit on the line, a gallery's mark or a wire's "FILE -"), and a pitch to subscribe are no events; the
    same clause with no such mark keeps its date (``test_a_date_of_the_act_or_its_occasion_still_dates_the_event``)."""
    assert _dated(nlp, text) == []


def test_a_sentence_beside_no_caption_keeps_its_date(nlp):
    text = "Mayor Marta Ilves greeted dockers at the Dunmore quay on Saturday. A photo of the strike went viral."
    assert _dated(nlp, text) == ["2019-02-23"]


@pytest.mark.parametrize("text, values", [
    ("Councillor Ivo Brant is visiting the Dunmore quay next week.", []),
    ("The dockers see the lease as crucial to winning the harbour vote in 2020.", []),
    ("Marta Ilves signed the Dunmore lease on Tuesday.", ["2019-02-26"]),
    ("Marta Ilves signed the Dunmore lease on Feb. 27.", ["2019-02-27"]),  # a day's slack for time zones
])
def test_a_date_after_the_articles_own_is_no_event(nlp, text, values):
    """Analyst's read of briefs (timeline24): a stretch that begins after the article was written had not
    happened then ("next week", "in 2020" told on 2019-02-26), whatever its verb."""
    doc = nlp(text)
    timexes = find_timexes(text, "2019-02-26", doc=doc)
    assert [e.value for e in find_events(doc, timexes, [], anchor="2019-02-26")] == values
