"""Actors across the whole store, one batch at a time: each new article's entities join the actors
already stored, with the rules ``resolve.py`` applies to one run (``nlp.entities.aliases``):

- a person's full name joins the actor with the same full name (transliterated first names match:
  Sergey/Sergei; Kim Jong Un and Kim Il Sung do not);
- a bare surname joins the most mentioned stored person whose last (or, family-name first, first)
  name word it is; failing that, a person of that one name;
- any other entity joins the actor of the same type and normal name ("the U.N." = "UN").

What this leaves to the one-run ``resolve``: types merged across the corpus (a rare name typed GPE
here and PERSON there stays two actors) and related-actor counts, which the store reads by query.
"""
from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from ..model import Entity
from ..nlp.entities.aliases import name_words, same_full_name, short_form_fits
from ..resolve import _normal as normal_name
from .schema import actors, aliases, mentions


class ActorBook:
    """Finds or creates the actor of each entity inside one batch's transaction (cache lives as long)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.known_aliases: dict[int, set[str]] = {}

    def actor_of(self, e: Entity) -> int:
        """The stored actor id for entity ``e`` (created when new); its aliases are recorded."""
        if e.type == "PERSON":
            words = name_words(e.name) or [e.name.lower()]
            actor = self._person(words) or self._new(e.name, "PERSON", None)
            self._maybe_rename(actor, e.name, words)
        else:
            key = f"{e.type}|{normal_name(e.name)}"
            actor = self.conn.scalar(select(actors.c.id).where(actors.c.key == key).limit(1))
            actor = actor or self._new(e.name, e.type, key)
        for alias in {e.name, *e.aliases}:
            self._alias(actor, alias)
        return actor

    def _person(self, words: list[str]) -> int | None:
        person = actors.c.type == "PERSON"
        if len(words) >= 2:
            rows = self.conn.execute(select(aliases.c.actor, aliases.c.alias).join(actors).where(
                person, aliases.c.last == words[-1])).all()
            return next((a for a, alias in rows if same_full_name(name_words(alias), words)), None)
        word = words[0]
        rows = self.conn.execute(select(aliases.c.actor, aliases.c.alias).join(actors).where(
            person, (aliases.c.last == word) | (aliases.c.first == word))).all()
        fits = {}
        for actor, alias in rows:
            fit = short_form_fits(word, name_words(alias))
            fits[actor] = max(fits.get(actor, 0), fit)
        fits = {a: f for a, f in fits.items() if f}
        if fits:
            counts = dict(self.conn.execute(select(mentions.c.actor, func.count()).where(
                mentions.c.actor.in_(list(fits))).group_by(mentions.c.actor)).all())
            return max(fits, key=lambda a: (fits[a], counts.get(a, 0), -a))
        return next((a for a, alias in rows if name_words(alias) == words), None)

    def _new(self, name: str, type_: str, key: str | None) -> int:
        return self.conn.execute(insert(actors).values(name=name, type=type_, key=key)).inserted_primary_key[0]

    def _maybe_rename(self, actor: int, name: str, words: list[str]) -> None:
        """A person's name is the longest full form met ("Mira Kostova" over "Kostova")."""
        current = self.conn.scalar(select(actors.c.name).where(actors.c.id == actor))
        if len(words) > len(name_words(current or "")):
            self.conn.execute(update(actors).where(actors.c.id == actor).values(name=name))

    def _alias(self, actor: int, alias: str) -> None:
        known = self.known_aliases.get(actor)
        if known is None:
            known = self.known_aliases[actor] = set(self.conn.scalars(
                select(aliases.c.alias).where(aliases.c.actor == actor)))
        if alias in known:
            return
        words = name_words(alias) or [alias.lower()]
        self.conn.execute(insert(aliases).values(actor=actor, alias=alias, first=words[0], last=words[-1]))
        known.add(alias)
