"""``attribution.glosses`` and the background clause in ``bounds``: a reported content after its cue ends
before the reporter's gloss that closes it: an appositive saying who a person named as an object is, a
", in response to …" phrase, a ", who …" aside holding another's claim. What was said stays: an
appositive that is the claim, a list of names, a response the source set as a condition, words in
quotation marks. Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def content_with(split, text: str, words: str) -> str | None:
    """The reportable content of ``text`` (under a dateline paragraph) that holds ``words``."""
    shown, _ = split("Kessel\n\n" + text)
    return next((c for c, _ in shown if words in c), None)


@pytest.mark.parametrize("text, words, gloss", [
    ("Senator Ana Lind said she was informed only this week by Rose Kettering, the port board's assistant "
     "secretary for fisheries.", "was informed", "assistant secretary"),
    ("Mayor Ivo Brant vowed on Sunday that Ostria would close the border, in response to Veldan's threat to "
     "seize the north quay.", "close the border", "threat"),
    ("Judge Ana Lind found that Brant lied about his talks with Tomas Vell, who has also been charged by the "
     "prosecutor and whom the police believe has ties to smugglers.", "lied about his talks", "smugglers"),
])
def test_the_reporters_gloss_is_cut(split, text, words, gloss):
    content = content_with(split, text, words)
    assert content is not None and gloss not in content


@pytest.mark.parametrize("text, words, kept", [
    ("Councillor Ana Lind said the new harbor chief would be Tomas Vell, a former judge from Varna.",
     "harbor chief", "former judge"),
    ("Mayor Ivo Brant vowed that Ostria would strike back, in response to any attack on the quay.",
     "strike back", "any attack"),
    ("Councillor Ana Lind said she will run for mayor, joining Ivo Brant, Lena Marsh and Tomas Vell.",
     "run for mayor", "Tomas Vell"),
    ("Councillor Ana Lind said the ferry was stopped by “Tomas Vell, a man who owes the town money.”",
     "ferry was stopped", "owes the town"),
])
def test_what_was_said_stays(split, text, words, kept):
    content = content_with(split, text, words)
    assert content is not None and kept in content


@pytest.mark.parametrize("text, words, gloss", [
    ("Councillor Ivo Brant addressed the pilots, saying it was their duty to keep the ferries running through "
     "the storm, in what appeared a ploy to break the strike.", "their duty", "ploy to break"),
    ("Mayor Edda Voss told the fishermen the quay would stay closed until spring, in what was widely seen as "
     "a rebuke to the port board.", "stay closed", "rebuke"),
])
def test_the_reporters_reading_of_what_a_statement_amounted_to_is_cut(split, text, words, gloss):
    content = content_with(split, text, words)
    assert content is not None and gloss not in content


def test_a_name_the_source_gave_in_a_what_clause_stays(split):
    content = content_with(split, "Mayor Edda Voss said the ferries would sail on Friday, in what she called a "
                                  "test of the new channel.", "ferries would sail")
    assert content is not None
