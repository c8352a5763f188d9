"""Stances not held at the article's time: steps of a past story, attitudes overtaken by what the next sentence
tells; and guards for the day's news told in the past tense (fictional people, real states)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _stances(nlp, text, year=2018):
    doc = nlp(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, find_entities(doc), year)]


def _has(found, attitude, object_part):
    return any(att == attitude and object_part in obj for _, att, obj in found)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("Eric Vell joined the board in 2009. The next day, Vell urged the board to sell the copper mine in Chile.",
     "recommends", "sell the copper mine"),
    ("Eric Vell joined the board in 2009. Years later, Vell opposed the sale of the copper mine in Chile.",
     "opposes", "the sale of the copper mine"),
    ("Back then, Canada opposed the Keystone pipeline expansion. Today it is the project's loudest backer.",
     "opposes", "the Keystone pipeline expansion"),
])
def test_a_past_step_dated_by_the_storys_own_clock_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


# sthold19: a simple past placed at an event of a year long before the article's (the story's own clause or the one
# it is coordinated with); the day's news at a dated event of its own year stays.
def test_a_past_act_at_an_event_of_an_earlier_year_is_not_held(nlp):
    found = _stances(nlp, "Greta Lind confronted Tomas Holm after the 2008 recount and blamed the party chief for her "
                          "defeat.")
    assert not _has(found, "accuses", "the party chief")


def test_a_past_act_at_an_event_of_last_year_stays(nlp):
    found = _stances(nlp, "Greta Lind confronted Tomas Holm after the 2017 recount and blamed the party chief for her "
                          "defeat.")
    assert _has(found, "accuses", "the party chief")


def test_historically_is_not_held_now(nlp):
    found = _stances(nlp, "Norway has historically resisted any wider opening of its fisheries.")
    assert not _has(found, "opposes", "a broader opening")


@pytest.mark.parametrize("text", [
    "Senator Dana Holm threatened to veto the farm bill. The bill was signed into law on Friday.",
    "Governor Dana Holm threatened to veto the farm bill. She signed it into law on Friday.",
])
def test_a_threat_the_next_sentence_shows_overtaken_is_over(nlp, text):
    assert not _has(_stances(nlp, text), "opposes", "the farm bill")


def test_a_plan_that_came_to_nothing_is_not_held(nlp):
    found = _stances(nlp, "Dana Holm and Eric Vell intended to move their company to Oslo, but they were arrested "
                          "instead.")
    assert not _has(found, "wants", "move their company to Oslo")


@pytest.mark.parametrize("text, attitude, object_part", [
    ("The report cites a 2010 email in which Dana Holm voiced concern about the safety of the Arctic drilling "
     "program.", "fears", "the safety of the Arctic drilling program"),
    ("During the 2016 call, in which Holm urged Vell to complete the purchase of the copper mine, the line went "
     "dead.", "recommends", "complete the purchase"),
    ("At a 2016 meeting in Oslo, Dana Holm urged Eric Vell to sell the copper mine in Chile.",
     "recommends", "sell the copper mine"),
    ("Canada criticized the Keystone pipeline expansion last year.", "opposes", "the Keystone pipeline expansion"),
    ("During last year's parade, the rocket exploded. Canada criticized the launch of the rocket as reckless.",
     "opposes", "the launch of the rocket"),
])
def test_an_episode_dated_before_the_article_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("Marta Lind's proposal to merge the two northern provinces was resoundingly defeated in the referendum.",
     "recommends", "merge the two northern provinces"),
    ("Beijing rejected Marta Lind's proposal to withdraw the fishing bill and at that time ordered her not to "
     "yield.", "recommends", "withdraw the fishing bill"),
])
def test_a_proposal_defeated_or_of_that_time_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text", [
    "Then-Senator Dana Holm urged Norway to fund the new harbor at Tromso.",
    "Dana Holm, then the party's leader, urged Norway to fund the new harbor at Tromso.",
])
def test_a_holder_named_by_a_past_title_acts_in_that_time(nlp, text):
    assert not _has(_stances(nlp, text), "recommends", "Norway to fund the new harbor")


def test_a_wish_told_in_a_backstory_is_not_held(nlp):
    found = _stances(nlp, "Eric Vell had already told me the port was key. He understood the risks, but hoped to "
                          "persuade Norway to fund the new harbor.")
    assert not _has(found, "wants", "persuade Norway")


@pytest.mark.parametrize("text, attitude, object_part", [
    ("The ministry had warned of delays. Norway urged Sweden to reopen the border crossing at Haparanda.",
     "recommends", "Sweden to reopen the border crossing"),
    ("Canada has criticized the Keystone pipeline expansion since last year.", "opposes", "the Keystone pipeline"),
    ("Senator Dana Holm then urged Norway to fund the new harbor at Tromso.", "recommends", "Norway to fund"),
    ("Former Senator Dana Holm urged Norway to fund the new harbor at Tromso.", "recommends", "Norway to fund"),
    ("Norway urged Sweden to sign the fishing treaty with Denmark. When Denmark offered a second deal, Sweden "
     "rejected it.", "recommends", "Sweden to sign the fishing treaty"),
    ("Eric Vell strongly opposes the 2015 nuclear agreement with Iran.", "opposes", "the 2015 nuclear agreement"),
    ("Marta Lind's proposal to merge the two northern provinces was praised by the council on Tuesday.",
     "recommends", "merge the two northern provinces"),
    ("The Senate blocked Eric Vell's plan to sell the copper mine in Chile.", "wants", "sell the copper mine"),
    ("At a news conference on Monday, Dana Holm urged Eric Vell to sell the copper mine in Chile.",
     "recommends", "sell the copper mine"),
    ("Eric Vell, who left the firm years later, urges Norway to fund the new harbor at Tromso.",
     "recommends", "Norway to fund the new harbor"),
    ("Russia on Monday urged the UN to condemn the strikes. The council met the next day.",
     "recommends", "the UN to condemn the strikes"),
    ("Later that day, Russia urged the UN to condemn the strikes on Aleppo.",
     "recommends", "the UN to condemn the strikes"),
    ("Governor Dana Holm threatened to veto the farm bill. She will sign it into law on Friday, aides say.",
     "opposes", "the farm bill"),
    ("Dana Holm urged the Senate to pass the farm bill. The bill will be signed into law on Friday.",
     "recommends", "the Senate to pass the farm bill"),
    ("Senator Dana Holm opposed the farm bill. The bill was signed into law on Friday.",
     "opposes", "the farm bill"),
    ("Senator Dana Holm threatens to veto the farm bill. The bill was passed by the House on Friday.",
     "opposes", "the farm bill"),
    ("Japan has long opposed whaling limits in the Pacific.", "opposes", "whaling limits"),
])
def test_the_days_news_in_the_past_tense_stays(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text", [
    "He raised Mr. Brekke's support for the Ostria war during President Jorn Halvik's administration, saying it "
    "was a big mistake.",
    "Ostria's support for Halvik during the Kessel-Norway War is one.",
    "After all, Halvik by 2009 was criticizing Brekke more than he was Lind for the supposed ills of the world.",
])
def test_an_attitude_of_a_named_era_or_a_past_year_is_not_held(nlp, text):
    assert _stances(nlp, text) == []


def test_an_attitude_during_the_storys_own_visit_stays(nlp):
    found = _stances(nlp, "Ostria's support for Halvik during the summit surprised Norway.")
    assert _has(found, "supports", "Halvik")


# ---- read 19: attitudes of figures the article places in an era long past

def test_a_figure_of_a_past_century_holds_no_current_stance(nlp):
    text = ("In the 19th century, several mill owners, among them Hal Drey and Otto Pask, built huge estates. The "
            "harsher Otto Pask embodied a creed of thrift that later spread. Pask made a fortune from his looms and "
            "was always ready to defend his wealth as a patriotic duty.")
    assert not [s for s in _stances(nlp, text) if s[0] == "Otto Pask"]


def test_a_current_holder_near_an_old_date_keeps_the_stance(nlp):
    text = ("The harbour was built in 1890. Henry Brisk, the mayor, defended the new toll on Monday.")
    assert [s for s in _stances(nlp, text) if s[0] == "Henry Brisk" and s[1] == "supports"]


# Read 20: a past attitude the text tells has since ended or moved.
@pytest.mark.parametrize("text, attitude, object_part", [
    ("Until last winter, Poland was wary of the Vistula canal scheme.", "fears", "Vistula canal"),
    ("Mira Lund opposed the Tarn dam for a decade, but she no longer does.", "opposes", "Tarn dam"),
    ("Republicans were most worried about grain prices in March, a share that has since fallen sharply.",
     "fears", "grain prices"),
    # read 21
    ("Mira Lund backed the Tarn dam, a position she later abandoned.", "supports", "Tarn dam"),
    ("Mira Lund opposed the Tarn dam before reversing course in May.", "opposes", "Tarn dam"),
    ("Mira Lund opposed the Tarn dam. Last spring she changed her mind.", "opposes", "Tarn dam"),
    ("Mira Lund backed the Tarn dam, a view that vanished since the flood.", "supports", "Tarn dam"),
])
def test_a_past_attitude_told_as_since_changed_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("Mira Lund opposes the Tarn dam and will fight it until the council votes.", "opposes", "Tarn dam"),
    ("Mira Lund urged the council to wait until March before voting on the Tarn dam.", "recommends", "wait until March"),
    ("On Monday, Poland criticized the Vistula canal scheme. Sweden praised it the same day.",
     "opposes", "Vistula canal"),
])
def test_a_past_or_present_attitude_with_no_change_told_is_kept(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text), attitude, object_part)


def test_an_until_clause_of_what_is_advised_keeps_the_advice(nlp):
    found = _stances(nlp, "Ilse Korr emailed the nurses at noon and advised them not to open attachments "
                          "until the breach is fixed.")
    assert _has(found, "recommends", "open attachments")


def test_an_attitude_at_the_outset_of_a_story_is_not_held_now(stance_triples):
    # strict readers (AllSides 1491–1999): "At the outset, X publicly supported …", then it changed
    assert stance_triples("At the outset, Governor Lena Mott publicly supported Ostria's right to build the dam.") == []


@pytest.mark.parametrize("text, attitude, object_part", [
    ("For decades, Norway opposed any fishing deal with the Faroe trawler guilds. Now it is ready to talk.",
     "opposes", "any fishing deal"),
    ("As a young senator, Mirela Strand opposed the harbour levy on grain barges.", "opposes", "the harbour levy"),
    ("Early in his career, Anton Brevik supported the harbour levy on grain barges.", "supports", "the harbour levy"),
    ("In 2011, Mirela Strand announced she would seek a new levy on grain barges.",
     "wants", "a new levy on grain barges"),
    ("Over the summer, Governor Mirela Strand resisted calls for an inquiry into the ferry crash, but she ordered "
     "one in September.", "opposes", "calls for an inquiry"),
])
def test_a_past_attitude_over_a_closed_span_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("For decades, Norway has opposed any fishing deal with the Faroe trawler guilds.", "opposes", "any fishing deal"),
    ("Mirela Strand has long opposed the harbour levy on grain barges.", "opposes", "the harbour levy"),
    ("In 2018, Mirela Strand announced she would seek a new levy on grain barges.",
     "wants", "a new levy on grain barges"),
    ("As a senator, Mirela Strand opposes the harbour levy on grain barges.", "opposes", "the harbour levy"),
])
def test_a_held_attitude_or_one_said_this_year_is_kept(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("In her first term, Mirela Strand opposed the harbour levy on grain barges.", "opposes", "the harbour levy"),
    ("Under the previous government, Norway opposed the harbour levy on grain barges.", "opposes", "the harbour levy"),
    ("Before 2015, Norway opposed the harbour levy on grain barges.", "opposes", "the harbour levy"),
    ("Norway long opposed the harbour levy on grain barges, but last week it dropped its objection.",
     "opposes", "the harbour levy"),
    ("Mirela Strand sought a night patrol around the Kessel consulate, the memo shows.", "wants", "a night patrol"),
    ("The morning before he died, Anton Brevik's last cable described his fears that the guards might not protect "
     "the Kessel consulate.", "fears", "the guards"),
    ("The late Anton Brevik opposed the harbour levy on grain barges.", "opposes", "the harbour levy"),
    ("Anton Brevik, who died in 2016, opposed the harbour levy on grain barges.", "opposes", "the harbour levy"),
])
def test_an_attitude_of_a_past_office_a_dated_document_or_a_life_ended_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("In his second term, Anton Brevik wants a new levy on grain barges.", "wants", "a new levy"),
    ("Norway opposes the harbour levy on grain barges, the memo shows.", "opposes", "the harbour levy"),
    ("Mirela Strand, whose father died in 2016, opposes the harbour levy on grain barges.", "opposes",
     "the harbour levy"),
])
def test_a_present_attitude_or_anothers_death_keeps_it(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part, held", [
    ("In his 1979 memoir, Lars Dunn wrote of his wish to see Orsk unified.", "wants", "Orsk unified", False),
    ("In 2009, Lars Dunn spoke often of his fear of a war with Orsk.", "fears", "war with Orsk", False),
    ("Lars Dunn spoke on Monday of his wish to see Orsk unified.", "wants", "Orsk unified", True),
])
def test_a_stance_noun_under_a_dated_verb_of_telling_is_of_that_time(nlp, text, attitude, object_part, held):
    assert _has(_stances(nlp, text), attitude, object_part) is held


@pytest.mark.slow
@pytest.mark.parametrize("opening, feeling, held", [
    ("In 1977, President Tom Carrow signed the canal treaties with Ostria after years of talks.",
     "Carrow hoped the canal treaties would rebuild Ostria's image in the region.", False),  # a past hope: history
    ("In 1977, President Tom Carrow signed the canal treaties with Ostria after years of talks.",
     "Carrow feared the canal treaties would fail in the Ostrian senate.", False),  # a past fear likewise
    ("President Tom Carrow signed the canal treaties with Ostria on Monday.",
     "Carrow hopes the canal treaties will rebuild Ostria's image in the region.", True),  # today's news stays
])
def test_a_past_hope_or_fear_in_a_dated_passage_is_history(analyze_text, opening, feeling, held):
    a = analyze_text(f"Canal\n\n{opening}\n\n{feeling}\n")
    assert bool([s for s in (*a.stances, *a.unreported_stances) if s.actor == "Tom Carrow"]) is held


# readst18c: any other past act of advice, backing or striving in a passage a clause dates years back ("In 1996,
# …. The next year, …. Carrow soon after urged …") is history too; a year naming a thing ("the 2014 treaty") is
# not the passage's date, nor is a year in another paragraph, and a day of the news ("On Monday") or a time of its
# own ("In January") makes it the day's news.
@pytest.mark.slow
@pytest.mark.parametrize("passage, held", [
    ("In 1996, Ostria's king pressed Velden to quit the canal zone. The next year, he recalled his envoy from "
     "Velden. Worried by the split, President Tom Carrow soon after advocated a new canal treaty with Ostria.", False),
    ("In December 1996, Ostria's king pressed Velden to quit the canal zone. President Tom Carrow was eager to "
     "keep the canal open to Velden's fleet.", False),
    ("The 2014 treaty angered Ostria's king. President Tom Carrow advocated a new canal treaty with Ostria.", True),
    ("In 1996, Ostria's king pressed Velden to quit the canal zone. On Monday, President Tom Carrow advocated a "
     "new canal treaty with Ostria.", True),
    ("The canal talks collapsed in 2012 after Velden shelled a barge. In January, President Tom Carrow again "
     "proposed a meeting with Velden, but the idea won little support.", True),
    ("Her cousin Orla Penn backed the claim, but Penn died in 2011.\n\nGovernor Tom Carrow left the race and "
     "endorsed Senator Ada Holm.", True),
])
def test_a_past_act_in_a_passage_dated_years_back_is_history(analyze_text, passage, held):
    a = analyze_text(f"Canal\n\n{passage}\n")
    assert bool([s for s in (*a.stances, *a.unreported_stances) if s.actor == "Tom Carrow"]) is held

@pytest.mark.parametrize("text, attitude, object_part", [
    ("In the 1970s oil crisis, Harlan Dree urged Americans to drive less and turn down their heating.",
     "recommends", "drive less"),
    ("In the 1990s, Ostria urged Valdin to open its ports to trade.", "recommends", "open its ports"),
])
def test_an_attitude_of_a_long_gone_decade_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text, 2020), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("Since the 1970s, Ostria has urged its neighbours to share the river's water.", "recommends", "share the river"),
    ("In the 2010s, Ostria urged its neighbours to share the river's water.", "recommends", "share the river"),
])
def test_an_attitude_held_since_or_of_the_current_decade_stays(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text, 2020), attitude, object_part)


def test_a_plan_that_has_been_dropped_is_not_held(nlp):
    text = "Ada Holm's plan to bring every soldier home by the time she leaves office has been dropped."
    assert not _has(_stances(nlp, text, 2020), "wants", "bring every soldier home")


# Reads 45-46: a past position the text tells given up or placed in a spell in office.
@pytest.mark.parametrize("text", [
    "Former mayor Ivo Kant backed the harbour tax during his time in office.",
    "Ivo Kant, a former mayor, supported the harbour tax from his time in office.",
    "Mira Cole endorsed Dan Roth for the nomination, but later said she would vote for Hal Brenn.",
    "Premier Tomas Gell long sought snap inspections, but the deal gives Sorvia 24 days' notice, abandoning snap "
    "inspections.",
])
def test_a_position_since_given_up_is_not_held(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] in {"supports", "wants"}] == []


@pytest.mark.parametrize("text, actor, attitude", [
    ("Mayor Ivo Kant backs the harbour tax.", "Ivo Kant", "supports"),
    ("Premier Tomas Gell wants snap inspections, and the deal keeps snap inspections.", "Tomas Gell", "wants"),
])
def test_a_position_held_now_stays(stance_triples, text, actor, attitude):
    assert [s for s in stance_triples(text) if s[0] == actor and s[1] == attitude]


# A strict fresh read (round 19): a wish told in the past progressive in a passage set decades back was shown
# as current, where the simple past of the same sentence was not.
@pytest.mark.parametrize("text", [
    "Back in 1961, President Ivo Holm and his speechwriter, Ted Brask, were seeking a balance between resolute "
    "strength and openness to a more peaceful future.",
    "Back in 1994, Mayor Ana Lind and her deputy were seeking a ferry link between the two harbours.",
])
def test_a_wish_in_the_past_progressive_of_a_past_year_is_not_held(nlp, text):
    assert _stances(nlp, text, year=2013) == []


@pytest.mark.parametrize("text, object_part", [
    ("President Ivo Holm is seeking a balance between resolute strength and openness to a more peaceful future.",
     "a balance between resolute strength"),
])
def test_a_wish_in_the_progressive_of_the_news_stays(nlp, text, object_part):
    assert any(object_part in obj for _, _, obj in _stances(nlp, text, year=2013))


# stnow19 (fresh reads 52-55: history told as background shown as current stances). An intention inside a time
# clause of a sentence dated years back, and a position of a writing a dated sentence introduces, are of that time.
@pytest.mark.parametrize("text, attitude, object_part", [
    ("In 2011 Governor Talia Brask was forced to cancel a trade fair in Oresund when she learned that Harlan Vesk "
     "and Imre Dolt intended to use the fair to attack the port authority.", "wants", "attack the port authority"),
    ("In 2009, Senator Anton Brevik wrote an essay for the Lorne Courier. In it, Mr. Brevik wrote that he favored a "
     "managed bankruptcy for the carmaker.", "supports", "a managed bankruptcy"),
])
def test_an_attitude_in_a_clause_of_a_sentence_dated_years_back_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text, 2019), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("In 2019 Governor Talia Brask was forced to cancel a trade fair in Oresund when she learned that Harlan Vesk "
     "and Imre Dolt intended to use the fair to attack the port authority.", "wants", "attack the port authority"),
    ("Governor Talia Brask said she was forced to cancel a trade fair in Oresund when she learned that Harlan Vesk "
     "and Imre Dolt intended to use the fair to attack the port authority.", "wants", "attack the port authority"),
    ("On Monday, Senator Anton Brevik wrote an essay for the Lorne Courier. In it, Mr. Brevik wrote that he favored "
     "a managed bankruptcy for the carmaker.", "supports", "a managed bankruptcy"),
])
def test_an_attitude_in_a_clause_of_this_years_news_stays(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text, 2019), attitude, object_part)


# An obituary (read 53, sthold19): the life told in the past is not held now; the day's reactions and other
# news of a death stay.
@pytest.mark.parametrize("text, attitude, object_part", [
    ("Dana Holm, the mayor of Lorne who rebuilt its harbour after the flood, has died, her family said. She was 81."
     "\n\nHolm was deeply opposed to the new dam on the Vesk river.", "opposes", "the new dam"),
    ("Dana Holm, the mayor of Lorne who rebuilt its harbour after the flood, has died, her family said."
     "\n\nHer concern for the fishing villages of Morland remained strong throughout her long life.", "fears",
     "the fishing villages"),
    ("Ostria's King Tomas, the ruler who opened the kingdom's ports and courted its rivals, has died, according to "
     "state radio.\n\nOstria was also bitterly opposed to the Velden premier Ivo Kant, whom it saw as a rival.",
     "opposes", "Ivo Kant"),
])
def test_a_past_attitude_in_an_obituary_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text, 2019), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("Dana Holm, the mayor of Lorne who rebuilt its harbour after the flood, died on Sunday, according to her "
     "family.\n\nGovernor Imre Dolt urged residents to sign a book of condolence.", "recommends", "sign a book"),
    ("Dana Holm, the mayor of Lorne, died on Sunday after a car crash. Governor Imre Dolt urged drivers to slow down "
     "on the coast road. Holm was deeply opposed to the new dam on the Vesk river.", "opposes", "the new dam"),
    ("Anton Brevik, Lorne's mayor, said on Monday that he wants a new harbour. Brevik was deeply opposed to the new "
     "dam on the Vesk river.", "opposes", "the new dam"),
])
def test_the_days_news_around_a_death_stays(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text, 2019), attitude, object_part)


# stcurrent20: an attitude placed in an earlier step of a series the article recaps ("in the first round of talks",
# "in earlier talks", "in an earlier version of the bill") is that step's, not held now; the day's first meeting stays.
@pytest.mark.parametrize("text, attitude, object_part", [
    ("In the first round of the Brenn talks, Ostria sought a pullback of all the Kessel garrisons.", "wants",
     "a pullback of all the Kessel garrisons"),
    ("In earlier talks at Lake Orvik, Ostria sought a pullback of all the Kessel garrisons.", "wants",
     "a pullback of all the Kessel garrisons"),
    ("In an earlier version of the ferry bill, Senator Mira Toll proposed a levy on cruise berths.", "recommends",
     "a levy on cruise berths"),
    ("In her first campaign, Mira Toll opposed the levy on cruise berths.", "opposes", "the levy on cruise berths"),
])
def test_an_attitude_in_an_earlier_step_of_a_series_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("At their first meeting on Tuesday, Ostria sought a pullback of all the Kessel garrisons.", "wants",
     "a pullback of all the Kessel garrisons"),
    ("In his first interview since the vote, Senator Ivo Brask urged Kessel to pull back its garrisons.",
     "recommends", "Kessel to pull back its garrisons"),
    ("In an earlier statement, Ostria condemned the naval drills by Kessel and Velden.", "opposes",
     "the naval drills"),
])
def test_an_attitude_at_the_days_first_meeting_stays(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text), attitude, object_part)


# stcurrent20: the holder's early life told after the verb ("… as a freshman senator", "… early in her career"), and a
# stance noun told as held before ("his former support for …"), are not held now; a renewed one stays.
@pytest.mark.parametrize("text, attitude, object_part", [
    ("Mira Toll backed the levy on cruise berths as a freshman senator.", "supports", "the levy on cruise berths"),
    ("Mira Toll backed the levy on cruise berths early in her career.", "supports", "the levy on cruise berths"),
    ("Ivo Brask's former support for the ferry strike angered the unions.", "supports", "the ferry strike"),
])
def test_an_attitude_of_an_earlier_phase_or_told_as_former_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part)


def test_a_former_call_renewed_stays(nlp):
    from dossier.nlp.stances.narrative import formerly_held
    renewed = nlp("Mira Toll renewed her earlier call for a levy on cruise berths.")
    faded = nlp("Mira Toll's earlier opposition to the levy on cruise berths has faded.")
    assert not formerly_held(next(w for w in renewed if w.lower_ == "call"))
    assert formerly_held(next(w for w in faded if w.lower_ == "opposition"))


@pytest.mark.parametrize("text", [
    "Timeline of the canal dispute\n\n2006: Ostria wants Valdin to share the canal tolls.\n\n2012: Talks resume.",
    "Key dates\n\nMarch 2009 - France opposes the Ostrian canal plan at the council.\n\nJune 2010 - Talks fail.",
])
def test_an_attitude_on_a_timeline_entry_of_a_past_year_is_not_held(nlp, text):
    """stances22b: "2006: Ostria wants …" on a timeline's line tells what was wanted then."""
    assert _stances(nlp, text, year=2019) == []


