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

from typing import Iterable

from sqlalchemy import Connection, func, insert, select, update

from ..model import Entity
from ..nlp.entities.aliases import generation, name_words, same_full_name, short_form_fits
from ..resolve import _normal as normal_name
from .schema import actors, aliases, mentions, quotes


class ActorBook:
    """Finds or creates the actor of each entity inside one batch's transaction.

    Lookups are memoised for the batch; new aliases and names are kept in memory (so later entities of
    the batch find them) and written by ``flush()``, which the batch calls before it commits.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.memo: dict[tuple[str, str], int] = {}  # (type, name) -> actor
        self.keys: dict[str, int] = {}  # "TYPE|normal name" -> actor
        self.pending: dict[int, set[str]] = {}  # actor -> aliases met in this batch
        self.names: dict[int, str] = {}  # actor -> its name, as renamed in this batch
        self.met: dict[str, set[tuple[int, str]]] = {}  # name word -> (person, alias) met in this batch

    def prefetch(self, entities: Iterable[Entity]) -> None:
        """Find the actors of a batch's non-person entities in one query, and create the missing ones
        in one multi-row insert (first name met as their name)."""
        keys = {}
        for e in entities:
            if e.type != "PERSON":
                keys.setdefault(f"{e.type}|{normal_name(e.name)}", e)
        for chunk in _chunks(list(keys), 500):
            self.keys.update((key, actor) for actor, key in self.conn.execute(
                select(actors.c.id, actors.c.key).where(actors.c.key.in_(chunk))))
        missing = [key for key in keys if key not in self.keys]
        if missing:
            rows = [{"name": keys[k].name, "type": keys[k].type, "key": k, "articles": 0, "quotes": 0} for k in missing]
            created = self.conn.execute(insert(actors).returning(actors.c.id, actors.c.key,
                                                                 sort_by_parameter_order=True), rows)
            self.keys.update((key, actor) for actor, key in created)

    def actor_of(self, e: Entity) -> int:
        """The stored actor id for entity ``e`` (created when new); its aliases are recorded."""
        actor = self.memo.get((e.type, e.name))
        if actor is None:
            if e.type == "PERSON":
                words = name_words(e.name) or [e.name.lower()]
                actor = self._person(words, generation(e.name)) or self._new(e.name, "PERSON", None)
                self._maybe_rename(actor, e.name, words)
            else:
                key = f"{e.type}|{normal_name(e.name)}"
                actor = self.keys.get(key) or self.conn.scalar(select(actors.c.id).where(actors.c.key == key).limit(1))
                actor = self.keys[key] = actor or self._new(e.name, e.type, key)  # when not prefetched
            self.memo[(e.type, e.name)] = actor
        pending = self.pending.setdefault(actor, set())
        for alias in {e.name, *e.aliases} - pending:
            pending.add(alias)
            if e.type == "PERSON":
                words = name_words(alias) or [alias.lower()]
                for w in {words[0], words[-1]}:
                    self.met.setdefault(w, set()).add((actor, alias))
        return actor

    def _candidates(self, words: list[str]) -> list[tuple[int, str]]:
        """(actor, alias) of the persons with an alias whose first or last name word is one of ``words``."""
        rows = self.conn.execute(select(aliases.c.actor, aliases.c.alias, actors.c.name).join(actors).where(
            actors.c.type == "PERSON", aliases.c.last.in_(words) | aliases.c.first.in_(words))).all()
        for actor, _, name in rows:
            self.names.setdefault(actor, name)
        return [(a, alias) for a, alias, _ in rows] + [hit for w in words for hit in self.met.get(w, ())]

    def _person(self, words: list[str], suffix: str | None = None) -> int | None:
        """The stored person ``words`` name: a full name joins an alias of the same full name and the same
        generational ``suffix`` (``aliases.generation``: "Tomas Vell Jr." is not "Tomas Vell"); a bare name
        the best-fitting, most mentioned full name."""
        if len(words) >= 2:
            rows = self._candidates(words[-1:])
            return next((a for a, alias in rows if same_full_name(name_words(alias), words)
                         and generation(alias) == suffix), None)  # "Tomas Vell Jr." is not "Tomas Vell"
        word = words[0]
        rows = self._candidates([word])
        fits: dict[int, int] = {}
        for actor, alias in rows:
            fits[actor] = max(fits.get(actor, 0), short_form_fits(word, name_words(alias)))
        fits = {a: f for a, f in fits.items() if f}
        if fits:
            counts = dict(self.conn.execute(select(mentions.c.actor, func.count()).where(
                mentions.c.actor.in_(list(fits))).group_by(mentions.c.actor)).all())
            return max(fits, key=lambda a: (fits[a], counts.get(a, 0), -a))
        return next((a for a, alias in rows if name_words(alias) == words), None)

    def _new(self, name: str, type_: str, key: str | None) -> int:
        actor = self.conn.execute(insert(actors).values(name=name, type=type_, key=key, articles=0, quotes=0)
                                  ).inserted_primary_key[0]
        self.names[actor] = name
        return actor

    def _maybe_rename(self, actor: int, name: str, words: list[str]) -> None:
        """A person's name is the longest full form met ("Mira Kostova" over "Kostova")."""
        if actor not in self.names:
            self.names[actor] = self.conn.scalar(select(actors.c.name).where(actors.c.id == actor)) or ""
        if len(words) > len(name_words(self.names[actor])):
            self.names[actor] = name
            self.conn.execute(update(actors).where(actors.c.id == actor).values(name=name))

    def flush(self) -> None:
        """Write the aliases met in this batch that their actors do not have yet, and recount the
        articles and quotes of every actor the batch touched (after its mentions and quotes are in)."""
        if not self.pending:
            return
        touched = list(self.pending)
        for chunk in _chunks(touched, 500):
            self.conn.execute(update(actors).where(actors.c.id.in_(chunk)).values(
                articles=select(func.count(func.distinct(mentions.c.article))).where(
                    mentions.c.actor == actors.c.id).scalar_subquery(),
                quotes=select(func.count()).where(quotes.c.actor == actors.c.id).scalar_subquery()))
        known = set(self.conn.execute(select(aliases.c.actor, aliases.c.alias).where(
            aliases.c.actor.in_(list(self.pending)))).all())
        rows = []
        for actor, names in self.pending.items():
            for alias in sorted(names):
                if (actor, alias) not in known:
                    words = name_words(alias) or [alias.lower()]
                    rows.append({"actor": actor, "alias": alias, "first": words[0], "last": words[-1]})
        if rows:
            self.conn.execute(insert(aliases), rows)
        self.pending.clear()


def _chunks(items: list, size: int):
    return (items[i:i + size] for i in range(0, len(items), size))
