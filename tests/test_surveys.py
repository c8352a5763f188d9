"""Survey findings told as speech are not reported (attribution.surveys). Text written for these tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, words", [
    ("A 62% majority of coastal voters say the ferry should run all winter.", "ferry should run"),
    ("About four-in-ten Ostrians say the harbor levy is too high, down from 48% in May.", "levy is too high"),
    ("Greens are about twice as likely as Liberals to say that the quay must close (58% vs. 27%).", "quay must close"),
    ("Liberals are far less likely to say a new levy is needed than they were in March.", "new levy is needed"),
    ("Most island residents (71%) say the ferry fares are fair.", "fares are fair"),
    ("Twice as many commuters say they would take the night ferry as did so last year.", "night ferry"),
    ("One in 5 islanders in the Courier's poll say they have missed a ferry because of the fares.", "missed a ferry"),
    ("Three in four Ostrians say the harbour levy is too high for small boats.", "levy is too high"),
    ("Six out of 10 Ostrians say the north channel is unsafe at night.", "channel is unsafe"),
])
def test_a_polls_share_of_a_group_is_no_speaker(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Senate Majority Leader Ivo Brant said the ferry should run all winter.", "ferry should run"),
    ("Coastal voters say the ferry should run all winter, Mayor Lena Marsh said on Monday.", "ferry should run"),
    ("The pollster, Ana Lind, said the harbor levy was likely to pass in May.", "levy was likely"),
    ("Senate Majority Leader Ivo Brant, who won in 2012 in four coastal towns, said the levy would pass.",
     "levy would pass"),
    ("A Kessel Institute survey found that three in four Ostrians think the harbour levy is too high.",
     "levy is too high"),
])
def test_a_named_speaker_or_a_whole_group_stays(reported, text, words):
    assert reported(text, words)
