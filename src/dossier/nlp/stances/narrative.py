"""Attitudes told as steps of a past story, not held at the article's time.

Shapes, all on a past trigger (a present one is held now) but the first two:

* ``narrated_time``: the trigger's clause is placed at a time the story itself sets, not the article's:
  "The next day, Vell urged the board to sell", "Years later, Holm opposed the sale", "Back then, Canada
  opposed the pipeline". News of the day dates its acts by the calendar ("on Monday"), which says nothing.
* ``dropped``: a proposal or bid the sentence tells defeated or given up: "Renzi's proposal to change the
  constitution was defeated", "Holm dropped her bid to lead the party".
* ``in_a_dated_episode``: a noun dated before the article's year, or a clause placed in one: "a 2010 email
  in which Holm voiced concern …".
* ``overtaken``: a wish, advice or threat whose object the next sentence shows done or dead: "Holm
  threatened to veto the farm bill. The bill was signed into law on Friday." (readers: "the threat is over").
* ``then_titled``: a holder named by a past title: "then-Senator Holm opposed …".
* ``in_a_backstory``: a simple past told after a past perfect, the story going on: "He had already told me
  …. He understood …, but hoped to …".
* ``since_changed``: a past attitude the text tells ended or changed since: "was wary of the port until the
  audit", "opposed the plan, but no longer does", "61 percent were worried in May; now 40 percent are", "a
  share that has since fallen" (read 20); "a position he later abandoned", "before reversing course", "a view
  that vanished since" (read 21).

Source: readers of random stances on unseen AllSides news failing "not held at the article's time"."""
from __future__ import annotations

import re

from ..doctext import doc_text
from .lexicon import DROPPING_VERBS, FORMER_WORDS, NARRATIVE_TIME_PHRASES, SETTLING_VERBS, SETTLING_INTRANSITIVES, SUBJECT_DEPS

# Links that leave the trigger's own line of clauses: what they carry is told of another time or person.
_SIDE_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "appos"})
# A story going on about someone told before ("He understood …, but hoped …"; "She signed it into law").
_STORY_PRONOUNS = frozenset({"he", "she", "they"})
# Words dating an act by the news' own days: such a sentence is the day's news, not a backstory.
_NEWS_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
# After a past attitude, words telling it has ended or moved: "…, but no longer does", "has since fallen",
# "now only 40 percent are" (a poll share told again).
_CHANGE_WORDS = re.compile(r"\bno longer\b|\b(?:has|have|had)\s+since\b|\bsince\s+(?:dropped|fallen|fell|declined|"
                           r"slipped|shrunk|shrank|eased|faded|changed|reversed|softened|dwindled|waned)\b|"
                           r"\bnow,?\s+(?:only\s+|just\s+|fewer\s+than\s+|less\s+than\s+)?(?:\d|one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|a\s+third|a\s+quarter|half|a\s+minority|fewer)|"
                           # read 21: "a position he later abandoned", "before reversing course", "a view that
                           # vanished since"
                           r"\blater\s+(?:abandoned|reversed|dropped|changed|softened|recanted|renounced|disavowed|"
                           r"walked\s+back|backed\s+away|flip-flopped)\b|\b(?:reversed|reversing|changed|changing)\s+"
                           r"(?:course|(?:his|her|its|their)\s+(?:mind|minds|position|stance|views?))\b|"
                           r"\b(?:vanished|disappeared|evaporated|faded|dissipated)\s+since\b|"
                           # stancehear14: "…, but last week it dropped its objection"
                           r"\b(?:dropped|withdrew|withdrawn|abandoned|lifted|ended|shed)\s+(?:its|his|her|their)\s+"
                           r"(?:objections?|opposition|resistance|veto|reservations?)\b|"
                           # read 46: "backed Roth in the primary … later said she would vote for Brenn"
                           r"\blater\s+(?:said|announced|declared)\s+(?:that\s+)?(?:she|he|they)\s+would\s+"
                           r"(?:vote\s+for|back|support|endorse)\b", re.I)
_ENDING_WORDS = frozenset({"until", "till", "til"})


def _node(t):
    """The verb that carries the trigger's tense ("was eager": "was"; "its plans": the verb of which they
    are the object; "threatened to veto": "threatened")."""
    node = t.head if t.dep_ in {"acomp", "attr"} or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"}) else t
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    return node


def _past(verb) -> bool:
    """Simple past, or a past auxiliary ("had urged", "was seeking"); unlike ``syntax._past`` a bare participle
    is not read as past here ("has historically resisted" is ``bygone``'s)."""
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in {"aux", "auxpass"})


def _told_in_past(verb) -> bool:
    """Simple past, or the past progressive ("were seeking", "was pushing for"): a past time told as such, not
    one completed before another ("had urged", a past perfect, is left to the rules that read its frame).
    Source: a strict fresh read (round 19): "Back in 1961, Holm and his speechwriter were seeking a balance …"
    shown as a current wish, where "sought" in the same sentence was not."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "be" for c in verb.children))


def _main_line(node) -> list:
    """Words of the sentence but those of side clauses that do not hold ``node``: where the trigger's own
    time adverbials stand ("The next day, Vell urged …", "rejected the plan and at that time ordered …"), not
    "Vell, who left years later, urges …"."""
    side = {w.i for c in node.sent if c.dep_ in _SIDE_CLAUSES and not (c.left_edge.i <= node.i <= c.right_edge.i)
            for w in c.subtree}
    return [w for w in node.sent if w.i not in side]


def narrated_time(t) -> bool:
    """A past trigger dated by the story's own clock: a phrase of ``NARRATIVE_TIME_PHRASES`` ("the next day",
    "years later", "back then", "at that point", "historically") on its clause or the clauses above it."""
    node = _node(t)
    if not _past(node):
        return False
    words = " " + " ".join(w.lower_ for w in _main_line(node)) + " "
    return any(f" {phrase} " in words for phrase in NARRATIVE_TIME_PHRASES)


def dropped(t) -> bool:
    """A stance noun ("proposal", "bid", "plan") that a past verb of ``DROPPING_VERBS`` tells defeated or
    given up: as its object ("Holm dropped her bid to …") or its passive subject ("Renzi's proposal to … was
    defeated"). Not "blocked" or "rejected" by others: the holder may want it still."""
    verb = t.head
    if t.pos_ != "NOUN" or verb.lemma_.lower() not in DROPPING_VERBS or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if t.dep_ == "dobj":
        return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return t.dep_ == "nsubjpass" and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in {"VBD", "VBZ", "VBP"} or c.dep_ == "aux" and c.lemma_.lower() == "have"
        for c in verb.children)  # "was defeated", "has been dropped" (stances16)


