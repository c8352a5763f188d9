"""An article's text as HTML with its extracted spans highlighted, built from offsets.

The text is untrusted: every piece of it passes through ``markupsafe.escape``; the only markup in the
result is the ``<span>`` tags written here, whose class names and ids come from our own code and whose
titles are escaped too. That is why the result may be a ``Markup`` (the templates never use ``|safe``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Layer:
    """One span to mark: ``text[start:end]`` gets CSS class ``kind``; ``anchor`` (an element id) is put
    on its first piece so that ``#anchor`` links land on it; ``title`` is shown on hover."""

    start: int
    end: int
    kind: str
    anchor: str | None = None
    title: str | None = None


def valid(layer: Layer, size: int) -> bool:
    """A span is drawn only when ``0 <= start < end <= size`` (others are dropped, never guessed)."""
    return 0 <= layer.start < layer.end <= size


def highlight(text: str, layers: Iterable[Layer]) -> Markup:
    """``text`` as escaped HTML, cut at every span boundary; each piece that lies inside one or more
    layers becomes ``<span class="hl KIND...">`` (overlapping and nested spans simply share pieces).

    Runs in O(n log n + pieces x layers) for n layers.
    """
    kept = [layer for layer in layers if valid(layer, len(text))]
    cuts = sorted({0, len(text), *(l.start for l in kept), *(l.end for l in kept)})
    anchored: set[str] = set()
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        piece = escape(text[start:end])
        active = [l for l in kept if l.start <= start and end <= l.end]
        if not active:
            out.append(piece)
            continue
        out.append(_open(active, start, anchored) + piece + Markup("</span>"))
    return Markup("").join(out)


def _open(active: Sequence[Layer], start: int, anchored: set[str]) -> Markup:
    kinds = sorted({l.kind for l in active})
    attrs = Markup(' class="hl {}"').format(" ".join(kinds))
    anchor = next((l.anchor for l in active if l.anchor and l.start == start and l.anchor not in anchored), None)
    if anchor:
        anchored.add(anchor)
        attrs += Markup(' id="{}"').format(anchor)
    titles = [l.title for l in active if l.title]
    if titles:
        attrs += Markup(' title="{}"').format("; ".join(dict.fromkeys(titles)))
    return Markup("<span{}>").format(attrs)


def article_layers(article: dict) -> list[Layer]:
    """The layers of one stored article (``Store.article`` shape): quotes (anchored ``q-ID``), their cues
    and source mentions when given as spans, entity mentions, dates and stance spans."""
    layers: list[Layer] = []
    for entity in article.get("entities") or ():
        for span in entity.get("mentions") or ():
            layers.append(Layer(*_pair(span), "entity", title=f"{entity.get('name')} ({entity.get('type')})"))
    for date in article.get("dates") or ():
        if _is_span(date.get("span")):
            layers.append(Layer(*_pair(date["span"]), "date", title=f"{date.get('type')} {date.get('value')}"))
    for stance in article.get("stances") or ():
        if _is_span(stance.get("span")):
            layers.append(Layer(*_pair(stance["span"]), "stance",
                                title=f"{stance.get('actor')} {stance.get('attitude')}"))
    for quote in article.get("quotes") or ():
        if _is_span(quote.get("span")):
            speaker = quote.get("speaker") or "unknown source"
            layers.append(Layer(*_pair(quote["span"]), "quote", anchor=quote_anchor(quote),
                                title=f"{quote.get('kind') or 'quote'}: {speaker}"))
        if _is_span(quote.get("cue")):
            layers.append(Layer(*_pair(quote["cue"]), "cue"))
        if _is_span(quote.get("mention")):
            layers.append(Layer(*_pair(quote["mention"]), "source", title=f"source: {quote.get('speaker')}"))
    return layers


def quote_anchor(quote: dict) -> str:
    """The element id of a quote's passage in the article view: ``q-`` + its id (digits, letters, -, _ kept)."""
    raw = str(quote.get("id", ""))
    return "q-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in raw)


def _is_span(value) -> bool:
    return isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value)


def _pair(span) -> tuple[int, int]:
    return int(span[0]), int(span[1])
