"""Plain-text cleaning: which lines of a scraped page are the article's prose, headings or captions.

Each non-blank line is one unit. Rules settle what is certain (widgets, credits, teasers, a caption
and its repeat, a description above a "View photo" marker); the learned line model (``linemodel``)
decides the rest. Headings are short title-like lines standing alone between paragraphs, plus the
title line at the top of a scraped file. Body spans always cover whole lines (stripped of white space);
the lines of one hard-wrapped paragraph share one span, so the parser sees the paragraph whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Span
from . import linemodel
from .linefeatures import BULLETS, FUNCTION_RATIO, WORD, line_features
from .patterns import CREDIT_LINE, LINK_LABEL, PICTURE_MARKER, furniture_flags, sure_prose

BODY, HEADING, CAPTION, JUNK = "body", "heading", "caption", "junk"
LINE = re.compile(r"[^\r\n]+")
BREAK = re.compile(r"\r\n|\r|\n")

TITLE_MAX_WORDS = 25  # a longer first line is the lede, not a title
HEADING_MAX_WORDS = 14
HEADING_MAX_CHARS = 120
HEADING_BAD_ENDINGS = tuple(".,;:")
CAPTION_MIN_WORDS = 3
CAPTION_MAX_WORDS = 60
NEIGHBOUR_WEIGHT = 0.2  # share of a line's content probability taken from the lines around it

# A whole sentence is never dropped by the model: it was trained on general web pages, and news prose
# must survive it. In text laid out as blank-line separated paragraphs (an article, not a page dump)
# shorter sentences count too.
PROSE_MIN_WORDS = 6
PROSE_MIN_WORDS_IN_PARAGRAPHS = 3
PARAGRAPHED_SHARE = 0.5  # this share of lines with a blank line before them: laid out as paragraphs
PROSE_MIN_FUNCTION_RATIO = 0.05  # about one function word in twenty
PROSE_ENDINGS = tuple('.!"”’\')')
TRUNCATED = ("...", "…")  # a teaser cut short, not a sentence
WRAP_STOPS = frozenset('.!?:;"”’)')  # a line ending in one of these ends its paragraph


@dataclass(frozen=True)
class Layout:
    """Where the article's own prose, headings and captions lie in the text (everything else is junk)."""

    body: tuple[Span, ...]
    headings: tuple[Span, ...] = ()
    captions: tuple[Span, ...] = ()
    title: Span | None = None  # the title line at the top, when there is one


def line_spans(text: str) -> Iterator[Span]:
    """(start, end) of each non-blank line (ended by \\n, \\r\\n or \\r), stripped of white space."""
    for m in LINE.finditer(text):
        line = m.group()
        s = m.start() + (len(line) - len(line.lstrip()))
        e = m.start() + len(line.rstrip())
        if e > s:
            yield (s, e)


def is_furniture(line: str) -> bool:
    """A widget, credit or boilerplate line: junk wherever it stands."""
    return any(furniture_flags(line))


def looks_like_prose(line: str, row: list[float], min_words: int = PROSE_MIN_WORDS) -> bool:
    """A whole sentence or more: enough words, a sentence ending (not a teaser's "..." or a question title)."""
    words = WORD.findall(line)
    return (len(words) >= min_words and line.endswith(PROSE_ENDINGS) and not line.endswith(TRUNCATED)
            and "|" not in line and row[FUNCTION_RATIO] >= PROSE_MIN_FUNCTION_RATIO)


def looks_like_heading(line: str) -> bool:
    """Short, no sentence or clause ending, not a list item."""
    words = WORD.findall(line)
    return (0 < len(words) <= HEADING_MAX_WORDS and len(line) <= HEADING_MAX_CHARS
            and not line.endswith(HEADING_BAD_ENDINGS) and not line.startswith(BULLETS))


def _rule_labels(lines: list[str]) -> list[str | None]:
    """Labels the rules are sure of; None where the model decides."""
    n = len(lines)
    labels: list[str | None] = [JUNK if is_furniture(l) else None for l in lines]
    for i in sure_prose(lines):
        if labels[i] is None:
            labels[i] = BODY
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        repeated = i + 1 < n and lines[i + 1] == line
        credited = i + 1 < n and CREDIT_LINE.match(lines[i + 1]) is not None
        pictured = i + 1 < n and PICTURE_MARKER.match(lines[i + 1]) is not None
        if (repeated or credited or pictured) and CAPTION_MIN_WORDS <= len(WORD.findall(line)) <= CAPTION_MAX_WORDS:
            labels[i] = CAPTION
            j = i + 1
            while j < n and lines[j] == line:
                labels[j] = JUNK  # the repeat of a caption
                j += 1
    return labels


def classify(lines: list[str], gaps: list[bool], title_line: bool = True,
             learned: bool = True) -> tuple[list[str], int | None]:
    """One label per line, and the index of the title line (or None).

    ``gaps[i]`` says a blank line (or the start of the text) comes before line i. ``learned=False``
    applies the rules only (text an extractor already cleaned, where the model would overreach).
    """
    if not lines:
        return [], None
    labels = _rule_labels(lines)
    decided = [lab is not None for lab in labels]
    sure = {i for i, lab in enumerate(labels) if lab == BODY}
    if learned:
        rows = line_features(lines)
        model = linemodel.load()
        probs = smooth(model.probabilities(rows))
        paragraphed = sum(gaps) >= PARAGRAPHED_SHARE * len(gaps)
        min_words = PROSE_MIN_WORDS_IN_PARAGRAPHS if paragraphed else PROSE_MIN_WORDS
        for i, (line, row) in enumerate(zip(lines, rows)):
            if labels[i] is None:
                keep = looks_like_prose(line, row, min_words) or probs[i] >= model.threshold
                labels[i] = BODY if keep else JUNK
        _share_within_paragraphs(lines, gaps, labels, decided)
    labels = [BODY if lab is None else lab for lab in labels]
    title = _mark_title(lines, labels) if title_line else None
    cards = _card_headlines(lines)
    for i in cards - sure:
        labels[i] = JUNK
    _mark_headings(lines, gaps, labels, sure, cards)
    return labels, title


