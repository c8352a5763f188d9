"""Stances told of an act that did not come about or of a deed already done (stances16b).

Strict readers (reads 38-39 on unseen articles, paraphrased) marked wrong stances that the actor does not hold now as reported:

* an act told as all but done: "nearly endorsed the plan", "almost backed" (``all_but``): it was not done;
* a past attempt told as won (``achieved``): "in his first year, Verin successfully sought a tariff cut" (read 47:
  a wish fulfilled, no current want);
* a plan or bid told as stopped: "Ostria's plan to build a canal came to a halt", "the bid ground to a halt",
  "the effort stalled" (``halted``), beside ``narrative.dropped`` ("the bid was dropped");
* concern over a deed already done: "expressed concern over the arrests of three reporters", "is concerned about
  the detention of …" (``deed_deplored``): criticism of what happened, no fear of what may come; "possible
  arrests", "further arrests" are feared and stay; so is concern about a word or a talk had ("concerns about the
  call between Holm and Vell", "Vell's remarks": stances17b), while "the upcoming meeting" may be feared.
* a bid or quest already decided (``decided_bid``): "after winning his bid to remain leader", "lost her bid for a
  second term", "his failed bid to …" (read 42, strict readers: a wish fulfilled or lost is no current want);
* an attitude the article later says changed (``changed_later``): "In April Deng hoped for talks … Deng's tune
  changed last week" (read 40: the April hope is not his now), beside ``narrative.since_changed``, which reads
  only the next sentence;
* an act told of a time long before the news (``long_before``): "Long before Vell ran for office, Holm sought to
  …", "years before the war, Ostria backed …" (a past episode, no attitude held now);
* a captive's word (``captive_voice``): what a hostage says in a video or statement made in captivity (read 40:
  a forced statement, not the hostage's own attitude).

Each function takes the trigger token and returns a bool (``captive_voice`` also the holder's mentions).
"""
from __future__ import annotations

import re

from ..doctext import doc_text

# Adverbs that tell an act all but done, so not done: "nearly endorsed", "almost backed".
ALL_BUT_ADVERBS = frozenset({"nearly", "almost"})
# Adverbs that tell a past attempt won: "successfully sought" (read 47).
ACHIEVED_ADVERBS = frozenset({"successfully"})
# "came to a halt", "ground to a standstill".
HALT_NOUNS = frozenset({"halt", "standstill", "stop", "end", "nothing"})
HALT_VERBS = frozenset({"come", "grind", "screech", "shudder"})
# Intransitive verbs of a plan or bid failing: "the bid stalled", "the plan collapsed".
FAILING_VERBS = frozenset("stall collapse founder fizzle falter unravel fail".split())
# Deeds of repression or violence that are done once told with "the" or an owner: "the arrests of …".
DEED_NOUNS = frozenset("""arrest detention jailing imprisonment execution killing sentencing sentence expulsion
deportation abduction kidnapping disappearance crackdown raid raids torture conviction""".split()) | frozenset(
    # (stances17b, strict readers: "concerns about the call" read as fear of the call) a word or a talk already had
    """call conversation remark comment tweet meeting statement speech letter message email""".split()) | frozenset(
    # (readst18c: "expressed concern over Comey's handling of the inquiry" read as fear) a conduct already shown
    """handling mishandling conduct treatment""".split())
# Words that make such a deed one still to come, which may be feared: "possible arrests", "further arrests".
COMING_WORDS = frozenset("""possible potential further more future new any prospective likely looming threatened
planned imminent wider renewed upcoming coming next""".split())
CONCERN_WORDS = frozenset({"concern", "concerned", "worry", "worried", "alarm", "alarmed", "troubled", "disturbed",
                           "dismay", "dismayed"})
CONCERN_PREPS = frozenset({"about", "over", "at", "by", "regarding"})


def all_but(t) -> bool:
    """ "nearly endorsed", "almost backed": the trigger verb carries an adverb of an act all but done."""
    return t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in ALL_BUT_ADVERBS and c.i < t.i
                                             for c in t.children)


def achieved(t) -> bool:
    """ "successfully sought a tariff cut", "had successfully urged the board to …": a past attempt told as won
    (``ACHIEVED_ADVERBS`` on the trigger verb, or on the verb it is the infinitive of): the wish is fulfilled."""
    if t.pos_ not in {"VERB", "AUX"}:
        return False
    heads = [t, t.head] if t.dep_ == "xcomp" else [t]
    return any(_past_or_perfect(h) and any(c.dep_ == "advmod" and c.lower_ in ACHIEVED_ADVERBS for c in h.children)
               for h in heads)


def _past_or_perfect(verb) -> bool:
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                             for c in verb.children))


def halted(t) -> bool:
    """A stance noun ("plan", "bid", "effort") the subject of a past "came/ground to a halt" or of a past verb of
    failing ("stalled", "collapsed", ``FAILING_VERBS``), with no modal on it."""
    if t.pos_ != "NOUN" or t.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = t.head
    if verb.pos_ not in {"VERB", "AUX"} or not _past_or_perfect(verb) or any(c.tag_ == "MD" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in FAILING_VERBS:
        return True
    return lemma in HALT_VERBS and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in HALT_NOUNS for g in c.children) for c in verb.children)


