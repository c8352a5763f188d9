"""The JSON API (``/api/...``): the store's search functions over HTTP, GET only, documented by OpenAPI
at ``/api/openapi.json`` (and as a page at ``/api/docs``)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from .params import MAX_LIMIT, QuoteFilters, blank_to_none, quote_filters

router = APIRouter(prefix="/api", tags=["api"])

Span = list[int]


class ArticleRow(BaseModel):
    """One stored article, without its text."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    story: str | None = None
    thread: str | None = None


class ArticleList(BaseModel):
    articles: list[ArticleRow]


class QuoteRow(BaseModel):
    """One quote: ``text`` is ``article.text[span[0]:span[1]]``, ``cue`` and ``mention`` (the words naming
    the speaker) are spans into the same text; ``actor`` is the speaker's actor id; ``published`` is YYYY-MM-DD."""

    id: int | str | None = None
    speaker: str | None = None
    role: str | None = None
    text: str
    cue: Span | str | None = None
    kind: str | None = None
    article: str
    outlet: str | None = None
    published: str | None = None
    span: Span
    actor: str | None = None
    mention: Span | None = None


class QuoteList(BaseModel):
    quotes: list[QuoteRow]


def store_of(request: Request):
    """The ``Store`` the app was created with (``create_app(store)``)."""
    return request.app.state.store


def found(value, what: str):
    """``value``, or a 404 naming ``what`` when the store has none."""
    if value is None:
        raise HTTPException(404, f"no such {what}")
    return value


@router.get("/counts", summary="Rows per table")
def counts(store=Depends(store_of)) -> dict[str, int]:
    return store.counts()


@router.get("/articles", response_model=ArticleList, summary="Articles, newest first")
def articles(story: str | None = Query(None, description="Only this story (event) id."),
             thread: str | None = Query(None, description="Only this storyline id."),
             limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
             store=Depends(store_of)):
    return {"articles": store.articles(story=blank_to_none(story), thread=blank_to_none(thread),
                                       limit=limit, offset=offset)}


@router.get("/articles/{id:path}", summary="One article with its text and every extracted span")
def article(id: str, store=Depends(store_of)) -> dict[str, Any]:
    return found(store.article(id), "article")


@router.get("/quotes", response_model=QuoteList, summary="Quotes by speaker, words, outlet, dates, actor")
def quotes(filters: QuoteFilters = Depends(quote_filters), store=Depends(store_of)):
    return {"quotes": store.search_quotes(**filters.as_kwargs())}


@router.get("/search", summary="Ranked full-text search over article text")
def search(q: str = Query(..., min_length=1, description="Words to find."),
           limit: int = Query(20, ge=1, le=MAX_LIMIT), store=Depends(store_of)) -> dict[str, list[dict]]:
    return {"results": store.search_text(q, limit=limit)}


@router.get("/actors", summary="Actors, most quoted first")
def actors(limit: int = Query(100, ge=1, le=MAX_LIMIT), store=Depends(store_of)) -> dict[str, list[dict]]:
    return {"actors": store.actors(limit=limit)}


@router.get("/actors/{id:path}", summary="One actor with quotes, stances and articles")
def actor(id: str, store=Depends(store_of)) -> dict[str, Any]:
    return found(store.actor(id), "actor")


@router.get("/stances", summary="Stances (who wants, fears, supports... what)")
def stances(actor: str | None = Query(None, description="Actor id or name."),
            limit: int = Query(100, ge=1, le=MAX_LIMIT), store=Depends(store_of)) -> dict[str, list[dict]]:
    return {"stances": store.stances(actor=blank_to_none(actor), limit=limit)}


@router.get("/threads", summary="Storylines and their events")
def threads(store=Depends(store_of)) -> dict[str, list[dict]]:
    return {"threads": store.threads()}


@router.get("/attention", summary="Articles and quotes per publication day")
def attention(actor: str | None = Query(None, description="Only this actor id."),
              store=Depends(store_of)) -> dict[str, list[dict]]:
    return {"attention": store.attention(actor=blank_to_none(actor))}
