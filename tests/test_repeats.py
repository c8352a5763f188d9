"""``attribution.repeats``: the same statement of one speaker is shown once (a page's summary quoting the story
again, a paragraph printed twice). Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TWICE = ("Kessel\n\n“The quay has to reopen before the autumn catch,” says Ilse Varga, the harbour master.\n\n"
         "The port board met on Tuesday to weigh the cost of the repairs, which have doubled since spring.\n\n"
         "“The quay has to reopen before the autumn catch,” says Ilse Varga, the harbour master. “Nobody here can "
         "wait.”")


def test_the_same_words_of_one_speaker_are_shown_once(split):
    shown, hidden = split(TWICE)
    assert sum("autumn catch" in content for content, _ in shown) == 1
    assert sum("autumn catch" in content for content, _ in hidden) == 1
    assert any("Nobody here can wait" in content for content, _ in shown)


def test_the_tagged_copy_is_kept_over_an_untagged_one():
    from dossier.model import Attribution, Speaker
    from dossier.nlp.attribution.repeats import repeated

    words = "“The levy punishes small boats,”"
    text = f"{words} — Oren Pask. Later: {words} Pask said."
    first, second, said = text.index(words), text.rindex(words), text.index("said")
    pask, varga = Speaker(None, "Oren Pask", None), Speaker(None, "Ilse Varga", None)
    bare = Attribution(content=(first, first + len(words)), cue=None, speaker=pask, kind="direct")
    tagged = Attribution(content=(second, second + len(words)), cue=(said, said + 4), speaker=pask, kind="direct")
    other = Attribution(content=(second, second + len(words)), cue=(said, said + 4), speaker=varga, kind="direct")
    assert repeated(text, [bare, tagged]) == [True, False]
    assert repeated(text, [bare, other]) == [False, False]  # another speaker's words are another record
