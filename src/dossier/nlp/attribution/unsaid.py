"""Records whose source said nothing of what the content holds: a feeling about a thing ("enthusiastic
about [their pick]"), and a claim the source only meets or fights ("was responding to [reports] that …",
"rejected [claims] that …"), which is someone else's word. Used by ``filters.is_attribution``.
"""
from __future__ import annotations

from ...model import Attribution


def feeling_about(doc, a: Attribution) -> bool:
    """An adjective cue with a preposition ("enthusiastic about", "angry over", "happy with") and a noun
    phrase after it: the source feels something about a thing; no statement is reported ("confident that
    the quay will hold" is a clause, and stays)."""
    if a.cue is None or a.cue[1] > a.content[0]:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if cue is None or content is None or not len(cue) or not len(content):
        return False
    prep = cue[-1]
    return any(t.pos_ == "ADJ" for t in cue) and prep.pos_ == "ADP" and any(
        c.dep_ == "pobj" and c.left_edge.i <= content[0].i <= c.i for c in prep.children)


# Nouns of a claim whose owner a sentence may leave out: "reports that …", "charges that …" (the stances
# read the same words as what is rejected, not opposed).
CLAIM_WORDS = frozenset("""report claim charge allegation accusation suggestion rumor rumour speculation assertion
criticism statement assurance warning theory notion""".split())
# Verbs whose object is another's claim, met or fought: "rejected claims that …", "investigating reports that …".
COUNTERING_VERBS = frozenset("reject dismiss dispute deny refute rebut counter investigate address face probe "
                             "answer respond react".split())


def others_claim(doc, a: Attribution) -> bool:
    """The cue is a noun of saying whose owner the sentence does not give, reached by the source only as
    what it answers or fights: "Brant was responding to [reports] that …", "vulnerable to [charges] that
    …", "Brant rejected [claims] that …". The claim is someone else's; "Brant's claim that", "claims by
    Brant", "campaigned on promises to …" stay."""
    if a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or not len(cue) or cue[-1].pos_ != "NOUN":
        return False  # (the cue may hold the verb too: "rejected claims")
    noun = cue[-1]
    if noun.lemma_.lower() not in CLAIM_WORDS:
        return False  # "stressed to [reporters]": the one told, not a claim
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "against"):
        return True
    return noun.dep_ == "dobj" and head.lemma_.lower() in COUNTERING_VERBS
