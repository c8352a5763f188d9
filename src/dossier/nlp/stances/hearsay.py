"""Stances told only as someone else's claim about the holder (read 20, strict readers on unseen news).

* ``unconfirmed_report``: a sentence that passes on what news reports say ("Holm wants to buy the club,
  news reports said", "a TV report said Ostria wants …") while it or the next sentence of its paragraph says the
  holder would not confirm it or was not available for comment (read 47): the press's word, which the holder
  withheld.
* ``inside_a_grievance``: a stance noun inside what another party fears or charges ("Denmark's concerns
  about Oslo's support for the rebels", "worried about Vell's backing of the militia"): that Oslo supports
  the rebels is Denmark's claim, not a stance the text tells.

* ``answered_concern``: a fear noun that a third party addresses, eases or dismisses ("the treaty addresses
  Denmark's concerns about …"): the concern as the other side frames it, not told as the holder's own.

* ``rumoured``: a stance the text hedges as a rumour or an unproven claim ("Vell reportedly fears …", "Holm is
  said to want …", "allegedly backs …", "his reported wish to …"): reads 21-23 (strict readers on unseen news)
  counted none of these as asserted.

* ``taken_back``: a stance whose sentence, or the next one of its paragraph, says the remark was taken back
  ("Holm, who later retracted the remark, had called for …"): no longer the holder's (stances14).

* ``polled``: a sentence that gives a poll's finding ("Ostrians back the bridge by two to one, a survey found"):
  a people or party as a whole holds nothing there, a sample of it answered (stances14).

* ``inside_a_claim``: a stance noun in the clause of someone else's claim or suspicion ("Lusk's claim that
  Ostria's support for the rebels prolongs the war"): the claimant's account (read 41), as ``syntax.hypothetical``
  reads a verb there.

* ``foreseen``: a stance under "will"/"would" inside what another party expects or is confident of ("officials
  were confident that the Senate would back the decision"): their prediction, not the holder's attitude (read 43).

* ``in_jest``: a stance told by a joke, a quip or a satirical or tongue-in-cheek statement ("Holm joked that
  Vell wants the crown", "a tongue-in-cheek notice said the mayor fears pigeons"): the teller did not mean it
  (stances20b, fresh strict reads).

* ``agency_relayed``: a news agency that passes on another's words ("Citing the state newspaper, Reuters accused
  Ostria of …", read 44): the agency reports, the newspaper accuses.

* ``press_relayed``: a wish or a fear told only as the press's report of it ("The Kessel Gazette reported
  that Holm wants …", "Holm wants …, the Times reports", "reports said Holm fears …", "the report stated Vell also
  wants …"): the outlet's word on the holder, not the holder's own (stances21, fresh strict reads); it stands
  when the holder is told to have confirmed it.

All but ``polled`` take a trigger token; the first reads the raw text, as the parse of such asides is unreliable.
"""
from __future__ import annotations

import re

from ..doctext import doc_text
from .lexicon import CLAIM_NOUNS, FEARED_NOUNS, PREDICTING_MODALS, SAID_ATTITUDES
from .narrative import here_or_next
from .voices import STATE_MEDIA

# A stance passed on from the press: "news reports said", "according to media reports", "reports suggest".
PRESS_REPORT = re.compile(r"\b(?:news|media|press|newspaper)\s+reports?\b|\baccording\s+to\s+(?:\w+\s+){0,3}reports?\b|"
                          r"\breports?\s+(?:said|say|says|suggested|suggest|claimed|claim|indicated)\b|"
                          # read 47: "a TV report said", "Channel 9 reported", "the broadcaster reported"
                          r"\b(?:TV|television|radio|broadcaster|channel|network|newspaper|paper|daily|tabloid|website|"
                          r"outlet|agency)\b(?:\s+\w+){0,2}?\s+(?:reported|reports|said|says|cited|quoted)\b", re.I)
