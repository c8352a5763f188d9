"""Unnamed group sources (``nlp.attribution.groups``): a group's count and the words that narrow it are
part of who spoke ("some moderate Liberals", "two of the senators"), and a counted group says no more about
who it is than the group ("a majority of voters" is as unnamed as "voters"). Fictional sentences."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.groups import group_name, is_bare_group, names_someone, partitive_object


def _subject(doc):
    return next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))


@pytest.mark.parametrize("text, name", [
    ("Several conservative Ostrian councillors said the ferry tax was unfair.", "Several conservative Ostrian councillors"),
    ("Most Harbour Party members argued the quay plan would fail.", "Most Harbour Party members"),
    ("A few Vellish fishermen said the catch was down.", "A few Vellish fishermen"),
    ("The two Vellish envoys said the talks had stalled.", "two Vellish envoys"),
])
def test_a_group_keeps_its_count_and_drops_only_its_article(nlp, text, name):
    assert group_name(_subject(nlp(text))) == name


@pytest.mark.parametrize("name", [
    "two of the senators", "a majority of voters", "40 percent of voters", "more than a dozen officials",
    "Twenty-five officials", "half of the residents", "a handful of senior officials", "another protester",
])
def test_a_counted_group_says_no_more_than_the_group(name):
    assert is_bare_group(name) and not names_someone(name)


@pytest.mark.parametrize("name", ["some moderate Liberals", "Most Harbour Party members", "two of the Vellish envoys"])
def test_a_counted_group_told_apart_still_names_someone(name):
    assert names_someone(name)


@pytest.mark.parametrize("name", ["Some of his colleagues in Vell", "one of my friends"])
def test_a_count_of_an_unresolved_possessive_names_no_one(name):
    assert not names_someone(name)  # as unsure as "his colleagues"


@pytest.mark.parametrize("name", ["minority group", "majority leader"])
def test_a_partitive_word_counts_only_before_its_of(name):
    assert not is_bare_group(name)


@pytest.mark.parametrize("text,noun,name", [
    ("A listener phoning about her pension interrupted the mayor.", "listener", "listener"),
    ("Then a voter questioning his record stood up in the hall.", "voter", "voter"),
    ("A farmer holding a sign stood up in the hall.", "farmer", "farmer holding a sign"),
])
def test_a_participle_about_someone_else_is_no_part_of_a_groups_name(nlp, text, noun, name):
    """Round 46: "audience member questioning his veracity" as a speaker's name, with a "his" pointing nowhere."""
    from dossier.nlp.attribution.groups import group_name

    doc = nlp(text)
    assert group_name(next(t for t in doc if t.lower_ == noun)) == name


def test_an_owner_the_parse_hangs_on_a_partitives_of_is_not_the_part(nlp):
    """"Some of Vell's aides" parsed with "Vell" and "aides" both objects of "of": the aides are the part, not
    Vell (a Brant quote given to the mayor whose aides spoke). The parse is built by hand, as the model gave it."""
    from spacy.tokens import Doc

    words = ["Some", "of", "Vell", "\u2019s", "aides", "insisted", "it", "was", "late", "."]
    heads = [5, 0, 1, 2, 1, 5, 7, 5, 7, 5]
    deps = ["nsubj", "prep", "pobj", "case", "pobj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    part = partitive_object(doc[0])
    assert part is not None and part.text == "aides"


@pytest.mark.parametrize("text, name", [
    ("The state-run Ostrava News Agency said the strike had hit a fuel depot.", "Ostrava News Agency"),
    ("The state-owned Varna Shipping Company said the ferry would sail again in May.", "Varna Shipping Company"),
])
def test_a_lower_case_description_is_no_part_of_a_bodys_name(nlp, text, name):
    """"state-run", "state-owned", "semiofficial" say what a body is, not what it is called."""
    assert group_name(_subject(nlp(text))) == name


def test_a_description_before_a_common_noun_stays(nlp):
    """No proper noun after the description: the words are the group's only name ("state-run Ostrian
    television")."""
    assert group_name(_subject(nlp("The state-run Ostrian television said the strike hit a depot."))) == \
        "state-run Ostrian television"


@pytest.mark.parametrize("name", ["Marta Quell and others", "Quell, Ivo Brant and others", "Harbour Party and others"])
def test_a_name_with_bare_others_names_no_one(name):
    assert not names_someone(name)


def test_a_name_with_others_told_apart_still_names_someone():
    assert names_someone("Marta Quell and other harbour pilots") and names_someone("Marta Quell")


def test_a_place_list_the_parser_cut_at_its_and_is_no_part_of_the_group(nlp):
    doc = nlp("Ostrian hawks in Velmora, Delmar and elsewhere say the blockade must tighten.")
    assert not group_name(_subject(doc)).endswith("and")