_ACTOR_TYPES = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def _object_nouns(t) -> set[str]:
    """Lemmas of the common and proper nouns after the trigger in its phrase ("veto the farm bill": farm,
    bill), but the actors' names ("urged Sweden to sign …": what befalls Sweden next is not the matter)."""
    return {w.lemma_.lower() for w in t.subtree if w.i > t.i and w.pos_ in {"NOUN", "PROPN"}
            and w.dep_ not in SUBJECT_DEPS and w.ent_type_ not in _ACTOR_TYPES}


def _settled_subject(w) -> bool:
    """``w`` is what a past or perfect settling verb tells done or dead: "the bill was signed", "the bill has
    been passed", "the deal collapsed", "the plan was later scrapped", "he signed it into law"."""
    verb = w.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    done = verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in {"be", "have"} and
                                     c.tag_ in {"VBD", "VBZ", "VBP"} for c in verb.children)
    if not done or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "will be signed": still to come
    if w.dep_ in {"nsubjpass", "dobj"}:
        return lemma in SETTLING_VERBS  # "the bill was signed", "he signed it into law"
    return w.dep_ == "nsubj" and lemma in SETTLING_INTRANSITIVES


def overtaken(t, attitude: str) -> bool:
    """A past wish or advice, or a past threat ("threatened to veto"), whose object the next sentence of the
    paragraph tells done or dead (``_settled_subject`` on one of its nouns, or on "it", ``_pointing_back``;
    not "When Israel accepted a proposal and Hamas rejected it"): met or void now. A present attitude, or an opposition ("opposed the bill. The bill passed"), may still be held."""
    node = _node(t)
    threat = any(a.lemma_.lower() == "threaten" for a in (t, t.head))
    if not _past(node) or not (attitude in {"wants", "recommends"} or threat):
        return False
    nouns = _object_nouns(t)
    sent = t.sent
    if not nouns or sent.end >= len(t.doc) or "\n" in sent[-1].text + sent[-1].whitespace_:
        return False  # the paragraph ends here
    following = t.doc[sent.end].sent
    return any((w.lemma_.lower() in nouns or _pointing_back(w)) and _settled_subject(w) for w in following)


# Verbs of giving a position up: "abandoning snap inspections", "scrapped the demand".
_GIVING_UP_VERBS = frozenset("abandon scrap shelve forgo forego relinquish jettison ditch".split())
_SIDE_LINKS = frozenset({"conj", "cc", "advcl", "parataxis", "punct"})  # not the object: "…, but the deal …"


def given_up(t, attitude: str) -> bool:
    """A past wish or backing whose object's nouns, after the object in its sentence or in the next sentence of
    its paragraph, are the direct object of a verb of giving up (``_GIVING_UP_VERBS``, any form): "Gell long sought
    snap inspections, but the deal gives 24 days' notice, abandoning snap inspections" (read 45: a position since
    given up). A present attitude may be held still, against the deal."""
    node = _node(t)
    if not _past(node) or attitude not in {"wants", "supports", "recommends"}:
        return False
    phrase = [w for c in t.children if c.i > t.i and c.dep_ not in _SIDE_LINKS for w in c.subtree]
    nouns = {w.lemma_.lower() for w in phrase if w.pos_ in {"NOUN", "PROPN"} and w.ent_type_ not in _ACTOR_TYPES}
    if not nouns:
        return False
    sent, doc = t.sent, t.doc
    end = max(w.i for w in phrase)
    words = [w for w in sent if w.i > end]
    if sent.end < len(doc) and "\n" not in sent[-1].text + sent[-1].whitespace_:
        words += list(doc[sent.end].sent)
    return any(w.dep_ in {"dobj", "obj", "nsubjpass"} and w.lemma_.lower() in nouns and w.head.pos_ == "VERB" and
               w.head.lemma_.lower() in _GIVING_UP_VERBS for w in words)


def _pointing_back(w) -> bool:
    """ "it" told signed or dropped in the next sentence's main clause, by the story's pronoun or in the
    passive: "She signed it into law", "It was signed on Friday"; not "…, Sweden rejected it" (Sweden's own
    matter, maybe)."""
    if w.lower_ not in {"it", "them"} or w.head.dep_ != "ROOT":
        return False
    return w.dep_ == "nsubjpass" or (w.dep_ == "dobj" and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in _STORY_PRONOUNS for c in w.head.children))


