"""The compact per-article features that story clustering keeps (no spaCy Doc, no full text).

``Features`` is what ``StoryIndex.add`` needs of one article: its words as hashed term counts (for
TF-IDF cosine), the actors nlp found (entity names, normalised), its day, and the word shingles'
MinHash signature (near-duplicates). It is built from an ``Analysis`` (``features_of``) or from a
contract record (``features_of_record``), so saved extraction output can be re-clustered without
re-running spaCy.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.utils import murmurhash3_32

from ..model import Analysis

N_FEATURES = 1 << 20  # hashed term space; collisions at this size are rare enough for cosine
TITLE_WEIGHT = 2  # a title word counts as this many body words
SHINGLE_PARAGRAPH_WORDS = 80  # words of each paragraph that go into shingles: one long block of page junk
# left in the body (a photo gallery's captions) cannot make two different stories look like copies
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {
    "said", "says", "say", "told", "mr", "mrs", "ms", "dr", "also", "would", "could", "one", "two", "new",
    "year", "years", "people", "just", "like", "time", "news", "story", "report", "reported", "according",
}
_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
_NAME_JUNK = re.compile(r"^(?:the|a|an)\s+|['’]s$", re.I)


@dataclass(frozen=True)
class Features:
    """One article as the story index sees it.

    ``terms``: hashed term id -> count (title words weighted ``TITLE_WEIGHT``); ``actors``: normalised
    actor name -> mention count; ``day``: proleptic ordinal of the publication date (None: undated);
    ``shingles``: the word shingles' hashes for MinHash (not kept in the index's state).
    """

    id: str
    outlet: str | None
    title: str | None
    day: int | None
    terms: dict[int, float]
    actors: dict[str, int]
    shingles: np.ndarray  # uint32 hashes of word shingles


def words(text: str) -> list[str]:
    """Lower-cased words (letters/digits, inner apostrophes, dots and hyphens kept: "u.s.", "kim's")."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """``words`` with a possessive 's cut, less stop words and one-letter tokens: what similarity counts."""
    out = []
    for w in words(text):
        w = w[:-2] if w.endswith("'s") else w
        if len(w) > 1 and w not in STOP_WORDS:
            out.append(w)
    return out


def term_id(term: str) -> int:
    return murmurhash3_32(term, positive=True) % N_FEATURES


def term_counts(title: str | None, body: str) -> dict[int, float]:
    counts: Counter[int] = Counter(term_id(w) for w in content_words(body))
    for w in content_words(title or ""):
        counts[term_id(w)] += TITLE_WEIGHT
    return dict(counts)


def shingle_hashes(text: str, size: int = 5) -> np.ndarray:
    """uint32 hashes of every ``size``-word shingle of the lower-cased words (all words: wire copies
    differ in stop words too rarely to matter, and keeping them makes shingles specific)."""
    w = words(text)
    if len(w) < size:
        w = w + [""] * (size - len(w)) if w else []
    grams = {" ".join(w[i:i + size]) for i in range(max(0, len(w) - size + 1))}
    return np.fromiter((murmurhash3_32(g, positive=True) for g in grams), dtype=np.uint32, count=len(grams))


def normalise_actor(name: str) -> str:
    """The actor key similarity counts: lower case, no leading article or possessive; interned, since the
    story index keeps one per article and centroid."""
    return sys.intern(" ".join(_NAME_JUNK.sub("", name.strip()).lower().replace("’", "'").split()))


def parse_day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def body_text(text: str, body) -> str:
    """The article's own prose (its body spans joined); the whole text when no body was found."""
    parts = [text[s:e] for s, e in body] if body else []
    return "\n".join(parts) if parts else text


def make_features(id: str, text: str, title: str | None = None, outlet: str | None = None,
                  published: str | None = None, body=(), actors=()) -> Features:
    """``actors``: (name, type, mention count) triples as nlp found them; only ``ACTOR_TYPES`` count."""
    prose = body_text(text, body)
    paragraphs = [text[s:e] for s, e in body] if body else text.split("\n")
    capped = "\n".join(" ".join(p.split()[:SHINGLE_PARAGRAPH_WORDS]) for p in paragraphs)
    acts: Counter[str] = Counter()
    for name, typ, n in actors:
        key = normalise_actor(name)
        if typ in ACTOR_TYPES and key:
            acts[key] += max(1, n)
    return Features(id=id, outlet=outlet, title=title, day=parse_day(published),
                    terms=term_counts(title, prose), actors=dict(acts), shingles=shingle_hashes(capped))


def features_of(a: Analysis) -> Features:
    art = a.article
    return make_features(art.id, art.text, art.title, art.outlet, art.published or a.anchor, art.body,
                         [(e.name, e.type, len(e.mentions)) for e in a.entities])


def features_of_record(r: dict) -> Features:
    """From a contract record (what ``dossier extract`` wrote)."""
    anchor = (r.get("anchor") or {}).get("date") if isinstance(r.get("anchor"), dict) else None
    return make_features(r["id"], r["text"], r.get("title"), r.get("outlet"), r.get("published") or anchor,
                         r.get("body") or (), [(e["name"], e["type"], len(e["mentions"])) for e in r.get("entities", ())])
