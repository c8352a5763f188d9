"""Parse rules for attribution spans: the whole extraction when no trained tagger ships (or it is
switched off), and repairs of what the tagger leaves half done (a cue with no content, a content with
no cue, "…, Brant notes." misparsed as a noun phrase, the subject behind "by saying").

A speech or belief verb gives the cue; its subject the source; its clausal complement (or the quote
next to it) the content. "according to X" makes X the source of the rest of its clause.
"""
from __future__ import annotations

from .tagger import Tagged
from .cues import ACCORDING_TO, SPEECH_VERBS
from ..deps import SUBJECT_DEPS

CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
IRREGULAR_SPEECH_FORMS = frozenset({"said", "says", "told", "wrote", "thinks", "thought"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj", "prep", "pobj"})
MAX_SUBJECT_CLIMB = 4
MAX_TRAILING_SOURCE = 4  # words between the comma and a trailing speech verb
DATELINE_DASHES = frozenset({"―", "—", "–", "--", "-", "—-"})
MAX_DATELINE_WORDS = 6  # "WASHINGTON (AP)", "KESSEL, Ostria"
KEPT_AT_EDGE = frozenset({"%"})  # punctuation that belongs to the word before it ("71%")


def past_cue_before(doc, content, cue) -> bool:
    """The cue (token span) stands before the content (token span) and its verb is in the simple past ("said",
    "warned"): the shape after which a writer's closing comment is told in another tense."""
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), None)
    return cue[1] <= content[0] and verb is not None and verb.tag_ == "VBD"


def cue_and_content(doc, a):
    """``a``'s cue and content as Doc spans (widened to whole tokens), or None when it has no cue or either
    span is empty."""
    if a.cue is None:
        return None
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if cue is None or content is None or not len(cue) or not len(content):
        return None
    return cue, content


def cue_then_content(doc, a):
    """``cue_and_content`` for a cue that ends before its content starts ("tweeted about [how …]"), else None."""
    if a.cue is None or a.cue[1] > a.content[0]:
        return None
    return cue_and_content(doc, a)


def is_edge(tok) -> bool:
    """Punctuation or space that a span sheds at its edges ("%" stays with its number)."""
    return tok.is_space or (tok.is_punct and tok.text not in KEPT_AT_EDGE)


def subjects(verb) -> list:
    """The verb's subjects, nearest first: in a headline "Deficit to widen, ministry says" the parser
    gives "says" two; the one next to the verb speaks."""
    return sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(c.i - verb.i))


