"""Roles of organisations, and of people named with the body they speak for.

1. An organisation the article describes beside its name: an appositive after it ("Velmar Front, the
   terror group, said" -> "terror group"; "Harlow Polls, the polling firm that commissioned the study," ->
   "polling firm": a relative clause is no part of a role, as for people) or a descriptor set before it
   ("the official news agency KVNA said" -> "official news agency"). The descriptor's head must be a noun
   of a body (``BODY_NOUNS``): never a person's noun (that is ``roles``' part) nor a place's. The role
   belongs to the organisation, so it is read at any of its mentions and carried to all its quotes
   (``with_roles``). A name that is itself a proper word before a body's noun ("VNA news agency") takes the
   words set before it, with that noun, as its role ("Veskar's official VNA news agency" -> "Veskar's
   official news agency"; "the state-run Velpress agency" -> "state-run agency"), as a person's role is an
   owner and a title ("Ostria's President"): an owner, lower-case descriptive words and the body's noun. No
   role where nothing stands before the name ("the VNA news agency": the name already says it).
2. A person named with "of" (or "from") and a body, no comma ("Jeffrey Lane of the Harlan Institute said",
   "said Ana Roe of the Kessel Policy Center") -> the body's name ("Harlan Institute"), the "of" and the
   article dropped as ``roles`` drops them for ", of the …," appositives. The object must be an
   organisation or facility by name, or a capitalised phrase with an institution's word; a place is
   where someone is from ("Bo Smith of Vestmark"), no role. Only when the person has no other role.

Source: strict reads of dev roles (AllSides 1041-1999), where such speakers had no role.
"""
from __future__ import annotations

from dataclasses import replace

from ..entities.roles import _hyphen_joined, subject_after_object
from .names import reads_as_person
from .roles import INSTITUTION_WORDS, _head, _not_outlet, body_after, noun_phrase

# Head nouns of a description of a body ("the terror group", "a polling firm", "the Kremlin mouthpiece",
# "the military wing of …"): general English, kept as data. No person's or place's noun.
BODY_NOUNS = frozenset("""
group firm agency company corporation conglomerate network newspaper paper daily tabloid weekly magazine
broadcaster outlet publication publisher website mouthpiece wing organisation organization institute
institution union party ministry department channel station council committee commission board bureau
office authority regulator watchdog foundation charity nonprofit non-profit association federation coalition
alliance movement faction militia lobby bank lender insurer retailer airline automaker carmaker drugmaker
chipmaker club league society
""".split())
# Bodies written as two words whose second alone names no body ("think tank").
BODY_COMPOUNDS = frozenset({("think", "tank")})
# Entity types a described organisation's name may have; PERSON only where the name does not read as a
# person's (the parser types unknown bodies as people: "Velmar Front"). A person's name typed ORG ("Ivo
# Brant") takes no description either: only one set next to the name is read.
ORGANISATION_TYPES = frozenset({"ORG", "NORP", "GPE", "FAC", "PERSON"})
# Words a descriptor before a body's name may have ("Velmoria's state-run news agency": 6).
MAX_FRONT_WORDS = 8
NAME_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})  # of a descriptor the parser hung on the name
FRONT_DEPS = NAME_MODIFIERS | {"npadvmod"}  # words before a name a body's noun heads ("state-run": "state" hung so)


def with_roles(doc, entities: list) -> list:
    """``entities`` with the role of each organisation that has none filled from its description
    (``described``, at its first mention that has one); people and described entities as they are."""
    return [_with_role(doc, e) for e in entities]


def _with_role(doc, ent):
    if ent.role or ent.type not in ORGANISATION_TYPES or (ent.type == "PERSON" and person_name(ent.name)):
        return ent
    for s, e in sorted(ent.mentions):
        span = doc.char_span(s, e, alignment_mode="expand")
        role = described(doc, span.start, span.end) if span is not None and len(span) else None
        if role:
            return replace(ent, role=role)
    return ent


