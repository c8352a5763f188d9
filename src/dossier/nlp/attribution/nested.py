"""Whose words a quotation is when "according to" reports someone else's speech tag (issue 9, a nested
quote given to the quoting speaker): in «Vell told the board, “We never had rope,” according to Lind» or
«“We never had rope,” the pilot testified, according to the transcripts» the quotation is Vell's (the
pilot's) as Lind (the transcripts) report it. The record names the subject of the inner tag, never the
one "according to" names.
"""
from __future__ import annotations

from .cues import ACCORDING_TO, SPEECH_VERBS
from .rules import subjects

CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})  # a verb with a clause of its own says that clause, not the quote


def is_according(doc, cue) -> bool:
    """The cue is "according to" ("according to Lind")."""
    return any(t.lower_ == ACCORDING_TO[0] for t in doc[cue[0]:cue[1]])


def inner_tag_subject(doc, content, cue, quoted) -> tuple[int, int] | None:
    """Tokens of the subject of the speech tag that introduces the quoted part of ``content`` in its
    sentence, outside quotation marks and outside the cue: a tag after the quotation ("“…,” Vell told the
    board, according to …"; the tag may end the content) whose verb takes no clause of its own, or a tag
    just before it ("Vell said, “…”", or between the two parts of an interrupted quotation, its second
    part's); the words "according to" governs are no tag. None when the content holds no quotation or
    no such tag."""
    s, e = content
    marked = [k for k in range(s, e) if quoted[k]]
    if not marked:
        return None
    reported = {t.i for t in doc[cue[1] - 1].subtree} | set(range(*cue))  # "according to [a video posted by …]"
    after = range(marked[-1] + 1, cue[0] if cue[0] >= e else e)
    before = range(min(doc[s].sent.start, doc[cue[0]].sent.start), marked[0])  # a quotation's second part too
    for region, tag_after in ((after, True), (before, False)):
        for k in region:
            tok = doc[k]
            if quoted[k] or k in reported or tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS:
                continue
            if tag_after and any(c.dep_ in CLAUSE_DEPS and not quoted[c.i] for c in tok.children):
                continue  # "when it told the group that …": a clause of its own, not a tag
            if not tag_after and any(doc[j].pos_ in ("VERB", "AUX") and not quoted[j] and j not in reported
                                     for j in range(k + 1, marked[0])):
                continue  # not the tag next to the quotation
            subj = next((c for c in subjects(tok) if not quoted[c.i]), None)
            if subj is not None:
                return subj.left_edge.i, subj.right_edge.i + 1
    return None
