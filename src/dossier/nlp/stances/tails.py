"""Where a stance object stops (2): the writer's own comment set off at its end, and a clause cut at its subject.

Strict readers of held-out news (stanceobj15) marked objects wrong that

* carry on past a comma or dash into the writer's comment on what was said, which is no part of what is wanted,
  feared or opposed: an appositive that judges it ("… on defence, a criticism that has added to tensions …"), a
  relative clause of place or time ("… against the ministry, where hard-liners still …"; or one after a preposition,
  "…, from which it was thrown out because …", stances17b), a participle clause
  ("… the scheme, drawing criticism from …"), a comparison ("…, as he did with the invasions of …"), what it comes
  against ("…, despite objections from …"), an aside inside a list ("…, including, crucially, …") and the items
  of a list the object never names ("Orsk punished, including the embargo …")
  (``comment_tail``: the object stops before the comma); the reaction an act met with and a comparison need no
  comma ("change the scheme drawing criticism from …", "punish the dockers as he did with the strikers");
* stop at the subject of a second clause the parse hung as a conjunct of the first clause's last noun ("fears
  Kessel could strike out of anger and Torvia[ could blame Lerran …]": the object ends on "and Torvia")
  (``cut_clause_subject``: the object stops before the "and");
* end on why or where the wish was told (stances17b): a cause ("… because of the tensions", "due to …") or the talk
  or paper it was told in ("… following a phone call with …", "… in an expanded recommendation") hung from the
  object's own line of verbs (``told_why_or_where``: the object stops before it).

Each function takes a Doc and a character span (Doc offsets) and returns a span, ``span`` unchanged where the rule
does not apply.
"""
from __future__ import annotations

from ..attribution.seconds import SUBJECT_DEPS

DASHES = frozenset({"-", "–", "—", "--"})
EM_DASHES = frozenset({"—"})  # never inside a word, spaced or not
SETTING_OFF = DASHES | {",", ";"}
# Openers of a non-restrictive relative clause: "…, where hard-liners …", "…, which passed in May".
RELATIVE_OPENERS = frozenset({"where", "when", "which", "who", "whom", "whose"})
# Words opening a list's tail ("including …"), which are participles to the parser but say which, not what else.
LIST_TAILS = frozenset({"including", "excluding", "especially", "notably", "particularly"})
COMPARING_MARKS = frozenset({"as", "like"})
SETTING_PREPS = frozenset({"despite", "amid", "amidst"})  # what the act comes against, told by the writer
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp", "npadvmod", "dep", "ccomp"})  # not a conjunct: "conducting
# searches, holding people and …" is a list


