"""Quotations set in single marks (British style: ‘…’, or straight '…'), read as double-marked ones.

British outlets quote speech in single marks and nest in double ones. The attribution stage knows
quotations by their double marks (:mod:`dossier.nlp.attribution.cues`), so on such text every direct
quotation read as reported speech and its bounds ran over the lead-in. :func:`as_double_quotes` swaps
the marks of each single-marked quotation (and of the double-marked one nested in it) character for
character, so the parser and the rules see the American convention while every offset, and the text the
records cite from ``Article.text``, stays as the article writes it.

Only an article that quotes in single marks (more single-marked quotations than double-marked ones) is
changed. A pair is a quotation only where it reads as one: an opening mark at a line start or after a space, a
colon, a bracket or a dash, before a word; its closing mark after a non-space and not before a letter or
digit ("don’t", "Britain’s" are apostrophes), in the same paragraph. A closing mark after an "s" and before
a lower-case word ("the workers’ union") is a plural possessive unless no other mark closes the pair.
Single marks inside a double-marked quotation, or with a double mark just outside them, are nested ones and
are left alone, as are elisions
("’90s", "rock ’n’ roll", "’em").
"""
from __future__ import annotations

import re

from .cues import quoted_spans

SINGLE_OPEN = "‘'"
SINGLE_CLOSE = "’'"
TO_DOUBLE = {"‘": "“", "’": "”", "'": '"'}
DOUBLE_MARKS = "“”\"«»"
TO_SINGLE = str.maketrans({"“": "‘", "”": "’", '"': "'"})  # the nested quotation, in the outer one's stead

OPENING = re.compile(r"(?:^|(?<=[\s:(\[—–-]))[‘'](?=[^\W\d_]|[#@$£€¿¡.…]|\d(?!0s\b|\ds\b))", re.M)
ELISION = re.compile(r"(?:n|em|til|cause|tis)[’'\s]", re.I)  # "’n’", "’em", "’til": a word cut short, no quote
CLOSING = re.compile(r"(?<=\S)[’'](?![^\W_])")
POSSESSIVE = re.compile(r"(?<=s)[’'] [a-z]")  # "the workers’ union"
PARAGRAPH = re.compile(r"\n\s*\n")


def as_double_quotes(text: str) -> str:
    """``text`` with each single-marked quotation outside double marks set in double marks (same length)."""
    pairs = single_quoted_pairs(text)
    if not quotes_in_single_marks(text, pairs):
        return text
    chars = list(text)
    for s, e in pairs:
        chars[s], chars[e] = TO_DOUBLE[text[s]], TO_DOUBLE[text[e]]
        chars[s + 1:e] = text[s + 1:e].translate(TO_SINGLE)
    return "".join(chars)


def quotes_in_single_marks(text: str, pairs: list[tuple[int, int]]) -> bool:
    """Whether the article quotes in single marks: more single-marked quotations (``pairs``) than double-marked
    ones outside them. Where double marks quote, single ones set off headings and scare quotes ('A complex
    talk' over a section), which read as quotations would run on from the quotation before them."""
    doubles = [q for q in quoted_spans(text) if not any(s <= q[0] <= e for s, e in pairs)]
    return len(pairs) > len(doubles)


def single_quoted_pairs(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the single marks that quote, outside any double-marked quotation."""
    inside = quoted_spans(text)
    pairs: list[tuple[int, int]] = []
    pos = 0
    for m in OPENING.finditer(text):
        s = m.start()
        if s < pos or _within(s, inside) or ELISION.match(text, s + 1):
            continue
        e = _closing(text, s + 1, _next_opening(text, s + 1, _paragraph_end(text, s)))
        if e is None or _within(e, inside) or _beside_double(text, s, e):
            continue
        pairs.append((s, e))
        pos = e + 1
    return pairs


def _closing(text: str, start: int, end: int) -> int | None:
    """The mark that closes a quotation opened before ``start``, before ``end``: the first that is no plural
    possessive, else the first possessive-looking one; None when none closes it (``end``: the paragraph's end or
    the next opening mark)."""
    fallback = None
    for m in CLOSING.finditer(text, start, end):
        if POSSESSIVE.match(text, m.start()):
            fallback = m.start() if fallback is None else fallback
            continue
        return m.start()
    return fallback


def _beside_double(text: str, s: int, e: int) -> bool:
    """A double mark just before the opening or just after the closing, a space apart at most (“ ‘Don’t,’
    he told me”): the pair is nested in a double-marked quotation the paragraphs leave unbalanced."""
    before, after = text[max(0, s - 2):s].strip(), text[e + 1:e + 3].strip()
    return bool(before) and before[-1] in DOUBLE_MARKS or bool(after) and after[0] in DOUBLE_MARKS


def _next_opening(text: str, start: int, end: int) -> int:
    """Where the next quotation could open before ``end`` (``end`` when none): the one before it closes there."""
    return next((m.start() for m in OPENING.finditer(text, start, end) if not ELISION.match(text, m.start() + 1)), end)


def _paragraph_end(text: str, pos: int) -> int:
    m = PARAGRAPH.search(text, pos)
    return m.start() if m else len(text)


def _within(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)
