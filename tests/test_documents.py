"""``attribution.documents``: a source headed by a statement, a report, a filing or someone's remarks speaks for
whose it is, when the text says so, and for no one otherwise (strict readers, AllSides 1041-1999: "McKeon's
statement", "a statement released to UKIP's website", "according to new reports", "according to an
inadvertent filing", "Mr. Wilders' remarks" were wrong speakers). Fresh fictional text for each rule."""
from __future__ import annotations

import pytest
from test_speaker_antecedents import speakers_of

pytestmark = pytest.mark.slow


# ---------------------------------------------------------------- the owner written in the phrase
@pytest.mark.parametrize("text,words,who", [
    ("Harbour\n\nMayor Bram Kessler of Vellport ordered the ferries halted on Monday. \"We cannot risk another "
     "storm on the open quay,\" Kessler's statement said.", "another storm", "Bram Kessler"),
    ("Harbour\n\nMayor Bram Kessler of Vellport ordered the ferries halted on Monday. Kessler's statement said "
     "the harbour would close until May.", "harbour would close", "Bram Kessler"),
    ("Harbour\n\nCouncillor Geert Vandamme spoke at the quay on Monday. \"The port belongs to all of us,\" "
     "Mr. Vandamme's remarks said.", "belongs to all", "Geert Vandamme"),
    ("Harbour\n\nThe harbour board met on Tuesday. The Kessel Courier reported on Monday that the board was "
     "broke. The mayor will resign before May, according to the Courier's report.", "mayor will resign",
     "Kessel Courier"),
    ("Harbour\n\nThe harbour board met on Tuesday. The dock manager hid the losses for two years, according to "
     "a statement released by the Ostrian Audit Office.", "hid the losses", "Ostrian Audit Office"),
    ("Harbour\n\nThe harbour board met on Tuesday. The dock manager hid the losses for two years, according to "
     "a report in the Kessel Courier.", "hid the losses", "Kessel Courier"),
])
def test_a_document_speaks_for_its_owner(split, text, words, who):
    shown, _ = split(text)
    assert speakers_of(shown, words) == [who]


def test_the_document_a_definite_noun_points_back_to_is_its_owners(split):
    shown, _ = split("Harbour\n\nThe dock manager hid the losses for two years, according to a court filing by "
                     "prosecutor Ana Lindqvist.\n\nThe manager was arrested in May. His lawyer was not available. "
                     "The board has met twice since then.\n\nThe manager lied to the board, the court filing said.")
    assert speakers_of(shown, "lied to the board") == ["Ana Lindqvist"]


def test_the_statement_someone_spoke_in_is_theirs_not_the_releasers(split):
    shown, _ = split("Harbour\n\n\"The quay is closed,\" Mayor Bram Kessler said in a written statement released by "
                     "the Vellport council.\n\n\"The ferries will wait for spring,\" the statement continued.")
    assert speakers_of(shown, "wait for spring") == ["Bram Kessler"]


@pytest.mark.parametrize("text", [
    "Harbour\n\nIn a statement, the Vellport Ferry Company wrote that its boats were safe. A spokesman said the crews "
    "were ready. The Kessel Courier reports that the quay was flooded. On Saturday the harbour inspector said it was "
    "reviewing the quay.\n\nThe statement said the review was routine.",
    "Harbour\n\nThe Vellport Ferry Company's statement blamed the storm. The statement in the inspector's affidavit "
    "said the review was routine.",
])
def test_the_statement_is_not_one_spoken_of_long_before_or_another_named(split, text):
    shown, hidden = split(text)
    assert "Vellport Ferry Company" not in speakers_of(shown + hidden, "review was routine")


def test_a_statement_spoken_in_long_before_is_not_the_releasers(split):
    shown, hidden = split("Harbour\n\nMayor Bram Kessler said in a statement his office released that the quay was "
                          "closed.\n\nThe ferries wait. The crews rest. The storm is near. The board met.\n\n\"We will "
                          "reopen in May,\" the statement continued.")
    assert not any("office" in (name or "") for name in speakers_of(shown + hidden, "reopen in May"))


