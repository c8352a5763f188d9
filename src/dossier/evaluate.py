"""`dossier eval polnear DIR`: extract DIR/text, score with the shared scorer, and break figures down by kind.

The shared scorer gives exact and overlap figures per role; the per-kind breakdown (direct / mixed /
indirect, as the contract defines kind) is computed here from the brat files, because regressions
often hide in one kind (a quote-mark bug only moves the direct row).
"""
from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

from .nlp.attribution.extract import content_kind
from .nlp.attribution.cues import quoted_spans
from .nlp.attribution.train import first_annotations, read_brat

KINDS = ("direct", "mixed", "indirect")
ROLES = ("content", "source", "cue")
EDGE = " \t\n\r\"'“”‘’«».,;:—–-"  # what the scorer strips from span edges


def norm(text: str, span) -> tuple[int, int] | None:
    if not span:
        return None
    s, e = span
    while s < e and text[s] in EDGE:
        s += 1
    while e > s and text[e - 1] in EDGE:
        e -= 1
    return (s, e) if s < e else None


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_by_kind(text: str, ann_path: str) -> list[tuple[tuple[int, int], str]]:
    """(content span, kind) for each gold attribution; the content's own source and cue are holes."""
    quotes = quoted_spans(text)
    out = []
    for rel in read_brat(ann_path):
        ranges = rel["Content"]
        span = (min(r[0] for r in ranges), max(r[1] for r in ranges))
        holes = [r for role in ("Source", "Cue") for r in rel.get(role, ())]
        out.append((span, content_kind(text, span, quotes, holes)))
    return out


def kind_breakdown(records: list[dict], ann_dir: str) -> dict:
    """Exact P/R/F1 and character-overlap recall of contents, per kind (gold kind for recall, predicted for precision)."""
    anns = first_annotations(ann_dir)
    by_base = {os.path.splitext(os.path.basename(r.get("path") or r["id"]))[0]: r for r in records}
    tot = collections.Counter()
    for base, ann in anns.items():
        rec = by_base.get(base)
        text = rec["text"] if rec else Path(ann_dir, "text", base + ".txt").read_text(encoding="utf-8")
        gold = [(norm(text, s), k) for s, k in gold_by_kind(text, ann)]
        pred = [(norm(text, q["content"]), q.get("kind")) for q in (rec or {}).get("quotes", [])]
        gold_spans = {s for s, _ in gold if s}
        pred_spans = {s for s, _ in pred if s}
        for span, kind in {g for g in gold if g[0]}:
            tot["gold_" + kind] += 1
            tot["tp_gold_" + kind] += span in pred_spans
            tot["chars_" + kind] += span[1] - span[0]
            tot["hit_" + kind] += max((_overlap(span, p) for p in pred_spans), default=0)
        for span, kind in {p for p in pred if p[0]}:
            tot["pred_" + str(kind)] += 1
            tot["tp_pred_" + str(kind)] += span in gold_spans
    res = {}
    for kind in KINDS:
        p = tot["tp_pred_" + kind] / tot["pred_" + kind] if tot["pred_" + kind] else 0.0
        r = tot["tp_gold_" + kind] / tot["gold_" + kind] if tot["gold_" + kind] else 0.0
        res[kind] = {"gold": tot["gold_" + kind], "pred": tot["pred_" + kind], "p": round(p, 4), "r": round(r, 4),
                     "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                     "overlap_r": round(tot["hit_" + kind] / tot["chars_" + kind], 4) if tot["chars_" + kind] else 0.0}
    return res


def joined_parts(records: list[dict]) -> list[dict]:
    """Records as PolNeAR annotates them: the parts of one attribution around its own source and cue
    ("“A,” she said, “B.”", "A, officials said, B"), which extract writes as two records sharing a cue and a
    source mention, become one content from the first part's start to the last part's end (PolNeAR's
    discontinuous content, which score.py reads from its first to its last character)."""
    out = []
    for rec in records:
        quotes, by_key = [], {}
        for q in rec.get("quotes", []):
            mention = (q.get("speaker") or {}).get("mention")
            key = (tuple(q["cue"]), tuple(mention)) if q.get("cue") and mention else None
            if key is not None and key in by_key:
                first = by_key[key]
                first["content"] = [min(first["content"][0], q["content"][0]), max(first["content"][1], q["content"][1])]
                first["kind"] = first["kind"] if first["kind"] == q["kind"] else "mixed"
                continue
            q = dict(q)
            quotes.append(q)
            if key is not None:
                by_key[key] = q
        out.append({**rec, "quotes": quotes})
    return out


def write_records(records: list[dict], path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def run_scorer(scorer: str, out_path: str, ann_dir: str) -> tuple[dict, str]:
    """Run ``score.py polnear``; returns its JSON figures and its last (summary) line."""
    proc = subprocess.run([sys.executable, scorer, "polnear", out_path, ann_dir], capture_output=True, text=True,
                          check=True)
    lines = proc.stdout.strip().splitlines()
    return json.loads("\n".join(lines[:-1])), lines[-1]


def format_report(figures: dict, kinds: dict, summary: str) -> str:
    rows = ["role      exact P   exact R   exact F1"]
    for role in ROLES:
        f = figures[role]
        rows.append(f"{role:<9} {f['p']:>7.3f}   {f['r']:>7.3f}   {f['f1']:>8.3f}")
    o = figures["content_overlap"]
    rows.append(f"content overlap P {o['p']:.3f} R {o['r']:.3f} F1 {o['f1']:.3f}   relation recall {figures['relation_recall']:.3f}")
    rows.append("")
    rows.append("kind       gold   pred   exact P   exact R   exact F1   overlap R")
    for kind in KINDS:
        k = kinds[kind]
        rows.append(f"{kind:<9} {k['gold']:>5}  {k['pred']:>5}   {k['p']:>7.3f}   {k['r']:>7.3f}   {k['f1']:>8.3f}   {k['overlap_r']:>8.3f}")
    rows.append("")
    rows.append(summary)
    return "\n".join(rows)

