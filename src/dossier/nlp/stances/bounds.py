"""Where a stance object stops: words inside a complement's subtree that are no part of what is wanted,
feared or recommended, and objects whose last word leaves the phrase unfinished.

Fresh readers' verdicts on dev stances (AllSides 1041–1490) found objects that

* carry an attribution tag: "bring a coastal town in as a co-host, planners say – and …", "take over
  the duties of the council - a step she claims would lead to …", or end on the subject of a tag that
  follows ("her transfer from Dorvia, the island's chief magistrate, Pell Arno[, told the press]");
* run into another clause through a misparsed coordination: a verb hung as a conjunct of a noun ("not to
  interfere in its trade talks with Vell and scolded Marsk for …"), a name repeated as the subject of the
  next clause ("to visit Vell, and Vell[, to everyone's surprise, agrees]"), a preposition that repeats one
  above the object ("intent on [her plan to close the old mines] and on the costs …");
* stop before the end of their phrase ("dispel any sense that the dispute is at heart[ a border quarrel]",
  "her insistence[ that the port reopen …]", "doubts about Dorvia[ staying in the league]").

and (read 18) objects cut at an "and" the parse hung higher up: "close the budget gap with a blend of modest
fee rises[ and lower school funding]", where "funding" was made a conjunct of "wants"
(``carried_conjunct``).

and (reads 21-23, strict readers on unseen news) objects cut before the infinitive that says what their last noun
is for ("outline a strategy[ to defeat the militia]") or at a dash after a word that wants its noun ("that
her hawkish[ — some call it rash — plan]") (``runs_on``).

and (read 20) objects that end on a tally or a count of times, which belong to the act or the poll, not to the
thing: "the Rand plan[ 61 to 30 percent]", "rejected the pact[ three times]" (``trim_figures``).

and (stances17b, strict readers) objects cut before the infinitive the parse hung on the trigger that says what
their act is for ("the deployment of the police[ to run the checkpoints]", ``runs_on``), and objects whose verb of a decision or a deal lacks what it acts on: "urged the
assembly to approve[ …] tonight", where what is approved is only in another sentence (``unfinished_verb``).

and (s26f, judged stances) objects that stop right before the predicate of their own last words, which the parse
left without a subject: "the kind of pressure the guild[ is using]", "the ledgers she claimed[ were forged]"
(``predicate_cut_off``).

Each function takes spaCy tokens (or a Doc and a character span) and returns a bool, or a span.
"""
from __future__ import annotations

import re

from ..doctext import doc_text
from .lexicon import REPORTING_VERBS, TRANSITIVE_VERBS
from .lexicon import OCCASION_NOUNS, TIME_NOUNS, WEEKDAYS
from .tails import DASHES, reaction_at, span_tokens, why_or_where_at  # dashes as spaCy leaves them standing alone between words
from ..deps import FINITE_OR_MODAL, SUBJECT_DEPS

SETTING_NOUNS = OCCASION_NOUNS | TIME_NOUNS | WEEKDAYS  # "…, on Monday", "…, at the summit": when or where said
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "attr", "xcomp", "ccomp", "conj", "advcl", "ROOT"})
SETTING_OFF = DASHES | {",", "("}  # marks that set a parenthetical tag off
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# Dependents that continue a phrase: a word after the object hung this way from a word inside it means the
# object stopped before its phrase did (not a conjunct, a preposition or a clause, which may be cut on purpose).
CONTINUING_DEPS = frozenset({"attr", "dobj", "obj", "pobj", "acomp", "oprd", "det", "amod", "compound", "nummod",
                             "poss", "case", "aux", "auxpass", "neg", "prt", "dative", "nsubj", "nsubjpass"})


def _speech_verb(w) -> bool:
    return w.pos_ in {"VERB", "AUX"} and w.lemma_.lower() in REPORTING_VERBS


def tag_inside(sub, head) -> bool:
    """``sub`` (in ``head``'s subtree, not ``head``) is a speech tag set into the object: a verb of saying with a
    subject of its own, hung as a parataxis or set off by a comma or dash ("…, analysts say", "- which he says
    would be …"); "urged Vell to admit that aides said so" keeps its inner report."""
    if sub.i == head.i or not _speech_verb(sub) or not any(c.dep_ in SUBJECT_DEPS for c in sub.children):
        return False
    if sub.dep_ == "parataxis":
        return True
    edge = sub.left_edge.i
    return edge > head.left_edge.i and sub.doc[edge - 1].text in SETTING_OFF


