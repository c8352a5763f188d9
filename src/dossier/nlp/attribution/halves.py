"""A quotation broken by its tag in the middle of a clause (strict reads: a content cut before its that-clause,
rounds 13 and 14).

- Before a complement: "“I think it's entirely possible,” Lind said, “that the quay will reopen.”": the first
  half ends before the clause that carries its point, and the second half is only that clause; neither says,
  on its own, what the source said. The same holds for any second half the parse makes a complement of a word
  in the first ("“I expect the board,” Lind said, “to approve the levy.”").
- Between subject and predicate: "“One of the reasons we moved,” Lind said, “was the rent.”": the first half
  is a subject with no verb, the second a verb with no subject (it opens with a finite verb or a modal and has
  no subject of its own). Neither is shown.
- A second half that is no clause of its own: "“The quay will reopen,” Lind said, “within a year.”",
  "“…,” Lind said, “stand up and fight”", "“…,” Lind said of her mother, “who raised six of us”": an adjunct,
  a predicate without its subject or a relative clause of the tag's words says nothing alone; only that half
  goes (the first is a whole statement).

- A subject before the tag, its verb after it, in or out of quotation marks: "The treaty, Lind said, “will not
  survive the winter”", "The plan, Lind said, is also “based on the borders of 1999”": the first half is a
  subject with no verb, the second a predicate with no subject; by the parse, the subject hangs on a verb
  after the tag (``subject_cut_by_tag``; strict reads, round 15: "only the quoted fragment kept, losing its
  subject"). Neither is shown.

- A first half that is only an opening, a phrase or a subordinate clause the second half's clause hangs on:
  "“For the harbour,” Lind said, “this is the last chance.”", "“Wherever I travel,” Lind said, “people ask
  about the ferries.”": a preposition's phrase with no verb, or a clause under "if" / "when" / "wherever" with
  no other, says nothing alone (``_opening_only``; strict reads, round 16). Only that half goes; the second
  is a whole statement.

- A first half that is only a condition or a restriction, the rest after the tag: "“Without a real deal,” Vell said,
  “the sanctions stay.”", "Unless the council pays, Vell said, the ferries stop.", "“Only if …,” Vell said, “…”":
  the first half says nothing alone, and the second alone reads as unconditional, which the source did not say
  (``after_condition``; strict reads, round 16, of the shape ``_opening_only`` left behind; as ``conditions``
  does for an "if" clause the parse hangs on the content). Neither is shown: joining them would put the tag
  inside the content. "Even if …" and "Whether or not …" concede; the rest holds whatever, and stays.

- A new quotation after a tag that ends its sentence, opening on "and" / "but" / "or" with no clause of its own:
  "“I sat beside the woman who stood for mayor,” Lind said. “And took the seat by a mile.”", "“Let us pray
  for the crews,” he said. “And for the town.”": a verb with no subject, or no verb at all, goes on the
  sentence before the tag; alone it says nothing (``_conjunct_fragment``; strict reads, readq18). An
  imperative ("“And look at the figures.”") and a whole clause ("“And I will fight it.”") stay.
- A first half that is only an opening by a preposition of two words, a gerund at most for its verb:
  "“Short of handing them the quay,” Lind said, “nothing will satisfy them.”" (``MULTIWORD_PREPOSITIONS``;
  strict reads, readq18). The second half stays, as after "For the harbour".

- A half that is, by the parse, one phrase of the clause across the tag, a preposition's with all its words hung on
  it, relative clauses and commas included: "“Under the old charter, which the guild signed in 1990,” Lind said,
  “the quay is ours.”", "“We were heartened,” Lind said, “by the work the board has done to pay the crews.”"
  (``_phrase_only``; fresh strict reads, round 21). That half goes; a second half whose subject, in its first
  sentence, stands for the hidden opening ("“In the state the port is in, …,” Lind said, “I think that makes the
  deal worth more.”": "that", "the latter", "the second" with no noun, ``_refers_back``) goes with it.

A second half that opens with "but" after a first half that denies ("“… not meant to punish,” Lind said, “but
are a way to …”") is the point of "not X but Y" and stays, as its own part.

Joining the halves would put the tag inside the content, so the halves are not joined (``cut_clause``). A tag
between two whole sentences ("“We will rebuild,” Lind said. “The port is ours.”") or before a second half
that starts a new clause ("…,” Lind said, “and the port is ours.”") is not touched.
Shapes: text offsets only, as in ``Attribution.content``. Used by ``filters.is_attribution``.
"""
from __future__ import annotations

