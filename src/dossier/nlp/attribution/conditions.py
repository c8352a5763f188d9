"""A conditional is reported whole or not at all.

"If the mill closes, I think that is a hard problem for the town" asserts nothing without its "if" clause, and its
"if" clause alone asserts nothing: strict reads of AllSides 1041-1999 (round 13) judged a content that held only one
half wrong ("If the mill closes" as the content; "“If the mill closes,” he said, “I think that is a hard problem”"
read as the claim that it is a hard problem). A content cannot take in the other half when the tag stands between
them (a content never holds its own cue), so ``bounds`` drops a content that is

- only the antecedent: every clause of it is an "if" / "unless" clause of a verb outside it;
- a consequent whose "if" / "unless" clause the parse hangs on it but lies outside it, beyond the cue or the
  source; one next to it, with no tag between, is taken in ("said that [if it's “true”,] it's a “crime”").

Both halves kept as contents of one cue ("“If the mill closes,” he said, “I think …”" read as two records of one
interrupted quotation) stay: together they are the whole conditional. And ``extract`` shows neither half unless
both are shown (``halves_alone``): the filters after ``bounds`` may hide one.

A content after its cue that stops where its condition begins ("said she was ready to close the port[, provided
the council …]", "said the board would sue the firm — and freeze its accounts — [if the strike …]") is widened to
take the condition in, when the condition runs to the end of the sentence with no quotation, no other content and
no tag of speech in it (``with_trailing_condition``): a promise or threat read without its "if" says more than
the speaker did (strict read, round 20: the tagger stops before a comma or a dash).

Spans are token spans ``(first, last + 1)``, as in ``bounds``.
"""
from __future__ import annotations

from .cues import DASHES, SPEECH_VERBS

TokenSpan = tuple[int, int]

CONDITION_MARKS = frozenset({"if", "unless"})
# Verbs after which "if" means "whether" ("asked if the talks would resume"), however the parser hangs it.
ASKING_VERBS = frozenset("ask wonder know question doubt see check decide determine tell".split())


def whole_conditional(doc, content: TokenSpan, cue, source, others=(), widen: bool = True) -> TokenSpan | None:
    """``content`` with the other half of its conditional, when that half lies next to it with neither cue nor
    source between ("said that [if it's “true” that …,] it's a “crime”"); None (no content) when the tag
    stands between the halves, or when ``content`` is only the "if" clause, unless the other half is a content
    of its own among ``others`` (the two halves of "“If …,” he said, “…”" are read together, as one
    interrupted quotation: ``extract._join_interrupted``) (see the module)."""
    s, e = content
    held = lambda i: any(a <= i < b for a, b in others)  # noqa: E731
    tops = [t for t in doc[s:e] if not t.is_punct and not t.is_space and not (s <= t.head.i < e and t.head.i != t.i)]
    if tops and all(_condition(t) and not s <= t.head.i < e for t in tops):
        if cue and any(t.left_edge.i <= cue[0] <= t.right_edge.i or cue[0] <= t.head.i < cue[1] for t in tops):
            return content  # "If, [as I've suggested], he benefits from …, …": the cue reports the clause itself;
            # one the parser hangs on the cue leaves its consequent unknown ("“If …,” he said, “I could …”")
        return content if all(held(t.head.i) for t in tops) else None
    tag = [i for span in (cue, source) if span for i in range(*span)]
    for tok in doc[s:e]:
        for child in tok.children:
            if not _condition(child):
                continue
            lo, hi = child.left_edge.i, child.right_edge.i + 1
            if held(child.i):
                continue
            if hi <= s:
                if not widen or any(lo <= i < s for i in tag):
                    return None
                s = lo
            elif lo >= e:
                if not widen or any(e <= i < hi for i in tag):
                    return None
                e = hi
    return s, e


# Words that open a clause of condition after a comma or a dash (longest first).
CONDITION_OPENERS = (("so", "long", "as"), ("as", "long", "as"), ("on", "condition", "that"), ("provided", "that"),
                     ("providing", "that"), ("provided",), ("if",), ("unless",))
COORDINATORS = frozenset({"and", "or"})  # "— and freeze its accounts —": a second act of the content's own


def with_trailing_condition(doc, content: TokenSpan, cue, quoted, others=()) -> TokenSpan:
    """``content`` after its cue widened over the clause of condition that follows it to the end of its sentence,
    past a dashed second act of its own ("— and freeze its accounts —") (see the module)."""
    s, e = content
    if cue is None or cue[1] > s or e >= len(doc) or e <= s:
        return content
    end = doc[e - 1].sent.end
    while end > e and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    k = _past_dashed_act(doc, e, end, quoted)
    if k < end and (doc[k].text == "," or doc[k].text in DASHES):
        k += 1
    opener = next((w for w in CONDITION_OPENERS if [t.lower_ for t in doc[k:k + len(w)]] == list(w)), None)
    if opener is None or k + len(opener) >= end:
        return content
    marker = doc[k + len(opener) - 1]
    if any(quoted[e:end]) or any(_tag(t, marker) for t in doc[k:end]) or any(e < b and a < end for a, b in others):
        return content  # a quotation, a tag or another content in it: not a clause of this content alone
    return s, end


def _tag(tok, marker) -> bool:
    """``tok`` is a verb of speech with a subject: a tag ("if, she said, …") or a report of its own; not the verb
    that the condition's ``marker`` opens, nor a conjunct of it ("so long as [they agree] to the terms": fresh strict
    reads, round 21)."""
    own = marker.dep_ == "mark" and (tok.i == marker.head.i or tok.dep_ == "conj" and tok.head.i == marker.head.i)
    return not own and tok.lemma_.lower() in SPEECH_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _past_dashed_act(doc, e: int, end: int, quoted) -> int:
    """The closing dash of an aside opened at ``e`` by a dash and "and"/"or" with no subject of its own ("— and to
    call in the guard —"), else ``e``."""
    if e + 2 >= end or doc[e].text not in DASHES or doc[e + 1].lower_ not in COORDINATORS:
        return e
    close = next((t.i for t in doc[e + 2:end] if t.text in DASHES), None)
    if close is None or any(quoted[e:close]) or any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[e + 2:close]):
        return e
    return close


def _condition(tok) -> bool:
    """``tok`` heads an "if" / "unless" clause of condition; not "if" as "whether" ("asked if …")."""
    return (tok.dep_ == "advcl" and tok.head.lemma_.lower() not in ASKING_VERBS
            and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children))


def halves_alone(doc, pairs: list[tuple]) -> list[bool]:
    """For each (content, cue) pair of character spans (the reportable attributions of a Doc; cue may be None),
    whether its content is half a conditional whose other half is none of the others' ("“If the mill closes,” he
    said" shown while the rest is not): shown alone, it reads as an assertion (see the module)."""
    def tokens(span):
        sp = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
        return (sp.start, sp.end) if sp is not None else None
    contents = [tokens(c) for c, _ in pairs]
    cues = [tokens(q) for _, q in pairs]
    out = []
    for k, span in enumerate(contents):
        others = [t for j, t in enumerate(contents) if j != k and t is not None]
        out.append(span is not None and whole_conditional(doc, span, cues[k], None, others, widen=False) is None)
    return out
