"""The programme a source spoke on, read as what was said (issue 9, the writer's words given as a source's).

In "“…,” Brant told NBC’s “Meet the Press.”" or "…, Lind said on “Fox News Sunday.”" the tagger often takes
the quoted title after the tag for a second quotation: a record whose content is a show's, paper's or
book's name, which is the occasion of the speaking, not anything said. Such a content is a whole quotation
of at most ``MAX_TITLE_WORDS`` words, each capitalised or a short joining word ("Face the Nation", "Fox &
Friends"), that stands where a programme stands: after "on", after "told", or after an outlet's possessive
("CBS’", "ABC's"), which the content may hold or end on ("said on [ABC's “This Week.”]"). A title-cased quotation after a colon or a verb ("declared: “Kessel Will Rise”") stays.
Works on the text (Doc character offsets), whatever the parse made of the title.
"""
from __future__ import annotations

import re

from ...model import Attribution

MAX_TITLE_WORDS = 6
JOINING_WORDS = frozenset("of the and & a an in on for with to at".split())
# What stands before a programme's title: "on", "told", or an outlet's possessive ("NBC’s", "CBS’").
PROGRAMME_SLOT = re.compile(r"(?:\b(?:on|told)|\S[’']s?)\s*$")
# The whole content one quotation, perhaps after the outlet's possessive ("ABC's “This Week.”").
WHOLE_QUOTATION = re.compile(r"^[’'\s]*(?:(?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*(?:[’']s|s?[’'])\s+)?"
                             r"[“\"]([^“”\"]+?)[.,!?]?[”\"]?[.,!?]?\s*$")
REACH = 40  # characters before the content looked at


def names_a_programme(text: str, a: Attribution) -> bool:
    """Whether ``a``'s content is the quoted title of the programme or paper its source spoke on."""
    s, e = a.content
    m = WHOLE_QUOTATION.match(text[s:e])
    if m is None:
        return False
    words = m.group(1).split()
    if not 1 <= len(words) <= MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in JOINING_WORDS for w in words):
        return False
    before = text[max(0, s - REACH):s].rsplit("\n", 1)[-1]
    return bool(PROGRAMME_SLOT.search(before))