import re

from ..doctext import doc_text
from ...model import Attribution
from .cues import FINITE_OR_MODAL
from .rules import cue_and_content
from .seconds import SUBJECT_DEPS

OPEN, CLOSE = "\"“‘'", "\"”’'"
# The tag between the halves: a few words with no quotation mark or sentence end, then a comma.
TAG = r"[^\"“”\n.!?]{2,80},"
# What follows a first half cut before its complement: the tag, then a quotation opening with "that".
AFTER_FIRST = re.compile(rf"^\s*{TAG}\s*[\"“]that\s")
# What follows any first half closed after a comma: the tag, then the second half's opening mark.
BEFORE_OTHER = re.compile(rf"^\s*{TAG}\s*[\"“]")
# What precedes a second half that is only the complement: a first half closed after a comma, then the tag.
BEFORE_SECOND = re.compile(rf",[\"”]\s*{TAG}\s*$")
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "acomp", "pobj", "oprd"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})  # a subject split from its verb ("The treaty", "That")
# Words that open a clause some other clause hangs on (general English, as data).
OPENING_SUBORDINATORS = frozenset("""
if when whenever wherever while although though because since unless until once after before whether
""".split())
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl"})  # a clause that hangs on a word: no statement alone
# Words that open a condition or a restriction on the clause after them (general English, as data): a clause
# ("Unless the guild pays,", "If …", "Until …", "As long as …"), or a phrase with no verb ("Without a deal,",
# "Barring a miracle,", "Only then,"; "Without the ferries the town dies" is a statement of its own).
CONDITION_CLAUSES = ("if", "unless", "until", "once", "lest", "provided", "providing", "as long as", "so long as",
                     "in case", "on condition")
INVERTED_CONDITIONS = frozenset({"should", "were", "had"})  # "Should the board refuse," = "If the board refuses,"
CONDITION_PHRASES = ("without", "except", "absent", "barring", "in the absence of", "in the event of", "only")
# (not "short of" / "but for", as often "besides": "Short of full employment, …, there are other policies …": dev)
# What precedes a new quotation after a tag that ends its sentence: a quotation closed, the tag, a full stop.
BEFORE_NEXT = re.compile(r"[,.][\"”]\s*[^\"“”\n.!?]{2,80}\.\s*$")
CONJUNCTIONS = frozenset("and but or nor yet".split())
FINITE_PAST_OR_THIRD = frozenset({"VBD", "VBZ"})  # not "VB"/"VBP": an imperative ("And look at …") is a statement
# Prepositions of two words that open a phrase as one word does ("Short of a deal,", "Apart from the quay,"):
# general English, as data.
MULTIWORD_PREPOSITIONS = frozenset({("short", "of"), ("apart", "from"), ("aside", "from"), ("instead", "of"),
                                    ("regardless", "of"), ("ahead", "of"), ("rather", "than")})
# Subjects that stand for what was said before them (general English, as data): a demonstrative with no noun,
# "the latter" / "the second" with no noun.
BACK_DEMONSTRATIVES = frozenset("that this these those".split())
BACK_ORDINALS = frozenset("latter former first second third last other".split())
# What precedes a content that follows its tag: a first half closed by a comma (and a mark), the tag, a mark.
AFTER_TAG = re.compile(rf",[\"”]?\s*{TAG}\s*[\"“]?\s*$")


