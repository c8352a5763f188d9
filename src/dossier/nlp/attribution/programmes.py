"""The programme a source spoke on, read as what was said (issue 9, the writer's words given as a source's).

In "“…,” Brant told NBC’s “Meet the Press.”" or "…, Lind said on “Fox News Sunday.”" the tagger often takes
the quoted title after the tag for a second quotation: a record whose content is a show's, paper's or
book's name, which is the occasion of the speaking, not anything said. Such a content is a whole quotation
of at most ``MAX_TITLE_WORDS`` words, each capitalised or a short joining word ("Face the Nation", "Fox &
Friends"), that stands where a programme stands: after "on", after "told", after a noun of a programme
("told the news program [“Face the Nation”]", round 17) or after an outlet's possessive ("CBS’", "ABC's"),
which the content may hold or end on ("said on [ABC's “This Week.”]"), or after the outlet's bare name when the tagger cut the possessive's mark into the content ("said on CBS[' “Face the Nation.”]"). A
content that holds its own "on", or "on" or "to" after a participle of appearing, is the occasion whole
("[Appearing on CBS’ “Face the Nation,”] McCain said"). A title-cased quotation after a colon or a verb
("declared: “Kessel Will Rise”") stays. A book's, film's or paper's title after "in" is the same occasion ("wrote in
“Tides of Kessel.”").

When the title only opens the content and a statement follows it ("said on NBC’s [“Harbour Watch.” “We will
rebuild.”]", "said on Fox [“News Sunday.” …]" with the programme's name half inside the marks, "said on KTV's
[“Harbour Hour” that “…”]"), the content starts after the title (``after_programme``; analyst's read of briefs,
brief16).
Works on the text (Doc character offsets), whatever the parse made of the title.
"""
from __future__ import annotations

import re

from dataclasses import replace

from ...model import Attribution

MAX_TITLE_WORDS = 6
JOINING_WORDS = frozenset("of the and & a an in on for with to at".split())
# What stands before a programme's title: "on", "told", a programme's noun ("news program"), or an outlet's
# possessive ("NBC’s", "CBS’").
PROGRAMME_SLOT = re.compile(r"(?:\b(?:on|told|in|program|programme|show|broadcast|podcast)|\S[’']s?)\s*$")
# The same with the outlet's bare name, when the content opens on its possessive's mark ("on CBS[' “…”]").
OUTLET_SLOT = re.compile(r"\b(?:on|told)(?:\s+[A-Z][\w&.-]*){1,3}\s*$")
# A content that opens on the occasion's own preposition: "Appearing on", "Speaking to", "on" (not a bare "to":
# "urged voters [to “Vote No”]" is a request).
OCCASION_LEAD = re.compile(r"^\s*(?:(?:appearing|speaking|talking|interviewed)\s+(?:on|to)|on)\s+(?=\S)", re.I)
# The whole content one quotation, perhaps after the outlet's possessive ("ABC's “This Week.”").
WHOLE_QUOTATION = re.compile(r"^[’'\s]*(?:(?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*(?:[’']s|s?[’'])\s+)?"
                             r"[“\"]([^“”\"]+?)[.,!?]?[”\"]?[.,!?]?\s*$")
REACH = 40  # characters before the content looked at
# A title quotation opening a longer content: the quoted words, the closing mark (punctuation either side).
LEADING_QUOTATION = re.compile(r"^[“\"]([^“”\"]+?)[.,!?]?[”\"][.,!?]?\s+(?=\S)")
MIN_REST_WORDS = 2  # what follows the title must still say something


def names_a_programme(text: str, a: Attribution) -> bool:
    """Whether ``a``'s content is the quoted title of the programme or paper its source spoke on."""
    s, e = a.content
    lead = OCCASION_LEAD.match(text[s:e])
    m = WHOLE_QUOTATION.match(text[s + (lead.end() if lead else 0):e])
    if m is None:
        return False
    if not _a_title(m.group(1)):
        return False
    if lead is not None:
        return True  # "[Appearing on CBS’ “Face the Nation,”]": the slot is inside the content
    before = text[max(0, s - REACH):s].rsplit("\n", 1)[-1]
    if text[s:e].lstrip()[:1] in "’'":
        return bool(OUTLET_SLOT.search(before))
    return bool(PROGRAMME_SLOT.search(before))


def after_programme(text: str, a: Attribution) -> Attribution:
    """``a`` with its content starting after the quoted programme title it opens with, in a programme's slot,
    when a statement follows the title (see the module); else ``a`` as it is."""
    s, e = a.content
    m = LEADING_QUOTATION.match(text[s:e])
    if m is None or not _a_title(m.group(1)):
        return a
    before = text[max(0, s - REACH):s].rsplit("\n", 1)[-1]
    if not PROGRAMME_SLOT.search(before) and not (OUTLET_SLOT.search(before) and len(m.group(1).split()) > 1):
        return a  # after an outlet's bare name only the rest of a name ("on Fox [“News Sunday.”]"), not “No.”
    if len(re.findall(r"[^\W\d_]+", text[s + m.end():e])) < MIN_REST_WORDS:
        return a
    return replace(a, content=(s + m.end(), e))


def _a_title(quoted: str) -> bool:
    """At most ``MAX_TITLE_WORDS`` words, the first capitalised, each capitalised, a number or a joining word."""
    words = quoted.split()
    if not 1 <= len(words) <= MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in JOINING_WORDS for w in words)
