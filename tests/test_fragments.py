"""``attribution.fragments``: a content that cannot be read alone is not shown: a subordinate clause with no
main statement ("said that while …"), or the tail of the writer's sentence around a cue set into a relative
clause ("Among the plans Lind said she drew up were …"). Whole statements stay. Fresh text, fictional people
and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def contents(split, text: str) -> list[str]:
    shown, hidden = split("Kessel\n\n" + text)
    return [c for c, _ in shown + hidden]


@pytest.mark.parametrize("text, words", [
    ("Harbour master Ivo Brant of Kessel said that while it could not be settled whether the ledger was altered.",
     "while it could not be settled"),
    ("Councillor Ana Lind of Marrow said that although the ferry board had never met in the winter.",
     "although the ferry board"),
])
def test_a_dangling_subordinate_clause_is_not_shown(split, text, words):
    assert not any(words in c for c in contents(split, text))


@pytest.mark.parametrize("text, words", [
    ("Mayor Tomas Vell of Kessel spoke on Friday. Among the options Vell said he asked for from the harbour office "
     "were plans to dredge the east channel.", "dredge the east channel"),
    ("Councillor Ana Lind of Marrow spoke on Friday. Among the sites Lind said she had visited in the spring were "
     "two mills on the Ostra river.", "two mills"),
])
def test_the_tail_of_the_writers_frame_is_not_shown(split, text, words):
    assert not any(words in c for c in contents(split, text))


@pytest.mark.parametrize("text, content", [
    ("Harbour master Ivo Brant of Kessel said that while the ledger was old, nobody had altered it.",
     "nobody had altered it"),
    ("Councillor Ana Lind of Marrow said the ferry board had met twice and was ready to vote.",
     "the ferry board had met twice and was ready to vote"),
    ("Mayor Tomas Vell of Kessel said he asked for plans to dredge the east channel.",
     "plans to dredge the east channel"),
    ("Harbour master Ivo Brant of Kessel warned in the interview that if the calmer Harbour Union won, the new "
     "board would “do the bidding” of the guild.", "the new board would"),
    ("Councillor Ana Lind of Marrow said the rules announced Monday were “a fresh start for the old port.”",
     "a fresh start for the old port"),
    ("Mayor Tomas Vell of Kessel warned that “this open door, if you like,” was a danger to the ferry trade.",
     "a danger to the ferry trade"),
])
def test_whole_statements_stay(split, text, content):
    assert any(content in c for c in contents(split, text))


# Strict reads, round 19: a cue set into a relative clause on a noun before it leaves the content with a gap; such
# a record stays in the JSONL, unshown (``filters._gapped``).
@pytest.mark.parametrize("text, words", [
    ("The council did not sign the ferry deal that Mayor Ana Lind said she backs.", "she backs"),
    ("The ferry firm raised its fares again, a step that Councillor Edda Rask says she opposes.", "she opposes"),
])
def test_the_rest_of_a_relative_clause_is_not_shown(split, text, words):
    shown, _hidden = split("Kessel\n\n" + text)
    assert not any(words in c for c, _ in shown)


@pytest.mark.parametrize("text, content", [
    ("Voters packed a rally in Kessel where Mayor Ana Lind said the ferries would run all winter.",
     "the ferries would run all winter"),
    ("Mayor Ana Lind, who said the ferries would run all winter, left the meeting early.",
     "the ferries would run all winter"),
    ("The board lifted the fishing ban, which Mayor Ana Lind said meant “the port is ours again.”",
     "“the port is ours again.”"),
])
def test_a_whole_statement_in_a_relative_clause_stays(split, text, content):
    assert any(content in c for c in contents(split, text))


@pytest.mark.parametrize("text, words", [
    ("Questioned about the quarry, Warden Elsa Moor of Dunhill said that \"it seems like\".", "it seems like"),
    ("Questioned about the fines, Warden Elsa Moor of Dunhill said she was \"sick and tired of\".", "tired of"),
])
def test_a_content_broken_off_at_a_preposition_is_not_shown(split, text, words):
    assert not any(words in c for c in contents(split, text))


@pytest.mark.parametrize("text, content", [
    ("Warden Elsa Moor of Dunhill said the quarry was \"something to worry about\".", "something to worry about"),
    ("Warden Elsa Moor of Dunhill said the fine was \"the price the valley voted for\".", "the valley voted for"),
    ("Warden Elsa Moor of Dunhill said she did not know what the fence was for.", "what the fence was for"),
])
def test_a_stranded_preposition_stays(split, text, content):
    assert any(content in c for c in contents(split, text))


def test_an_unquoted_preposition_ending_a_relative_with_no_relative_word_stays(split):
    text = "Warden Elsa Moor said it would look like a bribe in order for a post in Dunhill she was being considered for."
    assert any("she was being considered for" in c for c in contents(split, text))