def _year_of(noun) -> int | None:
    """The year a noun is dated by: "a 2010 email", "the 2016 call", "his plan of 2012"."""
    for c in noun.children:
        words = [c] if c.dep_ in {"nummod", "compound", "amod", "npadvmod"} else \
            [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in {"of", "from"} else []
        for w in words:
            if w.like_num and len(w.text) == 4 and w.text.isdigit() and 1900 <= int(w.text) <= 2100:
                return int(w.text)
    return None


def _episode_clause(clause) -> bool:
    """A relative clause placing what it tells in its noun's time or place: "in which …", "during which …",
    "when …", "where …" (not "which Vell opposes", which may be held still)."""
    return clause.dep_ == "relcl" and any(
        (c.dep_ == "prep" and any(g.lower_ in {"which", "whom"} for g in c.children)) or
        (c.dep_ == "advmod" and c.lower_ in {"when", "where"}) for c in clause.children)


def in_a_dated_episode(t, year: int | None) -> bool:
    """The trigger is a noun dated before the article's year ("his 2012 plan to welcome refugees"), or a past
    verb told in a clause placed in such a noun ("a 2010 email in which Holm voiced concern …", "the 2016 call
    during which Vell urged …", ``_episode_clause``): an episode of that year, not what is held now. Needs
    the article's ``year``."""
    if year is None:
        return False
    if t.pos_ == "NOUN" and (dated := _year_of(t)) is not None and dated < year:
        return True
    node = _node(t)
    while node.dep_ in {"conj", "xcomp", "ccomp"} and node.head.i != node.i:
        node = node.head
    if not _episode_clause(node):
        return False
    return (dated := _year_of(node.head)) is not None and dated < year


# Prepositions that place a clause at an event: "after the 2000 recount", "during the 2012 campaign".
_EVENT_PREPS = frozenset("after before during following amid throughout at in".split())
_EVENT_AGE = 2  # years before the article's: an event of last year may still frame what is held now


def at_a_dated_event(t, year: int | None) -> bool:
    """A simple-past trigger whose clause, or the clause it is coordinated with, a preposition places at an
    event dated two years or more before the article's (``_year_of``): "Lind confronted Holm after the 2008
    recount and blamed him for her defeat", "During the 2010 campaign, Vell opposed the levy". An episode of
    that year told as history (strict readers, sthold19 on AllSides 1491–1999: a blame of 2000 told in a 2017
    story), beside ``in_a_dated_episode`` (a dated noun the trigger is in) and ``in_a_dated_passage`` (a year
    the passage gives in words of time, "In 2000, …"). Needs the article's ``year``."""
    if year is None:
        return False
    node = _node(t)
    if not _told_in_past(node):
        return False
    verbs = [node]
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
        verbs.append(node)
    return any((dated := _year_of(g)) is not None and dated <= year - _EVENT_AGE
               for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in _EVENT_PREPS
               for g in c.children if g.dep_ == "pobj")


def _past_perfect_main(sent) -> bool:
    """A main clause of ``sent`` in the past perfect ("Vell had already told me …"): the teller stands after
    a past story and tells it."""
    return any(w.dep_ == "aux" and w.lower_ == "had" and w.head.tag_ == "VBN" and w.head.dep_ in {"ROOT", "conj"}
               for w in sent)


def in_a_backstory(t) -> bool:
    """A simple-past trigger told in a backstory: its own sentence has a main clause in the past perfect, or
    the one before it in the paragraph has and the story goes on with a pronoun ("He had already told me the
    port was key. He understood …, but hoped to nudge the government …"); its own sentence names no day of
    the news ("on Monday", "today")."""
    node = _node(t)
    if node.tag_ != "VBD" or any(w.lower_ in _NEWS_DAY_WORDS for w in node.sent):
        return False
    sent, doc = node.sent, node.doc
    if _past_perfect_main(sent):
        return True
    if sent.start == 0 or "\n" in doc[sent.start - 1].text + doc[sent.start - 1].whitespace_:
        return False
    clause = node.head if node.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in node.children) else node
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in _STORY_PRONOUNS for c in clause.children):
        return False  # "The ministry had warned of delays. Norway urged Sweden to …": the day's news
    return _past_perfect_main(doc[sent.start - 1].sent)


def since_changed(t, attitude: str) -> bool:
    """A past attitude that the text tells ended: "until" on its verb ("was worried about the port until the
    audit", "Until May, Holm opposed …"), or, after the trigger in its sentence or in the next sentence of its
    paragraph, words of a change (``_CHANGE_WORDS``: "but no longer does", "a share that has since fallen",
    "now only 40 percent are"). Not a present attitude ("opposes it until the vote": held now), nor an "until"
    that tells how long the wished or advised thing should last."""
    node = _node(t)
    if not _past(node):
        return False
    for c in (c for w in {node, t} for c in w.children):
        if c.lower_ in _ENDING_WORDS and c.dep_ == "prep" and attitude not in {"wants", "recommends"}:
            return True  # "Until May, Holm was wary of …" (not "urged them to wait until May": what is urged)
        if c.dep_ == "advcl" and _past(c) and any(g.dep_ == "mark" and g.lower_ in _ENDING_WORDS for g in c.children):
            return True  # "… until the survey came back clean" (not "until this is resolved": how long to do it)
    return here_or_next(t, _CHANGE_WORDS, after_trigger=True)


def here_or_next(t, pattern: re.Pattern, after_trigger: bool = False) -> bool:
    """``pattern`` is found in the trigger's sentence (with ``after_trigger``, only after the trigger) or in the
    next sentence of its paragraph."""
    sent, doc = t.sent, t.doc
    text = doc_text(doc)
    if pattern.search(text, t.idx + len(t.text) if after_trigger else sent.start_char, sent.end_char):
        return True
    if sent.end >= len(doc) or "\n" in sent[-1].text + sent[-1].whitespace_:
        return False  # the paragraph ends here
    following = doc[sent.end].sent
    return bool(pattern.search(text, following.start_char, following.end_char))


