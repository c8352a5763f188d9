"""A quotation the writer's own sentence leads into with a telling of its own (strict reads, round 15).

"Mayor Tolk had mocked the harbour pilots all spring, leading Governor Brun to tell the Courier, “I never knew
she could be so petty.”": the tagger may read the whole sentence as one content, with no cue or with the
writer's verb of the first clause ("criticised"), and the speaker of the paragraph before. The narration before
the quotation is the writer's, not anyone's words; the quotation is what was said, its cue the verb of speech
that leads into it ("tell") and its source that verb's subject, or, for "prompting [the president] to tell",
"led [her] to say", the one it is told of (the object of the verb whose complement the telling is).

The tagger may also take the narration for the content of the writer's verb and leave the quotation with no cue:
the quotation then takes the verb of speech before it. The quotation must run from its opening mark to the content's end, right after a comma or colon that follows
the verb of speech and its own few words, with no verb among them ("to tell [the Courier],"); the verb is outside quotation marks, not
negated, not passive, not a tag set in after a comma ("…, she said, “…”") and not the content's cue. A content
whose cue is itself a verb of speech is left to ``bounds`` ("said that although Kessel was threatened, “…”").

Spans are token spans ``(first, last + 1)``, as in ``bounds``; ``quoted`` flags tokens inside quotation marks.
"""
from __future__ import annotations

from . import documents
from .cues import CLOSE_QUOTES, OPEN_QUOTES, SPEECH_VERBS, STRAIGHT_QUOTE
from .marks import OPEN_MARKS
from .rules import SUBJECT_DEPS, is_edge, subject_of
from .tags import SENTENCE_ENDS

TokenSpan = tuple[int, int]

LEAD_MARKS = frozenset({",", ":"})  # "to tell the Courier[,] “…”"
OBJECT_DEPS = frozenset({"dobj", "obj"})
MIN_WORDS = 2
# Verbs by which a document's text is put out or passed on ("Brun shared Lind's email: “…”"): the quotation
# after the document is its text; general English.
RELAYING_VERBS = documents.ISSUING_VERBS | frozenset("share forward read quote circulate tweet retweet "
                                                     "obtain leak".split())
MAX_TELLING_WORDS = 8  # words after the verb of speech before the quotation: its addressee, manner or occasion


def quotation_after_telling(doc, content: TokenSpan, cue, source, quoted) -> list[tuple] | None:
    """[(content, cue, source)] for a content that is the writer's narration leading into a quotation by a verb
    of speech of its own (see the module), or None when it is not one."""
    s, e = content
    if cue is not None and _speech_cue(doc, cue):
        return None  # "said that although …, “…”": the cue's own content, read by ``bounds`` and ``tags``
    if cue is None and doc[s].text in OPEN_MARKS and s > 1 and doc[s - 1].text == ":":
        whose = _document_before(doc, s - 1)  # the tagger split them: "… of Kessler's statement:" | “…”
        if whose is not None:
            return [(content, None, whose)]
    if cue is None and doc[s].text in OPEN_MARKS and s > 1 and doc[s - 1].text in LEAD_MARKS:
        verb = _telling(doc, doc[s - 1].sent.start, s - 1, None, quoted)  # the tagger split the two: "… to tell
        speaker = _teller(doc, verb) if verb is not None else None       # the Courier," | “…”
        return [(content, (verb.i, verb.i + 1), speaker)] if speaker is not None else None
    if quoted[s] or doc[s].text in OPEN_MARKS:
        return None
    mark = next((k for k in range(s + 1, e) if doc[k].text in OPEN_MARKS and doc[k - 1].text in LEAD_MARKS
                 and all(quoted[t.i] or is_edge(t) for t in doc[k:e])), None)
    if mark is None or sum(1 for t in doc[mark:e] if t.is_alpha) < MIN_WORDS:
        return None
    if any(t.text in SENTENCE_ENDS and not quoted[t.i] for t in doc[s:mark]):
        return None  # a sentence before it: another case (``extract._without_narration_before``)
    whose = _document_before(doc, mark - 1) if doc[mark - 1].text == ":" else None
    if whose is not None:  # "… was in the second paragraph of Kessler's statement: “…”"
        return [((mark, e), None, whose)]
    verb = _telling(doc, s, mark - 1, cue, quoted)
    if verb is None:
        return None
    speaker = _teller(doc, verb)
    if speaker is None:
        return None
    return [((mark, e), (verb.i, verb.i + 1), speaker)]


