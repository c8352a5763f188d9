"""Words of attitude read in another sense (readfix17s): a seat or a border guarded, a blame laid on another.

Strict readers of AllSides 1491-1999 (paraphrased) marked wrong:

* "defend" of a thing held against rivals or attack: "the party is defending open seats in six states", "we
  defend the interests of our ally": an election fought or a post guarded, not an argument backed
  (``guarded``: the verb's direct object is one of ``GUARDED_NOUNS``). "defended the plan", "defended his
  seat on the board's decision" (a view) stay;
* "blame A on B": the charge is laid on B, but the object read as "the attack on B's calls" shows A accused,
  and a parse that hangs "on B" from A hides which is which (``blamed_on``: a verb "blame" whose direct object
  has, or which itself has, an "on" phrase that is not a date). "blamed Ostria for the attack on the port"
  (the accused the direct object) stays;
* a participle standing as a whole sentence's verb, with no auxiliary ("… a letter to Sec. Vell strongly
  opposing the toll", split by the parser at the title's full stop into "Vell strongly opposing the toll"): the
  participle describes something else in the text before (the letter), and the noun before it is no subject
  (``verbless``). "Vell is opposing the toll" (an auxiliary) stays.

* "welcome" of a guest to a place (``hosted``): "will welcome Romania's president to the White House", "Ostria
  welcomes Hal Brenn to Kessel" (read 47: a host greets a visitor, "supports Brenn to Kessel" misreads it), however
  the parse hangs the "to" phrase (on the verb, on the guest, or "to" read as an infinitive's marker).
* a mild word read strongly (``softened``, stances21, fresh strict reads): "has some concerns about the tax",
  "minor worries over …", "is somewhat concerned about …", "a little worried that …" shown as "fears": the text
  hedges the feeling down, the stance states it whole. "deep concerns", "is concerned about …" stay.

* "seek" of a leave granted by someone else (``applied_for``, stances judged in earlier reads): "seeks congressional approval to
  strike", "sought authorization from Congress", "seeking permission to …", "seek asylum", "sought access to …": a
  request made through a procedure (an application), not the wish itself (6 of 6 such judged stances shown were
  marked wrong). "seeks a pardon", "seeks funds to build …", "seeks reassurances" stay.

Each function takes the trigger token and returns a bool.
"""
from __future__ import annotations

from .lexicon import SAID_ATTITUDES

# Things held against a rival or an attack, which "defend" guards rather than argues for.
GUARDED_NOUNS = frozenset("""seat seats title titles crown belt championship majority majorities territory
territories border borders frontier frontiers homeland soil turf airspace waters interests city town capital
base bases""".split())
TIME_TYPES = frozenset({"DATE", "TIME"})
# Degree words that tone a feeling down: "somewhat concerned", "slightly worried", "a little uneasy", "a bit wary".
SOFTENING_DEGREES = frozenset("somewhat slightly mildly little bit marginally faintly vaguely".split())
# Determiners and adjectives that make a fear a partial one: "some concerns", "minor worries" (not of a wish:
# "a modest goal" is still the whole goal).
SOFTENING_AMOUNTS = frozenset("some slight minor mild few certain small modest".split())
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
HOST_PREPS = frozenset({"to", "at", "in"})
# Whom a host welcomes: a person, or a visitor named by a title or a role.
GUEST_NOUNS = frozenset("""president leader delegation delegates guest guests visitor visitors minister premier
chancellor king queen emperor pope prince princess counterpart envoy team""".split())


# Leaves that an authority grants on request: a verb of seeking them names an application, not a wish.
GRANTED_NOUNS = frozenset("""approval authorization authorisation permission consent clearance access asylum refuge
visa visas waiver waivers exemption exemptions licence license permit permits benefits""".split())
APPLYING_VERBS = frozenset({"seek"})


def _direct_object(verb):
    return next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)


def guarded(trigger) -> bool:
    """ "defending open seats", "defend the interests of …": ``GUARDED_NOUNS`` as the object of "defend"."""
    if trigger.lemma_.lower() != "defend" or trigger.pos_ != "VERB":
        return False
    obj = _direct_object(trigger)
    return obj is not None and obj.lower_ in GUARDED_NOUNS


def _laid_on(head) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "on" and not any(
        w.ent_type_ in TIME_TYPES for w in c.subtree if w.i != c.i) for c in head.children)


def blamed_on(trigger) -> bool:
    """ "blamed the attack on calls for …": an "on" phrase (not a date) on "blame" or on its direct object."""
    if trigger.lemma_.lower() != "blame" or trigger.pos_ != "VERB":
        return False
    obj = _direct_object(trigger)
    return _laid_on(trigger) or (obj is not None and _laid_on(obj))


def verbless(trigger) -> bool:
    """The trigger is an "-ing" participle at the root of its sentence with no auxiliary."""
    return trigger.tag_ == "VBG" and trigger.dep_ == "ROOT" and not any(
        c.dep_ in {"aux", "auxpass"} for c in trigger.children)


def hosted(trigger) -> bool:
    """ "welcomes Brenn to Kessel": "welcome" with a "to"/"at"/"in" phrase of its own, or, after a direct object
    that is a person or a visitor (``GUEST_NOUNS``), a "to" right before a place's or another proper name."""
    if trigger.lemma_.lower() != "welcome" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in HOST_PREPS for c in trigger.children):
        return True
    obj = _direct_object(trigger)
    if obj is None or not (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in GUEST_NOUNS):
        return False  # "welcomed Ostria's pledge to Kessel": a thing backed, no guest
    doc = trigger.doc
    return any(w.lower_ == "to" and w.i + 1 < len(doc) and (doc[w.i + 1].ent_type_ in PLACE_TYPES or
                                                            doc[w.i + 1].tag_ == "NNP")
               for w in trigger.subtree if w.i > obj.i)


def softened(t, attitude: str) -> bool:
    """A state of mind (not ``SAID_ATTITUDES``) toned down: the trigger has a degree word (``SOFTENING_DEGREES``:
    "somewhat concerned", "a little worried"), or a noun of fear has an amount word (``SOFTENING_AMOUNTS``: "some
    concerns", "minor worries")."""
    if attitude in SAID_ATTITUDES:
        return False
    if t.pos_ == "NOUN":
        return attitude == "fears" and any(
            c.dep_ in {"det", "amod"} and c.lower_ in SOFTENING_AMOUNTS for c in t.children)
    return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in SOFTENING_DEGREES for c in t.children)


def applied_for(trigger) -> bool:
    """ "seeks congressional approval", "sought an approval vote", "seek asylum": "seek" whose direct object is a
    leave granted on request (``GRANTED_NOUNS``), or has one as a modifier ("an approval vote")."""
    if trigger.lemma_.lower() not in APPLYING_VERBS or trigger.pos_ != "VERB":
        return False
    obj = _direct_object(trigger)
    return obj is not None and (obj.lemma_.lower() in GRANTED_NOUNS or obj.lower_ in GRANTED_NOUNS or any(
        c.dep_ in {"compound", "amod"} and c.lower_ in GRANTED_NOUNS for c in obj.children))
