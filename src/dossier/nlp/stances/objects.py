"""Objects that do not stand on their own because their core names nothing the sentence says.

A stance object is read alone in the brief, next to its evidence sentence.  Its core arguments (the noun it
is, the object or subject of the verb it is, and their possessors) must therefore name something that
sentence names.  Two kinds fail (strict readers' verdicts on dev stances, AllSides 1041–1999):

* an anaphoric definite: "the" + a noun for a thing or party known only from earlier sentences, with
  nothing in the sentence that says which ("urged the governor to veto the bill", "dry up the group's
  finances", "the isolated country's leadership to give up …");
* a personal or possessive pronoun on a core argument that is not the holder's and points at no one
  before it in the sentence ("ease their suffering", "urged the authorities to release them").

Read 20 widened the core to the party a verb deals with ("sell 100 jets to the airline", "talks with the
group"), counted a common noun or plain adjective before a head that is always someone's as no owner ("the
missile program": whose?), and took a described but unnamed party ("relations with a rising power") for one
told before.

Objects whose pointing words sit only in a modifier ("cuts in the program") are left: the core still says
what is wanted.

Strict readers (AllSides 1491–1999) found three more kinds that only point back: a demonstrative anywhere in
the object ("the militias defending these areas", "in this part of Iraq"), the thing a noun of change, result
or alternative is about ("changes to the law", "the baleful result", "an alternative package"), and "the
country" as the place a verb of going leaves or enters ("urged citizens to leave the country"). The core also
takes in the verbs coordinated with a core verb ("come together and get this deal over the line").

Read 21 found the plainest kind: an object that is one common noun under a possessive pronoun, with at most
adjectives besides ("concerns about his nomination"): whose nomination, only other sentences say.

Stances14 (strict readers judged ~70% of shown stances right) widened the whole-object bare definite ("condemned
the attacks") to an object that is only an act done to or by one ("topple the junta", "end the war", "fears the
coup will last", "an end to the violence": which war, which coup?), whatever its noun, leaving nouns whose one
referent every reader knows (``SHARED_NOUNS``: "protect the environment") and the story's own country and
government (see ``EPITHET_ONLY_HEADS``).

Stances21b (fresh reads: "accuses Trump for his comments", "fears some of the specifics of the deal", "wants to
move forward") followed a thing said, done or agreed known only as "the deal" or "his comments" below the core: the
reason one is blamed for, what "of" or a noun of an act names, what a verb of purpose acts on
(``told_thing_unnamed``).

Stances22 (fresh reads: "the US handle the problem alone", "leaking the information to the media", "include the
funding in an aid bill") added shell nouns (``SHELL_NOUNS``, Schmid 2000) to the anaphoric definites, and followed the
charge of "accused X of …" (a gerund under "of") as a reason is followed.
"""
from __future__ import annotations

from ..attribution.cues import CHARACTERISING_VERBS, FINITE_TAGS
from ..gender import PRONOUN_GENDER, first_name_gender
from .tails import LIST_TAILS
from .lexicon import (JUDGING_ADJECTIVES, SHARED_NOUNS, TIME_NOUNS, OCCASION_NOUNS, DEMONSTRATIVES, ANAPHORIC_HEADS, ANAPHORIC_NOUNS, SHELL_NOUNS, EPITHET_ADJECTIVES, EPITHET_ONLY_HEADS,
                      OWNED_HEADS, PARTY_EPITHETS, PEOPLE_NOUNS, QUANTITY_NOUNS, SPEAKING_FOR, UNSPECIFYING_ADJECTIVES)

CORE_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "dative"})
SPECIFYING_DEPS = frozenset({"compound", "prep", "acl", "relcl", "appos", "poss", "nummod", "npadvmod"})
# Who may be meant by a possessive: "their" wants a plural or a body, "his"/"her" a person.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
BODY_TYPES = frozenset({"NORP", "ORG"})  # not a state: "Canada urged Riyadh to free them"
UNDESCRIBING = UNSPECIFYING_ADJECTIVES | EPITHET_ADJECTIVES
COMPLEMENT_DEPS = frozenset({"prep", "acl", "relcl", "appos"})
STRAY_PRONOUNS = frozenset({"their", "his", "her", "them", "him", "they", "he", "she"})
# Words that say a thing is like (or is) one told before: "such a step", "a similar move", "the same thing".
BACK_POINTING = frozenset({"such", "similar", "same", "likewise"})
KIND_NOUNS = frozenset({"kind", "sort", "type"})
# Nouns of a change whose "to"/"in"/"of" phrase is what the change is about: "changes to the law".
CHANGE_NOUNS = frozenset("""change amendment cut overhaul repeal reform revision rollback expansion extension
tweak fix""".split())
CHANGE_PREPS = frozenset({"to", "in", "of"})
# Nouns of a result or a response, which say nothing until told of or to what: "the baleful result".
RESULT_NOUNS = frozenset("""result outcome consequence effect aftermath fallout upshot""".split())
NEAR_DEMONSTRATIVES = frozenset({"this", "these", "those"})
# Nouns of a part of something: "this part of Iraq" still does not say which part.
PART_NOUNS = frozenset({"part", "portion", "corner", "section"})
# Verbs of going somewhere or leaving it: "leave the country".
GOING_VERBS = frozenset("leave flee quit exit enter visit return evacuate".split())
REPEAT_NOUNS = frozenset({"repeat", "repetition", "recurrence"})  # "avoid a repeat": of what, told before
# Epithets for a body, which a body named in the same sentence may be.
BODY_EPITHETS = frozenset({"group", "organization", "organisation", "regime", "company", "firm", "militia", "faction",
                           "outfit"})
# Prepositions of the party a verb acts on or with: "sell jets to the airline", "meet with the group".
PARTY_PREPS = frozenset({"to", "with"})
# Nouns whose "with" names the other party: "relations with …", "talks with …".
DEALING_NOUNS = frozenset({"relation", "relations", "tie", "ties", "talk", "talks", "deal", "trade", "contact",
                           "contacts", "dialogue", "dialog", "negotiation", "negotiations"})


