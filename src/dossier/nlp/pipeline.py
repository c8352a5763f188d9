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
from ..model import Analysis, Article, Attribution, Entity, Failure, Speaker, Stance
from ..settings import Settings
from . import attribution, entities, events, stances
from .attribution.confidence import load_model as load_confidence
from .attribution.extract import role_body_named, role_not_outlet
from .stances import confidence as stance_confidence
from .stances.glosses import opinion_piece
from .stances.voices import unsure_voices
from .attribution.names import names_in_title
from .attribution.single_quotes import as_double_quotes
from .doctext import doc_text, remember_text
from .glued_quotes import split_glued_quotes
from .spacy_model import limit_blas_threads, load_model, settle_gc
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
    """The model with a paragraph-break rule before its parser (added once to the cached pipeline), in a
    process whose BLAS runs one thread (:func:`limit_blas_threads`: parallelism comes from ``--jobs``) and
    whose garbage collector leaves the loaded model alone (:func:`settle_gc`)."""
    limit_blas_threads()
    nlp = load_model(settings.spacy_model, UNUSED_COMPONENTS)
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    split_glued_quotes(nlp)  # '…wanted."He also …': the mark is a token of its own
    settle_gc()
    return nlp


def analyze(articles: Iterable[Article], settings: Settings = Settings(), nlp=None) -> Iterator[Analysis]:
    """Yield one Analysis per article, in input order: :func:`analyze_batch` over batches of
    ``settings.batch_size`` articles (the unit an engine sends to a worker)."""
    nlp = nlp or build_nlp(settings)
    for batch in batched(articles, settings.batch_size):
        yield from analyze_batch(batch, settings, nlp)


def analyze_batch(articles: list[Article], settings: Settings = Settings(), nlp=None) -> list[Analysis]:
    """The Analyses of one batch of articles, in order: the per-article work every engine runs.

    The full names of the whole batch are learned before any of its articles is analysed, so an article
    that only says "President Brant" gets the "Ivo Brant" of an article beside it in the batch, whatever
    their order. Names are learned per batch, not per run, so a batch's output does not depend on which
    worker ran which batch before it (inline, process pool and Ray give the same records) and nothing
    grows with the run.

    The batch runs in a spaCy memory zone: the words it adds to the vocabulary are dropped when it ends,
    so the vocabulary does not grow with the run (~30 MB over 5,000 AllSides articles otherwise). An
    Analysis holds no spaCy object, only offsets and Python strings, so nothing outlives the zone."""
    nlp = nlp or build_nlp(settings)
    views = [clean_view(a) for a in articles]
    with nlp.memory_zone():
        docs = parse(nlp, [v.text for v in views])
        found = [entities.find_entities(doc) for doc in docs]
        names = attribution.NameBook()
        for doc, ents, article in zip(docs, found, articles):
            names.learn(attribution.person_names(doc, ents) + names_in_title(article.title))
        return [analyze_doc(doc, article, settings, names=names, view=view, ents=ents)
                for doc, article, view, ents in zip(docs, articles, views, found)]


def clean_view(article: Article) -> CleanView:
    """The article's clean view as the parser reads it: its single-marked quotations set in double marks
    (``single_quotes.as_double_quotes``, same offsets; the records still cite ``Article.text``)."""
    view = CleanView.of_article(article)
    return replace(view, text=as_double_quotes(view.text))


PARSE_CHARS = 40_000  # characters of text per nlp.pipe call


def parse(nlp, texts: list[str], max_chars: int = PARSE_CHARS) -> list:
    """The Docs of ``texts``, in order, parsed in runs of consecutive texts of at most ``max_chars``
    characters (a longer text alone).

    spaCy's working memory grows with the text of one ``pipe`` batch: on AllSides, 16 articles holding a
    76,553-character one took 634 MB of RSS against 469 MB for that article alone. Runs by size keep the
    peak to the longest article's, and cost no time (150 articles: 21.6 CPU s against 22.0 in batches
    of 16). The Docs are the same either way. Each Doc keeps its text (:func:`doctext.remember_text`)."""
    docs: list = []
    start, size = 0, 0
    for end, text in enumerate(texts):
        if end > start and size + len(text) > max_chars:
            docs += nlp.pipe(texts[start:end], batch_size=end - start)
            start, size = end, 0
        size += len(text)
    if start < len(texts):
        docs += nlp.pipe(texts[start:], batch_size=len(texts) - start)
    for doc, text in zip(docs, texts):
        remember_text(doc, text)
    return docs