def then_titled(t) -> bool:
    """A past trigger whose holder is named by a past title or state: "then-Senator Holm opposed …", "Holm,
    then the party's leader, urged …", "… by then-Senator Holm, who opposed …": the act belongs to that
    time. (Not "Holm then urged …": the next step of the day's news.)"""
    node = _node(t)
    if not _past(node):
        return False
    clause = node.head if node.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in node.children) else node
    doc = t.doc
    if any(c.lower_ == "then" and c.i + 1 < len(doc) and doc[c.i + 1].text in {"-", "‑", "–"}
           for c in clause.children):
        return True  # "Then-Senator Holm opposed …": the parse hangs "Then" on the verb
    named = [w for c in clause.children if c.dep_ in SUBJECT_DEPS for w in c.subtree]
    if clause.dep_ == "relcl":  # "… by then-Senator Holm, who opposed …"
        named += list(doc[clause.head.left_edge.i:clause.head.i + 1])
    return any(w.lower_ == "then" or w.lower_.startswith("then-") for w in named)



_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_DECADE = re.compile(r"^(?:1\d|20)\d0s$")
ERA_AGE = 60  # years before the article: an era no current holder's attitude is told of


def _era_end(w) -> int | None:
    """The last year of an era a word names: "(the 19th and 20th) centuries" 1900 (the earliest ordinal),
    "1920s" 1929, "1890" 1890; None for other words."""
    if w.lemma_.lower() == "century":
        ordinals = [int(m.group(1)) for c in w.subtree if c.i < w.i and (m := _ORDINAL.match(c.lower_))]
        return min(ordinals) * 100 if ordinals else None
    if _DECADE.match(w.lower_):
        return int(w.lower_[:4]) + 9
    if w.like_num and len(w.text) == 4 and w.text.isdigit() and 1000 <= int(w.text) <= 2100:
        return int(w.text)
    return None


def _clause_of(w) -> set[int]:
    """Indices of the words above ``w`` up to and with its clause's verb."""
    out, node, steps = set(), w, 0
    while node.head.i != node.i and steps < 8 and node.pos_ not in {"VERB", "AUX"}:
        node, steps = node.head, steps + 1
        out.add(node.i)
    return out


def of_a_past_era(mention, year: int | None) -> bool:
    """A name the sentence places in an era long before the article's year (``ERA_AGE``), through a word of
    its own clause: "mill owners of the 19th century such as Hal Drey", "In the 19th century, several
    mill owners, among them Drey and Pask, built …". Source: read 19, the past attitudes of a
    figure of a century ago given as stances."""
    if year is None:
        return False
    own = _clause_of(mention)
    return any((end := _era_end(w)) is not None and end <= year - ERA_AGE and _clause_of(w) & own
               for w in mention.sent)


def told_past_or_timeless(t) -> bool:
    """A trigger told in the past ("was always ready to defend", "had urged") or a noun, which carries no
    time of its own ("Drey's defence of his mills"): what an era's figure held then, not now."""
    if t.pos_ == "NOUN":
        return True
    node = _node(t)
    while node.dep_ in {"acomp", "xcomp", "attr", "oprd"} and node.head.i != node.i:
        node = node.head
    return _past(node)


# Spans of time a simple past runs over, to a close: "For decades, Ostria opposed …" (it has since changed; a
# present perfect, "has opposed … for decades", still holds).
_SPAN_NOUNS = frozenset("decade decades year years generation generations century centuries month months "
                        "week weeks".split())
# Phases of the holder's own early life, told as over wherever they stand in the clause, also after the verb ("Vell
# backed the tax as a freshman senator", "… early in his career", "… for most of her career").
_YOUTH = (r"as\s+an?\s+(?:young|junior|first-term|freshman|youngster|teenager|teen|child|boy|girl|student)\b|early\s+in\s+(?:his|her|their|its)\s+"
          r"(?:career|tenure|term|presidency|life)|in\s+(?:his|her|their)\s+youth|for\s+(?:most|much)\s+of\s+"
          r"(?:his|her|their|its)\s+(?:career|life|tenure|presidency)")
_YOUTH_PHASES = re.compile(rf"\b(?:{_YOUTH})", re.I)
# Phases of a life told as over before the verb: those, and posts ("As a young senator, Holm opposed …", "As a
# candidate, Vell backed …"); after the verb "as a candidate", "as governor" may tell what the object is ("backed
# Holm as a candidate").
_PAST_PHASES = re.compile(rf"\b(?:{_YOUTH}|as\s+an?\s+candidate\b|as\s+a\s+(?:(?:state\s+)?senator|governor|mayor|"
                          r"congressman|congresswoman|lawmaker)\b)", re.I)


def _own_clause_words(node) -> list:
    """Words of ``node``'s clause, but those of the clauses below it (its complements and side clauses)."""
    return sorted((w for c in node.children if c.dep_ not in {"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis"}
                   for w in c.subtree), key=lambda w: w.i)


