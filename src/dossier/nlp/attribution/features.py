"""Token features for the attribution tagger: words, syntax relative to cue words, quotation state.

One linear pass over the Doc (plus a short walk up the head chain per token), so feature extraction
stays well under the cost of parsing. The same function serves training and tagging.

Speed (issue 12): the token attributes are read in one ``Doc.to_array`` call instead of one Python
``Token`` per access, and the strings a word always gives ("w=said", "suf=aid", "-1:w=said", "sh=low")
are made once per process per word and kept in bounded caches keyed on spaCy's string ids. Features
are UTF-8 ``bytes`` where they come from a cache (most of them; the rest are ``str``): crfsuite takes
both alike, and bytes spare it an encoding per feature (its tagging took 16 % less time).
"""
from __future__ import annotations

import functools

from spacy.attrs import DEP, ENT_TYPE, IDX, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG

from ..doctext import doc_text, token_heads
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


def _is_quote_mark(text: str) -> bool:
    return bool(text) and (text[0] in QUOTE_CHARS and len(text) <= 2 or text == DOUBLED_APOSTROPHES)


def _quote_flags(text: str, starts: list[int], marks: list[bool]) -> list[int]:
    """Per token: 0 outside quotes, 1 inside, 2 a quotation mark itself (``starts``: each token's first
    character in ``text``; ``marks``: whether the token is a quotation mark)."""
    spans = quoted_spans(text)
    flags = [0] * len(starts)
    k, n_spans = 0, len(spans)
    for i, start in enumerate(starts):
        while k < n_spans and spans[k][1] <= start:
            k += 1
        if marks[i]:
            flags[i] = 2
        elif k < n_spans and spans[k][0] <= start < spans[k][1]:
            flags[i] = 1
    return flags


def _in_quote_flags(doc, tokens=None) -> list[int]:
    """Per token: 0 outside quotes, 1 inside, 2 a quotation mark itself. ``tokens``: ``list(doc)``."""
    tokens = tokens if tokens is not None else list(doc)
    return _quote_flags(doc_text(doc), [t.idx for t in tokens], [_is_quote_mark(t.text) for t in tokens])


def _strength(lemma: str, pos: str, lexicon) -> int:
    """2 for a speech verb or a lemma that is usually a cue, 1 for one that sometimes is, else 0."""
    p = lexicon.get(lemma, 0.0)
    if (pos in ("VERB", "AUX") and lemma in SPEECH_VERBS) or p >= STRONG_CUE:
        return 2
    return 1 if p >= WEAK_CUE else 0


_CUE_LEMMAS: list = [None, frozenset()]  # [the lexicon, the lemmas _strength can give more than 0]


def _cue_lemmas(lexicon: dict[str, float]) -> frozenset[str]:
    """The lemmas that may be cues: the speech verbs and the lexicon's words of P(cue) >= WEAK_CUE."""
    if _CUE_LEMMAS[0] is not lexicon:
        _CUE_LEMMAS[:] = [lexicon, SPEECH_VERBS | {w for w, p in lexicon.items() if p >= WEAK_CUE}]
    return _CUE_LEMMAS[1]


def _complement_edges(doc, strong: list[int]) -> dict[int, str]:
    """Left and right edges of the phrases hanging from the strong cues at token indices ``strong``
    (ascending): where contents tend to start and end."""
    edges: dict[int, str] = {}
    for i in strong:
        for child in doc[i].children:
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


def _according_flags(doc, lowers: list[str]) -> list[int]:
    """1 on tokens inside the object of "according to", 2 on "according"/"to" themselves
    (``lowers``: every token's lower-case text)."""
    n = len(lowers)
    flags = [0] * n
    for i, lower in enumerate(lowers):
        if lower == ACCORDING_TO[0] and i + 1 < n and lowers[i + 1] == ACCORDING_TO[1]:
            flags[i] = flags[i + 1] = 2
            for child in doc[i + 1].children:
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
    stacked, half_norms, bounds = _stacked(clusters)
    scores = doc.tensor.astype("float32", copy=False) @ stacked - half_norms  # one product for every level
    ids = [scores[:, a:b].argmax(axis=1) for a, b in zip(bounds, bounds[1:])]
    return list(zip(*(x.tolist() for x in ids)))


