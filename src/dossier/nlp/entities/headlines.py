"""Names read off a headline line (issue 9, names garbled from headlines): "President Trump Vs. Private
Citizen Trump", "Trump Vows In London", "BORDER PATROL UNION CHIEF BLASTS …". A headline capitalises
every word, so the parser runs verbs and other words into a name ("Trump Vows", "Trump Vs"). A word of a
person's name found on such a line is kept only when the article's running prose writes it too, as a
word of its own with the same capitals: "Trump" stays, "Vows" and "Vs" go.
"""
from __future__ import annotations

import bisect

MIN_WORDS = 3  # a line this long, or longer, with every long word capitalised is a headline
LONG_WORD = 4  # shorter words ("of", "in", "to") may stay in lower case in a headline
SENTENCE_END = (".", "?", "!", "”", '"', ":")


class Headlines:
    """The headline lines of one Doc and the words its other lines write (built once per Doc)."""

    def __init__(self, doc):
        self.doc = doc
        self.line_of: list[int] = []
        self.headline: list[bool] = []
        self.prose: set[str] = set()
        text = doc.text
        starts, k = [0], 0
        for line in text.split("\n"):
            k += len(line) + 1
            starts.append(k)
            self.headline.append(_is_headline(line))
        self.line_of = [bisect.bisect_right(starts, t.idx) - 1 for t in doc]
        for t in doc:
            if not self.headline[self.line_of[t.i]]:
                self.prose.add(t.text)

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """A person's name at tokens [start, end) less the words at its edges that only a headline
        writes; unchanged when it is not on a headline line, or when prose writes none of its words."""
        if not self.headline[self.line_of[start]]:
            return start, end
        known = [t.i for t in self.doc[start:end] if t.text in self.prose or not t.is_alpha]  # "Jr." stays
        if not known:
            return start, end
        return known[0], known[-1] + 1


def _is_headline(line: str) -> bool:
    """Every long word capitalised, at least ``MIN_WORDS`` words, and no sentence end ("Trump Vows In
    London"; not "Ivo Brant said so.")."""
    words = [w.strip("“”\"'‘’(),:;-–—") for w in line.split()]
    words = [w for w in words if w]
    long = [w for w in words if len(w) >= LONG_WORD and w[:1].isalpha()]
    return (len(words) >= MIN_WORDS and bool(long) and all(w[:1].isupper() for w in long)
            and not line.rstrip().endswith(SENTENCE_END))
