"""The sentences of a group of articles (an event or a storyline) with their TF-IDF similarities.

Both the summary and the comparison read a ``Pool``: sentences in time order (article day, then
position), an L2-normalised TF-IDF matrix fitted on these sentences alone (so "summit" weighs little
where every sentence says it), and the cosine matrix. Near-copies (``duplicate_of``) are left out:
a wire copy is read once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from ..model import Analysis
from .features import content_words, parse_day
from .sentences import Sentence, sentences

MAX_SENTENCES_PER_ARTICLE = 60  # news puts what matters first; the tail of a long piece adds little
MIN_CONTENT_WORDS = 5


@dataclass
class Pool:
    analyses: dict[str, Analysis]
    sentences: list[Sentence]
    matrix: object  # scipy CSR, one L2-normalised row per sentence
    sim: np.ndarray  # cosine similarities, (n, n)
    idf: dict[str, float]
    claim_words: list[set[str]]  # each sentence's content words less its sources' names and roles
    names: list[set[str]]  # each sentence's content words written as names (``name_words``)

    @property
    def outlets(self) -> dict[str, str]:
        return {k: (a.article.outlet or a.article.id) for k, a in self.analyses.items()}

    @property
    def idf_range(self) -> tuple[float, float]:
        return (min(self.idf.values()), max(self.idf.values())) if self.idf else (0.0, 0.0)

    def words(self, i: int) -> set[str]:
        return set(content_words(self.sentences[i].text))


def build_pool(analyses: list[Analysis]) -> Pool | None:
    """None when the articles hold too few sentences to compare."""
    kept = {a.article.id: a for a in analyses if not a.duplicate_of}
    sents: list[Sentence] = []
    for a in kept.values():
        day = parse_day(a.article.published or a.anchor)
        seen: set[str] = set()  # a lede or caption the page repeats is read once
        own = [s for s in sentences(a, day) if len(content_words(s.text)) >= MIN_CONTENT_WORDS
               and not (s.text in seen or seen.add(s.text))]
        sents += own[:MAX_SENTENCES_PER_ARTICLE]
    if len(sents) < 2:
        return None
    order = {k: n for n, k in enumerate(kept)}
    sents.sort(key=lambda s: (s.day is None, s.day or 0, order[s.article], s.position))
    vec = TfidfVectorizer(analyzer=content_words, sublinear_tf=True)
    try:
        matrix = vec.fit_transform([s.text for s in sents])
    except ValueError:  # no content words at all
        return None
    sim = (matrix @ matrix.T).toarray()
    idf = dict(zip(vec.get_feature_names_out(), vec.idf_))
    return Pool(kept, sents, matrix, sim, idf, [_claim_words(kept[s.article], s) for s in sents],
                [name_words(s.text) for s in sents])


_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")


def name_words(text: str) -> set[str]:
    """The content words a sentence writes only with a capital, its first word aside ("Halden", "Ostrand",
    "Minister" in "Foreign Minister Halden"): who and where, not what happened. Two sentences naming
    the same people and places may still report different things (one's arrival, the other's speech)."""
    upper, lower = set(), set()
    for k, tok in enumerate(_TOKEN.findall(text)):
        for w in content_words(tok):
            if not tok[:1].isupper():
                lower.add(w)
            elif k:
                upper.add(w)
    return upper - lower


def _claim_words(a: Analysis, s: Sentence) -> set[str]:
    """What a sentence claims, as words: who says it ("Foreign Minister Sergey Lavrov, director of…")
    is not part of the claim, so the speaker's mention, role and the cue are left out."""
    text = a.article.text
    words = set(content_words(s.text))
    for q in a.attributions:
        for part in (q.speaker.mention, q.cue):
            if part and s.span[0] <= part[0] < s.span[1]:
                words -= set(content_words(text[part[0]:part[1]]))
                if q.speaker.role and part == q.speaker.mention:
                    words -= set(content_words(q.speaker.role))
    return words