_STACKED: list = [None, None]  # [the clusters, (centroids side by side, half their squared norms, level bounds)]


def _stacked(clusters):
    """Every level's centroids as the columns of one matrix, with ``|c|^2 / 2`` per column and the column
    where each level starts: nearest centroid = argmax of ``v . c - |c|^2 / 2``."""
    if _STACKED[0] is not clusters:
        import numpy

        stacked = numpy.ascontiguousarray(numpy.concatenate(clusters).T.astype("float32"))
        half = 0.5 * (stacked * stacked).sum(axis=0)
        bounds = [0, *numpy.cumsum([len(c) for c in clusters]).tolist()]
        _STACKED[:] = [clusters, (stacked, half, bounds)]
    return _STACKED[1]


# ---------------------------------------------------------------- strings made once per word
CACHE_LIMIT = 20_000  # entries per cache, emptied when full: the word caches hold at most ~18 MB (tracemalloc, 7-letter words)
_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, IS_SPACE, IDX]
_BY_ORTH: dict[int, tuple[str, bytes, bool]] = {}  # orth id -> (text, "sh=...", is a quotation mark)
_BY_LOWER: dict[int, tuple] = {}  # lower id -> (lower, "w=..", "suf=..", "-2:w=..", "-1:w=..", "1:w=..", "2:w=..", lower as bytes)
_BY_LEMMA: dict[int, str] = {}  # lemma id -> lemma, lower-cased
_LEMMA_FORMS: dict[str, tuple[bytes, bytes, bytes]] = {}  # lemma -> ("cuelem=..", "lem=..", "hcuelem=..")
_CREL: dict[tuple[str, int], tuple[bytes, bytes]] = {}  # (relation to the cue, depth) -> ("crel=..", "crel=..|depth")
_BY_TAG: dict[int, tuple[str, ...]] = {}  # pos/tag/dep/ent id -> its string and prefixed forms
_PAIRS: dict[tuple[str, str], str] = {}  # (dep, head dep) -> "dep2=..|.."
_FIXED = {  # small-number features
    "q": [b"q=%d" % k for k in range(3)], "acc": [b"acc=%d" % k for k in range(3)],
    "iscue": [b"iscue%d" % k for k in range(3)],
    "sdist": [[b"sdist=%d|%d" % (a, b) for b in range(6)] for a in range(6)],
    "side": {(s, k): (b"cside=" + s.encode(), b"cside=%s|q%d" % (s.encode(), k)) for s in "LRM" for k in range(3)},
    "nocue": [b"nocue|q%d" % k for k in range(3)], "sq": [b"sq=%d" % k for k in range(5)],
    "offq": {(o, k): b"%d:q=%d" % (o, k) for o in WINDOW for k in range(3)},
    "offcue": {(o, k): b"%d:cue%d" % (o, k) for o in WINDOW for k in range(3)},
    "pad": {o: b"%d:pad" % o for o in WINDOW},
    "bucket": {name: b"cue=" + name.encode() for _, name in CUE_PROB_BUCKETS},
}


def _bounded(cache: dict) -> dict:
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    return cache


def _orth(strings, key: int) -> tuple[str, str, bool]:
    got = _BY_ORTH.get(key)
    if got is None:
        text = strings[key]
        got = _bounded(_BY_ORTH)[key] = (text, b"sh=" + _shape(text).encode(), _is_quote_mark(text))
    return got


