"""``attribution.contrasts``: the second half of "not X …, <tag>, but Y" is a content of the tag too; the source's
own act after the tag is not. Invented people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, first, second", [
    ("Tariffs are not meant to punish, Envoy Lotte Krane said, but are a means to deter Vessia from more raids on "
     "the frontier.", "Tariffs are not meant to punish", "but are a means to deter Vessia from more raids on the "
     "frontier"),
    ("The quota is never a penalty, Envoy Lotte Krane told reporters, but is a way to save the herring.",
     "The quota is never a penalty", "but is a way to save the herring"),
    ("The quota is never a penalty, Envoy Lotte Krane said on Monday, but is a way to save the herring.",
     "The quota is never a penalty", "but is a way to save the herring"),
])
def test_the_second_half_of_a_contrast_after_the_tag_is_shown(reported, text, first, second):
    assert reported(text, first) and reported(text, second)


@pytest.mark.parametrize("text, act", [
    ("The ferry will not stop, Envoy Lotte Krane said, but refused to say when it would sail.", "refused"),
    ("The ferry was not sold, Envoy Lotte Krane said, but declined to name the buyer.", "declined"),
])
def test_the_sources_act_after_the_tag_is_no_content(split, text, act):
    shown, hidden = split("Kessel\n\n" + text)
    assert not any(c.startswith("but") and act in c for c, _ in shown + hidden)
    assert any(c.startswith("The ferry") for c, _ in shown)


def test_a_report_after_the_tag_keeps_its_clause(split):
    shown, _ = split("Kessel\n\nThe ferry will not stop, Envoy Lotte Krane said, but conceded that it would sail later.")
    assert any(c == "that it would sail later" for c, _ in shown)


@pytest.mark.parametrize("text", [
    "The night ferry will sail at noon, Harbour master Oskar Brenn said, but no one at the quay confirmed it.",
    "The old lighthouse is sound, Engineer Mira Holt said, but the council has fenced it off anyway.",
])
def test_the_writers_clause_after_the_tag_is_no_content(split, text):
    shown, hidden = split("Kessel\n\n" + text)
    assert not any(c.startswith("but") for c, _ in shown + hidden)
    assert any(c.startswith("The ") for c, _ in shown)


def test_the_sources_hedge_after_the_tag_stays(split):
    shown, hidden = split("Kessel\n\nThe pier will not close, Mira Holt said, but its opening hours may be cut.")
    assert any(c.startswith("but its opening hours") for c, _ in shown + hidden)
