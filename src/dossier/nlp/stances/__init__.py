"""Stances: what each actor wants, fears, supports, opposes, recommends, benefits from or accuses."""
from .extract import find_stances

__all__ = ["find_stances"]
