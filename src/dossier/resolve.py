"""Actors across articles: one canonical actor per person, organisation and state in the whole input.

``resolve(analyses)`` returns a :class:`Cast`: the actors, and for every (article id, entity id) the
actor it belongs to, so a brief can gather mentions, quotes and stances per actor across outlets.

Within an article ``nlp.entities`` has already merged aliases and resolved metonymy; here entities
of different articles meet: persons by their name words (transliterations such as Sergey/Sergei
match, Kim Jong Un and Kim Il Sung do not, a bare surname joins the most mentioned full name that
fits it), states by their canonical name, organisations by their normal form.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .model import Analysis, Cite, Entity
from .nlp.gender import given_name_known
from .nlp.attribution.names import particle_surname
from .nlp.entities.aliases import (NAME_SUFFIXES, familiar_form_of, generation, name_words, same_full_name,
                                  short_form_fits, surname_key)

LEADING_ARTICLE = re.compile(r"^the\s+", re.I)
POSSESSIVE = re.compile(r"['’]s?$")
ACRONYM_WITH_DOTS = re.compile(r"^(?:[A-Z]\.){2,}$")
# How demonyms are made from a state's name stripped of its final vowels: Velmor-an, Kestovi-an, Ostrand-i.
DEMONYM_SUFFIXES = r"(?:ans?|ians?|is?|ese|ish|ns?)"
STATE_LIKE_TYPES = frozenset({"GPE", "ORG", "PERSON", "LOC", "NORP"})  # a rare state's name gets any of these


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: list[Cite] = field(default_factory=list)
    outlets: Counter = field(default_factory=Counter)  # outlet (or article id) -> mentions there
    articles: list[str] = field(default_factory=list)  # ids of the articles naming it, first seen first
    related: Counter = field(default_factory=Counter)  # actor id -> paragraphs shared with it
    names: list[str] = field(default_factory=list)  # every entity name merged here, for the canonical one


@dataclass
class Cast:
    actors: dict[str, Actor] = field(default_factory=dict)
    by_entity: dict[tuple[str, str], str] = field(default_factory=dict)  # (article id, entity id) -> actor id

    def actor_of(self, article_id: str, entity_id: str | None) -> Actor | None:
        key = self.by_entity.get((article_id, entity_id or ""))
        return self.actors.get(key) if key else None


def resolve(analyses: Iterable[Analysis]) -> Cast:
    """Merge the per-article entities of all analyses into actors."""
    analyses = list(analyses)
    cast = Cast()
    people = _People()
    by_key: dict[tuple[str, str], Actor] = {}
    items = [(a, e) for a in analyses for e in a.entities]
    # full names first, so a bare surname anywhere can join the person it names
    # a surname with its particles ("Al-Rashid") next, so it can join a full name, but before a bare surname
    # can, as it may be a full name itself ("Ash Carter", "Al Gore")
    items.sort(key=lambda ae: _person_rank(ae[1]))
    for a, e in items:
        actor = _person_actor(cast, people, e) if e.type == "PERSON" else (_person_typed_otherwise(people, e)
                                                                            or _keyed_actor(cast, by_key, e))
        _absorb(actor, a, e)
        cast.by_entity[(a.article.id, e.id)] = actor.id
    _merge_familiar_forms(cast)
    _merge_namesakes_of_other_types(cast, analyses)
    _speaker_roles(cast, analyses)
    _related(cast, analyses)
    for actor in cast.actors.values():
        actor.name = _canonical(actor)
    return cast


def _person_rank(e: Entity) -> int:
    """The order ``resolve`` takes entities in: full names of people (0), surnames with their particles alone
    (1: "Al-Rashid", "Van Brakel", which may also be given name and surname: "Al Gore"), the rest (2)."""
    words = name_words(e.name)
    if e.type != "PERSON" or len(words) < 2:
        return 2
    return 1 if particle_surname(words) else 0


def _merge_namesakes_of_other_types(cast: Cast, analyses: list[Analysis]) -> None:
    """One name typed differently in different places ("Velmora" as GPE here, PERSON there: the small
    model is unsure of rare names) is one actor. A one-word name is a state (GPE) when the texts use a
    demonym made from it ("Velmoran", "Ostrandi"); otherwise the type with the most mentions wins."""
    by_name: dict[str, list[Actor]] = {}
    for actor in cast.actors.values():
        by_name.setdefault(_normal(actor.name), []).append(actor)
    texts = "\n".join(a.article.text for a in analyses)
    for name, actors in by_name.items():
        keep = max(actors, key=lambda a: len(a.mentions))
        one_word = all(len(n.split()) == 1 for a in actors for n in a.names)
        if one_word and keep.type in STATE_LIKE_TYPES and _has_demonym(name, texts):
            keep.type = "GPE"
        for other in actors:  # same name, other types (people and keyed actors merge their own kind)
            if other is not keep:
                _fold(cast, other, keep)


def _merge_familiar_forms(cast: Cast) -> None:
    """One person under a given name and its familiar form ("William Brandt" and "Bill Brandt",
    ``aliases.familiar_form_of``), in one article or across the input, is one actor: when every person named in full
    with that surname in the whole input has one of the two given names (another, "Tom Brandt", may be a brother:
    the pair stays apart), with the same generational suffix. The name shown stays ``_canonical``'s. Source: brief
    readers' note (one speaker listed twice as "Bill ..." and "William ...")."""
    by_surname: dict[str, list[Actor]] = {}
    for actor in cast.actors.values():
        key = surname_key(name_words(actor.name)) if actor.type == "PERSON" else None
        if key:
            by_surname.setdefault(key, []).append(actor)
    for actors in by_surname.values():
        givens = {name_words(n)[0] for a in actors for n in a.names if len(name_words(n)) >= 2}
        if len(givens) != 2 or not familiar_form_of(*givens) or len({generation(a.name) for a in actors}) != 1:
            continue
        keep = max(actors, key=lambda a: len(a.mentions))
        for other in actors:
            if other is not keep:
                _fold(cast, other, keep)


