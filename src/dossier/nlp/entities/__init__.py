"""Entities: people, organisations and states, with aliases, metonymy ("Moscow" for Russia) and roles."""
from .extract import find_entities

__all__ = ["find_entities"]