def tag_subject(sub, head) -> bool:
    """``sub`` is an appositive that, with the appositives after it, ends the object and is the subject of a verb
    of saying right after it which the parse left without one: "his extradition from Britain, the country's
    deputy prosecutor, Eva Lind, told reporters" (both appositives go)."""
    if sub.dep_ != "appos" or sub.i == head.i:
        return False
    last = max((w for w in head.subtree if not w.is_punct), key=lambda w: w.i)
    final = max((c for c in sub.head.children if c.dep_ == "appos"), key=lambda c: c.i)
    if final.right_edge.i != last.i:
        return False
    doc, k = sub.doc, last.i + 1
    while k < len(doc) and doc[k].is_punct:
        k += 1
    return k < len(doc) and _speech_verb(doc[k]) and not any(c.dep_ in SUBJECT_DEPS for c in doc[k].children)


def stray_conjunct(sub, head) -> bool:
    """``sub`` is a conjunct inside the object (below ``head``) that belongs to another clause: a verb hung from a
    noun ("talks with Vell and slammed Seoul"), a name repeated ("meet Vell, and Vell, …, says yes"), or a
    preposition that repeats one above the object ("focused on his desire to end the wars in the region and on
    the actions …"). A conjunct before the head is part of a modifier ("Lind's tax-and-spend budget", the verb
    "spend" hung from the noun "tax"), not another clause (stances23b)."""
    if sub.dep_ != "conj" or sub.i <= head.i:
        return False
    above = sub.head
    if sub.pos_ == "VERB" and above.pos_ in NOMINAL:
        return True
    if sub.pos_ == "PROPN" and sub.lower_ == above.lower_:
        return True
    if sub.pos_ == "ADP" and above.pos_ == "ADP" and sub.lower_ != above.lower_:
        return any(a.pos_ == "ADP" and a.lower_ == sub.lower_ for a in head.ancestors)
    return False


def runs_on(doc, span) -> bool:
    """The object stops before its phrase does: the word right after it (nothing but a space between) hangs from
    a word inside it as a part of that word's phrase ("in any way | a religious war"); or the object ends on a
    noun and goes on, unparsed, with "that" or a gerund ("his demand | that the army halt …", "objections to
    Britain | remaining in the union"; not the reaction the act met with, ``tails.reaction_at``: "cut the fuel levy |
    prompting protests"), or with the infinitive that describes it ("a strategy | to defeat …");
    or it stops at a dash with its last word hanging from one after it, or on a determiner or an attributive
    adjective ("that her hawkish | — some call it rash — plan is …")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words) or words.end >= len(doc):
        return False
    nxt, last = doc[words.end], words[-1]
    if nxt.text in DASHES and (last.head.i >= words.end or last.tag_ in {"DT", "PRP$"} or
                               last.pos_ == "ADJ" and last.dep_ not in PREDICATIVE_DEPS):
        return True  # "that her hawkish — some call it rash — …": the phrase goes on after the aside
    if nxt.is_punct or nxt.is_space or last.whitespace_ == "" and not nxt.is_alpha:
        return False
    if words.start <= nxt.head.i < words.end and nxt.dep_ in CONTINUING_DEPS:
        return True
    if last.pos_ not in {"NOUN", "PROPN"}:
        return False
    if nxt.lower_ == "to" and nxt.head.dep_ in {"acl", "relcl"} and nxt.head.head.i == last.i:
        return True  # "outline a strategy | to defeat the militia": a strategy for what, the object leaves out
    if nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.dep_ in {"xcomp", "advcl"} and \
            not words.start <= nxt.head.head.i < words.end and act_noun(_top_noun(words)):
        return True  # "opposes the deployment of the police | to run the checkpoints" (stances17b): the infinitive
        # the parse hung on the trigger says what the act is for, and the act alone is not what is opposed
    if nxt.lower_ == "that" and nxt.pos_ == "SCONJ":
        return True
    return nxt.tag_ == "VBG" and nxt.lemma_.lower() not in REPORTING_VERBS and not reaction_at(nxt) and \
        not why_or_where_at(nxt) and not any(
        c.dep_ in SUBJECT_DEPS for c in nxt.children)


# Endings of nouns that name an act ("deployment", "extension", "withdrawal", "closure"), which an infinitive after
# them tells the purpose of.
ACT_ENDINGS = ("ment", "tion", "sion", "al", "ure", "ance", "ence")
ACT_NOUNS = frozenset("use plan move bid push effort attempt".split())


def _top_noun(words):
    """The object's top word (the one whose head is outside it), or None."""
    return next((w for w in words if not words.start <= w.head.i < words.end or w.head.i == w.i), None)


def act_noun(noun) -> bool:
    """A common noun of an act ("use", "plan", "annexation", "seizure", "deployment")."""
    return noun is not None and noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in ACT_NOUNS or noun.lower_.endswith(ACT_ENDINGS))


