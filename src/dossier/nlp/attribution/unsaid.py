"""Records whose source said nothing of what the content holds: a feeling about a thing ("enthusiastic
about [their pick]"), and a claim the source only meets or fights ("was responding to [reports] that …",
"rejected [claims] that …"), which is someone else's word; a topic named after the cue ("worries about
[the pier]", "tweeted about [how …]"); a standing position the writer sums up ("has long argued that …"); a
question the source asks ("questioned why the council waited", "asked whether …": strict reads 34-37 counted a
question no statement), or puts to someone ("asked Pask if he had …", "asked Varga to respond", "“Would you call
it fair?” asked Holt": round 20); the writer's claim set against the source's word ("Contrary to what the mayor has said,
[the board never approved the fees]": the source said the opposite); the writer's likening of the source's course to another's ("Like Harlan did, Vell
is promising to …", round 16); what the source denied ("denied [taking the money]", "has denied [that the
quay was sold]", "issued a denial of [the charges]"), which shown as said reads as the opposite of what was said
(strict reads, analysts 15-16 and round 18); a quotation that tells of its own speaker as one who speaks
("“Regarding the pier, Varga said the town …”", "“… the agents told Varga about …”"): the writer's words
that a misread pairing of straight marks, or a quoted article, put inside quotation marks (round 18).
Used by ``filters.is_attribution``.
"""
from __future__ import annotations

import re

from ...model import Attribution
from ..doctext import doc_text
from .cues import SPEECH_ONLY_VERBS
from .rules import cue_then_content


def feeling_about(doc, a: Attribution) -> bool:
    """An adjective cue with a preposition ("enthusiastic about", "angry over", "happy with") and a noun
    phrase after it: the source feels something about a thing; no statement is reported ("confident that
    the quay will hold" is a clause, and stays)."""
    spans = cue_then_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    prep = cue[-1]
    return any(t.pos_ == "ADJ" for t in cue) and prep.pos_ == "ADP" and any(
        c.dep_ == "pobj" and c.left_edge.i <= content[0].i <= c.i for c in prep.children)


# Nouns of a claim whose owner a sentence may leave out: "reports that …", "charges that …" (the stances
# read the same words as what is rejected, not opposed).
CLAIM_WORDS = frozenset("""report claim charge allegation accusation suggestion rumor rumour speculation assertion
criticism statement assurance warning theory notion""".split())
# Verbs whose object is another's claim, met or fought: "rejected claims that …", "investigating reports that …".
COUNTERING_VERBS = frozenset("reject dismiss dispute deny refute rebut counter investigate address face probe "
                             "answer respond react".split())


def others_claim(doc, a: Attribution) -> bool:
    """The cue is a noun of saying whose owner the sentence does not give, reached by the source only as
    what it answers or fights: "Brant was responding to [reports] that …", "vulnerable to [charges] that
    …", "Brant rejected [claims] that …". The claim is someone else's; "Brant's claim that", "claims by
    Brant", "campaigned on promises to …" stay."""
    if a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or not len(cue) or cue[-1].pos_ != "NOUN":
        return False  # (the cue may hold the verb too: "rejected claims")
    noun = cue[-1]
    if noun.lemma_.lower() not in CLAIM_WORDS:
        return False  # "stressed to [reporters]": the one told, not a claim
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "against"):
        return True
    return noun.dep_ == "dobj" and head.lemma_.lower() in COUNTERING_VERBS


# Prepositions by which a cue names only what was talked of ("complained [about] the shifts", "tweeted about how
# …", "reports [on] the influence of …", "fretted [over] …"); "called on X to" is a demand, not a topic.
TOPIC_PREPS = frozenset({"about", "regarding", "concerning", "over", "on", "upon"})
DEMAND_ON_VERBS = frozenset({"call", "insist", "urge", "prevail"})


def topic_only(doc, a: Attribution) -> bool:
    """The cue ends on a preposition of topic and the content is its object: "worries about [the pier
    collapsing]", "tweeted about [how hard the week had been]", "reports on [the growing influence of …]",
    "disagree on [whether the levy is lawful]". What was talked of is named, nothing said is reported (a
    quotation stands alone as a direct record); "called on [the board to act]" is a demand and stays."""
    spans = cue_then_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    prep = cue[-1]
    if prep.lower_ not in TOPIC_PREPS or prep.pos_ not in ("ADP", "ADV") or prep.i + 1 != content.start:
        return False
    if prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() in DEMAND_ON_VERBS:
        return False
    if any(t.dep_ == "ccomp" and t.head.i == prep.head.i for t in content):
        return False  # "claimed on [five radio shows that the pier was unsafe]": the cue's clause is in the content
    return prep.head.pos_ in ("VERB", "NOUN", "ADJ", "AUX")


