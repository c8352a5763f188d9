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


def _bridge_opens() -> Analysis:
    text = ('Mayor Orla Brennick said on Monday that the Lindmark bridge "will open before the first frost". '
            'Treasurer Piet Hallvard warned that costs could rise again.\n'
            '"We cannot write a blank cheque for the harbour," Hallvard said.')
    art = Article(id="ledger-bridge", path="ledger-bridge.txt", text=text, title="Lindmark bridge to open by winter",
                  outlet="Northern Ledger", published="2024-03-04", url="https://ledger.example/bridge",
                  body=((0, len(text)),))
    brennick = Entity("E1", "Orla Brennick", "PERSON", (span(text, "Orla Brennick"),))
    hallvard = Entity("E2", "Piet Hallvard", "PERSON", (span(text, "Piet Hallvard"), span(text, "Hallvard", 1)))
    lindmark = Entity("E3", "Lindmark", "GPE", (span(text, "Lindmark"),))
    quotes = (
        Attribution(span(text, '"will open before the first frost"'), span(text, "said"),
                    Speaker("E1", "Orla Brennick", span(text, "Orla Brennick"), "Mayor"), "mixed"),
        Attribution(span(text, "costs could rise again"), span(text, "warned"),
                    Speaker("E2", "Piet Hallvard", span(text, "Piet Hallvard"), "Treasurer"), "indirect"),
        Attribution(span(text, '"We cannot write a blank cheque for the harbour,"'), span(text, "said", 1),
                    Speaker("E2", "Piet Hallvard", span(text, "Hallvard", 1), "Treasurer"), "direct"),
    )
    stance = Stance("Piet Hallvard", "fears", span(text, "costs could rise again"),
                    span(text, "Treasurer Piet Hallvard warned that costs could rise again."), "E2")
    return Analysis(art, (brennick, hallvard, lindmark), quotes, (stance,),
                    (Timex(span(text, "Monday"), "DATE", "2024-03-04"),), story="bridge")


def _bridge_budget() -> Analysis:
    text = ('Piet Hallvard told the council on Wednesday that the bridge budget "has no slack left". '
            'Mayor Orla Brennick replied that the city would find the money.')
    art = Article(id="post-budget", path="post-budget.txt", text=text, title="No slack in bridge budget, treasurer says",
                  outlet="Coastal Post", published="2024-03-06", url="https://post.example/budget",
                  body=((0, len(text)),))
    hallvard = Entity("E1", "Piet Hallvard", "PERSON", (span(text, "Piet Hallvard"),))
    brennick = Entity("E2", "Orla Brennick", "PERSON", (span(text, "Orla Brennick"),))
    quotes = (
        Attribution(span(text, 'the bridge budget "has no slack left"'), span(text, "told"),
                    Speaker("E1", "Piet Hallvard", span(text, "Piet Hallvard"), "Treasurer"), "mixed"),
        Attribution(span(text, "the city would find the money"), span(text, "replied"),
                    Speaker("E2", "Orla Brennick", span(text, "Orla Brennick"), "Mayor"), "indirect"),
    )
    return Analysis(art, (hallvard, brennick), quotes, (),
                    (Timex(span(text, "Wednesday"), "DATE", "2024-03-06"),), story="bridge")


def _hostile() -> Analysis:
    text = (f'Harbourmaster Dagny Roset said "{SCRIPT} ferry fares stay flat this year". '
            f'A leaflet in the terminal read {IMG} and nothing else.')
    art = Article(id="quay-ferry", path="quay-ferry.txt", text=text, title=f"Ferry fares {SCRIPT}",
                  outlet="Quay Weekly", published="2024-03-10", url=None, body=((0, len(text)),))
    roset = Entity("E1", "Dagny Roset", "PERSON", (span(text, "Dagny Roset"),))
    quote = Attribution(span(text, f'"{SCRIPT} ferry fares stay flat this year"'), span(text, "said"),
                        Speaker("E1", "Dagny Roset", span(text, "Dagny Roset"), "Harbourmaster"), "direct")
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
        store.add(analyses())
    finally:
        store.close()
    return url
