"""Link cards pasted into a line of prose: a name's hover card, cut out before parsing.

Some sites print, after a person's name, that person's full name run into the titles of recent stories
about them, closed by a "MORE" link: "Sen. Ivo Brant Ivo Jasper BrantBudget talks stall Brant vows
veto MORE (D-Ore.) said …". Copied as text, the card sits inside the sentence, so the parser reads the
titles as prose and the name as "Ivo Brant Ivo Jasper BrantBudget". :func:`link_cards` finds each card:
from just after the name as the sentence gives it to the end of the "MORE" that closes the card.
"""
from __future__ import annotations

import re

from ..model import Span

CARD_REACH = 1000  # characters from the repeated name to its "MORE" (cards hold up to five titles)
CLOSER = re.compile(r"MORE\b")
PARTICLES = r"(?:de|del|della|da|di|van|von|der|den|bin|ibn|al|el|la|le|du|dos|das)"
NAME_TOKEN = rf"(?:[A-Z][\w'’.-]*|\([A-Z][\w'’. -]*\)|{PARTICLES})"
# The name's last word (not all capitals), then the card's full name (up to five more words: first, middle, nickname)
# ending in the same word, run into the first title or "MORE", or before a space and a title.
REPEATED_NAME = re.compile(rf"(?=\b(?P<last>[A-Z](?=[\w'’-]*[a-z])[\w'’-]+)(?P<card>[ \t]*(?:{NAME_TOKEN}[ \t]+){{0,5}}(?P=last))"
                           rf"(?=[ \t]?[A-Z0-9(\"“‘']|[ \t]*MORE\b))")


def link_cards(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The link cards in ``text[start:end]``, as sorted (start, end) character offsets into ``text``.

    Each span starts at the white space after the name the sentence gives ("Ivo Brant") and ends after
    the card's "MORE", so cutting it leaves "Sen. Ivo Brant (D-Ore.) said …". A card never crosses a line
    break or another "MORE"; where several repeated names could open a card, the latest does (in
    "Rex Tarn Rex Wayne TarnBudget …" the card opens after "Tarn", not after the first "Rex")."""
    end = len(text) if end is None else end
    cards: list[Span] = []
    floor = start
    for closer in CLOSER.finditer(text, start, end):
        line_start = text.rfind("\n", 0, closer.start()) + 1
        low = max(floor, line_start, closer.start() - CARD_REACH)
        best = None
        for m in REPEATED_NAME.finditer(text, low, closer.end()):
            if m.end("card") <= closer.start():
                best = m.start("card")
        if best is not None:
            cards.append((best, closer.end()))
        floor = closer.end()
    return cards
