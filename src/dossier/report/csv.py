"""CSV export of every attribution: one row per quote, with the offsets that prove it."""
from __future__ import annotations

import csv
from typing import IO, Iterable

from ..model import Analysis

COLUMNS = ("article_id", "outlet", "published", "url", "speaker", "role", "kind", "cue", "content",
           "content_start", "content_end", "cue_start", "cue_end", "mention", "mention_start", "mention_end")


def quote_rows(analysis: Analysis) -> Iterable[dict]:
    art = analysis.article
    text = art.text
    for q in analysis.attributions:
        cue = q.cue or (None, None)
        mention = q.speaker.mention or (None, None)
        yield {
            "article_id": art.id, "outlet": art.outlet or "", "published": art.published or "", "url": art.url or "",
            "speaker": q.speaker.name or "", "role": q.speaker.role or "", "kind": q.kind,
            "cue": text[cue[0]:cue[1]] if q.cue else "", "content": text[q.content[0]:q.content[1]],
            "content_start": q.content[0], "content_end": q.content[1],
            "cue_start": "" if cue[0] is None else cue[0], "cue_end": "" if cue[1] is None else cue[1],
            "mention": text[mention[0]:mention[1]] if q.speaker.mention else "",
            "mention_start": "" if mention[0] is None else mention[0],
            "mention_end": "" if mention[1] is None else mention[1],
        }


class QuoteWriter:
    """Writes the header once, then rows as analyses stream in."""

    def __init__(self, out: IO[str]):
        self.writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        self.writer.writeheader()
        self.count = 0

    def write(self, analysis: Analysis) -> int:
        rows = list(quote_rows(analysis))
        self.writer.writerows(rows)
        self.count += len(rows)
        return len(rows)
