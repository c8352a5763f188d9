"""Token features for the attribution tagger: words, syntax relative to cue words, quotation state.

One linear pass over the Doc (plus a short walk up the head chain per token), so feature extraction
stays well under the cost of parsing. The same function serves training and tagging.
"""
from __future__ import annotations

from .cues import ACCORDING_TO, DOUBLED_APOSTROPHES, QUOTE_CHARS, SPEECH_VERBS, quoted_spans

MAX_HEAD_WALK = 12  # dependency depth beyond which no cue is looked for
WINDOW = (-2, -1, 1, 2)
CUE_PROB_BUCKETS = ((0.5, "hi"), (0.2, "mid"), (0.05, "lo"))
STRONG_CUE = 0.3  # learned P(cue | lemma) above which a word is treated like a speech verb
WEAK_CUE = 0.1
EDGE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "pobj", "pcomp", "advcl", "parataxis", "nsubj", "prep", "conj"})


def cue_bucket(lexicon: dict[str, float], lemma: str) -> str | None:
    p = lexicon.get(lemma)
    if p is None:
        return None
    for floor, name in CUE_PROB_BUCKETS:
        if p >= floor:
            return name
    return None


def content_tokens(doc) -> list[int]:
    """Indices of the tokens the tagger labels (whitespace tokens are skipped)."""
    return [t.i for t in doc if not t.is_space]


def _in_quote_flags(doc, tokens=None) -> list[int]:
    """Per token: 0 outside quotes, 1 inside, 2 a quotation mark itself. ``tokens``: ``list(doc)``."""
    spans = quoted_spans(doc.text)
    flags = [0] * len(doc)
    k = 0
    for t in tokens if tokens is not None else doc:
        while k < len(spans) and spans[k][1] <= t.idx:
            k += 1
        if t.text and (t.text[0] in QUOTE_CHARS and len(t.text) <= 2 or t.text == DOUBLED_APOSTROPHES):
            flags[t.i] = 2
        elif k < len(spans) and spans[k][0] <= t.idx < spans[k][1]:
            flags[t.i] = 1
    return flags


def _cue_strength(tok, lexicon) -> int:
    """2 for a speech verb or a lemma that is usually a cue, 1 for one that sometimes is, else 0."""
    lemma = tok.lemma_.lower()
    p = lexicon.get(lemma, 0.0)
    if (tok.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS) or p >= STRONG_CUE:
        return 2
    return 1 if p >= WEAK_CUE else 0


def _complement_edges(tokens, cue_flags) -> dict[int, str]:
    """Left and right edges of the phrases hanging from strong cues: where contents tend to start and end.
    ``tokens``: a Doc or the list of its tokens."""
    edges: dict[int, str] = {}
    for t in tokens:
        if cue_flags[t.i] == 2:
            for child in t.children:
                if child.dep_ in EDGE_DEPS:
                    edges.setdefault(child.left_edge.i, "L" + child.dep_)
                    edges.setdefault(child.right_edge.i, "R" + child.dep_)
    return edges


def _cue_relation(i: int, heads: list[int], deps: list[str], cue_flags) -> tuple[str, int]:
    """The dependency label under which token ``i`` hangs from its nearest cue ancestor, and the depth
    (``heads``/``deps``: every token's head index and dependency label)."""
    child, head, depth = i, heads[i], 1
    while head != child and depth <= MAX_HEAD_WALK:
        if cue_flags[head]:
            return deps[child] + str(cue_flags[head]), depth
        child, head, depth = head, heads[head], depth + 1
    return "", 0


def _according_flags(tokens) -> list[int]:
    """1 on tokens inside the object of "according to", 2 on "according"/"to" themselves.
    ``tokens``: a Doc or the list of its tokens."""
    flags = [0] * len(tokens)
    for t in tokens:
        if t.lower_ == ACCORDING_TO[0] and t.i + 1 < len(tokens) and tokens[t.i + 1].lower_ == ACCORDING_TO[1]:
            flags[t.i] = flags[t.i + 1] = 2
            for child in tokens[t.i + 1].children:
                if child.dep_ == "pobj":
                    for d in child.subtree:
                        flags[d.i] = flags[d.i] or 1
    return flags


def _shape(text: str) -> str:
    if text.isupper():
        return "UP"
    if text[:1].isupper():
        return "Cap"
    if text.isdigit():
        return "9"
    if text.isalpha():
        return "low"
    return "sym"


def vector_clusters(doc, clusters) -> list[tuple[int, ...]] | None:
    """Per token, the nearest centroid at each granularity of ``clusters`` (arrays of centroids over
    spaCy's contextual token vectors, ``doc.tensor``): a word's use in context, in a few hundred
    kinds, which lets cue words the training data never showed borrow from similar ones."""
    if clusters is None or doc.tensor is None or doc.tensor.shape != (len(doc), clusters[0].shape[1]):
        return None
    vectors = doc.tensor.astype("float32")
    ids = [(vectors @ c.T - 0.5 * (c * c).sum(axis=1)).argmax(axis=1) for c in clusters]
    return list(zip(*(x.tolist() for x in ids)))


