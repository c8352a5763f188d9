"""Attributions (who said or believes what), PolNeAR-style: source, cue, content.

The trained tagger (``attribution_tagger``) marks source, cue and content tokens; this module links
them into attributions, adds quoted paragraphs no cue introduces (floating quotes inherit the
previous speaker), resolves each source to a canonical speaker with a role (``speakers``) and says
whether the content is direct, mixed or indirect. Without a shipped model, parse rules
(``attribution_rules``) produce the spans instead.
"""
from __future__ import annotations

import bisect

from ..model import Attribution, Entity, Speaker
from ..settings import Settings
from .attribution_rules import rule_spans
from .attribution_tagger import Tagged, TokenSpan, tag_doc
from .cues import QUOTE_CHARS, quoted_spans
from .speakers import SpeakerResolver

MIN_FLOATING_WORDS = 6  # a quoted stretch this long with no cue is a statement, not a scare quote
MAX_INHERIT_PARAGRAPHS = 2  # a floating quote inherits a speaker at most this many paragraphs back
EDGE_CHARS = QUOTE_CHARS + " \t\n\r'‘’.,;:—–-"


def find_attributions(doc, entities: list[Entity], settings: Settings = Settings()) -> list[Attribution]:
    tagged = tag_doc(doc) if settings.use_model else None
    if tagged is None:
        tagged = rule_spans(doc)
    quotes = quoted_spans(doc.text)
    _add_floating_quotes(doc, tagged, quotes)
    return _assemble(doc, tagged, quotes, SpeakerResolver(doc, entities))


# ---------------------------------------------------------------------------- floating quotes
def _add_floating_quotes(doc, tagged: Tagged, quotes) -> None:
    """Quoted stretches of a sentence or more that no tagged content covers become contents."""
    taken = sorted(tagged.contents + tagged.sources + tagged.cues)
    starts = [s for s, _ in taken]
    for qs, qe in quotes:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or sum(1 for t in span if t.is_alpha) < MIN_FLOATING_WORDS:
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        k = bisect.bisect_right(starts, span.end)
        if any(s < span.end and span.start < e for s, e in taken[max(0, k - 6):k]):
            continue
        tagged.contents.append((span.start, span.end))
    tagged.contents.sort()


# ---------------------------------------------------------------------------- linking
class _Sentences:
    """Sentence and paragraph number of every token (one pass)."""

    def __init__(self, doc):
        self.sent = [0] * len(doc)
        self.para = [0] * len(doc)
        para = 0
        for n, sent in enumerate(doc.sents):
            for t in sent:
                self.sent[t.i] = n
        for t in doc:
            if t.is_space and "\n" in t.text:
                para += 1
            self.para[t.i] = para


def _distance(a: TokenSpan, b: TokenSpan) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def _pair(lefts: list[TokenSpan], rights: list[TokenSpan], allowed) -> dict[TokenSpan, TokenSpan]:
    """Greedy one-to-one matching, closest pairs first, among the allowed (left, right) pairs."""
    pairs = sorted((_distance(a, b), a, b) for a in lefts for b in rights if allowed(a, b))
    out, used = {}, set()
    for _, a, b in pairs:
        if a not in out and b not in used:
            out[a] = b
            used.add(b)
    return out


def _link(doc, tagged: Tagged, sents: _Sentences):
    """(content, cue, source) triples: cues paired with contents in the same paragraph and nearby
    sentences, sources with cues in the same sentence (or inside the content's sentences)."""
    def cue_ok(content, cue):
        lo, hi = sents.sent[content[0]], sents.sent[content[1] - 1]
        paras = (sents.para[content[0]], sents.para[content[1] - 1])
        return lo - 1 <= sents.sent[cue[0]] <= hi + 1 and sents.para[cue[0]] in paras

    cue_of = _pair(tagged.contents, tagged.cues, cue_ok)
    anchors = {content: cue_of.get(content, content) for content in tagged.contents}

    def source_ok(content, source):
        anchor = anchors[content]
        same = sents.sent[source[0]] in (sents.sent[anchor[0]], sents.sent[anchor[1] - 1])
        inside = sents.sent[content[0]] <= sents.sent[source[0]] <= sents.sent[content[1] - 1]
        return same or inside

    by_anchor = _pair_by(tagged.contents, tagged.sources, anchors, source_ok)
    return [(c, cue_of.get(c), by_anchor.get(c)) for c in tagged.contents]


def _pair_by(contents, sources, anchors, allowed):
    pairs = sorted((_distance(anchors[c], s), c, s) for c in contents for s in sources if allowed(c, s))
    out, used = {}, set()
    for _, c, s in pairs:
        if c not in out and s not in used:
            out[c] = s
            used.add(s)
    return out


# ---------------------------------------------------------------------------- assembling
def _assemble(doc, tagged: Tagged, quotes, resolver: SpeakerResolver) -> list[Attribution]:
    sents = _Sentences(doc)
    out: list[Attribution] = []
    previous: Speaker | None = None
    previous_para = -10
    for content, cue, source in _link(doc, tagged, sents):
        c_span = _chars(doc, content)
        para = sents.para[content[0]]
        kind = content_kind(doc.text, c_span, quotes, [_chars(doc, x) for x in (cue, source) if x])
        if source:
            speaker = resolver.resolve(source[0], source[1], previous)
        elif previous is not None and kind != "indirect" and para - previous_para <= MAX_INHERIT_PARAGRAPHS:
            speaker = Speaker(previous.entity, previous.name, None, previous.role)
        else:
            speaker = Speaker(None, None, None)
        if speaker.name:
            previous, previous_para = speaker, para
        out.append(Attribution(content=c_span, cue=_chars(doc, cue) if cue else None, speaker=speaker, kind=kind))
    return out


def _chars(doc, span: TokenSpan) -> tuple[int, int]:
    return doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])


def content_kind(text: str, span, quotes, holes) -> str:
    """direct when every word of the content is inside quotation marks, mixed when some, else indirect."""
    s, e = span
    while s < e and text[s] in EDGE_CHARS and text[s] not in "“\"":
        s += 1
    inside = outside = 0
    k = max(0, bisect.bisect_right([q[0] for q in quotes], s) - 1)
    pos = s
    for qs, qe in quotes[k:]:
        if qs >= e:
            break
        if qe <= pos:
            continue
        outside += _words(text, pos, max(pos, qs), holes)
        inside += _words(text, max(pos, qs), min(qe, e), holes)
        pos = min(qe, e)
    outside += _words(text, pos, e, holes)
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def _words(text: str, s: int, e: int, holes) -> int:
    """Alphanumeric words in text[s:e] that are not inside a hole (the attribution's own source/cue)."""
    n = 0
    for hole in holes:
        hs, he = hole
        if hs < e and s < he:
            rest = [h for h in holes if h != hole]
            return _words(text, s, hs, rest) + _words(text, he, e, rest)
    for w in text[s:e].split():
        if any(ch.isalnum() for ch in w):
            n += 1
    return n
