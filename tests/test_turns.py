"""Token tests of who holds the floor (``attribution.turns``): fictional sentences."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution import turns

pytestmark = pytest.mark.slow


def token(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_clause_verb_of_an_object_deep_in_prepositions(nlp):
    doc = nlp("He compared the case to that of the former adviser Ivo Brant.")
    verb = turns.clause_verb(token(doc, "Brant"))
    assert verb.lemma_ == "compare"
    assert turns.subject_of(verb).lower_ == "he"
    assert turns.same_gender_pronoun(turns.subject_of(verb), "he")
    assert not turns.same_gender_pronoun(turns.subject_of(verb), "she")


def test_a_spokesman_who_says_is_a_described_speaker(nlp):
    doc = nlp("Asked about the audit, Brant's spokesman said the mayor had done nothing wrong.")
    assert turns.described_speaker(token(doc, "spokesman"), "he")
    assert not turns.described_speaker(token(doc, "spokesman"), "she")  # a man's noun never speaks as "she"
    assert not turns.described_speaker(token(doc, "mayor"), "he")  # the subject of "had done", no verb of saying


def test_a_plan_told_in_the_future(nlp):
    doc = nlp("The minister will travel to the coast. The envoy is set to sign the deal. The mayor visited the pier.")
    assert turns.planned(token(doc, "travel")) and turns.planned(token(doc, "sign"))
    assert not turns.planned(token(doc, "visited"))


def test_a_name_beside_a_noun_holds_the_nouns_place(nlp):
    doc = nlp("The envoy, Ivo Brant, said the talks would go on.")
    assert turns.subject_role(token(doc, "Brant")).text == "envoy"
    assert turns.speaks(token(doc, "said"))
    assert not turns.speaks(token(doc, "go"))