def core_arguments(words) -> list:
    """The tokens an object is about: its heads (words whose head lies outside it), the subjects and
    objects of a verb among them, and the possessor of each ("the group's finances": finances, group)."""
    inside = range(words.start, words.end)
    heads = [w for w in words if (w.head.i not in inside or w.head.i == w.i) and not w.is_punct]
    core = list(heads)
    core += [c for h in heads if h.pos_ in {"VERB", "AUX"} for c in h.conjuncts if c.i in inside and c.pos_ in {"VERB", "AUX"}]
    for head in list(core):
        if head.pos_ in {"VERB", "AUX"}:
            core += [c for c in head.children if c.dep_ in CORE_DEPS and c.i in inside]
    core += [g for w in core if w.pos_ == "NOUN" and w.lemma_.lower() in CHANGE_NOUNS for c in w.children
             if c.dep_ == "prep" and c.lower_ in CHANGE_PREPS and c.i in inside
             for g in c.children if g.dep_ == "pobj"]  # "changes to the law": what is changed is the point
    core += [c for w in core for c in w.children if c.dep_ == "poss" and c.i in inside]
    return core + [g for w in core if w.pos_ in {"VERB", "AUX"} or w.lemma_.lower() in DEALING_NOUNS
                   for c in w.children if c.dep_ in {"prep", "dative"} and c.lower_ in PARTY_PREPS and c.i in inside
                   for g in c.children if g.dep_ == "pobj"]  # "sell jets to the airline": the buyer


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _lone_noun(words) -> bool:
    """ "his nomination", "their latest plan": the whole object is one common noun under a possessive pronoun,
    with at most plain adjectives, and nothing anywhere in its sentence hangs on the noun to say which; whose
    it is only another sentence says. ("the attack", "the new levy" stay: the story's own event or measure.)"""
    heads = [w for w in words if not w.is_punct and (w.head.i < words.start or w.head.i >= words.end or w.head.i == w.i)]
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or heads[0].ent_type_ or not heads[0].is_lower:
        return False
    noun = heads[0]
    opening = [c for c in noun.children if c.dep_ in {"det", "poss"}]
    if noun.lemma_.lower() in TIME_NOUNS or len(opening) != 1 or opening[0].lower_ not in POSSESSIVE_PRONOUNS:
        return False
    return all(c.i == opening[0].i or c.is_punct or (c.dep_ == "amod" and c.is_lower and not c.ent_type_
                                                     and not list(c.children)) for c in noun.children)


# Nouns of an act that say nothing of what was done: "defended the military's action", "backs Holm's move".
BARE_ACT_NOUNS = frozenset("action actions move moves step steps decision decisions measure measures response".split())


def _owned_bare_act(words) -> bool:
    """ "the military's action", "Holm's latest move": the whole object is one noun of ``BARE_ACT_NOUNS`` under
    an owner's possessive, with at most plain adjectives: whose act is told, not what it was (readst18c: "defended
    the military's action" shown as support; a read before marked "the administration's action" wrong).
    "the ministry's move to close the port" and "Tarn's border move" say what."""
    heads = [w for w in words if not w.is_punct and (w.head.i < words.start or w.head.i >= words.end or w.head.i == w.i)]
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or heads[0].lower_ not in BARE_ACT_NOUNS:
        return False
    noun = heads[0]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].pos_ == "PRON":
        return False  # "his move": ``_lone_noun``
    return all(c.i == owners[0].i or c.is_punct or (c.dep_ == "amod" and c.lower_ in UNDESCRIBING and
                                                     not list(c.children))
               for c in noun.children if words.start <= c.i < words.end)  # (the holder's "saying …" after it is
    # no part of the object)


def _that_only(noun, inside) -> bool:
    """ "wants that figure cut in half", "fears that plan will fail": a core argument that only "that" says which of
    (``_demonstrative_only`` with "that", which a modifier may use to point within the object, "on that point",
    but a core argument does not: stances15b). Not the thing a change is of ("any extension of that deadline",
    told the sentence before: the seeds' gold keeps it), which the caller leaves."""
    return any(c.dep_ == "det" and c.lower_ == "that" and c.i < noun.i for c in noun.children) and \
        _demonstrative_only(noun, inside, NEAR_DEMONSTRATIVES | {"that"})


def _unnamed_tally(noun) -> bool:
    """ "fears the number could double", "wants the total cut": "the" and a noun of a figure (``TALLY_NOUNS``) with
    nothing that says of what: which number, only an earlier sentence says (stances15b)."""
    return noun.lemma_.lower() in TALLY_NOUNS and _any_unnamed_definite(noun, noun.sent)


def _demonstrative_only(noun, inside, demonstratives=NEAR_DEMONSTRATIVES) -> bool:
    """ "these areas", "this part of Iraq", "those talks": a noun that only a demonstrative says which of, with
    nothing after it that says ("these areas of the north" does; "part of" says of what, not which part). A time
    ("this year") is the story's own."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in TIME_NOUNS or noun.lower_ in TIME_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in demonstratives and c.tag_ == "DT" and c.i < noun.i
               for c in noun.children):
        return False  # "that" often points within the object: "found he couldn't clear him on that point"
    partitive = noun.lemma_.lower() in PART_NOUNS
    return not any(c.i in inside and (c.dep_ in {"acl", "relcl", "appos", "poss"} or (
        c.dep_ == "prep" and not (partitive and c.lower_ == "of") and not _only_a_definite(c))) for c in noun.children)


WHERE_PREPS = frozenset({"in", "from", "at", "on", "within", "inside"})  # where a thing is found: "in the notes"


def _only_a_definite(prep) -> bool:
    """ "in the notes", "from the memo": a phrase whose noun is only "the" and plain adjectives before a common
    noun, with no name anywhere in it, which points back as much as the demonstrative it follows does ("those
    references in the notes": which notes? stanceobj15); "these villages of the north" (an "of" phrase), "in
    Kessel's notes" are left to say which, and so is a phrase of no place ("get this deal over the line")."""
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ not in WHERE_PREPS or len(nouns) != 1 or list(prep.children) != nouns:
        return False
    noun = nouns[0]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.ent_type_ or noun.lemma_.lower() in KNOWN_REFERENTS:
        return False
    kids = list(noun.children)
    return bool(kids) and kids[0].dep_ == "det" and kids[0].lower_ == "the" and all(
        c.dep_ == "det" and c.i == kids[0].i or c.dep_ == "amod" and c.lower_ in PLAIN_ADJECTIVES for c in kids)


def _about_nothing(noun, inside) -> bool:
    """ "the baleful result", "an alternative package", "the outcome": a noun of result or of a rival choice that
    says nothing until it is told of or to what (RESULT_NOUNS; "alternative" under an article), with no
    phrase after it or owner before it that says ("the result of the vote", "Norway's response")."""
    if noun.pos_ != "NOUN" or noun.text[:1].isupper() or noun.ent_type_:
        return False
    alternative = any(c.dep_ == "amod" and c.lower_ == "alternative" for c in noun.children) and any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in noun.children)
    if noun.lemma_.lower() not in RESULT_NOUNS and not alternative:
        return False
    return not any(c.dep_ in {"prep", "acl", "relcl", "appos", "poss", "compound"} and c.i in inside
                   for c in noun.children)  # what the object leaves out does not say it


