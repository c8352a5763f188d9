"""Plain-text cleaning: which lines of a scraped page are the article's prose, headings or captions.

Each non-blank line is one unit. Rules settle what is certain (widgets, credits, teasers, a caption
and its repeat, a description above a "View photo" marker); the learned line model (``linemodel``)
decides the rest. Headings are short title-like lines standing alone between paragraphs, plus the
title line at the top of a scraped file. Body spans always cover whole lines (stripped of white space).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Span
from . import linemodel
from .linefeatures import FEATURE_NAMES, WORD, line_features
from .patterns import CREDIT_LINE, JUNK_LINE, PICTURE_MARKER, WIDGET_LINE

BODY, HEADING, CAPTION, JUNK = "body", "heading", "caption", "junk"
TITLE_MAX_WORDS = 25  # a longer first line is the lede, not a title
HEADING_MAX_WORDS = 14
CAPTION_MIN_WORDS = 3
CAPTION_MAX_WORDS = 60
NEIGHBOUR_WEIGHT = 0.2  # share of a line's content probability taken from the lines around it
HEADING_MAX_CHARS = 120
HEADING_BAD_ENDINGS = tuple(".,;:")
# Prose this long, ending like a sentence and dense in function words, is never dropped by the model:
# the model was trained on general web pages and news prose must survive it.
PROSE_MIN_WORDS = 6
PROSE_MIN_FUNCTION_RATIO = 0.15
PROSE_ENDINGS = tuple('.!"”’\')')
TRUNCATED = ("...", "…")
FUNCTION_RATIO = FEATURE_NAMES.index("function_ratio")


@dataclass(frozen=True)
class Layout:
    body: tuple[Span, ...]
    headings: tuple[Span, ...] = ()
    captions: tuple[Span, ...] = ()
    title: Span | None = None  # the title line at the top, when there is one


def line_spans(text: str):
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    pos = 0
    for line in text.split("\n"):
        s = pos + (len(line) - len(line.lstrip()))
        e = pos + len(line.rstrip())
        if e > s:
            yield (s, e)
        pos += len(line) + 1


def is_furniture(line: str) -> bool:
    """A widget, credit or boilerplate line: junk wherever it stands."""
    return bool(WIDGET_LINE.match(line) or CREDIT_LINE.match(line) or JUNK_LINE.search(line))


def looks_like_prose(line: str, row: list[float]) -> bool:
    """A whole sentence or more: enough words, a sentence ending (not a teaser's "..." or a question title)."""
    words = WORD.findall(line)
    return (len(words) >= PROSE_MIN_WORDS and line.endswith(PROSE_ENDINGS) and not line.endswith(TRUNCATED)
            and "|" not in line and row[FUNCTION_RATIO] >= PROSE_MIN_FUNCTION_RATIO)


def looks_like_heading(line: str) -> bool:
    words = WORD.findall(line)
    return (0 < len(words) <= HEADING_MAX_WORDS and len(line) <= HEADING_MAX_CHARS
            and not line.endswith(HEADING_BAD_ENDINGS) and not line.startswith(("-", "*", "•", "|", ">")))


def _rule_labels(lines: list[str]) -> list[str | None]:
    """Labels the rules are sure of; None where the model decides."""
    n = len(lines)
    labels: list[str | None] = [JUNK if is_furniture(l) else None for l in lines]
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
    if learned:
        rows = line_features(lines)
        model = linemodel.load()
        probs = smooth([model.probability(row) for row in rows])
        for i, (line, row) in enumerate(zip(lines, rows)):
            if labels[i] is None:
                keep = looks_like_prose(line, row) or probs[i] >= model.threshold
                labels[i] = BODY if keep else JUNK
    labels = [BODY if lab is None else lab for lab in labels]
    title = _mark_title(lines, labels) if title_line else None
    _mark_headings(lines, gaps, labels)
    return labels, title


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
    first = next((i for i, lab in enumerate(labels)
                  if lab != CAPTION and not is_furniture(lines[i]) and lines[i] not in lines[:i]), None)
    if first is None or not 0 < len(WORD.findall(lines[first])) <= TITLE_MAX_WORDS:
        return None
    labels[first] = HEADING
    return first


def _mark_headings(lines: list[str], gaps: list[bool], labels: list[str]) -> None:
    """Short title-like lines standing alone (blank lines around) right before body prose."""
    n = len(lines)
    for i in range(n):
        if labels[i] != BODY and labels[i] != JUNK or is_furniture(lines[i]) or not looks_like_heading(lines[i]):
            continue
        alone = gaps[i] and (i + 1 == n or gaps[i + 1])
        nxt = next((j for j in range(i + 1, n) if labels[j] != JUNK), None)
        if alone and nxt is not None and labels[nxt] == BODY and not looks_like_heading(lines[nxt]):
            labels[i] = HEADING


def _gaps(text: str, spans: list[Span]) -> list[bool]:
    """For each line: is it preceded by a blank line (or the start of the text)?"""
    out, prev_end = [], None
    for s, e in spans:
        out.append(prev_end is None or text.count("\n", prev_end, s) > 1)
        prev_end = e
    return out


def layout(text: str, title_line: bool = True, learned: bool = True) -> Layout:
    """Body, headings and captions of ``text``; ``title_line``: the first real line may be the title."""
    spans = list(line_spans(text))
    lines = [text[s:e] for s, e in spans]
    labels, title = classify(lines, _gaps(text, spans), title_line, learned)
    pick = lambda kind: tuple(sp for sp, lab in zip(spans, labels) if lab == kind)  # noqa: E731
    return Layout(body=pick(BODY), headings=pick(HEADING), captions=pick(CAPTION),
                  title=spans[title] if title is not None else None)
