"""The contract (CONTRACT.md): one JSON object per article. The only place that shapes that JSON."""
from __future__ import annotations

import json
from typing import IO

from ..model import Analysis


def _span(s):
    return list(s) if s else None


def to_record(a: Analysis) -> dict:
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
        "quotes": [{"content": list(q.content), "cue": _span(q.cue),
                    "speaker": {"entity": q.speaker.entity, "name": q.speaker.name,
                                "mention": _span(q.speaker.mention), "role": q.speaker.role},
                    "kind": q.kind} for q in a.attributions],
        "dates": [{"span": list(t.span), "type": t.type, "value": t.value,
                   **({"inferred": True} if t.inferred else {})} for t in a.timexes],
        "stances": [{"actor": s.actor, "attitude": s.attitude, "object": list(s.object),
                     "evidence": list(s.evidence), **({"entity": s.entity} if s.entity else {})} for s in a.stances],
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
