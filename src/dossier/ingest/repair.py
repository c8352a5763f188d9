"""Repairs to an HTML page before trafilatura reads it, for prose the extractor would otherwise lose.

- A paragraph wholly inside a link (``<p><a><strong>On Monday, three men …</strong></a></p>``): the
  extractor counts it as link furniture and drops it. When the link's text is a whole sentence (enough
  words, a full stop) and is all the paragraph holds, and the paragraphs around it are plain prose, the
  link is unwrapped and the words stay. Teasers (headlines, questions, cut-off "…" text, runs of linked
  cards) are left as they are.
- Liveblog post stamps (``<time datetime="…">23:40</time>`` standing alone at the head of each post):
  the extractor drops them, and with them when each post was written. When a page has at least
  ``MIN_STAMPS`` such clock-time stamps outside any paragraph, each becomes a paragraph of its own.

:func:`repair` returns the page unchanged (the same string) when there is nothing to repair, so pages
without these shapes are extracted exactly as before.
"""
from __future__ import annotations

import logging
import re

from .patterns import furniture_flags

log = logging.getLogger(__name__)

SENTENCE_MIN_WORDS = 6
SENTENCE_END = re.compile(r"[.!][\"”’')]?\s*$")
TRUNCATED = ("...", "…")
CLOCK_STAMP = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|[ECMP][SD]T))?\s*$", re.I)
MIN_STAMPS = 2
PARAGRAPH_TAGS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption"}


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+", text))


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _link_only(p) -> object | None:
    """The link that holds all of paragraph ``p``'s text, if one does."""
    text = _text(p)
    return next((a for a in p.iter("a") if text and _text(a) == text), None)


def _linked_paragraphs(root) -> list:
    """Links that hold a whole paragraph of prose: the paragraph's text is the link's text, a sentence
    ending in a full stop (not a teaser's "?" or "…"), set among plain prose paragraphs and not in a
    run of linked paragraphs (a list of teaser cards)."""
    paragraphs = list(root.iter("p"))
    linked = [_link_only(p) for p in paragraphs]
    out = []
    for k, a in enumerate(linked):
        if a is None:
            continue
        text = _text(a)
        if (_words(text) < SENTENCE_MIN_WORDS or not SENTENCE_END.search(text) or text.endswith(TRUNCATED)
                or any(furniture_flags(text))):
            continue
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(paragraphs)]
        if any(linked[j] is not None for j in near):
            continue
        if any(_words(_text(paragraphs[j])) >= SENTENCE_MIN_WORDS for j in near):
            out.append(a)
    return out


def _post_stamps(root) -> list:
    """Clock-time ``<time>`` elements that stand outside any paragraph (a post's header)."""
    stamps = []
    for t in root.iter("time"):
        if not CLOCK_STAMP.match(t.text_content() or ""):
            continue
        if any(p.tag in PARAGRAPH_TAGS for p in t.iterancestors()):
            continue
        stamps.append(t)
    return stamps if len(stamps) >= MIN_STAMPS else []


def repair(html: str) -> str:
    """The page with whole-paragraph links unwrapped and liveblog stamps made paragraphs; the input
    string itself when neither occurs or the page cannot be parsed."""
    if "<a" not in html and "<time" not in html:
        return html
    try:
        import lxml.html

        root = lxml.html.document_fromstring(html)
    except Exception as exc:  # noqa: BLE001 - a page lxml cannot read is extracted as it is
        log.debug("cannot parse page for repairs: %s", exc)
        return html
    links, stamps = _linked_paragraphs(root), _post_stamps(root)
    if not links and not stamps:
        return html
    for a in links:
        a.drop_tag()
    for t in stamps:
        t.tag = "p"
    return lxml.html.tostring(root, encoding="unicode")
