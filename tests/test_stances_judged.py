"""Objects that carry the writer's own judgment of what is held (stances/judged.py, stobj19), on sentences written
for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances
from dossier.nlp.stances.judged import writers_judgment

pytestmark = pytest.mark.slow


def _objects(nlp, text):
    doc = nlp(text)
    return [text[s.object[0]:s.object[1]] for s in find_stances(doc, find_entities(doc))]


@pytest.mark.parametrize("text, word", [
    ("The Orsk council wants the Vetran army to end its largely ineffectual campaign against the river bandits.",
     "ineffectual"),
    ("Senator Ida Marsh opposed the mostly symbolic vote on the harbour levy.", "symbolic"),
    ("Mayor Olin Tarvo fears the widely criticised levy will hurt the fishermen.", "criticised"),
    ("Judge Ola Brekk wants to push her pet reforms like scrapping the night courts.", "pet reforms"),
    ("Brant Lusk urged his fellow farmers to abandon their fields and head illegally into Veska.", "illegally"),
])
def test_an_object_with_the_writers_judgment_is_not_shown(nlp, text, word):
    assert not any(word in o for o in _objects(nlp, text))


@pytest.mark.parametrize("text, obj", [
    ('Mayor Olin Tarvo said he hopes the ferry will be "largely free" for pupils.',
     'the ferry will be "largely free" for pupils'),
    ("Senator Ida Marsh wants to ban pet shops in Kessel.", "ban pet shops in Kessel"),
])
def test_quoted_words_and_a_plain_pet_stay(nlp, text, obj):
    assert obj in _objects(nlp, text)


def test_writers_judgment_reads_the_attitude(nlp):
    text = "Brant Lusk urged his fellow farmers to head illegally into Veska."
    doc = nlp(text)
    span = (text.index("his fellow"), len(text) - 1)
    assert writers_judgment(doc, span, "recommends") and not writers_judgment(doc, span, "opposes")
