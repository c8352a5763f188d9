"""Quotes whose speaker stands outside their sentence: a trailing dash ("“…” —Deputy Commissioner
Tobias Wrenfield"), a byline line below a quoted column ("Tom Varga, The Ostrian Review") or a lead-in
paragraph ending in a colon ("Board chair Annika Holloway said:" then a paragraph that is one quotation).
Only quotes left without a speaker are given one, and only a named
person (a PROPN-headed phrase) counts as the source.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..doctext import doc_text
from ...model import Attribution
from .cues import OPEN_QUOTES, STRAIGHT_QUOTE
from .names import reads_as_person
from .speakers import SpeakerResolver

DASH_SOURCE = re.compile(r"[ \t]*(?P<dash>[—–]|--?)[ \t]*(?P<source>[^\n]{3,80}?)[ \t]*$")
QUOTE_THEN_DASH = re.compile(r"[”\"][ \t]*(?P<dash>[—–]|--?)[ \t]*(?P<source>[^\n”\"]{3,80}?)[ \t]*$")
MAX_LEAD_CHARS = 200  # a lead-in paragraph is one short line
NEXT_LINE = re.compile(r"[^\n]*\n\s*(?P<line>[^\n]+)")
BYLINE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}), [A-Z][^\n.!?”\"]{1,60}$")
MAX_QUOTE_PARAGRAPHS = 3  # paragraphs of one quotation between a quote and the byline below it


def attribute_leads(doc, attrs: list[Attribution], resolver: SpeakerResolver) -> list[Attribution]:
    """``attrs`` with a speaker for each direct quote a trailing dash or a colon lead-in attributes."""
    return [_with_lead(doc, a, resolver) if a.speaker.name is None and a.kind != "indirect" else a for a in attrs]


def _with_lead(doc, a: Attribution, resolver: SpeakerResolver) -> Attribution:
    text = doc_text(doc)
    inner = QUOTE_THEN_DASH.search(text, a.content[0], a.content[1])
    if inner:  # the content ran on over "” —Name": it ends at the closing mark
        found = _person(doc, inner.start("source"), inner.end("source"), resolver)
        if found:
            kind = "direct" if text[a.content[0]] in OPEN_QUOTES + STRAIGHT_QUOTE else a.kind
            return replace(a, content=(a.content[0], inner.start() + 1), speaker=found, cue=inner.span("dash"),
                           kind=kind)
    if a.kind != "direct":
        return a
    line_end = text.find("\n", a.content[1])
    line_end = len(text) if line_end < 0 else line_end
    m = DASH_SOURCE.match(text, a.content[1], line_end)
    if m and m.end() == line_end:
        found = _person(doc, m.start("source"), m.end("source"), resolver)
        if found:
            return replace(a, speaker=found, cue=m.span("dash"))
    byline = _byline_after(text, a.content[1])
    if byline:
        found = _person(doc, byline[0], byline[1], resolver)
        if found and _is_person(found, resolver):  # not "Editorial Board, Kessel Courier"
            return replace(a, speaker=found, cue=None)
    para_start = text.rfind("\n", 0, a.content[0]) + 1
    if text[para_start:a.content[0]].strip():
        return a  # the quote does not open its paragraph
    lead_end = len(text[:para_start].rstrip())
    lead_start = text.rfind("\n", 0, lead_end) + 1
    if lead_end and text[lead_end - 1] == ":" and lead_end - lead_start <= MAX_LEAD_CHARS:
        found = _person(doc, lead_start, lead_end - 1, resolver)
        if found:
            return replace(a, speaker=found, cue=(lead_end - 1, lead_end))
    return a


def _byline_after(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the name in a byline line ("Tom Varga, The Ostrian Review") that follows the
    quotation ending at ``pos``, past at most ``MAX_QUOTE_PARAGRAPHS`` more paragraphs of quotation."""
    for _ in range(MAX_QUOTE_PARAGRAPHS + 1):
        nxt = NEXT_LINE.match(text, pos)
        if nxt is None:
            return None
        line = nxt["line"]
        m = BYLINE.match(line)
        if m:
            return nxt.start("line"), nxt.start("line") + m.end("name")
        if line[:1] not in OPEN_QUOTES + STRAIGHT_QUOTE:
            return None
        pos = nxt.end("line")
    return None


def _person(doc, start: int, end: int, resolver: SpeakerResolver):
    """The speaker named by the last proper name in text[start:end], or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    heads = [t for t in span if t.pos_ == "PROPN" and not (t.i + 1 < span.end and doc[t.i + 1].pos_ == "PROPN")]
    if not heads:
        return None
    head = heads[-1]
    first = head.i
    while first > span.start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    speaker = resolver.resolve(first, head.i + 1)
    if not speaker.name or len(speaker.name.split()) < 2:
        return None
    return replace(speaker, mention=(doc[first].idx, head.idx + len(head)))


def _is_person(speaker, resolver: SpeakerResolver) -> bool:
    ent = resolver.entities.get(speaker.entity) if speaker.entity else None
    return (ent is not None and ent.type == "PERSON") or reads_as_person(speaker.name)
