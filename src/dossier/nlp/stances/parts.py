"""Holders shown wider than the text gives them (stances17b): a group for a part of it, a state for its leader's words.

Strict readers (paraphrased) marked wrong "Republicans on the Armed Services panel oppose …" shown as
"Republicans oppose …": the stance is the panel members', and the whole party may not hold it. A plural group (a
party, a people, a body's members) as the trigger's subject, with a phrase "on", "in", "from", "at" or "within"
naming a body or place ("on the Senate Farm Committee", "in the Tarn assembly", "from Kessel"), is a part of the
group, which the entities name only as the whole; the stance is not shown under the whole group's name.

And a state given its leader's stance (``extract._leaders``: "Matos's goals" are also Portugal's) whose object
has a personal pronoun ("a new port for his home town", "cheaper gas for our farmers"): the pronoun is the
leader or the leader's people, and the object read as the state's says a person's thing (strict readers: the
country shown for its leader, the quote's "our country" or "his government" left in).

Readfix17s (strict readers, AllSides 1491-1999, paraphrased: "North Korea accuses Trump of declaring war on his
country", of "North Korea's foreign minister has accused …"): the same holds for a state named as the possessor of
the one who speaks for it ("Ostria's foreign minister", "the party's spokesman"): a personal pronoun in the
object is the official's, and the object under the state's name reads as another's (``official_of``).

``narrowed_group`` and ``official_of`` take the holder's character spans and the trigger's subject token,
``speaks_as_a_person`` a Doc and an object's character span; all return a bool.
"""
from __future__ import annotations

from .lexicon import REPRESENTATIVE_NOUNS
from .tails import span_tokens

NARROWING_PREPS = frozenset({"on", "in", "from", "at", "within", "inside"})
NAMED_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _names_a_body(prep) -> bool:
    """The phrase under ``prep`` names a body or a place: a proper noun or a named entity in it."""
    return any(w.pos_ == "PROPN" or w.ent_type_ in NAMED_TYPES for w in prep.subtree if w.i != prep.i)


def narrowed_group(mentions, subject) -> bool:
    """``subject`` (the trigger's subject) is a mention of the holder in the plural with a narrowing phrase
    (``NARROWING_PREPS``) that names a body or a place: "Republicans on the Senate Farm Committee"."""
    if subject is None or subject.tag_ not in {"NNS", "NNPS"}:
        return False
    if not any(s <= subject.idx < e for s, e in mentions):
        return False
    return any(c.dep_ == "prep" and c.lower_ in NARROWING_PREPS and _names_a_body(c) for c in subject.children)


def official_of(mentions, subject) -> bool:
    """``subject`` is a noun of one who speaks for the holder (``REPRESENTATIVE_NOUNS``: "minister", "spokesman")
    whose possessor is a mention of the holder."""
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in REPRESENTATIVE_NOUNS:
        return False  # "Dorvia's government will seek his transfer": a body has no "his"; the pronoun is another's
    return any(c.dep_ == "poss" and any(s <= c.idx < e for s, e in mentions) for c in subject.children)


# Pronouns of a person or of the speaker's "we", never a state's own (a state is "it").
PERSON_PRONOUNS = frozenset("""he him his himself she her hers herself i me my mine myself we us our ours
ourselves""".split())


def speaks_as_a_person(doc, span) -> bool:
    """The object has a personal pronoun (``PERSON_PRONOUNS``)."""
    words = span_tokens(doc, span)
    return words is not None and any(w.lower_ in PERSON_PRONOUNS and w.pos_ == "PRON" and not _own_of_one_named(w, words)
                                     for w in words)


def _own_of_one_named(pronoun, words) -> bool:
    """ "accused Mara Quell of betraying her own voters": "her own" after a name in the object is that one's."""
    nxt = pronoun.nbor(1) if pronoun.i + 1 < len(pronoun.doc) else None
    return nxt is not None and nxt.lower_ == "own" and any(w.pos_ == "PROPN" for w in words if w.i < pronoun.i)
