"""Entities within one article: one canonical entity per real-world referent, with all mentions."""
from __future__ import annotations

from ..model import Entity

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


def find_entities(doc) -> list[Entity]:
    """Group ``doc.ents`` by surface text (placeholder until aliasing lands)."""
    groups: dict[tuple[str, str], list] = {}
    for ent in doc.ents:
        if ent.label_ in KEPT_LABELS:
            groups.setdefault((ent.text, ent.label_), []).append((ent.start_char, ent.end_char))
    return [Entity(id=f"E{i}", name=name, type=label, mentions=tuple(m))
            for i, ((name, label), m) in enumerate(groups.items(), 1)]
