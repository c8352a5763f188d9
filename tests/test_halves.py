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
