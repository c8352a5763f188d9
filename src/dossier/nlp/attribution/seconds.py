"""A second report of the same source coordinated after the first (strict readers of dev, read 12: a content
"takes in a second cue and what follows it").

"Harbour officials say [Kessel is on the verge of a shortage], and estimate [the port could stay shut]": the
parser often hangs the second verb of speech inside the first complement (a conjunct of "is"), or on the cue
itself ("said …, but says …"), and the tagger then reads one content across both. The content ends before the
conjunction, and the second verb's clausal complement, when it has one, becomes a content of its own with the
second verb as its cue and the same source (not when that verb is negated: "…, but has not said how"). The second verb is the source's, not the content's, when it has no
subject of its own (or a pronoun for the source) and

- it hangs on the cue: a verb of saying coordinated with the cue ("said …, but says …"), or the cue's own verb
  again in its form ("want …, but want …"); not "insisted …, but does want …", the content's subject's wish; or
- it is a participle of saying set off by a comma, with no subject of its own (", claiming the evidence …",
  ", adding that …"), as when the tagger splits it off itself, hung on the cue or on the complement's head, or on
  a later conjunct of that head ("said the board did not close the quay or [sell] the cranes[, calling the charge
  absurd]": fresh strict reads, round 21); or
- it hangs on the head of the first complement and, being a verb of saying proper (not of belief), either
  (i) the complement's subject is a pronoun for the source ("the union claimed [it] had kept to the truce and
  accused the board …": the source acts in both readings), or (ii) its form is the cue's and not the
  complement head's ("Kessel [is] … and [estimate] …", "the cranes [were] … and claimed" after "says"), or
  (iii) the complement says what something is, or what was done to it, of a subject that cannot speak ("said [the
  cranes] were ready and claimed …": cranes claim nothing; "said the nets were torn and spoke of a long winter").

A report an outlet relays whole ("[Vell said the quay was closed], the Courier reported", "…, according to the
Courier": the content before the outlet's tag is headed by a verb of saying with a subject of its own) is that
speaker's: the record becomes the inner verb's complement, with that verb as cue and its subject as source
(``relayed_report``), so the outlet is no speaker of it (strict reads, round 14).

Inside quotation marks nothing is cut. Spans are token spans ``(first, last + 1)`` of a spaCy Doc, as in
``bounds``; ``quoted`` flags tokens inside quotation marks.
"""
from __future__ import annotations

from .cues import CLOSE_QUOTES, FINITE_TAGS, SPEECH_ONLY_VERBS, STRAIGHT_QUOTE
from .narration import CONTENT_DEPS as COMPLEMENT_DEPS  # a clause a verb of saying reports
from .roles import PERSON_NOUNS
from .rules import is_edge

TokenSpan = tuple[int, int]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
SOURCE_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# Verbs of saying proper, and verbs by which a source accuses, praises or blames (general English, kept as data):
# no thing the first complement talks about does these.
SAYING_VERBS = (SPEECH_ONLY_VERBS - {"want", "mean", "demand", "agree", "disagree", "wonder"}) | frozenset(
    "accuse blame criticize criticise praise condemn denounce dismiss speak talk".split())
LINKS = frozenset({"and", "but", "yet"})
MIN_WORDS = 2
CLOSE_MARKS = CLOSE_QUOTES + STRAIGHT_QUOTE