# The holder's refusal to confirm it.
UNCONFIRMED = re.compile(r"\b(?:would|will|did|could|does|do|has|have)\s*(?:not|n['’]t)\s+(?:\w+\s+)?confirm|"
                         r"\b(?:declined|refused|declines|refuses|decline|refuse)\s+to\s+(?:\w+\s+)?confirm|"
                         r"\bunconfirmed\b|\bnot\s+(?:been\s+)?(?:independently\s+)?confirmed\b|"
                         # read 47: "officials were not available for comment", "did not respond to requests for comment"
                         r"\b(?:not|un)\s*available\s+(?:for|to)\s+comment|\bcould\s+not\s+(?:immediately\s+)?be\s+reached|"
                         r"\b(?:declined|refused|did\s+not\s+respond\s+to\s+(?:a\s+)?requests?\s+for)\s+(?:to\s+)?comment", re.I)
# Nouns and feeling words whose "about"/"over"/"of" phrase is the feeler's or accuser's own account.
GRIEVANCE_WORDS = frozenset("""concern concerns worry worries fear fears anxiety anxieties alarm unease misgiving
misgivings anger outrage dismay frustration indignation complaint complaints claim claims allegation allegations
accusation accusations charge charges suspicion suspicions concerned worried alarmed anxious fearful uneasy complain complained complains""".split())
GRIEVANCE_PREPS = frozenset({"about", "over", "of", "regarding", "on", "at"})  # "unease at X's support"
# Verbs by which another party deals with someone's fears: "addresses Denmark's concerns".
ANSWERING_VERBS = frozenset("""address allay ease answer assuage meet resolve satisfy soothe calm alleviate dismiss
downplay acknowledge accommodate""".split())
FEAR_NOUNS = frozenset("""concern worry fear anxiety misgiving reservation qualm""".split())


def unconfirmed_report(t) -> bool:
    """The trigger's sentence passes on a press report (``PRESS_REPORT``) and it or the next sentence of the
    paragraph says the thing was not confirmed (``UNCONFIRMED``)."""
    sent = t.sent
    if not PRESS_REPORT.search(doc_text(t.doc), sent.start_char, sent.end_char):
        return False
    return here_or_next(t, UNCONFIRMED)


def inside_a_grievance(t) -> bool:
    """A stance noun that is the object of a grievance word's preposition ("concerns about Oslo's support
    for …", "worried over Vell's backing of …")."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in GRIEVANCE_PREPS:
        return False
    return t.head.head.lower_ in GRIEVANCE_WORDS


def answered_concern(t) -> bool:
    """A fear noun that is the object of a verb of answering it (``ANSWERING_VERBS``) whose subject is not
    the noun's owner: "the deal addresses Denmark's concerns about …"."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in FEAR_NOUNS or t.dep_ not in {"dobj", "obj"}:
        return False
    return t.head.lemma_.lower() in ANSWERING_VERBS


# Adverbs and adjectives by which a writer passes a stance on as a rumour or an unproven charge (reads 21-23).
HEDGES = frozenset("""reportedly allegedly purportedly supposedly rumoredly rumouredly reported alleged purported
supposed rumored rumoured potential possible""".split())  # "does have potential interest in …", "a possible wish
# to …": the writer's guess at an attitude (sthold19, strict readers on AllSides 1491–1999), not one told held
# Verbs whose passive tells what others say of the subject: "is said to want", "is reported to back".
HEARSAY_VERBS = frozenset("say report rumor rumour allege believe think understand".split())
CLAUSE_CHAIN = frozenset({"xcomp", "acomp", "conj", "attr"})


def rumoured(t, attitude: str) -> bool:
    """The trigger, or a verb it complements in its own clause, carries a hedge (``HEDGES``: "reportedly
    fears", "alleged support"), or the trigger is the infinitive of a passive verb of hearsay ("is said to
    want", "are believed to oppose"). Only for a state of mind (wanting, fearing, backing): a hedged act of
    saying ("is reportedly recommending that …", "allegedly accused …") still reports a thing done in public."""
    if attitude in SAID_ATTITUDES:
        return False
    node, steps = t, 0
    while steps < 4:
        if any(c.lower_ in HEDGES and c.dep_ in {"advmod", "amod"} for c in node.children):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in HEARSAY_VERBS and node.head.tag_ == "VBN" and any(
                c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_.lower() == "be") for c in node.head.children):
            return True
        if node.dep_ not in CLAUSE_CHAIN or node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    return False