def carried_conjunct(doc, span):
    """The object carried on through a noun conjunct the parse hung from a verb above it: the object ends on a
    noun, and right after it come "and"/"or" and a noun whose head is a verb that governs the object ("wants
    to offset it through a combination of cuts | and increased revenue": "revenue" hung from "wants"). A noun
    does not join a verb, so it joins the object's last noun; so does a phrase repeating a preposition of the object
    after a comma or "and" (``_repeated_preposition``). Not a "noun" with a subject of its own: that is a verb the
    tagger missed ("climbs" in "…, and the rent index climbs"), another clause. The longer span, or ``span`` unchanged."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words) or words.end + 1 >= len(doc):
        return span
    last, cc = words[-1], doc[words.end]
    if last.pos_ in {"NOUN", "PROPN"} and (repeated := _repeated_preposition(words)) is not None:
        end = repeated.right_edge
        while end.i > repeated.i and end.is_punct:
            end = doc[end.i - 1]
        return (span[0], end.idx + len(end.text))
    if cc.text == "," and words.end + 2 < len(doc) and doc[words.end + 1].lower_ in {"and", "or"}:
        cc = doc[words.end + 1]  # "tax old profits and new profits, | and rents" (stances15b)
    if last.pos_ not in {"NOUN", "PROPN"} or cc.lower_ not in {"and", "or"} or cc.dep_ != "cc":
        return span
    conj = next((w for w in doc[cc.i + 1:min(cc.i + 8, len(doc))]
                 if w.dep_ == "conj" and w.head.i == cc.head.i and w.left_edge.i == cc.i + 1), None)
    if conj is None or conj.pos_ not in {"NOUN", "PROPN"} or conj.head.pos_ not in {"VERB", "AUX"}:
        return span
    if any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return span  # "seek housing aid, and the rent index climbs to a record": a "noun" with a subject is a
        # verb the tagger missed, a clause of its own
    if conj.head not in list(last.ancestors) or words.start <= conj.head.i < words.end:
        return span
    end = conj.right_edge
    while end.i > conj.i and end.is_punct:
        end = doc[end.i - 1]
    return (span[0], end.idx + len(end.text))


def _repeated_preposition(words):
    """ "taxes on old profits and new profits, | on rents and on dividends", "money for roads and ports, | and for
    the rail line": after a comma or "and", the preposition of a phrase inside the object again, which the parse
    hung on a verb above it; it goes on the list the object began (stances15b). Not a time or an occasion ("…,
    on Monday"). The preposition, or None."""
    doc, k = words.doc, words.end
    joined = False
    if k < len(doc) and doc[k].text == ",":
        k, joined = k + 1, True
    if k < len(doc) and doc[k].lower_ in {"and", "or"} and doc[k].dep_ == "cc":
        k, joined = k + 1, True
    if not joined or k >= len(doc):
        return None
    prep = doc[k]
    if prep.pos_ != "ADP" or prep.dep_ not in {"prep", "conj"} or prep.head.pos_ not in {"VERB", "AUX"} or \
            words.start <= prep.head.i < words.end or prep.head not in list(words[-1].ancestors):
        return None
    if not any(w.dep_ == "prep" and w.lower_ == prep.lower_ and w.head.pos_ in {"NOUN", "PROPN"} for w in words):
        return None
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    if not nouns or any(g.ent_type_ in {"DATE", "TIME"} or g.lemma_.lower() in SETTING_NOUNS for g in nouns):
        return None
    return prep


_NUMBER = r"\d[\d,.]*\s*(?:%|percent|per\s+cent)?"
# A poll's or vote's tally at the end: "61 to 30 percent", ", 42/29", "by 55-40", "by a margin of 3 to 1".
_TALLY = re.compile(r"[,\s]+(?:by\s+)?(?:a\s+(?:margin|vote)\s+of\s+)?" + _NUMBER +
                    r"\s*(?:to|-|–|—|/)\s*" + _NUMBER + r"(?:\s*points)?\W*$", re.I)
# How often: "three times", "several separate times", "twice".
_TIMES = re.compile(r"[,\s]+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|"
                    r"a\s+few|a\s+dozen|countless)\s+(?:separate\s+|more\s+|different\s+)?times|twice|thrice)\W*$", re.I)


def trim_figures(doc, span):
    """``span`` without a tally or a count of times at its end ("the Rand plan 61 to 30 percent": the Rand
    plan); unchanged when there is none or nothing would be left."""
    text = doc_text(doc)
    start, end = span
    while True:
        piece = text[start:end]
        m = _TALLY.search(piece) or _TIMES.search(piece)
        if m is None or m.start() == 0:
            return (start, end)
        end = start + m.start()


# Verbs never used without what they act on in news of politics: to approve, pass or sign something.
ACTED_ON_VERBS = TRANSITIVE_VERBS | frozenset("""approve ratify adopt endorse accept reject back support oppose fund
release extend ban enact veto implement introduce announce unveil""".split())
# What a verb's object or complement may hang from it as (a particle, "approve of", a clause, a passive).
ACTED_ON_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "dative", "oprd", "prt", "auxpass",
                           "nsubjpass", "csubj", "acomp", "agent"})