def span_tokens(doc, span):
    """The tokens of a character span (Doc offsets), widened to whole tokens; None when it holds none."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return words if words is not None and len(words) else None



def _has_verb(phrase) -> bool:
    return any(w.pos_ in {"VERB", "AUX"} and w.dep_ in {"relcl", "acl", "advcl"} for w in phrase.subtree)


def _second_object(x) -> bool:
    """ "extending the curfew -- a step that …": a noun under "a"/"an" that the parse made a second
    object of the verb that already has one before it, which is an appositive on that object."""
    return x.dep_ in {"dobj", "obj", "npadvmod", "dep"} and x.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in x.children) and any(
        c.dep_ in {"dobj", "obj"} and c.i < x.i for c in x.head.children)


def _listed(x) -> bool:
    """The appositive ``x`` has a conjunct after it joined by "or"/"and" ("…, a rebel ally, or a smuggling ring"),
    or the noun it describes has one: the phrase is a list, whose later items the parse hung on the first."""
    return any(c.dep_ == "conj" and c.i > x.i for c in (*x.children, *x.head.children)) and any(
        c.dep_ == "cc" and c.lower_ in {"or", "and"} for c in (*x.children, *x.head.children))


def _comment(x) -> bool:
    """``x``, set off by a comma or dash and running to the object's end, is the writer's comment (see the
    module docstring)."""
    doc = x.doc
    opener = doc[x.left_edge.i]
    if x.dep_ == "appos" and _listed(x):
        return False  # "the Brisk Front, a rebel ally, or a smuggling ring": an item of a list, cut it and the
        # list is cut (stobj18: strict readers marked the first item alone wrong)
    if x.dep_ == "appos" and x.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in x.children):
        return True  # "the Tarn plan, a centrepiece of his campaign": the writer's label for it
    if x.dep_ == "appos" or _second_object(x):
        return _has_verb(x) and x.lower_ not in {"one", "ones"}  # "…, a criticism that has added to …"; "his
        # rival, Tomas Vell" says who, "a deal, one that protects farmers" says which
    if x.dep_ in {"relcl", "advcl"} and opener.lower_ in RELATIVE_OPENERS and opener.i < x.i:
        return True  # "…, where hard-liners continue to …", "…, which passed in May"
    if x.dep_ == "relcl" and opener.pos_ == "ADP" and opener.i + 1 < x.i and \
            doc[opener.i + 1].lower_ in {"which", "whom", "whose"}:
        return True  # "…, from which it was thrown out because …" (stances17b): a clause about something else
    if x.dep_ == "prep" and x.lower_ in SETTING_PREPS:
        return True  # "…, despite objections from the treasury", "…, amid protests": the setting the writer gives
    if x.lower_ in LIST_TAILS:
        return (x.i + 1 < len(doc) and doc[x.i + 1].text in SETTING_OFF) or (
            x.head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"dobj", "obj"} for c in x.head.children))
        # "including, crucially, …": an aside; "wants Orsk punished, including the embargo": items of a list the
        # object never names (a noun's own list, "new tolls, including the heavy ones", stays, and so does one the
        # parse hangs on a verb with an object, "anything that questions his faith, including the school rules")
    if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in COMPARING_MARKS and c.i < x.i and not (
            c.i + 1 < len(doc) and doc[c.i + 1].lower_ in {"if", "though"}) for c in x.children):
        return True  # "…, just as he did after the floods": a comparison with an earlier act
    return x.tag_ in {"VBG", "VBN"} and x.dep_ in PARTICIPLE_DEPS and x.left_edge.i == x.i and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in x.children)  # "…, drawing criticism from …"


# Participles and nouns of the reaction an act met with, which the writer adds with or without a comma ("change the
# scheme drawing criticism from …", "cut the levy, sparking protests"): the reaction is no part of the act.
REACTION_PARTICIPLES = frozenset("""drawing prompting sparking triggering provoking angering attracting earning
fuelling fueling inviting infuriating igniting stoking""".split())
REACTION_NOUNS = frozenset("""criticism criticisms protest protests anger outrage outcry backlash condemnation
condemnations rebuke rebukes ire fire scorn ridicule praise concern concerns alarm objections objection complaints
complaint fury uproar controversy questions opposition resistance""".split())
MOVE_NOUNS = frozenset({"move", "step", "decision", "bid"})  # "in a move that angered farmers"


def reaction_at(w) -> bool:
    """``w`` opens the reaction an act met with: a participle of reaction right after a noun or a comma and before
    a noun of one ("the scheme drawing criticism", "…, sparking fresh protests"; not "stop drawing criticism", the
    act itself), or "in a move that/which …"."""
    doc = w.doc
    if w.lower_ in REACTION_PARTICIPLES:
        before = doc[w.i - 1] if w.i else None
        if before is None or not (before.pos_ in {"NOUN", "PROPN", "PRON"} or before.text in SETTING_OFF):
            return False
        return any(v.lower_ in REACTION_NOUNS for v in doc[w.i + 1:min(w.i + 4, len(doc))])
    return w.lower_ == "in" and w.i + 3 < len(doc) and doc[w.i + 1].lower_ in {"a", "what"} and \
        doc[w.i + 2].lower_ in MOVE_NOUNS and doc[w.i + 3].lower_ in {"that", "which"}


def _comparison_at(x, k) -> bool:
    """``x`` (opening at ``k``) is "as he did with …", "just as they have done": a comparison with an earlier act
    of the holder's, whose verb is only "do", after a verb that has its object before it ("punish the dockers as
    he did with …"; "act as it did in 2009" says how to act)."""
    return x.dep_ == "advcl" and x.lemma_.lower() == "do" and x.left_edge.i == k and any(
        c.dep_ == "mark" and c.lower_ in COMPARING_MARKS for c in x.children) and any(
        c.dep_ in {"dobj", "obj"} and c.i < k for c in x.head.children)