def _lower(strings, key: int) -> tuple:
    got = _BY_LOWER.get(key)
    if got is None:
        w = strings[key]
        got = _bounded(_BY_LOWER)[key] = (w, *(f.encode() for f in ("w=" + w, "suf=" + w[-3:], *("%d:w=%s" % (o, w) for o in WINDOW))),
                                          w.encode())
    return got


def _lemma(strings, key: int) -> str:
    got = _BY_LEMMA.get(key)
    if got is None:
        got = _bounded(_BY_LEMMA)[key] = strings[key].lower()
    return got


def _label(strings, key: int) -> tuple:
    """(label, "pos=", "tag=", "dep=", "hpos=", "hdep=", "ent=", "hcue=" + label, "-2:pos=", "-1:pos=",
    "1:pos=", "2:pos=" + label): every prefixed form, made once per label."""
    got = _BY_TAG.get(key)
    if got is None:
        s = strings[key]
        got = _BY_TAG[key] = (s, *(f.encode() for f in ("pos=" + s, "tag=" + s, "dep=" + s, "hpos=" + s, "hdep=" + s,
                                                          "ent=" + s, "hcue=" + s, *("%d:pos=%s" % (o, s) for o in WINDOW))))
    return got


_KINDS: dict[tuple[int, int], bytes] = {}


def _kind(level: int, kind: int) -> bytes:
    """"v<level>=<kind>": a token's vector kind at one granularity ("v1=37"), made once."""
    got = _KINDS.get((level, kind))
    if got is None:
        got = _bounded(_KINDS)[(level, kind)] = b"v%d=%d" % (level, kind)
    return got


_KIND_ROWS: dict[tuple[int, ...], tuple[str, ...]] = {}


def _kind_row(kinds: tuple[int, ...]) -> tuple[bytes, ...]:
    """("v0=..", "v1=..", ...): a token's vector kinds at every granularity, made once per combination."""
    got = _KIND_ROWS.get(kinds)
    if got is None:
        got = _bounded(_KIND_ROWS)[kinds] = tuple(_kind(g, c) for g, c in enumerate(kinds))
    return got


def _lemma_forms(lemma: str) -> tuple[bytes, bytes, bytes]:
    """("cuelem=..", "lem=..", "hcuelem=.."): a lemma's features, made once per lemma."""
    got = _LEMMA_FORMS.get(lemma)
    if got is None:
        got = _bounded(_LEMMA_FORMS)[lemma] = tuple(f.encode() for f in ("cuelem=" + lemma, "lem=" + lemma, "hcuelem=" + lemma))
    return got


def _crel(rel: str, depth: int) -> tuple[bytes, bytes]:
    """("crel=..", "crel=..|depth"): a token's relation to its cue ancestor, made once per relation."""
    got = _CREL.get((rel, depth))
    if got is None:
        got = _bounded(_CREL)[(rel, depth)] = (b"crel=" + rel.encode(), b"crel=%s|%d" % (rel.encode(), min(depth, 4)))
    return got


def _pair(dep: str, head_dep: str) -> bytes:
    got = _PAIRS.get((dep, head_dep))
    if got is None:
        got = _bounded(_PAIRS)[(dep, head_dep)] = ("dep2=%s|%s" % (dep, head_dep)).encode()
    return got