def split_second_report(doc, content: TokenSpan, cue, source, quoted) -> list[tuple]:
    """[(content, cue, source)], or, when a second report of the source's is coordinated inside the content,
    the first content cut before it and the second verb's complement with that verb as cue (see the module)."""
    s, e = content
    verb = _cue_verb(doc, cue)
    relayed = relayed_report(doc, content, cue, quoted)
    if relayed is not None:
        return [relayed]
    if verb is None or cue[1] > s:
        return [(content, cue, source)]
    for tok in doc[s + 1:e]:
        if quoted[tok.i] or tok.pos_ != "VERB":
            continue
        if tok.dep_ == "conj" and _second_report(tok, verb, source, s, e):
            link = _link_before(doc, tok, s)
        elif _participle_of_speech(doc, tok, verb, s, e):
            link = tok.i - 1
        else:
            continue
        if link is None:
            continue
        cut = _trim_end(doc, s, link)
        if _words(doc, s, cut) < MIN_WORDS:
            continue
        out = [((s, cut), cue, source)]
        comp = next((c for c in tok.children if c.dep_ in COMPLEMENT_DEPS and c.i > tok.i), None)
        if comp is not None and comp.right_edge.i < e and not any(quoted[tok.i:comp.left_edge.i]) and not any(
                c.dep_ == "neg" for c in tok.children):  # "…, but has not said how …": nothing said
            second = (comp.left_edge.i, _trim_end(doc, comp.left_edge.i, comp.right_edge.i + 1))
            if _words(doc, *second) >= MIN_WORDS and not _headless(comp):
                out.append((second, (tok.i, tok.i + 1), source))
        return out
    return [(content, cue, source)]


# "…, the Courier reported", "…, according to the Courier": an outlet passing on another's words (lemmas).
RELAYING_WORDS = frozenset({"report", "accord"})


def relayed_report(doc, content: TokenSpan, cue, quoted) -> tuple | None:
    """(content, cue, source) of the report that a content before an outlet's "reported" or "according to" holds
    whole ("[Vell said the quay was closed], the Courier reported" -> "the quay was closed", "said", "Vell"), or
    None (see the module). The inner verb heads the content,
    outside quotation marks, in the outlet's sentence, with a subject and a clausal complement inside the content."""
    s, e = content
    relay = None if cue is None or cue[0] < e else next(
        (t for t in doc[cue[0]:cue[1]] if t.lemma_.lower() in RELAYING_WORDS), None)
    if relay is None:
        return None
    root = doc[s:e].root
    if root.pos_ != "VERB" or root.lemma_.lower() not in SAYING_VERBS or quoted[root.i] or root.sent != relay.sent:
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and s <= c.i), None)
    comp = next((c for c in root.children if c.dep_ in COMPLEMENT_DEPS and s <= c.left_edge.i), None)
    if subject is None or comp is None or comp.right_edge.i >= e or quoted[subject.i]:
        return None
    start = comp.left_edge.i
    inner = (start, _trim_end(doc, start, comp.right_edge.i + 1))
    speaker = (subject.left_edge.i, _trim_end(doc, subject.left_edge.i, subject.right_edge.i + 1))
    if _words(doc, *inner) < MIN_WORDS:
        return None
    return inner, (root.i, root.i + 1), speaker


def _cue_verb(doc, cue):
    if cue is None:
        return None
    return next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)


def _second_report(tok, verb, source, s: int, e: int) -> bool:
    """``tok``, a conjunct inside the content, is a second report of the cue's source (see the module)."""
    lemma = tok.lemma_.lower()
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if any(c.lower_ not in SOURCE_PRONOUNS for c in subjects) or any(c.dep_ == "mark" for c in tok.children):
        return False  # "…, and local officials say …", "…, but that …": more of what was said
    if tok.head.i == verb.i:  # "said …, but says …"; not "insisted …, but does want …", the content's own wish
        return lemma in SAYING_VERBS or lemma == verb.lemma_.lower() and finite_form(tok) == finite_form(verb)
    head = tok.head
    if lemma not in SAYING_VERBS or head.head.i != verb.i or head.dep_ not in COMPLEMENT_DEPS or not s <= head.i < e:
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "PRP" and subject.lower_ in SOURCE_PRONOUNS and _may_be_source(subject, source):
        return True
    form, head_form, cue_form = finite_form(tok), finite_form(head), finite_form(verb)
    if form is not None and form == cue_form and head_form is not None and form != head_form:
        return True
    return (_state_of(head) and subject is not None and form == cue_form and not _someone(subject))


