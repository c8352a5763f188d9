"""Stances: what an actor wants, fears, supports, opposes or recommends, with evidence."""
from __future__ import annotations

from ..model import Entity, Stance


def find_stances(doc, entities: list[Entity]) -> list[Stance]:
    return []
