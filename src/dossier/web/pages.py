"""The HTML pages: storylines, a storyline brief, actors, quote search, full-text search, articles and
attention over time. Every page reads without JavaScript; forms use GET."""
from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from .api import found, store_of
from .chart import attention_chart
from .highlight import article_layers, highlight, quote_anchor
from .params import MAX_LIMIT, QuoteFilters, blank_to_none, quote_filters

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE = 50
#: The storylines page lists this many storylines (newest data first as the store gives them).
INDEX_THREADS = 200
#: The attention page draws one small chart for each of this many most quoted actors.
TOP_ACTORS = 6
#: A storyline brief reads at most this many of its articles in full (for quotes and stances).
BRIEF_ARTICLES = 40


def render(request: Request, name: str, **context):
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/")
def index(request: Request, store=Depends(store_of)):
    return render(request, "index.html", counts=store.counts(), threads=store.threads(), shown=INDEX_THREADS,
                  shown_counts=("articles", "storylines", "events", "actors", "quotes", "stances", "dates"),
                  actors=store.actors(limit=12), recent=store.articles(limit=10),
                  titles={a["id"]: a for a in store.articles(limit=MAX_LIMIT)})


@router.get("/storylines/{id:path}")
def storyline(id: str, request: Request, store=Depends(store_of)):
    thread = found(next((t for t in store.threads() if str(t["id"]) == id), None), "storyline")
    articles = {a["id"]: a for a in store.articles(thread=id, limit=MAX_LIMIT)}
    by_speaker: dict[str, list[dict]] = defaultdict(list)
    stances: list[dict] = []
    for aid in list(articles)[:BRIEF_ARTICLES]:
        full = store.article(aid) or {}
        for quote in full.get("quotes") or ():
            by_speaker[quote.get("speaker") or "unnamed source"].append(quote)
        stances.extend(full.get("stances") or ())
    speakers = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return render(request, "storyline.html", thread=thread, articles=articles, speakers=speakers,
                  stances=stances, anchor=quote_anchor)


@router.get("/actors")
def actors(request: Request, store=Depends(store_of)):
    return render(request, "actors.html", actors=store.actors(limit=MAX_LIMIT))


@router.get("/actors/{id:path}")
def actor(id: str, request: Request, store=Depends(store_of)):
    card = found(store.actor(id), "actor")
    return render(request, "actor.html", actor=card, chart=attention_chart(store.attention(actor=id)),
                  anchor=quote_anchor)


@router.get("/quotes")
def quotes(request: Request, filters: QuoteFilters = Depends(quote_filters), store=Depends(store_of)):
    results = store.search_quotes(**filters.as_kwargs()) if filters.any() else None
    chosen = store.actor(filters.actor) if filters.actor else None
    return render(request, "quotes.html", filters=filters, results=results, anchor=quote_anchor,
                  actor_name=chosen and chosen.get("name"))


@router.get("/search")
def search(request: Request, q: str | None = Query(None), store=Depends(store_of)):
    q = blank_to_none(q)
    return render(request, "search.html", q=q, results=store.search_text(q, limit=PAGE) if q else None)


@router.get("/articles")
def articles(request: Request, page: int = Query(1, ge=1, le=100_000), store=Depends(store_of)):
    rows = store.articles(limit=PAGE + 1, offset=(page - 1) * PAGE)
    return render(request, "articles.html", articles=rows[:PAGE], page=page, more=len(rows) > PAGE)


@router.get("/articles/{id:path}")
def article(id: str, request: Request, store=Depends(store_of)):
    art = found(store.article(id), "article")
    return render(request, "article.html", article=art, body=highlight(art.get("text") or "", article_layers(art)),
                  anchor=quote_anchor)


@router.get("/attention")
def attention(request: Request, actor: str | None = Query(None), store=Depends(store_of)):
    actor = blank_to_none(actor)
    chosen = found(store.actor(actor), "actor") if actor else None
    actors = store.actors(limit=MAX_LIMIT)
    chart = attention_chart(store.attention(actor=actor))
    top = []
    if chart and not chosen:
        extent = (chart.bars[0].label, chart.bars[-1].label)
        top = [(a, attention_chart(store.attention(actor=a["id"]), width=360, height=140, extent=extent))
               for a in actors[:TOP_ACTORS]]
    return render(request, "attention.html", chart=chart, actors=actors, chosen=chosen, top=top)


@router.get("/api/docs")
def api_docs(request: Request):
    """The OpenAPI document rendered as a plain page (Swagger UI would need a CDN or a bundled script)."""
    spec = request.app.openapi()
    return render(request, "api_docs.html", spec=spec, paths=sorted(spec.get("paths", {}).items()))
