"""Contents that cannot be read alone: the rest of the statement is not in the sentence, or is the writer's.

``bounds`` drops a content (no record rather than a broken one) that is

- only a subordinate clause with no main statement: "said that [while it could not be settled whether the letter
  was forged]." The parser, finding no main clause, hangs the "while" clause on the cue as its complement, so
  its verb carries the complementiser and the subordinator both ("that while", "that although"), or the content
  opens with a concessive and holds nothing but that clause; not one with a comma in it ("that if the union
  won, the board would …"), where the parser may have hung the main clause on the subordinate one;
- the tail of the writer's frame around a cue set into a relative clause: "Among the options Lind said [she asked
  for] were plans to …": the parser hangs "were" on the cue or inside the content as a complement, a finite "be"
  with no subject of its own (its subject, "the options", lies before the cue), so the content reads "she asked
  for were plans …".

- the rest of a relative clause whose cue is set into it, with the noun it relates to before the cue: "the
  ferry deal that Lind said [she backs]", "the levy, which Brant said [was unfair]", "the evidence the judge said
  [the town lacked]": the noun the content speaks of lies outside it, so it reads as a broken clause ("she backs",
  "was unfair"). Only when the content shows the gap: no verb at all (the predicate alone), a finite verb with no
  subject, or a verb with no word hung on it but its subject and helpers ("she backs", "to mend next year"). Not
  "a rally where Lind said …", "a letter in which Lind said …", "the aide who said …", nor "a way that Lind
  thought [the guild could win]", "the levy, which Lind said meant [“the port is ours again.”]": there the
  content is whole. Such a record is kept in the JSONL but not shown (``filters._gapped``).

- a content that stops on a quoted preposition left without its object: 'said that [“it looks like”]', 'said he
  was [“fed up with”]': the thought breaks off where the quotation does. Not a preposition stranded by a relative, a
  question or an infinitive ('“something to worry about”', '“the deal people voted for”'), whose object is there.

Source: strict reads 44 and 47 (a dangling "that while …" clause; "Among the options … were plans"), round 19
(a cue in a relative clause: "the evidence the judge said the challengers lacked").
Spans are token spans ``(first, last + 1)``, as in ``bounds``.
"""
from __future__ import annotations

from ..deps import FINITE_TAGS, SUBJECT_DEPS

TokenSpan = tuple[int, int]

SUBORDINATORS = frozenset("while although though whereas because since unless if".split())
CONCESSIVES = frozenset("while although though whereas".split())  # a content may not open with one alone


def _tops(doc, s: int, e: int) -> list:
    """Words of ``doc[s:e]`` whose head lies outside it (or that are their own head)."""
    return [t for t in doc[s:e] if not t.is_punct and not t.is_space
            and (t.head.i == t.i or not s <= t.head.i < e)]


def only_subordinate(doc, content: TokenSpan) -> bool:
    """``content`` is a subordinate clause with no main statement (see the module)."""
    s, e = content
    tops = _tops(doc, s, e)
    if len(tops) != 1 or tops[0].pos_ not in ("VERB", "AUX"):
        return False
    marks = [c for c in tops[0].children if c.dep_ == "mark" and c.i < tops[0].i]
    if any(t.text == "," for t in doc[s:e]):
        return False  # "that if the union won, the board would …": the parser may hang the main clause on the "if"
    if any(a.lower_ == "that" and b.lower_ in SUBORDINATORS and b.i == a.i + 1 for a, b in zip(marks, marks[1:])):
        return True  # "that while it could not be settled …"; not "that “this, if you will,” was …"
    first = next((t for t in doc[s:e] if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ in CONCESSIVES and first.dep_ == "mark" and first.head is tops[0]


def frame_fragment(doc, content: TokenSpan, cue: TokenSpan, quoted) -> bool:
    """``content`` after its cue holds a finite "be" hung as a complement with no subject, after other words of the
    content, and the cue's sentence opens with a phrase of the cue's verb before the tag with no comma to close it
    ("Among the options Lind said …"): the tail of the writer's sentence the cue is set into (see the module).
    Only then: a "be" without a subject is more often a reduced relative the parser misread ("said the plans
    announced Monday were …"), and another verb without one a subject the parser gave to a conjunct."""
    s, e = content
    if cue is None or cue[1] > s:
        return False
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), None)
    opening = None if verb is None else next(
        (c for c in verb.children if c.dep_ == "prep" and c.i < cue[0] and c.i == verb.sent.start), None)
    if opening is None or any(t.text == "," for t in doc[opening.right_edge.i:cue[0]]):
        return False
    return any(t.tag_ in FINITE_TAGS and t.lemma_ == "be" and t.dep_ == "ccomp" and not quoted[t.i] and t.left_edge.i > s
               and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "csubj" for c in t.children)
               for t in doc[s:e])


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})  # a clause with one of these, or none, has a gap


