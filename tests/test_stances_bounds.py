"""Where a stance object stops (stances/bounds.py): no attribution tag, no misparsed conjunct of another
clause, no object that stops before its phrase does. Sentences written for these tests (fictional people
and towns, real states)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities
from dossier.nlp.stances.extract import find_stances

pytestmark = pytest.mark.slow


def _objects(nlp, text):
    doc = nlp(text)
    return [text[s.object[0]:s.object[1]] for s in find_stances(doc, find_entities(doc))]


@pytest.mark.parametrize("text, stray", [
    ("That has frustrated Lind's bid to assume the day-to-day running of the harbour on an interim basis - which "
     "she says would be a prelude to calling new votes.", "she says"),
    ("Norway's Prosecution Authority reopened an inquiry into Tomas Vell on Monday and will seek his extradition "
     "from Britain, the country's deputy director of public prosecution, Eva-Marie Persson, told reporters in "
     "Oslo.", "Persson"),
])
def test_an_attribution_tag_is_no_part_of_the_object(nlp, text, stray):
    objects = _objects(nlp, text)
    assert objects and not any(stray in o for o in objects)


@pytest.mark.parametrize("text, stray", [
    ("The envoys from the South bring a surprise to the palace: Brekke wants to meet Vellmann, and Vellmann, "
     "stunning the world, says yes.", "and Vellmann"),
    ("Analysts are focused on Mr. Vell's desire to be done with the bitter feuds in the valley and on the moves "
     "that showed a fading resolve.", "moves"),
])
def test_a_conjunct_of_another_clause_is_cut_off(nlp, text, stray):
    objects = _objects(nlp, text)
    assert objects and not any(stray in o for o in objects)


@pytest.mark.parametrize("text, cut", [
    ("Ada Holm has voiced her continued objections to Norway remaining part of a fishing union.", "Norway"),
])
def test_an_object_cut_before_its_phrase_ends_is_dropped(nlp, text, cut):
    assert cut not in _objects(nlp, text)


@pytest.mark.parametrize("text, part", [
    ("Ada Holm wants the harbour board to admit that aides said the port was unsafe.", "aides said"),
    ("Petra Lind urged Oslo to cancel the contract, which she signed in May.", "cancel the contract"),
    ("Tomas Vell backs the fishing treaty with Denmark.", "the fishing treaty with Denmark"),
    ("Ostria has urged Holm's government not to meddle in its talks with Brekke and slammed Oslo for failing to "
     "break with Brussels.", "not to meddle in its talks with Brekke"),
])
def test_whole_objects_stay(nlp, text, part):
    assert any(part in o for o in _objects(nlp, text))


def test_an_object_goes_on_through_a_noun_conjunct_hung_higher_up(nlp):
    objects = _objects(nlp, "Governor Lena Marsh wants to offset the deficit through a combination of targeted "
                            "spending cuts and increased tax revenue.")
    assert "offset the deficit through a combination of targeted spending cuts and increased tax revenue" in objects


def test_coordinated_wants_stay_apart(nlp):
    objects = _objects(nlp, "Senator Pavel Holm wants targeted spending cuts and increased tax revenue.")
    assert "targeted spending cuts" in objects and "increased tax revenue" in objects