# Words of a joke: the verb that tells it ("joked", "quipped"), or a word on its teller or manner ("a
# tongue-in-cheek statement", "a satirical post", "said jokingly", "in jest").
JESTING_VERBS = frozenset("joke quip jest kid tease".split())
JEST_WORDS = re.compile(r"^(?:jok(?:e|es|ing|ingly|ey|y)|quip|quips|jest|satir\w*|parod\w*|spoof\w*|sarcas\w*|"
                        r"facetious\w*|cheek|tongue-in-cheek|mockingly)$", re.I)


def in_jest(t) -> bool:
    """The trigger is told inside a joke: a clause above it in its sentence is headed by a verb of joking
    (``JESTING_VERBS``: "joked that Vell wants …"), or that verb's subject or manner bears a word of one
    (``JEST_WORDS``: "a tongue-in-cheek statement said …", "wrote jokingly that …")."""
    node, steps = t, 0
    while node.head.i != node.i and steps < 6:
        branch, node, steps = node, node.head, steps + 1
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        if node.lemma_.lower() in JESTING_VERBS:
            return True
        told_by = (c for c in node.children if c.i != branch.i and c.dep_ in {"nsubj", "nsubjpass", "advmod", "prep"})
        if any(JEST_WORDS.match(w.text) for c in told_by for w in c.subtree):
            return True
    return False


# A remark taken back: "later retracted", "walked back the comment", "recanted", "apologised for the remark".
RETRACTION = re.compile(r"\b(?:retract(?:ed|s|ing)?|recant(?:ed|s|ing)?|walk(?:ed|s|ing)?\s+(?:\w+\s+)?back|"
                        r"t(?:ook|aken|akes)\s+back|backtrack(?:ed|s|ing)?|disavow(?:ed|s|ing)?|"
                        r"apologi[sz](?:ed|es|ing)\s+for\s+(?:the|his|her|their|those|these)\s+(?:remarks?|comments?))\b", re.I)


def taken_back(t) -> bool:
    """The trigger's sentence, or the next sentence of its paragraph, tells of a retraction (``RETRACTION``)."""
    return here_or_next(t, RETRACTION)


# A poll's finding: "a poll found", "according to a survey", "in the poll", "those surveyed", "respondents".
POLL = re.compile(r"\b(?:polls?|surveys?|polled|surveyed|respondents|pollsters?)\b", re.I)


def polled(sent) -> bool:
    """The sentence tells what a poll or survey found (``POLL``)."""
    return bool(POLL.search(doc_text(sent.doc), sent.start_char, sent.end_char))


# Noun-phrase links from a stance noun up to the verb of its clause: "[Ostria's support for …] prolongs".
PHRASE_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "prep", "attr", "conj", "appos", "compound"})
CLAUSE_LINKS = frozenset({"ccomp", "acl", "xcomp", "conj", "advcl", "relcl"})


def _clause_verb(t):
    """The verb whose clause holds the noun ``t`` ("[Ostria's support for …] prolongs the war": "prolongs")."""
    node, steps = t, 0
    while node.pos_ not in {"VERB", "AUX"} and node.dep_ in PHRASE_LINKS and node.head.i != node.i and steps < 6:
        node, steps = node.head, steps + 1
    return node if node.pos_ in {"VERB", "AUX"} else None


def _owner(word):
    """Whose claim or belief ``word`` is: its possessor ("his claim"), or the subject of the verb it is the
    object or complement of ("Lusk repeated his claim", "officials were confident")."""
    own = next((c for c in word.children if c.dep_ == "poss"), None)
    if own is not None:
        return own
    verb = word if word.pos_ in {"VERB", "AUX"} else word.head
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != word.i), None)