def _has_demonym(name: str, texts: str) -> bool:
    """Whether a word made of the name's stem and a demonym ending, other than the name, is in the texts."""
    stem = name.rstrip("aeiouy")
    if len(stem) < 3:
        return False
    words = re.finditer(r"\b" + re.escape(stem) + DEMONYM_SUFFIXES + r"\b", texts, re.I)
    return any(m.group(0).lower() != name for m in words)


def _fold(cast: Cast, other: Actor, keep: Actor) -> None:
    keep.aliases |= other.aliases
    keep.roles += [r for r in other.roles if r not in keep.roles]
    keep.mentions += other.mentions
    keep.outlets.update(other.outlets)
    keep.articles += [a for a in other.articles if a not in keep.articles]
    keep.names += other.names
    for key, actor_id in cast.by_entity.items():
        if actor_id == other.id:
            cast.by_entity[key] = keep.id
    del cast.actors[other.id]


def _new_actor(cast: Cast, name: str, type_: str) -> Actor:
    actor = Actor(id=f"A{len(cast.actors) + 1}", name=name, type=type_)
    cast.actors[actor.id] = actor
    return actor


class _People:
    """Person actors indexed by their name words' first and last word, so a lookup reads only the
    few candidates sharing a word (the input may hold thousands of people)."""

    def __init__(self) -> None:
        self.by_word: dict[str, list[tuple[list[str], Actor]]] = {}

    def add(self, words: list[str], actor: Actor) -> None:
        for w in {words[0], words[-1]}:
            self.by_word.setdefault(w, []).append((words, actor))

    def candidates(self, word: str) -> list[tuple[list[str], Actor]]:
        return self.by_word.get(word, [])


def _person_actor(cast: Cast, people: _People, e: Entity) -> Actor:
    words = name_words(e.name) or [e.name.lower()]
    if len(words) >= 2:
        owner = _particle_surname_owner(people, words, e.name)
        if owner is not None:
            return owner
        for known, actor in people.candidates(words[-1]):
            if same_full_name(known, words) and generation(actor.name) == generation(e.name):
                return actor  # "Tomas Vell Jr." is not "Tomas Vell"
        fits = {actor.id: actor for known, actor in people.candidates(words[-1])
                if _middle_variant(known, words) and generation(actor.name) == generation(e.name)
                and all(_middle_variant(w, words) for w in map(name_words, set(actor.names)) if len(w) >= 2)}
        if len(fits) == 1:
            return next(iter(fits.values()))  # "Mara Quell" here, "Mara Ostby Quell" there
        actor = _new_actor(cast, e.name, "PERSON")
        people.add(words, actor)
        return actor
    candidates = people.candidates(words[0])
    fits = [(short_form_fits(words[0], known), len(actor.mentions), actor) for known, actor in candidates
            if len(known) >= 2 and _may_stand_for(e.name, actor.name)]
    fits = [f for f in fits if f[0]]
    if fits:
        return max(fits, key=lambda f: f[:2])[2]
    for known, actor in candidates:
        if known == words:
            return actor
    actor = _new_actor(cast, e.name, "PERSON")
    people.add(words, actor)
    return actor


