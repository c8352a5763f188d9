"""Objects whose verb form turns the attitude round or leaves it unreadable (stances/moods.py), on sentences written
for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_fear_of_a_mandate_is_no_fear(stance_triples):
    found = stance_triples("Mayor Pim Dessel has expressed concerns that any new levy not hurt the ferry crews.")
    assert not any(att == "fears" for _, att, _ in found), found


def test_a_fear_told_with_a_modal_stays(stance_triples):
    found = stance_triples("Mayor Pim Dessel fears the new levy will hurt the ferry crews.")
    assert ("Pim Dessel", "fears", "the new levy will hurt the ferry crews") in found


def test_a_feared_infinitive_keeps_its_to(stance_triples):
    found = stance_triples("Mayor Pim Dessel is afraid to lose the ferry contract to Tarn.")
    assert ("Pim Dessel", "fears", "to lose the ferry contract to Tarn") in found, found


def test_a_wished_infinitive_is_shown_as_before(stance_triples):
    found = stance_triples("Mayor Pim Dessel wants to keep the ferry contract in Velm.")
    assert ("Pim Dessel", "wants", "keep the ferry contract in Velm") in found