def test_the_statement_a_described_speaker_spoke_in_is_theirs(split):
    shown, _ = split("Harbour\n\nIn a statement released by the Vellport council in August, the mayor said she was "
                     "appalled by the claims.\n\nThe statement added: \"The mayor deplores any such conduct.\"")
    assert "Vellport council" not in speakers_of(shown, "deplores any such")


def _resolve(nlp, text, words):
    from dossier.nlp.attribution.speakers import SpeakerResolver
    from dossier.nlp.entities.extract import find_entities

    doc = nlp(text)
    span = doc.char_span(text.index(words), text.index(words) + len(words))
    return SpeakerResolver(doc, find_entities(doc)).resolve(span.start, span.end)


def test_an_inverted_read_is_the_statements_own(nlp):
    speaker = _resolve(nlp, "Harbour\n\n\"The ferries will sail again in May,\" read the statement from the Kessel "
                            "Harbour Authority.", "the statement from the Kessel Harbour Authority")
    assert speaker.name == "Kessel Harbour Authority"


# ---------------------------------------------------------------- its issuer in the sentence before
def test_a_statement_is_the_one_who_issued_it_just_before(split):
    shown, _ = split("Harbour\n\nIvo Marten, leader of the Kessel Freedom Party, issued a statement on Monday. "
                     "A statement released to the party's website said that his work in politics was done.")
    assert speakers_of(shown, "work in politics") == ["Ivo Marten"]


def test_two_issuers_before_leave_the_statement_no_ones(split):
    shown, hidden = split("Harbour\n\nIvo Marten issued a statement on Monday, and Lisa Holm released a statement "
                          "on Tuesday. A statement posted on the party's website said that the work was done.")
    assert speakers_of(shown, "work was done") == []
    assert speakers_of(hidden, "work was done")  # still an attribution, only not reportable


# ---------------------------------------------------------------- no owner: no one reportable
@pytest.mark.parametrize("text,words", [
    ("Harbour\n\nThe harbour board met on Tuesday. The mayor will resign before May, according to new reports "
     "that prompted an inquiry by the council.", "mayor will resign"),
    ("Harbour\n\nThe harbour board met on Tuesday. The dock manager hid the losses for two years, according to "
     "a filing left by mistake in a different lawsuit.", "hid the losses"),
    ("Harbour\n\nThe harbour board met on Tuesday. The harbour gates had never been tested, according to "
     "documents seen by this newspaper.", "never been tested"),
    ("Harbour\n\nThe harbour board met on Tuesday. The harbour gates had never been tested, according to "
     "court documents.", "never been tested"),
    ("Harbour\n\nThe harbour board met on Tuesday. The harbour gates had never been tested, according to an "
     "internal report obtained by the Kessel Courier.", "never been tested"),
    ("Harbour\n\nThe harbour board met on Tuesday. Monday's statement said the harbour gates had never been "
     "tested.", "never been tested"),
])
def test_a_document_no_one_owns_is_no_speaker(split, text, words):
    shown, hidden = split(text)
    assert speakers_of(shown, words) == []
    assert speakers_of(hidden, words)


@pytest.mark.parametrize("text,words", [
    ("Harbour\n\nOstria - one of the parties to the pact with Veldan, Kessel and the Union - called Kessler's comments "
     "\"extremely negative.\"", "Kessler's comments"),
    ("Harbour\n\nMayor Bram Kessler spoke on Monday. Kessler's \"coup\" comment echoed criticisms from other councillors "
     "who have long claimed there is a plot.", "Kessler's \"coup\" comment"),
])
def test_a_document_named_or_compared_by_the_writer_speaks_for_no_one(nlp, text, words):
    assert _resolve(nlp, text, words).name is None


def test_a_document_another_acts_on_speaks_for_no_one(nlp):
    """A source span read over the object of someone's verb ("called [Kessler's comments] “reckless”")."""
    speaker = _resolve(nlp, "Harbour\n\nMayor Bram Kessler closed the quay. Ostria called Kessler's comments "
                            "\"reckless.\"", "Kessler's comments")
    assert speaker.name is None


