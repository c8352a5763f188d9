"""Stances told of an act that did not come about or of a deed already done (stances16b).

Strict readers (reads 38-39 on unseen articles, paraphrased) marked wrong stances that the actor does not hold now as reported:

* an act told as all but done: "nearly endorsed the plan", "almost backed" (``all_but``): it was not done;
* a plan or bid told as stopped: "Ostria's plan to build a canal came to a halt", "the bid ground to a halt",
  "the effort stalled" (``halted``), beside ``narrative.dropped`` ("the bid was dropped");
* concern over a deed already done: "expressed concern over the arrests of three reporters", "is concerned about
  the detention of …" (``deed_deplored``): criticism of what happened, no fear of what may come; "possible
  arrests", "further arrests" are feared and stay; so is concern about a word or a talk had ("concerns about the
  call between Holm and Vell", "Vell's remarks": stances17b), while "the upcoming meeting" may be feared.

Each function takes the trigger token and returns a bool.
"""
from __future__ import annotations

# Adverbs that tell an act all but done, so not done: "nearly endorsed", "almost backed".
ALL_BUT_ADVERBS = frozenset({"nearly", "almost"})
# "came to a halt", "ground to a standstill".
HALT_NOUNS = frozenset({"halt", "standstill", "stop", "end", "nothing"})
HALT_VERBS = frozenset({"come", "grind", "screech", "shudder"})
# Intransitive verbs of a plan or bid failing: "the bid stalled", "the plan collapsed".
FAILING_VERBS = frozenset("stall collapse founder fizzle falter unravel fail".split())
# Deeds of repression or violence that are done once told with "the" or an owner: "the arrests of …".
DEED_NOUNS = frozenset("""arrest detention jailing imprisonment execution killing sentencing sentence expulsion
deportation abduction kidnapping disappearance crackdown raid raids torture conviction""".split()) | frozenset(
    # (stances17b, strict readers: "concerns about the call" read as fear of the call) a word or a talk already had
    """call conversation remark comment tweet meeting statement speech letter message email""".split())
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
