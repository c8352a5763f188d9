"""Is a capital or seat of government used as a place ("flown to Moscow") or as its state
("Moscow is eager", "ties with Moscow", "befriending Pyongyang", "the Kremlin fears")?

Read from the dependency parse: subjects, possessors and objects of relation words act; objects of
locative or motion prepositions and verbs, compounds and appositions are places.
"""
from __future__ import annotations

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})
POSSESSOR_DEPS = frozenset({"poss"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
# Prepositions whose object is a location ("in Moscow", "to Pyongyang", "from Washington").
LOCATIVE_PREPS = frozenset("""
in at to from into onto near across through around outside inside toward towards via within
throughout between beyond past along above below under over off out
""".split())
# Prepositions whose object is a party ("pressure on Moscow", "a deal for Washington").
PARTY_PREPS = frozenset({"for", "against", "by", "on", "upon", "than", "like", "unlike", "about"})
# Nouns of relation: "ties with Moscow", "talks with Pyongyang", "a rift between X and Y", "close to".
RELATION_NOUNS = frozenset("""
ties tie relations relation relationship relationships talks dialogue deal agreement agreements
treaty pact alliance partnership rift dispute negotiations contacts contact cooperation rapprochement
friendship tensions tension feud standoff confrontation rivalry summit engagement diplomacy
trade war conflict
""".split())
RELATION_ADJECTIVES = frozenset({"close", "closer", "closest", "friendly", "hostile", "loyal", "allied", "opposed"})
RELATION_PREPS = frozenset({"with", "to", "between", "toward", "towards"})
# Heads that make a seat or capital speak for its government ("White House officials").
VOICE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official adviser advisor aide counsel staff statement
press secretary envoy negotiator
""".split())
# Verbs whose direct object is a place, not a party ("visited Pyongyang", "flew to ...").
MOTION_VERBS = frozenset("""
visit leave enter reach tour fly travel arrive return move go come head cross bomb shell
attack invade occupy capture liberate evacuate flee
""".split())


def acts_as_state(token) -> bool:
    """True when ``token`` (the head token of a capital or seat mention) is used as an actor."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head  # "Moscow and Beijing want ...": take the first conjunct's role
    if _after_relation_word(token):
        return True
    dep = token.dep_
    if dep == "compound" and token.head.lemma_.lower() in VOICE_NOUNS:
        return True  # "Kremlin spokesman", "a White House statement"
    if dep in SUBJECT_DEPS or dep in POSSESSOR_DEPS or _has_possessive_marker(token):
        return True
    if dep in OBJECT_DEPS:
        return token.head.lemma_.lower() not in MOTION_VERBS
    if dep == "pobj":
        prep = token.head
        word = prep.lower_
        governor = prep.head
        if word in RELATION_PREPS and (
                governor.lemma_.lower() in RELATION_NOUNS or governor.lower_ in RELATION_ADJECTIVES):
            return True
        if word == "with" and governor.pos_ == "VERB" and governor.lemma_.lower() not in MOTION_VERBS:
            return True  # "negotiate with Moscow", "sided with Washington"
        return word in PARTY_PREPS
    return False


def _after_relation_word(token) -> bool:
    """Surface fallback for fragments the parser gets wrong (headlines run into the next line):
    "ties with Moscow", "closer to Beijing"."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].lower_ not in RELATION_PREPS:
        return False
    if token.dep_ == "compound" and token.head.i > i and "\n" not in doc[i:token.head.i + 1].text:
        return False  # "ties with Ottawa allies": the allies are the party
    word = doc[i - 2]
    return word.lemma_.lower() in RELATION_NOUNS or word.lower_ in RELATION_NOUNS or word.lower_ in RELATION_ADJECTIVES


def _has_possessive_marker(token) -> bool:
    return any(child.dep_ == "case" and child.lower_ in {"'s", "’s", "'", "’"} for child in token.children)