def _may_own(holder, owner) -> bool:
    """Whether the claim's owner may be the stance's holder: there is no holder, or the holder is a pronoun, or
    the owner is one other than "his"/"her"/"their", or they share a word ("Ostria's claim that its support …").
    A claim with no owner ("the suspicion that …") is no one's in particular: not the holder's."""
    if holder is None:
        return True
    if owner is None:
        return False
    if holder.pos_ == "PRON" or (owner.pos_ == "PRON" and owner.lower_ not in {"his", "her", "their"}):
        return True
    if owner.pos_ == "PRON":
        return False  # "his claim that Ostria's support …": a person's claim of a named other
    words = {w.lower_ for w in holder.subtree if w.pos_ == "PROPN"} or {holder.lower_}
    return bool(words & {w.lower_ for w in owner.subtree})


CLAIMED_NOUNS = CLAIM_NOUNS | FEARED_NOUNS


def inside_a_claim(t, holder) -> bool:
    """A stance noun whose clause is the "that" clause of a claim noun (``CLAIMED_NOUNS``: "claim", "suspicion")
    or the complement of a verb with such a noun as its subject ("a common suspicion is that …"), owned by another
    than ``holder``. Not a claim that is the subject of the stance's own clause ("the rebels' claim of the attack
    complicates Lusk's plan to …": the plan is told as a fact)."""
    if t.pos_ != "NOUN":
        return False
    node, steps = _clause_verb(t), 0
    while node is not None and steps < 4:
        if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
            return False
        edge, head = node.dep_, node.head
        if edge in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in CLAIMED_NOUNS:
            return not _may_own(holder, _owner(head))
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if edge == "ccomp" and subject is not None and subject.lemma_.lower() in CLAIMED_NOUNS:
            return not _may_own(holder, _owner(subject))
        node, steps = head, steps + 1
    return False


# Words of expecting or being sure of what another will do: "confident that", "expects", "predicted".
EXPECTING_WORDS = frozenset("""confident confidence sure certain optimistic hopeful convinced expect expectation
predict prediction anticipate forecast bet assume assumption""".split())
EXPRESSING_VERBS = frozenset("express voice show convey".split())  # "expressed confidence that …"
PREDICTING = PREDICTING_MODALS


def foreseen(t, holder) -> bool:
    """A verb trigger under "will"/"would" ("would back") in the complement of a word of expecting
    (``EXPECTING_WORDS``: "confident that", "expressed confidence that", "expects") whose owner is not
    ``holder``: a prediction of what the holder will do."""
    node = t.head if t.dep_ in {"acomp", "attr"} else t
    if node.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "aux" and c.lower_ in PREDICTING for c in node.children):
        return False
    if node.dep_ not in {"ccomp", "acl"} or node.head.i == node.i:
        return False
    head = node.head
    if head.lemma_.lower() in EXPRESSING_VERBS:  # "expressed confidence that …", the clause hung on the verb
        head = next((c for c in head.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in EXPECTING_WORDS),
                    None)
    if head is None or head.lemma_.lower() not in EXPECTING_WORDS and head.lower_ not in EXPECTING_WORDS:
        return False
    return not _may_own(holder, _owner(head))


# News agencies that report for others: never the holder of what they pass on (read 44).
NEWS_AGENCIES = frozenset({"reuters", "associated press", "ap", "afp", "agence france-presse", "agence france presse",
                           "upi", "united press international", "bloomberg", "bloomberg news", "dpa"})
# Words of passing on another's words: "citing the newspaper", "according to", "Reuters reported".
RELAYING = re.compile(r"\b(?:citing|cited|quoting|quoted|according\s+to|reported|reports|reporting|said|says|"
                      r"carried|translation)\b", re.I)