def _country_left(noun) -> bool:
    """ "urged citizens to leave the country", "flee the nation": the country a verb of going leaves or
    enters is the one the story is in, named in another sentence (not the holder's own)."""
    if noun.lower_ not in {"country", "nation"} or noun.dep_ not in {"dobj", "obj", "pobj"}:
        return False
    if any(c.dep_ in {"amod", "compound", "poss", "prep", "acl", "relcl"} for c in noun.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in GOING_VERBS


def _owner_word(c) -> bool:
    """A word before an owned head that may say whose it is: a name or a name's adjective ("the Senate
    bill", "the Iranian program"), not a kind ("the missile program", "the nuclear program")."""
    return c.text[:1].isupper() or bool(c.ent_type_) or c.pos_ == "PROPN"


def _unnamed_definite(noun, sent) -> bool:
    """ "the bill", "the new agreement", "raise the issue", "the isolated country": "the", adjectives that
    do not say which (UNSPECIFYING_ADJECTIVES, EPITHET_ADJECTIVES) at most, and a noun of ANAPHORIC_HEADS,
    ANAPHORIC_NOUNS or SHELL_NOUNS ("the problem", "the funding") (or of EPITHET_ONLY_HEADS under an epithet),
    with nothing after it that says which, and
    the noun written nowhere else in its sentence (where it may be named: "the Keystone pipeline … the pipeline"); "the nuclear deal",
    "the Iranian regime" say which, and a body named before "the group" may be the group."""
    if noun.pos_ != "NOUN" or noun.text[:1].isupper() or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    if lemma not in ANAPHORIC_HEADS | ANAPHORIC_NOUNS | SHELL_NOUNS and not (lemma in EPITHET_ONLY_HEADS and any(
            c.dep_ == "amod" and c.lower_ in EPITHET_ADJECTIVES - {"new"} for c in noun.children)):
        return False  # "the isolated country", not "the country"
    dets = [c for c in noun.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ != "the":
        return False
    owned = lemma in OWNED_HEADS
    if any((c.dep_ in SPECIFYING_DEPS and not (owned and c.dep_ == "compound" and not _owner_word(c))) or
           (c.dep_ == "amod" and c.lower_ not in UNDESCRIBING and (not owned or _owner_word(c))) for c in noun.children):
        return False  # "the bill on drilling", "the Senate bill", "the Iranian regime"; not "the missile program"
    if lemma in BODY_EPITHETS and any(w.ent_type_ in {"ORG", "NORP"} and w.i < noun.i for w in sent):
        return False  # "the Islamic State's revenues … dry up the group's finances": the group is named
    return not any(w.i != noun.i and w.lemma_.lower() == lemma for w in sent)


KNOWN_REFERENTS = SHARED_NOUNS | TIME_NOUNS  # "the economy", "the week": no one asks which
PLAIN_ADJECTIVES = UNSPECIFYING_ADJECTIVES | JUDGING_ADJECTIVES  # words that judge or date, not say which


def _any_unnamed_definite(noun, sent) -> bool:
    """ "the junta", "the war", "the coup": a common noun under "the", with at most adjectives that judge or date
    it (UNSPECIFYING_ADJECTIVES, JUDGING_ADJECTIVES, as for a whole object in ``syntax._bare_definite``) and
    nothing else on it that says which, written nowhere else in its sentence; not a time, nor a noun of one known
    referent (``SHARED_NOUNS``: "the economy") or of the story's own state (EPITHET_ONLY_HEADS: "the
    government"), nor an epithet for a body the sentence names ("Hezbollah's budget … the group's finances")."""
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    if lemma in KNOWN_REFERENTS | EPITHET_ONLY_HEADS or noun.lower_ in KNOWN_REFERENTS:
        return False
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i > noun.i:
        return False
    if any(c.dep_ not in {"det", "amod", "punct"} or (c.dep_ == "amod" and (c.lower_ not in PLAIN_ADJECTIVES or list(c.children)))
           for c in noun.children):
        return False  # "the war in Yemen", "the Senate bill", "the nuclear talks", "the new levy"
    if lemma in BODY_EPITHETS and any(w.ent_type_ in {"ORG", "NORP"} and w.i < noun.i for w in sent):
        return False
    return not any(w.i != noun.i and w.lemma_.lower() == lemma for w in sent)


# Words that may stand beside a verb and its bare definite in an object that says nothing more: "to end the war",
# "could not topple the junta", "an end to the fighting".
FRAME_DEPS = frozenset({"aux", "auxpass", "neg", "prt", "mark", "det", "prep", "punct", "advmod"})
ACTED_ON_DEPS = CORE_DEPS | {"pobj"}  # how a bare definite hangs on the act or its preposition
STOPPING_NOUNS = frozenset({"end", "halt", "stop"})


def _bare_definite_act(words) -> bool:
    """ "end the war", "overthrow the junta", "the coup will last", "an end to the fighting": an object that is
    only one verb (or a noun of stopping) and a definite noun that nothing says which of (``_any_unnamed_definite``),
    beside words of the verb's frame: the whole-object rule ``syntax._bare_definite`` ("the attacks") widened to
    the act done to or by such a thing (stances14). Anything more ("end the war before the harvest", "she could
    lose the seat") is left."""
    body = [w for w in words if not w.is_punct]
    acts = [w for w in body if (w.pos_ in {"VERB", "AUX"} and w.dep_ not in {"aux", "auxpass"}) or (
        w.pos_ == "NOUN" and w.lemma_.lower() in STOPPING_NOUNS)]
    if len(acts) != 1:
        return False
    act = acts[0]
    preps = {c.i for c in act.children if c.dep_ == "prep"}
    nouns = [w for w in body if w.i != act.i and (w.head.i == act.i or w.head.i in preps)
             and w.dep_ in ACTED_ON_DEPS and _any_unnamed_definite(w, w.sent)]
    if not nouns:
        return False
    allowed = {act.i, *preps, *(n.i for n in nouns), *(c.i for n in nouns for c in n.children)}
    return all(w.i in allowed or (w.head.i == act.i and w.dep_ in FRAME_DEPS and w.lower_ not in SUBORDINATORS)
               for w in body)


SUBORDINATORS = frozenset({"before", "after", "until", "unless", "if", "when", "while", "because"})


def _unnamed_party(noun) -> bool:
    """ "relations with an emerging power", "sell jets to a close ally": a party described by a noun of
    PARTY_EPITHETS under "a"/"an", whose phrase names no one (not "a rising power like India")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PARTY_EPITHETS or noun.dep_ != "pobj":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return False
    return not any(w.ent_type_ or w.pos_ == "PROPN" for w in noun.subtree)


def _understood_subject(verb):
    """A verb's subject, or for an infinitive under "urged X to …" the X it is said of (else the subject
    of the verb above)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "xcomp":
        above = verb.head
        subject = next((c for c in above.children if c.dep_ in {"dobj", "obj"}), None) or \
            next((c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject


def _candidates_before(pronoun, sent) -> bool:
    """Whether anyone the pronoun may mean is written before it in its sentence; an object pronoun never
    means its own verb's subject ("urged the authorities to release them": not the authorities)."""
    subject = _understood_subject(pronoun.head) if pronoun.dep_ in {"dobj", "obj", "dative"} else None
    barred = set() if subject is None else {w.i for w in subject.subtree}
    earlier = [w for w in sent if w.i < pronoun.i and w.i not in barred]
    if pronoun.lower_ in {"their", "they", "them"}:
        return any(w.tag_ in PLURAL_TAGS or w.ent_type_ in BODY_TYPES or w.lower_ in {"they", "them", "and"}
                   for w in earlier)
    if pronoun.lower_ in {"his", "her", "him", "he", "she"}:
        return any(w.ent_type_ == "PERSON" or w.pos_ == "PROPN" or w.lower_ in {"he", "him", "she", "her"}
                   or (w.pos_ == "NOUN" and w.tag_ == "NN") for w in earlier)
    return True


def _stray_pronoun(pronoun, sent, own: frozenset) -> bool:
    """ "ease their suffering", "to release them": a possessive on a core argument whose noun has no
    complement, or a core argument that is a personal pronoun, that is not the holder's and has no one
    before it in the sentence to point at."""
    if pronoun.dep_ == "poss" and any(c.dep_ in COMPLEMENT_DEPS for c in pronoun.head.children):
        return False  # "opposes their plan to dam the river": the thing is said in full, whoever's it is
    return pronoun.lower_ in STRAY_PRONOUNS and pronoun.lower_ not in own and pronoun.pos_ == "PRON" \
        and (pronoun.dep_ == "poss" or pronoun.dep_ in CORE_DEPS) and not _candidates_before(pronoun, sent)


def _leans_back(noun) -> bool:
    """ "such a drastic step", "a similar move", "the same thing", "the latter", "that kind of thing", "avoid a
    repeat": a noun whose words say only that it is like (or is) something told before, with nothing after it
    that says what ("a similar move to Norway's", "such steps as a ban" say)."""
    if noun.pos_ not in {"NOUN", "ADJ"} or noun.text[:1].isupper() or noun.ent_type_:
        return False
    pointing = [c for c in noun.children if c.lower_ in BACK_POINTING and c.dep_ in {"amod", "predet", "det", "advmod"}
                and not any(g.dep_ in {"prep", "pcomp"} for g in c.children)]  # not "similar to the Danish one"
    if noun.lower_ in {"latter", "former"} and any(c.lower_ == "the" for c in noun.children):
        return True
    if noun.lemma_.lower() in KIND_NOUNS and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
        return True  # "that kind of thing": of what kind, the sentence before says
    if noun.lemma_.lower() in REPEAT_NOUNS:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # "a repeat of the 2019 riots"
    return bool(pointing) and not any(c.dep_ in {"prep", "acl", "relcl", "appos"} for c in noun.children)


def _points_back(verb) -> bool:
    """ "follow suit", "do likewise", "do the same": a verb phrase whose deed is told in another sentence."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma == "follow" and any(c.lower_ == "suit" for c in verb.children) or
                                    lemma == "do" and any(c.lower_ in {"likewise", "same"} for c in verb.children))


def leans_back(doc, span) -> bool:
    """An object whose core only points at what another sentence says (``_leans_back``, ``_points_back``):
    the stance cannot be understood alone."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    return any(_leans_back(arg) or _points_back(arg) for arg in core_arguments(words))


# Adjectives of a person's time in a post: "the incoming adviser", "the outgoing envoy", "the interim chief".
TENURE_ADJECTIVES = frozenset(
    "incoming outgoing new former interim acting previous next departing retiring late".split()) | frozenset(
    "senior junior ranking".split())  # stances15b: "the senior senator's handling of the bill": which senator?
# Nouns for one holder of a post or role: the people nouns, those who speak for someone, and these.
POST_NOUNS = PEOPLE_NOUNS | SPEAKING_FOR | frozenset("coach nominee appointee head ceo boss deputy aide".split())
OFFICE_ADJECTIVES = TENURE_ADJECTIVES | PLAIN_ADJECTIVES  # "the incoming", "the senior": no name


def _unnamed_officeholder(noun, sent) -> bool:
    """ "hire the incoming adviser", "meet the outgoing envoy": "the", an adjective of tenure (``TENURE_ADJECTIVES``)
    and a noun for one person (``PEOPLE_NOUNS``), with nothing on it that names or places them and no name
    beside it in apposition: who it is, only an earlier sentence says (stanceobj15). (``unanchored_core`` keeps it
    where the sentence names someone besides the holder outside the object, who may be the one meant: "Lind quit
    and endorsed the former mayor", of Tomas Vell named before.)"""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower or noun.ent_type_:
        return False
    if noun.lemma_.lower() not in POST_NOUNS and noun.lower_ not in POST_NOUNS:
        return False
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or not any(
            c.dep_ == "amod" and c.lower_ in TENURE_ADJECTIVES for c in kids):
        return False
    if any(c.dep_ not in {"det", "amod", "punct", "case"} or c.text[:1].isupper() for c in kids):
        return False  # "the incoming adviser to the Treasury", "the new Ostrian envoy" (not "the senior senator's")
    return not any(w.i != noun.i and w.lemma_.lower() == noun.lemma_.lower() for w in sent)


# Bodies of a state or a story, whose one referent a reader takes from the story ("criticized the navy for …",
# "blamed the council for …", "faulted the allies for …"): a party blamed, not a thing of someone's.
INSTITUTION_NOUNS = frozenset("""administration presidency cabinet government ministry department agency navy army
military police court council board committee parliament senate congress assembly legislature ally allies
opposition union""".split())


def unnamed_target(noun) -> bool:
    """The one blamed or criticised "for"/"over" something is only "the" and a noun the sentence says nothing more
    of ("blames the practices for the job losses", "criticised the senior senator for the delay"): who or whose,
    only an earlier sentence says (stances15b; as ``_any_unnamed_definite`` and ``_unnamed_officeholder``). A body
    ("the navy", "the council", ``INSTITUTION_NOUNS``) or a plain office ("the mayor") is the story's own."""
    sent = noun.sent
    lemma = noun.lemma_.lower()
    if lemma in INSTITUTION_NOUNS | BODY_EPITHETS | SIDE_NOUNS | PARTY_EPITHETS or noun.lower_ in INSTITUTION_NOUNS:
        return False  # "criticized the administration for …": a body of the story's, as "the government" is
    if lemma in PEOPLE_NOUNS or noun.lower_ in PEOPLE_NOUNS or lemma in POST_NOUNS:
        return _unnamed_officeholder(noun, sent) and _others_named(sent, ()) < 2  # "the mayor" is the story's
    return _any_unnamed_definite(noun, sent) or (_unnamed_officeholder(noun, sent) and _others_named(sent, ()) < 2)


def _others_named(sent, inside) -> int:
    """How many people the sentence names outside the object (a name's first word each)."""
    return sum(1 for w in sent if w.ent_type_ == "PERSON" and w.ent_iob_ == "B" and w.i not in inside)


# Nouns of a thing said, done or agreed that name nothing until told which (stances21b, fresh reads: "accuses
# Trump for his comments", "fears some of the specifics of the deal"), beyond ``ANAPHORIC_HEADS``/``ANAPHORIC_NOUNS``.
# Parties ("the group", "his company"), places and posts ("his job": the holder's own is plain) are left to the rules
# above, and so is a "bid" ("revive his bid": one's run for office).
TOLD_THINGS = (ANAPHORIC_HEADS | ANAPHORIC_NOUNS | SHELL_NOUNS | frozenset("""comment remark statement effort push gambit tactic
approach strategy handling conduct behavior behaviour rhetoric words tweet tweets""".split())) - OWNED_HEADS - BODY_EPITHETS \
    - frozenset("""kingdom suspect witness couple man woman boy girl victim crossing site facility role job post position
use""".split())
# Words of a part of a thing that are no noun, which say nothing until told of what: "some of the deal".
PARTITIVES = frozenset("""some most much many all any none few""".split())
# Prepositions of the reason one is blamed or praised for, or of the charge: "accused Vell for his remarks", "praised
# her over the deal", "accused Ek of leaking the information".
REASON_PREPS = frozenset({"for", "over", "of"})


def _owned_or_definite_told(noun, inside) -> bool:
    """ "the deal", "his comments", "their latest effort": "the" or a possessive pronoun (and adjectives that do not say
    which, ``UNDESCRIBING``) on a noun of a thing said, done or agreed (``TOLD_THINGS``), with nothing in the
    object after it that says which ("the deal with Iran", "his comments on trade") and the noun written nowhere
    else in its sentence (where it may be named)."""
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.ent_type_ or not (
            noun.lemma_.lower() in TOLD_THINGS or noun.lower_ in TOLD_THINGS):
        return False
    kids = [c for c in noun.children if c.i in inside and not c.is_punct]
    opener = [c for c in kids if c.i < noun.i and (c.dep_ == "det" and c.lower_ == "the" or
                                                    c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS)]
    if len(opener) != 1 or any(c.dep_ == "poss" and c.i not in {o.i for o in opener} for c in kids):
        return False
    if any(c.i != opener[0].i and not (c.dep_ == "amod" and c.lower_ in UNDESCRIBING and not list(c.children))
           for c in kids):
        return False  # "the nuclear deal", "his comments on trade", "the plan to close the port", "its own plan"
    if any(c.dep_ in COMPLEMENT_DEPS and not _only_a_time(c) for c in noun.children if c.i not in inside):
        return False  # what the object leaves out after the noun may say which: leave it to the bounds
    return not any(w.i != noun.i and w.lemma_.lower() == noun.lemma_.lower() for w in noun.sent)


def _only_a_time(prep) -> bool:
    """ "on Tuesday", "last week": a phrase that only says when (what the parse hangs on a noun, not which it is)."""
    return prep.dep_ == "prep" and all(g.ent_type_ in {"DATE", "TIME"} or g.lower_ in TIME_NOUNS
                                       for g in prep.children if g.dep_ == "pobj") and any(
        g.dep_ == "pobj" for g in prep.children)


def _told_thing_beneath(arg, inside) -> list:
    """The words a core argument stands for beyond itself, followed down: what a reason preposition ("for", "over")
    that is a head of the object names ("Vell for his remarks"), what "of" names under a noun or a partitive ("some of
    the specifics of the deal", "the collapse of the pact"), what a noun of an act is done to (``_act_noun``:
    "compliance with the deal"), and a verb's object and the verb of its purpose ("try to save the deal")."""
    found, todo = [], [arg]
    while todo:
        w = todo.pop()
        if w.dep_ == "prep" and w.lower_ in REASON_PREPS and w.head.i not in inside:
            todo += [g for g in w.children if g.dep_ in {"pobj", "pcomp"} and g.i in inside]
            continue
        found.append(w)
        if w.pos_ == "NOUN" or w.lower_ in PARTITIVES:  # "some of the deal", "compliance with the deal"
            todo += [g for c in w.children if c.dep_ == "prep" and c.lower_ in ACT_PREPS and c.i in inside
                     and (c.lower_ == "of" or _act_noun(w))
                     for g in c.children if g.dep_ == "pobj" and g.i in inside]
        if w.pos_ in {"VERB", "AUX"}:
            todo += [c for c in w.children if c.i in inside and (c.dep_ in {"dobj", "obj"} or c.pos_ == "VERB" and (
                c.dep_ == "xcomp" or c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]
            # "try to save the deal", "act quickly to save the deal": what the act is for is what is wanted
    return found


# Prepositions that give what an act is done to: "compliance with the deal", "support for the plan".
ACT_PREPS = frozenset({"of", "with", "for", "to", "on"})
ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "al")


def _act_noun(w) -> bool:
    """A lower-case noun of an act done to a thing ("compliance", "rejection", "weakening", "withdrawal"), which
    names nothing without it."""
    return w.pos_ == "NOUN" and w.is_lower and w.lower_.endswith(ACT_SUFFIXES) and w.lemma_.lower() not in TIME_NOUNS


# Adverbs of going on with something, which say nothing of what: "wants to move forward", "press ahead".
ONWARD_ADVERBS = frozenset({"forward", "ahead", "onward", "onwards", "on"})


def _onward_only(words) -> bool:
    """ "move forward", "to press ahead": one verb with only an adverb of going on and its frame ("to", "not"),
    no thing it goes on with: with what, only another sentence says (stances21b, fresh reads)."""
    body = [w for w in words if not w.is_punct]
    verbs = [w for w in body if w.pos_ == "VERB" and w.dep_ not in {"aux", "auxpass"}]
    if len(verbs) != 1:
        return False
    verb = verbs[0]
    onward = [w for w in body if w.head.i == verb.i and w.dep_ in {"advmod", "prt"} and w.lower_ in ONWARD_ADVERBS]
    return bool(onward) and all(w.i == verb.i or w in onward or (w.head.i == verb.i and w.dep_ in {"aux", "neg"})
                                for w in body)


def told_thing_unnamed(doc, span) -> bool:
    """An object whose core (or the reason it gives, what its act is done to, or the thing a part of which it names)
    is a thing said, done or agreed known only as "the deal" or "his comments" (``_owned_or_definite_told``), or
    that only goes on with something untold ("move forward", ``_onward_only``): which, only an earlier sentence
    says (stances21b)."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    inside = range(words.start, words.end)
    return _onward_only(words) or any(_owned_or_definite_told(w, inside) for arg in core_arguments(words)
                                      for w in _told_thing_beneath(arg, inside))


def unanchored_core(doc, span, own: frozenset = frozenset()) -> bool:
    """An object whose core is an anaphoric definite or a stray pronoun (see the module docstring); ``own``:
    the pronouns that may be the holder's."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    sent, inside = words[0].sent, range(words.start, words.end)
    for arg in core_arguments(words):
        if _unnamed_definite(arg, sent) or _stray_pronoun(arg, sent, own) or _unnamed_party(arg) or \
                _about_nothing(arg, inside) or _country_left(arg) or (
                    _unnamed_officeholder(arg, sent) and _others_named(sent, inside) < 2) or \
                (_that_only(arg, inside) and arg.dep_ != "pobj") or _unnamed_tally(arg):
            return True
    return _lone_noun(words) or _owned_bare_act(words) or _bare_definite_act(words) or any(
        _demonstrative_only(w, inside) for w in words)


# Third-person pronouns that point at a party: reads 21-23 (strict readers on unseen news) found objects that say
# nothing alone because one of them, off the object's core, points at no one its sentence names ("hoped Dane
# wouldn't take it personally", "opposes the probing of its airspace by Kessel": whose airspace?). Reflexives
# are bound in their own clause and never point out.
THIRD_PERSON = frozenset("he him his she her hers it its they them their theirs".split())
MALE_PRONOUNS, FEMALE_PRONOUNS = frozenset({"he", "him", "his"}), frozenset({"she", "her", "hers"})
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
THING_PRONOUNS = frozenset({"it", "its"})
POINTING_WORDS = THING_PRONOUNS | NEAR_DEMONSTRATIVES | {"that"}  # words that stand for a thing
EXTRAPOSING_DEPS = frozenset({"ccomp", "xcomp", "csubj", "oprd", "acomp", "attr"})
CONTENT_DEPS = frozenset({"acl", "relcl", "appos"})  # what a noun is: "their plan to close the quay"


def _framing(pronoun) -> bool:
    """ "what he called …", "what she described as …": the speaker's own words for the thing, whose "he" is
    the one the sentence quotes; the thing is said in full after it."""
    verb = pronoun.head
    return pronoun.dep_ == "nsubj" and verb.lemma_.lower() in CHARACTERISING_VERBS and any(
        c.lower_ == "what" for c in [*verb.children, *verb.head.children])


def _extraposed(it) -> bool:
    """ "make it harder to trade", "it is time to act": an "it" standing for a clause after it, not a party.
    An object "it" followed by a bare "to" clause of a verb ("using it to fund the quay", "allow it to lapse")
    is what that clause acts on or with, a thing named elsewhere (strict readers, stancewant14)."""
    return it.dep_ == "expl" or any(c.dep_ in EXTRAPOSING_DEPS and c.i > it.i and not _controlled(it, c)
                                    for c in it.head.children)


def _controlled(it, clause) -> bool:
    """The clause is a "to" infinitive of a verb whose understood subject or instrument is the object "it"."""
    return it.dep_ in {"dobj", "obj"} and clause.dep_ == "xcomp" and clause.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _phrase_above(pronoun) -> set:
    """The words of the noun phrase a pronoun sits in, up to the first verb above it ("the probing of its
    airspace": airspace, of, probing); a noun above a clause ("colleagues who are … than they are") may be
    what the pronoun means."""
    above, node, steps = set(), pronoun, 0
    while node.head.i != node.i and node.head.pos_ not in {"VERB", "AUX"} and steps < 8:
        node, steps = node.head, steps + 1
        above.add(node.i)
    return above


# Entity kinds of a date, a time or an amount: no "it" a stance acts on.
SETTING_ENTITIES = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY".split())
SETTING_PREPS = frozenset("at in during after before on".split())


def _setting(w) -> bool:
    """A word that sets when or where something was said, not a thing an "it" may mean (stancewant14, strict
    readers): a date or an amount ("On Monday", "Last year", ``SETTING_ENTITIES``, ``TIME_NOUNS``), or an
    occasion a preposition places the saying in ("At the meeting", "In his speech", ``OCCASION_NOUNS``)."""
    if w.ent_type_ in SETTING_ENTITIES or w.lemma_.lower() in TIME_NOUNS or w.lower_ in TIME_NOUNS:
        return True
    return w.lemma_.lower() in OCCASION_NOUNS and w.dep_ == "pobj" and w.head.lower_ in SETTING_PREPS




def _gender_of(w):
    """ "m" or "f" for a word of a person's name whose first of two or more words is a given name the name lists
    know as one gender's ("Tom Quell": a "her" after it points at someone else, stanceobj15); else None."""
    start = w
    while start.ent_iob_ == "I" and start.i > 0:
        start = start.doc[start.i - 1]
    end = w
    while end.i + 1 < len(w.doc) and w.doc[end.i + 1].ent_iob_ == "I":
        end = w.doc[end.i + 1]
    return first_name_gender(start.text) if end.i > start.i else None


def named_before(pronoun, inside=None) -> bool:
    """Someone the pronoun may mean is named before it in its sentence: a person (or a noun for one, or a "he"
    of a chain; a "he" is no "her") for "he", "his", "her"; a thing, or a body or place by name, for "it",
    "its", not a date or an occasion (``_setting``); a plural or a body for "they" (``_candidates_before``). Not
    a word of the phrase the pronoun hangs in
    (``_phrase_above``: the probing is not "it"), nor an object pronoun's own verb's subject. ``inside``: a
    token range (an object's) outside which nothing counts."""
    subject = _understood_subject(pronoun.head) if pronoun.dep_ in {"dobj", "obj", "dative"} else \
        _understood_subject(pronoun.head.head) if pronoun.dep_ == "pobj" and pronoun.head.head.pos_ == "VERB" else None
    # ("wants the council to sign off on it": the council is the one acting, not what it acts on; stances15b)
    barred = _phrase_above(pronoun) | (set() if subject is None else {w.i for w in subject.subtree})
    earlier = [w for w in pronoun.sent if w.i < pronoun.i and w.i not in barred and (inside is None or w.i in inside)]
    if pronoun.lower_ in PERSONAL_PRONOUNS:
        chain = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
        return any((w.ent_type_ == "PERSON" and _gender_of(w) in {None, PRONOUN_GENDER[pronoun.lower_]}) or w.lower_ in chain
                   or (w.pos_ == "NOUN" and w.tag_ not in PLURAL_TAGS and (w.lemma_.lower() in PEOPLE_NOUNS or w.lower_ in PEOPLE_NOUNS))
                   for w in earlier)  # (one person: "party members" are no "her")
    if pronoun.lower_ in POINTING_WORDS:
        return any(w.tag_ in {"NN", "NNP"} and not _setting(w) and (w.ent_type_ not in {"", "PERSON"} or (
            w.pos_ == "NOUN" and not (w.lemma_.lower() in PEOPLE_NOUNS or w.lower_ in PEOPLE_NOUNS)))
            for w in earlier)  # not "Senator"
    return _candidates_before(pronoun, earlier)


def _bare_demonstrative(w) -> bool:
    """ "agree to that", "back this before May", "reject those": a demonstrative standing alone for a thing, as the
    subject or object of a verb or of its preposition, with nothing on it that says which ("those who fled",
    "that of Kessel" say)."""
    return w.lower_ in DEMONSTRATIVES and w.tag_ == "DT" and w.dep_ in {"dobj", "obj", "pobj", "nsubj", "nsubjpass"} \
        and all(c.dep_ == "prep" and c.lower_ in WHEN_PREPS or c.dep_ in {"cc", "conj"} for c in w.children)
    # ("this and other actions": which, the list's first item does not say; stobj18) "approve those before the
    # recess": the parse hangs the verb's time on the pronoun; it says when, not which


WHEN_PREPS = frozenset({"before", "after", "until", "by", "during", "since"})


def foreign_pronoun(doc, span, own: frozenset = frozenset()) -> bool:
    """An object with a third-person pronoun (``THIRD_PERSON``) that is not the holder's (``own``, nor an object
    pronoun whose verb's doer is the holder: ``_bound_away``) and that nothing named before it in the object
    may stand for (``named_before``; a thing's "it", a "them" not bound away and a clause's subject "he" may be
    named before it in its sentence, as in the seeds' "the likelihood that he won't"): read alone, the object
    does not say who or what it is. An "it" that
    stands for a clause (``_extraposed``) points at no one, a speaker's "what he called …" (``_framing``)
    frames a thing the object names, and a possessive on a noun whose clause or appositive says what it is
    ("their plan to close the quay", "his rival, Tomas Vell") leaves no doubt what is meant.
    Readst18b (a strict read of AllSides 1041-1490, paraphrased): "Ostria will seek his extradition",
    "Dunn accused the board of attacks against her", "Vell intends to indict him" and "talks would find a way
    to avoid them" were all wrong though the sentence named the one meant outside the object: the object is
    shown alone."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    inside = range(words.start, words.end)
    for w in words:
        if _bare_demonstrative(w) and not named_before(w):
            return True  # "wants Parliament to agree to that before the recess": to what? (stances15b)
        if w.dep_ == "conj" and w.head.i < words.start and _bare_demonstrative(w.head) and not named_before(w.head):
            return True  # "opposes this and other actions" shown as "other actions": other than what? (stobj18)
        if w.lower_ not in THIRD_PERSON or w.pos_ != "PRON":
            continue
        bound = _bound_away(w, inside)
        if w.lower_ in own and not bound:
            continue
        if (w.lower_ == "it" and _extraposed(w)) or _framing(w):
            continue
        if w.dep_ == "poss" and any(c.dep_ in CONTENT_DEPS for c in w.head.children):
            continue
        if not named_before(w, inside if bound or (w.lower_ in PERSONAL_PRONOUNS and w.dep_ not in {"nsubj", "nsubjpass"})
                            else None):
            return True
    return False


# Stances24b (strict reads of fresh news, paraphrased): «"We wanted to make sure that our members keep their
# pensions," the party's spokesman said» shown as the party wanting "make sure that our members keep …": a "we",
# "our" or "you" inside an object is the speaker's group or the listener from a quotation, and the object, shown
# alone under a name in the third person, no longer says whose members (nor who "you" are). A holder's own "I"
# ("answer the panel with all the care that I can muster," she said) is the holder, and stays.
DEICTIC_PRONOUNS = frozenset("""we us our ours ourselves you your yours yourself yourselves""".split())


def speakers_pronoun(doc, span) -> bool:
    """An object with a pronoun of the first person plural or of the second person ("protect our members", "what
    you have built"): read alone under the holder's name, it does not say who is meant. Capitalised "US" (the United States) and
    pronouns inside a name ("Our Revolution", "We Build the Wall") are no such pronoun."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    return any(w.lower_ in DEICTIC_PRONOUNS and w.pos_ == "PRON" and w.text != "US" and not w.ent_type_
               for w in words)


def _bound_away(pronoun, inside) -> bool:
    """ "intends to indict him", "wants to take her to court": an object pronoun ("him", "her", "them", "it") of a
    verb in the object, or of a preposition on it, whose doer is not in the object: the doer is the holder, who
    would be "himself", so the pronoun is someone else. ("accused Holm of trying to oust him": Holm ousts, and
    "him" may be the holder.)"""
    if pronoun.lower_ not in {"him", "her", "them", "it"} or pronoun.dep_ not in {"dobj", "obj", "dative", "pobj"}:
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i not in inside:
        return False
    for _ in range(4):  # up a chain of "to" clauses ("wants to try to oust him") to the one that names its doer
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject.i not in inside
        if verb.dep_ != "xcomp":
            return False  # "of misquoting him", "by removing them": the doer is not told by the form
        above = verb.head
        addressee = next((c for c in above.children if c.dep_ in {"dobj", "obj"}), None)
        if addressee is not None:
            return addressee.i not in inside  # "urged Holm to sue him": Holm sues
        if above.i not in inside:
            return True  # "intended to indict him": the holder's own verb
        verb = above
    return False


# Strict reads 29 and 31 (AllSides 1041-1999 kits) found objects that a reader cannot take alone although every
# word of them is in the sentence: an object that is only the "including …" tail of a list whose
# head was left out ("an end to tariffs, including the ban on timber"), a numbered definite that names none of
# its members ("the split between the two unions"), and a finite verb cut from its subject in a coordination
# ("… an elite ignores their needs and cares more about permits": who cares?).
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten both".split())
# Plural nouns for sides or bodies, which "the two …" leaves unnamed ("the two activists" may be told in full
# by the deed: "release the two activists").
SIDE_NOUNS = BODY_EPITHETS | frozenset("side party country nation state camp union faction bloc".split())


def _numbered_definite(w) -> bool:
    """ "the two unions", "the two ports": "the" + a number word + a plural noun, with nothing in its phrase that
    names them; a noun for people or a time ("the two activists", "the two weeks") is left (stanceobj15 widened
    the sides and bodies of ``SIDE_NOUNS`` to any other thing: "a merger of the two ports": which?)."""
    lemma = w.lemma_.lower()
    if w.tag_ not in PLURAL_TAGS or w.pos_ != "NOUN" or (lemma not in SIDE_NOUNS and (
            lemma in PEOPLE_NOUNS or w.lower_ in PEOPLE_NOUNS or lemma in POST_NOUNS or w.lower_ in POST_NOUNS
            or lemma in TIME_NOUNS or w.lower_ in TIME_NOUNS)):
        return False
    kids = list(w.children)
    if lemma not in SIDE_NOUNS and any(c.dep_ not in {"det", "nummod"} for c in kids):
        return False  # "the two northern provinces" says something of which
    return any(c.lower_ == "the" and c.dep_ == "det" for c in kids) \
        and any(c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS for c in kids) \
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in w.subtree if t.i != w.i and t.dep_ != "nummod")


# Count nouns, which do not stand bare in the singular: after "fears that", "that" is their determiner ("fears that
# number could double": which number?), not the clause's "that" the parse took it for. Mass nouns ("fears that
# legislation will stall", "hopes that justice is done") stand bare and are left.
TALLY_NOUNS = frozenset("""number figure total rate estimate trend count toll share percentage gap amount sum level
price cost tally forecast projection""".split())
COUNT_NOUNS = (ANAPHORIC_HEADS | ANAPHORIC_NOUNS | QUANTITY_NOUNS | TALLY_NOUNS | CHANGE_NOUNS | RESULT_NOUNS) - frozenset(
    "legislation leadership news action use development change".split())


def _determiner_taken_for_mark(words) -> bool:
    """ "fears that number could double", "hopes that plan will pass": the object opens on a singular count noun
    (``COUNT_NOUNS``) with no determiner, the subject of the object's clause, right after a "that" the parse
    made the clause's mark: the "that" points back at a number or plan told before (stances15b)."""
    doc, first = words.doc, words[0]
    if words.start == 0 or doc[words.start - 1].lower_ != "that" or doc[words.start - 1].dep_ != "mark":
        return False
    noun = first
    while noun.dep_ in {"amod", "compound"} and noun.head.i > noun.i and noun.head.i < words.end:
        noun = noun.head
    return noun.tag_ == "NN" and noun.is_lower and noun.dep_ in {"nsubj", "nsubjpass"} and \
        noun.lemma_.lower() in COUNT_NOUNS and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def unreadable_alone(doc, span) -> bool:
    """An object that cannot be understood without the words around it (see the comment above)."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    first = words[0]
    if first.lower_ in LIST_TAILS or _determiner_taken_for_mark(words):
        return True
    if first.tag_ in FINITE_TAGS and first.dep_ == "conj" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in first.children):
        return True
    if _subjectless(words) or _adjective_conjunct(words):
        return True
    return _cut_coordination(words) or any(_numbered_definite(w) for w in words) or _half_a_pair(words)


def _adjective_conjunct(words) -> bool:
    """ "not so high that it might choke demand" of "want prices high enough to pay, but not so high that …": the
    object is an adjective conjunct whose first conjunct, and the thing both describe, lie outside it (readst18b, a
    strict read of AllSides 1041-1490: what is not to be so high, the object alone does not say)."""
    root = words.root
    if root.pos_ != "ADJ" or root.dep_ != "conj" or words.start <= root.head.i < words.end:
        return False
    kids = [c for c in root.children if words.start <= c.i < words.end]
    # a degree word or "not" on it ("not so high", "too costly") marks a measure; a verb the tagger took for an
    # adjective takes an object ("… and open new consulates") and is a goal of its own
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in DEGREE_WORDS for c in kids) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"} for c in kids)


DEGREE_WORDS = frozenset("so too as less more overly".split())


def _half_a_pair(words) -> bool:
    """ "split the funds between his home state": the object ends on the one singular noun of a "between" phrase,
    whose other member was cut off (stances15b); "between the two ports", "between Brenn and Varsk" are whole."""
    last = words[-1]
    prep = last.head
    return last.dep_ == "pobj" and prep.lower_ == "between" and last.tag_ in {"NN", "NNP"} and not any(
        c.dep_ in {"conj", "nummod"} and c.i < words.end for c in last.children) and not any(
        c.dep_ == "det" and c.lower_ in {"both", "each"} for c in last.children)


def _subjectless(words) -> bool:
    """ "would rebuild the image of the country", "will make the town safer": the object opens on a modal or
    finite verb (or its auxiliary) whose clause has no subject inside the object; what would do it, only the
    words before say (stances15b)."""
    first = words[0]
    verb = first.head if first.dep_ in {"aux", "auxpass", "neg"} else first
    if first.tag_ not in FINITE_TAGS | {"MD"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and words.start <= c.i < words.end
                   for c in verb.children)


def _cut_coordination(words) -> bool:
    """ "persuade farmers that an elite ignores their needs" of "… ignores their needs and cares more about
    permits than families": the object stops at an "and"/"or" whose conjunct hangs from a verb inside a clause
    below the object's head, so half of what is wanted is lost (a split of the object's own head, "cut tariffs
    and reopen the border", stays)."""
    doc, end = words.doc, words.end
    while end < len(doc) and doc[end].is_punct and doc[end].lower_ == ",":
        end += 1
    if end >= len(doc) or doc[end].dep_ != "cc":
        return False
    head = doc[end].head
    inside = range(words.start, words.end)
    return head.i in inside and head.head.i in inside and head.head.i != head.i and head.pos_ in {"VERB", "AUX"} \
        and any(c.dep_ == "conj" and c.i > end for c in head.children)


# Strict readers (stanceobj15) marked "her handling of the attacks" unreadable: whose handling? A holder who wants an
# inquiry into, or opposes, someone's conduct is rarely judging their own, so a possessive on a noun of conduct under
# a noun of scrutiny (or in what is opposed or charged) means someone else, whom only another sentence may name.
CONDUCT_NOUNS = frozenset("""handling conduct management mismanagement treatment response behaviour behavior
actions record role stewardship oversight""".split())
SCRUTINY_NOUNS = frozenset("""inquiry enquiry investigation probe review audit scrutiny examination hearing
hearings look""".split())
JUDGING_ATTITUDES = frozenset({"opposes", "accuses"})


def _unnamed_person(w) -> bool:
    """ "the senator('s)", "the senior minister('s)": "the", plain or tenure adjectives at most, and a noun for one
    person, with no name on it (stances15b: "criticised the senator's handling of the bill": which senator?)."""
    if w.pos_ != "NOUN" or not w.is_lower or w.ent_type_ or not (
            w.lemma_.lower() in POST_NOUNS or w.lower_ in POST_NOUNS):
        return False
    kids = [c for c in w.children if c.dep_ != "case"]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
        c.dep_ == "det" or (c.dep_ == "amod" and c.lower_ in OFFICE_ADJECTIVES) for c in kids)


def judged_conduct_unnamed(doc, span, attitude: str, holder_spans) -> bool:
    """The object judges "his"/"her" (or an unnamed "the senator's", ``_unnamed_person``) conduct (``CONDUCT_NOUNS``) under a noun of scrutiny ("an inquiry into her
    handling of the riots") or as what is opposed or charged, and no one but the holder (``holder_spans``: the
    holder's mentions, character offsets) is named as a person before the pronoun in its sentence: the conduct is
    another's, and the object does not say whose."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    for w in words:
        if w.dep_ != "poss" or w.head.lemma_.lower() not in CONDUCT_NOUNS or not (
                w.lower_ in PERSONAL_PRONOUNS or _unnamed_person(w)):
            continue
        judged = attitude in JUDGING_ATTITUDES or any(
            a.pos_ == "NOUN" and a.lemma_.lower() in SCRUTINY_NOUNS and a.i >= words.start for a in w.head.ancestors)
        if not judged:
            continue
        others = [v for v in w.sent if v.i < w.i and v.ent_type_ == "PERSON"
                  and not any(s <= v.idx < e for s, e in holder_spans)]
        if not others:
            return True
    return False


# Nouns of someone's coming or stay (strict readers, reads 40-47, paraphrased: "welcomed his visit", the guest's
# visit read as the host's own): one backs or opposes another's coming, never one's own.
COMING_NOUNS = frozenset("visit visits trip trips arrival return presence stay attendance tour".split())
WELCOMING_ATTITUDES = frozenset({"supports", "opposes"})


def anothers_coming(doc, span, attitude: str) -> bool:
    """A backing or opposition whose object's head is a noun of coming (``COMING_NOUNS``) under a possessive
    pronoun ("his visit to Kessel", "her return"): the one coming is someone other than the holder, and who, only
    another sentence says (stobj18)."""
    if attitude not in WELCOMING_ATTITUDES:
        return False
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    heads = [w for w in words if not w.is_punct and (w.head.i < words.start or w.head.i >= words.end or w.head.i == w.i)]
    return len(heads) == 1 and heads[0].lower_ in COMING_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in heads[0].children)
