"""Objects that only point back at a party or thing the object and its sentence never name (stances16).

Strict readers (reads 34-37 on unseen articles, paraphrased; the rules were checked on AllSides 1041-1999) marked wrong objects whose words are all in the sentence but whose
referent is only in earlier sentences, beyond the pronouns and bare definites of ``objects``:

* a pronoun the holder's own pronouns would match that a verb of acting against makes another's ("Ostria wants
  to limit its access to fuel", "help the alliance resist it": no one wants to limit its own access), with no
  one but the holder named before it in the sentence (``_turned_on``);
* a reciprocal, whose other party the object drops ("accuse each other of breaking the truce");
* a state named only by an epithet on a thing of its ("the kingdom's crown prince", "the country's missile
  program") where the sentence names no state and the holder is none (``_unnamed_state``);
* a body known only by its epithet as what any verb of the object acts on ("a coalition willing to take on the group") where the
  sentence names no body or state (``_unnamed_body``);
* an office with no name ("accused the secretary of …", "the crown prince") where the sentence names no one but
  the holder (``_bare_office``);
* "both" + a plural noun ("both carriers") where the sentence names no party but the holder (``_both_unnamed``);
* a move known by a plain noun of what it concerns ("the embassy move", "the tariff decision": whose, about which
  embassy?) (``_move_by_topic``).

Stances16b (strict reads 38-39, paraphrased: "boost turnout among them", "a trade pact with the country", "pay
for the system", "build homes in the contested city", "draw down forces fighting there") widened these to:

* an object pronoun ("them", "him", "her", "it") of a verb whose doer is the holder, or of its preposition: the
  holder would be "themselves", so the pronoun is another party, and where nothing before it in the sentence but
  the holder may be that party, only an earlier sentence says who (``_pronoun_aside``);
* "the" + a noun for a place or a system ("the city", "the contested region", "the system") with no place or
  body named in the sentence but the holder ("the region" and "the area" bare are the story's own setting, as in
  the seeds' "peace in the region", and stay); "the country" or "the nation" only where the holder has no state
  of its own in the sentence or deals with it as another party ("a pact with the country") (``_unnamed_place``);
* the place adverb "there" with no place named before it in the sentence (``_there_unnamed``).

Stances22 (fresh reads: "land a deal with the hermetic nation") let "the country"/"the nation" take any lower-case
adjective that describes it without naming it (``_descriptions``).

Stances24 (strict reads, paraphrased: "condemned the Kesseli announcement", "urged its citizens still in that
country to leave") added:

* a step known only by whose it is ("the Kesseli announcement", "Kessel's decision", "the Lind plan"; not "the
  Kessel Harbour plan", of a place): a noun of
  a step (``MOVE_NOUNS``, ``PLAN_NOUNS``) whose only words are an article, a party's name or its adjective, and
  plain adjectives, nothing saying what was announced or decided (``_move_by_party``);
* a place or state known only by a distal demonstrative ("in that country", "those cities"): "that"/"those" on a
  noun of ``PLACE_EPITHETS`` or a state noun with nothing after it, whatever the sentence names ("this country"
  may be the speaker's own and stays) (``_pointed_place``).

Helpers round 2026-12-07d (strict reads: "welcomed the North Korean announcement", "condemned this and other
actions by the council") widened ``_move_by_party``: more nouns of a thing done, said or asked (``STEP_NOUNS``:
"the council's proposal", "the remarks by Vell"), an owner that is a doer's phrase after the noun ("the move by
Ostria", "the calls from the union") or a common party's possessive ("the council's"), and a demonstrative, "other",
"such" or a phrase of when beside it; a name of two words ("North Kesseli") is one owner.

A pronoun that is plainly the holder's ("Ostria wants to protect its ports") or a noun's inside the object is
left. ``barred``: token indices of the holder (its mentions and the trigger's subject), never a referent.
"""
from __future__ import annotations

from .lexicon import PEOPLE_NOUNS
from .objects import (PLURAL_TAGS, POST_NOUNS, OFFICE_ADJECTIVES, SIDE_NOUNS, INSTITUTION_NOUNS, NEAR_DEMONSTRATIVES,
                      core_arguments, _only_a_time, _setting, _understood_subject)