def _neighbours(idx, lows, pos, quote, cue_flags, edges, kinds, n_kinds: int) -> list[list[tuple[bytes, ...]]]:
    """Per offset of ``WINDOW``, the features each token in ``idx`` (the non-space tokens) takes from its
    neighbour at that offset (its word, POS and quotation state; whether it is a cue or a complement
    edge; its vector kind, next to it; a pad beyond the ends), then the bigram with the token before."""
    F = _FIXED
    m = len(idx)
    flagged = [(n, j) for n, j in enumerate(idx) if cue_flags[j] or j in edges]
    out = []
    for w, off in enumerate(WINDOW):
        offq = [F["offq"][off, k] for k in range(3)]
        if kinds and abs(off) == 1:
            names = _kind_names(off, n_kinds)
            views = [(lows[j][3 + w], pos[j][8 + w], offq[quote[j]], names[kinds[j][0]]) for j in idx]
        else:
            views = [(lows[j][3 + w], pos[j][8 + w], offq[quote[j]]) for j in idx]
        for n, j in flagged:
            views[n] += ((F["offcue"][off, cue_flags[j]],) if cue_flags[j] else ()) + (
                (b"%d:edge=%s" % (off, edges[j][0].encode()),) if j in edges else ())
        pad = [(F["pad"][off],)] * min(abs(off), m)
        out.append(pad + views[:m + off] if off < 0 else views[off:] + pad)
    out.append([()] + [(b"bi=%s|%s" % (lows[a][7], lows[b][7]),) for a, b in zip(idx, idx[1:])])
    return out


@functools.lru_cache(maxsize=8)
def _kind_names(off: int, size: int) -> tuple[bytes, ...]:
    """("-1:v=0", "-1:v=1", ...): the neighbour's vector-kind feature at offset ``off``, for ``size`` kinds."""
    return tuple(b"%d:v=%d" % (off, c) for c in range(size))


def _own(idx, heads, lows, orth, lemmas, pos, tag, dep, ent, quote, according, sent_info, sent_of) -> list[list[str]]:
    """Per token of ``idx``, the features every token has: its word, suffix, shape, POS, tag, dependency,
    its head's POS and dependency, quotation and "according to" state, distances to its sentence's ends,
    its dependency with its head's, and where it stands against its sentence's cues."""
    F = _FIXED
    fq, facc, sdist, side, nocue = F["q"], F["acc"], F["sdist"], F["side"], F["nocue"]
    out = []
    for i in idx:
        h = heads[i]
        start, end, cues, nq = sent_info[sent_of[i]]
        qi = quote[i]
        f = [b"b", lows[i][1], lows[i][2], orth[i][1], pos[i][1], tag[i][2], dep[i][3], pos[h][4], dep[h][5], fq[qi],
             ent[i][6], facc[according[i]], sdist[min(i - start, 5)][min(end - 1 - i, 5)],
             _PAIRS.get((dep[i][0], dep[h][0])) or _pair(dep[i][0], dep[h][0])]
        if cues:
            f += side["L" if i < cues[0] else ("R" if i > cues[-1] else "M"), qi]
        else:
            f.append(nocue[qi])
        out.append(f)
    return out


def _add_cue_context(base, idx, heads, lemmas, dep, cue_flags, edges, rels, lexicon) -> None:
    """Add to each token's features (``base``, parallel to ``idx``) its cue bucket and lemma, whether it
    is a cue, an edge of a cue's complement, the child of a cue, and its relation to its cue ancestor."""
    buckets: dict[str, str | None] = {}
    for f, i, (rel, depth) in zip(base, idx, rels):
        lemma, h = lemmas[i], heads[i]
        bucket = buckets[lemma] if lemma in buckets else buckets.setdefault(lemma, cue_bucket(lexicon, lemma))
        if bucket:
            f += (_FIXED["bucket"][bucket], _lemma_forms(lemma)[0])
        if cue_flags[i]:
            f.append(_FIXED["iscue"][cue_flags[i]])
        if i in edges:
            f.append(("edge=" + edges[i]).encode())
        if cue_flags[h]:
            f += (dep[i][7], _lemma_forms(lemmas[h])[2])
        if rel:
            f += _crel(rel, depth)


def _add_position(base, idx, n_tok, orth, space, quote, sent_info, sent_of) -> None:
    """Add the rare position features: an opening or closing quotation mark, a sentence's first and last
    token, a paragraph's first, and how many quotation marks the sentence holds."""
    sq = _FIXED["sq"]
    for f, i in zip(base, idx):
        start, end, _, nq = sent_info[sent_of[i]]
        if quote[i] == 2:
            f.append(b"mark=open" if i + 1 < n_tok and quote[i + 1] == 1 else b"mark=close")
        if i == start:
            f.append(b"sstart")
        if i == end - 1 or (i + 1 < n_tok and space[i + 1]):
            f.append(b"send")
        if i == 0 or space[i - 1] and "\n" in orth[i - 1][0]:
            f.append(b"pstart")
        if nq:
            f.append(sq[min(nq, 4)])