def _headless(clause) -> bool:
    """A finite clause whose subject the parse hung elsewhere (", saying [now] [is not the time …]"): read from
    its verb, it is a fragment with no subject (fresh strict reads, round 21)."""
    return finite_form(clause) is not None and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _state_of(head) -> bool:
    """The complement tells a state of its subject or what was done to it ("the deal [was] dead", "the nets were
    [torn]"): a copula or a passive, of which the subject is no doer that could go on to speak."""
    return head.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in head.children)


def _participle_of_speech(doc, tok, verb, s: int, e: int) -> bool:
    """``tok`` is a participle of saying set off by a comma, with no subject of its own, closing the content and
    hung on the cue or on the head of its complement (", claiming the evidence did not …", ", adding that …"): the
    source's next words. Not one hung deeper in the content ("… to cooperate …, suggesting …"), nor one the
    content goes on after ("…, posting them online, and a preacher …")."""
    head = tok.head
    top = first_conjunct(head, s, e)
    return (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in SAYING_VERBS and tok.i - 1 > s
            and doc[tok.i - 1].text == "," and not any(t.is_alpha for t in doc[tok.right_edge.i + 1:e])
            and (head.i == verb.i or s <= head.i < e and top.head.i == verb.i and top.dep_ in COMPLEMENT_DEPS | {
                "dobj", "xcomp", "pobj"})
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in tok.children))


def first_conjunct(tok, s: int, e: int):
    """The first of the conjuncts ``tok`` belongs to inside ``[s, e)`` ("did not [abuse] his power or [obstruct]
    Congress": "obstruct" -> "abuse"), or ``tok`` itself."""
    while tok.dep_ == "conj" and s <= tok.head.i < e:
        tok = tok.head
    return tok


def _may_be_source(pronoun, source) -> bool:
    """The pronoun may stand for the source: the same pronoun, or any when the source is named."""
    if source is None:
        return True
    words = [t for t in pronoun.doc[source[0]:source[1]] if not is_edge(t)]
    if len(words) == 1 and words[0].tag_ == "PRP":
        return words[0].lower_ == pronoun.lower_
    return True


def finite_form(verb) -> str | None:
    """The finite form of ``verb``'s clause: its own tag or its finite auxiliary's ("MD" for a modal); a bare
    verb reads as a present ("VBP")."""
    if verb.tag_ in FINITE_TAGS:
        return verb.tag_
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")),
               None)
    if aux is not None:
        return aux.tag_
    return "VBP" if verb.tag_ == "VB" else None


def _someone(tok) -> bool:
    """A noun phrase for people or a body that may speak (as ``filters._someone``)."""
    if tok.tag_ == "PRP":
        return tok.lower_ not in ("it", "itself")
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lemma_.lower() in PERSON_NOUNS


def _link_before(doc, tok, s: int) -> int | None:
    """Where the coordination before ``tok`` starts (its comma or its conjunction), or None when no
    conjunction joins it ("and", "but", "yet")."""
    start = min([tok.i] + [c.left_edge.i for c in tok.children if c.dep_ in ("aux", "neg", "advmod") and c.i < tok.i])
    k = start - 1
    while k > s and (doc[k].pos_ == "ADV" or is_edge(doc[k])) and doc[k].lower_ not in LINKS:
        k -= 1
    if k <= s or doc[k].lower_ not in LINKS or doc[k].pos_ != "CCONJ":
        return None
    return k


def _trim_end(doc, s: int, e: int) -> int:
    """End of [s, e) without edge punctuation; a closing quotation mark stays."""
    while e > s and is_edge(doc[e - 1]) and doc[e - 1].text not in CLOSE_MARKS:
        e -= 1
    return e


def _words(doc, s: int, e: int) -> int:
    return sum(1 for t in doc[s:e] if t.is_alpha or t.like_num)
