"""What outlets agree on, what only one reports, and where they differ: each item cites its passages.

Claims are aligned sentence to sentence across articles (``align``). The words of a claim are the
sentence's content words less who says it (speaker mention, role, cue). Two sentences of different
articles state one claim when the words they share weigh at least ``ALIGN_WEIGHT`` (each shared word
weighs its IDF over the group's sentences, scaled to [0, 1]: a word every sentence has weighs 0, a
word of one sentence 1), their TF-IDF cosine is at least ``ALIGN_COSINE``, each is the other's best
match in that article, and what they report, names aside, is shared: the weighted Dice of their claim
words less the words either writes as a name (``pool.name_words``) is at least ``ALIGN_SAME``. Names
alone do not make one claim: "Reyk said on Sunday that Velmora would answer the test" and "the test
came a week after Reyk took office in Velmora" share Reyk, Velmora and the test, not what they report (an analyst's read of 2026-12-06,
"Agree" pairs that named the same people but said different things). Nor do two sentences that each name a
person the other does not name (``apart_people``): "Foreign Minister Halden said Reyk deserved the credit for
the talks" and "Reyk gave the credit for the talks to Velmor" tell who credits whom differently (an analyst's
read of briefs, timeline20, found such a pair shown as agreeing). From the alignment:

- ``agree``: a claim stated by articles of at least two outlets; the text is the most central
  sentence of the claim, with a cite into every article that states it.
- ``unique``: a sentence of the first half of its article that nothing in another outlet's articles
  comes near (cosine < ``UNIQUE_MAX``), only when the group has two outlets or more; two an article.
- ``differ``: an aligned claim whose numbers disagree ("12 people" against "14 people"), a quote
  given to different named speakers, and, along a storyline, an actor whose stances (what nlp found
  it wants, fears, recommends…) change from one event to the next.
"""
from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from ..model import Analysis
from .features import content_words, normalise_actor, parse_day
from .pool import Pool
from .summarize import _eligible, rank

ALIGN_WEIGHT = 2.3
ALIGN_COSINE = 0.12
ALIGN_SAME = 0.25
UNIQUE_MAX = 0.12
UNIQUE_EARLY = 4  # a unique item lies in the first half of its article, or in its first sentences
MAX_AGREE, MAX_UNIQUE, MAX_DIFFER = 8, 6, 6
STANCE_SAME = 0.5  # word overlap at which two stance objects are the same aim
MAX_STANCES_PER_STEP = 3
NUMBER_CONTEXT = 2  # words besides the unit two number phrases must share to be about one fact
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*(%|percent|[a-z]+)", re.I)
_NOT_UNITS = frozenset({"and", "or", "to", "of", "in", "on", "at", "the", "a", "by", "for", "from", "with"})


def pair_weight(pool: Pool, i: int, j: int) -> float:
    """The scaled IDF weight of the claim words sentences ``i`` and ``j`` share."""
    return _weight(pool, pool.claim_words[i] & pool.claim_words[j])


def _weight(pool: Pool, words) -> float:
    lo, hi = pool.idf_range
    return sum((pool.idf.get(w, lo) - lo) / (hi - lo) for w in words) if hi > lo else 0.0


def reported_share(pool: Pool, i: int, j: int) -> float:
    """The IDF-weighted Dice of what sentences ``i`` and ``j`` report: their claim words less the words
    either writes as a name (people, places, titles); 0 when they share names only."""
    names = pool.names[i] | pool.names[j]
    a, b = pool.claim_words[i] - names, pool.claim_words[j] - names
    total = _weight(pool, a) + _weight(pool, b)
    return 2 * _weight(pool, a & b) / total if total > 0 else 0.0


_HE_OR_SHE = re.compile(r"\W*(?:He|She)\b")


def _people(pool: Pool, i: int) -> list[set[str]]:
    """The name words of each person sentence ``i`` names (an entity of type PERSON with a mention in it)."""
    s = pool.sentences[i]
    a = pool.analyses[s.article]
    text = a.article.text
    out = []
    for e in a.entities:
        if e.type != "PERSON":
            continue
        for ms, me in e.mentions:
            if s.span[0] <= ms < s.span[1]:
                named = set(content_words(e.name)) | set(content_words(text[ms:me]))
                if named := named - _TITLES:
                    out.append(named)
                break
    return out