def cut_clause(doc, a: Attribution) -> bool:
    """``a`` is one half of a quotation whose tag splits a clause (see the module)."""
    if a.kind == "indirect":
        return False
    text = doc_text(doc)
    s, e = a.content
    content = text[s:e]
    if content.rstrip(CLOSE).rstrip().endswith(","):
        if AFTER_FIRST.match(text[e:e + 100]):
            return True  # "“I think it's entirely possible,” …": the point follows the tag
        tail = BEFORE_OTHER.match(text[e:e + 100])
        if tail:
            second = _half_at(doc, e + tail.end())
            first = doc.char_span(s, e, alignment_mode="expand")
            subject = first is not None and not _own_clause(first)  # "“The keepers who stayed,”": a noun phrase
            if second is not None and (_predicate_only(second, subject) or _complement_of(second, s, e)):
                return True  # "“One of the reasons we moved,” …, “was the rent”": a subject, cut from its verb
            if first is not None and (_opening_only(first) or _condition_only(first)):
                return True  # "“For the harbour,” …, “this is the last chance”": an opening with no claim
    opened = content.lstrip()
    if opened[:1] in OPEN:
        opened, start = opened[1:], s + len(content) - len(content.lstrip()) + 1
    elif s == 0 or text[s - 1] not in OPEN:
        return False
    else:
        start, s = s, s - 1
    before = BEFORE_SECOND.search(text[max(0, s - 100):s])
    if before is None:
        return BEFORE_NEXT.search(text[max(0, s - 100):s]) is not None and _conjunct_fragment(doc, start)
    if opened.startswith("that "):
        return True
    half = _half_at(doc, start)
    if half is not None and _second_of_contrast(doc, half):
        return False  # "“… not meant to punish,” Lind said, “but are a way to …”": the point, its own part
    whole = _half_at(doc, start, any_word=True)
    if whole is not None and _refers_back(whole):
        first = _first_half_before(doc, max(0, s - 100) + before.start())
        if first is not None and (_opening_only(first) or _condition_only(first)):
            return True  # "“In the state the port is in, …,” …, “that makes the deal worth more”": "that" is the first
    if half is None:
        return False
    first = _first_half_before(doc, max(0, s - 100) + before.start())
    return _predicate_only(half, _subject_only(first)) or not _own_clause(half) or _phrase_only(half)


def _subject_only(first) -> bool:
    """The first half (to its closing comma) is a noun phrase and no clause ("“The hard-liners,”"): the subject
    of a verb that opens the second half ("“want the quay closed and the crews sent home”"), whatever clause the
    parser finds later in that half."""
    if first is None or _own_clause(first):
        return False
    words = [t for t in first if not t.is_punct and not t.is_space]
    return bool(words) and first.root.pos_ in NOMINALS and not any(t.pos_ in ("VERB", "AUX") for t in words) \
        and words[0].pos_ not in ("ADP", "SCONJ")


def after_condition(doc, a: Attribution) -> bool:
    """``a``'s content follows its tag, and the words before the tag, from the sentence's start or the
    quotation's opening mark, are only a condition or a restriction ("Without a real deal," "Unless the council
    pays," "“Only if …,”"): the content alone reads as unconditional (see the module)."""
    if a.cue is None:
        return False
    text = doc_text(doc)
    s = a.content[0]
    while s < a.content[1] and (text[s] in OPEN or text[s].isspace()):
        s += 1
    lead = [a.cue[0]] + [m[0] for m in [a.speaker.mention] if m and m[0] < s]
    comma = text.rfind(",", max(0, s - 100), min(lead))
    if comma < 0 or not AFTER_TAG.match(text[comma:s]):
        return False  # (the comma before the source or the cue, then the tag, then the content)
    if text[comma + 1:comma + 2] in CLOSE:
        start = max(text.rfind(m, 0, comma) for m in "“\"")
        if start < 0 or "\n" in text[start:comma]:
            return False
        start += 1
    else:
        tok = doc.char_span(comma, comma + 1, alignment_mode="expand")
        if tok is None:
            return False
        start = tok[0].sent.start_char
    first = doc.char_span(start, comma + 1, alignment_mode="expand")
    return first is not None and _condition_only(first)


def _condition_only(first) -> bool:
    """The words of ``first`` (to its closing comma) are one condition or restriction and nothing more, with no
    comma inside: a clause opened by one of ``CONDITION_CLAUSES`` (at most one clause), or a phrase opened by one
    of ``CONDITION_PHRASES`` with no verb; "only" before either ("Only if …", "Only then")."""
    words = [t for t in first if not t.is_punct and not t.is_space]
    if not words or any(t.text in (",", ";", ":") for t in first if t.i < words[-1].i):
        return False
    said = " ".join(t.lower_ for t in words) + " "
    if said.startswith(("once again ", "once more ")):
        return False
    rest = said[5:] if said.startswith("only ") else said
    if rest.startswith(tuple(w + " " for w in CONDITION_CLAUSES)) or _inverted_condition(words):
        return len([t for t in words if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in SUBJECT_DEPS and first.start <= c.i < first.end for c in t.children)]) <= 1
    return said.startswith(tuple(w + " " for w in CONDITION_PHRASES)) and not any(
        t.pos_ in ("VERB", "AUX") for t in words)