def doc_features(doc, lexicon: dict[str, float], clusters=None) -> tuple[list[int], list[list[bytes | str]]]:
    """(token indices, feature lists) for every non-space token of ``doc``; a feature is UTF-8 bytes or
    a str, as crfsuite takes either. ``clusters``: centroids for ``vector_clusters`` (left out when None
    or when the Doc carries no vectors)."""
    n_tok = len(doc)
    if not n_tok:
        return [], []
    strings = doc.vocab.strings
    cols = doc.to_array(_ATTRS)
    by_orth, by_lower, by_lemma, by_tag = _BY_ORTH.get, _BY_LOWER.get, _BY_LEMMA.get, _BY_TAG.get
    orth = [by_orth(k) or _orth(strings, k) for k in cols[:, 0].tolist()]
    lows = [by_lower(k) or _lower(strings, k) for k in cols[:, 1].tolist()]
    lemmas = [by_lemma(k) or _lemma(strings, k) for k in cols[:, 2].tolist()]
    pos, tag, dep, ent = ([by_tag(k) or _label(strings, k) for k in cols[:, c].tolist()] for c in (3, 4, 5, 6))
    heads = token_heads(doc)  # shared with the content bounds' walks up the tree
    space = cols[:, 7].tolist()
    deps = [d[0] for d in dep]
    lower = [w[0] for w in lows]
    idx = [i for i in range(n_tok) if not space[i]]  # content_tokens(doc)
    kinds = vector_clusters(doc, clusters)
    cueish = _cue_lemmas(lexicon)
    cue_flags = [_strength(lemma, p[0], lexicon) if lemma in cueish else 0 for lemma, p in zip(lemmas, pos)]
    edges = _complement_edges(doc, [i for i in range(n_tok) if cue_flags[i] == 2])
    quote = _quote_flags(doc_text(doc), cols[:, 8].tolist(), [o[2] for o in orth])
    according = _according_flags(doc, lower)
    sent_info = {}
    sent_of = [0] * n_tok
    for start, end in ((s.start, s.end) for s in doc.sents):
        cues = [i for i in range(start, end) if cue_flags[i] == 2]
        q = sum(1 for i in range(start, end) if quote[i] == 2)
        sent_info[start] = (start, end, cues, q)
        sent_of[start:end] = [start] * (end - start)

    base = _own(idx, heads, lows, orth, lemmas, pos, tag, dep, ent, quote, according, sent_info, sent_of)
    rels = [_cue_relation(i, heads, deps, cue_flags) for i in idx]
    _add_cue_context(base, idx, heads, lemmas, dep, cue_flags, edges, rels, lexicon)
    _add_position(base, idx, n_tok, orth, space, quote, sent_info, sent_of)
    for f, i, (rel, _) in zip(base, idx, rels):
        if pos[i][0] in ("VERB", "NOUN", "ADJ"):
            f.append(_lemma_forms(lemmas[i])[1])
        if pos[i][0] == "PRON" or ent[i][0] in ("PERSON", "ORG", "NORP", "GPE"):
            f.append("who=" + (ent[i][0] or "PRON") + "|" + (rel or "-"))
    if kinds:
        for f, i in zip(base, idx):
            f += _kind_row(kinds[i])
    around = _neighbours(idx, lows, pos, quote, cue_flags, edges, kinds, len(clusters[0]) if kinds else 0)
    for f, before2, before, after, after2, bigram in zip(base, *around):
        f += before2
        f += before
        f += after
        f += after2
        f += bigram
    return idx, base
