"""The second half of a contrast that a speech tag splits: "Sanctions are not meant to punish, Lind said, [but
are a way to discourage Lerran]". The first half denies, the second gives the point; a content that stops at
the tag stops mid-thought (strict reads, round 15). When the tagger leaves the second half untagged, it
becomes a content of its own of the same cue and source (as the tagger already gives "The toll is not a tax,
Lind said, [but a fee for the bridge]"); the halves are not joined, since that would put the tag inside the
content.

Only when the parse says so: the first half, before its tag, holds a negation ("not", "never", "n't"); right
after the tag come a comma and "but"; the word "but" joins is coordinated with the first half's words, or with
the tag's past verb while it is itself told in the present with no subject of its own ("…, Lind said, but
[are] …": the source's act would be told in the past like "said"). The second half runs to the end of that
word's phrase within the sentence and may overlap no other content.

The other way round, a content after the tag that is only "but" and the source's own act is no content: "The
ferry will not stop, Lind said, [but refused to say when it would sail]" (``sources_act_after_tag``): a verb
with no subject of its own, coordinated with the first half's verb, told in the tag's past while the first half
is not past (a ferry "will not stop" and "refused" cannot share a subject and a time), or a verb of refusing,
which only someone can do.

Spans are token spans ``(first, last + 1)`` of a spaCy Doc, as in ``bounds``.
"""
from __future__ import annotations

from ..deps import present_perfect
from .cues import FINITE_TAGS, REFUSAL_VERBS, SPEECH_VERBS
from .glosses import PRESENT_TAGS
from .rules import past_cue_before
from .seconds import SUBJECT_DEPS, finite_form

TokenSpan = tuple[int, int]

NEGATIONS = frozenset({"not", "never", "n't"})
TAIL_DEPS = frozenset({"dobj", "dative", "iobj", "npadvmod", "prep"})  # the tag's own words after its verb
MAX_TAG_TAIL = 5


def with_second_halves(doc, triples, quoted) -> list[tuple]:
    """``triples`` of (content, cue, source) with, after each content that a tag splits from the second half
    of its contrast, that half as a content of the same cue and source (see the module)."""
    out = []
    taken = [t[0] for t in triples]
    for content, cue, source in triples:
        out.append((content, cue, source))
        half = _second_half(doc, content, cue, source, quoted)
        if half is not None and not any(o[0] < half[1] and half[0] < o[1] for o in taken):
            out.append((half, cue, source))
            taken.append(half)
    return out


def _second_half(doc, content: TokenSpan, cue, source, quoted) -> TokenSpan | None:
    s, e = content
    if cue is None or cue[0] < e or any(quoted[s:e]):
        return None
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), None)
    tag_end = max(cue[1], source[1] if source is not None else cue[1])
    while verb is not None and tag_end < min(len(doc), cue[1] + MAX_TAG_TAIL) and doc[tag_end].text != "," \
            and _of_the_tag(doc[tag_end], verb):
        tag_end += 1  # "…, Lind told [reporters], but …", "…, Lind said [on Monday], but …"
    if verb is None or verb.tag_ != "VBD" or tag_end + 2 >= len(doc):
        return None
    if any(t.is_alpha for t in doc[e:min(cue[0], source[0] if source is not None else cue[0])]):
        return None  # the tag follows the content directly
    comma, but = doc[tag_end], doc[tag_end + 1]
    if comma.text != "," or but.lower_ != "but" or but.sent != doc[s].sent or quoted[but.i]:
        return None
    if not any(t.lower_ in NEGATIONS and t.dep_ == "neg" for t in doc[s:e]):
        return None  # only the contrast "not X …, but Y"
    point = next((t for t in doc[but.i + 1:but.sent.end] if t.dep_ == "conj" and t.i > but.i
                  and (s <= t.head.i < e or t.head.i == verb.i)), None)
    if point is None:
        return None
    if point.head.i == verb.i and not _present_without_subject(point):
        return None  # "…, Lind said, but declined to …": the source's own act, told like the tag
    end = min(point.right_edge.i + 1, but.sent.end)
    while end > but.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (but.i, end) if sum(t.is_alpha for t in doc[but.i + 1:end]) >= 2 else None


def _of_the_tag(tok, verb) -> bool:
    """``tok`` belongs to the tag's own words after its verb: its object or a phrase of time hung on it."""
    while tok.head.i != verb.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.dep_ in TAIL_DEPS


def _present_without_subject(verb) -> bool:
    """``verb`` is told in the present and has no subject of its own ("but [are] a way to …")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return finite_form(verb) in PRESENT_TAGS and (verb.tag_ in FINITE_TAGS or verb.tag_ == "VB")


def sources_act_after_tag(doc, content: TokenSpan, cue, quoted):
    """(content, cue) for ``content``, after its tag, when it is "but" and the source's own act, not a second
    half (see the module): None for an act ("but refused to say …": no content), the act's clause and the act
    for a second report ("but conceded [that it would sail later]"); ``False`` when it is neither."""
    act = _act_after_tag(doc, content, cue, quoted)
    if act is None:
        return False
    comp = next((c for c in act.children if c.dep_ == "ccomp" and c.i > act.i), None)
    if act.lemma_.lower() in SPEECH_VERBS and comp is not None and comp.right_edge.i < content[1]:
        return (comp.left_edge.i, comp.right_edge.i + 1), (act.i, act.i + 1)
    return None


def _act_after_tag(doc, content: TokenSpan, cue, quoted):
    """The verb of the source's own act that ``content`` (after its tag, opening with "but" or "and") holds, or None."""
    s, e = content
    if not _opens_after_past_tag(doc, content, cue, quoted, ("but", "and")):
        return None
    act = doc[s + 1] if s + 1 < e else None
    if act is None or act.dep_ != "conj" or act.pos_ != "VERB" or act.tag_ != "VBD" \
            or any(c.dep_ in SUBJECT_DEPS for c in act.children):
        return None
    first = act.head
    if first.i >= cue[0] or not first.i < s:
        return None
    return act if act.lemma_.lower() in REFUSAL_VERBS or finite_form(first) not in ("VBD", "VBN", None) else None


def writers_clause_after_tag(doc, content: TokenSpan, cue, quoted) -> bool:
    """``content``, after a tag in the past, is "but" or "yet" and a clause with a subject of its own told in the
    past or the present perfect, outside quotation marks ("The ferry sails at noon, Rusk said, [but no one else
    confirmed it]", "…, Dorn said, [but the council has closed it anyway]"): the writer's account of what others
    did or of what happened, not more of what the source said (see the module). A modal or a present stays ("…,
    Dorn said, but its hours may be cut": the source's own hedge may go on past the tag)."""
    s, e = content
    if not _opens_after_past_tag(doc, content, cue, quoted, ("but", "yet")):
        return False
    if any(t.is_alpha for t in doc[cue[1]:s] if t.pos_ in ("VERB", "AUX", "SCONJ")):
        return False
    clause = next((t for t in doc[s + 1:e] if t.pos_ in ("VERB", "AUX") and not s <= t.head.i < e or t.head.i == t.i),
                  None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and s < c.i < e for c in clause.children):
        return False
    return finite_form(clause) == "VBD" or present_perfect(clause)


def _opens_after_past_tag(doc, content: TokenSpan, cue, quoted, openers) -> bool:
    """``content`` stands after a tag in the simple past (``rules.past_cue_before``), outside quotation marks, and
    opens with one of ``openers`` ("but", "and", "yet")."""
    s, e = content
    return cue is not None and past_cue_before(doc, content, cue) and not any(quoted[s:e]) and doc[s].lower_ in openers