def _inverted_condition(words) -> bool:
    """The words open with "should" / "were" / "had" before the subject ("Should the board refuse to pay,", "Were
    the talks to fail,", "Had we known,"): a condition by inversion, as "if" opens one."""
    return len(words) > 2 and words[0].lower_ in INVERTED_CONDITIONS and words[1].pos_ in NOMINALS | {"DET"} \
        and words[1].dep_ in SUBJECT_DEPS | {"det"}


def _opening_only(first) -> bool:
    """The first half (to its closing comma) is a preposition's phrase with no verb ("For the harbour,") or one
    clause opened by a subordinating word ("Wherever I travel,", "If the quay floods,"), with no comma inside:
    an opening whose main clause follows the tag."""
    words = [t for t in first if not t.is_punct and not t.is_space]
    if words and _phrase_only(first):
        return True  # "“In the state the port is in, where the guild is broke,”": one phrase, its clauses inside it
    if not words or any(t.text in (",", ";", ":") for t in first[:-1] if t.i < words[-1].i):
        return False
    opener = words[0]
    clauses = [t for t in words if t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT_DEPS and first.start <= c.i < first.end for c in t.children)]
    if opener.pos_ == "ADP" and opener.dep_ != "mark":
        return not any(t.pos_ in ("VERB", "AUX") for t in words)
    if len(words) > 2 and (opener.lower_, words[1].lower_) in MULTIWORD_PREPOSITIONS:
        return not clauses and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in words)
    return opener.lower_ in OPENING_SUBORDINATORS and len(clauses) <= 1


def _phrase_only(half) -> bool:
    """By the parse, every word of ``half`` hangs on its first word, a preposition whose own head lies outside
    the half ("In the state the port is in, where the guild is broke and the levy keeps rising,", "by the work
    the board has done to pay every crew"): one phrase of a clause across the tag, whatever clauses it holds."""
    words = [t for t in half if not t.is_punct and not t.is_space]
    tops = [t for t in words if not half.start <= t.head.i < half.end or t.head.i == t.i]
    return len(tops) == 1 and tops[0].i == words[0].i and tops[0].pos_ == "ADP" and tops[0].dep_ in ("prep", "agent")


def _refers_back(half) -> bool:
    """A subject of ``half`` is a word standing for something said before it: a demonstrative with no noun
    ("that makes the deal worth more", "I think this helps") or "the latter" / "the second" with no noun; in its
    first sentence only (a later one may speak of its own)."""
    end = next((t.i for t in half if t.text in (".", "!", "?")), half.end)
    for t in half.doc[half.start:end]:
        if t.dep_ not in SUBJECT_DEPS or any(c.dep_ in ("compound", "amod") for c in t.children):
            continue
        if t.lower_ in BACK_DEMONSTRATIVES and t.tag_ in ("DT", "IN"):  # (the parser tags a bare "that" IN)
            return True
        if t.lower_ in BACK_ORDINALS and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children):
            return True
    return False


def _first_half_before(doc, close: int):
    """The tokens of the quotation that closes at character ``close`` (its comma), from after its opening mark,
    in one paragraph; None when there is none."""
    text = doc_text(doc)
    start = max(text.rfind(m, 0, close) for m in "“\"")
    if start < 0 or "\n" in text[start:close]:
        return None
    return doc.char_span(start + 1, close + 1, alignment_mode="expand")