def over_a_closed_span(t, year: int | None) -> bool:
    """A simple-past attitude told over a span that ended, or in a phase of life gone by, or said in a year
    before the article's (stancehear14, kind of the strict readers' "past attitudes told as past"):

    * a "for" + span of years on a simple past ("For decades, Ostria opposed any deal with the rebels"; not
      "has opposed … for decades", held still);
    * a past phase of the holder's life on a simple past ("As a young senator, Holm opposed the tax", "Early
      in his career, Vell backed …"; after the verb, the holder's early life, ``_YOUTH_PHASES``: "Vell backed
      the tax as a freshman senator");
    * a "before" + year on a past verb ("Before 2015, Ostria opposed the levy");
    * the trigger in what a past verb dated in an earlier year reports ("In 2013, Holm announced she would seek
      approval for strikes", "said in 2015 that he wanted …"): the wish of that year; the same under a verb
      that governs the trigger's clause ("made clear he opposed"), or that a time clause on it ("after
      Lind accused Holm …") hangs on, dated by a time phrase (``_placed_before``), also in a chronology's
      present ("Holm announces in March 2001 that she will run for the harbour board").
    """
    node = _node(t)
    if node.tag_ == "VBD" and not any(c.dep_ == "aux" for c in node.children):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pobj" and g.lower_ in _SPAN_NOUNS and g.tag_ == "NNS" or
                    g.dep_ == "pobj" and g.lower_ in _SPAN_NOUNS and any(d.lower_ in {"a", "one"} for d in g.children)
                    for g in c.children):
                return True
        own = _own_clause_words(node)
        if _PAST_PHASES.search(" ".join(w.text for w in own if w.i < node.i)) or _YOUTH_PHASES.search(
                " ".join(w.text for w in own if w.i > node.i)):
            return True
        if _turned_after_a_season(node):
            return True
    if year is None:
        return False
    if _past(node) and any(c.dep_ == "prep" and c.lower_ == "before" and any(
            g.dep_ == "pobj" and g.like_num and len(g.text) == 4 and g.text.isdigit() and int(g.text) <= year
            for g in c.children) for c in node.children):
        return True  # "Before 2015, Ostria opposed the levy"
    climb, steps = node, 0
    while (climb.dep_ in {"ccomp", "xcomp", "conj", "acomp", "oprd"} or _when_clause(climb)) and \
            climb.head.i != climb.i and steps < 4:
        climb, steps = climb.head, steps + 1
        if (_past(climb) and _placed_before(climb, year)) or (
                _historical_present(climb) and _placed_before(climb, year, loose=False)):
            return True  # "In 2013, Holm announced she would seek …", "During his campaign in 2008, Vell made clear
            # he opposed …", "At a town hall in 2010, after Lind accused Holm of …, Holm replied …", "Holm announces
            # in March 2001 that she will run for the board" (a chronology's present)
        if climb.tag_ == "VBD" and _in_a_dated_writing(climb, year):
            return True
    return False


# Prepositions placing a clause at a time or an occasion: "in 2010", "on Aug. 3, 2012", "at a meeting in 2010".
_TIME_PREPS = frozenset("in during on at".split())


def _historical_present(verb) -> bool:
    """A simple present with no auxiliary ("announces", "urge"): with a date of a past year on it, a chronology's
    way of telling what happened then ("Holm announces in March 2001 that she will run")."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _date_years(noun) -> list[int]:
    """Years of a date phrase headed by ``noun``: the year itself ("2010", "both 2000 and 2008") or a date
    ending in one ("June 2016", "Aug. 3, 2012"), as the parse tags it (a DATE entity)."""
    if noun.ent_type_ != "DATE":
        return []
    return [int(y.text) for y in noun.subtree if y.ent_type_ == "DATE" and y.like_num and len(y.text) == 4
            and y.text.isdigit() and 1900 <= int(y.text) <= 2100]


def _placed_before(verb, year: int, loose: bool = True) -> bool:
    """A preposition on ``verb`` places its clause in a year before the article's: "in 2010", "on Aug. 3, 2012",
    or "at"/"in"/"during"/"on" an occasion that an "in" date places ("at a harbour forum in 2010", "during his
    run for mayor in 2008"). Not a year naming a thing at an occasion ("at a rally marking the 2014
    crash"). ``loose``: also any year in an "in"/"during" phrase ("in his 2009 speech"), as ``over_a_closed_span``
    has read them on a past verb; not for a present verb or a wanted act ("says in a report on the 2014 crackdown
    that …" is today's report)."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            years = [int(y.text) for y in g.subtree if y.like_num and len(y.text) == 4 and y.text.isdigit()] \
                if loose and c.lower_ in {"in", "during"} else []
            if c.lower_ in _TIME_PREPS:
                years += _date_years(g) + [y for p in g.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
                                           for d in p.children if d.dep_ == "pobj" for y in _date_years(d)]
            if any(y < year for y in years):
                return True
    return False


def aimed_at_a_past_date(t, year: int | None) -> bool:
    """A wish or advice whose wanted act the text places in a year before the article's: "Kell urged members not
    to back the plan in June 2015", "Vell wanted to hold the vote in 2012" (a to-infinitive under the trigger
    dated by its own preposition, ``_placed_before``): an act of that time was wanted then, not now (strict
    readers: advice of a past year shown as current). Not a dated thing inside the object ("fears a repeat of
    the 2014 crash", "wants to punish Ostria for its 2014 raid"). Needs the article's ``year``."""
    if year is None or t.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and _placed_before(c, year, loose=False) for c in t.children)


# Words opening a clause that places the main clause's act at its own moment: "… when she learned that …".
_WHEN_MARKS = frozenset("when as while after once".split())


def _when_clause(verb) -> bool:
    """``verb`` heads a past time clause hung on the clause above ("was forced to cancel the fair when she learned
    that Vesk intended to …"): what it tells happened at the main clause's time, dated there (read 52: an
    intention of 2010 inside such a clause of a sentence opening "In 2010", shown as current)."""
    return verb.dep_ == "advcl" and _past(verb) and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in _WHEN_MARKS for c in verb.children)


