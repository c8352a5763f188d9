"""Sentences of an article's own prose, as ``(start, end)`` spans into its text (no spaCy needed).

A sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets kept with it) before white space
and a capital, a digit or an opening quote, unless the word before is a known abbreviation ("Mr.",
"U.S.", "Jan.") or a single initial. Paragraph ends always end a sentence. Headings and captions are
not prose and are left out, and so is page furniture that cleaning left in the body (``furniture``):
a gallery's or a picture's caption ("Hide Caption 3 of 40", "Image copyright … Image caption …",
"(L)", a photo credit) and an embedded post's signature ("— Name (@handle) March 2, 2026"); a link
box run into the text (a name glued to a headline, up to "MORE") is cut from the sentence's words
(``unlinked``). An analyst's read of 2026-12-06 found summaries made of gallery captions and ledes
carrying a related-stories box, and analyst22 one opening on a video player's notice ("Media playback is
unsupported on your device").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.patterns import caption
from ..model import Analysis, Span

ABBREVIATIONS = frozenset("""mr mrs ms dr prof sen rep gov gen lt col sgt capt adm cmdr st jr sr rev hon pres
jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd dept univ ft mt""".split())
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*$")
MIN_WORDS = 4  # shorter pieces ("View photo", "Advertisement") are not sentences of the story
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_POST = re.compile(r"\(@\w+\)\s+" + _MONTH + r" \d{1,2}, \d{4}|\bpic\.twitter\.com/|\bSkip Twitter post by\b")
# a link box: a name said again in full, glued to the first headline ("Kay Orr Katherine Anne OrrCouncil
# backs …"), headlines up to "MORE"; the name as first written stays
_LINK_BOX = re.compile(r"\b([A-Z][A-Za-z'’-]*[a-z])\s+(?:[A-Z(][\w.'’()-]*\s+){0,4}\1(?=[A-Z0-9‘“'\"])\S.*?\sMORE\b")


# A row of a list of figures by date ("March 2019: 4.2", "-- Oct. 2006: 4.3 (estimates vary)"): a date and a
# number, nothing said (an analyst's read of briefs, brief19, found such rows on the timeline as events).
_MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DATA_ROW = re.compile(rf"^\W*(?:(?:{_MONTH}|{_MONTH_SHORT})\s+)?(?:\d{{1,2}},?\s+)?\d{{4}}\s*:\s*[-+]?\d[\d.,]*%?"
                       r"(?:\s*\([^)]*\))?\W*$", re.I)


def data_row(text: str) -> bool:
    """Whether a sentence is only a date and a figure, a row of a list ("May 2009: 4.7"), no event."""
    return bool(_DATA_ROW.match(text))


def furniture(text: str) -> bool:
    """Whether a sentence is page furniture (a caption, a credit, an embedded post), not the story's prose."""
    return caption(text) or bool(_POST.search(text))


def unlinked(text: str) -> str:
    """``text`` less any link box run into it ("… Kay Orr Katherine Anne OrrCouncil backs … MORE said …"
    -> "… Kay Orr said …")."""
    return " ".join(_LINK_BOX.sub(r"\1", text).split())


@dataclass(frozen=True)
class Sentence:
    article: str
    span: Span
    text: str  # the sentence's characters, white space collapsed
    position: int  # its order in the article (0 = lede)
    day: int | None  # the article's day (proleptic ordinal)


def split_spans(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), trimmed of surrounding white space."""
    out, s = [], start
    for m in _END.finditer(text, start, end):
        word = _LAST_WORD.search(text, s, m.end())
        w = word.group(1).lower().rstrip(".") if word else ""
        if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
            continue
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", w) and not _next_starts_sentence(text, m.end()):
            continue  # "U.S. officials": an acronym, not a sentence end
        out.append((s, m.end()))
        s = m.end()
    out.append((s, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


_SENTENCE_OPENERS = frozenset("the a an but and he she it they we i in on at this that there his her its their".split())


def _next_starts_sentence(text: str, pos: int) -> bool:
    """After "U.S." a new sentence usually opens with a function word ("The", "He")."""
    m = re.match(r"\s+[\"“‘']?(\w+)", text[pos:pos + 40])
    return bool(m) and m.group(1).lower() in _SENTENCE_OPENERS


def sentences(a: Analysis, day: int | None = None) -> list[Sentence]:
    """Every sentence of the body (of the whole text when no body was found), in text order."""
    art = a.article
    text = art.text
    paras = list(art.body) or [(0, len(text))]
    out: list[Sentence] = []
    for ps, pe in paras:
        for s, e in split_spans(text, ps, pe):
            flat = unlinked(" ".join(text[s:e].split()))
            if len(flat.split()) >= MIN_WORDS and not furniture(flat):
                out.append(Sentence(art.id, (s, e), flat, len(out), day))
    return out
