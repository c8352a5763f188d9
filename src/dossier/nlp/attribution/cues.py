"""Words that signal attribution, and quotation-mark state: general linguistic knowledge kept as data.

The trained tagger adds a lexicon learned from its training data; these lists are the part every
English reader knows (speech and belief verbs, "according to", quotation marks) and what the rules
fall back on when the model is switched off.
"""
from __future__ import annotations

import re

from ..deps import FINITE_OR_MODAL, FINITE_TAGS  # a finite verb: a clause of its own (kept importable here)
from ..doctext import doc_text

SPEECH_VERBS = frozenset("""
say tell add note explain argue claim insist write report warn suggest state declare announce acknowledge
admit deny assert contend maintain reply respond answer ask tweet post comment remark observe point
predict caution stress emphasize emphasise concede confirm reveal disclose recall describe call urge
indicate testify allege estimate conclude complain boast vow pledge promise threaten recommend propose
believe think fear hope want expect worry feel doubt know consider suspect reckon wonder agree disagree
plan intend seek demand mean
""".split())

# Verbs that report a belief or intention rather than speech ("the ministry fears ...").
BELIEF_VERBS = frozenset("believe think fear hope want expect worry feel doubt know consider suspect reckon "
                         "plan intend seek".split())
# Verbs by which someone characterises a thing ("called it a swindle", "what he described as …").
CHARACTERISING_VERBS = frozenset("call describe label dub term brand deem characterize characterise".split())
SPEECH_ONLY_VERBS = SPEECH_VERBS - BELIEF_VERBS  # verbs of saying, not of belief: a tag, a relay, a second cue

# Verbs that take a quote as object after a colon or as a bare clause, most common first.
QUOTE_VERBS = frozenset("say tell add note explain write tweet post ask reply respond insist argue warn".split())

ACCORDING_TO = ("according", "to")
BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should"})  # "will" -> "would" in reported speech
REFUSAL_VERBS = frozenset({"decline", "refuse"})  # "declined to say how much": nothing said (a quotation still is)

OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
DASHES = frozenset({"—", "--", "–", "―"})  # dashes that set a tag or an aside off (not the hyphen)
DOUBLED_APOSTROPHES = "''"  # some outlets' archives write a quotation mark as two apostrophes, both ends
DOUBLED_CLOSING = "\u2019\u2019"  # others close a "\u201c" quotation with two right single marks (Christian Science Monitor)
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTE

PARAGRAPH_BREAK = "\n\n"


QUOTES_KEY = "dossier.quoted_spans"


def doc_quoted_spans(doc) -> list[tuple[int, int]]:
    """``quoted_spans`` of a Doc's text, computed once per Doc (kept in ``doc.user_data``)."""
    got = doc.user_data.get(QUOTES_KEY)
    if got is None:
        got = doc.user_data[QUOTES_KEY] = quoted_spans(doc_text(doc))
    return got


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside double quotation marks (marks included), one pass over ``text``.

    A paragraph that ends with a quote still open continues into the next paragraph when that one
    opens with a mark (the news convention for multi-paragraph quotes); otherwise the quote is closed
    at the paragraph end, so an unbalanced mark never swallows the rest of the article. A quotation whose
    closing mark the writer left out after a nested one, before a tag, ends at the nested closing mark
    (``_single_closes_before_tag``).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    i = 0
    tag_closes = _single_closes_before_tag(text)
    while i < n:
        mark = _MARKS.search(text, i)  # jump to the next character the loop acts on
        if mark is None:
            break
        i = mark.start()
        if open_at is not None and (close := next((p for p in tag_closes if open_at < p < i), None)) is not None:
            spans.append((open_at, close + 1))  # “I never called her ‘reckless,’ Darrow wrote. …”
            open_at = None
        ch = text[i]
        if ch == "\n" and text.startswith(PARAGRAPH_BREAK, i):
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if open_at is not None:
                spans.append((open_at, _rstrip(text, i)))
                opens = j < n and (text[j] in OPEN_QUOTES + STRAIGHT_QUOTE or text.startswith(DOUBLED_APOSTROPHES, j))
                open_at = j if opens else None
                if open_at is not None:
                    i = j + 1
                    continue
            i = j
            continue
        if ch in OPEN_QUOTES:
            if open_at is None:
                open_at = i
        elif ch in CLOSE_QUOTES:
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
        elif text.startswith(DOUBLED_CLOSING, i):
            if open_at is not None:  # "\u201c\u2026 a problem,\u2019\u2019 says Ivo Brant": the quotation ends there
                spans.append((open_at, i + len(DOUBLED_CLOSING)))
                open_at = None
            i += len(DOUBLED_CLOSING)
            continue
        elif ch == STRAIGHT_QUOTE or text.startswith(DOUBLED_APOSTROPHES, i):
            width = 1 if ch == STRAIGHT_QUOTE else len(DOUBLED_APOSTROPHES)
            if open_at is None:
                if i + width < n and not text[i + width].isspace():
                    open_at = i
            else:
                spans.append((open_at, i + width))
                open_at = None
            i += width
            continue
        i += 1
    if open_at is not None:
        spans.append((open_at, _rstrip(text, n)))
    return spans


# A single closing mark after a comma that ends a nested quotation, then a tag: a pronoun or up to four
# capitalised words and an inflected verb of saying ("… ‘reckless,’ Darrow wrote."). Where the double quotation it
# sits in is not closed after the tag, the writer left its closing mark out and the single mark ends both.
_TAG_AFTER_SINGLE = re.compile(
    r",([’'])\s+(?:(?:he|she|they|it|we|i)\s+|(?:(?:[A-Z][\w.’'-]*|of|the)\s+){1,4})"
    r"(?:said|says|wrote|writes|tweeted|added|told|tells|explained|insisted|argued|asked|posted|declared)\b")
_SINGLE_OPENING = re.compile(r"(?:^|[\s(\[—–-])[‘'](?=\w)")


def _single_closes_before_tag(text: str) -> list[int]:
    """Where a single mark closes a nested quotation and a tag follows with no closing double mark after it in the
    paragraph (``_TAG_AFTER_SINGLE``): the double quotation around it ends at that mark too. A nested quotation
    whose tag the speaker reports (“I asked, ‘Is it safe?’ he said no, and left.”) has its closing mark after."""
    found = []
    for m in _TAG_AFTER_SINGLE.finditer(text):
        start = text.rfind(PARAGRAPH_BREAK, 0, m.start()) + 1
        end = text.find(PARAGRAPH_BREAK, m.end())
        end = len(text) if end < 0 else end
        if not _SINGLE_OPENING.search(text, start, m.start()):
            continue  # no nested quotation opened before it: an apostrophe ("the Smiths,' he said" is rare)
        after = next((k for k in range(m.end(), end) if text[k] in QUOTE_CHARS), None)
        if after is None or _opens(text, after):
            found.append(m.start(1))
    return found


def _opens(text: str, k: int) -> bool:
    """The double mark at ``k`` opens a quotation: set off by a space before it and none after (“… ‘Mr.
    President?’ He said, ‘You tried.’ “" closes with a mark turned the wrong way)."""
    return (text[k] in OPEN_QUOTES + STRAIGHT_QUOTE and k + 1 < len(text) and not text[k + 1].isspace()
            and (k == 0 or text[k - 1].isspace()))


_MARKS = re.compile("|".join([re.escape(PARAGRAPH_BREAK), "[" + re.escape(QUOTE_CHARS) + "]", re.escape(DOUBLED_APOSTROPHES),
                              re.escape(DOUBLED_CLOSING)]))


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