def _in_a_dated_writing(verb, year: int) -> bool:
    """ "In it, Brevik wrote that he favored …" after a sentence of its paragraph dated two or more years back
    ("In 2009, Brevik wrote an essay …", ``_DATED_TIME``): what that writing held, a position of its year (read 53:
    a 2008 op-ed's position shown as current)."""
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "it" for g in c.children)
               for c in verb.children):
        return False
    sent, doc = verb.sent, verb.doc
    if sent.start == 0:
        return False
    prev = doc[sent.start - 1].sent
    if _paragraph_break(doc, prev, sent.start):
        return False
    return any(int(m.group(1)) < year - 1 for m in _DATED_TIME.finditer(prev.text))


_SEASONS = frozenset("summer winter spring fall autumn".split())


def _turned_after_a_season(node) -> bool:
    """ "Over the summer, Holm resisted calls for an inquiry, but she launched one in September": a past season
    of the story ("over/during/through the summer") on a simple past, and a "but" clause after it telling
    a later past act: the attitude held then gave way."""
    if not any(c.dep_ == "prep" and c.lower_ in {"over", "during", "through", "throughout"} and any(
            g.dep_ == "pobj" and g.lower_ in _SEASONS for g in c.children) for c in node.children):
        return False
    return any(c.dep_ == "conj" and c.i > node.i and c.tag_ == "VBD" and
               any(w.lower_ == "but" for w in node.doc[node.i + 1:c.i]) for c in node.children)


# Offices and governments told as over: "in her first term", "under the previous government".
_PAST_OFFICE_MODIFIERS = frozenset("first previous former earlier prior old".split())
_OFFICE_NOUNS = frozenset("term tenure presidency premiership government administration mandate stint".split())
_SPELL_NOUNS = frozenset("time year day stint tenure".split())
# Documents that date what they show: "…, the memo shows", "emails show …", "according to the cable".
_DOCUMENT_NOUNS = frozenset("""memo memos email emails e-mail e-mails cable cables letter letters record records
document documents file files minutes transcript transcripts diary notes""".split())
_SHOWING_VERBS = frozenset("show reveal indicate suggest confirm".split())


def in_a_past_office(t) -> bool:
    """A past attitude placed in an office or government told as gone by: "In her first term, Holm
    opposed the levy", "Under the previous government, Ostria backed …" (an "in"/"under"/"during"/"from" phrase on
    the trigger's verb, or on a trigger noun, its noun of ``_OFFICE_NOUNS`` with a word of
    ``_PAST_OFFICE_MODIFIERS``), or in the holder's spell in a post ("backed the tax during his time in office",
    ``_time_in_office``, read 46)."""
    node = _node(t)
    if not _past(node):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "under", "during", "from"} and any(
        g.dep_ == "pobj" and ((g.lemma_.lower() in _OFFICE_NOUNS and any(m.lower_ in _PAST_OFFICE_MODIFIERS
                                                                         for m in g.children)) or _time_in_office(g))
        for g in c.children) for w in {node, t} for c in w.children)


def _time_in_office(noun) -> bool:
    """ "his time in office", "her years as mayor", "his days at the ministry": a holder's spell in a post (read
    46: support "from his time in office" is told of that spell)."""
    return noun.lemma_.lower() in _SPELL_NOUNS and any(c.dep_ == "poss" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ in {"in", "as", "at"} for c in noun.children)


def documented_past(t) -> bool:
    """A simple-past attitude told as what a document shows ("Holm sought a night patrol, the memo shows",
    "emails show Vell pressed for …", "according to the cable"): an episode of the document's day, not what is
    held now (a present one, "Holm wants …, the memo shows", stays)."""
    node = _node(t)
    if node.tag_ != "VBD":
        return False
    for w in t.sent:
        if w.lemma_.lower() in _SHOWING_VERBS and w.pos_ == "VERB" and any(
                c.dep_ in SUBJECT_DEPS and c.lower_ in _DOCUMENT_NOUNS for c in w.children) and w.i != node.i:
            return True
        if w.lower_ == "according" and any(g.lower_ in _DOCUMENT_NOUNS for to in w.children for g in to.children
                                           if g.dep_ == "pobj"):
            return True
    return False