def _closing_quote(w) -> bool:
    """A closing quotation mark, which American style sets after the comma: "… to pursue "contempt," calling for …"
    (readfix17s: strict readers marked the participle and relative clause after it wrong as after a bare comma)."""
    return w.tag_ == "''" or w.text in {"”", "’"} or (w.text == '"' and w.i and not w.doc[w.i - 1].whitespace_)


def comment_tail(doc, span):
    """``span`` without a comment set off at its end: a phrase that opens right after a comma or dash inside the
    object, hangs from a word before that mark and runs to the object's end, and is an appositive with a verb, a
    relative clause of place, time or "which", a comparison, a participle clause with no subject, or an
    "including" with an aside (``_comment``). The object stops before the first such mark; unchanged where there
    is none or nothing would be left."""
    words = span_tokens(doc, span)
    if words is None:
        return span
    body = [w for w in words if not w.is_punct]
    if not body:
        return span
    last = body[-1].i
    for w in words[1:]:
        if w.is_punct:
            continue
        if reaction_at(w) or any(_comparison_at(x, w.i) for x in doc[w.i:words.end]
                                  if x.head.i < w.i and x.right_edge.i >= last):
            body = [v for v in doc[words.start:w.i] if not v.is_punct]
            if body:
                span = (span[0], body[-1].idx + len(body[-1].text))
                words, last = span_tokens(doc, span), body[-1].i
            break
    for mark in words[1:]:
        if mark.text not in SETTING_OFF or (mark.tag_ == "HYPH" and mark.text not in EM_DASHES) or (
                mark.text in DASHES - EM_DASHES and not mark.whitespace_ and not doc[mark.i - 1].whitespace_):
            continue  # "pre-chosen": a hyphen inside a word sets nothing off; an em dash always does ("to
            # testify—a tactic …", readfix17s)
        k = mark.i
        o = k + 2 if k + 2 < words.end and _closing_quote(doc[k + 1]) else k + 1  # "… "contempt," calling for …"
        tail = [x for x in doc[o:words.end] if x.left_edge.i == o and x.head.i < k and x.right_edge.i >= last]
        if not any(_comment(x) for x in tail):
            continue
        before = [w for w in doc[words.start:k] if not w.is_punct]
        if not before:
            return span
        end = doc[k + 1] if o == k + 2 else before[-1]  # the quotation closed: "adopt "strict review,""
        return comment_tail(doc, (span[0], end.idx + len(end.text)))  # an earlier comment, ended by this one
        # ("…, calling for X to testify—a tactic …")
    return span


# Words opening a clause of time or cause that the parser may read as a preposition before the clause's subject.
SUBORDINATORS = frozenset({"as", "since", "while", "after", "before", "once", "because"})


def _subordinator_taken_for_a_preposition(words, last):
    """A word of ``SUBORDINATORS`` inside the object that the parse made a preposition whose noun phrase runs to
    the object's last word: that phrase is the subject of the verb right after the object."""
    return next((w for w in words if w.lower_ in SUBORDINATORS and w.dep_ == "prep" and w.i > words.start and any(
        c.dep_ == "pobj" and c.right_edge.i == last.i for c in w.children)), None)