def continues(prev: str, line: str, gap: bool) -> bool:
    """``line`` goes on the sentence ``prev`` left open (a hard-wrapped paragraph)."""
    return not gap and line[:1].islower() and prev[-1:] not in WRAP_STOPS


def _share_within_paragraphs(lines, gaps, labels, decided) -> None:
    """Lines of one hard-wrapped paragraph are body together when any of them is (model labels only)."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and continues(lines[i - 1], lines[i], gaps[i]):
            continue
        group = [j for j in range(start, i) if not decided[j]]
        if len(group) > 1 and any(labels[j] == BODY for j in group):
            for j in group:
                labels[j] = BODY
        start = i


def smooth(probs: list[float]) -> list[float]:
    """Content and junk come in runs: blend each line's probability with its neighbours'."""
    if NEIGHBOUR_WEIGHT == 0 or len(probs) < 2:
        return probs
    out = []
    for i, p in enumerate(probs):
        near = [probs[j] for j in (i - 1, i + 1) if 0 <= j < len(probs)]
        out.append((1 - NEIGHBOUR_WEIGHT) * p + NEIGHBOUR_WEIGHT * sum(near) / len(near))
    return out


def _mark_title(lines: list[str], labels: list[str]) -> int | None:
    """The first line that is not furniture or a caption is the title, unless it is a long lede."""
    seen: set[str] = set()
    first = None
    for i, (line, lab) in enumerate(zip(lines, labels)):
        if lab != CAPTION and not is_furniture(line) and line not in seen:
            first = i
            break
        seen.add(line)
    if first is None or not 0 < len(WORD.findall(lines[first])) <= TITLE_MAX_WORDS:
        return None
    labels[first] = HEADING
    return first


MAX_CARD_LINES = 4  # headlines a link card's label stands over ("Read more:" and three links)


def _card_headlines(lines: list[str]) -> set[int]:
    """Short title-like lines right under a link card's label standing alone ("READ MORE", "Related:":
    ``patterns.LINK_LABEL``; up to ``MAX_CARD_LINES``): the linked stories' headlines, neither prose nor a
    heading (its title and name are another story's, and were read as this one's roles). Source: strict
    reads of roles on unseen articles (a role taken from a "Read more" card's headline)."""
    found = set()
    for j, line in enumerate(lines):
        if LINK_LABEL.match(line):
            for i in range(j + 1, min(j + 1 + MAX_CARD_LINES, len(lines))):
                if not looks_like_heading(lines[i]):
                    break
                found.add(i)
    return found


def _mark_headings(lines: list[str], gaps: list[bool], labels: list[str], sure: set[int] = frozenset(),
                   cards: set[int] = frozenset()) -> None:
    """Short title-like lines standing alone (blank lines around) right before body prose; never a
    line the rules know is prose (``sure``: a transcript's question, a lead-in) nor a link card's headline
    (``cards``)."""
    n = len(lines)
    following: int | None = None  # the next line after i that is not junk
    for i in range(n - 1, -1, -1):
        alone = gaps[i] and (i + 1 == n or gaps[i + 1])
        if (alone and i not in sure and labels[i] in (BODY, JUNK) and following is not None and labels[following] == BODY
                and not looks_like_heading(lines[following]) and looks_like_heading(lines[i])
                and not is_furniture(lines[i]) and i not in cards):
            labels[i] = HEADING
        if labels[i] != JUNK:
            following = i


def _gaps(text: str, spans: list[Span]) -> list[bool]:
    """For each line: is it preceded by a blank line (or the start of the text)?"""
    out, prev_end = [], None
    for s, e in spans:
        out.append(prev_end is None or len(BREAK.findall(text, prev_end, s)) > 1)
        prev_end = e
    return out


def layout(text: str, title_line: bool = True, learned: bool = True) -> Layout:
    """Body, headings and captions of ``text``; ``title_line``: the first real line may be the title."""
    spans = list(line_spans(text))
    lines = [text[s:e] for s, e in spans]
    labels, title = classify(lines, _gaps(text, spans), title_line, learned)
    pick = lambda kind: tuple(sp for sp, lab in zip(spans, labels) if lab == kind)  # noqa: E731
    return Layout(body=_join_wrapped(text, pick(BODY)), headings=pick(HEADING), captions=pick(CAPTION),
                  title=spans[title] if title is not None else None)


def _join_wrapped(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """One span for a hard-wrapped paragraph: a body line that stops mid-sentence and the next body
    line, directly below it and starting in lower case, are one paragraph (so the parser sees one)."""
    out: list[Span] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            between = text[pe:s]
            if len(BREAK.findall(between)) == 1 and not between.strip() and continues(text[ps:pe], text[s:e], False):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return tuple(out)