def _according_object(doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The X of "according to X" when the cue is that phrase."""
    i = cue[0]
    if doc[i].lower_ != ACCORDING_TO[0] or i + 1 >= len(doc) or doc[i + 1].lower_ != ACCORDING_TO[1]:
        return None
    objs = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
    return _subtree(objs[0]) if objs else None


def rule_spans(doc) -> Tagged:
    contents, sources, cues = [], [], []
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
            subj = subjects(tok)
            comp = [c for c in tok.children if c.dep_ in CONTENT_DEPS]
            if subj and comp:
                cues.append((tok.i, tok.i + 1))
                sources.append(_subtree(subj[0]))
                contents.append(_subtree(comp[0]))
        elif _according_object(doc, (tok.i, tok.i + 2)):
            cue = (tok.i, tok.i + 2)
            content = content_for_cue(doc, cue, ())
            if content:
                cues.append(cue)
                sources.append(_according_object(doc, cue))
                contents.append(content)
    return Tagged(sorted(c for c in contents if c[1] > c[0]), sorted(sources), sorted(cues))


def _subtree(tok) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def cue_near(doc, content: tuple[int, int], taken) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue, source) for a content the tagger left without a cue: a speech verb with a subject in the
    content's last sentence, outside the content and any tagged span ("…, Brant notes.")."""
    sent = doc[content[1] - 1].sent
    best = None
    for tok in sent:
        if content[0] <= tok.i < content[1] or tok.i in taken:
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
            subj = subjects(tok)
            if subj and not any(t.i in taken for t in subj[0].subtree):
                d = min(abs(tok.i - content[0]), abs(tok.i - content[1]))
                if best is None or d < best[0]:
                    best = (d, (tok.i, tok.i + 1), _subtree(subj[0]))
    return best[1:] if best else _trailing_cue(doc, sent, content, taken)


def interrupting_cue(doc, content: tuple[int, int], quoted) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue, source) standing between two quoted parts of a content ("“…,” says Brant. “…”"):
    a speech verb outside the marks whose subject is outside them too. ``quoted``: per-token flags."""
    for tok in doc[content[0]:content[1]]:
        if quoted[tok.i] or tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ != "VERB":
            continue
        subj = subjects(tok)
        if subj and not any(quoted[t.i] for t in subj[0].subtree):
            return (tok.i, tok.i + 1), _subtree(subj[0])
    return None


def _trailing_cue(doc, sent, content, taken):
    found = trailing_cue(doc, sent)
    if found is None:
        return None
    cue, source, comma = found
    if cue[0] < content[1] or cue[0] in taken or comma < content[1] - 1:
        return None
    return cue, source


def trailing_cue(doc, sent):
    """(cue, source, comma) for a sentence ending "…, Brant notes." read from the surface, so that it
    holds when the parser got the verb wrong (a noun "notes")."""
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - sent.start < 4 or not _speech_form(doc[end - 1].lower_):
        return None
    verb = doc[end - 1]
    comma = max((t.i for t in doc[sent.start:verb.i] if t.text == ","), default=None)
    if comma is None or not 1 <= verb.i - comma - 1 <= MAX_TRAILING_SOURCE:
        return None
    if any(t.is_punct for t in doc[comma + 1:verb.i]):
        return None
    if _clause_not_tag(doc[comma + 1:verb.i + 1]):
        return None
    return (verb.i, verb.i + 1), (comma + 1, verb.i), comma


def _clause_not_tag(words) -> bool:
    """The words after the comma are a clause of the sentence, not a tag naming who spoke: they open with a
    conjunction ("…, and they should be feared") or the verb is a passive ("…, which is widely feared"): a
    tag is a source and an active verb of saying ("…, Brant notes"). Cutting there would stop a quotation in
    mid-sentence."""
    if words[0].pos_ == "CCONJ" or words[0].lower_ in ("and", "but", "or", "yet", "so", "nor"):
        return True
    return len(words) > 1 and words[-2].lemma_ == "be" and words[-1].tag_ == "VBN"


def _speech_form(word: str) -> bool:
    return word in IRREGULAR_SPEECH_FORMS or any(
        word.endswith(suffix) and word[: len(word) - len(suffix)] in SPEECH_VERBS for suffix in ("s", "es", "ed", "d"))


def content_for_cue(doc, cue: tuple[int, int], taken) -> tuple[int, int] | None:
    """The content of a cue the tagger found alone: its clausal complement, or, for a parenthetical
    cue ("What worries them, experts say, is …"), the rest of its sentence. ``taken``: content tokens."""
    tok = doc[cue[0]]
    comp = [c for c in tok.children if c.dep_ in CONTENT_DEPS and c.i >= cue[1]]
    according = _according_object(doc, cue)
    if according:
        sent = tok.sent
        before, after = (sent.start, cue[0]), (according[1], sent.end)
        span = max(before, after, key=lambda sp: sp[1] - sp[0])
    elif comp:
        span = _subtree(comp[0])
    elif (clause := _complement_in_occasion(tok, cue)) is not None:
        span = clause
    else:
        sent = tok.sent
        if tok.i == sent.start or not any(t.text == "," for t in doc[sent.start:tok.i]):
            return None
        span = (sent.start, _before_trailing_clause(doc, cue, sent) or sent.end)
    s, e = span
    while s < e and is_edge(doc[s]):
        s += 1
    while e > s and is_edge(doc[e - 1]):
        e -= 1
    return (s, e) if e - s >= 2 and not any(i in taken for i in range(s, e)) else None


def _complement_in_occasion(verb, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The "that" clause of a verb of speech with no complement, which the parser hung as a relative clause on
    the last noun of the occasion before it ("said in a televised address responding to the strikes on the
    bases [that the country would not be intimidated]"): a "that" that fills no role in its clause is the
    complementizer, so the clause is what was said and the occasion is no content (strict reads, round 15). The
    clause has a subject of its own besides "that", and "that" can fill neither the passive's object nor, beside
    another, the object: a passive, a second object, or a copula's complement. Returns its span, or None."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i >= cue[1]):
        for clause in (t for t in prep.subtree if t.dep_ == "relcl"):
            that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
            if that is None or that.i != clause.left_edge.i:
                continue
            deps = {c.dep_ for c in clause.children if c.i != that.i}
            if not deps & {"nsubj", "nsubjpass"}:
                continue  # "… the bases that [were] hit": "that" is its subject
            if "nsubjpass" in deps or deps & {"dobj", "attr", "acomp"}:
                return that.i, clause.right_edge.i + 1
    return None


def _before_trailing_clause(doc, cue: tuple[int, int], sent) -> int | None:
    """Where the content stops when source and cue close the sentence ("…, sources said."): the comma
    before them; None when words follow the cue (a parenthetical "…, experts say, is …")."""
    if any(not (t.is_punct or t.is_space) for t in doc[cue[1]:sent.end]):
        return None
    subj = subject_of(doc, cue)
    first = min(cue[0], subj[0]) if subj else cue[0]
    return max((t.i for t in doc[sent.start:first] if t.text == ","), default=None)


def subject_of(doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of the cue's verb, climbing through "by saying", "to tell", "and added" to find it."""
    according = _according_object(doc, cue)
    if according:
        return according
    tok = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), doc[cue[0]])
    for _ in range(MAX_SUBJECT_CLIMB):
        subj = subjects(tok)
        if subj:
            return _subtree(subj[0])
        told = _controller(tok) if tok.i in range(*cue) else None  # the cue's own infinitive, not one climbed to
        if told is not None:
            return _subtree(told)
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = _reporting_verb(tok) or tok.head
    return None


