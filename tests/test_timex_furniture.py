"""Dates on real-news shapes: names and page furniture are not dates, 24-hour clocks are times, the
month or week named by "the end of …", and "this summer" written in December. Our own sentences
(fictional people and places); the ``case_`` tests copy ../shared/cases."""
from __future__ import annotations

import pytest

from dossier.nlp.time.timex import find_timexes

DECEMBER = "2025-12-10"


def found(text: str, anchor: str | None = DECEMBER) -> dict[str, tuple[str, str]]:
    return {text[t.span[0]:t.span[1]]: (t.type, t.value) for t in find_timexes(text, anchor)}


@pytest.mark.parametrize("text", [
    "The Daily Lantern and the Weekly Courier both ran the story.",
    "Coverage from Harwick TODAY was picked up abroad.",
    "Daily Meridian, a news site in Corvel, first reported the fire.",
    "Sign up today to receive the Morning Ledger in your inbox.",
    "Sign up for Daily Newsletters Manage Newsletters",
    "How did a fare rise start the crisis? Current Issue View our current issue",
    "5 years ago",
    "Posted 3 hours ago",
    "Skaters met at the Winter Games in Brask.",
])
def test_names_and_page_furniture_are_not_dates(text):
    assert found(text) == {}


@pytest.mark.parametrize("text", [
    "The mayor of Corvel told Harbor TV’s “This Week.” that the port would stay shut.",
    'Ana Lind spoke on Kessel One’s "This Week" about the ferry fares.',
    "Ana Lind spoke on Kessel One’s This Week about the ferry fares.",
    "Fares will rise, she said — This Week (@ThisWeekKessel)",
])
def test_a_programmes_title_is_not_a_date(text):
    """Analyst's read of briefs (brief19): a talk show's name was put on the timeline as the article's week."""
    assert not any(span.lower() == "this week" for span in found(text))


@pytest.mark.parametrize("text, span", [
    ("This week the mayor of Corvel said the port would stay shut.", "This week"),
    ("The mayor of Corvel warned of “This Week’s storm” on Tuesday.", "This Week"),
])
def test_this_week_in_a_sentence_is_still_a_date(text, span):
    assert found(text)[span] == ("DATE", "2025-W50")


def test_a_stamp_is_only_a_stamp_when_it_stands_alone():
    assert found("The ferry sank five years ago.") == {"five years ago": ("DATE", "2020")}


@pytest.mark.parametrize("text", [
    "Ministers met after May's government lost the vote on the harbour bill.",
    "Theresa May arrived in Corvel. Hours after May said she would stay, the cabinet met.",
    "Prime Minister May spoke first, and in May's absence the deputy chaired the talks.",
])
def test_may_the_person_is_not_a_month(text):
    assert not any("May" in span for span in found(text))


def test_may_the_month_is_still_a_month_beside_the_person():
    got = found("Theresa May will stand down. Elections in the harbour town were held in May.")
    assert got["May"][0] == "DATE" and got["May"][1].endswith("-05")  # the year needs the parse's tense


@pytest.mark.parametrize("text, phrase, value", [
    ("Polls in Corvel close at 1900 GMT.", "1900 GMT", "2025-12-10T19:00"),
    ("The count was declared at 23:40 local time.", "23:40 local time", "2025-12-10T23:40"),
    ("The last ferry left at 21:15 from the east pier.", "21:15", "2025-12-10T21:15"),
    ("23:40\nTurnout reached 71%, officials said.", "23:40", "2025-12-10T23:40"),
])
def test_twenty_four_hour_clocks_are_times(text, phrase, value):
    assert found(text)[phrase] == ("TIME", value)


@pytest.mark.parametrize("text", [
    "The home side led 21:15 at half time.",
    "He read Psalm 23:4 aloud.",
    "The bell rang at 3:30 in the hall.",  # a 12-hour clock without a.m./p.m. is left alone
])
def test_other_colon_numbers_are_not_times(text):
    assert not any(kind == "TIME" for kind, _ in found(text).values())