def test_a_line_opening_on_a_span_of_years_is_no_timeline_entry(nlp):
    text = "Budget talks\n\n2018-19 talks stalled. France opposes the Ostrian canal plan, its minister said on Monday."
    assert _has(_stances(nlp, text, year=2019), "opposes", "the Ostrian canal plan")


@pytest.mark.parametrize("text, attitude, object_part", [
    # stances24: "first …, then" + a verb of changing course: the first attitude is superseded
    ("Governor Sten Aarby first backed the Lindby bridge plan, then moved on to back the tunnel bill.", "supports",
     "bridge plan"),
    ("Senator Anders Moll first opposed the salt levy and later switched to a lighter tax.", "opposes", "salt levy"),
])
def test_a_first_attitude_left_for_another_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text), attitude, object_part), _stances(nlp, text)


def test_a_first_attitude_carried_on_stays(nlp):
    text = "Senator Anders Moll first opposed the salt levy and later voted against it."
    assert _has(_stances(nlp, text), "opposes", "salt levy"), _stances(nlp, text)


# A date phrase on the clause that governs the trigger (its reporting or main verb, the main clause a time clause
# hangs on) or on the act a wish or advice aims at, in a year before the article's: an attitude of that year, not
# held now (strict readers: "the attitude is one the article says was held long ago").
@pytest.mark.parametrize("text, attitude, object_part", [
    ("During his run for mayor in 2008, Tomas Vell made clear he opposed costly projects such as the new channel.",
     "opposes", "costly projects"),
    ("At a harbour forum in 2010, after Holm accused Vell of breaking his word on the ferry fares, Vell told her the "
     "race was over.", "accuses", "Vell of breaking"),
    ("Holm urged the dockers not to back Vell in June 2013, calling his plan for the quay reckless.",
     "recommends", "the dockers not to back Vell"),
    ("Holm declares in March 2001 that she will seek the harbour board chair.", "wants", "the harbour board chair"),
])
def test_an_attitude_its_governing_clause_dates_to_an_earlier_year_is_not_held(nlp, text, attitude, object_part):
    assert not _has(_stances(nlp, text, year=2014), attitude, object_part)


@pytest.mark.parametrize("text, attitude, object_part", [
    ("Holm urged the dockers not to back Vell in June 2014, calling his plan for the quay reckless.",
     "recommends", "the dockers not to back Vell"),  # the article's own year
    ("During his run for mayor, Tomas Vell made clear he opposed costly projects such as the new channel.",
     "opposes", "costly projects"),  # no date
    ("At a harbour forum marking the 2010 flood, after Holm accused Vell of breaking his word on the ferry fares, "
     "Vell told her the race was over.", "accuses", "Vell of breaking"),
    ("Holm wants to punish Ostria for its 2010 raid on the port.", "wants", "punish Ostria"),  # a year in the object
])
def test_an_attitude_with_no_earlier_date_on_its_clause_stays(nlp, text, attitude, object_part):
    assert _has(_stances(nlp, text, year=2014), attitude, object_part)
