"""A small corpus written for the web tests (fictional people and places), stored in a real SQLite file.

Built straight from model dataclasses (no spaCy), so the spans are exactly the ones asserted. The third
article is hostile: its title, text and a quote carry ``<script>`` and ``onerror=`` markup.
"""
from __future__ import annotations

from pathlib import Path

from dossier.model import Analysis, Article, Attribution, Entity, Speaker, Stance, Timex

SCRIPT = "<script>window.__pwned = 1; alert('owned')</script>"
IMG = '<img src="nope.png" onerror="window.__pwned = 2; alert(2)">'


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``phrase`` in ``text`` (AssertionError when absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def said(text: str, content: str, cue: str, who: tuple[str, str, str], role: str, kind: str, *,
         cue_nth: int = 0, mention_nth: int = 0) -> Attribution:
    """A quote of ``text``: ``who`` is (entity id, resolved name, the words naming the speaker)."""
    entity, name, mention = who
    return Attribution(span(text, content), span(text, cue, cue_nth),
                       Speaker(entity, name, span(text, mention, mention_nth), role), kind)


def article(id: str, text: str, title: str, outlet: str, published: str, url: str | None) -> Article:
    return Article(id=id, path=f"{id}.txt", text=text, title=title, outlet=outlet, published=published, url=url,
                   body=((0, len(text)),))


def _bridge_opens() -> Analysis:
    text = ('Mayor Orla Brennick said on Monday that the Lindmark bridge "will open before the first frost". '
            'Treasurer Piet Hallvard warned that costs could rise again.\n'
            '"We cannot write a blank cheque for the harbour," Hallvard said.')
    art = article("ledger-bridge", text, "Lindmark bridge to open by winter", "Northern Ledger", "2024-03-04",
                  "https://ledger.example/bridge")
    brennick = Entity("E1", "Orla Brennick", "PERSON", (span(text, "Orla Brennick"),))
    hallvard = Entity("E2", "Piet Hallvard", "PERSON", (span(text, "Piet Hallvard"), span(text, "Hallvard", 1)))
    lindmark = Entity("E3", "Lindmark", "GPE", (span(text, "Lindmark"),))
    quotes = (
        said(text, '"will open before the first frost"', "said", ("E1", "Orla Brennick", "Orla Brennick"),
             "Mayor", "mixed"),
        said(text, "costs could rise again", "warned", ("E2", "Piet Hallvard", "Piet Hallvard"), "Treasurer",
             "indirect"),
        said(text, '"We cannot write a blank cheque for the harbour,"', "said", ("E2", "Piet Hallvard", "Hallvard"),
             "Treasurer", "direct", cue_nth=1, mention_nth=1),
    )
    stance = Stance("Piet Hallvard", "fears", span(text, "costs could rise again"),
                    span(text, "Treasurer Piet Hallvard warned that costs could rise again."), "E2")
    return Analysis(art, (brennick, hallvard, lindmark), quotes, (stance,),
                    (Timex(span(text, "Monday"), "DATE", "2024-03-04"),), story="bridge")


def _bridge_budget() -> Analysis:
    text = ('Piet Hallvard told the council on Wednesday that the bridge budget "has no slack left". '
            'Mayor Orla Brennick replied that the city would find the money.')
    art = article("post-budget", text, "No slack in bridge budget, treasurer says", "Coastal Post", "2024-03-06",
                  "https://post.example/budget")
    hallvard = Entity("E1", "Piet Hallvard", "PERSON", (span(text, "Piet Hallvard"),))
    brennick = Entity("E2", "Orla Brennick", "PERSON", (span(text, "Orla Brennick"),))
    quotes = (
        said(text, 'the bridge budget "has no slack left"', "told", ("E1", "Piet Hallvard", "Piet Hallvard"),
             "Treasurer", "mixed"),
        said(text, "the city would find the money", "replied", ("E2", "Orla Brennick", "Orla Brennick"), "Mayor",
             "indirect"),
    )
    return Analysis(art, (hallvard, brennick), quotes, (),
                    (Timex(span(text, "Wednesday"), "DATE", "2024-03-06"),), story="bridge")


def _hostile() -> Analysis:
    text = (f'Harbourmaster Dagny Roset said "{SCRIPT} ferry fares stay flat this year". '
            f'A leaflet in the terminal read {IMG} and nothing else.')
    art = article("quay-ferry", text, f"Ferry fares {SCRIPT}", "Quay Weekly", "2024-03-10", None)
    roset = Entity("E1", "Dagny Roset", "PERSON", (span(text, "Dagny Roset"),))
    quote = said(text, f'"{SCRIPT} ferry fares stay flat this year"', "said", ("E1", "Dagny Roset", "Dagny Roset"),
                 "Harbourmaster", "direct")
    return Analysis(art, (roset,), (quote,), (), (), story="ferry")


def analyses() -> list[Analysis]:
    """The three articles: two about the Lindmark bridge (one story), one hostile ferry article."""
    return [_bridge_opens(), _bridge_budget(), _hostile()]


def build_db(folder: Path) -> str:
    """Store ``analyses()`` in ``folder/web.db``; returns its SQLAlchemy URL."""
    from dossier.store import open_store

    url = f"sqlite:///{folder / 'web.db'}"
    store = open_store(url)
    try:
        store.add(analyses(), story_index=False)  # the storylines set here, not the story index's
    finally:
        store.close()
    return url
