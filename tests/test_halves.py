"""``attribution.halves``: a quotation whose tag splits a clause before its that-complement shows neither half;
halves that are whole statements stay. Invented people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, words", [
    ('"I think it\'s entirely possible," Mayor Edda Voss said, "that the harbour report will help him."', "entirely possible"),
    ('"I think it\'s entirely possible," Mayor Edda Voss said, "that the harbour report will help him."', "report will help"),
    ("“It is quite likely,” harbour master Ana Lind told reporters on Monday, “that the quay will reopen in May.”",
     "quite likely"),
    ("“It is quite likely,” harbour master Ana Lind told reporters on Monday, “that the quay will reopen in May.”",
     "reopen in May"),
])
def test_a_half_cut_from_its_that_clause_is_not_shown(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ('"We will rebuild the quay," Mayor Edda Voss said. "The port is ours," she went on.', "rebuild the quay"),
    ('"We will rebuild the quay," Mayor Edda Voss said. "The port is ours," she went on.', "port is ours"),
    ('"The levy is unfair," Mayor Edda Voss said, "and that is why we will fight it."', "levy is unfair"),
])
def test_halves_that_are_whole_statements_stay(reported, text, words):
    assert reported(text, words)


@pytest.mark.parametrize("text, words", [
    ('"One of the reasons the rowing club left," Warden Pia Torvik said, "was because the boathouse flooded."',
     "rowing club left"),
    ('"One of the reasons the rowing club left," Warden Pia Torvik said, "was because the boathouse flooded."',
     "boathouse flooded"),
    ("“The lock keepers who stayed through the ice,” Councillor Bram Oddny told the assembly, “deserve a bonus.”",
     "lock keepers"),
    ("“The lock keepers who stayed through the ice,” Councillor Bram Oddny told the assembly, “deserve a bonus.”",
     "deserve a bonus"),
])
def test_halves_split_between_subject_and_predicate_are_not_shown(reported, text, words):
    assert not reported(text, words)


# Strict reads, round 22: a first half that is only a noun phrase leaves the second half a predicate with no
# subject, even where the parser finds a clause later in it ("the crews sent home").
@pytest.mark.parametrize("text, words", [
    ("“The hard-liners,” Warden Pia Torvik said, “want the quay closed for good and the crews sent home.”",
     "want the quay closed"),
    ('"The old guild masters," Councillor Bram Oddny said, "kept the locks open and the barges moving."',
     "kept the locks open"),
])
def test_a_predicate_after_a_noun_phrase_half_is_not_shown(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, kept, cut", [
    ('"We have to look hard at the canal," Warden Pia Torvik said, "repair the gates and '
     'dredge the basin."', "look hard at the canal", "repair the gates"),
    ('"I was fortunate," Warden Pia Torvik said of her aunt, "who ran the lock for forty years."',
     "was fortunate", "ran the lock"),
])
def test_a_second_half_with_no_clause_of_its_own_is_not_shown(reported, text, kept, cut):
    assert reported(text, kept) and not reported(text, cut)


@pytest.mark.parametrize("text, words", [
    ('"We may close the canal," Warden Pia Torvik said, "and the barges will wait."', "barges will wait"),
    ('"We will see," Warden Pia Torvik said, "it might even be April."', "might even be April"),
])
def test_a_second_half_with_a_clause_of_its_own_stays(reported, text, words):
    assert reported(text, words)


# Strict reads, round 15: a subject before the tag and its predicate after it ("The treaty, Lind said, “will
# not survive …”"): neither half is a whole statement, in or out of quotation marks.
@pytest.mark.parametrize("text, words", [
    ('The accord, Minister Ulla Varga said, "will not outlast the thaw."', "outlast the thaw"),
    ('The accord, Minister Ulla Varga said, "will not outlast the thaw."', "The accord"),
    ('The scheme, Minister Ulla Varga said, is also "drawn on the frontier of 1987" and would be signed in June.',
     "frontier of 1987"),
    ('The new tariff, according to Ulla Varga, is "a levy on the hungry."', "levy on the hungry"),
])
def test_a_subject_and_predicate_split_by_the_tag_are_not_shown(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ('The accord is dead, Minister Ulla Varga said, "and nobody in Tarsk will mourn it."', "nobody in Tarsk"),
    ("The accord is dead, Minister Ulla Varga said on Monday.", "The accord is dead"),
])
def test_whole_clauses_beside_a_tag_stay(reported, text, words):
    assert reported(text, words)


# Strict reads, round 15: the second half of "not X, she said, but Y" carries the point and stays as its own part.
def test_the_but_half_of_a_denial_stays(reported):
    text = '"Tariffs are not meant to punish," Envoy Lotte Krane said, "but are a means to deter Vessia from more raids."'
    assert reported(text, "not meant to punish") and reported(text, "but are a means to deter")


def test_a_but_half_without_a_denial_is_still_cut(reported):
    assert not reported('"Tariffs will hurt," Envoy Lotte Krane said, "but only for a while."', "only for a while")


@pytest.mark.parametrize("text, opening, rest", [
    ("“For the ferry town,” Warden Pia Torvik said, “this winter is the last chance.”", "For the ferry town",
     "last chance"),
    ("“Wherever I sail,” Warden Pia Torvik said, “the skippers ask about the old locks.”", "Wherever I sail",
     "old locks"),
])
def test_a_first_half_that_is_only_an_opening_is_not_shown_and_the_clause_after_the_tag_is(reported, text,
                                                                                           opening, rest):
    assert not reported(text, opening)
    assert reported(text, rest)


@pytest.mark.parametrize("text, words", [
    ("“Without the ferries the town dies,” Warden Pia Torvik said, “and we all know it.”", "town dies"),
    ("“When the locks close, the town dies,” Warden Pia Torvik said, “and we all know it.”", "town dies"),
])
def test_a_first_half_with_a_main_clause_of_its_own_stays(reported, text, words):
    assert reported(text, words)


# Strict reads, round 16: a first half that is only a condition or a restriction ("Without …", "Unless …", "If …",
# "Only if …", "As long as …"), in or out of quotation marks: the rest after the tag, alone, reads as
# unconditional, so neither half is shown.
@pytest.mark.parametrize("text, condition, rest", [
    ("“Without a proper treaty,” Envoy Mirel Dask said, “the tolls on the canal stay in force.”",
     "proper treaty", "tolls on the canal"),
    ("“Unless the guild pays its dues,” Envoy Mirel Dask said, “the ferries will stop in May.”",
     "guild pays", "ferries will stop"),
    ("“If the dyke breaks,” Warden Pia Torvik said, “we will lose the whole season.”", "dyke breaks",
     "whole season"),
    ('"Only if the guild pays its dues," Envoy Mirel Dask said, "will the ferries keep running."',
     "guild pays", "ferries keep running"),
    ('"As long as the guild pays its dues," Envoy Mirel Dask said, "the ferries will keep running."',
     "guild pays", "ferries will keep running"),
    ("Without a proper treaty, Envoy Mirel Dask said, the tolls on the canal stay in force.",
     "proper treaty", "tolls on the canal"),
    ("If the guild pays its dues, Envoy Mirel Dask said, the ferries will keep running.",
     "guild pays", "ferries will keep running"),
    # a condition by inversion (round 22)
    ('"Were the guild to stop its dues," Envoy Mirel Dask said, "the ferries would stop running."',
     "guild to stop", "ferries would stop"),
    ("“Had the warden known of the leak,” Envoy Mirel Dask said, “the locks would have been shut.”",
     "warden known", "locks would have been shut"),
])
def test_a_condition_cut_off_by_the_tag_shows_neither_half(reported, text, condition, rest):
    assert not reported(text, condition)
    assert not reported(text, rest)


@pytest.mark.parametrize("text, rest", [
    ("Even without a proper treaty, Envoy Mirel Dask said, the ferries will stop in May.", "ferries will stop"),
    ("In May, Envoy Mirel Dask said, the ferries will stop at the old quay.", "ferries will stop"),
    ("Short of a full treaty, Envoy Mirel Dask said, there are other ways to cut the canal tolls.", "other ways"),
    ("“Wherever I sail,” Warden Pia Torvik said, “the skippers ask about the old locks.”", "old locks"),
])
def test_a_clause_after_an_opening_that_sets_no_condition_stays(reported, text, rest):
    assert reported(text, rest)


# Strict reads (readq18): a new quotation after a tag that ends its sentence, opening on a conjunction with no
# clause of its own, goes on the sentence before the tag: alone it says nothing. One with a clause of its own,
# or an imperative, stays.
@pytest.mark.parametrize("text, kept, cut", [
    ('"I sat beside the woman who stood for mayor of Kessel last spring," Warden Pia Torvik said. "And took the seat '
     'by a wide margin, with the help of the ferry guild."', "sat beside the woman", "took the seat"),
    ('"Let us keep praying for the crews," Warden Pia Torvik said. "And for the whole town."', "praying for the crews",
     "the whole town"),
    ('"We have lost nine boats this winter," Warden Pia Torvik said. "But not only that."', "lost nine boats",
     "not only that"),
])
def test_a_conjunction_after_a_closed_tag_with_no_clause_of_its_own_is_not_shown(reported, text, kept, cut):
    assert reported(text, kept) and not reported(text, cut)


@pytest.mark.parametrize("text, words", [
    ('"The dredging plan is a gift to the guild," Warden Pia Torvik said. "And I will fight it in every court."',
     "fight it in every court"),
    ('"The figures are clear," Warden Pia Torvik said. "But look at the ferries first."', "look at the ferries"),
])
def test_a_conjunction_after_a_closed_tag_with_a_clause_of_its_own_stays(reported, text, words):
    assert reported(text, words)


# Strict reads (readq18): a first half that is only an opening by a preposition of two words ("Short of …",
# "Apart from …"), a gerund at most for its verb, says nothing alone; the clause after the tag stays.
def test_a_first_half_opened_by_a_two_word_preposition_is_not_shown(reported):
    text = ('"Short of handing them the whole quay and paying off their debts," Warden Pia Torvik said, '
            '"I cannot see them signing the deal."')
    assert not reported(text, "handing them the whole quay")
    assert reported(text, "cannot see them signing")


# Fresh strict reads (round 21): a half of a quotation split by its tag that is one phrase, by the parse, of the
# clause across the tag (a preposition's phrase, relative clauses inside it and all) says nothing alone; a second
# half whose subject stands for that phrase ("that makes …") goes with it. Whole halves stay.
@pytest.mark.parametrize("text, kept, cut", [
    ('"Under the old charter of the port, which the guild signed in 1990," Warden Pia Torvik said, '
     '"the quay belongs to the town."', "quay belongs to the town", "old charter"),
    ('"We were heartened," Warden Pia Torvik said, "by the work that the harbour board has done to ensure that '
     'every crew is paid."', "were heartened", "harbour board has done"),
])
def test_a_half_that_is_one_phrase_of_the_clause_across_the_tag_is_not_shown(reported, text, kept, cut):
    assert reported(text, kept) and not reported(text, cut)


def test_a_second_half_that_stands_on_a_hidden_opening_goes_with_it(reported):
    text = ('"In the present state of the port, where the guild is broke and where the council keeps raising the '
            'levy," Warden Pia Torvik says, "I think that actually makes the ferry deal more valuable."')
    assert not reported(text, "present state of the port")
    assert not reported(text, "ferry deal more valuable")
    # (a subject of its own, after a whole first half or a hidden opening, stays)
    assert reported('"We have lost the quay to the guild," Warden Pia Torvik said, "and that hurts every family in '
                    'Kessel."', "that hurts every family")
    assert reported('"In the long run, when the ferries are paid off," Warden Pia Torvik said, "the town will be '
                    'better off."', "town will be better off")
