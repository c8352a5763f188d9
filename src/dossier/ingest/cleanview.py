"""The clean view: the article's own paragraphs joined, with an offset map back to ``Article.text``.

spaCy only ever sees the clean view (junk never reaches the parser), and every span found there is
mapped back through :meth:`CleanView.to_text` before it leaves ``nlp``. Paragraphs are copied
verbatim and joined by a blank line, so a span inside one paragraph maps back by a constant shift. A
link card inside a paragraph (:mod:`.cards`) is left out, the two pieces around it joined directly.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Article, Span
from .cards import link_cards

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class CleanView:
    text: str
    view_starts: tuple[int, ...]  # where each piece starts in the view
    text_starts: tuple[int, ...]  # where the same piece starts in Article.text
    lengths: tuple[int, ...]
    joins: tuple[int, ...] = ()  # view offsets where a piece continues the one before directly (a cut)
    gaps: tuple[tuple[int, int], ...] = ()  # (end of a piece, start of the next) in the view where text was left out

    @classmethod
    def build(cls, text: str, spans, join_within_lines: bool = False) -> "CleanView":
        """Join ``text[s:e]`` for each span (sorted, overlaps dropped) into one view by a blank line; with
        ``join_within_lines``, two spans on one line (the pieces around a cut) are joined directly."""
        parts, vs, ts, ls, joins, gaps = [], [], [], [], [], []
        pos = last_end = 0
        for s, e in sorted(set(map(tuple, spans))):
            s = max(s, last_end)
            if e <= s:
                continue
            if parts and join_within_lines and "\n" not in text[last_end:s] and "\r" not in text[last_end:s]:
                joins.append(pos)
            elif parts:
                if text[last_end:s].strip():
                    gaps.append((pos, pos + len(SEPARATOR)))  # a junk line ("Advertisement", a credit) left out
                parts.append(SEPARATOR)
                pos += len(SEPARATOR)
            parts.append(text[s:e])
            vs.append(pos), ts.append(s), ls.append(e - s)
            pos += e - s
            last_end = e
        return cls("".join(parts), tuple(vs), tuple(ts), tuple(ls), tuple(joins), tuple(gaps))

    @classmethod
    def of_article(cls, article: Article) -> "CleanView":
        """Body, headings and the first copy of each caption, less link cards: what is worth parsing."""
        spans = [*article.body, *article.headings, *article.captions]
        return cls.build(article.text, [piece for span in spans for piece in _without_cards(article.text, span)],
                         join_within_lines=True)

    def crosses_cut(self, start: int, end: int) -> bool:
        """Whether the view span runs over a cut: mapped back, it would take in the text left out there."""
        i = bisect.bisect_right(self.joins, start)
        return i < len(self.joins) and self.joins[i] < end

    def left_out_within(self, start: int, end: int) -> tuple[int, int] | None:
        """The first paragraph break inside the view span where the article's text between the two paragraphs
        was left out as junk ("Advertisement", "Story continues below", a video caption), as (end of the
        paragraph before, start of the one after); None when there is none."""
        return next(((s, e) for s, e in self.gaps if start < s and e < end), None)

    def _piece(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.view_starts, pos) - 1)

    def to_text(self, start: int, end: int) -> Span:
        """Map a view span to ``Article.text``; a span running over a separator keeps the text between."""
        if not self.view_starts:
            return (start, end)
        end = max(start, end)
        i = self._piece(start)
        if start > self.view_starts[i] + self.lengths[i] and i + 1 < len(self.view_starts):
            i += 1  # starts inside a separator: move to the next piece
            start, end = self.view_starts[i], max(end, self.view_starts[i])
        s = self.text_starts[i] + min(start - self.view_starts[i], self.lengths[i])
        j = self._piece(end - 1) if end > start else i
        e = self.text_starts[j] + min(end - self.view_starts[j], self.lengths[j])
        return (s, max(s, e))

    def span(self, start: int, end: int) -> Span:
        return self.to_text(start, end)


def _without_cards(text: str, span: Span) -> list[Span]:
    """``span`` in pieces around the link cards inside it (itself when it holds none)."""
    pieces, start = [], span[0]
    for s, e in link_cards(text, span[0], span[1]):
        pieces.append((start, s))
        start = e
    pieces.append((start, span[1]))
    return pieces