def _particle_surname_owner(people: _People, words: list[str], name: str) -> Actor | None:
    """The one person whose full name ends with a surname written with its particles alone ("Al-Rashid",
    "De Luca", "bin Salman": ``name_words`` in lower case, so the particle's case does not count), or None
    when no one's does or two people's do ("Ali al-Sadr" and "Hadi al-Sadr": a bare "al-Sadr" is
    neither). Source: analyst's read of a 50-article brief (one prime minister under "Al-Rashid" and
    "Karim al-Rashid")."""
    if not particle_surname(words):
        return None
    fits = {actor.id: actor for known, actor in people.candidates(words[-1])
            if len(known) > len(words) and known[-len(words):] == words and generation(actor.name) == generation(name)}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _person_typed_otherwise(people: _People, e: Entity) -> Actor | None:
    """The person a surname written with its particles stands for though the small model typed it a body or
    a place ("al-Menawi" as ORG in an article that never gives his first name): the one person of the run
    whose full name ends with it (``_particle_surname_owner``) and opens with a given name, else None: a
    body the model typed a person ("Jabhat al-Nusra") does not take the "al-Nusra" rightly typed a body."""
    if e.type not in STATE_LIKE_TYPES:
        return None
    owner = _particle_surname_owner(people, name_words(e.name), e.name)
    return owner if owner is not None and given_name_known(name_words(owner.name)[0].title()) else None


def _middle_variant(a: list[str], b: list[str]) -> bool:
    """Two full names (``name_words``, initials already dropped) of one person written with and without a
    middle name ("Mara Quell", "Mara Ostby Quell"): the same first and last word, and the middle words of one
    are none or the other's, unless it is a given name. Two different middles ("Tomas Arne Vell", "Tomas Bjorn Vell") are two people; a
    third name with another middle does not join either (``_person_actor`` wants one fit). Source: analyst22
    (two cards for one former secretary of state, one per way the outlets wrote her name)."""
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    middle_a, middle_b = a[1:-1], b[1:-1]
    if middle_a == middle_b:
        return True
    # a middle that is a given name may be what tells two kin apart ("John Quincy Adams", "John Adams"); a
    # maiden or family name ("Rodham", "Huckabee") does not
    return not (middle_a and middle_b) and not any(given_name_known(w.title()) for w in middle_a + middle_b)


ACRONYM = re.compile(r"[A-Z]{2,4}")


def _may_stand_for(short: str, full: str) -> bool:
    """A one-word person's name ``short`` may be a short form of ``full``: not an acronym in capitals ("UN" from
    a headline "ENVOY AT UN") for a name that writes the word otherwise ("Kim Jong Un"), nor a first name with a
    generational suffix ("Donald Jr.") for a name without it ("Donald Vell"). Source: analyst22 (actor cards
    listing "UN" as Kim Jong Un and "Donald Jr." as his father)."""
    if ACRONYM.fullmatch(short.strip()) and short.strip() not in full.split():
        return False
    suffix = short.split()[-1].lower().rstrip(".") if short.split() else ""
    return not (len(short.split()) >= 2 and suffix in NAME_SUFFIXES and generation(full) != suffix)


def _keyed_actor(cast: Cast, by_key: dict[tuple[str, str], Actor], e: Entity) -> Actor:
    key = (e.type, _normal(e.name))
    if key not in by_key:
        by_key[key] = _new_actor(cast, e.name, e.type)
    return by_key[key]


def _normal(name: str) -> str:
    """"the U.N." and "UN", "the Pentagon" and "Pentagon" are one key."""
    name = POSSESSIVE.sub("", LEADING_ARTICLE.sub("", name.strip()))
    if ACRONYM_WITH_DOTS.match(name):
        name = name.replace(".", "")
    return name.lower()


def _absorb(actor: Actor, a: Analysis, e: Entity) -> None:
    article = a.article
    actor.names.append(LEADING_ARTICLE.sub("", e.name))
    actor.aliases.update(e.aliases or (e.name,))
    actor.aliases.add(e.name)
    if e.role and e.role not in actor.roles:
        actor.roles.append(e.role)
    actor.mentions.extend(Cite(article.id, m) for m in e.mentions)
    actor.outlets[article.outlet or article.id] += len(e.mentions)
    if article.id not in actor.articles:
        actor.articles.append(article.id)


def _speaker_roles(cast: Cast, analyses: list[Analysis]) -> None:
    """Roles the quotes give their speakers ("director of ...") join the speaker's actor."""
    for a in analyses:
        for q in a.attributions:
            actor = cast.actor_of(a.article.id, q.speaker.entity)
            role = (q.speaker.role or "").strip()
            if actor is not None and role and role not in actor.roles:
                actor.roles.append(role)


def _related(cast: Cast, analyses: list[Analysis]) -> None:
    """Actors named in the same paragraph (a body span), counted once per paragraph."""
    for a in analyses:
        paragraphs = a.article.body or ((0, len(a.article.text)),)
        spans = [(m, cast.by_entity[(a.article.id, e.id)]) for e in a.entities for m in e.mentions]
        for start, end in paragraphs:
            inside = {actor for (s, _), actor in spans if start <= s < end}
            for x in inside:
                cast.actors[x].related.update(inside - {x})


def _canonical(actor: Actor) -> str:
    """The longest full form seen for it; among equals the most frequent, then the first."""
    counts = Counter(actor.names)
    first = {n: i for i, n in reversed(list(enumerate(actor.names)))}
    return max(counts, key=lambda n: (len(name_words(n)) if actor.type == "PERSON" else 0, not n.isupper(),
                                      counts[n], -first[n]))