def analyze_batch_or_fail(articles: list[Article], settings: Settings = Settings(), nlp=None) -> list[Analysis | Failure]:
    """:func:`analyze_batch`, except that an article whose analysis raises gives a :class:`Failure` naming
    its file and record in its place, and the other articles of the batch are still analysed: the work
    every engine runs, so one bad article never ends a run.

    When the batch raises, each article is analysed alone to find the ones that fail, then the others are
    analysed again as one batch (so they still share their names); if that fails too, they keep their
    analyses made alone."""
    try:
        return analyze_batch(articles, settings, nlp)
    except Exception as exc:  # noqa: BLE001 - any fault of one article's analysis is reported, not fatal
        if len(articles) == 1:
            return [analysis_failure(articles[0], exc)]
    alone = [analyze_batch_or_fail([a], settings, nlp)[0] for a in articles]
    good = [a for a, r in zip(articles, alone) if not isinstance(r, Failure)]
    try:
        together = iter(analyze_batch(good, settings, nlp)) if good else iter(())
    except Exception:  # noqa: BLE001
        return alone
    return [r if isinstance(r, Failure) else next(together) for r in alone]


def analysis_failure(article: Article, exc: Exception) -> Failure:
    """The Failure reported for ``article`` when its analysis raised ``exc``."""
    return Failure(article.path, f"record {article.id}: analysis failed: {type(exc).__name__}: {exc}")


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` consecutive items (the last one shorter), read lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _role_as_shown(text: str, a: Attribution) -> Attribution:
    """The role once the confidence gate has weighed it as read: no outlet's name (``role_not_outlet``), and a body
    the role names by its kind named as the article names it, or no role (``role_body_named``)."""
    return role_body_named(text, role_not_outlet(a))


def _short_of_junk(view: CleanView, a: Attribution) -> Attribution:
    """A content never runs over a junk line left out of the view ("Advertisement", a video caption): mapped back
    it would cite the junk. It keeps the paragraphs on its cue's side of the first such line (strict reads)."""
    gap = view.left_out_within(*a.content)
    while gap is not None:
        if a.cue is not None and a.cue[0] >= gap[1]:
            a = replace(a, content=(gap[1], a.content[1]))
        else:
            a = replace(a, content=(a.content[0], gap[0]))
        gap = view.left_out_within(*a.content)
    return a


def analyze_doc(doc, article: Article, settings: Settings = Settings(), names=None,
                view: CleanView | None = None, ents: list[Entity] | None = None) -> Analysis:
    """Everything extracted from ``doc``, the parse of ``view`` (built from the article when not given).
    ``names``: full names of the run for bare surnames; ``ents``: the Doc's entities, when already found."""
    view = view or clean_view(article)
    ents = entities.find_entities(doc) if ents is None else ents
    attrs, unreported = attribution.split_attributions(doc, ents, settings=settings, names=names)
    attrs = [_short_of_junk(view, a) for a in attrs]
    if settings.reportable_only:  # a content around a cut would cite the link card left out there
        unreported += [a for a in attrs if view.crosses_cut(*a.content)]
        attrs = [a for a in attrs if not view.crosses_cut(*a.content)]
    anchor, inferred = timex.choose_anchor(article.published, view.text)
    year = int(anchor[:4]) if anchor and anchor[:4].isdigit() else None
    said = [*attrs, *unsure_voices(unreported, doc_text(doc))]  # an unsure report may still say whose words they are
    opinion = opinion_piece(article.title, article.outlet)  # a columnist's reading of motives is no one's stance
    found_stances = [s for s in stances.find_stances(doc, ents, year=year, reports=said, opinion=opinion)
                     if not view.crosses_cut(*s.object)]
    timexes = timex.find_timexes(view.text, anchor, doc=doc, inferred=inferred)
    found_events = events.find_events(doc, timexes, ents, quotations=[a.content for a in said if a.kind == "direct"],
                                      anchor=None if inferred else anchor)
    shown = [_map_attribution(view, a) for a in attrs]
    unsure = []
    confidence = load_confidence() if settings.reportable_only else None
    if confidence is not None:  # records a reader would likely find wrong stay in the contract, unshown
        shown, unsure = confidence.split(article.text, shown)
    shown, unsure = [_role_as_shown(article.text, a) for a in shown], [_role_as_shown(article.text, a) for a in unsure]
    sure_stances = [_map_stance(view, s) for s in found_stances]
    unsure_stances = []
    if settings.reportable_only:  # so do stances (nlp.stances.confidence)
        sure_stances, unsure_stances = stance_confidence.split(article.text, sure_stances)
    return Analysis(
        article=article,
        entities=tuple(_map_entity(view, e) for e in ents),
        attributions=tuple(shown),
        unreported=tuple([_role_as_shown(article.text, _map_attribution(view, a)) for a in unreported] + unsure),
        stances=tuple(sure_stances),
        unreported_stances=tuple(unsure_stances),
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