# Words of time by which a present perfect tells a standing position ("has argued for years that …").
SPELL_NOUNS = frozenset("year decade month generation century".split())


def habitual(doc, a: Attribution) -> bool:
    """An unquoted content under a cue the writer tells as a standing habit: "has long argued that …",
    "have long complained that …", "had argued for years that …". The writer sums up a position held over
    time; no statement made on an occasion is reported (one that quotes the words stays)."""
    if a.kind != "indirect" or a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None:
        return False
    for verb in (t for t in cue if t.pos_ == "VERB"):
        if any(c.dep_ == "advmod" and c.lower_ == "long" and not _as_long_as(c) for c in verb.children):
            return True
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if perfect and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in SPELL_NOUNS for g in c.children) for c in verb.children):
            return True
    return False


def _as_long_as(long) -> bool:
    """"long" in "as long as" (a condition: "said as long as the bill moved …"), not "has long argued"."""
    doc = long.doc
    return any(c.lower_ == "as" for c in long.children) or (long.i > 0 and doc[long.i - 1].lower_ == "as") or (
        long.i + 1 < len(doc) and doc[long.i + 1].lower_ == "as")


# Verbs by which a source asks ("asked whether …", "questioned why …", "wondered how …", "inquired if …").
QUESTION_VERBS = frozenset("ask question wonder inquire enquire query".split())
# Verbs before "to know" that make it a question ("demanded to know why …", "wants to know whether …").
KNOW_ASKERS = frozenset("demand want ask wish".split())
# Words that open an indirect question.
QUESTION_WORDS = frozenset("whether if why how what who whom which when where".split())
# Verbs of what a source is asked to do that call for a statement ("asked Varga [to respond to the audit]").
ANSWERING_VERBS = frozenset("respond comment answer explain reply react clarify elaborate address".split())
QUOTE_EDGES = " \n“”\"‘’'"


