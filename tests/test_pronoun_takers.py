"""A lone "he" / "she" goes only to a name that can be a person's (``attribution.pronoun_takers``); and a name's
gender is read as English-language news uses it (``gender``). Fictional text; each test fails without the rule."""
from __future__ import annotations

import pytest

from dossier.nlp.gender import Genders

pytestmark = pytest.mark.slow


def speakers_of(found, words):
    return [a.speaker.name for content, a in found if words in content]


def everyone(split, text, words):
    shown, hidden = split(text)
    return speakers_of(shown + hidden, words)


def test_a_word_for_an_event_takes_no_he(split):
    text = ("Dorn\n\nThe harbour board met on Monday to plan the Brexit talks. Brexit has split the town. "
            "\"We will not wait forever,\" he said.")
    assert "Brexit" not in everyone(split, text, "wait forever")


def test_a_common_phrase_the_tagger_calls_a_person_takes_no_she(split):
    text = "Dorn\n\nThe year was meant to be Ilse Varn's swan song, a quiet farewell. \"I am not done yet,\" she said."
    assert "swan song" not in everyone(split, text, "not done yet")


def test_one_word_names_need_a_sign_of_a_person(nlp):
    from dossier.nlp.attribution.pronoun_takers import PronounTakers

    doc = nlp("Dorn\n\nTalks resumed in Kessel on Monday. The OBK set a deadline. Laura, a nurse, and Mr. Quill "
              "waited. Brant said the port was shut. The year was Ilse Varn's swan song.")
    takes = PronounTakers(doc, Genders(doc)).takes
    assert not takes("OBK") and not takes("Kessel")  # an initialism; a place the tagger typed as one
    assert not takes("Dorn")  # a heading line's word, with no sign of a person
    assert not takes("swan song") and takes("first-term senator")  # a description of a person is fine
    assert takes("Laura") and takes("Quill") and takes("Brant")  # a given name, a title, a turn of its own
    assert takes("Ilse Varn") and takes("he")


def test_a_senator_the_lists_misread_takes_his_he(split):
    text = ("Dorn\n\nSen. Rand Quillon said on Monday the bill was dead. The chamber adjourned at noon. "
            "\"There is nothing left to vote on,\" he said.")
    assert everyone(split, text, "nothing left") == ["Rand Quillon"]


def test_a_man_with_a_name_the_lists_call_a_womans_takes_his_he(split):
    text = ("Dorn\n\nOpposition whip Hilary Quennell told reporters he expects to force a vote next week. "
            "He said the vote could come on Wednesday.")
    assert everyone(split, text, "the vote could come") == ["Hilary Quennell"]


def test_a_woman_known_by_her_given_name_alone_takes_no_he_once_the_article_says_she(split):
    text = ("Dorn\n\nLaura said she had sold the boat. The strike entered its third week on Monday. "
            "\"We cannot hold out much longer,\" he said.")
    assert "Laura" not in everyone(split, text, "hold out")
