"""Query parameters shared by the JSON API and the HTML pages, read leniently and checked once.

Blank values (``?speaker=&since=``, as an HTML form sends them) mean "no filter"; a date that is not
ISO ``YYYY-MM-DD`` is a 422 with a message naming the parameter.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from fastapi import HTTPException, Query

MAX_LIMIT = 500


def blank_to_none(value: str | None) -> str | None:
    """``None`` for a missing or whitespace-only value, else the value stripped."""
    value = (value or "").strip()
    return value or None


def iso_day(value: str | None, name: str) -> str | None:
    """``value`` checked as an ISO date (``YYYY-MM-DD``); raises ``HTTPException(422)`` naming ``name``."""
    value = blank_to_none(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name} must be a date written YYYY-MM-DD, not {value!r}") from None


@dataclass(frozen=True)
class QuoteFilters:
    """The filters of ``Store.search_quotes`` (all optional); ``limit`` is 1..500."""

    speaker: str | None = None
    q: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    limit: int = 50

    def any(self) -> bool:
        return any(v for k, v in asdict(self).items() if k != "limit")

    def as_kwargs(self) -> dict:
        return asdict(self)


def quote_filters(
        speaker: str | None = Query(None, description="Part of the speaker's name or of one of their aliases, any case."),
        q: str | None = Query(None, description="Words that must all occur in the quote."),
        outlet: str | None = Query(None, description="Outlet, exactly as stored."),
        since: str | None = Query(None, description="First publication day, YYYY-MM-DD (inclusive)."),
        until: str | None = Query(None, description="Last publication day, YYYY-MM-DD (inclusive)."),
        actor: str | None = Query(None, description="Actor id (see /api/actors)."),
        limit: int = Query(50, ge=1, le=MAX_LIMIT, description="Most quotes returned.")) -> QuoteFilters:
    """FastAPI dependency: the quote filters of one request, blanks dropped and dates checked."""
    return QuoteFilters(speaker=blank_to_none(speaker), q=blank_to_none(q), outlet=blank_to_none(outlet),
                        since=iso_day(since, "since"), until=iso_day(until, "until"),
                        actor=blank_to_none(actor), limit=limit)
