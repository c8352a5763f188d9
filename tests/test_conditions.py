"""``attribution.conditions``: a conditional is reported whole or not at all. Fresh text, fictional people and
places."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.conditions import whole_conditional, with_trailing_condition
from dossier.nlp.attribution.extract import find_attributions
from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow


def span(doc, words):
    start = doc.text.index(words)
    sp = doc.char_span(start, start + len(words), alignment_mode="expand")
    return sp.start, sp.end


@pytest.mark.parametrize("text, content, cue, whole", [
    # the antecedent alone
    ('"If the mill closes," he said, "I think that is a hard problem for the town."', "If the mill closes", "said",
     None),
    # the consequent, its "if" clause cut off by the tag
    ('"If the mill closes," he said, "I think that is a hard problem for the town."',
     "I think that is a hard problem for the town", "said", None),
    # the consequent, its "if" clause next to it: taken in
    ('Mayor Oskar Renn said that if the mill really closes, it is a "disaster" for the town.',
     'it is a "disaster" for the town', "said", 'if the mill really closes, it is a "disaster" for the town'),
    # the whole conditional
    ('"If the mill closes, I think that is a hard problem for the town," said Mayor Oskar Renn.',
     "If the mill closes, I think that is a hard problem for the town", "said",
     "If the mill closes, I think that is a hard problem for the town"),
    # "if" as "whether"
    ("Asked if the mill would close, Mayor Oskar Renn shrugged.", "if the mill would close", "Asked",
     "if the mill would close"),
])
def test_whole_conditional(nlp, text, content, cue, whole):
    doc = nlp(text)
    got = whole_conditional(doc, span(doc, content), span(doc, cue), None)
    assert (doc[got[0]:got[1]].text if got else None) == whole


@pytest.mark.parametrize("text", [
    'Mayor Oskar Renn was blunt. "If the mill closes," he said, "I think that is a hard problem for the town."',
    "If the mill closes, Mayor Oskar Renn said, the town will have a hard problem.",
])
def test_no_content_holds_half_a_conditional(nlp, text):
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert not any("hard problem" in c and "If the mill" not in c for c in contents)
    assert not any(c.strip('"“, ') == "If the mill closes" for c in contents)


def test_a_whole_conditional_stays(nlp):
    text = "Mayor Oskar Renn said that if the mill closes, he thinks that is a hard problem for the town."
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert "that if the mill closes, he thinks that is a hard problem for the town" in contents


def test_a_cue_inside_the_if_clause_reports_the_clause(nlp):
    text = ("If, as the auditor Ilse Varga has suggested, the harbour board hid its losses in the ferry accounts, "
            "the board has done nothing to fix it.")
    doc = nlp(text)
    content = span(doc, "the harbour board hid its losses in the ferry accounts")
    assert whole_conditional(doc, content, span(doc, "has suggested"), span(doc, "the auditor Ilse Varga")) == content


def _flags(doc):
    from dossier.nlp.attribution.cues import quoted_spans
    from dossier.nlp.attribution.extract import quoted_tokens
    return quoted_tokens(doc, quoted_spans(doc.text))


@pytest.mark.parametrize("text, content, widened", [
    ("Ferry chief Alma Roost said Monday that she was ready to shut the landing — and to call in the river "
     "police — if the pilots do not return by Friday.", "that she was ready to shut the landing",
     "that she was ready to shut the landing — and to call in the river police — if the pilots do not return by "
     "Friday"),
    ("Councillor Bram Ostrow has said he will back the orchard scheme, provided the county drops its water levy.",
     "he will back the orchard scheme",
     "he will back the orchard scheme, provided the county drops its water levy"),
    ("The growers' league stated that it welcomes the mill's return to the valley, so long as it pays fair rates.",
     "that it welcomes the mill's return to the valley",
     "that it welcomes the mill's return to the valley, so long as it pays fair rates"),
    # the condition's own verb is a verb of speech, no tag (fresh strict reads, round 21)
    ("Councillor Bram Ostrow has said he will back the orchard scheme, so long as the growers agree to the new "
     "rates and pay the levy.", "he will back the orchard scheme",
     "he will back the orchard scheme, so long as the growers agree to the new rates and pay the levy"),
])
def test_a_trailing_condition_joins_its_content(nlp, text, content, widened):
    doc = nlp(text)
    s, e = with_trailing_condition(doc, span(doc, content), span(doc, "said" if " said " in text else "stated"),
                                   _flags(doc))
    assert doc[s:e].text == widened


@pytest.mark.parametrize("text, content", [
    # a quotation in the clause: not this content's alone
    ('Alma Roost said the landing would shut, if the pilots keep their "strike of the century" going.',
     "the landing would shut"),
    # a tag of speech in the clause: another report
    ("Alma Roost said the landing would shut, unless, as Bram Ostrow claimed, the pilots come back.",
     "the landing would shut"),
])
def test_a_clause_with_a_quotation_or_a_tag_is_not_taken_in(nlp, text, content):
    doc = nlp(text)
    got = span(doc, content)
    assert with_trailing_condition(doc, got, span(doc, "said"), _flags(doc)) == got


def test_a_threat_keeps_its_condition_in_the_record(nlp):
    text = ("Ferry chief Alma Roost said Monday that she was ready to shut the landing — and to call in the river "
            "police — if the pilots do not return by Friday.\n\nThe pilots met for an hour.")
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert any(c.startswith("that she was ready") and c.endswith("by Friday") for c in contents)