def gapped_relative(doc, content: TokenSpan, cue: TokenSpan) -> bool:
    """``content`` after its cue is the rest of a relative clause whose verb is the cue, relating to a noun before
    it with "that" / "which" / "whom" or no word at all, the cue's subject being the source, not the relative word
    (see the module)."""
    s, e = content
    if cue is None or cue[1] > s:
        return False
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "relcl" or verb.head.i >= cue[0] or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].lower_ in RELATIVE_PRONOUNS or subjects[0].tag_ in ("WP", "WDT"):
        return False  # "the aide who said …": the relative word is the one speaking, nothing is missing
    if any(t.is_punct for t in doc[cue[1]:s]):
        return False  # "The danger, Vell told reporters, is …": a tag set into the sentence, no relative clause
    between = [t for t in doc[verb.head.i + 1:subjects[0].left_edge.i] if not t.is_space]
    words = [t for t in between if not t.is_punct]
    if not words:
        return not between  # "the deal Lind said she backs"; not "the danger, Vell told reporters, …"
    if words and (len(words) > 1 or words[0].lower_ not in RELATIVE_PRONOUNS):
        return False
    return _shows_gap(doc, s, e)


# Dependents that do not fill a verb's object ("she [backs]", "to mend [next year]").
BARE_DEPS = SUBJECT_DEPS | frozenset({"expl", "aux", "auxpass", "neg", "punct", "advmod", "npadvmod", "cc", "mark"})


def _shows_gap(doc, s: int, e: int) -> bool:
    """``doc[s:e]`` lacks a part its clause needs: it holds no verb, or a verb of its top or of a clause hung on
    that as a complement is finite with no subject, or a top verb has nothing hung on it but bare dependents."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[s:e]):
        return True
    tops = [t for t in doc[s:e] if t.pos_ in ("VERB", "AUX") and not s <= t.head.i < e]
    for top in tops:
        chain = [top] + [t for t in top.subtree if t.dep_ == "ccomp" and s <= t.i < e and t.pos_ in ("VERB", "AUX")]
        for verb in chain:
            finite = verb.tag_ in FINITE_TAGS or any(
                c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD") for c in verb.children)
            if finite and not any((c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "csubj")) and s <= c.i < e
                                  for c in verb.children):
                return True  # (a relative word before the content the parse makes its subject is no subject here)
        if all(c.dep_ in BARE_DEPS for c in top.children if s <= c.i < e):
            return True
    return False


# Clauses whose object may lie before them, stranding a preposition at their end ("the deal people voted [for]",
# "something to worry [about]").
STRANDING_DEPS = frozenset({"relcl", "acl", "xcomp", "advcl", "csubj", "pcomp"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def dangling_end(doc, content: TokenSpan, quoted) -> bool:
    """``content`` ends on a quotation that ends on a preposition with no object, hung on a verb or adjective of its
    own main clause with no relative, question or infinitive to strand it (see the module): it breaks off
    mid-thought. Not outside quotation marks, where the parse often misses a relative with no relative word ("a post
    in Kessel she was being considered for")."""
    s, e = content
    words = [t for t in doc[s:e] if not t.is_punct and not t.is_space]
    if len(words) < 2 or not quoted[words[-1].i]:
        return False
    last = words[-1]
    if last.tag_ != "IN" or last.dep_ not in ("prep", "agent") or any(c.dep_ in ("pobj", "pcomp") for c in last.children):
        return False
    if last.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False  # "…, with 34 publicly against": an elliptic phrase, its object said before
    if any(t.tag_ in WH_TAGS for t in words):
        return False  # "what it was for"
    head = last.head
    while s <= head.i < e and head.head.i != head.i:
        if head.dep_ in STRANDING_DEPS:
            return False
        head = head.head
    return not (s <= head.i < e and head.dep_ in STRANDING_DEPS)