# Verbs of acting against a party: what they act on is not the one who wants them done.
AGAINST_VERBS = frozenset("""resist counter contain deter punish sanction isolate confront fight defeat crush topple
oust weaken undermine pressure curb limit restrict block squeeze attack strike target thwart constrain cripple
choke starve deny""".split())
# A party's reach, which a verb of acting against curbs: "limit its access", "curb their influence".
REACH_NOUNS = frozenset("""access influence power ambitions ambition reach grip expansion aggression ability capacity
advance advances sway forces troops army military""".split())
AGAINST_PRONOUNS = frozenset("it its them their him his her".split())
# Epithets that stand for a state: "the kingdom's crown prince", "the country's program".
STATE_EPITHETS = frozenset("country nation kingdom regime republic emirate island".split())
STATE_TYPES = frozenset({"GPE", "NORP", "ORG"})
PARTY_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Epithets for a body one fights or that rules: "take on the group", "the regime to fall".
ARMED_EPITHETS = frozenset("group organization organisation regime militia faction outfit".split())
# Titles of one person beyond ``POST_NOUNS``: "the crown prince", "the king".
TITLE_NOUNS = frozenset("prince princess king queen monarch emir sultan premier chancellor envoy ambassador".split())
# Nouns of a step taken, known by what it concerns: "the embassy move", "the tariff decision".
MOVE_NOUNS = frozenset("move decision step shift switch gambit announcement".split())
# Nouns of a scheme that, like a step, say nothing until told what: "the Kesseli plan".
PLAN_NOUNS = frozenset("plan proposal action".split())
# Demonstratives that point back at a place named before: "in that country", "those cities".
DISTAL_DEMONSTRATIVES = frozenset({"that", "those"})
# Object pronouns that are never their own clause's doer ("boost turnout among them").
OBJECT_CASE = frozenset({"them", "him", "her", "it"})
# Nouns for a place or a thing of a state's that "the" alone leaves unnamed ("the contested city", "the system").
PLACE_EPITHETS = frozenset("""city town region area territory province enclave capital peninsula island village
district system""".split())
# Broad settings that "the" alone may give as the story's own ("peace in the region"), unless an epithet says
# which of several is meant ("the contested region").
SETTING_PLACES = frozenset({"region", "area"})
STATE_NOUNS = frozenset({"country", "nation"})  # may be the holder's own: "Ostria's leader wants to unite the country"
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
# Prepositions of another party dealt with: "a pact with the country", "sanctions against the nation".
OTHER_PARTY_PREPS = frozenset({"with", "against", "between", "toward", "towards", "on"})
# Adjectives that only describe a place: "the contested city", "the divided region".
PLACE_ADJECTIVES = OFFICE_ADJECTIVES | frozenset("""contested disputed divided occupied besieged embattled restive
troubled war-torn volatile ancient holy whole entire northern southern eastern western central coastal
financial""".split())


def _acted_against(w):
    """The verb of acting against (``AGAINST_VERBS``) whose object ``w`` is, or whose object's reach ``w``
    owns ("limit [its] access"), else None."""
    if w.dep_ in {"dobj", "obj"} and w.head.lemma_.lower() in AGAINST_VERBS:
        return w.head
    noun = w.head
    if w.dep_ == "poss" and noun.lemma_.lower() in REACH_NOUNS and noun.dep_ in {"dobj", "obj"} \
            and noun.head.lemma_.lower() in AGAINST_VERBS:
        return noun.head
    return None


def _fits(pronoun, w) -> bool:
    """``w`` may be what ``pronoun`` stands for: a person for "him"/"his"/"her", a plural or a body for
    "them"/"their", a thing, place or body for "it"/"its"."""
    low = pronoun.lower_
    if low in {"him", "his", "her"}:
        return w.ent_type_ == "PERSON"
    if low in {"them", "their"}:
        return w.tag_ in PLURAL_TAGS or w.ent_type_ in STATE_TYPES
    return w.tag_ in {"NN", "NNP"} and not _setting(w) and w.ent_type_ != "PERSON"