def held_by_the_dead(t, holder) -> bool:
    """The holder is told dead in the trigger's sentence: "the late Anton Brevik", "Brevik, who died in 2016,",
    "the morning before he died, his last cable …": an attitude of a life that has ended (``holder``: the
    holder's token)."""
    if holder is None:
        return False
    if any(c.lower_ == "late" and c.dep_ == "amod" for c in holder.children) or (
            holder.i > 0 and holder.doc[holder.i - 1].lower_ == "late" and holder.doc[holder.i - 1].dep_ in {"amod", "compound"}):
        return True  # "the late Anton Brevik"
    personal = holder.lower_ in {"he", "she", "his", "her", "him"}
    for w in t.sent:
        if w.lemma_.lower() != "die" or w.pos_ != "VERB" or w.tag_ not in {"VBD", "VBN"}:
            continue
        subject = next((c for c in w.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            continue
        if w.dep_ == "relcl" and w.head.i == holder.i and subject.lower_ in {"who", "that"}:
            return True  # "Brevik, who died in 2016, opposed …"
        same = {"he": {"he", "his", "him"}, "she": {"she", "her"}}.get(subject.lower_, set())
        if same and (holder.lower_ in same or (not personal and holder.pos_ == "PROPN")):
            return True  # "before he died, his last cable …"
    return False


# Verbs of a hope or wish, which the simple past tells as history when the passage is set in a past year.
_HOPING_VERBS = frozenset("hoped wished dreamed dreamt longed yearned expected wanted desired feared dreaded".split())
# past forms (the lemmatiser reads "hoped" as "hop"); a fear so told is history as much as a hope
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_PASSAGE_SENTENCES = 2  # sentences before the trigger's, in its paragraph, that may set the passage's year


# A passage's own date for any other past act: a year told as the time of what the clause tells ("In 2000,
# …", "in December 2007", "during 1998"), not a year naming a thing ("the 2015 deal", "his 2016 rival").
_DATED_TIME = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+(?:(?:early|late|mid)[- ]?)?(?:(?:January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?"
                         r"(1[89]\d\d|20\d\d)\b(?!\s*[-\u2013]|s|\s+(?:presidential\s+|general\s+)?(?:elections?|campaigns?|"
                         r"races?|votes?|polls?|primar(?:y|ies)|midterms?)\b)")


# A time the trigger's own sentence gives without a year ("In January", "last month", "this year").
_OWN_TIME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                       r"(?:last|this|earlier|past)\s+(?:week|month|year|spring|summer|fall|autumn|winter))\b")


def _paragraph_break(doc, prev, start: int) -> bool:
    """A line break between sentence ``prev`` and the word at ``start`` (or ``prev`` is only blank space)."""
    words = [w for w in prev if not w.is_space]
    if not words:
        return True
    return "\n" in doc_text(doc)[words[-1].idx + len(words[-1].text):doc[start].idx + 1]


def in_a_dated_passage(t, year: int | None) -> bool:
    """A past attitude told in the simple past in a passage set in a past year: its own sentence, or one of the
    two before it (for an act, in its own paragraph), names a year before the article's, and its own sentence
    names no day of the news and reports no one's words. A hope, wish or fear ("Carrow hoped the treaties would rebuild …" after "In 1977, President
    Carrow signed the treaties.") may take the year from any mention (stances15b); any other past act of
    advice, backing or striving ("Bush soon after advocated a Palestinian state" after "In 2000, …. The next
    year, …") only from a year told as the time of a clause (``_DATED_TIME``), since "the 2015 deal" dates a
    thing, not the passage, at least two years back, and not where its own sentence gives its own time ("In
    January, …"): readst18c, history told as a current stance. History, not an attitude held now (strict
    readers). Needs the article's ``year``."""
    if year is None:
        return False
    node = _node(t)
    hoping = node.lower_ in _HOPING_VERBS
    if node.dep_ not in {"ROOT", "conj"} or not (_told_in_past(node) or (
            not hoping and node.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in node.children)
            and any(c.dep_ == "nsubj" for c in node.children))):
        return False  # (a main verb with a subject and no auxiliary the tagger read as a participle is past)
    sent, doc = node.sent, node.doc
    if any(w.lower_ in _NEWS_DAY_WORDS for w in sent) or any(
            w.dep_ == "parataxis" or w.lemma_.lower() in {"say", "tell"} for w in sent if w.i != node.i):
        return False
    if not hoping and _OWN_TIME.search(sent.text) and not _YEAR.search(sent.text):
        return False  # "In January, the U.S. again proposed …": the act dates itself, maybe to the article's year
    sentences, start = [sent], sent.start
    while len(sentences) <= _PASSAGE_SENTENCES and start > 0:
        prev = doc[start - 1].sent
        if prev.start >= start:
            break
        if not hoping and _paragraph_break(doc, prev, start):
            break  # another act's date must be set in the trigger's own paragraph ("… but Altimus died in 2016."
            # on a line of its own dates nothing after it)
        if prev.text.strip():  # a blank line between paragraphs is no sentence
            sentences.append(prev)
        start = prev.start
    pattern = _YEAR if hoping else _DATED_TIME
    years = [int(m.group(1)) for s in sentences for m in pattern.finditer(s.text)]
    if not hoping and any(int(m.group(1)) >= year for s in sentences for m in _YEAR.finditer(s.text)):
        return False  # the passage reaches the article's own year
    return bool(years) and max(years) < (year if hoping else year - 1)  # last year's act may still stand


# A timeline entry: a line that opens with a date ending in a year, then a colon or dash ("2002: …",
# "March 2011 - …", "Feb. 3, 2009 — …"); not a span ("2019-20 budget talks").
_ENTRY_DATE = re.compile(r"[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+(?:\d{1,2},?[ \t]+)?)?(\d{4})(?:[ \t]*:|[ \t]+[-–—][ \t]|[–—][ \t])")


def in_a_timeline_entry(t, year: int | None) -> bool:
    """An attitude on a line that opens with a date in a year before the article's, as a timeline's entries
    do: "2002: The U.S. wants Ostria to disarm." tells what was wanted then, in any tense (strict readers,
    stances22b). Needs the article's ``year``."""
    if year is None:
        return False
    text = doc_text(t.doc)
    line_start = text.rfind("\n", 0, t.idx) + 1
    entry = _ENTRY_DATE.match(text, line_start)
    return entry is not None and int(entry.group(1)) < year


_DECADE_AGE = 5  # years between a decade's end and the article's year: advice given then is history
_DURING_PREPS = frozenset({"in", "during", "throughout"})


def in_a_past_decade(t, year: int | None) -> bool:
    """An attitude told in the past of a decade long gone, through a phrase of its own clause: "In the 1970s oil
    crisis, Dree urged Americans to drive less" in a 2020 article (strict readers, stances16: advice of decades
    ago told as history). "Since the 1970s, …" (held since) is left. Needs the article's ``year``."""
    if year is None:
        return False
    node = _node(t)
    if not _past(node):
        return False
    for w in node.sent:
        if not _DECADE.match(w.lower_) or int(w.lower_[:4]) + 9 > year - _DECADE_AGE:
            continue
        path = _clause_of(w)
        if node.i in path and any(node.doc[i].dep_ == "prep" and node.doc[i].lower_ in _DURING_PREPS for i in path):
            return True
    return False


_AGE_AT_DEATH = re.compile(r"\b(?:dies|died|dead)\s+(?:at|aged)\s+\d{2,3}\b", re.I)


def _obituary_lede(doc):
    """The article opens on a death told as its news, of someone whose life its first sentence sums up: "Dana Holm,
    the mayor who rebuilt the harbour, has died, her family said", "Anton Brevik dies at 84" (the lede's main verb
    "die", or one a verb of saying reports, with a named subject that a past relative clause describes, or a death
    at an age). Returns that first sentence (a Span), or None when the article is no obituary."""
    first = next((s for s in doc.sents if s.text.strip()), None)
    if first is None:
        return None
    if _AGE_AT_DEATH.search(first.text):
        return first
    for w in first:
        if w.lemma_.lower() != "die" or w.tag_ not in {"VBD", "VBN", "VBZ"} or not (w.dep_ == "ROOT" or (
                w.dep_ in {"ccomp", "parataxis"} and w.head.dep_ == "ROOT" and w.head.lemma_.lower() in {"say", "report",
                                                                                                 "announce", "confirm"})):
            continue  # "…, has died", "…, has died, her family said"
        subject = next((c for c in w.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.pos_ == "PROPN" and any(
                g.dep_ == "relcl" and _past(g) for c in subject.children if c.dep_ in {"appos", "relcl"}
                for g in c.subtree):
            return first  # a life told in a clause ("…, the ally who joined the fight and sought reforms, has died"),
            # not only a post ("Holm, the mayor of Lorne, died on Sunday after a crash": the day's news)
    return None


def in_an_obituary(t, holder) -> bool:
    """A past attitude told in an obituary (``_obituary_lede``): the life's story, held then, not at the article's
    time ("Holm was deeply opposed to the dam", "her concern for the villages remained strong all her life"; read
    53, sthold19: an obituary's retrospect shown as current stances). The trigger's clause is in the past (a
    noun's, through the verb it hangs on), and its sentence names no day of the news and reports no one's words
    (the day's reactions, "Vell said on Friday she admired …", stay). The ``holder`` (its token) is the dead, by
    a personal pronoun, or one the lede names (the state the dead led: "Ostria's King Brask, …, has died", then
    "Ostria was deeply opposed to …"); not someone else's act of the day ("Governor Dolt urged residents to …")."""
    first = _obituary_lede(t.doc) if holder is not None else None
    if first is None:
        return False
    if holder.lower_ not in {"he", "she", "his", "her"} and not any(
            w.lower_ == holder.lower_ and w.pos_ == "PROPN" for w in first):
        return False
    node = _node(t)
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    if not _past(node):
        return False
    sent = t.sent
    return not any(w.lower_ in _NEWS_DAY_WORDS or (w.lemma_.lower() in {"say", "tell"} and w.pos_ == "VERB")
                   for w in sent)


# Words placing a step before the present one of a series (``_SERIES_STEPS``): "in earlier talks", "in the previous
# round", "in its original draft", "in the first round"; not on a single act ("In an earlier statement, Ostria
# criticized the drills": the day's news, dev 1491-1999; "in his first interview since …").
_EARLIER_STEP_WORDS = frozenset("earlier previous prior original initial preliminary first opening".split())
_SERIES_STEPS = frozenset("round rounds talks negotiations draft drafts version versions phase stage ballot campaign bid run"
                           .split())
_STEP_PREPS = frozenset("in at during from throughout".split())


def _earlier_step(noun) -> bool:
    """``noun`` names an earlier step of a series: "earlier talks", "the previous round", "the first round of
    talks", "an initial version of the bill"."""
    return noun.lower_ in _SERIES_STEPS and any(c.dep_ in {"amod", "advmod", "nummod", "compound"} and
                                                c.lower_ in _EARLIER_STEP_WORDS for c in noun.children)


def in_an_earlier_step(t) -> bool:
    """A past trigger placed in an earlier step of a series the article recaps: "In the first round of talks,
    Ostria sought a full withdrawal", "In earlier talks, Holm demanded …", "In an earlier version of the bill,
    Vell proposed a tax" (a preposition of ``_STEP_PREPS`` on its verb, or on the verb it is coordinated with,
    whose object is an ``_earlier_step``). What was sought at that step, not what is held now (strict readers,
    stcurrent20: recaps of earlier steps shown as current). Not where the sentence names a day of the news ("In
    the first round on Monday, …")."""
    node = _node(t)
    if not _past(node) or any(w.lower_ in _NEWS_DAY_WORDS for w in node.sent):
        return False
    verbs = [node]
    if node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
        verbs.append(node.head)
    return any(c.dep_ == "prep" and c.lower_ in _STEP_PREPS and any(g.dep_ == "pobj" and _earlier_step(g)
                                                                     for g in c.children)
               for v in verbs for c in v.children)


# Words telling a stance noun's attitude was held before: "his earlier opposition to the tax", "her former support"
# (the holders' ``FORMER_WORDS`` and words of an earlier time).
_FORMER_WORDS = FORMER_WORDS | frozenset("earlier previous prior past original initial one-time".split())
# Verbs that hold such an attitude up again: "renewed his earlier call for …", "stood by her previous support".
_RENEWING_VERBS = frozenset("renew repeat reiterate echo restate reaffirm reassert stand double recall".split())


def formerly_held(t) -> bool:
    """A stance noun told as held before: "Vell's earlier opposition to the tax faded", "her former support for
    the levy" (an adjective of ``_FORMER_WORDS``). Not where a verb holds it up again ("renewed his earlier call
    for a truce", ``_RENEWING_VERBS``)."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in _FORMER_WORDS for c in t.children):
        return False
    return not (t.head.pos_ == "VERB" and t.head.lemma_.lower() in _RENEWING_VERBS)
