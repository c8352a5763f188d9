"""Which of a sentence's dates is the date of what the sentence reports (analyst's read of briefs, brief16).

A timeline files a sentence under a date; only a date that anchors the sentence's own act may do so. In
"In a 2017 interview, Vell said the 2019 vote would fail" the act is the saying, in 2017; 2019 only dates
something the content talks of. Climbing the parse from the date to the sentence's root, a date is:

- **content** when it passes a clause of content: a clausal complement ("said [the 2019 vote would
  fail]"), a parenthetical clause, or the infinitive of a verb of speech, belief or intention ("promised [to
  hold a vote in 2027]"); a date inside quotation marks or a direct quotation is content too;
- **no anchor** when it passes a description, a comparison or a thing: a relative clause or a participle on
  a noun ("Vell, [who was elected in 2015], resigned"; on a name in a preposition's phrase too: "in Kessel,
  [which Vell visited last week], …"), a clausal subject, an adverbial clause of reason,
  condition or concession ("because the 2019 vote failed"); "than", "since", "from", "until", "before",
  "versus", a form of "compare" ("up from 4% in 2018", "the most since 2008"), or "by", "to", "through" as
  the date's own preposition ("by 2030", "from 2010 to 2015"); a noun that is not a stretch of time ("the
  2019 vote", "his 2016 campaign"), unless that noun is the object of a preposition of time or occasion on
  the clause ("in a 2017 interview", "at the 2019 summit", "at a news conference [he called Wednesday]"),
  the date hangs on it bare ("issued a fact sheet Tuesday evening": the parser's attachment) or as the
  possessive of a subject ("Wednesday's strikes were centred on Homs"); a year a work is cited by ("Harlow
  (2004) finds …", not a court case's "Kessel v. Dunmore (2012)"); one end of "between 2012 and 2015"; a
  day a present "it is" only sets the scene with ("It is Friday afternoon, and …");
- **no anchor** too when the first verb above it tells what is to come: a future ("will vote on March 3"), a
  modal of duty or chance with no perfect ("must decide on March 3", "could vote Friday"; not "may have fled"),
  a present "is expected", "is scheduled", "is set", "is due" ("the ruling is expected on March 8"), or the
  infinitive of a verb of intention ("vowed to block the quay on March 9"; not "agreed" or "decided", whose
  act is done); a forecast of the telling's own day ("today", "tonight") and a saying's date the parser hung
  on the clause it introduces ("said Monday [the board will …]") keep theirs;
- **main** otherwise. An adverbial clause of time ("when", "as", "while", "after", "once"), a participle
  with no conjunction ("Speaking in 2017, Vell said …"), a participle on the subject ("The mayor,
  speaking on Tuesday, said …") and a clause on a verbless caption's noun ("Photos: … – Dockers block the
  quay on March 8") keep their date; once a verb is passed, a noun above it no longer matters.

A sentence with a main date is dated by its main dates only. Without one, a content date dates it only when
it names a day, a week or a month ("officials said the quay closed on March 3": the content is the event);
a year, a decade or a century inside what was said never does. With neither, the sentence is left off the
timeline: undated rather than misdated. Without a dependency parse only the quotation test applies. Spans
are Doc character offsets.
"""
from __future__ import annotations

import re

from .attribution.cues import BELIEF_VERBS, SPEECH_VERBS, doc_quoted_spans
from .deps import SUBJECT_DEPS

# Arcs that open a clause of what was said or thought.
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
# Arcs that open a description of a noun or a clause standing for a thing.
DESCRIPTION_DEPS = frozenset({"csubj", "csubjpass", "relcl", "acl"})
# Conjunctions of an adverbial clause that still places the main act in time.
TIME_MARKERS = frozenset({"when", "as", "while", "after", "once", "whenever"})
# Words that make the date a compared date, a range's end or a target, not the time of the act, wherever they
# stand above it ("up [from 2 percent in] 2018") ...
NOT_AT_WORDS = frozenset({"than", "since", "from", "until", "till", "before", "versus", "vs", "vs.", "compared",
                          "compare", "comparison"})
