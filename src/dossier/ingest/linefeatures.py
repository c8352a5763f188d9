"""Numbers that describe one line of a scraped page in its context, for the learned line model.

Kept apart from the model so training (bench/train_line_model.py) and prediction (clean.py) compute
exactly the same vector. Every feature is cheap (one pass over the lines, no parsing) and language-general
apart from a small list of English function words: prose is dense in them, menus and listings are not.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from .patterns import furniture_flags

FUNCTION_WORDS = frozenset("""
a about after all also an and any are as at be been but by can could did do does for from had has have he her
his how i if in into is it its just may me more most my no not of on one or our out she so some such than that
the their them then there these they this to up was we were what when which who will with would you your
""".split())
TERMINAL = tuple('.!?"”’\')…')
BULLETS = tuple("-*•>|–—·+")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
URLISH = re.compile(r"https?://|www\.|\.com\b|@\w+\.\w+|\[/?\w+")
PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]|\d+%")
WINDOW = 3
PROSE_WORDS = 10  # a "prose line" for the context features: this many words, a sentence ending,
PROSE_FUNCTION = 0.2  # and this share of function words

FEATURE_NAMES = (
    "log_chars", "log_words", "ends_terminal", "ends_colon", "alpha_ratio", "digit_ratio", "upper_ratio",
    "symbol_ratio", "pipe_ratio", "starts_bullet", "function_ratio", "capitalised_ratio", "sentences",
    "urlish", "junk_pattern", "credit", "widget", "price", "non_ascii_ratio", "starts_lower",
    "log_count", "is_repeat", "next_same", "prev_same", "position", "is_first", "is_last",
    "prev_log_chars", "next_log_chars", "prev_function", "next_function", "window_log_chars", "window_function",
    "prose_before", "prose_after", "log_dist_prose",
    "doc_function", "doc_long_share", "doc_log_lines", "doc_pipe_share", "doc_repeat_share", "doc_mean_log_chars",
)

LOG_CHARS, LOG_WORDS, ENDS_TERMINAL, FUNCTION_RATIO = (
    FEATURE_NAMES.index(k) for k in ("log_chars", "log_words", "ends_terminal", "function_ratio"))


def own_features(line: str) -> list[float]:
    """Features of the line alone (no context)."""
    n = len(line)
    words = WORD.findall(line)
    nw = len(words)
    letters, digits, upper = _char_counts(line)
    junk, credit, widget = furniture_flags(line)
    spaces = line.count(" ")
    symbols = n - letters - digits - spaces
    return [
        math.log1p(n), math.log1p(nw), float(line.endswith(TERMINAL)), float(line.endswith(":")),
        letters / n, digits / n, upper / max(1, letters), symbols / n, line.count("|") / n,
        float(line.startswith(BULLETS)),
        sum(map(FUNCTION_WORDS.__contains__, map(str.lower, words))) / max(1, nw),
        sum(map(str.isupper, [w[0] for w in words])) / max(1, nw),
        float(len(SENTENCE_END.findall(line))),
        float(bool(URLISH.search(line))), float(junk), float(credit), float(widget),
        float(bool(PRICE.search(line))), _non_ascii_letters(line) / max(1, letters),
        float(line[:1].islower()),
    ]


NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_CLASSES = tuple(bytes(c for c in range(128) if test(chr(c))) for test in (str.isalpha, str.isdigit, str.isupper))


def _char_counts(line: str) -> tuple[int, int, int]:
    """(letters, digits, upper-case letters) in ``line``, as ``str.isalpha``/``isdigit``/``isupper`` count
    them; an ASCII line is counted by deleting each class from its bytes (C speed, no call per character)."""
    if line.isascii():
        raw = line.encode("ascii")
        return tuple(len(raw) - len(raw.translate(None, chars)) for chars in _ASCII_CLASSES)
    return sum(map(str.isalpha, line)), sum(map(str.isdigit, line)), sum(map(str.isupper, line))


def _non_ascii_letters(line: str) -> int:
    """Letters beyond ASCII ("é", "ж"; not "’" or "—"), looking only at the non-ASCII characters."""
    return 0 if line.isascii() else sum(c.isalpha() for c in NON_ASCII.findall(line))


def line_features(lines: list[str]) -> list[list[float]]:
    """One feature vector per line; ``lines`` are stripped, non-blank, in order."""
    n = len(lines)
    if not n:
        return []
    own = [own_features(l) for l in lines]
    counts = Counter(lines)
    seen: set[str] = set()
    log_chars = [o[LOG_CHARS] for o in own]
    func = [o[FUNCTION_RATIO] for o in own]
    doc = [
        sum(func) / n, sum(len(l) > 100 for l in lines) / n, math.log1p(n),
        sum("|" in l for l in lines) / n, sum(counts[l] > 1 for l in lines) / n, sum(log_chars) / n,
    ]
    prose = [o[LOG_WORDS] >= math.log1p(PROSE_WORDS) and o[ENDS_TERMINAL] == 1.0 and o[FUNCTION_RATIO] >= PROSE_FUNCTION
             for o in own]
    before, after = _running_share(prose), _running_share(prose[::-1])[::-1]
    dist = _distance_to(prose)
    rows = []
    for i, line in enumerate(lines):
        lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
        ctx = [
            math.log1p(counts[line]), float(line in seen),
            float(i + 1 < n and lines[i + 1] == line), float(i > 0 and lines[i - 1] == line),
            i / max(1, n - 1), float(i == 0), float(i == n - 1),
            log_chars[i - 1] if i else 0.0, log_chars[i + 1] if i + 1 < n else 0.0,
            func[i - 1] if i else 0.0, func[i + 1] if i + 1 < n else 0.0,
            sum(log_chars[lo:hi]) / (hi - lo), sum(func[lo:hi]) / (hi - lo),
            before[i], after[i], math.log1p(dist[i]),
        ]
        seen.add(line)
        rows.append(own[i] + ctx + doc)
    return rows


def _running_share(flags: list[bool]) -> list[float]:
    """For each position, the share of earlier lines that are flagged (0 at the start)."""
    out, hits = [], 0
    for i, f in enumerate(flags):
        out.append(hits / i if i else 0.0)
        hits += f
    return out


def _distance_to(flags: list[bool]) -> list[int]:
    """Lines to the nearest flagged line (len(flags) when there is none)."""
    n = len(flags)
    dist = [n] * n
    last = None
    for i in range(n):
        if flags[i]:
            last = i
        if last is not None:
            dist[i] = i - last
    last = None
    for i in range(n - 1, -1, -1):
        if flags[i]:
            last = i
        if last is not None:
            dist[i] = min(dist[i], last - i)
    return dist
