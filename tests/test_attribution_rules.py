"""Parse rules for attribution spans, on sentences about fictional people and places."""
import pytest

from dossier.nlp.attribution.rules import content_for_cue

pytestmark = pytest.mark.slow


def token_span(doc, words):
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    return span.start, span.end


def test_trailing_cue_content_stops_at_the_comma(nlp):
    doc = nlp("The ferry to Kessel will stop running in May, officials in Norvania said.")
    content = content_for_cue(doc, token_span(doc, "said"), ())
    assert doc[content[0]:content[1]].text == "The ferry to Kessel will stop running in May"


def test_parenthetical_cue_content_keeps_the_whole_sentence(nlp):
    doc = nlp("The real danger for farmers, officials in Kessel say, is the price of fuel.")
    content = content_for_cue(doc, token_span(doc, "say"), ())
    assert doc[content[0]:content[1]].text.endswith("the price of fuel")
    assert doc[content[0]].text == "The"
