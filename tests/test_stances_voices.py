"""A stance read inside someone's reported statement stands only when that speaker voices the holder
(stances.voices). Sentences written for these tests (fictional people, real states)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(analyze_text, text):
    """Every stance the rules give, shown or held back by the confidence gate (tested in test_stances_confidence)."""
    a = analyze_text(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in (*a.stances, *a.unreported_stances)]


@pytest.mark.parametrize("text, actor", [
    ("Harbour dispute\n\n“Petra Holm wants to be seen as the champion of the dockers,” said Dana Oyelaran, "
     "a consultant who has advised rival campaigns.\n", "Petra Holm"),
    ("Quota talks\n\nDiplomats in Brussels say Norway wants a far larger share of the northern cod quota.\n", "Norway"),
    ("Quota talks\n\nPetra Holm, a fisheries analyst at Tromso University, said Norway wants a far larger share "
     "of the northern cod quota.\n", "Norway"),
])
def test_a_third_partys_account_gives_the_holder_no_stance(analyze_text, text, actor):
    assert not [s for s in stances(analyze_text, text) if s[0] == actor]


@pytest.mark.parametrize("text, actor, obj", [
    ("Quota talks\n\nNorwegian officials say Norway wants a far larger share of the northern cod quota.\n",
     "Norway", "a far larger share"),
    ("Quota talks\n\nA Kremlin spokesman said Russia wants talks on the northern cod quota this spring.\n",
     "Russia", "talks on the northern cod quota"),
    ("Quota talks\n\nReuters reported that Norway wants a far larger share of the northern cod quota.\n",
     "Norway", "a far larger share"),
    ("Harbour dispute\n\nPetra Holm's lawyer, Ivo Brant, said Holm wants a fair hearing before the port board.\n",
     "Petra Holm", "a fair hearing"),
])
def test_the_holder_or_one_who_speaks_for_it_keeps_the_stance(analyze_text, text, actor, obj):
    assert [s for s in stances(analyze_text, text) if s[0] == actor and s[2].startswith(obj)]


def test_an_envoy_whose_role_names_the_union_voices_it(analyze_text):
    text = ("Quota talks\n\nThe European Union's fisheries envoy, Marta Quintela, said the EU was determined to "
            "preserve the northern cod quota.\n")
    assert [s for s in stances(analyze_text, text) if s[0] in ("EU", "European Union") and "quota" in s[2]]


def test_a_pronoun_speakers_own_hope_stays(analyze_text):
    text = ("Harbour dispute\n\nPetra Holm spoke in Tromso on Monday. In an interview, she said she hopes to "
            "reopen the northern pier by May.\n")
    assert [s for s in stances(analyze_text, text) if s[0] == "Petra Holm" and "reopen" in s[2]]


def test_the_head_of_a_body_named_after_a_state_does_not_speak_for_the_state(analyze_text):
    text = ("Border talks\n\n“We want peace on the border,” said Ahmed Karan, president of the Syrian Democratic "
            "Assembly Council, on Monday.\n")
    assert not [s for s in stances(analyze_text, text) if s[0] == "Syria"]
    text = ("Border talks\n\n“We want peace on the border,” said Ahmed Karan, the Syrian foreign minister, on Monday.\n")
    found = stances(analyze_text, text)  # stances14: the minister's "we" is his own stance, not Syria's
    assert [s for s in found if s[0] == "Ahmed Karan" and "peace" in s[2]] and not [s for s in found if s[0] == "Syria"]