def role_at(doc, start: int, end: int, person: bool = False) -> str | None:
    """The role of a name at tokens [start, end) that no entity holds: the body a person is named "of"
    (``person``), else the description of the body the name is. A name that reads as a person's but has a
    body's noun set beside it ("the Unity Front, Veskar's ruling party,") is the body so described."""
    if person:
        return affiliation(doc, start, end) or _appositive(doc, _head(doc, start, end), start, end)
    return described(doc, start, end)


def person_name(name: str) -> bool:
    """The name reads as a person's ("Ivo Brant"), not a body's ("Harlow Polling Company")."""
    return reads_as_person(name) and not any(w.lower() in BODY_NOUNS | INSTITUTION_WORDS for w in name.split())


def described(doc, start: int, end: int) -> str | None:
    """The description of the body named at tokens [start, end): an appositive after the name or a
    descriptor before it, headed by a body's noun."""
    head = _head(doc, start, end)
    return _appositive(doc, head, start, end) or _fronted(doc, head, start, end) or _enclosed(doc, head, start, end)


def _enclosed(doc, head, start: int, end: int) -> str | None:
    """ "Veskar's official [VNA news agency]" -> "Veskar's official news agency": the name ends on a body's
    noun (``around_name``) and is the span given, from its proper word on."""
    around = around_name(head)
    return around[1] if around is not None and around[0] >= start and head.i == end - 1 else None


def around_name(noun) -> tuple[int, str] | None:
    """(first token of the name, role) for a body's noun written in lower case after a proper word, with
    descriptive words before that word hung on the noun: "Veskar's official VNA news agency" -> (VNA,
    "Veskar's official news agency"), "the state-run Velpress agency" -> (Velpress, "state-run agency"). The
    words before are an owner (possessive), lower-case modifiers and hyphened words, no more than
    ``MAX_FRONT_WORDS``; None when there are none ("the VNA news agency"), or anything else stands there (a
    capitalised word not an owner's, a comma, a line break)."""
    doc = noun.doc
    if not is_body_noun(noun):
        return None
    tail = noun.i  # "news agency": the lower-case nouns of the body after the proper word
    while tail > 0 and doc[tail - 1].head.i >= tail - 1 and doc[tail - 1].pos_ == "NOUN" and doc[tail - 1].is_lower \
            and doc[tail - 1].is_alpha and doc[tail - 1].dep_ == "compound":
        tail -= 1
    name = tail  # the proper words of the name: "VNA", "Kessel Harbour"
    while name > 0 and doc[name - 1].pos_ == "PROPN" and doc[name - 1].text[:1].isupper() \
            and doc[name - 1].dep_ == "compound" and tail - 1 <= doc[name - 1].head.i <= noun.i:
        name -= 1
    if name == tail:
        return None
    first = name
    for mod in sorted((c for c in noun.lefts if c.i < name and c.dep_ in FRONT_DEPS), key=lambda c: -c.i):
        if mod.right_edge.i + 1 == first:
            first = mod.left_edge.i
    while first < name and (doc[first].pos_ in ("DET", "ADP", "CCONJ") or doc[first].is_punct):
        first += 1
    words = doc[first:name]
    if not len(words) or len(words) > MAX_FRONT_WORDS or "\n" in doc[first:noun.i + 1].text \
            or any(t.is_sent_start for t in doc[first + 1:noun.i + 1]):
        return None
    owner_words = {w.i for t in words if t.dep_ == "poss" for w in t.subtree}
    for t in words:
        if t.is_punct and not _hyphen_joined(doc, t.i) and t.tag_ != "POS":
            return None
        if t.i not in owner_words and not t.is_punct and not t.is_lower and not _hyphen_joined(doc, t.i) \
                and t.pos_ != "ADJ":
            return None  # "the Kessel Velpress agency": a name's word, no description
    return name, " ".join(f"{words.text} {doc[tail:noun.i + 1].text}".split())


