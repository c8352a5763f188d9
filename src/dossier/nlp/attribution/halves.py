"""A quotation broken by its tag in the middle of a clause (strict reads: a content cut before its that-clause).

"“I think it's entirely possible,” Lind said, “that the quay will reopen.”": the first half ends before the
clause that carries its point, and the second half is only that clause; neither says, on its own, what
the source said. Joining them would put the tag inside the content, so neither half is shown
(``cut_clause``). A tag between two whole sentences ("“We will rebuild,” Lind said. “The port is ours.”")
or before a second half that starts a new clause ("…,” Lind said, “and the port is ours.”") is not touched.
Shapes: text offsets only, as in ``Attribution.content``. Used by ``filters.is_attribution``.
"""
from __future__ import annotations

import re

from ...model import Attribution

OPEN, CLOSE = "\"“‘'", "\"”’'"
# The tag between the halves: a few words with no quotation mark or sentence end, then a comma.
TAG = r"[^\"“”\n.!?]{2,80},"
# What follows a first half cut before its complement: the tag, then a quotation opening with "that".
AFTER_FIRST = re.compile(rf"^\s*{TAG}\s*[\"“]that\s")
# What precedes a second half that is only the complement: a first half closed after a comma, then the tag.
BEFORE_SECOND = re.compile(rf",[\"”]\s*{TAG}\s*$")


def cut_clause(text: str, a: Attribution) -> bool:
    """``a`` is one half of a quotation whose tag splits a clause before its "that"-complement (docstring)."""
    if a.kind == "indirect":
        return False
    s, e = a.content
    content = text[s:e]
    if content.rstrip(CLOSE).rstrip().endswith(",") and AFTER_FIRST.match(text[e:e + 100]):
        return True  # "“I think it's entirely possible,” …": the point follows the tag
    opened = content.lstrip()
    if opened[:1] in OPEN:
        opened = opened[1:]
    elif s == 0 or text[s - 1] not in OPEN:
        return False
    else:
        s -= 1
    return opened.startswith("that ") and BEFORE_SECOND.search(text[max(0, s - 100):s]) is not None
