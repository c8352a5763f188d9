"""The shared pre-test text (dossier/casefold.py): the lower-cased text, offsets kept, unless a letter
that IGNORECASE reads as ASCII would escape a word test."""
from __future__ import annotations

import re

import pytest

from dossier.casefold import lower_for_pretest


@pytest.mark.parametrize("text", ["Mayor Ilse VARN said", "Ärzte in Zürich, ÉCOLE", "Straße ΣΊΣΥΦΟΣ", ""])
def test_the_pretest_text_is_the_lower_cased_text_with_the_same_offsets(text):
    low = lower_for_pretest(text)
    assert low == text.lower() and len(low) == len(text)


@pytest.mark.parametrize("text, word", [("thiſ ſite", "site"), ("\u0130stanbul", "istanbul"), ("d\u0131vision", "division")])
def test_a_letter_ignorecase_reads_as_ascii_leaves_no_pretest(text, word):
    assert re.search(word, text, re.IGNORECASE) and word not in text.lower()  # a word test would miss it
    assert lower_for_pretest(text) is None
    assert lower_for_pretest("\u212aessel") is None  # the Kelvin sign: lower() gives "k", kept out all the same