def _conjunct_fragment(doc, char: int) -> bool:
    """The quotation opening at character ``char`` starts on a conjunction and has, after it, no verb, or a
    finite verb in the past or third person with no subject of its own ("And took the seat by a mile.", "And for
    the town.", "But not only that."): the rest of the sentence before the tag (see the module)."""
    span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
    if span is None or not len(span):
        return False
    k = span[0].i
    while k < len(doc) and (doc[k].is_space or doc[k].text in OPEN):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in CONJUNCTIONS:
        return False
    end = k + 1
    while end < len(doc) and doc[end].text not in CLOSE and "\n" not in doc[end].text:
        end += 1
    rest = [t for t in doc[k + 1:end] if not t.is_punct and not t.is_space]
    if not rest or any(t.text in (".", "!", "?") for t in doc[k + 1:end - 1]):
        return False  # (a second sentence inside it says something of its own)
    verbs = [t for t in rest if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return True
    half = doc[k + 1:end]
    lead = next(t for t in rest if t.pos_ not in ("ADV", "PART"))
    return not _own_clause(half) and lead.tag_ in FINITE_PAST_OR_THIRD


def _second_of_contrast(doc, half) -> bool:
    """The half opens with "but" after a sentence that denies ("“Sanctions are not meant to punish,” Lind said,
    “[but are a way to deter …]”"): the second half of "not X but Y", which carries the point (strict reads,
    round 15; as ``contrasts`` gives it for unquoted halves)."""
    if half[0].lower_ != "but":
        return False
    k = half.start - 1
    while k > 0 and doc[k].text not in (".", "!", "?") and "\n" not in doc[k].text:
        if doc[k].dep_ == "neg":
            return True
        k -= 1
    return False


def subject_cut_by_tag(doc, a: Attribution) -> bool:
    """``a`` is the subject or the predicate of a clause its tag splits (see the module)."""
    spans = cue_and_content(doc, a)
    if spans is None:
        return False
    cue, span = spans
    if span.end <= cue.start:  # "[The treaty], Lind said, …": a content that is only the subject
        root = span.root
        verb = root.head
        return (root.dep_ in SUBJECT_DEPS and verb.i >= cue.end and verb.sent == root.sent and _split_verb(verb)
                and not any(t.text in ("“", '"') for t in doc[span.end:cue.start]))
    if span.start >= cue.end:  # "The treaty, Lind said, [“will not survive …”]": the predicate without it
        root = span.root
        verb = root if root.pos_ in ("VERB", "AUX") else root.head  # "is [“a tax on the poor”]"
        if not (span.start <= verb.i < span.end or cue.end <= verb.i < span.start) or not _split_verb(verb) \
                or _own_clause(span):
            return False
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return bool(subjects) and all(c.i < cue.start and c.pos_ in NOMINALS and c.tag_ not in RELATIVE_TAGS
                                      and c.sent == verb.sent for c in subjects)
    return False


def _split_verb(verb) -> bool:
    """``verb`` may be the one a tag splits from its subject."""
    return verb.pos_ in ("VERB", "AUX")


def _half_at(doc, char: int, any_word: bool = False):
    """The tokens of the quotation half that opens at character ``char`` (after its mark), to its closing mark
    or the paragraph's end; None when its first word is no lower-case word (a new sentence, "I", a name), unless
    ``any_word``."""
    span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    while first.i + 1 < len(doc) and (first.is_space or first.text in OPEN):
        first = doc[first.i + 1]
    if not any_word and (not first.is_alpha or not first.text[:1].islower()):
        return None
    end = first.i
    while end < len(doc) and doc[end].text not in CLOSE and "\n" not in doc[end].text:
        end += 1  # (to its closing mark: the parser may end a sentence inside it)
    return doc[first.i:end]


def _predicate_only(half, after_subject: bool = False) -> bool:
    """The half opens with a finite auxiliary or modal that has no subject before it in the half ("was the
    rent", "will close"), or with any verb after a first half that is only a noun phrase (``after_subject``: the
    parser often reads "deserve a medal" as a bare verb): the rest of a clause whose subject stands before the
    tag."""
    first = half[0]
    finite = first.tag_ in FINITE_OR_MODAL and (first.pos_ == "AUX" or first.tag_ == "MD")
    if not finite and not (after_subject and first.pos_ in ("VERB", "AUX")):
        return False  # (a finite main verb may be an imperative the parser took for one: "“…,” she said, “repair …”")
    verb = first.head if first.dep_ in ("aux", "auxpass") else first
    return not any(c.dep_ in SUBJECT_DEPS and c.i >= half.start for c in verb.children)


def _own_clause(half) -> bool:
    """Some verb of the half has a subject of its own inside it, not a relative pronoun, and heads no
    relative or adverbial clause ("and the port is ours", "it could be May", "by doing that we can pay",
    however the parser hangs it; not "within a year", "stand up and fight", "who raised six of us",
    "particularly now, as we train the crews")."""
    for verb in half:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in SUBORDINATE_DEPS:
            continue
        if any(c.dep_ in SUBJECT_DEPS and half.start <= c.i < half.end and c.tag_ not in RELATIVE_TAGS
               for c in verb.children):
            return True
    return False


def _complement_of(half, s: int, e: int) -> bool:
    """The half is, by the parse, a complement of a word in the first half (characters [s, e)): "“I expect
    the board,” she said, “to approve the levy”"."""
    tops = [t for t in half if not t.is_punct and not (half.start <= t.head.i < half.end and t.head.i != t.i)]
    return bool(tops) and all(t.dep_ in COMPLEMENT_DEPS and s <= t.head.idx < e for t in tops)