def _appositive(doc, head, start: int, end: int) -> str | None:
    """ "Velmar Front, the terror group," -> "terror group": the name's appositive, set off by a comma."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    for child in head.children:
        if (child.dep_ == "appos" and child.left_edge.i in (end, end + 1) and is_body_noun(child)  # (the comma hung on it)
                and not _listed(child)):  # the description next to the name, not one of a name inside another
            if subject_after_object(doc, start, end, child, child.right_edge.i + 1):
                return None  # "After talks with Velmar, the union said …": the union is another
            return noun_phrase(doc, child)
    return None


def _fronted(doc, head, start: int, end: int) -> str | None:
    """ "the official news agency KVNA" -> "official news agency": a body's noun just before the name,
    hung on it (or the name on it, as an appositive), with its own modifiers."""
    if start == 0:
        return None
    noun = doc[start - 1]
    if not is_body_noun(noun) or not (start <= noun.head.i < end or (head.dep_ == "appos" and head.head.i == noun.i)
                                       or _twin_subject(noun, head)):
        return None
    first = noun.left_edge.i  # the noun's own modifiers: "Velmoria's state-run news agency"
    for mod in sorted((c for c in head.lefts if c.i < noun.i and c.dep_ in NAME_MODIFIERS), key=lambda c: -c.i):
        if mod.right_edge.i + 1 == first:  # "the Velmoran children's agency UNICEF": "'s" hung on the name
            first = mod.left_edge.i
    while first < noun.i and (doc[first].pos_ in ("DET", "ADP", "CCONJ") or doc[first].is_punct):
        first += 1
    words = doc[first:noun.i + 1]
    if (len(words) > MAX_FRONT_WORDS or any(t.is_sent_start for t in words[1:]) or "\n" in words.text
            or any(t.is_punct and not _hyphen_joined(doc, t.i) and t.tag_ != "POS" for t in words)):
        return None
    return " ".join(words.text.split()) or None


def affiliation(doc, start: int, end: int) -> str | None:
    """The body a person is named "of" or "from" with no comma ("Jeffrey Lane of the Harlan Institute" ->
    "Harlan Institute", "Ivo Brant from the Institute for Harbour Studies in Kessel" -> "Institute for Harbour
    Studies in Kessel"); None for a place ("Bo Smith of Vestmark", "Ivo Brant from Ohio"), a news outlet ("of
    the Kessel Post", "of The Marlow": ``roles._not_outlet``) or anything else."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "from"):
        return None  # "Ivo Brant from the Institute for Harbour Studies" as "of" it
    head = _head(doc, start, end)
    return _not_outlet(body_after(doc, doc[end]), head, end + 1) if doc[end].head.i == head.i else None


def is_body_noun(tok) -> bool:
    """A singular common noun of a body, written in lower case ("group", "think tank"), not a name's word."""
    if tok.pos_ != "NOUN" or not tok.is_lower or tok.tag_ == "NNS":
        return False
    lemma = tok.lemma_.lower()
    if tok.i > 0 and (tok.doc[tok.i - 1].lower_, lemma) in BODY_COMPOUNDS:
        return True
    return lemma in BODY_NOUNS


def _twin_subject(noun, head) -> bool:
    """The parser made the descriptor and the name two subjects of one verb ("the news agency Velpress
    said", both hung on "said"): the noun is still the name's descriptor."""
    return noun.dep_ == head.dep_ == "nsubj" and noun.head.i == head.head.i


def _listed(tok) -> bool:
    """The noun is one of a list ("Velmar, the union and the firm"), not a description of the name."""
    return any(c.dep_ in ("conj", "cc") for c in tok.children)



# Last words of the names of armed or campaigning groups ("Levant Front", "Free Veskan Army", "Red Brigades"):
# such a body is what "the group" or "the militant group" means (general English, as data).
GROUP_NAME_WORDS = frozenset("front army brigade brigades movement militia battalion battalions legion forces "
                             "faction".split())


def of_kind(name: str, role: str | None, noun: str) -> bool:
    """The body named ``name``, described as ``role``, is one a generic ``noun`` may mean ("the agency" for
    "Harbour Agency" or for "KVNA, the state news agency"; "the group" for "Levant Front"): the noun is a word
    of its name, the head of its role, or, for "group", its name ends as a group's does
    (``GROUP_NAME_WORDS``). Source: strict reads of dev speakers (round 16), "the militant group said" left
    as the description though the group was named in the sentence before."""
    words = [w.lower() for w in name.split()]
    if noun in words or (role and role.lower().split()[-1] == noun):
        return True
    return noun == "group" and bool(words) and words[-1] in GROUP_NAME_WORDS