def apart_people(pool: Pool, i: int, j: int, people: list[list[set[str]]] | None = None) -> bool:
    """Whether sentences ``i`` and ``j`` each name a person the other names nowhere (no word of the name):
    then they tell of different people's acts or words, whatever else they share. A sentence opening
    with "He"/"She" is about a person named before, who may be the other's ("He was freed in July" /
    "Lopez, freed in July, …")."""
    people = people or {i: _people(pool, i), j: _people(pool, j)}

    def lone(a: int, b: int) -> bool:
        if _HE_OR_SHE.match(pool.sentences[b].text):
            return False
        words = pool.words(b)
        return any(not (p & words) for p in people[a])

    return lone(i, j) and lone(j, i)


def align(pool: Pool) -> list[list[int]]:
    """Claims: lists of sentence indices (one per article at most, two articles at least), strongest first."""
    n = len(pool.sentences)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(pool.sentences):
        by_article[s.article].append(i)
    weight: dict[tuple[int, int], float] = {}
    best_in: dict[tuple[int, str], int] = {}
    for i in range(n):
        for art, idx in by_article.items():
            if art == pool.sentences[i].article:
                continue
            scored = [(pair_weight(pool, i, j), j) for j in idx if pool.sim[i, j] >= ALIGN_COSINE]
            if scored:
                w, j = max(scored)
                best_in[(i, art)] = j
                weight[(i, j)] = w
    parent = list(range(n))
    people = [_people(pool, i) for i in range(n)]

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, art), j in best_in.items():
        if i < j and best_in.get((j, pool.sentences[i].article)) == i and weight[(i, j)] >= ALIGN_WEIGHT \
                and reported_share(pool, i, j) >= ALIGN_SAME and not apart_people(pool, i, j, people):
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    claims = []
    for members in groups.values():
        one_each: dict[str, int] = {}
        for i in members:
            one_each.setdefault(pool.sentences[i].article, i)
        if len(one_each) >= 2:
            claims.append(sorted(one_each.values()))
    strength = lambda c: -np.mean([pair_weight(pool, i, j) for i in c for j in c if i < j])
    return sorted(claims, key=strength)


def _outlets(pool: Pool, idx) -> set[str]:
    return {pool.outlets[pool.sentences[i].article] for i in idx}


def agree(pool: Pool, claims: list[list[int]], scores: np.ndarray) -> list[dict]:
    out = []
    for claim in claims:
        if len(_outlets(pool, claim)) < 2:
            continue
        lead = max(claim, key=lambda i: (scores[i] if _eligible(pool.sentences[i].text) else -1))
        s = pool.sentences[lead]
        cites = [{"article": s.article, "span": list(s.span)}] + \
            [{"article": pool.sentences[i].article, "span": list(pool.sentences[i].span)} for i in claim if i != lead]
        out.append({"text": s.text, "cites": cites})
        if len(out) >= MAX_AGREE:
            break
    return out


