"""The date patterns' cheap pre-test (nlp/time/prefilter.py) skips a pattern only where it cannot match,
so find_timexes finds exactly what it finds without it."""
from __future__ import annotations

import pytest

from dossier.nlp.time import prefilter, timex
from dossier.nlp.time.norm import COMPILED

SENTENCES = [
    "Mayor Ilse Varn opened the Kessel bridge three weeks ago, on Tuesday, March 4, 2025.",
    "The council met on 2024-11-05 and again on 11/12/24 at 10:35 a.m. (1535 GMT) and 23:40 local time.",
    "In the first quarter of fiscal 2023 sales fell; the year-ago period was worse, as in the late 1990s.",
    "By the end of the month, and later this year, the nineteen-eighties plan returns for the 21st century.",
    "Every Monday morning since Christmas Eve the ferry runs twice daily; the spring of 2019 was calm.",
    "Tove Brandt said last night that talks would resume tomorrow afternoon, in a few days, or a while.",
    "Over the past two years and the coming decade, the town spent the whole year on the second half.",
    "Posted 5 hours ago. The Daily Kessel reported it earlier this week; the twenties were loud.",
    "Sales in FY2022 beat the latest fiscal year, the same quarter last year, and the '08 crash.",
    "The ſecond ſeason began (a long s), with the Kelvin sign in \u212aessel and a dotless \u0131.",
    "Nothing here names a time at all: the bridge is long and the river is wide.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_pattern_is_skipped_only_where_it_cannot_match(text):
    possible = prefilter.may_match(text)
    for rule, regex in COMPILED:
        if regex.search(text):
            assert possible(rule.name), rule.name


def test_words_missing_skip_patterns_and_odd_case_letters_skip_none():
    plain = prefilter.may_match(SENTENCES[-1])
    assert not plain("century") and not plain("clock24") and not plain("ago") and not plain("month")
    odd = prefilter.may_match(SENTENCES[-2])
    assert all(odd(rule.name) for rule, _ in COMPILED)


@pytest.mark.parametrize("text", SENTENCES)
def test_find_timexes_is_the_same_with_and_without_the_pretest(text, monkeypatch):
    fast = [timex.find_timexes(text, "2025-03-10"), timex.choose_anchor(None, text)]
    monkeypatch.setattr(timex, "may_match", prefilter.NoFilter)
    assert fast == [timex.find_timexes(text, "2025-03-10"), timex.choose_anchor(None, text)]
    assert fast[0] or text == SENTENCES[-1] or text == SENTENCES[-2]


ARTICLE = "\n\n".join(SENTENCES[:9] + ["A quiet paragraph about the river and the bridge.",
                                        "Da\u0301vid Brant, 41, spoke on\nMonday, and the vote is set for March 12."])


def test_a_pattern_is_scanned_only_in_the_paragraphs_that_hold_its_words():
    pre = prefilter.may_match(ARTICLE)
    paragraphs = ARTICLE.split("\n\n")
    starts = [ARTICLE.index(p) for p in paragraphs]
    scanned = {k for s, e in pre.ranges("weekday") for k, p in enumerate(starts) if s < p + len(paragraphs[k]) and p < e}
    assert scanned == {0, 4, 10}
    listed = [rule.name for rule, _ in COMPILED if rule.name in {*prefilter.REQUIRED, *prefilter.REQUIRED_REGEX}]
    assert len(listed) > 30 and all("quiet paragraph" not in ARTICLE[s:e] for name in listed for s, e in pre.ranges(name))
    assert pre.ranges("clock24") == [(ARTICLE.index(paragraphs[1]), ARTICLE.index(paragraphs[2]))]


FILLER = "The ferry crossed the grey river while the crew checked the ropes and the gulls wheeled overhead. " * 3
LONG = FILLER + "Talks resume on Monday in Kessel. " + FILLER + "Lenz said the mayor may resign."


def test_within_a_paragraph_only_the_text_near_a_pattern_word_is_scanned():
    pre = prefilter.may_match(LONG)
    [(start, end)] = pre.ranges("weekday")
    day = LONG.index("Monday")
    assert start == day - prefilter.REACH and end == day + len("Monday") + prefilter.REACH
    assert not pre("month")  # the modal "may": month names are capitalised in every month pattern
    assert pre("holiday")  # "May Day" is matched in any case, so "may" keeps it


def test_find_timexes_in_windows_is_the_same_as_over_the_whole_text(monkeypatch):
    texts = [LONG, LONG.replace("Monday", "Monday, March 4, 2025, three weeks ago"), FILLER + "On MAY 5 it rained."]
    fast = [timex.find_timexes(t, "2025-03-10") for t in texts]
    monkeypatch.setattr(timex, "may_match", prefilter.NoFilter)
    assert fast == [timex.find_timexes(t, "2025-03-10") for t in texts]
    assert [len(f) for f in fast] == [1, 2, 1]


def test_find_timexes_over_paragraphs_is_the_same_as_over_the_whole_text(monkeypatch):
    fast = timex.find_timexes(ARTICLE, "2025-03-10")
    monkeypatch.setattr(timex, "may_match", prefilter.NoFilter)
    assert fast == timex.find_timexes(ARTICLE, "2025-03-10")
    assert any(ARTICLE[t.span[0]:t.span[1]] == "Monday" for t in fast)
