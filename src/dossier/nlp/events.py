"""Events: sentences that carry a resolved date, with the entities they mention."""
from __future__ import annotations

from ..model import Entity, Event, Timex


def find_events(doc, timexes: list[Timex], entities: list[Entity]) -> list[Event]:
    """Placeholder: filled in with issue 4 (timeline)."""
    return []
