"""A document written and a gathering's aim are acts, not statements (attribution.acts, issue 9: the writer's
words given as a source's). Text written for these tests; fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, words", [
    ("In 2015, Councillor Ana Rask wrote an op-ed for the Kessel Courier making the case that the pier should be sold.",
     "making the case"),
    ("Mayor Tomas Brell wrote his famous “Letter from the Quay” while the strike went on.", "Letter from the Quay"),
])
def test_writing_a_document_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Councillor Ana Rask wrote in an op-ed for the Kessel Courier that the pier should be sold.", "pier should be sold"),
    ("Councillor Ana Rask wrote that the pier should be sold before the winter storms.", "pier should be sold"),
    ("Mayor Tomas Brell wrote to the harbour board that the pier would stay open.", "pier would stay open"),
])
def test_what_a_document_says_stays(reported, text, words):
    assert reported(text, words)


def test_a_crowds_aim_is_no_statement(reported):
    assert not reported("A crowd of fishermen gathered outside the town hall, calling for the resignation of the "
                        "harbour master.", "resignation of the harbour master")


@pytest.mark.parametrize("text, words", [
    ("Protest leader Ana Rask called for the resignation of the harbour master.", "resignation of the harbour master"),
    ("Fishermen's leader Ana Rask told the crowd that the pier would be saved.", "pier would be saved"),
])
def test_a_speaker_in_the_crowd_stays(reported, text, words):
    assert reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Ostrian premier Dara Venn has asked the assembly to authorize $200 million to rebuild the northern ferry "
     "terminal.", "authorize $200 million"),
    ("Governor Ana Rask has asked the legislature to appropriate $40 million for the new flood wall along the river.",
     "appropriate $40 million"),
    ("The Kessel mayor, Tomas Brell, asked the harbour council to approve an emergency loan of two million crowns.",
     "emergency loan"),
])
def test_a_formal_request_for_a_bodys_grant_is_no_statement(reported, text, words):
    """Fresh strict reads, round 17: asking a body to authorize or approve is a step of procedure."""
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Mayor Tomas Brell asked voters to approve the harbour levy in the spring vote.", "approve the harbour levy"),
    ("Premier Dara Venn asked Councillor Mira Holt to approve the dredging plan before June.", "dredging plan"),
])
def test_a_plea_to_people_stays(reported, text, words):
    assert reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("The night before the summit, Mr Venn toured the old harbour and waved at crowds.\n\nOstria's Foreign Minister "
     "Teodor Lask also tweeted a picture of the two leaders going \"rundgang\", a local word for an evening walk, in "
     "the Kessel botanical garden.", "a picture of the two leaders"),
    ("As dusk fell, Ostria's harbour minister Teodor Lask also tweeted a picture of the two envoys strolling along "
     "the Kessel quay.", "a picture of the two envoys"),
])
def test_a_picture_put_online_is_no_statement(reported, text, words):
    """Fresh strict reads, round 18: tweeting a picture is an act with no words."""
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Harbour minister Teodor Lask tweeted that the two envoys had agreed to reopen the Kessel quay.", "agreed to reopen"),
    ("Harbour minister Teodor Lask posted a photo of the quay with the caption “Open again at last!”", "Open again"),
])
def test_words_put_online_stay(reported, text, words):
    assert reported(text, words)
