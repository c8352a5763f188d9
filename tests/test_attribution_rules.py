"""Parse rules for attribution spans, on sentences about fictional people and places."""
import pytest

from dossier.nlp.attribution.rules import content_for_cue, subject_of

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


@pytest.mark.parametrize("text, cue, subject", [
    # a participle of speech the parser hangs on the reported clause goes with the one who reports
    ("Mayor Ivo Brant said the north quay would reopen in May, saying that the cranes were ready.", "saying",
     "Mayor Ivo Brant"),
    ("Councillor Ana Lind said the ferry fares were too high, insisting that the board cut them.", "insisting",
     "Councillor Ana Lind"),
])
def test_a_participle_of_speech_has_the_reporters_subject(nlp, text, cue, subject):
    doc = nlp(text)
    s, e = subject_of(doc, token_span(doc, cue))
    assert doc[s:e].text == subject


def test_a_participle_before_a_trailing_tag_keeps_its_clauses_subject(nlp):
    doc = nlp("The Varna ferry union issued a warning to the board on Friday, saying the crews would strike, "
              "local radio reported.")
    s, e = subject_of(doc, token_span(doc, "saying"))
    assert doc[s:e].text == "The Varna ferry union"


# Strict reads, round 15: the "that" clause of "said" that the parser hung as a relative clause on the occasion
# ("in a televised address responding to the raids on the depots [that …]") is what was said.
@pytest.mark.parametrize("text, clause", [
    ("Chancellor Ruud Maas said in a televised address responding to the raids on the depots that the republic "
     "would not be cowed.", "that the republic would not be cowed"),
    ("Warden Hilde Osk said in an interview marking the anniversary of the landslide that the valley roads "
     "would be rebuilt.", "that the valley roads would be rebuilt"),
])
def test_a_that_clause_hung_on_the_occasion_is_the_content(nlp, text, clause):
    doc = nlp(text)
    content = content_for_cue(doc, token_span(doc, "said"), ())
    assert content is not None and doc[content[0]:content[1]].text == clause


def test_a_true_relative_clause_on_the_occasion_is_no_content(nlp):
    doc = nlp("Warden Hilde Osk said in a letter that the valley council published on Monday.")
    assert content_for_cue(doc, token_span(doc, "said"), ()) is None


def test_the_object_of_a_prompting_verb_tells(nlp):
    from dossier.nlp.attribution.rules import subject_of
    doc = nlp("The flood closed the quay, prompting Mayor Runa Tolk to tell the Kessel Post that the pier was lost.")
    tell = next(t.i for t in doc if t.text == "tell")
    s, e = subject_of(doc, (tell, tell + 1))
    assert doc[s:e].text == "Mayor Runa Tolk"


def test_an_infinitive_climbed_to_does_not_lend_its_object(nlp):
    from dossier.nlp.attribution.rules import subject_of
    doc = nlp("He said he had ordered the harbour wardens to inspect the cranes and urged the crews to stay home.")
    urged = next(t.i for t in doc if t.text == "urged")
    s, e = subject_of(doc, (urged, urged + 1))
    assert doc[s:e].text in ("He", "he")


@pytest.mark.parametrize("text, cut", [
    ("Kessel has two old piers that could fail in a storm, and they should be feared.", False),
    ("Kessel has two old piers that could fail in a storm, harbour master Pask warned.", True),
])
def test_a_trailing_clause_after_a_comma_is_no_tag(nlp, text, cut):
    from dossier.nlp.attribution.rules import trailing_cue
    doc = nlp(text)
    assert (trailing_cue(doc, next(doc.sents)) is not None) == cut


def test_a_quotation_runs_past_a_coordinated_clause_to_its_end(nlp):
    from dossier.nlp.attribution.extract import find_attributions
    from dossier.nlp.entities.extract import find_entities
    doc = nlp("Kessel harbour will close.\n\n\"The council ignored the engineers,\" harbour master Oren Pask said. "
              "\"Kessel has two old piers that could fail in a storm, and they should be feared. Both date from 1911.\"")
    contents = [doc.text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert not any(c.endswith("fail in a storm") for c in contents), contents
