"""One-time acts written with a word of attitude: a vote, a greeting, a courtesy, a statement made on the day.

A stance is a standing want, fear, backing or opposition. Fresh readers of dev stances (AllSides 1041–1490,
read 18) found acts reported as stances:

* a vote cast: "Ostria voted to reject its far-right candidate" tells how a ballot went, not what Ostria
  opposes (a vote pledged, "will vote to support", declares a stance);
* a greeting: "welcomed home four sailors" receives people, it does not back them;
* a courtesy: "wished the eventual victor "a great deal of luck"" (beside ``_verb``'s "wished Lind well");
* a statement tried on the day: "sought to reassure farmers", "sought to make clear on Friday that …" tell what
  was said, and what it said is the speaker's own report, not a wish;
* a criticism of a person or a body (``one_criticism``): "criticized the mayor of London after an attack"
  (strict readers, AllSides 1491–1999), and, told in the past, "condemned Tomas Vell", "sharply criticized the
  ministry" (read 21): one episode, no standing opposition to them. Opposition to a policy or deed stays.

Each function takes the trigger token and returns a bool.
"""
from __future__ import annotations

# "welcomed home", "welcomed back": a greeting of people who arrive.
ARRIVAL_WORDS = frozenset({"home", "back"})
# What a courtesy wishes someone: "wished the winner success", "wished her luck".
COURTESY_NOUNS = frozenset("success luck recovery best birthday congratulations happiness".split())
# Verbs of telling whose attempt ("sought to …", "tried to …") is a statement made, not a goal held.
TELLING_VERBS = frozenset("reassure assure clarify explain downplay stress emphasize emphasise underscore".split())
ATTEMPT_VERBS = frozenset({"seek", "try", "attempt"})
# Verbs of criticism: of a person, one criticism at any time; with the condemning verbs, of a person or a
# body in the past ("condemned Vell", "slammed the ministry"). Not all are stance triggers; all are read.
CRITICIZING_VERBS = frozenset("criticize criticise".split())
CONDEMNING_VERBS = frozenset("condemn denounce rebuke slam blast lash castigate berate chastise excoriate".split())
# Adverbs that make a criticism a habit: "has repeatedly criticized the ministry" is a standing opposition.
STANDING_ADVERBS = frozenset("repeatedly long often frequently consistently always routinely regularly".split())


def voted(t) -> bool:
    """ "voted to reject the treaty", "has voted to back the plan": how a ballot went. A vote pledged ("will
    vote to support the treaty") declares a stance and stays."""
    return t.dep_ == "xcomp" and t.head.lemma_.lower() == "vote" and t.head.tag_ in {"VBD", "VBN"}


def greeted(t) -> bool:
    """ "welcomed home four sailors", "welcomed back the crew": people received on arrival."""
    return t.lemma_.lower() == "welcome" and any(
        c.lower_ in ARRIVAL_WORDS and c.dep_ in {"advmod", "prt", "npadvmod", "dobj"} and c.i == t.i + 1
        for c in t.children)


def courtesy(t) -> bool:
    """ "wished the eventual victor "a great deal of luck"", "wished Holm luck": a courtesy, not a wish held."""
    if t.lemma_.lower() != "wish":
        return False
    return any(w.lemma_.lower() in COURTESY_NOUNS for c in t.children if c.dep_ in {"dobj", "obj", "dative"}
               for w in c.subtree)


def statement_tried(t) -> bool:
    """ "sought to reassure farmers that …", "tried to make clear on Friday that …": an attempt at telling."""
    if t.lemma_.lower() not in ATTEMPT_VERBS:
        return False
    for c in t.children:
        if c.dep_ != "xcomp":
            continue
        if c.lemma_.lower() in TELLING_VERBS:
            return True
        if c.lemma_.lower() == "make" and any(g.lower_ == "clear" for g in c.children):
            return True
    return False


def one_criticism(t, of_a_person: bool, of_a_body: bool) -> bool:
    """A criticism that is one episode: "criticized Vell" (any tense, ``CRITICIZING_VERBS``, as before read
    21); "sharply
    criticized the ministry", "condemned Vell", "lashed out at the council" told in the past (a simple past or
    a perfect). Not a characterisation ("has denounced Holm as a puppet") nor a habit ("has repeatedly
    criticized", ``STANDING_ADVERBS``): those are opposition."""
    lemma = t.lemma_.lower()
    if lemma not in CRITICIZING_VERBS | CONDEMNING_VERBS or not (of_a_person or of_a_body):
        return False
    if lemma in CRITICIZING_VERBS and of_a_person:
        return True
    if any((c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS)
           for c in t.children):
        return False
    return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                          for c in t.children))


def one_time_act(t) -> bool:
    """Any of the acts above."""
    return voted(t) or greeted(t) or courtesy(t) or statement_tried(t)