# Prepositions that bring what such a verb acts on ("approve of", "sign on to", "give to"); others say how or when
# ("accept without delay", "approve on Friday").
ACTED_ON_PREPS = frozenset({"of", "on", "onto", "into", "to", "for", "off", "up", "out"})
CLAUSE_VERB_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "csubj"})  # a verb heading the object or its clause
GAP_DEPS = frozenset({"relcl", "acl", "pcomp", "advcl"})  # clauses whose object may be a noun outside them


def _gapped(verb, words) -> bool:
    """``verb`` or a verb above it inside the object sits in a relative or adverbial clause, or is a conjunct
    ("the deal her aides want to sign", "approve and sign the deal"), whose object may be elsewhere."""
    node = verb
    while True:
        if node.dep_ in GAP_DEPS or node.dep_ == "conj" or any(c.dep_ == "conj" for c in node.children):
            return True
        if not words.start <= node.head.i < words.end or node.head.i == node.i:
            return False
        node = node.head


def unfinished_verb(doc, span) -> bool:
    """The object's own verb of deciding or dealing (``ACTED_ON_VERBS``), in the active, has nothing it acts on:
    "the assembly to approve tonight" (approve what, only an earlier sentence says). Not a verb whose object
    is a noun outside its clause (``_gapped``) or one followed by a quotation or more words it takes."""
    words = span_tokens(doc, span)
    if words is None:
        return False
    for w in words:
        if w.pos_ != "VERB" or w.tag_ not in {"VB", "VBG", "VBP", "VBZ", "VBD"} or w.dep_ not in CLAUSE_VERB_DEPS \
                or w.lemma_.lower() not in ACTED_ON_VERBS:  # ("deal-making": a modifier, not a verb of the object)
            continue
        if any(c.dep_ in ACTED_ON_DEPS or c.dep_ == "prep" and c.lower_ in ACTED_ON_PREPS for c in w.children) \
                or _gapped(w, words):
            continue
        if w.i + 1 < len(doc) and not words.start <= w.i + 1 < words.end and doc[w.i + 1].is_alpha:
            continue  # the object stops at the verb and the sentence goes on: left to ``runs_on``
        return True
    return False


def predicate_cut_off(doc, span, trigger=None) -> bool:
    """The object holds the subject of a clause whose verb comes after it: "hopeful that Ostria and Kestria, the
    only two ports with a ferry treaty[, would not reject the plan]" shown as "Ostria and Kestria, the only two
    ports …" (cut at a comma inside the subject). What is hoped or feared is the whole clause; its subject alone says
    something else, so the object cannot stand; so with a verb right after the object that has no subject of its
    own (``subjectless_verb_after``). Only an object after its trigger: one before it is the subject
    of the trigger's own clause ("A longer grace period would be good for Chile", "The tariffs Vell is
    recommending would hurt …")."""
    words = span_tokens(doc, span)
    if words is None or trigger is None or trigger.i >= words.start:
        return False
    end = words.end
    return any(w.dep_ in SUBJECT_DEPS and w.head.i >= end and w.head.pos_ in {"VERB", "AUX"} and
               w.head.sent.start == w.sent.start for w in words) or subjectless_verb_after(doc, words)


# Verbs that are finite whatever the tagger says: the participle of "be", "have" or "do" is not "was", "had", "did".
FINITE_PAST = frozenset({"be", "have", "do"})


def subjectless_verb_after(doc, words) -> bool:
    """Right after the object (no mark between) comes a finite verb whose clause the parse left with no subject:
    the object's last words are that subject, and the object stops before their predicate ("worried about the
    kind of pressure the council chair[ is using]", "with Vell denouncing the levy, the traders of the port[ say
    …]", "the rival lists he claimed[ were forged]"). A participle ("a process worked out at the talks") may be
    a reduced relative clause, so only a present tense, a modal, or a past of "be", "have" or "do" counts; a verb
    whose clause has its subject elsewhere ("his aim to end the wars, | has won praise") is another clause."""
    if words.end >= len(doc) or doc[words.end].sent.start != words[-1].sent.start:
        return False
    verb = doc[words.end]
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in FINITE_OR_MODAL or (
            verb.tag_ == "VBD" and verb.lemma_.lower() not in FINITE_PAST):
        return False
    clause = verb.head if verb.dep_ in {"aux", "auxpass"} else verb
    return not any(c.dep_ in SUBJECT_DEPS | {"csubj", "csubjpass", "expl"} for c in (*verb.children, *clause.children))
