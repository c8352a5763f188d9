"""Capital as actor or as place, on sentences written for these tests."""
import pytest

from dossier.nlp.entities.metonymy import acts_as_state

pytestmark = pytest.mark.slow

CASES = [
    ("Ottawa wants a new deal.", True),
    ("Canada values its ties with Ottawa allies.", False),
    ("The province restored relations with Ottawa.", True),
    ("She flew to Ottawa last week.", False),
    ("They studied history in Ottawa.", False),
    ("Ottawa’s negotiators left early.", True),
    ("The envoy visited Ottawa.", False),
    ("The deal is a setback for Ottawa.", True),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_capital_use(nlp, text, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == "Ottawa")
    assert acts_as_state(token) is expected


def test_seat_before_a_spokesman_speaks_for_the_state(nlp):
    doc = nlp("A Kremlin spokesman denied the report.")
    assert acts_as_state(next(t for t in doc if t.text == "Kremlin")) is True
