"""Readers' verdicts as training labels for the quote-confidence model (dossier.nlp.attribution.confidence).

    python bench/read/labels.py KIT [KIT ...] > LABELS.jsonl
    python bench/read/labels.py --stances KIT [KIT ...] > STANCE_LABELS.jsonl

A KIT is a read-through folder (``bench/read/dump.py`` writes one): ``out.jsonl`` (the extract that was
read), ``itemsN.md`` (or ``items.md``) with the judged records and ``verdictsN.md`` (``verdicts.md``) with
one line per record, ``Q7: a=right b=wrong c=right d=right (why)``. Each judged quote becomes
``{"source", "article", "content", "features", "marks"}``. No article text is written.

With ``--stances`` the stance items (``S3: right`` / ``S3: wrong - why``) become stance labels:
``{"source", "article", "object", "evidence", "features", "marks": {"ok": 0|1}}`` (features of
``dossier.nlp.stances.confidence``).

Labels follow the code: when KIT/now.jsonl exists (``dossier extract KIT/arts.jsonl -o KIT/now.jsonl``
with the code to train for), a judged record is kept only if that output still has it unchanged (same
content, cue, kind, speaker name, mention and role, shown or not); a record the code has since changed
is no longer the one the reader judged, and is left out.
"""
from __future__ import annotations

import ast
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

from dossier.nlp.attribution.confidence import features
from dossier.nlp.stances import confidence as stance_confidence
from dossier.report.jsonl import from_record

ITEM = re.compile(r"^## (Q\d+)  article (\S+) .*?^- content: (.*?)$", re.M | re.S)
VERDICT = re.compile(r"^\**(Q\d+)\**:?\s*(.*)$")
MARK = re.compile(r"([abcd])\s*=\s*(right|wrong)")


def verdicts(path: Path) -> dict[str, dict[str, int]]:
    """{"Q7": {"a": 1, "b": 0, …}} for every quote line with all four marks."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = VERDICT.match(line.strip())
        marks = dict(MARK.findall(m.group(2))) if m else {}
        if len(marks) == 4:
            out[m.group(1)] = {k: int(v == "right") for k, v in marks.items()}
    return out


def _analyses(path: Path) -> dict[str, tuple[str, object]]:
    records = [json.loads(line) for line in open(path, encoding="utf-8")]
    return {r["id"]: (r["text"], from_record(r)) for r in records}


def _bare(quote):
    return replace(quote, confidence=None)


def _judged(kit: Path, pattern: re.Pattern, read_verdicts):
    """Every judged item of a kit: (source tag, article id, the item's other fields, its verdict, the
    article's text and Analysis as read, and as the code gives it now, or None without KIT/now.jsonl)."""
    by_id = _analyses(kit / "out.jsonl")
    now = _analyses(kit / "now.jsonl") if (kit / "now.jsonl").exists() else None
    for items in sorted(kit.glob("items*.md")):
        verdict_file = kit / items.name.replace("items", "verdicts")
        if not verdict_file.exists():
            continue
        judged = read_verdicts(verdict_file)
        for tag, article, *fields in pattern.findall(items.read_text(encoding="utf-8")):
            if tag in judged:
                text, analysis = by_id[article]
                yield (f"{kit.name}/{items.stem}:{tag}", article, fields, judged[tag], text, analysis,
                       now[article][1] if now is not None else None)


def kit_labels(kit: Path) -> list[dict]:
    rows = []
    for source, article, (content,), marks, text, analysis, now in _judged(kit, ITEM, verdicts):
        wanted = ast.literal_eval(content)
        quote = next(q for q in (*analysis.attributions, *analysis.unreported)  # shown or not
                     if text[q.content[0]:q.content[1]] == wanted)
        if now is not None and _bare(quote) not in map(_bare, (*now.attributions, *now.unreported)):
            continue
        rows.append({"source": source, "article": article, "content": list(quote.content),
                     "features": features(text, quote), "marks": marks})
    return rows


STANCE_ITEM = re.compile(r"^## (S\d+)  article (\S+) .*?^- actor: (.*?)\n- attitude: (\S+)\n- object: (.*?)\n"
                         r"- evidence: (.*?)$", re.M | re.S)
STANCE_VERDICT = re.compile(r"^\**(S\d+)\**:?\s*(right|wrong)\b")


def stance_verdicts(path: Path) -> dict[str, int]:
    """{"S3": 1} for every stance line judged right, 0 for wrong."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = STANCE_VERDICT.match(line.strip())
        if m:
            out[m.group(1)] = int(m.group(2) == "right")
    return out


def _stance_key(s) -> tuple:
    return s.actor, s.attitude, tuple(s.object), tuple(s.evidence)


def kit_stance_labels(kit: Path) -> list[dict]:
    """Stance labels of a kit; with KIT/now.jsonl, only stances the code still gives unchanged (shown or not)."""
    rows = []
    for source, article, fields, ok, text, analysis, now in _judged(kit, STANCE_ITEM, stance_verdicts):
        _actor, attitude, obj, evidence = fields
        obj, evidence = ast.literal_eval(obj), ast.literal_eval(evidence)
        stance = next(s for s in (*analysis.stances, *analysis.unreported_stances)
                      if s.attitude == attitude and text[s.object[0]:s.object[1]] == obj
                      and text[s.evidence[0]:s.evidence[1]] == evidence)
        if now is not None and _stance_key(stance) not in {_stance_key(s) for s in (*now.stances, *now.unreported_stances)}:
            continue
        rows.append({"source": source, "article": article, "object": list(stance.object), "evidence": list(stance.evidence),
                     "features": stance_confidence.features(text, stance), "marks": {"ok": ok}})
    return rows


def main(argv: list[str]) -> int:
    stances = "--stances" in argv
    for kit in (a for a in argv if a != "--stances"):
        for row in (kit_stance_labels if stances else kit_labels)(Path(kit)):
            print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