def test_case_04_end_of_the_month_is_the_month():
    text = "The mayor expects a deal before the end of the month, he told the Daily Beacon."
    assert found(text, "2025-06-12") == {"the end of the month": ("DATE", "2025-06")}


def test_start_of_next_week_is_next_week():
    assert found("Work on the pier resumes at the start of next week.", "2025-06-12")["the start of next week"] == (
        "DATE", "2025-W25")


@pytest.mark.parametrize("phrase, value", [
    ("this summer", "2025-SU"), ("last summer", "2025-SU"), ("next summer", "2026-SU"), ("this spring", "2025-SP"),
])
def test_this_summer_written_in_december_is_the_one_just_gone(phrase, value):
    text = f"The reservoir at Lake Orran ran dry {phrase}."
    assert found(text)[phrase] == ("DATE", value)


def test_case_17_liveblog_stamp_takes_the_publication_day():
    assert found("23:40\nTurnout highest since 1998", "2025-06-08")["23:40"] == ("TIME", "2025-06-08T23:40")


@pytest.mark.parametrize("text, phrase, value", [
    ("Between April and October in 2014, the ferry ran twice a week.", "April", "2014-04"),
    ("In 2011, the mill closed in March and reopened in May.", "March", "2011-03"),
    ("Fishing boats in Brask harbour in June, photographed in 2014.", "June", "2014-06"),  # a caption
])
def test_a_month_takes_the_year_its_sentence_names(text, phrase, value):
    assert found(text, "2019-06-10")[phrase] == ("DATE", value)


def test_since_a_year_does_not_date_a_month():
    text = "The vote follows the June elections that cost the party its majority for the first time since 2003."
    assert found(text, "2015-09-12")["June"] == ("DATE", "2015-06")


def test_now_at_a_sentence_start_stays_a_time():
    assert found("Now Corvel voters are asking how the count went wrong.") == {"Now": ("DATE", "PRESENT_REF")}


def test_subscribing_for_shares_is_not_a_notice():
    text = "Holmfirth Co., which currently holds 77% of the shares, will subscribe for all new shares."
    assert found(text) == {"currently": ("DATE", "PRESENT_REF")}


@pytest.mark.parametrize("text", [
    "Port strike spreads to Kessel\n\nUpdated at 7:45 p.m. ET\n\nDockers in Dunmore walked out.",
    "The harbour office gave no figures.\n\nUpdated at 10:32 a.m.",
    "Last updated: Dec. 3, 2025 9:14 p.m.\n\nDockers in Dunmore walked out.",
])
def test_an_edit_stamp_on_its_own_line_is_not_a_date(text):
    """Analyst16: "Updated at 6:30 p.m. ET" is when the page changed, no event of the story."""
    assert found(text) == {}


def test_an_update_told_in_a_sentence_is_still_dated():
    text = "The harbour office updated its figures on Tuesday after the storm in Dunmore."
    assert found(text) == {"Tuesday": ("DATE", "2025-12-09")}


@pytest.mark.parametrize("text", [
    "Update at 4:15 p.m. ET: Ferry crews in Linnholm voted to end the strike.",
    "Updated 9:05 a.m.\nFerry crews in Linnholm voted to end the strike.",
    "(This post was last updated at 7:32 p.m. ET.)",
    "--This report was updated at 11:10 a.m.",
    "This article was originally published on November 3, 2025.",
    "More on the strike: https://www.linnholm-ledger.org/2021/06/14/ferry-strike-ends/",
    "Write to the desk at harbor2019@ledger-mail.com with tips.",
])
def test_edit_stamps_and_addresses_are_not_dates(text):
    """Analyst's read of briefs (timeline20): a live blog's "Update at …" and the years in a list of links were
    put on the timeline as events of the story."""
    assert found(text) == {}


def test_a_date_after_a_stamp_word_in_running_prose_stays():
    found_here = found("A video posted Tuesday shows the ferry leaving Linnholm. The report was updated on Monday.")
    assert set(found_here) == {"Tuesday", "Monday"}