def _controller(tok):
    """The object of the verb an infinitive completes, who does what it says ("leading [the governor] to tell
    the Courier", "led [her] to say"), or None; the subject of that verb does it only when it has no object
    ("went on to tell"). Strict reads, round 15 (``tellings``)."""
    if tok.dep_ != "xcomp" or tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return next((c for c in tok.head.children if c.dep_ in ("dobj", "obj") and c.i < tok.i), None)


def _reporting_verb(tok):
    """The verb of speech whose complement a participle of speech hangs on ("Brant said [the port would reopen],
    [saying] the cranes were ready": the parser hangs "saying" on "reopen", but Brant says it, as with "adding"
    hung on "said"), or None. A participle with no subject of its own goes with the one who reports; not with a
    tag after the clause ("North Korea issued a warning, saying …, state media reported": North Korea says it)."""
    head = tok.head
    if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in SPEECH_VERBS and head.dep_ == "ccomp"
            and head.head.i < head.i and head.head.pos_ == "VERB" and head.head.lemma_.lower() in SPEECH_VERBS):
        return head.head
    return None


def _outlet_credit(doc, s: int, e: int) -> int | None:
    """The first token after a place and an agency in brackets opening a paragraph ("Kessel (Wire)
    Mayor …", "KESSEL (Wire) -"), when a capitalised word follows; else None."""
    k = s
    while k < min(e, s + MAX_DATELINE_WORDS) and doc[k].is_alpha and (doc[k].is_title or doc[k].is_upper):
        k += 1
    if k == s or k + 3 >= e or doc[k].text != "(" or doc[k + 2].text != ")" or not doc[k + 1].text[:1].isupper():
        return None
    k += 3
    while k < e and (doc[k].is_space or doc[k].text in DATELINE_DASHES):
        k += 1
    return k if k < e - 1 and doc[k].text[:1].isupper() else None


def after_dateline(doc, s: int, e: int) -> int:
    """Where a span opening its paragraph with a dateline ("WASHINGTON ― Donald Trump's …") starts after it."""
    if s and not (doc[s - 1].is_space and "\n" in doc[s - 1].text):
        return s
    credit = _outlet_credit(doc, s, e)
    if credit:
        return credit  # "Kessel (Wire) Mayor Ivo Brant …": the place and the agency in brackets
    if not (doc[s].is_upper and doc[s].is_alpha and len(doc[s]) > 1):
        return s
    k = s + 1
    while k < min(e, s + MAX_DATELINE_WORDS) and (doc[k].is_upper or doc[k].is_title or doc[k].text in "(),."):
        k += 1
    if k >= e - 1 or doc[k].text not in DATELINE_DASHES or not doc[k + 1].text[:1].isupper():
        return s  # "NATO - the alliance - said": a dateline is followed by a sentence
    if doc[k].text == "-" and not doc[k - 1].whitespace_:
        return s  # "JETS DESTROY ANTI-ISIS BASE": a hyphen inside a word of a headline
    k += 1
    while k < e and (doc[k].is_space or (doc[k].is_punct and doc[k].text not in KEPT_AT_EDGE)):
        k += 1
    return k
