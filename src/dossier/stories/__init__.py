"""Stories across outlets: near-duplicates, events, storylines, what outlets agree on or differ on.

``StoryIndex`` is the one online object: ``add(analysis | features) -> Assignment(story, thread,
duplicate_of)``, ``state()`` / ``StoryIndex.from_state(d)`` (JSON) so a store can grow it daily.
"""
from .cluster import Assignment, StoryIndex
from .features import Features, features_of, features_of_record

__all__ = ["Assignment", "Features", "StoryIndex", "features_of", "features_of_record"]
