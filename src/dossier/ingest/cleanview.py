"""The clean view: the article's own paragraphs joined, with an offset map back to ``Article.text``.

spaCy only ever sees the clean view (junk never reaches the parser), and every span found there is
mapped back through :meth:`CleanView.to_text` before it leaves ``nlp``. Paragraphs are copied
verbatim and joined by a blank line, so a span inside one paragraph maps back by a constant shift.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Article, Span

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class CleanView:
    text: str
    view_starts: tuple[int, ...]  # where each piece starts in the view
    text_starts: tuple[int, ...]  # where the same piece starts in Article.text
    lengths: tuple[int, ...]

    @classmethod
    def build(cls, text: str, spans) -> "CleanView":
        """Join ``text[s:e]`` for each span (sorted, overlaps dropped) into one view."""
        parts, vs, ts, ls = [], [], [], []
        pos = last_end = 0
        for s, e in sorted(set(map(tuple, spans))):
            s = max(s, last_end)
            if e <= s:
                continue
            if parts:
                parts.append(SEPARATOR)
                pos += len(SEPARATOR)
            parts.append(text[s:e])
            vs.append(pos), ts.append(s), ls.append(e - s)
            pos += e - s
            last_end = e
        return cls("".join(parts), tuple(vs), tuple(ts), tuple(ls))

    @classmethod
    def of_article(cls, article: Article) -> "CleanView":
        """Body, headings and the first copy of each caption: what is worth parsing."""
        return cls.build(article.text, [*article.body, *article.headings, *article.captions])

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