def unique(pool: Pool, scores: np.ndarray) -> list[dict]:
    if len(set(pool.outlets.values())) < 2:
        return []
    out = []
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(pool.sentences):
        by_article[s.article].append(i)
    for art, idx in by_article.items():
        outlet = pool.outlets[art]
        others = [j for j, s in enumerate(pool.sentences) if pool.outlets[s.article] != outlet]
        if not others:
            continue
        early = idx[:max(UNIQUE_EARLY, len(idx) // 2)]  # what an article puts first is what it reports
        picked = 0
        for i in sorted(early, key=lambda i: -scores[i]):
            if _eligible(pool.sentences[i].text) and pool.sim[i, others].max() < UNIQUE_MAX:
                s = pool.sentences[i]
                out.append({"text": s.text, "cites": [{"article": art, "span": list(s.span)}]})
                picked += 1
                if picked >= 2:
                    break
    return out[:MAX_UNIQUE]


# ---------------------------------------------------------------- differ
def _numbers(text: str) -> list[tuple[float, str, int, int]]:
    """(value, unit word, start, end of "number unit") for every number in ``text`` (years left out)."""
    out = []
    for m in _NUMBER.finditer(text):
        unit = m.group(2).lower()
        if unit not in _NOT_UNITS and not re.fullmatch(r"(19|20)\d\d", m.group(1)):
            try:
                out.append((float(m.group(1).replace(",", "")), unit, m.start(), m.end()))
            except ValueError:
                continue
    return out


def _window(text: str, start: int, end: int, words: int = 4) -> tuple[int, int]:
    """The number phrase widened by up to ``words`` words each side, inside ``text``."""
    s = start
    for _ in range(words):
        k = text.rfind(" ", 0, max(0, s - 1))
        if k < 0:
            s = 0
            break
        s = k + 1
    e = end
    for _ in range(words):
        k = text.find(" ", e + 1)
        if k < 0:
            e = len(text)
            break
        e = k
    return s, e


def _context(text: str, window: tuple[int, int], unit: str) -> set[str]:
    return {w for w in content_words(text[window[0]:window[1]]) if w != unit and not w[:1].isdigit()}


def number_differences(pool: Pool, claims: list[list[int]]) -> list[dict]:
    """Aligned sentences of two outlets giving one fact different numbers: the same unit ("people",
    "percent", "million"), at least ``NUMBER_CONTEXT`` other words in common around it, and the
    other sentence never giving the first one's value for that unit."""
    out = []
    for claim in claims:
        for a_i, i in enumerate(claim):
            for j in claim[a_i + 1:]:
                si, sj = pool.sentences[i], pool.sentences[j]
                if pool.outlets[si.article] == pool.outlets[sj.article]:
                    continue
                ti = pool.analyses[si.article].article.text[si.span[0]:si.span[1]]
                tj = pool.analyses[sj.article].article.text[sj.span[0]:sj.span[1]]
                found = _number_pair(ti, tj)
                if found is None:
                    continue
                wi, wj = found
                ci, cj = (si.span[0] + wi[0], si.span[0] + wi[1]), (sj.span[0] + wj[0], sj.span[0] + wj[1])
                text = f"“{' '.join(ti[wi[0]:wi[1]].split())}” against “{' '.join(tj[wj[0]:wj[1]].split())}”"
                out.append({"text": text, "kind": "number",
                            "cites": [{"article": si.article, "span": list(ci)}, {"article": sj.article, "span": list(cj)}]})
    return out


def _number_pair(ti: str, tj: str):
    ni, nj = _numbers(ti), _numbers(tj)
    for vi, ui, s_i, e_i in ni:
        if any(u == ui and v == vi for v, u, _, _ in nj):
            continue  # the other outlet gives this very number too
        wi = _window(ti, s_i, e_i)
        for vj, uj, s_j, e_j in nj:
            if uj != ui or vj == vi or any(u == uj and v == vj for v, u, _, _ in ni):
                continue
            wj = _window(tj, s_j, e_j)
            if len(_context(ti, wi, ui) & _context(tj, wj, uj)) >= NUMBER_CONTEXT:
                return wi, wj
    return None


_TITLES = frozenset("""mr mrs ms dr sen rep gov gen president former the a an senator representative governor
he she it they we i you his her their this that""".split())


def _person_tokens(a: Analysis, q) -> set[str] | None:
    """The name words of a quote's speaker, when both the resolved speaker and the words that name it in
    this quote are a person's name (an entity of type PERSON; the mention has a capitalised word that is
    not a title and is part of that name: "Mr. Goelman", not "He" or "the attorney"); else None."""
    ent = next((e for e in a.entities if e.id == q.speaker.entity), None)
    if ent is None or ent.type != "PERSON" or not q.speaker.name or not q.speaker.mention:
        return None
    mention = a.article.text[q.speaker.mention[0]:q.speaker.mention[1]]
    named = {w.lower().strip(".,'’\"“”") for w in mention.split() if w[:1].isupper()} - _TITLES
    name = set(normalise_actor(q.speaker.name).split()) - _TITLES
    return named | name if named & name else None  # the mention names the person it was resolved to


def speaker_differences(pool: Pool) -> list[dict]:
    """The same quoted words given by two outlets to two different named people (no name word shared)."""
    quotes = []
    for art, a in pool.analyses.items():
        for q in a.attributions:
            if q.kind != "direct" or not (who := _person_tokens(a, q)):
                continue
            words = set(content_words(a.article.text[q.content[0]:q.content[1]]))
            if len(words) >= 4:
                quotes.append((art, q, words, who))
    out = []
    for n, (art_a, qa, wa, who_a) in enumerate(quotes):
        for art_b, qb, wb, who_b in quotes[n + 1:]:
            if pool.outlets[art_a] == pool.outlets[art_b] or who_a & who_b:
                continue
            if len(wa & wb) / min(len(wa), len(wb)) >= 0.8:
                ta, tb = pool.analyses[art_a].article.text, pool.analyses[art_b].article.text
                ma, mb = qa.speaker.mention or qa.content, qb.speaker.mention or qb.content
                out.append({"text": f"{' '.join(ta[qa.content[0]:qa.content[1]].split())} — {ta[ma[0]:ma[1]]} / "
                                    f"{tb[mb[0]:mb[1]]}", "kind": "speaker",
                            "cites": [{"article": art_a, "span": [min(qa.content[0], ma[0]), max(qa.content[1], ma[1])]},
                                      {"article": art_b, "span": [min(qb.content[0], mb[0]), max(qb.content[1], mb[1])]}]})
    return out


def stance_changes(steps: list[list[Analysis]], labels: list[str]) -> list[dict]:
    """An actor's stances step by step (the events of a storyline, in time order), when they change.

    ``steps``: the articles of each event; ``labels``: how each step reads ("Jun 2018"). One item per
    actor found in two steps or more whose later stances are not all restatements of earlier ones.
    """
    by_actor: dict[str, dict[int, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, str] = {}
    for n, articles in enumerate(steps):
        for a in articles:
            if a.duplicate_of:
                continue
            text = a.article.text
            for st in a.stances:
                key = normalise_actor(st.actor)
                names.setdefault(key, st.actor)
                obj = " ".join(text[st.object[0]:st.object[1]].split())
                if len(content_words(obj)) < 2:
                    continue  # "it", "that": not a position a reader can follow
                by_actor[key][n].append((st.attitude, obj, a.article.id, st.evidence))
    out = []
    for key, per_step in by_actor.items():
        if len(per_step) < 2:
            continue
        seen: list[tuple[str, set[str]]] = []
        changed = False
        parts, cites = [], []
        for n in sorted(per_step):
            picked = _distinct(per_step[n])[:MAX_STANCES_PER_STEP]
            new = [p for p in picked if not any(p[0] == att and _overlap(set(content_words(p[1])), ws) >= STANCE_SAME
                                                for att, ws in seen)]
            if seen and new:
                changed = True
            seen += [(p[0], set(content_words(p[1]))) for p in picked]
            parts.append(f"{labels[n]}: " + "; ".join(f"{att.replace('_', ' ')} {obj}" for att, obj, _, _ in picked))
            cites += [{"article": art, "span": list(ev)} for _, _, art, ev in picked]
        if changed:
            out.append({"text": f"{names[key]} — " + " → ".join(parts), "kind": "stance", "actor": names[key],
                        "cites": cites})
    out.sort(key=lambda d: -len(d["cites"]))
    return out[:MAX_DIFFER]


def _distinct(stances: list[tuple]) -> list[tuple]:
    """Stances with different objects, one of each attitude first."""
    out: list[tuple] = []
    for st in sorted(stances, key=lambda s: [x[0] for x in stances].index(s[0])):
        if not any(_overlap(set(content_words(st[1])), set(content_words(o[1]))) >= STANCE_SAME for o in out):
            out.append(st)
    firsts = list({s[0]: s for s in reversed(out)}.values())[::-1]
    return firsts + [s for s in out if s not in firsts]


def _overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def compare(pool: Pool, scores: np.ndarray | None = None, claims: list[list[int]] | None = None) -> dict:
    """``{"agree", "unique", "differ"}`` for the articles of one event (lists of cited items)."""
    scores = rank(pool) if scores is None else scores
    claims = align(pool) if claims is None else claims
    differ = number_differences(pool, claims) + speaker_differences(pool)
    return {"agree": agree(pool, claims, scores), "unique": unique(pool, scores), "differ": differ[:MAX_DIFFER]}


def step_label(articles: list[Analysis]) -> str:
    """An event's date as a reader says it ("Jun 2018"), from its earliest article."""
    import calendar
    import datetime as dt

    days = [d for a in articles if (d := parse_day(a.article.published or a.anchor)) is not None]
    if not days:
        return "undated"
    d = dt.date.fromordinal(min(days))
    return f"{calendar.month_abbr[d.month]} {d.day}, {d.year}"


__all__ = ["align", "reported_share", "apart_people", "agree", "unique", "compare", "stance_changes", "number_differences", "speaker_differences",
           "step_label"]
