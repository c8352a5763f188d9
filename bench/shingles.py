"""Data hygiene: no text of the shared data sets may be copied into the repository (fixtures and tests are
written fresh). ``python bench/shingles.py [REPO] [--data ../shared/data]`` prints every line of the repository's
tracked text files (src, tests, bench, docs, examples, README) that shares a run of 8 words (lower-cased, word
characters only) with any file under the data folder, as ``FILE:LINE: [the 8 words] line``, then
``N lines hit``. Boilerplate (HTML heads, month lists in regexes) and stock idioms ("did not respond to a request
for comment") are expected hits; a test sentence is not. Run on demand (about 5 minutes), never in CI."""
import argparse, gzip, os, re, subprocess
ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
ap.add_argument("repo", nargs="?", default=".")
ap.add_argument("--data", default=None, help="the data folder (default: REPO/../shared/data)")
opts = ap.parse_args()
repo = opts.repo
DATA = opts.data or os.path.join(repo, "..", "shared", "data")
W = re.compile(r"[A-Za-z0-9']+")
def grams(text):
    w = [x.lower() for x in W.findall(text)]
    return {hash(" ".join(w[i:i+8])): " ".join(w[i:i+8]) for i in range(len(w) - 7)}
files = subprocess.run(["git", "-C", repo, "ls-files", "src", "tests", "bench", "docs", "examples", "README.md"],
                       capture_output=True).stdout.decode().split()
cand = []
for f in files:
    try: lines = open(os.path.join(repo, f), encoding="utf-8").read().splitlines()
    except Exception: continue
    for i, l in enumerate(lines, 1):
        g = grams(l)
        if g: cand.append((f, i, l, g))
need = set().union(*[set(g) for *_, g in cand])
found = set()
for dp, _, fs in os.walk(DATA):
    for fn in fs:
        p = os.path.join(dp, fn)
        try:
            data = gzip.open(p, "rt", encoding="utf-8", errors="ignore").read() if fn.endswith(".gz") else open(p, encoding="utf-8", errors="ignore").read()
        except Exception: continue
        found |= set(grams(data)) & need
n = 0
for f, i, l, g in cand:
    hit = [g[h] for h in g if h in found]
    if hit:
        n += 1; print(f"{f}:{i}: [{hit[0]}] {l.strip()[:150]}")
print(f"{n} lines hit")
