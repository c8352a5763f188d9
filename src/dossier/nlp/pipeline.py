"""One spaCy pass per article over its clean view, then each extractor reads the same ``Doc``.

Extractors are small functions ``(doc, ...) -> items in view offsets``; this module alone maps
their spans back to ``Article.text`` so nothing downstream sees view offsets.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import islice
from typing import Iterable, Iterator

from spacy.language import Language

from ..ingest.cleanview import CleanView
from ..model import Analysis, Article, Attribution, Entity, Speaker, Stance
from ..settings import Settings
from . import attribution, entities, events, stances
from .spacy_model import load_model
from .time import timex

UNUSED_COMPONENTS = ()  # tagger, parser, lemmatizer and ner are all read by the extractors
PARAGRAPH_BREAKS = "paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc):
    """Start a sentence after a blank line: the clean view joins paragraphs, headings and captions with
    one, and without this the parser runs a heading into the next paragraph."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n\n" in prev.text:
            token.is_sent_start = True
    return doc


def build_nlp(settings: Settings = Settings()):
    """The model with a paragraph-break rule before its parser (added once to the cached pipeline)."""
    nlp = load_model(settings.spacy_model, UNUSED_COMPONENTS)
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


def analyze(articles: Iterable[Article], settings: Settings = Settings(), nlp=None) -> Iterator[Analysis]:
    """Yield one Analysis per article, in input order, streaming through ``nlp.pipe``.

    Articles go through in batches: the full names of a whole batch are learned before any of its
    articles is analysed, so an article that only says "President Brant" gets the "Ivo Brant" of an
    article beside it in the batch, or of any earlier one, whatever their order.
    """
    nlp = nlp or build_nlp(settings)
    views = ((view.text, (a, view)) for a in articles for view in (CleanView.of_article(a),))
    names = attribution.NameBook()  # full names met so far in this run, for bare surnames
    parsed = nlp.pipe(views, as_tuples=True, batch_size=settings.batch_size)
    for batch in _batched(parsed, settings.batch_size):
        found = [entities.find_entities(doc) for doc, _ in batch]
        for (doc, _), ents in zip(batch, found):
            names.learn(attribution.person_names(doc, ents))
        for (doc, (article, view)), ents in zip(batch, found):
            yield analyze_doc(doc, article, settings, names=names, view=view, ents=ents)


def _batched(items, size: int):
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def analyze_doc(doc, article: Article, settings: Settings = Settings(), names=None,
                view: CleanView | None = None, ents: list[Entity] | None = None) -> Analysis:
    """Everything extracted from ``doc``, the parse of ``view`` (built from the article when not given).
    ``names``: full names of the run for bare surnames; ``ents``: the Doc's entities, when already found."""
    view = view or CleanView.of_article(article)
    ents = entities.find_entities(doc) if ents is None else ents
    attrs, unreported = attribution.split_attributions(doc, ents, settings=settings, names=names)
    found_stances = stances.find_stances(doc, ents)
    anchor, inferred = timex.choose_anchor(article.published, view.text)
    timexes = timex.find_timexes(view.text, anchor, doc=doc, inferred=inferred)
    found_events = events.find_events(doc, timexes, ents)
    return Analysis(
        article=article,
        entities=tuple(_map_entity(view, e) for e in ents),
        attributions=tuple(_map_attribution(view, a) for a in attrs),
        unreported=tuple(_map_attribution(view, a) for a in unreported),
        stances=tuple(_map_stance(view, s) for s in found_stances),
        timexes=tuple(replace(t, span=view.to_text(*t.span)) for t in timexes),
        events=tuple(replace(ev, span=view.to_text(*ev.span), timex=view.to_text(*ev.timex)) for ev in found_events),
        anchor=anchor,
        anchor_inferred=inferred,
    )


def _opt(view: CleanView, span):
    return view.to_text(*span) if span else None


def _map_entity(view: CleanView, e: Entity) -> Entity:
    return replace(e, mentions=tuple(view.to_text(*m) for m in e.mentions))


def _map_attribution(view: CleanView, a: Attribution) -> Attribution:
    speaker: Speaker = replace(a.speaker, mention=_opt(view, a.speaker.mention))
    return replace(a, content=view.to_text(*a.content), cue=_opt(view, a.cue), speaker=speaker)


def _map_stance(view: CleanView, s: Stance) -> Stance:
    return replace(s, object=view.to_text(*s.object), evidence=view.to_text(*s.evidence))