# ---------------------------------------------------------------- kept: named documents and authors
@pytest.mark.parametrize("text,words,who", [
    ("Harbour\n\nThe harbour board met on Tuesday. The dock manager hid the losses for two years, according to "
     "a filing by prosecutor Ana Lindqvist in an unrelated court case.", "hid the losses", "Ana Lindqvist"),
    ("Harbour\n\nThe harbour board met on Tuesday. A report by the Ostrian Audit Office said the harbour gates "
     "had never been tested.", "gates had never", "Ostrian Audit Office"),
])
def test_a_named_document_or_its_author_stays(split, text, words, who):
    shown, _ = split(text)
    assert speakers_of(shown, words) == [who]


# ---------------------------------------------------------------- a named document speaks for its issuer
@pytest.mark.parametrize("text,words,who", [
    ("Harbour\n\nThe inquiry led by Judge Ana Lindqvist ended in May. The Lindqvist report found that the "
     "harbour gates had never been tested.", "gates had never", "Ana Lindqvist"),
    ("Harbour\n\nTalks on the ferry treaty went on all night. The Danish statement said that the crossings "
     "would resume before the spring tides.", "crossings would resume", "Denmark"),
    ("Harbour\n\nTalks on the ferry treaty went on all night. The South Korean statement said that the crossings "
     "would resume before the spring tides.", "crossings would resume", "South Korea"),
    ("Harbour\n\nThe Danish presidency published a statement on Monday about the ferry treaty. President Tove "
     "Lund spoke for an hour with Ivo Brant. The Danish statement also said that Lund would keep talking with "
     "the harbour board.", "keep talking with", "Danish presidency"),
    ("Harbour\n\nThe Vellport Harbour Board published a statement on Monday. The mayor was away. The ferries "
     "waited at the quay. The statement also said that the lower quay would reopen in June.", "reopen in June",
     "Vellport Harbour Board"),
])
def test_a_named_document_speaks_for_its_issuer(split, text, words, who):
    shown, _ = split(text)
    assert speakers_of(shown, words) == [who]


def test_a_document_with_no_issuer_given_stays_no_ones(split):
    shown, _ = split("Harbour\n\nThe harbour board met on Tuesday. The statement said the lower quay would reopen "
                     "in June.")
    assert speakers_of(shown, "reopen in June") == []


# ---------------------------------------------------------------- an inverted tag's "from" hung on its verb
@pytest.mark.parametrize("text,who", [
    ("\"Crews took every care to spare the ferries,\" read the statement from US Forces Ostria.", "US Forces Ostria"),
])
def test_a_from_the_parser_hung_on_the_verb_of_an_inverted_tag_is_the_documents(nlp, text, who):
    from dossier.nlp.attribution import documents
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == "statement")
    assert next(t for t in doc if t.lower_ == "from").head.lower_ == "read"  # the parse this rule is for
    found = documents.owner(head)
    assert found is not None and doc[found[0]:found[1]].text == who


def test_a_from_after_the_verbs_object_names_no_owner_when_it_is_not_the_documents_verb(nlp):
    from dossier.nlp.attribution import documents
    doc = nlp("The mayor read the statement aloud to the crowd from the steps of the hall.")
    head = next(t for t in doc if t.lower_ == "statement")
    assert documents.owner(head) is None


@pytest.mark.parametrize("text", [
    "Harbour\n\nAn email that Oskar Ternby forwarded to staff said the night ferries would stop in March.",
    "Harbour\n\nA letter that Oskar Ternby forwarded to the board said the night ferries would be sold.",
])
def test_who_forwards_a_document_is_not_its_source(split, text):
    """"An email [that Ternby forwarded] said …": Ternby only passed it on; its author is not told."""
    shown, hidden = split(text)
    assert all(a.speaker.name != "Oskar Ternby" for content, a in shown + hidden if "night ferries" in content)
