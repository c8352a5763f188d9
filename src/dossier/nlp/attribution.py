"""Attributions (who said or believes what), PolNeAR-style: source, cue, content."""
from __future__ import annotations

from ..model import Attribution, Entity
from ..settings import Settings


def find_attributions(doc, entities: list[Entity], settings: Settings = Settings()) -> list[Attribution]:
    return []