def _document_before(doc, colon: int) -> TokenSpan | None:
    """Whose the quotation after ``colon`` is when a document's noun ends the words before it ("the second
    paragraph of [Kessler's statement]:", "Brun shared [Lind's email]:", "Brun released [a statement]:"): the
    quotation is the document's text, not words of the one who relays it. Tokens of its owner written in the
    phrase ("Kessler", "Lind"), else of the document's phrase, for the speaker resolver to find its issuer or
    no one (``documents``). None when no document ends there, or when the document is only spoken of: it
    hangs from a verb that is not one of issuing or passing it on ("Brun answered [Lind's letter]: “…”": Brun's
    answer). Source: strict reads, round 21 (a quotation of a statement given to the one it named)."""
    head = doc[colon - 1] if colon > 0 else None
    if head is None or not documents.is_document(head) or any(c.i > head.i for c in head.children):
        return None
    up = head
    while up.dep_ in ("pobj", "prep") and up.head is not up:
        up = up.head  # "the second paragraph [of [the statement]]", "[in [her letter]]"
    if up.pos_ in ("VERB", "AUX"):  # "… was in [the statement]:", "the news came in [it]:"; not "Brun answered to it:"
        subject = next((c for c in up.children if c.dep_ in SUBJECT_DEPS), None)
        relays = up.lemma_.lower() == "be" or subject is not None and not documents.can_issue(subject)
    elif up.pos_ in ("NOUN", "PROPN") and up.dep_ in ("dobj", "obj"):
        verb = up.head  # "Brun shared [Lind's email]:"; not "Brun wrote this note when he shared [it]:"
        relays = verb.lemma_.lower() in RELAYING_VERBS and (verb.dep_ == "ROOT" or verb.dep_ == "conj"
                                                             and verb.head.dep_ == "ROOT")
    else:
        relays = up.pos_ in ("NOUN", "PROPN") and (up.dep_ == "ROOT" or up.dep_ == "attr" and up.head.lemma_.lower() == "be")
    if not relays:
        return None
    owner = documents.owner(head)
    return owner if owner is not None else (head.left_edge.i, head.i + 1)


def _telling(doc, s: int, lead: int, cue, quoted):
    """The verb of speech, outside quotation marks and not the cue, whose own words run up to the lead mark
    ``lead`` ("[tell] the Courier,"), or None."""
    for verb in reversed(doc[s:lead]):
        if quoted[verb.i] or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        if cue is not None and cue[0] <= verb.i < cue[1]:
            return None
        if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in verb.children):
            return None  # "did not tell", "has been threatened"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i > s and doc[subject.left_edge.i - 1].text == ",":
            return None  # "…, she said, “…”": a tag set into the sentence (``extract._read_at_tags``)
        after = [t for t in doc[verb.i + 1:lead] if not is_edge(t)]
        inside = {d.i for d in verb.subtree}
        if len(after) <= MAX_TELLING_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in after) \
                and all(t.i in inside for t in after):
            return verb  # "to tell [the Courier]", "said [after the vote]"
        return None  # "promise a new pier, and led the crowd in chants of, “…”": no telling of it
    return None


def _teller(doc, verb) -> TokenSpan | None:
    """Who tells: the verb's subject; for a telling that completes another verb, that verb's object when it has
    one ("prompting [the president] to tell"), else its subject (``rules.subject_of``)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ in OBJECT_DEPS and c.i < verb.i), None)
    if subject is not None:
        return subject.left_edge.i, subject.right_edge.i + 1
    return subject_of(doc, (verb.i, verb.i + 1))


def _speech_cue(doc, cue: TokenSpan) -> bool:
    return any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in doc[cue[0]:cue[1]])