def _turned_on(w, barred) -> bool:
    """ "limit its access to fuel", "help the alliance resist it": a pronoun that a verb of acting against
    acts on, with nothing before it in its sentence but the holder (and the verb's own subject) to stand for."""
    if w.lower_ not in AGAINST_PRONOUNS or w.pos_ != "PRON":
        return False
    verb = _acted_against(w)
    if verb is None:
        return False
    subjects = {s.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for s in c.subtree}
    return not any(_fits(w, v) for v in w.sent if v.i < w.i and v.i not in barred and v.i not in subjects
                   and v.head.i != w.head.i)


def _reciprocal(words) -> bool:
    """ "each other", "one another": the other party is dropped; so is "the other" standing alone for one of
    a pair ("hoping the other would yield", readfix17s: strict readers could not tell whom), not "the other
    side" (an adjective on a noun)."""
    return any(a.lower_ == "each" and b.lower_ == "other" or a.lower_ == "one" and b.lower_ == "another" or
               a.lower_ == "the" and b.lower_ in {"other", "others"} and b.dep_ != "amod" and b.head.i != a.i
               for a, b in zip(words, words[1:]))


def _others_named(sent, barred, types) -> bool:
    """Whether the sentence names a party of ``types`` besides the holder (a lower-case "the kingdom" the
    entity tagger took for a name is no name)."""
    return any(v.ent_type_ in types and v.i not in barred and not v.is_lower for v in sent)


def _the_and_plain(noun, allowed=OFFICE_ADJECTIVES, inside=None) -> bool:
    """ "the" and plain or office adjectives at most (and lower-case compounds: "the crown prince"); ``inside``:
    the object's token range, where only the words in it count (what the object leaves out says nothing)."""
    kids = [c for c in noun.children if c.dep_ not in {"case", "punct"} and (inside is None or c.i in inside)]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "amod" and c.lower_ in allowed or
        c.dep_ == "compound" and c.is_lower and not c.ent_type_ and not list(c.children) for c in kids)


def _unnamed_state(w, barred, holder_type: str) -> bool:
    """ "the kingdom's crown prince", "the country's missile program": an epithet for a state owning a thing,
    said of by someone who is no state, in a sentence that names no state or body."""
    return w.dep_ == "poss" and w.pos_ == "NOUN" and w.is_lower and w.lemma_.lower() in STATE_EPITHETS \
        and holder_type not in {"GPE", "NORP"} and _the_and_plain(w) \
        and not _others_named(w.sent, barred, STATE_TYPES)


def _unnamed_body(w, barred, inside) -> bool:
    """ "a coalition willing to take on the group": "the" and an epithet for a body one fights or rules
    (``ARMED_EPITHETS``) as the subject or object of any verb in the object, in a sentence that names no body, people
    or state but the holder. (In a modifier it is left, as in ``objects``: "any sanctions on the regime".)"""
    return w.pos_ == "NOUN" and w.is_lower and w.lemma_.lower() in ARMED_EPITHETS and w.tag_ == "NN" \
        and w.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} \
        and _the_and_plain(w, inside=inside) and not _others_named(w.sent, barred, STATE_TYPES)


