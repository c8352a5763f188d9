"""Shared fixtures: the spaCy model loaded once, and ../shared located (tests using it skip when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from dossier.nlp.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def analyze_text(nlp):
    """Analyse one text as an article (body = every line), returning the Analysis."""
    from dossier.ingest.read import from_text
    from dossier.nlp.pipeline import analyze_doc
    from dossier.ingest.cleanview import CleanView

    def run(text: str, published: str | None = "2019-02-26", path: str = "t.txt"):
        art = from_text(Path(path), text, {"published": published})
        return analyze_doc(nlp(CleanView.of_article(art).text), art)

    return run


@pytest.fixture
def split(nlp):
    """``split(text)`` -> (reportable, not reportable) attributions of ``text``, each as (content text, Attribution)."""
    from dossier.nlp.attribution import split_attributions
    from dossier.nlp.entities.extract import find_entities

    def run(text: str):
        doc = nlp(text)
        shown, hidden = split_attributions(doc, find_entities(doc))
        quote = lambda a: (doc.text[a.content[0]:a.content[1]], a)  # noqa: E731
        return [quote(a) for a in shown], [quote(a) for a in hidden]
    return run


@pytest.fixture
def reported(split):
    """``reported(text, words)``: some reportable content of ``text``, under a heading line, holds ``words``."""
    def run(text: str, words: str) -> bool:
        shown, _ = split("Kessel\n\n" + text)
        return any(words in content for content, _ in shown)
    return run


@pytest.fixture
def stance_triples(nlp):
    """``stance_triples(text)`` -> [(actor, attitude, object text)] of the stances found in ``text``."""
    from dossier.nlp.entities.extract import find_entities
    from dossier.nlp.stances.extract import find_stances

    def run(text: str):
        doc = nlp(text)
        return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in find_stances(doc, find_entities(doc))]
    return run
