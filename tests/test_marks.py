"""``attribution.marks.before_next_sentence``: a content ends with the closing mark of a quoted sentence instead
of running on into the writer's next sentence (strict read, round 18). Fresh text, fictional people."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.cues import quoted_spans
from dossier.nlp.attribution.marks import before_next_sentence, with_closing_bracket, with_rest_of_quotation

pytestmark = pytest.mark.slow


def _cut(nlp, text: str, start: str, end: str) -> str:
    doc = nlp(text)
    flags = [False] * len(doc)
    for qs, qe in quoted_spans(doc.text):
        sp = doc.char_span(qs, qe, alignment_mode="expand")
        flags[sp.start:sp.end] = [True] * len(sp)
    s = doc.char_span(text.index(start), text.index(start) + 1, alignment_mode="expand").start
    e = doc.char_span(text.index(end), text.index(end) + len(end), alignment_mode="expand").end
    s2, e2 = before_next_sentence(doc, (s, e), flags)
    return doc[s2:e2].text


@pytest.mark.parametrize("text, start, end, kept", [
    ('Varga said. "The quay is ours and always was." She also mocked the lease as a folly.', '"The quay',
     "a folly", '"The quay is ours and always was."'),
    ('Varga said. “Will the board ever listen?”Pask laughed at the question.', "“Will", "the question",
     "“Will the board ever listen?”"),
    ('Greel said the port was "finished for good!" Harbour crews left early.', "the port", "left early",
     'the port was "finished for good!"'),
])
def test_a_content_stops_at_the_close_of_a_quoted_sentence(nlp, text, start, end, kept):
    assert _cut(nlp, text, start, end) == kept


@pytest.mark.parametrize("text, start, end", [
    ('Varga called the lease "a folly," and Pask agreed with her.', "the lease", "with her"),
    ('Varga said. "It is ours. It always was," she added.', '"It is', 'always was,"'),
])
def test_a_content_without_such_a_close_stays(nlp, text, start, end):
    doc_text = text[text.index(start):text.index(end) + len(end)]
    assert _cut(nlp, text, start, end) == doc_text


@pytest.mark.parametrize("text, content, closed", [
    ("Roost said the toll was a favour to the large barge lines (such as Tarn Haulage and Vell Barges). "
     "Neither replied.", "the toll was a favour to the large barge lines (such as Tarn Haulage and Vell Barges",
     "the toll was a favour to the large barge lines (such as Tarn Haulage and Vell Barges)"),
    ("Ostrow said the quarry [owned by Tarn Haulage] broke the rules.", "the quarry [owned by Tarn Haulage",
     "the quarry [owned by Tarn Haulage]"),
    # no bracket opened inside: nothing to close
    ("Roost (a pilot) said the weir leaked.", "a pilot", "a pilot"),
])
def test_a_content_closes_the_bracket_it_opened(nlp, text, content, closed):
    doc = nlp(text)
    sp = doc.char_span(text.index(content), text.index(content) + len(content), alignment_mode="expand")
    s, e = with_closing_bracket(doc, (sp.start, sp.end))
    assert doc[s:e].text == closed


def _flags(doc):
    from dossier.nlp.attribution.extract import quoted_tokens
    return quoted_tokens(doc, quoted_spans(doc.text))


def _tokens(doc, words):
    sp = doc.char_span(doc.text.index(words), doc.text.index(words) + len(words), alignment_mode="expand")
    return sp.start, sp.end


@pytest.mark.parametrize("text, content, whole", [
    ("“It has been a hard year,” Councillor Ana Renk said. “Towns like Marrow Bay. The loss of the dunes. The "
     "list goes on.”\n\nThe council did not reply.", "“Towns like Marrow Bay",
     "“Towns like Marrow Bay. The loss of the dunes. The list goes on.”"),
    ("Harbour chief Ivo Brant said he was “deeply puzzled and it is a pity that the talks were called off,” the "
     "Courier wrote.", "he was “deeply puzzled",
     "he was “deeply puzzled and it is a pity that the talks were called off,”"),
    # a quotation that runs on into the next paragraph: to the end of its paragraph
    # a straight mark after a space opens the next quotation: the content stops before it
    ('Ana Renk said the quay "must open soon. The dredger is late. "We need a second one," she added.',
     'the quay "must open soon', 'the quay "must open soon. The dredger is late.'),
    ("Governor Ilse Varga said: “This is Kessel. The truth is that some would like to hurt us.\n\n“We have the "
     "old lighthouse.”", "“This is Kessel", "“This is Kessel. The truth is that some would like to hurt us."),
])
def test_a_content_takes_the_rest_of_its_quotation(nlp, text, content, whole):
    doc = nlp(text)
    s, e = with_rest_of_quotation(doc, _tokens(doc, content), _flags(doc))
    assert doc[s:e].text == whole


@pytest.mark.parametrize("text, content, other", [
    # another content in the rest: the quotation is read in parts
    ("Ana Renk said: “Marrow Bay could work. It may not, of course,” she added.", "“Marrow Bay could work",
     "It may not, of course,”"),
    # the quotation opened before the content: a piece of it
    ("Ana Renk said: “Marrow Bay could work. It may not, of course.”", "It may not", None),
    # the quotation opens after a sentence of the writer's in the content
    ('Ana Renk spoke only then. "Marrow Bay could work. It may not, of course."', 'then. "Marrow Bay could work',
     None),
    # only the stop of a quotation that runs on into the next paragraph
    ("Ana Renk said: “Marrow Bay could work.\n\n“It may not, of course.”", "“Marrow Bay could work", None),
])
def test_a_quotation_read_in_parts_stays(nlp, text, content, other):
    doc = nlp(text)
    got = _tokens(doc, content)
    others = [_tokens(doc, other)] if other else []
    assert with_rest_of_quotation(doc, got, _flags(doc), others) == got
