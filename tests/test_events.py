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
