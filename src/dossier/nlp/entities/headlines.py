"""Names read off a headline line (issue 9, names garbled from headlines): "President Trump Vs. Private
Citizen Trump", "Trump Vows In London", "BORDER PATROL UNION CHIEF BLASTS …". A headline capitalises
every word, so the parser runs verbs and other words into a name ("Trump Vows", "Trump Vs"). A word of a
person's name found on such a line is kept only when the article's running prose writes it too, as a
word of its own with the same capitals: "Trump" stays, "Vows" and "Vs" go.
"""
from __future__ import annotations

import bisect
import functools

import numpy

from ..doctext import doc_text, token_strings

MIN_WORDS = 3  # a line this long, or longer, with every long word capitalised is a headline
LONG_WORD = 4  # shorter words ("of", "in", "to") may stay in lower case in a headline
SENTENCE_END = (".", "?", "!", "”", '"', ":")
VERB_ENDINGS = ("ed", "d", "ing")  # "chided", "congratulated", "slamming" (with the last letter doubled too)


class Headlines:
    """The headline lines of one Doc and the words its other lines write (built once per Doc)."""

    def __init__(self, doc):
        self.doc = doc
        self.headline: list[bool] = []
        self.starts = [0]
        k = 0
        for line in doc_text(doc).split("\n"):
            k += len(line) + 1
            self.starts.append(k)
            self.headline.append(_is_headline(line))

    def _line(self, i: int) -> int:
        return bisect.bisect_right(self.starts, self.doc[i].idx) - 1

    @functools.cached_property
    def prose(self) -> set[str]:
        """The token texts of lines that are not headlines (built only when a name is on a headline)."""
        texts, idx = token_strings(self.doc, "ORTH"), self.doc.to_array("IDX")
        lines = numpy.searchsorted(numpy.asarray(self.starts), idx, side="right") - 1
        heads = numpy.asarray(self.headline + [False])[lines]
        return {t for t, h in zip(texts, heads.tolist()) if not h}

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """A person's name at tokens [start, end) less the words at its edges that only a headline
        writes, and cut before one inside it ("Tusk Congratulates May" -> "Tusk": a headline's verb between
        two names; the first is its subject), and before a headline's verb whose other forms prose writes in
        lower case ("Juncker Congratulates May", prose "congratulated"), whatever other lines write;
        unchanged when it is not on a headline line. Source: strict reads, round 16 ("Vell Chides Marsh"
        given as a speaker's name)."""
        if not any(self.headline) or not self.headline[self._line(start)]:
            return start, end
        verb = next((t.i for t in self.doc[start + 1:end] if self._verb_in_prose(t.text)), None)
        end = verb if verb is not None else end
        known = [t.i for t in self.doc[start:end] if t.text in self.prose or not t.is_alpha]  # "Jr." stays
        if not known:
            return start, end
        run_end = known[0] + 1
        while run_end < end and run_end in known:
            run_end += 1
        return known[0], run_end

    def _verb_in_prose(self, word: str) -> bool:
        """``word`` ends like a verb of the third person ("Chides", "Congratulates", "Slams") and prose writes
        the same verb in lower case with another ending ("chided", "congratulated", "slamming")."""
        low = word.lower()
        if not word.istitle() or not low.endswith("s") or len(low) < LONG_WORD + 1:
            return False
        stems = {low[:-1], low[:-2]} if low.endswith("es") else {low[:-1]}
        forms = {s + end for s in stems for end in VERB_ENDINGS} | {s + s[-1] + end for s in stems for end in ("ed", "ing")}
        return bool(forms & self.lower_prose)

    @functools.cached_property
    def lower_prose(self) -> set[str]:
        return {t for t in self.prose if t.islower()}


def on_headline(doc, i: int) -> bool:
    """Token ``i`` stands on a headline line (``_is_headline``): every long word capitalised, so a title read
    there carries the headline's words ("New Un Ambassador Corin Ashby Vows …": "New", a "U.N." mangled)."""
    text, pos = doc_text(doc), doc[i].idx
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return _is_headline(text[start:end if end >= 0 else len(text)])


# Words a headline opens a title with that say the news, not the post ("New Un Ambassador", "Ex", "Former" is
# the post's); and short words a headline writes in lower case or title case as words (general English, as data).
NEWS_OPENERS = frozenset({"new"})
SMALL_WORDS = frozenset("of to in at on by as an or and the for ex".split())


def headline_title(title: str) -> str | None:
    """A title read on a headline line, less what the headline's casing put into it: an opening "New" (the
    news, not the post), and a two-letter abbreviation that title case wrote as a word set back in capitals
    ("New Un Ambassador" -> "UN Ambassador"). Source: strict reads of roles on unseen articles."""
    words = title.split()
    while len(words) > 1 and words[0].lower() in NEWS_OPENERS:
        words = words[1:]
    return " ".join(w.upper() if len(w) == 2 and w.isalpha() and w.istitle() and w.lower() not in SMALL_WORDS else w
                    for w in words) or None


def _is_headline(line: str) -> bool:
    """Every long word capitalised, at least ``MIN_WORDS`` words, and no sentence end ("Trump Vows In
    London"; not "Ivo Brant said so."); a colon may close it ("5.53pm – Brant Congratulates Lind:", a live
    page's heading before what it quotes)."""
    words = [w.strip("“”\"'‘’(),:;-–—") for w in line.split()]
    words = [w for w in words if w]
    long = [w for w in words if len(w) >= LONG_WORD and w[:1].isalpha()]
    return (len(words) >= MIN_WORDS and bool(long) and all(w[:1].isupper() for w in long)
            and not line.rstrip().rstrip(":").endswith(SENTENCE_END))
