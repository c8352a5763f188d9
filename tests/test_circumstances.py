"""The frame of a saying is not what was said (attribution.circumstances), on sentences about fictional
people and places."""
import pytest

from dossier.nlp.attribution.extract import find_attributions
from dossier.nlp.entities.extract import find_entities
from dossier.settings import Settings

pytestmark = pytest.mark.slow


def shown(nlp, text):
    doc = nlp(text)
    return [doc.text[a.content[0]:a.content[1]]
            for a in find_attributions(doc, find_entities(doc), settings=Settings(reportable_only=True))]


# Strict read of shown records: a participle or preposition phrase set around a verb of saying tells when or
# why the source spoke, and a person's name with a post under "reported" is who spoke; neither is a statement.
@pytest.mark.parametrize("text, frame", [
    ("Based on their talks, Ana Lind added, the two towns would share the pier.", "Based on their talks"),
    ("Hinting at a reprisal, the Kessel Courier reported a spokesman for the harbour board, Oskar Penn, as "
     "saying, \"The rule of answering in kind is well known among the ports.\"", "Oskar Penn"),
])
def test_the_frame_of_a_saying_is_not_shown(nlp, text, frame):
    assert not [c for c in shown(nlp, text) if frame in c]


@pytest.mark.parametrize("text, words", [
    ("Based on their talks, Ana Lind added, the two towns would share the pier.", "share the pier"),
    ("Reached by phone on Monday, Tomas Vell said the ferries would run.", "the ferries would run"),
    ("Mila Dorn said after the meeting that the levy was fair.", "the levy was fair"),
    ("Ana Lind admitted taking the money.", "taking the money"),  # (a denial is not shown: test_unsaid)
    ("In some cases, the hired clerks falsely signed as witnesses for absent voters, Ana Lind said.",
     "the hired clerks falsely signed"),
])
def test_the_statement_beside_the_frame_stays(nlp, text, words):
    assert [c for c in shown(nlp, text) if words in c]
