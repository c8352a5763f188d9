"""Items for a reader: ``python bench/read/dump.py KIT --quotes 50 --stances 25 --seed S``.

Reads KIT/out.jsonl (``dossier extract`` of KIT/arts.jsonl) and writes KIT/items.md (random reportable
quote records Q1.. and shown stances S1.. (with ``--candidates``, shown or not), each with the article text around it, the judged span in [[ ]]) and
KIT/articles.md (every article whole, for context). The reader judges them by bench/read/rules.md into
KIT/verdicts.md; bench/read/labels.py turns the verdicts into the confidence model's labels.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

CONTEXT = 700  # characters of text shown on each side of the judged span


def around(text: str, start: int, end: int, n: int = CONTEXT) -> str:
    return text[max(0, start - n):start] + "[[" + text[start:end] + "]]" + text[end:end + n]


def quoted(text: str) -> str:
    return "> " + text.replace("\n", "\n> ")


def quote_item(i: int, r: dict, q: dict) -> str:
    t, sp = r["text"], q["speaker"] or {}
    m = sp.get("mention")
    lines = [f"## Q{i}  article {r['id']} ({r['outlet']}, {r['published']})",
             f"- speaker name: {sp.get('name')!r}", f"- speaker role: {sp.get('role')!r}",
             f"- mention: {t[m[0]:m[1]]!r}" if m else "- mention: None",
             f"- cue: {t[q['cue'][0]:q['cue'][1]]!r}" if q["cue"] else "- cue: None",
             f"- kind: {q['kind']}", f"- content: {t[q['content'][0]:q['content'][1]]!r}"]
    if q.get("parts"):
        lines.append(f"- content parts: {[t[a:b] for a, b in q['parts']]!r}")
    return "\n".join(lines) + "\n\nText around (the content in [[ ]]):\n\n" + quoted(around(t, *q["content"])) + "\n\n"


def stance_item(i: int, r: dict, s: dict) -> str:
    t = r["text"]
    return (f"## S{i}  article {r['id']} ({r['outlet']}, {r['published']})\n- actor: {s['actor']!r}\n"
            f"- attitude: {s['attitude']}\n- object: {t[s['object'][0]:s['object'][1]]!r}\n"
            f"- evidence: {t[s['evidence'][0]:s['evidence'][1]]!r}\n\nText around (the evidence in [[ ]]):\n\n"
            + quoted(around(t, *s["evidence"])) + "\n\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("kit")
    ap.add_argument("--quotes", type=int, default=50)
    ap.add_argument("--stances", type=int, default=25)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--candidates", action="store_true",
                    help="sample every record the confidence models scored, shown or not (for labels)")
    ap.add_argument("--parts", type=int, default=1, help="split the items over this many readers (itemsK.md)")
    args = ap.parse_args(argv)
    kit = Path(args.kit)
    records = [json.loads(line) for line in open(kit / "out.jsonl", encoding="utf-8")]
    quotes = [(r, q) for r in records for q in r["quotes"]
              if ("confidence" in q if args.candidates else q.get("reportable", True))]
    stances = [(r, s) for r in records for s in r["stances"] if args.candidates or s.get("reportable", True)]
    rng = random.Random(args.seed)
    qpick = rng.sample(quotes, min(args.quotes, len(quotes)))
    spick = rng.sample(stances, min(args.stances, len(stances)))
    head = f"# {len(quotes)} {'candidate' if args.candidates else 'reportable'} quotes, {len(stances)} stances in {len(records)} articles\n"
    for k in range(args.parts):
        items = [quote_item(i, r, q) for i, (r, q) in enumerate(qpick[k::args.parts], 1)]
        items += [stance_item(i, r, s) for i, (r, s) in enumerate(spick[k::args.parts], 1)]
        name = "items.md" if args.parts == 1 else f"items{k}.md"
        (kit / name).write_text(head + "".join(items), encoding="utf-8")
    with open(kit / "articles.md", "w", encoding="utf-8") as f:
        for r in records:
            f.write(f"# article {r['id']} ({r['outlet']}, {r['published']}) {r['title']}\n\n{r['text']}\n\n")
    print(len(quotes), len(stances), len(qpick), len(spick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
