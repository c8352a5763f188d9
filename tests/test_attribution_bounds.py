"""Content boundaries repaired from the parse (attribution.bounds), on sentences about fictional people
and places. Each case hands ``clean_bounds`` the spans a tagger got wrong and checks the repaired content."""
import pytest

from dossier.nlp.attribution.bounds import clean_bounds
from dossier.nlp.attribution.cues import quoted_spans
from dossier.nlp.attribution.extract import find_attributions
from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow


def span(doc, words, after=0):
    start = doc.text.index(words, after)
    sp = doc.char_span(start, start + len(words), alignment_mode="expand")
    return sp.start, sp.end


def quoted(doc):
    flags = [False] * len(doc)
    for qs, qe in quoted_spans(doc.text):
        sp = doc.char_span(qs, qe, alignment_mode="expand")
        flags[sp.start:sp.end] = [True] * len(sp)
    return flags


def repaired(nlp, text, content, cue, source):
    doc = nlp(text)
    triple = (span(doc, content), span(doc, cue) if cue else None, span(doc, source) if source else None)
    (s, e), _, _ = clean_bounds(doc, [triple], quoted(doc))[0]
    return doc[s:e].text


def test_the_reporters_next_clause_about_the_source_is_cut(nlp):
    text = ("The Ostrian government sees the economy growing a meagre 0.4% this year, but it has stubbornly "
            "refused to loosen its spending rules.")
    content = "the economy growing a meagre 0.4% this year, but it has stubbornly refused to loosen its spending rules"
    assert repaired(nlp, text, content, "sees", "The Ostrian government") == \
        "the economy growing a meagre 0.4% this year"


def test_a_purpose_clause_framing_a_quoted_phrase_is_cut(nlp):
    text = "Mayor Ilse Varga used the words “an act of sabotage” to describe the fire in a speech on Friday."
    assert repaired(nlp, text, "“an act of sabotage” to describe the fire in a speech on Friday",
                    "used the words", "Mayor Ilse Varga") == "“an act of sabotage”"


def test_what_he_called_x_reports_x(nlp):
    text = "Foreign minister Tomas Vell praised the ceasefire in a statement announcing what he called “Operation Quiet Harbour.”"
    assert repaired(nlp, text, "what he called “Operation Quiet Harbour.”", None, None) == "“Operation Quiet Harbour.”"


def test_a_content_keeps_the_subject_of_its_clause(nlp):
    text = ("Vestland is the region's largest grain exporter, shipping nearly half of the wheat sold abroad in "
            "2021, according to the Ostrian Statistics Office.")
    assert repaired(nlp, text, "shipping nearly half of the wheat sold abroad in 2021", "according to",
                    "the Ostrian Statistics Office") == \
        "Vestland is the region's largest grain exporter, shipping nearly half of the wheat sold abroad in 2021"


def test_a_content_keeps_the_words_that_govern_it(nlp):
    text = "The minister's trip to Kessel is meant as a show of support for farmers “worried about the drought,” officials said."
    assert repaired(nlp, text, "support for farmers “worried about the drought,”", "said", "officials") == \
        "The minister's trip to Kessel is meant as a show of support for farmers “worried about the drought,”"


@pytest.mark.parametrize("text,content,cue,source", [
    ("Brant told reporters that the bridge was unsafe, but that the council had ignored his letters.",
     "that the bridge was unsafe, but that the council had ignored his letters", "told", "Brant"),
    ("Greta Lind said she would vote for the budget, but she does not want to run again.",
     "she would vote for the budget, but she does not want to run again", "said", "Greta Lind"),
    ("Mayor Ilse Varga said last week that the harbour would reopen in May.",
     "that the harbour would reopen in May", "said", "Mayor Ilse Varga"),
])
def test_more_of_what_was_said_stays(nlp, text, content, cue, source):
    assert repaired(nlp, text, content, cue, source) == content


def test_a_second_act_of_the_source_leaves_the_content(nlp):
    text = "Ivo Brant warned that the dam would flood three villages and asked the council for another month."
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert "that the dam would flood three villages" in contents
    assert not [c for c in contents if "another month" in c and "dam" in c]


# Issue 9, "right on real news": the reporter's narration around a statement leaves the content.
def test_a_reporters_lead_in_before_the_quotation_leaves_the_content(nlp):
    text = "Mayor Ivo Brant prides himself on his patience — “I never rush a vote,” he boasted to one reporter."
    assert repaired(nlp, text, "Mayor Ivo Brant prides himself on his patience — “I never rush a vote,”",
                    "boasted", "he") == "“I never rush a vote,”"


def test_a_lead_in_inside_the_quotation_stays(nlp):
    text = "“The quay is safe — we checked every pillar,” Brant said."
    assert repaired(nlp, text, "“The quay is safe — we checked every pillar,”", "said", "Brant") == \
        "“The quay is safe — we checked every pillar,”"


def test_a_clause_dating_the_cue_leaves_the_content(nlp):
    text = "The harbour council condemned the closure of the quay, after the ferry company sacked two elderly pilots."
    assert repaired(nlp, text, "the closure of the quay, after the ferry company sacked two elderly pilots",
                    "condemned", "The harbour council") == "the closure of the quay"


def test_the_one_spoken_to_is_not_the_content(nlp):
    text = "Pilot Edda Rask told Kessel police she had seen the collision from the quay."
    assert repaired(nlp, text, "Kessel police she had seen the collision from the quay", "told",
                    "Pilot Edda Rask") == "she had seen the collision from the quay"
    text = "Ivo Brant warned the harbour board that the dam would flood three villages."
    assert repaired(nlp, text, "the harbour board that the dam would flood three villages", "warned",
                    "Ivo Brant") == "that the dam would flood three villages"


def test_a_subject_takes_in_its_clause(nlp):
    text = "His pilots cleared a channel through the ice on Sunday, Brant said on Monday."
    assert repaired(nlp, text, "His pilots", "said", "Brant") == "His pilots cleared a channel through the ice on Sunday"


def test_a_quoted_subject_of_a_tag_is_not_widened(nlp):
    text = "“The pilots and the tugs,” Brant said at the quay."
    assert repaired(nlp, text, "“The pilots and the tugs,”", "said", "Brant") == "“The pilots and the tugs,”"
