"""The programme, outlet or interview a source spoke in, at the end of a reported content (strict readers of dev,
read 12: "said the port would reopen [on Kessel Radio's Morning Tide programme]", "defended the closure [on
“Harbour Hour”]", "announced the closure [on Twitter]").

A prepositional phrase closing an indirect content after its cue, headed by "on" or "in", whose object names a
medium of speaking (a programme, show, interview, broadcast, newspaper, social network, or an outlet whose name
holds such a word: "Kessel Radio", "Fox News Sunday", or a quoted title after an outlet's possessive), tells where
the cue happened, not what was said. It goes when it hangs (as the parser reads it) on the cue, on the verb or
predicate of the content's clause, or, when the content is the cue's object, on that object. Kept: a phrase on a
verb of appearing or speaking ("he would appear [on television]", "would discuss it [on his show]"), a phrase
that is the predicate of "be" ("it was her voice [on Twitter]"), and any phrase whose object is no medium ("the
port would reopen [on Monday]"). Inside quotation marks nothing is cut. A content that opens with the quoted
title of the programme, when the tagger took its "on" into the cue ("insisted on | “Harbour Hour” there was no
deal"), starts after the title.

Spans are token spans ``(first, last + 1)`` of a spaCy Doc, as in ``bounds``; ``quoted`` flags tokens inside
quotation marks.
"""
from __future__ import annotations

from .cues import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTE
from .programmes import JOINING_WORDS, MAX_TITLE_WORDS
from .relays import NEWS_NAME_WORDS
from .rules import is_edge

TokenSpan = tuple[int, int]

VENUE_PREPS = frozenset({"on", "in"})
# Media of speaking (general English, kept as data): common nouns, and words an outlet's or a programme's name
# holds ("Kessel Radio", "Fox News Sunday", "the Kessel Post").
MEDIUM_NOUNS = frozenset("""
programme program show interview broadcast podcast radio television tv newspaper op-ed oped column editorial
tweet twitter facebook instagram youtube blog channel network livestream
""".split())
OUTLET_WORDS = frozenset(w.title() for w in NEWS_NAME_WORDS) | frozenset("Radio TV Television Network Channel".split())
# Verbs whose own object or place the medium is (general English, kept as data).
APPEARING_VERBS = frozenset("""
appear speak talk air broadcast publish post write say tell announce discuss interview feature run go come tweet
testify debate comment be stream show watch see hear read
""".split())
# Nouns for what is shown or said on a medium, which a phrase of the medium may well belong to ("the coverage
# on CNN", "his remarks on Twitter").
SPOKEN_NOUNS = frozenset("""
coverage ad advert advertisement post video clip report story segment interview appearance comment remark
message statement speech voice words tweet footage picture photo image
""".split())
MIN_WORDS = 2


def without_venue(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """``content`` without a closing phrase naming the medium of the speaking (see the module)."""
    s, e = content
    if cue[1] > s:
        return content
    for prep in doc[s + 1:e - 1]:
        if prep.lower_ not in VENUE_PREPS or prep.dep_ != "prep" or quoted[prep.i] or not _to_end(doc, prep, e):
            continue
        if any(quoted[prep.i:e]) and not _title_after_outlet(doc, prep, e, quoted):
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs or not _a_medium(objs[0], quoted):
            continue
        if not _hangs_on_the_report(prep.head, doc, content, cue):
            continue
        cut = prep.i
        while cut > s and is_edge(doc[cut - 1]):
            cut -= 1
        kept = doc[s:cut]
        if sum(1 for t in kept if t.is_alpha or t.like_num) >= MIN_WORDS:
            return s, cut
    return content


def without_leading_title(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """``content`` without the quoted title of the programme it opens with when the cue ends on "on" ("insisted on |
    “Harbour Hour” the quay was safe"): the tagger took the medium's preposition for the cue's; what was said
    starts after the title, with a clause of its own (a verb with its subject)."""
    s, e = content
    if cue[1] > s or doc[cue[1] - 1].lower_ != "on" or doc[s].text not in OPEN_QUOTES + STRAIGHT_QUOTE:
        return content
    close = next((t.i for t in doc[s + 1:e] if t.text[-1:] in CLOSE_QUOTES + STRAIGHT_QUOTE), None)
    if close is None:
        return content
    words = [t for t in doc[s + 1:close] if not is_edge(t)]
    if not 1 <= len(words) <= MAX_TITLE_WORDS or not all(
            t.text[:1].isupper() or t.lower_ in JOINING_WORDS or not t.is_alpha for t in words):
        return content
    start = close + 1
    while start < e and is_edge(doc[start]):
        start += 1
    rest = doc[start:e]
    if start >= e or quoted[start] or not any(
            t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and start <= c.i < e
                                              for c in t.children) for t in rest):
        return content
    return (start, e) if sum(1 for t in rest if t.is_alpha) >= MIN_WORDS else content


def _a_medium(obj, quoted) -> bool:
    """The phrase's object names a medium: a medium noun, an outlet's name, or a quoted programme title."""
    if obj.lemma_.lower() in MEDIUM_NOUNS:
        return True
    name = [t for t in obj.subtree if t.i <= obj.i and t.dep_ in ("compound", "poss", "amod") or t.i == obj.i]
    if obj.pos_ == "PROPN" and any(t.text in OUTLET_WORDS or t.lower_ in MEDIUM_NOUNS for t in name):
        return True
    return quoted[obj.i] and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children)


def _title_after_outlet(doc, prep, e: int, quoted) -> bool:
    """The quoted words after ``prep`` are only a title after an outlet's possessive ("on ABC's “This Week”")."""
    first = next((t for t in doc[prep.i + 1:e] if quoted[t.i]), None)
    return (first is not None and first.text[:1] in OPEN_QUOTES + STRAIGHT_QUOTE
            and any(t.tag_ == "POS" for t in doc[prep.i + 1:first.i]))


def _hangs_on_the_report(head, doc, content: TokenSpan, cue: TokenSpan) -> bool:
    """The parser hangs the phrase on the cue, on the content clause's verb or predicate (not one of appearing
    or speaking, not "be"), or on a content that is the cue's object."""
    s, e = content
    if cue[0] <= head.i < cue[1]:
        return True
    if not s <= head.i < e or head.lemma_.lower() in APPEARING_VERBS:
        return False
    root = doc[s:e].root
    if root.pos_ in ("NOUN", "PROPN") and cue[0] <= root.head.i < cue[1] and root.dep_ in ("dobj", "obj"):
        # the cue's object: "announced [the closure of the harbour] on Twitter"; not "the coverage on CNN"
        return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in SPOKEN_NOUNS
    if head.i == root.i:
        return root.pos_ in ("VERB", "AUX")
    # a predicate of the content's verb ("the cranes were ready [on his show]")
    return head.dep_ in ("acomp", "xcomp") and head.head.i == root.i and root.pos_ in ("VERB", "AUX")


def _to_end(doc, tok, e: int) -> bool:
    return not any(t.is_alpha or t.like_num for t in doc[tok.right_edge.i + 1:e])