def cut_clause_subject(doc, span):
    """``span`` without a last "and X" where X is the subject of a clause of its own right after the object (a
    finite verb, or a modal or auxiliary before one, whose verb lies outside the object and has no subject of
    its own): "Kessel could strike out of anger and Torvia | could blame …" is "Kessel could strike out of
    anger". So is a last "as X" (or "since", "while" …) the parse read as a preposition ("avert riots as past
    fury over slights | has set off unrest", readfix17s: strict readers marked the cut clause wrong)."""
    words = span_tokens(doc, span)
    if words is None or len(words) < 3 or words.end >= len(doc):
        return span
    last, nxt = words[-1], doc[words.end]
    if last.pos_ not in {"NOUN", "PROPN", "PRON"} or nxt.pos_ not in {"VERB", "AUX"}:
        return span
    verb = nxt if nxt.dep_ not in {"aux", "auxpass"} else nxt.head
    if verb.i < words.end or verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return span
    if not (verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(c.dep_ == "aux" for c in verb.children)):
        return span  # "… and Torvia, hoping …": no clause of its own
    opener = _subordinator_taken_for_a_preposition(words, last)
    if opener is not None:  # "head off any riots as past fury over slights | has set off unrest" (readfix17s)
        before = [w for w in doc[words.start:opener.i] if not w.is_punct]
        return (span[0], before[-1].idx + len(before[-1].text)) if before else span
    subject = last
    while subject.i > words.start and doc[subject.i - 1].dep_ in {"compound", "det", "amod", "poss", "flat"} and \
            doc[subject.i - 1].head.i >= subject.i - 1:
        subject = doc[subject.i - 1]
    cc = doc[subject.i - 1] if subject.i > words.start else None
    if cc is None or cc.lower_ not in {"and", "or", "but"} or last.dep_ != "conj":
        return span
    before = [w for w in doc[words.start:cc.i] if not w.is_punct]
    if not before:
        return span
    return (span[0], before[-1].idx + len(before[-1].text))


# Strict readers (stances16) found objects that carry the setting of the saying, or stop short of what bounds them:
# "urged the council [in a speech on Monday] to reject …", a photo caption's "…, Kessel, Ostria, March 3, 2019" at the
# end, and "wait for a deal" cut before "until one is reached".
SAYING_OCCASIONS = frozenset("""speech interview statement address tweet letter post column op-ed remarks briefing
testimony appearance broadcast podcast video clip rally conference""".split())
SAYING_PREPS = frozenset({"in", "at", "during"})
BOUNDING_WORDS = frozenset({"until", "till", "til", "unless", "pending"})
QUOTE_MARKS = frozenset('"“”‘’\'')


