"""Diff two `dossier extract` outputs of the same articles, record by record: python bench/read/qdiff.py BEFORE.jsonl AFTER.jsonl [--stances] [--all]
Prints every quote (or stance) record that differs between two `dossier extract` outputs of the same
articles, with the text around it. Records are matched by content span (stances: evidence span).
By default only records shown in either file (reportable != False) are printed; --all prints hidden ones too.
Last line: counts."""
import json, sys
from collections import Counter
args = [a for a in sys.argv[1:] if not a.startswith("--")]
ST = "--stances" in sys.argv; ALL = "--all" in sys.argv
def load(p):
    return {r["id"]: r for r in map(json.loads, open(p, encoding="utf-8"))}
A, B = load(args[0]), load(args[1])
def shown(q): return q is not None and q.get("reportable") is not False
def key(q): return tuple(q["evidence"] if ST else q["content"])
def view(q, text):
    if q is None: return "-"
    if ST:
        act = q.get("actor") or q.get("holder")
        return json.dumps({k: q.get(k) for k in q if k not in ("evidence",)}, ensure_ascii=False)[:300] + " OBJ=" + repr(text[q["object"][0]:q["object"][1]] if q.get("object") else None)
    sp = q.get("speaker") or {}
    c = text[q["content"][0]:q["content"][1]]
    return f"[{'SHOWN' if shown(q) else 'hidden'} {q.get('confidence')}] speaker={sp.get('name')!r} role={sp.get('role')!r} kind={q.get('kind')} content={c[:200]!r}"
cnt = Counter()
for aid, ra in A.items():
    rb = B.get(aid)
    if rb is None: continue
    text = ra["text"]
    la = {key(q): q for q in ra["stances" if ST else "quotes"]}
    lb = {key(q): q for q in rb["stances" if ST else "quotes"]}
    for k in sorted(set(la) | set(lb)):
        qa, qb = la.get(k), lb.get(k)
        if qa == qb: continue
        if not ST and not ALL and not (shown(qa) or shown(qb)): continue
        if not ST and qa and qb:
            sa, sb = qa.get("speaker") or {}, qb.get("speaker") or {}
            what = []
            if sa.get("name") != sb.get("name"): what.append("name")
            if sa.get("role") != sb.get("role"): what.append("role")
            if shown(qa) != shown(qb): what.append("shown" if shown(qb) else "hidden")
            if not what: cnt["confidence only"] += 1; continue
            cnt[",".join(what)] += 1
        else:
            what = ["added" if qa is None else "removed" if qb is None else "changed"]
            cnt[what[0]] += 1
        s, e = k
        ctx = text[max(0, s - 250):e + 120].replace("\n", " ¶ ")
        print(f"== {aid} {k} {','.join(what)}\n  before: {view(qa, text)}\n  after:  {view(qb, text)}\n  text: …{ctx}…\n")
print("COUNTS:", dict(cnt))
