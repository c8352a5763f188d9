"""The closing quotation mark a content owes its quotation (issue 9, contents cut at a quotation mark).

A mixed content that ends on the last word of a quotation it opened ("said the town is “sinking into the
sea" + ``."``) stops where the tagger stopped, before the sentence's full stop, and so before the mark
that the news style sets after it: the record reads as if the speaker's words ran on. The content takes
the punctuation inside the quotation and its closing mark, as a direct quotation keeps them
("“… into the sea.”"). A content that ends inside a quotation it did not open (a piece of a longer
quotation) or that stops short of the closing mark by words is left as it is, and so is one followed by a
mark set off by a space: with straight marks that one opens the next quotation ("… today. "We …").

A content does not run past the closing mark of a quotation that ends a sentence ("… of waiting."), a stop,
question or exclamation mark just inside it, into the unquoted words of the writer's next sentence ("She also
attacked …"): it ends with that mark (``before_next_sentence``). Pages that lose the space after the mark
('… waiting."She also …') ran a content on so (strict read, round 18).

A content never leaves a bracket it opened unclosed: one that stops just before the closing bracket of a
parenthesis it holds ("talks with the group of six (Kessel, Brant and Lind" + ")") takes the bracket in
(``with_closing_bracket``; strict read, round 20: seven contents in AllSides 1041-1999 ended so), and then
the closing quotation mark after it, if any.

A content that stops inside a quotation it opened, before the quotation's end in the same paragraph (“Places like
the north shore” + ". The loss of the dunes. The list goes on.”"), takes in the rest of the quotation up to its
closing mark, or to the paragraph's end where the quotation runs on into the next paragraph
(``with_rest_of_quotation``): one speaker's quotation is one statement, and the part alone reads as a fragment
(strict read, round 20: "“This is Kessel" shown without the rest of its quotation). Not when another content
lies in the rest (the quotation is read in parts there), nor across a dash (a credit line or an aside that
``bounds`` cut off: "… — Kessel News, May.").

Spans are token spans ``(first, last + 1)`` of a spaCy Doc; ``quoted`` flags the tokens inside quotation
marks, marks included (``extract.quoted_tokens``).
"""
from __future__ import annotations

from .cues import CLOSE_QUOTES, DASHES, OPEN_QUOTES, STRAIGHT_QUOTE

CLOSE_MARKS = CLOSE_QUOTES + STRAIGHT_QUOTE
OPEN_MARKS = OPEN_QUOTES + STRAIGHT_QUOTE
INNER_STOPS = frozenset(".,!?…;:")
SENTENCE_STOPS = frozenset(".!?…")  # inside a closing mark, they end the quoted sentence  # punctuation the news style sets before the closing mark
MAX_INNER_STOPS = 3  # "…" written as three full stops
BRACKETS = {"(": ")", "[": "]"}
SINGLE_CLOSES = ("’", "'")


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
    if j < len(doc) and quoted[j] and closes_quotation(doc, j, quoted) and not doc[j - 1].whitespace_:
        return s, j + 1
    return content


def closes_quotation(doc, j: int, quoted) -> bool:
    """Token ``j`` is a closing double mark, or a single one that ends the quotation where the writer left the
    double mark out (“… called her ‘reckless,’ Darrow wrote": ``cues._single_closes_before_tag``)."""
    return _is_mark(doc[j].text, CLOSE_MARKS) or single_closing(doc, j, quoted)


def single_closing(doc, j: int, quoted) -> bool:
    """Token ``j`` is a single mark that is the last of a quotation (``cues._single_closes_before_tag``)."""
    return doc[j].text in SINGLE_CLOSES and quoted[j] and (j + 1 == len(doc) or not quoted[j + 1])


def with_closing_bracket(doc, content: tuple[int, int]) -> tuple[int, int]:
    """``content`` ending just before the closing bracket of a parenthesis opened inside it, widened to that
    bracket (see the module)."""
    s, e = content
    if e <= s or e >= len(doc):
        return content
    for opening, closing in BRACKETS.items():
        depth = sum((t.text == opening) - (t.text == closing) for t in doc[s:e])
        if depth > 0 and doc[e].text == closing:
            return s, e + 1
    return content


def with_rest_of_quotation(doc, content: tuple[int, int], quoted, others=()) -> tuple[int, int]:
    """``content`` stopping inside a quotation that opens in it, widened to the quotation's closing mark or to
    the end of the paragraph, when no other content lies in between (see the module)."""
    s, e = content
    if e <= s or e >= len(doc) or not quoted[e - 1] or not quoted[e] or _is_mark(doc[e - 1].text, CLOSE_MARKS):
        return content
    k = e - 1
    while k > s and quoted[k - 1] and not _is_mark(doc[k].text, OPEN_MARKS):
        k -= 1
    if not _is_mark(doc[k].text, OPEN_MARKS) or not all(quoted[k:e]) or doc[s].sent.start != doc[k].sent.start:
        return content  # the quotation opened before the content, or after a sentence of the writer's
    j = e
    while j < len(doc) and quoted[j] and not _is_mark(doc[j].text, CLOSE_MARKS) and "\n" not in doc[j].text:
        j += 1
    closed = j < len(doc) and quoted[j] and _is_mark(doc[j].text, CLOSE_MARKS) and not doc[j - 1].whitespace_
    end = j + 1 if closed else j  # (a straight mark after a space opens the next quotation)
    while end > e and (doc[end - 1].is_space or not closed and doc[end - 1].text in OPEN_MARKS):
        end -= 1
    if not closed and not any(t.is_alpha for t in doc[e:end]):
        return content  # only the stop of a quotation that runs on into the next paragraph: nothing to add
    if any(a < end and e < b for a, b in others) or any(t.text in DASHES for t in doc[e:end]):
        return content  # another content, or a dash ("… — Kessel News, May."): a credit or an aside cut off
    return s, end


def _is_mark(text: str, marks: str) -> bool:
    """A token made only of quotation marks and punctuation, ending in one of ``marks`` (spaCy may keep
    ``."`` whole)."""
    return bool(text) and text[-1] in marks and all(ch in marks or ch in INNER_STOPS for ch in text)


def before_next_sentence(doc, content: tuple[int, int], quoted) -> tuple[int, int]:
    """``content`` ending with the closing mark of a quoted sentence, set right after its stop, when it runs on
    after the mark into an unquoted word that opens a sentence, a capitalised one (see the module)."""
    s, e = content
    for k in range(s + 2, e - 1):
        mark, after = doc[k], doc[k + 1]
        if not (quoted[k] and not quoted[k + 1] and _is_mark(mark.text, CLOSE_MARKS)
                and doc[k - 1].text in SENTENCE_STOPS and not doc[k - 1].whitespace_
                and after.is_alpha and after.text[0].isupper()):
            continue  # (a straight mark after "down. " opens the next quotation, whatever the pairing says)
            continue
        if sum(t.is_alpha for t in doc[s:k]) >= 2:
            return s, k + 1
    return content
