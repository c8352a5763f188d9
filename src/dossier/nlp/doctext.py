"""The text of a spaCy ``Doc``, built once per Doc.

``Doc.text`` joins the text of every token, making a Python ``Token`` for each, on every access; the
extractors read it dozens of times per article (once per candidate quote or person), which cost more
than all the extractors' own work together (bench/results/profile.md). ``doc_text`` keeps the first
result in ``doc.user_data``: a Doc's text never changes after the parse.
"""
from __future__ import annotations

import numpy

KEY = "dossier.text"
HEADS_KEY = "dossier.heads"  # not "dossier." + an attribute name: token_strings uses those
LOWER_KEY = "dossier.lower_words"
WORD_EDGES = ".,;:!?\"'“”‘’()[]"


def doc_text(doc) -> str:
    """``doc.text`` (str, the exact text the Doc was made from), computed on the first call per Doc."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


def remember_text(doc, text: str) -> None:
    """Record ``text``, the string ``doc`` was parsed from, as its text: spaCy's tokenizer is
    non-destructive (``doc.text == text`` always), so :func:`doc_text` then never rebuilds it
    (~0.3 ms per AllSides article)."""
    doc.user_data[KEY] = text


def token_strings(doc, attr: str) -> list[str]:
    """Every token's ``attr`` as a string ("ORTH": its text, "LOWER", "POS", "TAG", "DEP", "ENT_TYPE",
    "LEMMA"), read once per Doc through ``Doc.to_array``: no ``Token`` objects, which cost ~1 µs each
    to make and which loops over every token made several times per article."""
    key = "dossier." + attr
    got = doc.user_data.get(key)
    if got is None:
        strings = doc.vocab.strings
        got = doc.user_data[key] = [strings[k] for k in doc.to_array(attr).tolist()] if len(doc) else []
    return got


def token_heads(doc) -> list[int]:
    """Every token's head index (a root is its own head), read once per Doc through ``Doc.to_array``:
    a walk up the tree then makes no ``Token`` per step."""
    got = doc.user_data.get(HEADS_KEY)
    if got is None:
        offsets = doc.to_array("HEAD").astype("int64")  # each head as an offset from its token
        got = doc.user_data[HEADS_KEY] = (offsets + numpy.arange(len(offsets))).tolist() if len(doc) else []
    return got


def lower_case_words(doc) -> frozenset:
    """Whole words (two letters or more, edge punctuation stripped) the text writes in lower case somewhere
    ("shutdown", "options"; not "un" of "Jong-un"): a capitalised form of one is a common word capitalised by
    its place. Computed once per Doc."""
    words = doc.user_data.get(LOWER_KEY)
    if words is None:
        stripped = (w.strip(WORD_EDGES) for w in doc_text(doc).split())
        words = doc.user_data[LOWER_KEY] = frozenset(w for w in stripped if len(w) > 1 and w.isalpha() and w.islower())
    return words
