"""The reporter's gloss at the end of a content: words about someone or something the content names, or
about why the source spoke, that the source did not say. Strict readers of the 450 dev articles found such
tails in about 8 % of judged records; ``bounds`` cuts each of these off a reported content after its cue,
outside quotation marks, when the gloss runs to the content's end:

- an appositive that says who a person named as an object is ("was told by [Ana Lind][, the port board's
  chief counsel]", "dropped its bid to hear [Ivo Brant][, a former harbor master who has refused to
  testify]"); not one on a subject or a predicate ("said the new chief would be Lind, a former judge": that
  is the claim);
- a phrase of response set off by a comma ("vowed that Ostria would close the border[, in response to
  Veldan's threat to seize the quay]"): the reporter's account of what the statement answers; not one the
  source may have put as a condition ("…, in response to any attack");
- the reporter's reading of what the statement amounted to, set off by a comma ("told the crews they would be
  paid[, in what appeared a ploy to break the strike]", "…, in what was widely seen as a rebuke"): a
  "what" clause of seeming or being under "in" is the writer's characterisation, never the source's.

Spans are token spans ``(first, last + 1)``, as in ``bounds``; ``quoted`` flags tokens inside quotation marks.
"""
from __future__ import annotations

from .roles import PERSON_NOUNS

TokenSpan = tuple[int, int]

OBJECT_DEPS = frozenset({"pobj", "dobj", "obj", "dative"})
# "in response to", "in retaliation for", "in reaction to": a multiword preposition of answering.
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reply"})
OPEN_DETERMINERS = frozenset({"any", "a", "an", "every", "each"})  # "in response to any attack": a condition
# Verbs of a "what" clause by which the reporter reads a statement ("in what appeared to be", "in what seemed",
# "in what was seen as", "in what amounted to").
SEEMING_VERBS = frozenset("appear seem look sound be amount see view regard consider".split())


def without_person_appositive(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """``content`` without a closing appositive on a person it names as an object (see the module)."""
    s, e = content
    if cue[1] > s or any(quoted[s:e]):
        return content
    for tok in doc[s + 1:e]:
        name = tok.head
        if tok.dep_ != "appos" or doc[tok.left_edge.i - 1].text != "," or not s <= name.i < tok.left_edge.i:
            continue
        if not _a_person(name, tok) or name.dep_ not in OBJECT_DEPS or not _to_end(doc, tok, e):
            continue
        return _cut(doc, content, tok.left_edge.i - 1)
    return content


def without_response_phrase(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """``content`` without a closing ", in response to …" (see the module)."""
    s, e = content
    if cue[1] > s:
        return content
    for tok in doc[s + 1:e - 2]:
        noun = doc[tok.i + 1]
        if tok.lower_ != "in" or doc[tok.i - 1].text != "," or noun.lower_ not in RESPONSE_NOUNS or quoted[tok.i]:
            continue
        if any(quoted[tok.i:e]) or not _to_end(doc, tok, e):
            continue
        objects = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if any(d.lower_ in OPEN_DETERMINERS for o in objects for d in o.children if d.dep_ == "det"):
            continue
        return _cut(doc, content, tok.i - 1)
    return content


def without_characterisation(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """``content`` without a closing ", in what appeared to be …" (see the module)."""
    s, e = content
    if cue[1] > s:
        return content
    for tok in doc[s + 1:e - 2]:
        if tok.lower_ != "in" or doc[tok.i - 1].text != "," or doc[tok.i + 1].lower_ != "what" or any(quoted[tok.i:e]):
            continue
        verb = doc[tok.i + 1].head
        if verb.lemma_.lower() not in SEEMING_VERBS or doc[tok.i + 1].dep_ not in ("nsubj", "nsubjpass"):
            continue  # "…, in what he called …" reports a name the source gave
        if verb.head.i == tok.i and _to_end(doc, tok, e):
            return _cut(doc, content, tok.i - 1)
    return content


def _a_person(name, appositive) -> bool:
    """``name`` is a person's and the appositive describes them: a common noun ("…, the port's counsel",
    "…, a former harbor master"), on a name so tagged or one the appositive calls a person."""
    if appositive.pos_ != "NOUN":
        return False  # "joining Ivo Brant, Ana Lind and Tomas Vell": a list of names, not a description
    return name.ent_type_ == "PERSON" or name.pos_ == "PROPN" and appositive.lemma_.lower() in PERSON_NOUNS


def _to_end(doc, tok, e: int) -> bool:
    """The phrase ``tok`` opens runs to the content's end."""
    return not any(t.is_alpha or t.like_num for t in doc[tok.right_edge.i + 1:e])


def _cut(doc, content: TokenSpan, comma: int) -> TokenSpan:
    """``content`` ended before the comma at ``comma``, when a verb and two words stay."""
    s, e = content
    kept = doc[s:comma]
    if sum(t.is_alpha for t in kept) < 2 or not any(t.pos_ in ("VERB", "AUX") for t in kept):
        return content
    return s, comma
