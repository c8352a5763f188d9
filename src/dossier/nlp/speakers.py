"""Who a source mention refers to: entity, full canonical name and role.

"Mr. Brant", "Brant", "he" and "the minister" resolve to the person named in full earlier in the
article; unnamed groups keep their words ("analysts", "defense experts"). A surname alone is never the
answer when the full name appears in the article.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ..model import Entity, Speaker
from . import roles

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gov.", "gen.", "prof."})
SPEAKER_TYPES = ("PERSON", "ORG", "NORP", "GPE")
MAX_GROUP_WORDS = 3
GROUP_MODIFIER_DEPS = frozenset({"compound", "amod"})


@dataclass(frozen=True)
class _Person:
    start: int  # char offsets of a mention in the Doc
    end: int
    name: str
    entity: str | None


class SpeakerResolver:
    """Built once per Doc from its entities; resolves source spans in any order."""

    def __init__(self, doc, entities: list[Entity]):
        self.doc = doc
        self.entities = {e.id: e for e in entities}
        self.full_names = self._full_names(doc, entities)
        mentions = []
        for e in entities:
            for s, t in e.mentions:
                mentions.append((s, t, e))
        mentions.sort(key=lambda m: (m[0], -m[1]))
        self.mentions = mentions
        self.mention_starts = [m[0] for m in mentions]
        persons = [_Person(s, t, self.canonical(e.name), e.id) for s, t, e in mentions if e.type == "PERSON"]
        covered = {(p.start, p.end) for p in persons}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not self._covered(covered, ent.start_char, ent.end_char):
                persons.append(_Person(ent.start_char, ent.end_char, self.canonical(ent.text), None))
        persons.sort(key=lambda p: p.start)
        self.persons = persons
        self.person_starts = [p.start for p in persons]
        self._roles: dict[str, str | None] = {}
        self._named_roles: dict[str, str] = {}  # roles met on sources so far, by canonical name

    @staticmethod
    def _covered(covered, s, e) -> bool:
        return any(a <= s and e <= b for a, b in covered)

    @staticmethod
    def _full_names(doc, entities) -> dict[str, str]:
        """Last word -> the longest full name ending with it (people named in full in this Doc)."""
        names = [e.name for e in entities if e.type == "PERSON"]
        names += [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
        out: dict[str, str] = {}
        for n in names:
            words = _strip_possessive(n).split()
            if len(words) >= 2 and words[0].lower() not in HONORIFICS:
                key = words[-1].lower()
                if len(n) > len(out.get(key, "")):
                    out[key] = " ".join(words)
        return out

    def canonical(self, name: str) -> str:
        """The full name for a surname or "Mr. Surname" when the article gives one."""
        words = [w for w in _strip_possessive(name).split() if w.lower() not in HONORIFICS]
        if not words:
            return name
        if len(words) == 1:
            return self.full_names.get(words[0].lower(), words[0])
        return " ".join(words)

    # ------------------------------------------------------------------ resolution
    def resolve(self, start: int, end: int, previous: Speaker | None = None) -> Speaker:
        """Speaker for the source at tokens [start, end)."""
        doc = self.doc
        span = doc[start:end]
        head = span.root
        mention = (span.start_char, span.end_char)
        low = head.lower_
        if head.pos_ == "PRON" and low in PERSON_PRONOUNS:
            person = self._person_before(span.start_char)
            if person:
                return Speaker(person.entity, person.name, mention, self._role_of_person(person))
            if previous is not None and previous.name:
                return replace(previous, mention=mention)
            return Speaker(None, head.text, mention)
        if head.pos_ == "PRON" and low in GROUP_PRONOUNS and previous is not None and previous.name:
            return replace(previous, mention=mention)
        ent = self._entity_at(head.idx, head.idx + len(head))
        if head.pos_ == "PROPN" or (ent is not None and ent.type == "PERSON"):
            return self._named(span, head, ent, mention)
        if ent is not None and ent.type in SPEAKER_TYPES:
            return Speaker(ent.id, ent.name, mention, ent.role)
        person = self._person_by_role(head, span.start_char) if _is_definite(span) else None
        if person:
            return Speaker(person.entity, person.name, mention, self._role_of_person(person))
        return Speaker(None, _group_name(head), mention)

    def _named(self, span, head, ent: Entity | None, mention) -> Speaker:
        """A source naming someone: full name (from the entity or the article), role from the name's context."""
        first = _name_start(span, head)
        raw = self.doc[first:head.i + 1].text
        name = self.canonical(raw)
        if ent is not None and ent.type == "PERSON":
            ent_name = self.canonical(ent.name)
            if len(ent_name.split()) >= len(name.split()):
                name = ent_name
        words = name.split()
        if len(words) >= 2:
            self.full_names.setdefault(words[-1].lower(), name)
        role = (ent.role if ent is not None else None) or self._named_roles.get(name)
        if not role:
            role = roles.role_of(self.doc, first, head.i + 1) or self.role_of_name(name)
        if role:
            self._named_roles.setdefault(name, role)
        return Speaker(ent.id if ent is not None else None, name, mention, role)

    def _entity_at(self, s: int, e: int) -> Entity | None:
        k = bisect.bisect_right(self.mention_starts, s)
        best = None
        for ms, me, ent in self.mentions[max(0, k - 8):k]:
            if ms <= s and e <= me and (best is None or ent.type == "PERSON"):
                best = ent
        return best

    def _person_before(self, pos: int) -> _Person | None:
        k = bisect.bisect_left(self.person_starts, pos)
        return self.persons[k - 1] if k else None

    def _person_by_role(self, head, pos: int) -> _Person | None:
        """"the minister" -> the latest person before ``pos`` whose role has that noun."""
        lemma = head.lemma_.lower()
        if lemma not in roles.ROLE_NOUNS:
            return None
        k = bisect.bisect_left(self.person_starts, pos)
        for person in reversed(self.persons[max(0, k - 30):k]):
            role = self._role_of_person(person)
            if role and lemma in role.lower():
                return person
        return None

    # ------------------------------------------------------------------ roles
    def role_of_entity(self, ent: Entity) -> str | None:
        if ent.role:
            return ent.role
        return self.role_of_name(self.canonical(ent.name)) if ent.type == "PERSON" else None

    def role_of_name(self, name: str) -> str | None:
        """The first role the article gives anyone mentioned under this canonical name."""
        if name not in self._roles:
            self._roles[name] = None
            for person in self.persons:
                if person.name == name:
                    span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
                    role = roles.role_of(self.doc, span.start, span.end) if span is not None and len(span) else None
                    if role:
                        self._roles[name] = role
                        break
        return self._roles[name]

    def _role_of_person(self, person: _Person) -> str | None:
        if person.entity and person.entity in self.entities and self.entities[person.entity].role:
            return self.entities[person.entity].role
        return self._named_roles.get(person.name) or self.role_of_name(person.name)

    def _role_here(self, start: int, end: int) -> str | None:
        return roles.role_of(self.doc, start, end)


def _strip_possessive(name: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _name_start(span, head) -> int:
    """First token of the proper name that ends at ``head`` ("foreign minister Ivo Brant" -> "Ivo")."""
    first = head.i
    while first - 1 >= span.start and span.doc[first - 1].pos_ == "PROPN" and span.doc[first - 1].head.i >= first:
        first -= 1
    return first


def _is_definite(span) -> bool:
    return span[0].lower_ in ("the", "this", "that")


def _group_name(head) -> str:
    """An unnamed source as written, kept short: the head noun and up to two modifiers before it."""
    mods = [t for t in head.lefts if t.dep_ in GROUP_MODIFIER_DEPS]
    words = [*(t.text for t in mods[-(MAX_GROUP_WORDS - 1):]), head.text]
    return " ".join(words)