def news_agency(name: str) -> bool:
    """``name`` is one of ``NEWS_AGENCIES`` ("Reuters", "The Associated Press")."""
    low = name.lower()
    return (low[4:] if low.startswith("the ") else low) in NEWS_AGENCIES


def agency_relayed(name: str, t) -> bool:
    """The holder ``name`` is a news agency (``NEWS_AGENCIES``) and the trigger's sentence tells it passing on words
    (``RELAYING``)."""
    if not news_agency(name):
        return False
    sent = t.sent
    return bool(RELAYING.search(doc_text(t.doc), sent.start_char, sent.end_char))


# Nouns of the press or of a report, as the subject of a verb of saying: "the newspaper reports", "the report
# stated", "Reports said", "Iran's news agency said".
PRESS_NOUNS = frozenset("""report reports newspaper newspapers paper papers agency outlet outlets media press
broadcaster network channel daily tabloid website site magazine station publication television tv radio journal
newswire wire""".split())
FIRST_PERSON = frozenset({"i", "we"})
PRIVATE_ATTITUDES = frozenset({"wants", "fears"})
PRESS_SAYING_VERBS = frozenset("say state report write claim add note cite".split())
# The holder's own confirmation of what the press says: "confirmed the plan", "Holm confirmed it".
CONFIRMED = re.compile(r"\bconfirm(?:ed|s|ing)?\b", re.I)


def _press_says(verb) -> bool:
    """``verb`` is a verb of reporting by the press: "report" with a subject not in the first person ("the Times
    reported", "officials reported", "it reported"), or a verb of saying (``PRESS_SAYING_VERBS``) whose subject is
    a press noun (``PRESS_NOUNS``: "the newspaper says", "the report stated"). Not a state's own press
    (``STATE_MEDIA``) nor a wire service (``NEWS_AGENCIES``), whose relays ``voices`` reads."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    name = verb.doc[subject.left_edge.i:subject.i + 1].text if subject is not None else ""
    if STATE_MEDIA.search(name) or news_agency(name):
        return False  # "Veskan state media reported …": a government's mouthpiece; "Reuters reported …": a wire
        # service's relay (read 44); both read by ``voices.voices``
    lemma = verb.lemma_.lower()
    if lemma == "report":  # the subject may be lost to the parse ("…, Iran's news agency reported that …")
        return subject is None or subject.lower_ not in FIRST_PERSON
    if lemma not in PRESS_SAYING_VERBS or subject is None or subject.pos_ == "PRON":
        return False
    return subject.lower_ in PRESS_NOUNS or subject.lemma_.lower() in PRESS_NOUNS


def press_relayed(t, attitude: str) -> bool:
    """A wish or a fear (``PRIVATE_ATTITUDES``; a backing or a criticism the press reports is a deed done in public,
    "Holm criticized the plan, AP reports") whose clause is the complement of a press report (``_press_says``:
    "the newspaper reports that Holm is hoping to …", "Holm wants …, the Times reported") or, for a noun, the
    object of one ("the Gazette reported Holm's wish to …"), unless its sentence or the next one tells that it was
    confirmed (``CONFIRMED``, not ``UNCONFIRMED``)."""
    if attitude not in PRIVATE_ATTITUDES:
        return False
    node = _clause_verb(t) if t.pos_ == "NOUN" else (t.head if t.dep_ in {"acomp", "attr"} else t)
    if node is None:
        return False
    relayed, steps = (t.pos_ == "NOUN" and _press_says(node)), 0
    while not relayed and steps < 4:
        if any(c.dep_ == "parataxis" and _press_says(c) for c in node.children):
            relayed = True  # "Holm wants …, the Times reports", parsed as an aside
        elif node.dep_ == "ccomp" and node.head.i != node.i and _press_says(node.head):
            relayed = True
        elif node.dep_ in {"xcomp", "conj", "ccomp"} and node.head.i != node.i:
            node, steps = node.head, steps + 1
        else:
            break
    if not relayed:
        return False
    return not (here_or_next(t, CONFIRMED) and not here_or_next(t, UNCONFIRMED))
