"""Actors across articles: one canonical actor per person, organisation and state in the whole input.

``resolve(analyses)`` returns a :class:`Cast`: the actors, and for every (article id, entity id) the
actor it belongs to, so a brief can gather mentions, quotes and stances per actor across outlets.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .model import Analysis, Cite


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: list[Cite] = field(default_factory=list)


@dataclass
class Cast:
    actors: dict[str, Actor] = field(default_factory=dict)
    by_entity: dict[tuple[str, str], str] = field(default_factory=dict)  # (article id, entity id) -> actor id

    def actor_of(self, article_id: str, entity_id: str | None) -> Actor | None:
        key = self.by_entity.get((article_id, entity_id or ""))
        return self.actors.get(key) if key else None


def _key(name: str, type_: str) -> tuple[str, str]:
    return (name.lower(), type_)


def resolve(analyses: Iterable[Analysis]) -> Cast:
    """Placeholder merge on exact canonical name and type (aliasing across articles lands with issue 4)."""
    cast = Cast()
    index: dict[tuple[str, str], str] = {}
    for a in analyses:
        for e in a.entities:
            k = _key(e.name, e.type)
            if k not in index:
                index[k] = f"A{len(index) + 1}"
                cast.actors[index[k]] = Actor(index[k], e.name, e.type)
            actor = cast.actors[index[k]]
            actor.aliases.update(e.aliases or (e.name,))
            if e.role and e.role not in actor.roles:
                actor.roles.append(e.role)
            actor.mentions.extend(Cite(a.article.id, m) for m in e.mentions)
            cast.by_entity[(a.article.id, e.id)] = index[k]
    return cast
