"""``attribution.marks.before_next_sentence``: a content ends with the closing mark of a quoted sentence instead
of running on into the writer's next sentence (strict read, round 18). Fresh text, fictional people."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.cues import quoted_spans
from dossier.nlp.attribution.marks import before_next_sentence

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
