"""``nlp.glued_quotes``: a quotation mark glued between a sentence's end and the next word is a token of its
own, so a quotation closes there and its content does not run on into the writer's next sentence (strict read
of round 18). Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# Paragraphs run together without a space, as on some pages.
GLUED = ('Mayor Ilse Varga spoke for an hour at the Lorvik fish market on Monday."The quay belongs to the '
         'families who kept it alive for a century," Varga said. "The council treats it like a spare room and '
         'the families have had enough of waiting."She also attacked the plan to lease the old pier to a '
         'developer from Pellan as a "reckless bet with the town\'s savings."')
CURLY = ('Senator Oren Pask wrote on Friday that the ferry would run all winter. “We may add a second boat, as '
         'the weather allows.”Pask added that the crossing “will stay free for pupils.”')
INDIRECT = ('Harbour master Tomas Greel said the board misread the vote that put Anna Rell in charge of the docks.'
            '"The dock union is not neutral and never was," Greel said.')


def test_the_glued_mark_is_a_token_of_its_own(nlp):
    words = [t.text for t in nlp('the families wanted."She left. as allowed.”Pask added, saying “no.')]
    assert words[:6] == ["the", "families", "wanted", ".", '"', "She"]
    assert words[9:13] == ["allowed", ".", "”", "Pask"]
    assert [t.text for t in nlp("will they listen?”Pask asked.")][2:6] == ["listen", "?", "”", "Pask"]


def test_a_quotation_closes_at_a_glued_mark(split):
    shown, hidden = split(GLUED)
    contents = [c for c, _ in shown + hidden]
    assert any(c.startswith('"The council treats it') and c.rstrip().endswith('of waiting."') for c in contents)
    assert not any("She also attacked" in c for c in contents)


def test_a_name_after_a_glued_mark_is_the_next_source(split):
    shown, _ = split(CURLY)
    by_content = {c: a for c, a in shown}
    assert not any("Pask added" in c for c in by_content)
    free = [a for c, a in by_content.items() if "stay free for pupils" in c]
    assert free and free[0].speaker.name == "Oren Pask"


def test_an_indirect_content_stops_before_the_next_quotation(split):
    shown, hidden = split(INDIRECT)
    contents = [c for c, _ in shown + hidden]
    assert any(c.startswith("the board misread the vote") for c in contents)
    assert not any("misread" in c and "not neutral" in c for c in contents)
