"""Parse rules for attribution spans, used when no trained tagger ships (or it is switched off).

A speech or belief verb gives the cue; its subject the source; its clausal complement (or the quote
next to it) the content. "according to X" makes X the source of the rest of its clause.
"""
from __future__ import annotations

from .attribution_tagger import Tagged
from .cues import ACCORDING_TO, SPEECH_VERBS

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def rule_spans(doc) -> Tagged:
    contents, sources, cues = [], [], []
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
            subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            comp = [c for c in tok.children if c.dep_ in CONTENT_DEPS]
            if subj and comp:
                cues.append((tok.i, tok.i + 1))
                sources.append(_subtree(subj[0]))
                contents.append(_subtree(comp[0]))
        elif tok.lower_ == ACCORDING_TO[0] and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == ACCORDING_TO[1]:
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                src = _subtree(objs[0])
                sent = tok.sent
                cues.append((tok.i, tok.i + 2))
                sources.append(src)
                before, after = (sent.start, tok.i), (src[1], sent.end)
                contents.append(max(before, after, key=lambda sp: sp[1] - sp[0]))
    return Tagged(sorted(c for c in contents if c[1] > c[0]), sorted(sources), sorted(cues))


def _subtree(tok) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1