# ... and those that do so only as the date's own preposition ("by 2030", "to 2015", "by the end of the year";
# not "by issuing a statement on Tuesday", "brought it to the hearing Thursday").
OWN_PREPOSITION_WORDS = frozenset({"by", "to", "through", "toward", "towards", "against"})
# How a date hangs on a noun when the parser has hung the act's date there: bare ("issued a statement Tuesday
# evening") or as the subject's possessive ("Wednesday's strikes were centred on Homs").
LOOSE_DEPS = frozenset({"npadvmod"})
# Prepositions by which a noun's phrase dates the act it hangs on ("in a 2017 interview", "at the 2019 summit").
OCCASION_PREPS = frozenset({"in", "at", "during", "on", "after", "amid", "throughout", "following", "within"})
# Nouns of a preposition's idiom, no occasion ("in response to", "in the wake of", "in a nod to").
IDIOM_NOUNS = frozenset("""
response wake nod accordance compliance favor favour light spite addition line view case terms place honor
honour memory support defiance violation relation reference contrast comparison regard connection event
""".split())
# Nouns that are stretches of time: a date under them still dates the act ("at the end of 2019").
TIME_NOUNS = frozenset("""
end start beginning middle close dawn turn half quarter part spring summer fall autumn winter season week month
year day days morning afternoon evening night weekend hour time period date eve
""".split())
# Verbs whose infinitive is an intention or a statement: its date is the content's ("plans to visit in 2027").
INTENTION_VERBS = frozenset("""
plan aim intend seek promise vow pledge threaten propose hope expect want need agree decide schedule set
""".split())
CONTENT_VERBS = SPEECH_VERBS | BELIEF_VERBS | INTENTION_VERBS
# Auxiliaries of a future ("will", "'ll", "won't", "shall") and words of a present schedule ("is expected on").
WILL_WORDS = frozenset({"will", "'ll", "’ll", "wo", "shall"})
# Modals of what must, should or may come ("the board must decide on March 3", "the vote could come Friday"):
# a duty or a chance, not yet an act; with a perfect ("may have fled on Monday") the act is done.
AHEAD_MODALS = frozenset({"must", "should", "could", "might", "may"})
SCHEDULED_WORDS = frozenset({"schedule", "scheduled", "expect", "expected", "set", "slate", "slated", "due"})
TODAY = re.compile(r"(?i)today|tonight|this\s+(?:morning|afternoon|evening)")
# Verbs of intention whose own act is done once told ("agreed to hear the case on November 7"): the parser
# often hangs that act's date on the infinitive, so a date there is left to the content rule.
DONE_INTENTIONS = frozenset({"agree", "decide"})
ASKED_VERBS = frozenset({"ask", "interview", "question", "press"})
FUTURE_WORDS = WILL_WORDS | {"would", "could", "might", "may", "should", "must"}
# Words opening a compared or bounding phrase that the text reads up to the date ("than the blast in 1945").
COMPARISON_WORDS = frozenset({"than", "since"})
QUANTITY_WORDS = frozenset({"more", "less", "fewer", "no", "rather", "other"})
# A date denied: "not tomorrow", "not on Tuesday but …", "never in 2019" (analyst16).
NEGATED = re.compile(r"(?i)\b(?:not|never|nor)\s+(?:(?:on|in|at|during|this|that|next|last)\s+)?$")
MAIN, CONTENT = "main", "content"
CITED_YEAR = re.compile(r"\d{4}")
CITED_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*|\bet\s+al\.)\s+\($")  # "Harlow (", "Osei et al. ("
# a court case's name ("Kessel v. Dunmore (2012)"): its year is the ruling's, which the sentence mostly reports
CASE_NAME_BEFORE = re.compile(r"\bv(?:s)?\.?\s+(?:[A-Z][\w.'’-]*\s+)*\($")


def date_role(doc, span: tuple[int, int], quotations: list[tuple[int, int]] = ()) -> str | None:
    """``"main"``, ``"content"`` or None for the date at ``span`` (see the module); ``quotations``: spans
    of direct quotations the article's sources are reported to have said."""
    if NEGATED.search(doc.text, max(0, span[0] - 24), span[0]):
        return None  # "Some day, not tomorrow, not next year, it will collapse": the date it is not
    if _a_cited_work(doc.text, span):
        return None
    quoted = any(s <= span[0] and span[1] <= e for s, e in (*quotations, *doc_quoted_spans(doc)))
    if not doc.has_annotation("DEP"):
        return CONTENT if quoted else MAIN
    head = _head(doc, span)
    if head is not None and (_in_a_comparison(head) or _a_range_end(head) or _the_writers_now(head)):
        return None
    role = MAIN if head is None else _climb(head, forecasts=not TODAY.fullmatch(doc.text, span[0], span[1]))
    return CONTENT if quoted and role == MAIN else role


def _in_a_comparison(head) -> bool:
    """The date ends a phrase opened by "than" or "since" earlier in its sentence with no verb between ("four
    times stronger than the blast at Varn, Kessel, in 1945, an official told …": the parser may hang the date
    on the verb of telling; analyst16). A verb between makes it a clause's own date ("higher than expected in
    2015" stays the act's); "more than", "fewer than" count ("more than 130 years later, in 2005, …")."""
    for tok in reversed(head.sent[:head.i - head.sent.start]):
        if tok.lower_ in COMPARISON_WORDS and not (tok.i and tok.nbor(-1).lower_ in QUANTITY_WORDS):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "cc":
            return False  # a verb, or "and"/"but" ("since then, and this week it announced …"), ends the phrase
    return False


def _a_cited_work(text: str, span: tuple[int, int]) -> bool:
    """A bare year in parentheses after a name ("Harlow (2004) finds …", "see Venn and Osei (2009)", "the
    memoir Cold Harbour (1993)"): the year a work came out, cited, not when the sentence's act took place
    (analyst's read, timeline21: a paper's year was shown as the story's event)."""
    before = text[max(0, span[0] - 40):span[0]]
    return CITED_YEAR.fullmatch(text, span[0], span[1]) is not None and text[span[1]:span[1] + 1] == ")" \
        and CITED_BEFORE.search(before) is not None and CASE_NAME_BEFORE.search(before) is None


def _a_range_end(head) -> bool:
    """The date is one end of "between … and …" ("built between 1910 and 1950", "between January 2011 and
    April 2016"): a stretch, placed on neither end. Only as the object of "between" itself, or conjoined to
    it: "a meeting between Kim and the envoy Monday" keeps its day."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "between"


def _the_writers_now(head) -> bool:
    """The date is all a present "it is" says ("It is Friday afternoon, and the quay is quiet", "It's
    Wednesday, so …"): the writer setting the scene, no act of that day (analyst's read: such a line was shown
    as an event). A cleft keeps its date ("It is Monday that the vote falls"), and so does a past "it was",
    which tells a day of the story ("It was Tuesday, June 9, and Brant was speaking …")."""
    verb = head.head
    if head.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return False
    return not any(c.dep_ in ("ccomp", "relcl", "advcl") and c.i > head.i for c in verb.children)


def _head(doc, span: tuple[int, int]):
    """The date's syntactic head: the token of the span whose head lies outside it."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    return tokens.root if tokens is not None and len(tokens) else None


def _climb(head, forecasts: bool = True) -> str | None:
    """The date's role, climbing from its head (see the module); ``forecasts``: a clause that looks ahead
    (``_looks_ahead``) leaves it off, which a date of the telling's own day does not ("we will not sign
    the lease today," Ilves said: what is to come that same day is the day's)."""
    role, tok, prev, clause = MAIN, head, None, False  # clause: a verb passed, whose act the date dates
    for _ in range(64):  # a parse is a tree; the bound only guards a malformed one
        if tok.lower_ in NOT_AT_WORDS or tok.lemma_.lower() in NOT_AT_WORDS:
            return None
        if tok.lower_ in OWN_PREPOSITION_WORDS and prev is not None and (prev is head or prev.lemma_.lower() in TIME_NOUNS):
            return None
        if any(c.lower_ == "than" for c in tok.children if c.i < head.i):
            return None  # "higher than in 2015" parsed with "than" beside "in"
        if forecasts and not clause and tok.pos_ in ("VERB", "AUX") and _looks_ahead(tok) \
                and not _before_its_subject(head, tok):
            return None  # "the council will vote on March 3", "the vote is expected on March 3": not yet happened
        if tok.head.i == tok.i:
            return role if clause or tok is head or tok.pos_ in ("VERB", "AUX") or tok.lemma_.lower() in TIME_NOUNS \
                or (_fragment_root(tok) and prev.dep_ == "prep") else None  # "The meeting in Brussels on Thursday."
        if not clause and tok is not head and _names_a_thing(tok, prev):
            return None  # "the 2019 vote", "his 2016 campaign": the date names a thing, not the act's time
        if tok.dep_ in DESCRIPTION_DEPS and not _described_occasion(tok) and not _subject_participle(tok) \
                and not _fragment_root(tok.head) and not _finite_clause_on_a_noun(tok):
            return None
        if tok.dep_ == "advcl" and not _time_clause(tok):
            return None
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENTION_VERBS - DONE_INTENTIONS:
            return None  # "promised to hold elections in May": the date of what is intended, not of any act
        if tok.dep_ in CONTENT_DEPS or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in CONTENT_VERBS):
            role = CONTENT
        clause = clause or tok.pos_ in ("VERB", "AUX")
        prev, tok = tok, tok.head
    return None


def _names_a_thing(tok, prev) -> bool:
    """A noun above the date, before any verb, that the date describes ("the 2019 vote"): not a stretch of
    time, not an occasion of the act ("in a 2017 interview"), not the subject a participle describes ("The
    mayor, speaking on Tuesday, …"), not a name the date's own phrase was hung on ("The Kessel Post [in
    March 2017] ran a story": the parser's attachment, a name has no date)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in TIME_NOUNS or _occasion(tok):
        return False
    if prev is not None and _subject_participle(prev):
        return False
    if prev is not None and (prev.dep_ in LOOSE_DEPS or (prev.dep_ == "poss" and tok.dep_ in SUBJECT_DEPS
                                                         and not _forecast(tok.head))):
        return False  # "a fact sheet Tuesday evening", "Wednesday's strikes were centred …": the act's date
    if prev is not None and prev.dep_ == "appos" and tok.pos_ == "PROPN":
        return False  # a caption's place and date: "… flee the festival in Dunmore, Kessel, October 21, 2017."
    return not (tok.pos_ == "PROPN" and prev is not None and prev.dep_ == "prep" and prev.lower_ in ("in", "on", "during"))


def _looks_ahead(verb) -> bool:
    """The clause a date first hangs on tells what is to come: a future auxiliary ("will meet in June", "the
    board won't sit on Friday", "is going to rule Tuesday"), or a present "be" scheduled, expected, set,
    slated or due ("the vote is expected on March 3", "is set to testify Thursday", "the report is due
    Friday"). A timeline shows what happened on a date: such a date is a forecast (analyst's read of briefs,
    timeline23). A past "would" is left alone: what was to come then may have happened by the story's day."""
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        if _will(verb):
            return True
        verb = verb.head  # "is set [to testify] Thursday", "is going [to rule] Tuesday"
    if _will(verb) or _modal_ahead(verb):
        return True
    if verb.lower_ == "going" and _present_be(verb):
        return True
    if verb.lemma_.lower() in SCHEDULED_WORDS and _present_be(verb):
        return True
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in SCHEDULED_WORDS for c in verb.children)


def _will(verb) -> bool:
    """The verb has a future auxiliary ("will", "'ll", "won't", "shall")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in WILL_WORDS for c in verb.children)


def _modal_ahead(verb) -> bool:
    """The verb has a modal of duty or chance and no perfect ("must file by Friday", "could vote Tuesday"; not
    "may have fled on Monday"): a timeline shows what happened, and a deadline or a chance has not (analyst's
    read of briefs, timeline24: a deadline was shown as an event)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in AHEAD_MODALS for c in auxes) and not any(c.lemma_ == "have" for c in auxes)


def _before_its_subject(head, verb) -> bool:
    """The date stands before the subject of a clause of content ("Brant said Monday [the board will sell the
    quay]"): the parser hung the saying's date on the clause it introduces."""
    return verb.dep_ in CONTENT_DEPS and any(c.dep_ in SUBJECT_DEPS and head.i < c.i for c in verb.children)


def _present_be(verb) -> bool:
    """The verb has a present "is", "are" or "am" as its auxiliary ("is expected", "are going")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _forecast(verb) -> bool:
    """The verb tells what will or may come ("today's vote will provide reassurance", "Saturday's vote could
    still fail", "the fall's debates are going to be fun"): a dated subject of a forecast is no event of that
    day (analyst16). Told as done or as now ("Wednesday's strikes were centred …", "Monday's explosion is the
    second …"), the subject's date is the act's."""
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ in FUTURE_WORDS or c.tag_ == "MD") for c in verb.children)


def _occasion(noun, depth: int = 2) -> bool:
    """The noun is the object of a preposition of time or occasion on a verb ("in a 2017 interview"), or
    inside such an occasion's own phrase ("in an interview [with Ana Rask] that aired Thursday", "at a rally
    [in Dunmore], May 28"); not a preposition's idiom ("in response to", "in the wake of", "in accordance
    with": the date is another thing's)."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() in IDIOM_NOUNS:
        return False
    if prep.lower_ in OCCASION_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return True
    return depth > 0 and prep.head.pos_ in ("NOUN", "PROPN") and _occasion(prep.head, depth - 1)


def _described_occasion(clause) -> bool:
    """A clause on a noun may still date the act: the noun is an occasion of it ("at a news conference [he called
    Wednesday]", "in an interview with Kessel Radio's Rask [that aired Thursday]"), unless it is a name the clause
    is set off from by a comma: a person or a place the act touches ("on Lind, [who vowed in 2015 …]", "In
    Velmora, [which Rask visited last week], deaths are rising"), which the clause only describes (analyst's read
    of briefs, timeline25: such a clause's date was shown as the event's)."""
    noun, first = clause.head, clause.left_edge
    if noun.pos_ == "PROPN" and first.i > noun.i and first.i and first.nbor(-1).text == ",":
        return False
    return _occasion(noun)


def _fragment_root(noun) -> bool:
    """A sentence with no verb of its own ("Photos: Harbour strike – Dockers block the quay on March 8"): a
    caption or a heading, whose clause on its noun is all it tells."""
    return noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN")


def _finite_clause_on_a_noun(verb) -> bool:
    """A finite verb with its own subject that the parser hung on a noun as a participle ("Photos: … – A soldier
    guards the base on March 3"): a clause of its own, not a description."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBZ", "VBD", "VBP") and any(c.dep_ == "nsubj" for c in verb.children)


def _subject_participle(verb) -> bool:
    """A participle on the subject telling what the speaker was doing ("The mayor, speaking on Tuesday, said";
    "Vell, asked on Friday about the quay, said")."""
    return verb.dep_ == "acl" and verb.head.dep_ in SUBJECT_DEPS and (
        verb.tag_ == "VBG" or (verb.tag_ == "VBN" and verb.lemma_.lower() in ASKED_VERBS))


def _time_clause(verb) -> bool:
    """An adverbial clause of time, or a participle with no conjunction ("Speaking in 2017, …")."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")]
    if marks:
        return all(m in TIME_MARKERS for m in marks)
    return verb.tag_ in ("VBG", "VBN")
