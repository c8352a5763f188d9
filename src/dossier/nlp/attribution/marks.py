"""The closing quotation mark a content owes its quotation (issue 9, contents cut at a quotation mark).

A mixed content that ends on the last word of a quotation it opened ("said the town is “sinking into the
sea" + ``."``) stops where the tagger stopped, before the sentence's full stop, and so before the mark
that the news style sets after it: the record reads as if the speaker's words ran on. The content takes
the punctuation inside the quotation and its closing mark, as a direct quotation keeps them
("“… into the sea.”"). A content that ends inside a quotation it did not open (a piece of a longer
quotation) or that stops short of the closing mark by words is left as it is, and so is one followed by a
mark set off by a space: with straight marks that one opens the next quotation ("… today. "We …").

Spans are token spans ``(first, last + 1)`` of a spaCy Doc; ``quoted`` flags the tokens inside quotation
marks, marks included (``extract._quoted_tokens``).
"""
from __future__ import annotations

from .cues import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTE

CLOSE_MARKS = CLOSE_QUOTES + STRAIGHT_QUOTE
OPEN_MARKS = OPEN_QUOTES + STRAIGHT_QUOTE
INNER_STOPS = frozenset(".,!?…;:")  # punctuation the news style sets before the closing mark
MAX_INNER_STOPS = 3  # "…" written as three full stops


def with_closing_mark(doc, content: tuple[int, int], quoted) -> tuple[int, int]:
    """``content`` ending just before its quotation's closing mark, widened to that mark."""
    s, e = content
    if e <= s or e >= len(doc) or not quoted[e - 1] or _is_mark(doc[e - 1].text, CLOSE_MARKS + OPEN_MARKS):
        return content
    k = e - 1
    while k >= s and quoted[k] and not _is_mark(doc[k].text, OPEN_MARKS):
        k -= 1
    if k < s or not quoted[k] or not _is_mark(doc[k].text, OPEN_MARKS):
        return content  # the quotation opened before the content: a piece of it, not its end
    j = e
    while (j < len(doc) and j - e < MAX_INNER_STOPS and quoted[j] and doc[j].text in INNER_STOPS
           and not doc[j - 1].whitespace_):
        j += 1
    if j < len(doc) and quoted[j] and _is_mark(doc[j].text, CLOSE_MARKS) and not doc[j - 1].whitespace_:
        return s, j + 1
    return content


def _is_mark(text: str, marks: str) -> bool:
    """A token made only of quotation marks and punctuation, ending in one of ``marks`` (spaCy may keep
    ``."`` whole)."""
    return bool(text) and text[-1] in marks and all(ch in marks or ch in INNER_STOPS for ch in text)