def question_asked(doc, a: Attribution) -> bool:
    """An unquoted content that is an indirect question under a verb of asking: "Pask questioned [how the
    council could justify the delay]", "asked [whether the port had read the report]", "demanded to know [why
    the fees doubled]". The source asks; nothing is stated (strict reads 34-37). "asked the board [to act]" is
    a request and stays; a quotation after the cue stands as its own direct record."""
    if a.kind == "direct":
        return False
    spans = cue_then_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    first = next((t for t in content if not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ not in QUESTION_WORDS:
        return any(_asks(t) and _asked_of(t, content) for t in cue)
    return any(_asks(t) and (first.head.i == t.i or t in first.ancestors) for t in cue)


def _asked_of(verb, content) -> bool:
    """The content is the one asked and what was put to them: "asked [Pask, who …, if he had …]" (an indirect
    question after the object), "asked [Varga to respond to the audit]" (a call for a statement, not one)."""
    if not any(c.dep_ in ("dobj", "dative") and c in content for c in verb.children):
        return False
    for c in verb.children:
        if c not in content:
            continue
        if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in ANSWERING_VERBS:
            return True
    return False


def question_put(doc, a: Attribution) -> bool:
    """A quotation under a verb of asking that is nothing but questions: "“Would you call the levy fair?” asked
    Holt", "Vell asked: “Who will pay for it?”", "“Why now?” she asked". The asker states nothing a reader can
    hold the source to; strict readers count a question put to someone no statement (rule a), whatever its
    form. A question inside a longer statement ("The quay is rotting. Who will pay for it?") stays, and so does
    a whole question under a verb of saying ("“Why now?” she said"), which the writer offers as a claim."""
    if a.kind == "indirect" or a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or not any(_asks(t) for t in cue):
        return False
    return only_questions(doc_text(doc)[a.content[0]:a.content[1]])


def only_questions(words: str) -> bool:
    """Every sentence of ``words`` (quotation marks aside) ends with a question mark."""
    sentences = [s for s in re.split(r"(?<=[.?!])[\s”’\"']+(?=\S)", words.strip(QUOTE_EDGES)) if s.strip(QUOTE_EDGES)]
    return bool(sentences) and all(s.rstrip(QUOTE_EDGES).endswith("?") for s in sentences)


def _asks(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in QUESTION_VERBS:
        return True
    return lemma == "know" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in KNOW_ASKERS


# Phrases that set the writer's claim against what a source said ("contrary to what …", "despite what …"),
# as word sequences read backwards from "what".
CONTRASTING = (("to", "contrary"), ("despite",), ("unlike",), ("notwithstanding",), ("of", "regardless"),
               ("of", "spite", "in"), ("to", "counter"), ("to", "contrast", "in"), ("with", "odds", "at"))


def contradicted(doc, a: Attribution) -> bool:
    """The source and cue sit in a free relative after a phrase of contrast, "Contrary to what Mayor Varga has
    said, [the port never approved the fees]", "Despite what he claimed, …": the content is the writer's
    claim against the source's word, which the record would turn around. "As Varga said, …" agrees and stays."""
    if a.speaker.mention is None or a.cue is None:
        return False
    mention = doc.char_span(*a.speaker.mention, alignment_mode="expand")
    if mention is None or not len(mention):
        return False
    words = [t for t in doc[mention.sent.start:mention.start] if not t.is_punct]
    while words and words[-1].lower_ in ("the", "a", "an") or words and words[-1].dep_ == "compound":
        words.pop()  # "contrary to what [the] …"
    if not words or words[-1].lower_ != "what":
        return False
    before = [t.lower_ for t in reversed(words[:-1])]
    if not any(tuple(before[:len(p)]) == p for p in CONTRASTING):
        return False
    return not (a.speaker.mention[0] <= a.content[0] < a.cue[1])  # the content is not inside "what X said"


# Verbs of plain saying: "Like Harlan did, Vell told the crowd that …" still reports what Vell told.
PLAIN_SAYING = frozenset("say tell write state add".split())


def likened(doc, a: Attribution) -> bool:
    """The writer likens the source's act to another's before naming the source: "Like Governor Harlan did,
    Mayor Vell is promising to rebuild the quay", "Just as Harlan did in 2010, Vell vows …". The sentence is
    the writer's characterisation of a course taken, not a statement of the source's (strict reads, round
    16). The comparison holds a pro-verb ("did", "has") with no object of its own, between an opening "Like"
    or "Just as" and the source; plain verbs of saying ("Like Harlan did, Vell told …") stay."""
    if a.speaker.mention is None or a.cue is None or a.kind == "direct":
        return False
    mention = doc.char_span(*a.speaker.mention, alignment_mode="expand")
    cue = doc.char_span(*a.cue, alignment_mode="expand")
    if mention is None or cue is None or not len(mention) or not len(cue) or cue.start < mention.end:
        return False
    if any(t.lemma_.lower() in PLAIN_SAYING for t in cue):
        return False
    words = [t for t in doc[mention.sent.start:mention.start] if not t.is_punct]
    opening = [t.lower_ for t in words[:2]]
    if not (opening[:1] == ["like"] or opening == ["just", "as"]):
        return False
    return any(t.lemma_.lower() in ("do", "have") and t.pos_ in ("VERB", "AUX") and t.head.i >= mention.end
               and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "aux") for c in t.children) for t in words)


# Words that open a free relative or an indirect question ("what he will not do", "how the fund works").
WH_WORDS = frozenset("what how why where when which whom whatever".split())
# Dependencies on the way up from the wh-word that make its clause a part of a larger statement ("[what was
# agreed] is not enough": a subject; "when the port reopens, the fleet returns": an adverbial clause).
STATEMENT_DEPS = frozenset("nsubj nsubjpass csubj csubjpass advcl ccomp relcl acl conj parataxis".split())


def wh_topic(doc, a: Attribution) -> bool:
    """An unquoted content that is a free relative or an indirect question alone, the cue's object: "spent
    the evening saying [what he would not do]", "tell [what they think the panel wants to hear]", "a
    statement on [what exactly the mayor meant]". What was spoken of is named; nothing stated is reported.
    A clause that goes on with its own verb stays: "said [what was agreed is not enough]" (a subject), "said
    [when the dock floods, the fleet stays home]" (an adverbial), and so does a degree ("emphasized how
    significant the deal was") or a wh-clause the parse split from the rest of its statement ("said where the
    council ends up is unclear": two verbs hung on the cue). Source: strict read 18b ("saying what he won't do
    in this war"); the exceptions from a paired read of the round's changes on fresh news."""
    if a.kind != "indirect":
        return False
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if content is None or not len(content) or ":" in content.text:
        return False
    first = next((t for t in content if not t.is_punct), None)
    if first is None or first.lower_ not in WH_WORDS:
        return False
    if first.lower_ == "how" and first.head.pos_ in ("ADJ", "ADV") and first.head.i == first.i + 1:
        return False  # "emphasized [how significant it was to …]": a degree told, a statement
    inside = {t.i for t in content}
    roots = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    if sum(t.pos_ in ("VERB", "AUX") for t in roots) > 1:
        return False  # "said [where the council ends up | is unclear]": the parse split a statement in two
    root = max(roots, key=lambda t: sum(1 for s in t.subtree if s.i in inside))
    tok = first
    while tok.i != root.i:
        if tok.dep_ in STATEMENT_DEPS and tok.i != first.i:
            return False  # the wh-clause is a part of a statement that goes on
        if tok.head.i not in inside or tok.head.i == tok.i:
            return False  # the wh-word hangs outside the content's main clause
        tok = tok.head
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and first in c.subtree
                   for c in root.children)


