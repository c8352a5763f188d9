"""Quotations inside a satirical piece that a column quotes (fresh strict reads, round 17).

A writer may introduce a piece as satire and then quote it at length: "This satirical piece cuts deep:" and,
in the paragraphs after, the spoof's own lines ("… “we will start yelling about thrift again,” Speaker Lind said
in an address"). The words are the satirist's, put in the mouth of the one mocked; none of it is a statement
of the person named. A piece is read as introduced when a sentence names it with a word of satire and a noun of
a written piece and ends on a colon; the piece is taken to run ``PIECE_PARAGRAPHS`` paragraphs after that line.
A mention of satire without such an introduction ("Charlie Hebdo, a satirical magazine, …", "Was this a
satirical piece? Not at all.") leaves every record as it is.
Used by ``filters.is_attribution``.
"""
from __future__ import annotations

import re

from ...model import Attribution

SATIRE_WORDS = r"satirical|satire|parody|parodic|spoof|send-up|lampoon"
PIECE_NOUNS = r"piece|article|story|headline|column|post|report|item|sketch|bit|site|website|take"
# A sentence introducing the piece: a word of satire and a noun of a piece, in either order, ending on ":".
INTRODUCED = re.compile(rf"(?i)\b(?:(?:{SATIRE_WORDS})\W+(?:\w+\W+){{0,3}}?(?:{PIECE_NOUNS})|(?:{PIECE_NOUNS})\W+"
                        rf"(?:\w+\W+){{0,3}}?(?:{SATIRE_WORDS}))\b[^.!?\n]*:\s*$")
PIECE_PARAGRAPHS = 3


def in_quoted_satire(text: str, a: Attribution) -> bool:
    """Whether ``a``'s content lies in the ``PIECE_PARAGRAPHS`` paragraphs after a line that introduces a
    satirical piece (module docstring)."""
    end = a.content[0]
    for _ in range(PIECE_PARAGRAPHS + 1):
        start = text.rfind("\n", 0, end)
        if start < 0:
            return False
        while start > 0 and text[start - 1] == "\n":
            start -= 1
        prev = text.rfind("\n", 0, start)
        line = text[prev + 1:start]
        if INTRODUCED.search(line):
            return True
        end = prev + 1
        if prev < 0:
            return False
    return False
