"""Roles from appositives and titles, on sentences about fictional people."""
import pytest

from dossier.nlp.attribution.roles import role_of

pytestmark = pytest.mark.slow


def role_for(nlp, text, name):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    return role_of(doc, span.start, span.end)


def test_appositive_after_name(nlp):
    text = "Ivo Brant, director of the Harlan Institute for Border Studies, said the talks had stalled."
    assert role_for(nlp, text, "Ivo Brant") == "director of the Harlan Institute for Border Studies"


def test_title_before_name(nlp):
    text = "Ostrian foreign minister Tomas Vell told reporters the treaty was dead."
    assert role_for(nlp, text, "Tomas Vell") == "Ostrian foreign minister"


def test_institution_title_before_name(nlp):
    text = "The plan is unworkable, a Marlow Institute senior fellow Ana Lind wrote on Sunday."
    assert role_for(nlp, text, "Ana Lind") == "Marlow Institute senior fellow"


def test_no_role(nlp):
    assert role_for(nlp, "Ana Lind arrived in Vestland on Sunday.", "Ana Lind") is None


# Fresh read, rule 4: an organisation's name stays whole in a role, though its last word is also an adverb.
def test_an_organisation_name_ending_in_a_common_word_stays_whole(nlp):
    from dossier.nlp.attribution.roles import as_role

    text = "“The quay is a public good,” said Edda Rask, senior counsel at Access Now, a group that defends crews."
    assert role_for(nlp, text, "Edda Rask") == "senior counsel at Access Now"
    assert as_role("head of Harbours Now") == "head of Harbours Now"
    assert as_role("head of the Kessel party recently") == "head of the Kessel party"