RELATIVE_OPENERS = frozenset("that which who whom whose".split())


def relative_clause_before_cue(doc, a: Attribution) -> bool:
    """An unquoted content that is a relative clause on a noun before it, inside the source's own aside, with
    the cue after it: "Councillor Ada Merrow – who won a ward [that the mayor had carried by nine points] –
    told the Courier that …". The writer's description of the noun; what the source told comes after the cue.
    Source: strict read 18b (a district's past vote shown as what a congresswoman told Fox News)."""
    if a.kind == "direct" or a.cue is None or a.cue[0] < a.content[1]:
        return False
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    first = next((t for t in content if not t.is_punct), None)
    if first is None or first.lower_ not in RELATIVE_OPENERS:
        return False
    clause = first if first.dep_ == "relcl" else first.head
    return clause.dep_ == "relcl" and clause.head.i < content.start


# A cue of denial: its content is what the source says is not so (general English, kept as data).
DENIAL_LEMMAS = frozenset({"deny", "denial"})
# The forms, for a parse that misreads one ("denies" taken for a plural noun): not "denigrate", "denim".
DENIAL_FORMS = frozenset("deny denies denied denying denial denials".split())


def denied(doc, a: Attribution) -> bool:
    """The cue denies what the content holds: "Vell denied [taking the money]", "Holt has denied [that the quay
    was sold]", "Holt denied the mayor's claim that […]". The content is then the claim the source rejects, and
    a record that shows it as said reads as the opposite (strict reads: analysts 15-16, "denials shown as
    admissions"; round 18, "denied [calling …]"). A direct quotation the source spoke stays ("“I never saw the
    money,” Vell denied"), and so does a cue that also says what the source said ("denied it, saying [the quay
    was never for sale]")."""
    if a.cue is None or a.kind == "direct":
        return False
    cue = doc.char_span(*a.cue, alignment_mode="expand")
    if cue is None or any(t.lemma_.lower() in PLAIN_SAYING for t in cue):
        return False
    return any(t.lemma_.lower() in DENIAL_LEMMAS or t.lower_ in DENIAL_FORMS for t in cue)


SPEAKING_DEPS = frozenset({"nsubj", "dobj", "dative", "iobj"})  # "Varga said", "told Varga", "told Varga about"


def names_its_speaker(doc, a: Attribution) -> bool:
    """A direct content whose words hold the speaker's own name (its last word) as the one who speaks or is
    spoken to by a verb of speech inside it: "“Regarding the pier, Varga said the town could do nothing …”"
    given to Varga. Those are the writer's words about the speaker, put inside quotation marks by a misread
    pairing of straight marks on a page that lost its paragraph breaks, or a quoted article about the speaker
    (strict read, round 18); a speaker does not tell of themself so."""
    if a.kind != "direct" or not a.speaker.name:
        return False
    last = a.speaker.name.split()[-1]
    content = doc.char_span(*a.content, alignment_mode="expand")
    if content is None or len(last) < 2:
        return False
    return any(t.text == last and t.dep_ in SPEAKING_DEPS and t.head.lemma_.lower() in SPEECH_ONLY_VERBS
               and content.start <= t.head.i < content.end for t in content)