def _bare_office(noun, barred, inside) -> bool:
    """ "accused the secretary of …", "the crown prince to answer …": one person known only by the title, in a
    sentence that names no person besides the holder, the title written nowhere else in it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower or noun.ent_type_ or not (
            lemma in POST_NOUNS or noun.lower_ in POST_NOUNS or lemma in TITLE_NOUNS):
        return False
    if not _the_and_plain(noun):
        return False
    if noun.dep_ == "poss" and any(c.dep_ in {"acl", "relcl", "appos"} for c in noun.head.children):
        return False  # "the president's decision to act without …": the thing is said in full (as ``objects``)
    sent = noun.sent
    if any(v.ent_type_ == "PERSON" and v.i not in barred for v in sent):
        return False
    return not any(v.i != noun.i and v.lemma_.lower() == lemma for v in sent)


def _both_unnamed(w, barred) -> bool:
    """ "both carriers", "both sides": a pair the object does not name, in a sentence naming no party but the
    holder."""
    if w.lower_ != "both" or w.dep_ not in {"det", "predet"} or w.head.tag_ not in PLURAL_TAGS or w.head.pos_ != "NOUN":
        return False
    noun = w.head
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in noun.subtree if t.i != noun.i):
        return False
    return noun.lemma_.lower() in SIDE_NOUNS or not _others_named(noun.sent, barred, PARTY_TYPES)


def _move_by_topic(noun) -> bool:
    """ "the embassy move": "the", a lower-case noun of what it concerns and a noun of a step
    (``MOVE_NOUNS``), nothing else on it, the noun written nowhere else in the sentence."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in MOVE_NOUNS or noun.tag_ != "NN":
        return False
    kids = list(noun.children)
    if not any(c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN" for c in kids) or not _the_and_plain(noun, frozenset()):
        return False
    return not any(v.i != noun.i and v.lemma_.lower() == noun.lemma_.lower() for v in noun.sent)


# Names that say whose a step is ("the Kesseli …", "the Lind …"); a place's name on it says what it concerns
# ("the Kessel Harbour plan") unless it owns it ("Kessel's decision").
OWNER_TYPES = frozenset({"NORP", "PERSON", "ORG"})


def _party_word(c) -> bool:
    """A capitalised owner's name or name adjective on a noun: "Kessel's", "the Kesseli …", "the Lind …", "the North
    Kesseli …" (the name's own first word hangs on its adjective)."""
    return c.dep_ in {"poss", "compound", "amod", "nmod"} and not c.is_lower and (
        c.dep_ == "poss" and (c.ent_type_ in PARTY_TYPES or c.pos_ == "PROPN") or c.ent_type_ in OWNER_TYPES) and all(
        g.dep_ in {"case", "compound", "det", "punct"} or g.ent_type_ == c.ent_type_ and not g.is_lower and not list(g.children)
        for g in c.children)


# Nouns of a thing done, said or asked beyond ``MOVE_NOUNS`` and ``PLAN_NOUNS`` that an owner alone leaves untold:
# "the council's proposal", "the remarks by Vell", "the calls from the union" (which?).
STEP_NOUNS = MOVE_NOUNS | PLAN_NOUNS | frozenset("idea measure effort remark comment request offer call deal response".split())
# Prepositions of the one who took a step: "the move by Ostria", "the offer from the union".
DOER_PREPS = frozenset({"by", "from"})
# Adjectives that add to a step told before, not say which: "this and other actions", "such steps".
MORE_OF_THE_SAME = frozenset({"other", "such", "similar", "further"})


def _party_noun(w) -> bool:
    """A party a step is by: a name of a person, body or state, or "the" and a common noun for people or a body ("the
    council", "the Kell-based government"), with no infinitive or phrase but "of"/"in" on it (which may say what the
    step was)."""
    if any(c.dep_ in {"acl", "relcl", "xcomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) or
           c.dep_ == "prep" and c.lower_ not in {"of", "in"} for c in w.children):
        return False  # "the calls from the council for a strike": the parse may hang what the step is on its doer
    if w.ent_type_ in PARTY_TYPES and not w.is_lower:
        return True
    return w.is_lower and not w.ent_type_ and (w.lemma_.lower() in INSTITUTION_NOUNS or w.lower_ in PEOPLE_NOUNS) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in w.children)


def _doer_phrase(c) -> bool:
    """ "by Ostria", "from the council": a phrase of the one who took a step (``DOER_PREPS``) naming only a party."""
    nouns = [g for g in c.children if g.dep_ == "pobj"]
    return c.dep_ == "prep" and c.lower_ in DOER_PREPS and len(nouns) == 1 and _party_noun(nouns[0])


def _owner(c) -> bool:
    """Whose a step is, said of it: a party's name or adjective before it (``_party_word``), a common party's
    possessive ("the council's"), or a phrase of its doer after it (``_doer_phrase``)."""
    return _party_word(c) or _doer_phrase(c) or c.dep_ == "poss" and _party_noun(c)


def _move_by_party(noun, inside) -> bool:
    """ "the Kesseli announcement", "Kessel's decision", "the Lind plan", "the council's proposal", "these moves by
    the board", "the remarks from Vell on Friday": a noun of a step or scheme (``STEP_NOUNS``) with one owner
    (``_owner``) and otherwise only a determiner, plain adjectives (``OFFICE_ADJECTIVES``, ``MORE_OF_THE_SAME``)
    or a phrase of when: whose it is, but not what it is ("the Kesseli plan to dam the river" says). An owner after
    the noun or a common party's possessive counts only where the noun is written nowhere else in its sentence, has
    no "a"/"an" and the object is the noun's phrase alone."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not noun.is_lower or lemma not in STEP_NOUNS:
        return False
    kids = [c for c in noun.children if c.i in inside and c.dep_ != "punct"]
    owners = [c for c in kids if _owner(c)]
    if len(owners) != 1:
        return False  # two names say whose and of what: "Obama's Syria plan"
    if not _party_word(owners[0]) and (any(v.i != noun.i and v.lemma_.lower() == lemma for v in noun.sent) or any(
            not w.is_punct and not noun.left_edge.i <= w.i <= noun.right_edge.i for w in noun.doc[inside.start:inside.stop])
            or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids)):
        return False  # "Ostria offered a deal to Kell; Vell backs the offer from Ostria": said in the sentence;
        # "rejected the calls from the council | for a strike": the object goes on to say what; "wants a deal from
        # Ostria": one yet to come, not one told before
    if lemma not in MOVE_NOUNS | PLAN_NOUNS and _party_word(owners[0]) and owners[0].dep_ != "poss":
        return False  # "the Iran deal", "the Kessel offer": a name before these may say what they concern
    return all(c.i == owners[0].i or c.dep_ == "det" and c.lower_ in {"the", "a", "an"} | NEAR_DEMONSTRATIVES or
               c.dep_ in {"amod", "predet"} and c.lower_ in OFFICE_ADJECTIVES | MORE_OF_THE_SAME or _only_a_time(c)
               for c in kids)


def _pointed_place(w) -> bool:
    """ "urged citizens in that country to leave", "troops in those cities": a noun of a place or state
    (``PLACE_EPITHETS``, ``STATE_NOUNS``) under "that"/"those", with plain adjectives at most and nothing after it
    that says which: the place was named before, outside the object."""
    if w.pos_ != "NOUN" or not w.is_lower or w.lemma_.lower() not in PLACE_EPITHETS | STATE_NOUNS:
        return False
    kids = [c for c in w.children if c.dep_ != "punct"]
    return any(c.dep_ == "det" and c.lower_ in DISTAL_DEMONSTRATIVES for c in kids) and all(
        c.dep_ == "det" and c.lower_ in DISTAL_DEMONSTRATIVES or c.dep_ == "amod" and c.lower_ in PLACE_ADJECTIVES
        for c in kids)


def _doer_is_holder(verb, barred) -> bool:
    """The verb's doer is the holder: its own subject, or for a verb without one (an infinitive, "to boost …") the
    subject or addressee of the verb above (``objects._understood_subject``) is among the ``barred`` tokens."""
    subject = _understood_subject(verb)
    return subject is not None and subject.i in barred


def _pronoun_aside(w, barred) -> bool:
    """ "Ostria wants to boost turnout among them", "to sign a pact with it": an object pronoun (``OBJECT_CASE``) of
    a verb, or of a preposition on the verb or on its object, whose doer is the holder (who would be "themselves"),
    with nothing before it in its sentence but the holder and the verb's doer that it may stand for (``_fits``)."""
    if w.lower_ not in OBJECT_CASE or w.pos_ != "PRON" or w.dep_ not in {"dobj", "obj", "pobj", "dative"}:
        return False
    node = w.head if w.dep_ == "pobj" else w
    verb = node.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.dep_ in {"dobj", "obj", "pobj", "prep"}:
        verb = verb.head  # "a pact with it", "turnout among them": up to the verb they hang on
    if verb.pos_ not in {"VERB", "AUX"} or not _doer_is_holder(verb, barred):
        return False
    if w.lower_ == "it" and any(c.dep_ in {"xcomp", "ccomp", "acomp", "oprd"} and c.i > w.i for c in w.head.children):
        return False  # "make it harder to trade": an "it" for a clause
    above = set()
    node = w
    while node.head.i != node.i and node.i != verb.i:
        node = node.head
        above.add(node.i)
    return not any(_fits(w, v) for v in w.sent if v.i < w.i and v.i not in barred and v.i not in above)


def _descriptions(w) -> frozenset:
    """The lower-case adjectives on a state noun that describe it without naming it ("the hermetic nation", "the
    communist country"): no name's adjective ("the Ostrian nation") and nothing hanging on them."""
    return frozenset(c.lower_ for c in w.children if c.dep_ == "amod" and c.is_lower and not c.ent_type_
                     and not list(c.children))


def _unnamed_place(w, barred, holder_type: str) -> bool:
    """ "build homes in the contested city", "pay for the system", "a pact with the country": "the" and plain
    adjectives (``PLACE_ADJECTIVES``; on "country"/"nation" any that describe, ``_descriptions``: "the hermetic
    nation") at most on a noun of ``PLACE_EPITHETS`` (or "country"/"nation") in a sentence
    naming no place or body but the holder, the noun written nowhere else in it. "The country" of a holder that is a
    state, or of one whose subject names a state ("Ostria's leader wants to unite the country"), is its own, unless
    dealt with as another party (``OTHER_PARTY_PREPS``)."""
    lemma = w.lemma_.lower()
    if w.pos_ != "NOUN" or not w.is_lower or w.ent_type_ or w.tag_ != "NN" or w.dep_ == "compound" \
            or lemma not in PLACE_EPITHETS | STATE_NOUNS:
        return False
    allowed = PLACE_ADJECTIVES | (_descriptions(w) if lemma in STATE_NOUNS else frozenset())
    if not _the_and_plain(w, allowed) or any(c.dep_ in {"prep", "acl", "relcl", "appos", "poss", "compound"}
                                                       for c in w.children):
        return False  # "the city of Kessel", "the system Ostria built", "the health system" (says which)
    if lemma in SETTING_PLACES and not any(c.dep_ == "amod" for c in w.children):
        return False  # "peace in the region": the story's own setting, as "the country" is (seeds' gold)
    sent = w.sent
    if any(v.i != w.i and v.lemma_.lower() == lemma for v in sent):
        return False
    if any(v.ent_type_ in PLACE_TYPES and v.i not in barred and not v.is_lower for v in sent):
        return False
    if lemma in STATE_NOUNS:
        dealt_with = w.dep_ == "pobj" and w.head.lower_ in OTHER_PARTY_PREPS
        own_state = holder_type in {"GPE", "NORP"} or any(v.ent_type_ in {"GPE", "NORP"} for v in sent if v.i in barred)
        if own_state and not dealt_with:
            return False
    return True


def _there_unnamed(w, barred, holder_type: str) -> bool:
    """ "draw down forces fighting there": the place adverb "there" (not "there is") with no place named before it
    in its sentence (a holder that is a place is not where it acts: "Ostria wants to keep troops there")."""
    if w.lower_ != "there" or w.dep_ in {"expl", "nsubj", "attr"} or w.tag_ == "EX":
        return False
    return not any(v.i < w.i and (v.ent_type_ in {"GPE", "LOC", "FAC"} and not (v.i in barred and holder_type in {"GPE", "LOC"})
                                  or v.pos_ == "NOUN" and v.lemma_.lower() in PLACE_EPITHETS | STATE_NOUNS | {"camp", "border", "site", "front", "zone"})
                   for v in w.sent)


def points_elsewhere(doc, span, barred: frozenset, holder_type: str = "") -> bool:
    """An object that only points at a party or thing named in other sentences (see the module docstring)."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    inside = range(words.start, words.end)
    if _reciprocal(list(words)):
        return True
    if any(_turned_on(w, barred) or _unnamed_state(w, barred, holder_type) or _both_unnamed(w, barred)
           or _unnamed_body(w, barred, inside) or _pronoun_aside(w, barred) or _unnamed_place(w, barred, holder_type)
           or _there_unnamed(w, barred, holder_type) or _pointed_place(w) for w in words):
        return True
    return any(_bare_office(a, barred, inside) or _move_by_topic(a) or _move_by_party(a, inside)
               for a in core_arguments(words))