def saying_inside(doc, span) -> bool:
    """ "the council in a speech on Monday to reject …": a phrase of the occasion of the saying ("in a speech",
    ``SAYING_OCCASIONS``) that hangs from a word outside the object, with more of the object after it: the
    object runs across a word of the sentence that is no part of it."""
    words = span_tokens(doc, span)
    if words is None:
        return False
    inside = range(words.start, words.end)
    for w in words:
        if w.dep_ != "prep" or w.lower_ not in SAYING_PREPS or w.head.i in inside:
            continue
        noun = next((g for g in w.children if g.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in SAYING_OCCASIONS and any(
                v.i > w.right_edge.i and not v.is_punct for v in words):
            return True
    return False


# Strict readers (stances17b, paraphrased) found objects that end on why or where the holder's wish was told, not on
# what is wanted: "sending staff abroad[ because of the tensions]", "close the crossings[ due to the outbreak]", "pull
# the troops out[ following a phone call with …]", "build the bridge[ in an expanded recommendation]".
CAUSE_PREPS = {"because": "of", "due": "to", "owing": "to", "thanks": "to"}  # the first word, and the one after it
# Nouns of a talk or a paper in which a wish is told, beside ``SAYING_OCCASIONS``, and the prepositions that place it.
TALK_NOUNS = SAYING_OCCASIONS | frozenset("""call conversation report recommendation memo memorandum editorial
note message email e-mail meeting visit trip hearing""".split())
TALK_PREPS = frozenset({"in", "during", "at", "following", "after"})
# Verbs whose "in" phrase is what they do, not where they were told: "engage in talks", "take part in a meeting".
IN_TAKING_VERBS = frozenset("engage participate take join attend involve include invest".split())
TOP_CHAIN = frozenset({"xcomp", "conj"})  # a verb of the object's own line ("wants to go and see")


def _of_the_line(w, words) -> bool:
    """``w`` is the object's top word, or a verb reached from it by "to"-infinitives and conjuncts only (not a
    clause of its own, which may have its own why and where: "allegations that Holm broke the law during a call")."""
    node = w
    while words.start <= node.head.i < words.end and node.head.i != node.i:
        if node.dep_ not in TOP_CHAIN:
            return False
        node = node.head
    return True


# Phrases of the events a wish came after or among (stobj18, paraphrased: "supports new rules[ in the wake of
# clashes over …]"), which date the wish and are no part of it.
SETTING_PHRASES = (("in", "the", "wake", "of"), ("in", "the", "aftermath", "of"), ("on", "the", "heels", "of"),
                   ("amid",), ("amidst",))
# Papers of a court case in which a charge is told ("in court papers filed …", "in a lawsuit brought …"):
# plural or under a noun of their kind, they need no determiner.
PAPER_NOUNS = frozenset("""document documents filing filings lawsuit suit complaint affidavit deposition papers
petition""".split())


# Nouns of the zeal an attitude is held with ("opposes girls' schooling | with a zeal shared by …"): how the holder
# holds it, not part of what is held (readst18c).
ZEAL_NOUNS = frozenset("""fervor fervour zeal zealotry vigor vigour passion enthusiasm vehemence gusto ferocity
intensity relish obsession""".split())


def zeal_phrase_at(w) -> bool:
    """``w`` is a "with" hung on a noun, whose object is a noun of ``ZEAL_NOUNS``: "girls' schooling | with that
    fierce zeal"; "fight with vigour" (on a verb: the manner of the act wished) is left."""
    return w.lower_ == "with" and w.dep_ == "prep" and w.head.pos_ in {"NOUN", "PROPN"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ZEAL_NOUNS for g in w.children)


def setting_phrase_at(w) -> bool:
    """``w`` opens a phrase of ``SETTING_PHRASES`` ("in the wake of", "amid")."""
    doc = w.doc
    return any(tuple(t.lower_ for t in doc[w.i:w.i + len(p)]) == p for p in SETTING_PHRASES)


def _paper(g) -> bool:
    return g.lemma_.lower() in PAPER_NOUNS or g.lower_ in PAPER_NOUNS


def why_or_where_at(w) -> bool:
    """``w`` opens a phrase of cause ("because of", "due to"), of the events the wish came among ("in the wake of",
    ``SETTING_PHRASES``), of the zeal it is held with (``zeal_phrase_at``) or of the talk or paper the wish was
    told in ("in a report", "following a phone call", ``TALK_NOUNS``, with a determiner or possessor; "in court
    documents", ``PAPER_NOUNS``, with none; not the "in" a verb takes, "engage in talks", ``IN_TAKING_VERBS``)."""
    doc = w.doc
    if w.lower_ in CAUSE_PREPS:
        return w.i + 1 < len(doc) and doc[w.i + 1].lower_ == CAUSE_PREPS[w.lower_]
    if setting_phrase_at(w) or zeal_phrase_at(w):
        return True
    if w.dep_ != "prep" or w.lower_ not in TALK_PREPS or w.head.lemma_.lower() in IN_TAKING_VERBS:
        return False
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in TALK_NOUNS or _paper(g)) and (any(
        d.dep_ in {"det", "poss"} for d in g.children) or _paper(g) and (g.tag_ == "NNS" or any(
            d.dep_ == "compound" for d in g.children))) for g in w.children)  # "in a phone call", "during his
    # call", "in court documents"


