"""A description of one person as a speaker, named in the next sentence under the same post.

"The admiral in charge of the northern fleet said Tuesday that … Adm. Ivo Brant told reporters …" and "A
ministry spokesman said the talks had failed. The spokesman, Pell Dray, added …": the description and the
person named right after it are one. The later mention must carry the description's post noun as a title
written before the name ("Adm.", "Prime Minister", "ministry spokesman") or as a definite noun with the name
in apposition ("The spokesman, Pell Dray,"), be the subject of its clause, and be the only such mention of
the next sentence; words set before both posts ("rebel spokesman" / "Government spokesman") must share one.
Whether no one before holds the post, and whether the post conflicts with the person's known role, is the
resolver's to check. Source: strict reads of dev speakers (AllSides 1041-1999, round 16: "the admiral in
charge of …" left as the description though the next sentence names him by title).

Shapes: ``candidates(doc, head, persons)`` -> list of (person index, name tokens) pairs; the resolver picks.
"""
from __future__ import annotations

import bisect

from . import roles
from .rules import SUBJECT_DEPS

# Ranks that name one officer as a post ("the admiral", "the colonel"), beside ``roles.ROLE_NOUNS``
# (general English, as data).
RANK_POSTS = frozenset("admiral colonel lieutenant sergeant captain".split())
# Words set before a post that say nothing of whose post it is ("the new spokesman", "a top aide").
PLAIN_MODIFIERS = frozenset("""new incoming outgoing current then top senior chief longtime veteran former acting
interim official first""".split())
# Words before a description that make it another or one of several ("another spokesman", "one official").
OTHER_DETERMINERS = frozenset("another one other some any each every no".split())
TITLE_SPAN = 4  # words before a name looked at for its title ("Foreign Ministry spokesman Pell Dray")


def is_post(head) -> bool:
    """``head`` names one holder of a post ("admiral", "spokesman"), not several."""
    return head.tag_ not in ("NNS", "NNPS") and head.lemma_.lower() in (roles.ROLE_NOUNS | RANK_POSTS)


def describes_one(span, head) -> bool:
    """The source is a description of one unnamed person ("the admiral in charge of …", "a ministry
    spokesman", "Ostria's prime minister"), not "another spokesman", "his aide" or a list. A bare "the
    president" is not one: it may mean a leader the article never names ("The president said … Chinese
    President Xi said")."""
    if not is_post(head) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    left = [t for t in span if t.i < head.i]
    if any(t.lower_ in OTHER_DETERMINERS or t.like_num for t in left):
        return False
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in head.lefts):
        return False  # "his spokesman": someone's, told by the owner
    from .speakers import _place_of_prep  # "the admiral in charge of … Asia and the Pacific" is one

    if any(c.dep_ == "conj" and not _place_of_prep(head, c) for c in head.children):
        return False  # "the admiral and the general": two
    indefinite = bool(left) and left[0].lower_ in ("a", "an")
    return indefinite or any(t.dep_ != "det" for t in span if t.i != head.i and not t.is_punct)


def modifiers(head) -> set[str]:
    """Lower-case words set before a post noun that tell whose post it is ("rebel", "ministry", "prime")."""
    return {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod", "nmod") and t.is_alpha
            and t.lower_ not in PLAIN_MODIFIERS} - {head.lower_}


def _post_word(tok, lemma: str) -> bool:
    written = roles.TITLE_ABBREVIATIONS.get(tok.lower_.rstrip(".") + ".")  # "Adm." or "Adm" is an admiral
    return written == lemma or tok.lemma_.lower() == lemma or tok.lower_ == lemma


def _title_word(tok) -> bool:
    """``tok`` may be a word of a title written before a name ("Foreign", "Ministry", "spokesman", "Adm.")."""
    return (tok.is_alpha or tok.text.endswith(".")) and tok.pos_ in ("PROPN", "NOUN", "ADJ") \
        and tok.dep_ in ("compound", "amod", "nmod") and tok.ent_type_ != "PERSON"


def _next_sentence(head):
    """The sentence after ``head``'s, or None."""
    end = head.sent.end
    return head.doc[end].sent if end < len(head.doc) else None


def _subject(tok) -> bool:
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS)


def titled(doc, start: int, end: int, head) -> set[str] | None:
    """The words set before the post in a title written before (or inside) the name at tokens [start, end)
    ("Foreign Ministry spokesman Pell Dray" -> {"foreign", "ministry"}), when the title holds ``head``'s post
    noun; else None."""
    lemma = head.lemma_.lower()
    first = start
    while first > 0 and start - first < TITLE_SPAN and _title_word(doc[first - 1]):
        first -= 1
    words = list(doc[first:end])
    k = next((i for i, t in enumerate(words) if _post_word(t, lemma)), None)
    if k is None:
        return None
    return {t.lower_ for t in words[:k] if t.is_alpha and t.lower_ not in PLAIN_MODIFIERS}


def candidates(doc, head, persons: list, in_quote) -> list[tuple[int, tuple[int, int]]]:
    """Mentions in the sentence after ``head``'s that name someone under ``head``'s post, as (index into
    ``persons`` or -1, name tokens): a titled name that is a subject ("Adm. Ivo Brant told …"), or the post as
    a definite subject with a name in apposition ("The spokesman, Pell Dray, added"). Names whose title says
    whose post it is otherwise than the description ("Government spokesman" for "a rebel spokesman") are left
    out; so is everything inside quotation marks."""
    from .speakers import _named_appositive  # the resolver's reading of "The spokesman, Pell Dray,"

    sent = _next_sentence(head)
    if sent is None:
        return []
    said = modifiers(head)
    found = []
    starts = [p.start for p in persons]
    for k in range(bisect.bisect_left(starts, sent.start_char), bisect.bisect_left(starts, sent.end_char)):
        p = persons[k]
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not len(span) or in_quote(p.start):
            continue
        title = titled(doc, span.start, span.end, head)
        if title is None or not _subject(span.root):
            continue
        if said and title and not said & title:
            continue
        found.append((k, (span.start, span.end)))
    for tok in sent:
        if tok.lemma_.lower() != head.lemma_.lower() or tok.pos_ not in ("NOUN", "PROPN") or in_quote(tok.idx):
            continue
        det = [c for c in tok.lefts if c.dep_ == "det"]
        if not det or det[0].lower_ != "the" or tok.dep_ not in SUBJECT_DEPS:
            continue
        named = _named_appositive(doc[tok.left_edge.i:tok.right_edge.i + 1], tok)
        if named is not None and not (said and modifiers(tok) and not said & modifiers(tok)):
            found.append((-1, named))
    return found