def _done_deed(noun) -> bool:
    """ "the arrests of three reporters", "Kessel's crackdown": a deed under "the", an owner or an "of" phrase
    naming whom it struck, with no word that puts it to come (``COMING_WORDS``)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEED_NOUNS and noun.lower_ not in DEED_NOUNS:
        return False
    kids = list(noun.children)
    if any(c.lower_ in COMING_WORDS for c in kids) or any(c.tag_ == "MD" for c in noun.subtree):
        return False
    return any(c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "recent"} or c.dep_ == "poss"
               or c.dep_ == "amod" and c.lower_ in {"recent", "latest", "additional", "mass"}
               or c.dep_ == "prep" and c.lower_ == "of" for c in kids)


def deed_deplored(t) -> bool:
    """A concern (``CONCERN_WORDS``) about or over a deed already done (``_done_deed``): "concerned about the
    detention of two reporters", "expressed concern over the arrests"."""
    if t.lower_ not in CONCERN_WORDS and t.lemma_.lower() not in CONCERN_WORDS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in CONCERN_PREPS and any(
        g.dep_ == "pobj" and _done_deed(g) for g in c.children) for c in t.children)


# Nouns of striving whose outcome can be told: "bid", "quest", "campaign".
STRIVING_NOUNS = frozenset("bid quest attempt effort campaign push drive".split())
# Verbs that tell a striving decided: "won his bid", "lost her bid".
DECIDING_VERBS = frozenset({"win", "lose"})
# Adjectives of a striving decided: "his failed bid", "her successful quest".
DECIDED_ADJECTIVES = frozenset("""failed unsuccessful successful winning losing abortive doomed ill-fated aborted
thwarted""".split())
# Prepositions that put a gerund before the news: "after winning his bid".
BEFORE_PREPS = frozenset({"after", "following", "since", "upon", "on"})


def _told_done(verb) -> bool:
    """Simple past, perfect, or a gerund after "after"/"following" ("after winning …")."""
    if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in BEFORE_PREPS


def decided_bid(t) -> bool:
    """A striving noun (``STRIVING_NOUNS``) told won or lost: the object of a past "win"/"lose" ("won his bid to
    stay on", "after losing her bid for …") or under an adjective of outcome ("his failed bid to …",
    ``DECIDED_ADJECTIVES``). Not "hopes to win his bid": still to come."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in STRIVING_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in DECIDED_ADJECTIVES for c in t.children):
        return True
    verb = t.head
    return t.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in DECIDING_VERBS and _told_done(verb) and not any(
        c.tag_ == "MD" for c in verb.children)


# A holder named a captive: "the hostage", "held captive", "kidnapped" (read 40).
CAPTIVE = re.compile(r"\b(?:hostages?|captives?|captivity|kidnapped|abducted|"
                     r"held\s+(?:hostage|captive|prisoner))\b", re.I)
# What a captive's words are given in: "in the video", "the recording", "a statement read under duress".
CAPTIVE_MEDIUM = re.compile(r"\b(?:videos?|footage|recordings?|tapes?|taped|videotaped|filmed|under\s+duress|"
                            r"in\s+captivity|scripted)\b", re.I)


CAPTIVE_REACH = 40  # characters either side of a mention: "the hostage Arlo Penn", "Penn, who was kidnapped"


def captive_voice(t, mentions) -> bool:
    """The holder is named a captive in the article (``CAPTIVE`` within ``CAPTIVE_REACH`` characters of one of its
    ``mentions``, char spans) and the trigger's sentence gives the words in a video or recording, or under duress
    (``CAPTIVE_MEDIUM``): "In the video, Penn urged Velden to withdraw"."""
    text, sent = doc_text(t.doc), t.sent
    if not CAPTIVE_MEDIUM.search(text, sent.start_char, sent.end_char):
        return False
    for start, end in mentions:
        if start >= len(text):
            continue
        window = text[max(0, start - CAPTIVE_REACH):end + CAPTIVE_REACH]
        if CAPTIVE.search(window):
            return True
    return False


# A change of mind told of a holder: "Deng's tune changed", "changed her mind", "a change of heart", "a U-turn".
CHANGED_MIND = re.compile(r"\btune\s+(?:has\s+|had\s+)?(?:changed|shifted)\b|\bchang(?:ed|ing)\s+(?:his|her|its|their)\s+"
                          r"(?:tune|mind|minds|position|stance)\b|\bchange\s+of\s+(?:heart|tune|mind)\b|\bu-turn\b|"
                          r"\breversed\s+(?:course|(?:his|her|its|their)\s+(?:position|stance|course))\b|"
                          r"\bflip-flopped\b|\bbacktracked\b", re.I)
CHANGE_REACH = 60  # characters between the holder's mention and the words of change


def _past_trigger(t) -> bool:
    node = t.head if t.dep_ in {"acomp", "attr"} or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"}) else t
    return node.tag_ == "VBD" or any(c.tag_ == "VBD" for c in node.children if c.dep_ in {"aux", "auxpass"})


def changed_later(t, mentions) -> bool:
    """A past trigger ("expressed hope", "wanted") whose holder a later sentence of the article tells changed
    their mind: a mention (char span) within ``CHANGE_REACH`` characters of ``CHANGED_MIND`` after the
    trigger's sentence."""
    if not _past_trigger(t):
        return False
    text, after = doc_text(t.doc), t.sent.end_char
    for m in CHANGED_MIND.finditer(text, after):
        if any(start >= after and abs(start - m.start()) <= CHANGE_REACH for start, _ in mentions):
            return True
    return False


# Words that put a "before" far back: "long before", "years before", "well before".
FAR_WORDS = frozenset("long years decades months well".split())


def long_before(t) -> bool:
    """A past trigger whose verb carries a "before" phrase or clause put far back by ``FAR_WORDS`` ("Long
    before Vell declared, Holm sought to …"). Not "Before the vote, Holm urged …": the day's news."""
    if not _past_trigger(t):
        return False
    node = t.head if t.dep_ in {"acomp", "attr"} or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"}) else t
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    doc = t.doc
    for w in t.sent:
        if w.lower_ != "before" or w.i == 0 or doc[w.i - 1].lower_ not in FAR_WORDS:
            continue
        if w.head.i == node.i or w.head.head.i == node.i:
            return True
    return False