def _charge_of_paper(w, words) -> bool:
    """ "Tarvo of theft | in a lawsuit filed …": a phrase of a court paper (``PAPER_NOUNS``) or of the events a wish
    came among (``SETTING_PHRASES``) hung on the noun of a phrase whose preposition hangs outside the object (the
    charge of an accusation, the thing a verb takes): it tells where or when, not what."""
    head = w.head
    if head.dep_ != "pobj" or (words.start <= head.head.head.i < words.end and not _of_the_line(head.head.head, words)):
        return False
    return setting_phrase_at(w) or any(g.dep_ == "pobj" and _paper(g) for g in w.children)


def told_why_or_where(doc, span):
    """``span`` without a last phrase of why or where the wish was told (``why_or_where_at``), hung from the
    object's own line of verbs (``_of_the_line``) and running to its end; unchanged where none, or where only the
    object's first word would be left."""
    words = span_tokens(doc, span)
    if words is None or len(words) < 3:
        return span
    body = [w for w in words if not w.is_punct]
    for w in words[2:]:
        if not why_or_where_at(w) or not words.start <= w.head.i < w.i or not (
                _of_the_line(w.head, words) or _charge_of_paper(w, words)):
            continue
        if w.right_edge.i < body[-1].i and not (w.lower_ in CAUSE_PREPS and doc[w.i + 1].right_edge.i >= body[-1].i):
            continue
        before = [v for v in doc[words.start:w.i] if not v.is_punct]
        if len(before) < 2:
            return span
        return (span[0], before[-1].idx + len(before[-1].text))
    return span


def dated_tail(doc, span):
    """``span`` without a caption's "…, Kessel, Ostria, March 3, 2019" at its end: a date with a year set off by a
    comma as the object's last words, and the place named just before it ("in Kessel, Ostria")."""
    words = span_tokens(doc, span)
    if words is None or words[-1].ent_type_ != "DATE" or not any(
            w.ent_type_ == "DATE" and w.text.isdigit() and len(w.text) == 4 for w in words[-4:]):
        return span
    k = words.end - 1
    while k > words.start and doc[k - 1].ent_type_ == "DATE" and doc[k - 1].ent_iob_ != "O":
        if doc[k].ent_iob_ == "B":
            break
        k -= 1
    if k <= words.start or doc[k - 1].text != ",":
        return span
    k -= 1  # the comma before the date
    while k > words.start and (doc[k - 1].ent_type_ in {"GPE", "LOC", "FAC"} or doc[k - 1].text == ","):
        k -= 1  # "Kessel, Ostria," before it
    if k > words.start and doc[k - 1].lower_ in {"in", "at", "near", "outside"} and k < words.end - 1 and \
            doc[k].ent_type_ in {"GPE", "LOC", "FAC"}:
        k -= 1
    body = [w for w in doc[words.start:k] if not w.is_punct]
    if not body:
        return span
    return (span[0], body[-1].idx + len(body[-1].text))


def with_bound(doc, span):
    """``span`` carried on through an "until"/"unless" clause right after it that bounds a verb inside it ("keep the
    plant open | until a buyer is found"): the clause says how long or on what terms; unchanged where none."""
    words = span_tokens(doc, span)
    if words is None or words.end >= len(doc) or doc[words.end].lower_ not in BOUNDING_WORDS:
        return span
    mark = doc[words.end]
    clause = mark.head if mark.dep_ == "mark" else mark
    if not words.start <= clause.head.i < words.end or clause.i == clause.head.i:
        return span
    end = clause.right_edge
    while end.i > clause.i and (end.is_punct or end.text in QUOTE_MARKS):
        end = doc[end.i - 1]
    if end.sent.start != words[0].sent.start:
        return span
    return (span[0], end.idx + len(end.text))


def cut_before_bound(doc, span) -> bool:
    """The object stops right before an "until"/"unless" that bounds it ("wait for a deal | until one is
    reached", "not to send emails | "until this is resolved""): what is wanted is only half said."""
    words = span_tokens(doc, span)
    if words is None:
        return False
    k = words.end
    while k < len(doc) and k < words.end + 2 and doc[k].text in QUOTE_MARKS:
        k += 1
    return k < len(doc) and doc[k].lower_ in BOUNDING_WORDS
