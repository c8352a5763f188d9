"""The contract (CONTRACT.md): one JSON object per article. The only place that shapes that JSON."""
from __future__ import annotations

import json
from typing import IO

from ..model import Analysis


def _span(s):
    return list(s) if s else None


def _quote(q) -> dict:
    return {"content": list(q.content), "cue": _span(q.cue),
            "speaker": {"entity": q.speaker.entity, "name": q.speaker.name,
                        "mention": _span(q.speaker.mention), "role": q.speaker.role},
            "kind": q.kind, **({"confidence": q.confidence} if q.confidence is not None else {})}


def _stance(s) -> dict:
    return {"actor": s.actor, "attitude": s.attitude, "object": list(s.object), "evidence": list(s.evidence),
            **({"entity": s.entity} if s.entity else {}), **({"confidence": s.confidence} if s.confidence is not None else {})}


def to_record(a: Analysis) -> dict:
    """The contract record of ``a``; quotes that are no usable quote, and stances a reader would likely find
    wrong, come last, marked ``"reportable": false``."""
    art = a.article
    return {
        "id": art.id, "path": art.path, "title": art.title, "outlet": art.outlet,
        "published": art.published, "url": art.url, "text": art.text,
        "body": [list(s) for s in art.body],
        "headings": [list(s) for s in art.headings],
        "captions": [list(s) for s in art.captions],
        "entities": [{"id": e.id, "name": e.name, "type": e.type, "mentions": [list(m) for m in e.mentions],
                      **({"aliases": list(e.aliases)} if e.aliases else {}),
                      **({"role": e.role} if e.role else {})} for e in a.entities],
        "quotes": [_quote(q) for q in a.attributions] + [{**_quote(q), "reportable": False} for q in a.unreported],
        "dates": [{"span": list(t.span), "type": t.type, "value": t.value,
                   **({"inferred": True} if t.inferred else {})} for t in a.timexes],
        "stances": [_stance(s) for s in a.stances] + [{**_stance(s), "reportable": False} for s in a.unreported_stances],
        "events": [{"span": list(ev.span), "value": ev.value, "timex": list(ev.timex), "actors": list(ev.actors)}
                   for ev in a.events],
        "story": a.story,
        "thread": a.thread,
        "duplicate_of": a.duplicate_of,
        "anchor": {"date": a.anchor, "inferred": a.anchor_inferred},
    }


def write_record(a: Analysis, out: IO[str]) -> dict:
    """Write one JSONL line (flushed: output streams record by record) and return the record."""
    record = to_record(a)
    out.write(json.dumps(record, ensure_ascii=False))
    out.write("\n")
    out.flush()
    return record


def from_record(r: dict) -> Analysis:
    """A contract record back into an ``Analysis`` (what the brief and the story index read); fields the
    contract does not carry (entity aliases beyond the record, stance entity links) come back as given."""
    from ..model import Article, Attribution, Entity, Event, Speaker, Stance, Timex

    def sp(x):
        return tuple(x) if x else None

    def quote(q):
        s = q["speaker"]
        return Attribution(tuple(q["content"]), sp(q.get("cue")),
                           Speaker(s.get("entity"), s.get("name"), sp(s.get("mention")), s.get("role")), q["kind"],
                           q.get("confidence"))

    def stance(s):
        return Stance(s["actor"], s["attitude"], tuple(s["object"]), tuple(s["evidence"]), s.get("entity"),
                      s.get("confidence"))

    art = Article(id=r["id"], path=r.get("path") or "", text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                  published=r.get("published"), url=r.get("url"), body=tuple(map(tuple, r.get("body") or ())),
                  headings=tuple(map(tuple, r.get("headings") or ())), captions=tuple(map(tuple, r.get("captions") or ())))
    anchor = r.get("anchor") or {}
    return Analysis(
        article=art,
        entities=tuple(Entity(e["id"], e["name"], e["type"], tuple(map(tuple, e["mentions"])), tuple(e.get("aliases", ())),
                              e.get("role")) for e in r.get("entities", ())),
        attributions=tuple(quote(q) for q in r.get("quotes", ()) if q.get("reportable", True)),
        unreported=tuple(quote(q) for q in r.get("quotes", ()) if not q.get("reportable", True)),
        stances=tuple(stance(s) for s in r.get("stances", ()) if s.get("reportable", True)),
        unreported_stances=tuple(stance(s) for s in r.get("stances", ()) if not s.get("reportable", True)),
        timexes=tuple(Timex(tuple(t["span"]), t["type"], t["value"], t.get("inferred", False)) for t in r.get("dates", ())),
        events=tuple(Event(tuple(e["span"]), e["value"], tuple(e["timex"]), tuple(e.get("actors", ()))) for e in r.get("events", ())),
        story=r.get("story"), anchor=anchor.get("date"), anchor_inferred=bool(anchor.get("inferred")),
        thread=r.get("thread"), duplicate_of=r.get("duplicate_of"))