def doc_features(doc, lexicon: dict[str, float], clusters=None) -> tuple[list[int], list[list[str]]]:
    """(token indices, feature lists) for every non-space token of ``doc``. ``clusters``: centroids
    for ``vector_clusters`` (left out when None or when the Doc carries no vectors)."""
    tokens = list(doc)  # spaCy makes a new Token object on every access: make them once
    heads = [t.head.i for t in tokens]
    deps = [t.dep_ for t in tokens]
    idx = [t.i for t in tokens if not t.is_space]  # content_tokens(doc)
    kinds = vector_clusters(doc, clusters)
    cue_flags = [_cue_strength(t, lexicon) for t in tokens]
    edges = _complement_edges(tokens, cue_flags)
    quote = _in_quote_flags(doc, tokens)
    according = _according_flags(tokens)
    sent_info = {}
    sent_of = [0] * len(doc)
    for start, end in ((s.start, s.end) for s in doc.sents):
        cues = [i for i in range(start, end) if cue_flags[i] == 2]
        q = sum(1 for i in range(start, end) if quote[i] == 2)
        sent_info[start] = (start, end, cues, q)
        sent_of[start:end] = [start] * (end - start)

    base: list[list[str]] = []
    word: list[str] = []
    for n, i in enumerate(idx):
        t, head = tokens[i], tokens[heads[i]]
        lemma = t.lemma_.lower()
        lower = t.lower_
        start, end, cues, nq = sent_info[sent_of[i]]
        rel, depth = _cue_relation(i, heads, deps, cue_flags)
        f = [
            "b", "w=" + lower, "suf=" + lower[-3:], "sh=" + _shape(t.text), "pos=" + t.pos_, "tag=" + t.tag_,
            "dep=" + t.dep_, "hpos=" + head.pos_, "hdep=" + head.dep_, "q=%d" % quote[i],
            "ent=" + t.ent_type_, "acc=%d" % according[i],
        ]
        bucket = cue_bucket(lexicon, lemma)
        if bucket:
            f.append("cue=" + bucket)
            f.append("cuelem=" + lemma)
        if cue_flags[i]:
            f.append("iscue%d" % cue_flags[i])
        if i in edges:
            f.append("edge=" + edges[i])
        if quote[i] == 2:
            f.append("mark=" + ("open" if i + 1 < len(doc) and quote[i + 1] == 1 else "close"))
        if cue_flags[heads[i]]:
            f.append("hcue=" + t.dep_)
            f.append("hcuelem=" + head.lemma_.lower())
        if rel:
            f.append("crel=" + rel)
            f.append("crel=%s|%d" % (rel, min(depth, 4)))
        f.append("sdist=%d|%d" % (min(i - start, 5), min(end - 1 - i, 5)))
        f.append("dep2=%s|%s" % (t.dep_, head.dep_))
        if t.pos_ in ("VERB", "NOUN", "ADJ"):
            f.append("lem=" + lemma)
        if i == start:
            f.append("sstart")
        if i == end - 1 or (i + 1 < len(tokens) and tokens[i + 1].is_space):
            f.append("send")
        if i == 0 or tokens[i - 1].is_space and "\n" in tokens[i - 1].text:
            f.append("pstart")
        if cues:
            side = "L" if i < cues[0] else ("R" if i > cues[-1] else "M")
            f.append("cside=" + side)
            f.append("cside=%s|q%d" % (side, quote[i]))
        else:
            f.append("nocue|q%d" % quote[i])
        if nq:
            f.append("sq=%d" % min(nq, 4))
        if t.pos_ == "PRON" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            f.append("who=" + (t.ent_type_ or "PRON") + "|" + (rel or "-"))
        if kinds:
            f.extend("v%d=%d" % (g, c) for g, c in enumerate(kinds[i]))
        base.append(f)
        word.append(lower)

    # neighbours: word and a few flags at small offsets
    feats: list[list[str]] = []
    m = len(idx)
    for n, i in enumerate(idx):
        f = base[n]
        for off in WINDOW:
            k = n + off
            if 0 <= k < m:
                j = idx[k]
                t = tokens[j]
                f.append("%d:w=%s" % (off, word[k]))
                if kinds and abs(off) == 1:
                    f.append("%d:v=%d" % (off, kinds[j][0]))
                if off == -1:
                    f.append("bi=%s|%s" % (word[k], word[n]))
                f.append("%d:pos=%s" % (off, t.pos_))
                f.append("%d:q=%d" % (off, quote[j]))
                if cue_flags[j]:
                    f.append("%d:cue%d" % (off, cue_flags[j]))
                if j in edges:
                    f.append("%d:edge=%s" % (off, edges[j][0]))
            else:
                f.append("%d:pad" % off)
        feats.append(f)
    return idx, feats
