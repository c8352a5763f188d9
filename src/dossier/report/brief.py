"""The brief as one plain data structure: what the analyst reads, every item citing its passage.

``build_brief(analyses)`` gathers sources, storylines (``threads``: events, summaries, agree / unique /
differ, each storyline's timeline; see ``stories.threads``), actor cards, quotes by speaker and a
timeline; the HTML and Markdown renderers only lay it out, and ``-o brief.json`` writes it as is (with
``articles``: the contract records). A near-copy (``duplicate_of``) is read once: its quotes, stances
and dated events are not repeated, and its original lists it under "also in". Every claim carries a
*cite*: a dict naming the article, the ``[start, end)`` characters in its text, the paragraph they
start in, the passage itself and an ``anchor`` id. The appendix lists each article's paragraphs with
the anchors that fall in them, so the HTML can wrap each cited span in ``<mark id=anchor>``.
"""
from __future__ import annotations

import bisect
import json
from collections import Counter, defaultdict
from typing import Iterable

from ..model import Analysis, Span
from ..nlp.entities.aliases import name_words
from ..nlp.attribution.confidence import load_model
from ..nlp.attribution.groups import count_words
from ..resolve import resolve
from ..stories.features import content_words, parse_day
from ..stories.threads import assign, storylines
from ..nlp.time.values import value_interval, value_label
from ..stories.timeline import build_timeline
from .jsonl import to_record
from .roles import shown_roles

MAX_CARDS = 12  # actor cards shown in full; the rest are listed by name
MAX_OTHER_ACTORS = 40
MAX_RELATED = 5
MAX_KEY_ACTORS = 3  # named in the brief's title
QUOTE_WEIGHT = 3  # how much a quote counts against a mention when ranking actors
STANCE_WEIGHT = 2
ATTITUDE_ORDER = ("wants", "fears", "supports", "opposes", "recommends", "benefits_from", "accuses")
BACKGROUND_DAYS = 60  # a date ending this long before the first article is the story's background
PRONOUNS = frozenset("""i me you he him she her it we us they them who whom which that this these those one
someone somebody anyone everyone nobody his hers its their theirs our ours my mine your yours""".split())
# unnamed sources that are real speakers when written alone ("analysts said")
SOURCE_NOUNS = frozenset("""analysts officials experts diplomats sources observers critics supporters opponents
residents witnesses lawmakers legislators economists researchers scientists investigators prosecutors police
activists advocates aides advisers advisors spokesman spokeswoman spokesperson authorities leaders members
organizers protesters voters democrats republicans negotiators envoys ministers officers""".split())
FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".json": "json"}

def brief_format(path: str | None) -> str:
    """``html``, ``md`` or ``json`` from the output's suffix; stdout (None or ``-``) gets Markdown."""
    if path is None or str(path) == "-":
        return "md"
    name = str(path).lower()
    for suffix, fmt in FORMATS.items():
        if name.endswith(suffix):
            return fmt
    raise ValueError(f"cannot tell the brief format from {path!r}: use .html, .md or .json")


def render(brief: dict, fmt: str) -> str:
    """The brief in ``fmt`` (``html``, ``md`` or ``json``); the renderers import this module's notes, so they
    are imported here, when asked for. Raises ValueError for another format."""
    if fmt == "html":
        from .html import render_html

        return render_html(brief)
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(brief)
    if fmt == "json":
        return json.dumps(brief, ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown brief format {fmt!r}")


class _Citer:
    """Turns (article id, span) into cite dicts and remembers every anchor used, per article."""

    def __init__(self, analyses: list[Analysis]):
        self.by_id: dict[str, Analysis] = {}
        self.key: dict[str, str] = {}
        self.paragraphs: dict[str, list[dict]] = {}
        self.starts: dict[str, list[int]] = {}
        self.marks: dict[str, dict[Span, str]] = defaultdict(dict)
        for n, a in enumerate(analyses, 1):
            if a.article.id in self.by_id:
                continue  # a duplicate id cannot be told apart by cites; the first one wins
            self.by_id[a.article.id] = a
            self.key[a.article.id] = f"a{n}"
            self.paragraphs[a.article.id] = _paragraphs(a)
            self.starts[a.article.id] = [p["start"] for p in self.paragraphs[a.article.id]]

    def outlet(self, article_id: str) -> str:
        art = self.by_id[article_id].article
        return art.outlet or art.title or art.id

    def paragraph_of(self, article_id: str, pos: int) -> dict | None:
        i = bisect.bisect_right(self.starts[article_id], pos) - 1
        paras = self.paragraphs[article_id]
        return paras[i] if i >= 0 and pos < paras[i]["end"] else None

    def cite(self, article_id: str, span: Span | None) -> dict | None:
        a = self.by_id.get(article_id)
        if a is None or not span:
            return None
        text = a.article.text
        s, e = max(0, min(span[0], len(text))), max(0, min(span[1], len(text)))
        if e <= s:
            return None
        anchor = self.marks[article_id].setdefault((s, e), f"{self.key[article_id]}-{s}-{e}")
        para = self.paragraph_of(article_id, s)
        para = para["n"] if para else None
        return {"anchor": anchor, "article": article_id, "source": int(self.key[article_id][1:]),
                "outlet": self.outlet(article_id),
                "date": a.article.published or a.anchor, "para": para, "start": s, "end": e,
                "text": text[s:e]}


def _paragraphs(a: Analysis) -> list[dict]:
    """Body, headings and captions in text order (overlaps dropped); the whole text when none."""
    art = a.article
    kinds = [(s, e, "body") for s, e in art.body] + [(s, e, "heading") for s, e in art.headings] \
        + [(s, e, "caption") for s, e in art.captions]
    if not kinds:
        stripped = art.text.strip()
        start = art.text.find(stripped) if stripped else 0
        kinds = [(start, start + len(stripped), "body")] if stripped else []
    out, last_end = [], 0
    for s, e, kind in sorted(kinds):
        s = max(s, last_end)
        if e <= s:
            continue
        out.append({"n": len(out) + 1, "kind": kind, "start": s, "end": e})
        last_end = e
    return out


def build_brief(analyses: Iterable[Analysis], cast=None, timeline=None, stories: bool = True) -> dict:
    """The whole brief as plain dicts and lists (JSON-ready); ``cast``/``timeline`` default to computing them.

    ``stories``: place the articles in events and storylines (``StoryIndex``, in input order) when they
    do not carry them yet, and build the storyline sections."""
    analyses = list(analyses)
    if stories:
        analyses = assign(analyses)
    if cast is None:
        cast = resolve(analyses)
    if timeline is None:
        timeline = build_timeline([a for a in analyses if not a.duplicate_of])
    citer = _Citer(analyses)
    quotes = _quotes(analyses, cast, citer)
    stances = _stances(analyses, cast, citer)
    actors = _actor_cards(cast, quotes, stances, citer)
    brief = {
        "title": _title(cast),
        "summary": _summary(analyses),
        "sources": _sources(analyses, citer),
        "actors": actors["cards"],
        "other_actors": actors["others"],
        "quotes": _quote_groups(quotes),
        "withheld": _withheld(citer),
        "timeline": _timeline(timeline, cast, citer, _first_day(analyses)),
        "notes": _notes(analyses, citer),
        "threads": _threads(analyses, citer) if stories else [],
    }
    brief["appendix"] = _appendix(citer)  # last: every anchor is known by now
    brief["articles"] = [to_record(a) for a in citer.by_id.values()]
    return brief


def _first_day(analyses: list[Analysis]) -> int | None:
    days = [d for a in analyses if (d := parse_day(a.article.published or a.anchor)) is not None]
    return min(days) if days else None


def _threads(analyses: list[Analysis], citer: _Citer) -> list[dict]:
    """The storyline sections with every cite made a full cite (anchor, outlet, date, paragraph, text)."""
    def items(xs: list[dict]) -> list[dict]:
        out = []
        for x in xs:
            cites = [dict(c, span=[c["start"], c["end"]]) for c in
                     (citer.cite(ci["article"], tuple(ci["span"])) for ci in x["cites"]) if c]
            if cites:
                out.append(dict(x, cites=cites))
        return out

    threads = []
    for t in storylines([a for a in analyses if a.article.id in citer.by_id and citer.by_id[a.article.id] is a]):
        events = []
        for e in t["events"]:
            articles = [{"id": i, "key": citer.key[i], "outlet": citer.outlet(i), "title": citer.by_id[i].article.title,
                         "date": citer.by_id[i].article.published,
                         "also_in": [citer.outlet(c) for c in e["copies"].get(i, [])]} for i in e["articles"]]
            events.append(dict(e, sources=articles, **{k: items(e[k]) for k in ("summary", "agree", "unique", "differ")}))
        threads.append(dict(t, events=events, **{k: items(t[k]) for k in ("summary", "agree", "differ", "timeline")}))
    return threads


def _title(cast) -> str:
    """Named after the actors the articles mention most (quotes and stances do not count here)."""
    top = sorted(cast.actors.values(), key=lambda act: -len(act.mentions))[:MAX_KEY_ACTORS]
    names = list(dict.fromkeys(act.name for act in top if act.mentions))
    return "Brief: " + ", ".join(names) if names else "Brief"


def _summary(analyses: list[Analysis]) -> dict:
    dates = sorted(d for a in analyses if (d := a.article.published or a.anchor))
    outlets = {a.article.outlet for a in analyses if a.article.outlet}
    return {"articles": len(analyses), "outlets": len(outlets), "from": dates[0] if dates else None,
            "to": dates[-1] if dates else None}


def _sources(analyses: list[Analysis], citer: _Citer) -> list[dict]:
    rows = []
    for a in citer.by_id.values():  # the analyses the brief can cite: first of each id, in input order
        art = a.article
        rows.append({"key": citer.key[art.id], "id": art.id, "outlet": art.outlet, "title": art.title,
                     "date": art.published, "path": art.path, "url": art.url,
                     "anchor_date": a.anchor, "anchor_inferred": a.anchor_inferred,
                     "quotes": len(a.attributions), "stances": len(a.stances), "entities": len(a.entities),
                     "duplicate_of": a.duplicate_of, "story": a.story, "thread": a.thread,
                     "also_in": [citer.outlet(c.article.id) for c in citer.by_id.values()
                                 if c.duplicate_of == art.id]})
    return rows


def _notes(analyses: list[Analysis], citer: _Citer) -> list[dict]:
    notes = []
    for a in analyses:
        art = a.article
        key = citer.key.get(art.id) if citer.by_id.get(art.id) is a else None
        if key is None:
            notes.append({"article": art.id, "key": None,
                          "text": f"{art.path}: the id {art.id!r} is used twice; only the first article with it is cited."})
        elif a.anchor_inferred:
            notes.append({"article": art.id, "key": key,
                          "text": f"{citer.outlet(art.id)}, “{art.title}”: no publication date; relative dates "
                                  f"resolved against {a.anchor}, inferred from the text."})
        elif not (art.published or a.anchor):
            notes.append({"article": art.id, "key": key,
                          "text": f"{citer.outlet(art.id)}, “{art.title}”: no publication date; relative dates "
                                  f"(“yesterday”, “last week”) could not be placed."})
        if key is not None and title_off_body(a):
            notes.append({"article": art.id, "key": key,
                          "text": f"{citer.outlet(art.id)}, “{art.title}”: the headline and the body share almost "
                                  f"no words; the body may be another article's (check the source)."})
    return notes


TITLE_WORDS = 5  # a shorter headline (a pun, a slogan, an opinion) says too little to be checked against the body


def title_off_body(a: Analysis) -> bool:
    """Whether the body reports something else than the headline: of a headline of ``TITLE_WORDS``
    content words or more, at most one is in the body (a word counts when the body has a word of the
    same first five letters: "sanctions" / "sanctioned"). An analyst's read of 2026-12-06 found a
    page whose headline named one event and whose body was another story, unflagged."""
    art = a.article
    words = [w for w in dict.fromkeys(content_words(art.title or "")) if not w[:1].isdigit()]
    if len(words) < TITLE_WORDS:
        return False
    body = " ".join(art.text[s:e] for s, e in art.body) if art.body else art.text
    stems = {w[:5] for w in content_words(body)}
    return sum(w[:5] in stems for w in words) <= 1


def real_speaker(name: str | None, entity: str | None) -> bool:
    """A heading-worthy speaker: a resolved entity, a name (a capitalised word that is not a pronoun or a
    bare title), an unnamed source group ("analysts", "Western diplomats") or part of a people ("some
    Liberals"); never a pronoun or a fragment ("that", "Teams", "percent")."""
    if not name or not name.strip():
        return False
    words = name.split()
    low = [w.lower().strip(".,'’") for w in words]
    if low[-1] in PRONOUNS or (len(words) == 1 and low[0] in PRONOUNS):
        return False
    if low[-1] in SOURCE_NOUNS:
        return True
    if entity:
        return True
    if len(words) >= 2 and words[-1][:1].isupper() and count_words(words[:-1]) == len(words) - 1:
        return True  # "some Liberals", "most of the Greens": part of a people, no longer the people's entity
    capitalised = [w for w in words if w[:1].isupper()]
    return len(words) >= 2 and len(capitalised) >= 2


def _quotes(analyses: list[Analysis], cast, citer: _Citer) -> list[dict]:
    """Quotes with a real speaker (``real_speaker``), each read once: none from a near-copy article."""
    out = []
    for a in citer.by_id.values():
        if a.duplicate_of:
            continue
        text = a.article.text
        seen: set[str] = set()  # a quote the page repeats (a lede above the story, a pull quote) is read once
        for q in a.attributions:
            words = " ".join(text[q.content[0]:q.content[1]].split())
            if words in seen:
                continue
            seen.add(words)
            cite = citer.cite(a.article.id, q.content)
            if cite is None:
                continue
            actor = cast.actor_of(a.article.id, q.speaker.entity) if q.speaker.entity else None
            mention = text[q.speaker.mention[0]:q.speaker.mention[1]] if q.speaker.mention else None
            name = q.speaker.name or (actor.name if actor else None) or mention
            if not real_speaker(name, q.speaker.entity if actor else None):
                continue
            out.append({"speaker": name, "actor": actor.id if actor else None, "mention": mention,
                        "role": q.speaker.role, "kind": q.kind,
                        "cue": cue_words(text[q.cue[0]:q.cue[1]]) if q.cue else None,
                        "outlet": cite["outlet"], "date": cite["date"], "cite": cite})
    return out


def _withheld(citer: _Citer) -> dict:
    """How many quote records and stances the confidence gates kept out of the brief
    (``{"quotes": n, "stances": m, "threshold": p}``).

    They passed every rule but a strict reader would likely find them wrong (``nlp.attribution.confidence``,
    ``nlp.stances.confidence``); they stay in ``articles`` with ``"reportable": false``. Near-copies are not
    counted, as their items are not read at all. ``threshold``, the quote model's, is None when no quote
    record was gated."""
    read = [a for a in citer.by_id.values() if not a.duplicate_of]
    scores = [q.confidence for a in read for q in a.unreported if q.confidence is not None]
    threshold = None
    if scores:
        model = load_model()
        threshold = model.threshold if model else None
    return {"quotes": len(scores), "stances": sum(len(a.unreported_stances) for a in read), "threshold": threshold}


def withheld_note(brief: dict) -> str | None:
    """The line under "Quotes by speaker" saying how many records the confidence gates left out, or None."""
    w = brief.get("withheld") or {}
    counts = [(w.get("quotes", 0), "quote record"), (w.get("stances", 0), "stance")]
    parts = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in counts if n]
    if not parts:
        return None
    many = sum(n for n, _ in counts) != 1
    under = f" (under {w['threshold']:.2f} for quotes)" if w.get("threshold") is not None and w.get("quotes") else ""
    return (f"{' and '.join(parts)} passed the rules but {'are' if many else 'is'} not shown: a strict reader "
            f"would likely find {'them' if many else 'it'} wrong{under}. The article records keep them, "
            'marked "reportable": false.')


def _quote_groups(quotes: list[dict]) -> list[dict]:
    """Quotes by speaker: one group per resolved actor (else per name as written), busiest first.

    A group is headed by the fullest name its records give (``_fullest_name``: "Mike Pence" over the
    "Pence" of an article that gives no first name) and by its roles as
    ``shown_roles`` gives them. Groups whose headings read alike (one actor's record without an entity,
    "Donald Trump" beside the actor "Donald Trump"; two actors of one full name) are one group: a brief
    must not show a speaker twice (analyst's read of briefs, brief19)."""
    groups: dict[str, dict] = {}
    for q in quotes:
        key = q["actor"] or "name:" + q["speaker"].lower()
        g = groups.setdefault(key, {"speaker": q["speaker"], "actor": q["actor"], "roles": [], "quotes": []})
        if q["role"] and q["role"] not in g["roles"]:
            g["roles"].append(q["role"])
        g["quotes"].append(q)
    by_heading: dict[str, dict] = {}
    for g in sorted(groups.values(), key=lambda g: (g["actor"] is None, -len(g["quotes"]))):
        g["speaker"] = _fullest_name([q["speaker"] for q in g["quotes"]])
        same = by_heading.setdefault(" ".join(g["speaker"].lower().split()), g)
        if same is not g:
            same["roles"] += [r for r in g["roles"] if r not in same["roles"]]
            same["quotes"] += g["quotes"]
    merged = [g for g in groups.values() if any(g is h for h in by_heading.values())]
    for g in merged:
        g["roles"] = shown_roles(g["roles"])
    return sorted(merged, key=lambda g: -len(g["quotes"]))  # stable: first seen first among equals


def _fullest_name(names: list[str]) -> str:
    """Of the names one speaker's records give, the one that covers most records (a name covers the records
    whose name is its tail: "Mike Pence" covers "Pence"; a stray "AP Photo Tillerson" covers fewer than
    "Rex Tillerson"), then the one with most name words, then the first."""
    counts = Counter(names)
    first = {n: i for i, n in reversed(list(enumerate(names)))}
    words = {n: name_words(n) for n in counts}

    def covered(n: str) -> int:
        return sum(k for m, k in counts.items() if words[m] and words[n][len(words[n]) - len(words[m]):] == words[m])

    return max(counts, key=lambda n: (covered(n), len(words[n]), -first[n]))


def _actor_index(cast) -> dict[str, str]:
    """Lower-cased name or alias -> actor id, so a stance naming its actor by text finds the card."""
    index: dict[str, str] = {}
    by_weight = sorted(cast.actors.values(), key=lambda act: -len(act.mentions))
    for act in by_weight:
        index.setdefault(act.name.lower(), act.id)
    for act in by_weight:
        for alias in act.aliases:
            index.setdefault(alias.lower(), act.id)
    return index


def _stances(analyses: list[Analysis], cast, citer: _Citer) -> list[dict]:
    index = _actor_index(cast)
    out = []
    for a in citer.by_id.values():
        if a.duplicate_of:
            continue
        text = a.article.text
        for st in a.stances:
            evidence = citer.cite(a.article.id, st.evidence)
            if evidence is None:
                continue
            actor = cast.actor_of(a.article.id, st.entity) if st.entity else None
            actor_id = actor.id if actor else index.get(st.actor.lower())
            out.append({"actor": actor_id, "name": st.actor, "attitude": st.attitude,
                        "object": text[st.object[0]:st.object[1]] if st.object else "",
                        "outlet": evidence["outlet"], "date": evidence["date"], "evidence": evidence})
    return out


def _related(cast, citer: _Citer) -> dict[str, Counter]:
    """Actors named in the same paragraph, counted over all articles."""
    in_para: dict[tuple[str, int], set[str]] = defaultdict(set)
    for act in cast.actors.values():
        for m in act.mentions:
            if m.article in citer.by_id and (para := citer.paragraph_of(m.article, m.span[0])):
                in_para[(m.article, para["n"])].add(act.id)
    related: dict[str, Counter] = defaultdict(Counter)
    for ids in in_para.values():
        for x in ids:
            related[x].update(ids - {x})
    return related


def _actor_cards(cast, quotes: list[dict], stances: list[dict], citer: _Citer) -> dict:
    quotes_by: dict[str, list[dict]] = defaultdict(list)
    for q in quotes:
        if q["actor"]:
            quotes_by[q["actor"]].append(q)
    stances_by: dict[str, list[dict]] = defaultdict(list)
    for s in stances:
        stances_by[s["actor"] or "name:" + s["name"].lower()].append(s)

    def score(key: str, mentions: int) -> int:
        return mentions + QUOTE_WEIGHT * len(quotes_by[key]) + STANCE_WEIGHT * len(stances_by[key])

    ranked = [(score(act.id, len(act.mentions)), n, act.id) for n, act in enumerate(cast.actors.values())]
    # stances whose actor matched no entity still deserve a card under the name the text gives
    ranked += [(score(k, 0), len(ranked) + n, k) for n, k in enumerate(stances_by) if k.startswith("name:")]
    ranked.sort(key=lambda t: (-t[0], t[1]))
    related = _related(cast, citer)
    shown = {k for _, _, k in ranked[:MAX_CARDS]}
    cards = [_card(k, cast, quotes_by[k], stances_by[k], related.get(k, Counter()), shown, citer)
             for sc, _, k in ranked[:MAX_CARDS] if sc > 0]
    others = [{"id": k, "name": cast.actors[k].name, "type": cast.actors[k].type,
               "mentions": len(cast.actors[k].mentions), "first": _first_cite(cast.actors[k], citer)}
              for sc, _, k in ranked[MAX_CARDS:MAX_CARDS + MAX_OTHER_ACTORS] if sc > 0 and k in cast.actors]
    return {"cards": cards, "others": others}


def _card(key: str, cast, quotes: list[dict], stances: list[dict], related: Counter, shown: set[str],
          citer: _Citer) -> dict:
    act = cast.actors.get(key)
    by_attitude: dict[str, list[dict]] = defaultdict(list)
    for s in stances:
        by_attitude[s["attitude"]].append({"object": s["object"], "outlet": s["outlet"], "date": s["date"],
                                           "evidence": s["evidence"]})
    order = {a: i for i, a in enumerate(ATTITUDE_ORDER)}
    grouped = [{"attitude": k, "items": v} for k, v in sorted(by_attitude.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))]
    if act is None:
        return {"id": key, "name": stances[0]["name"], "type": None, "roles": [], "aliases": [], "mentions": 0,
                "by_outlet": [], "first": stances[0]["evidence"], "quotes": [], "stances": grouped, "related": []}
    roles = shown_roles(list(act.roles) + [q["role"] for q in quotes if q["role"]])
    by_outlet = Counter(citer.outlet(m.article) for m in act.mentions if m.article in citer.by_id)
    first = _first_cite(act, citer)
    return {
        "id": key, "name": act.name, "type": act.type, "roles": roles,
        "aliases": sorted(a for a in act.aliases if a != act.name), "mentions": len(act.mentions),
        "by_outlet": [{"outlet": o, "count": n} for o, n in by_outlet.most_common()],
        "first": first,
        "quotes": [{"text": q["cite"]["text"], "kind": q["kind"], "cue": q["cue"], "outlet": q["outlet"],
                    "date": q["date"], "cite": q["cite"]} for q in quotes],
        "stances": grouped,
        "related": [{"id": r, "name": cast.actors[r].name, "count": n, "card": r in shown}
                    for r, n in related.most_common(MAX_RELATED)],
    }


def cue_words(cue: str | None) -> str | None:
    """The cue as a card shows it before the words ("denied", "did not rule out", "suggested"): a card's "Said"
    line without it would read a denial or a hedge as the actor's claim (analyst's read of briefs, brief16)."""
    words = " ".join((cue or "").split()).strip(" ,:;—–-")
    return words or None


def _first_cite(act, citer: _Citer) -> dict | None:
    return next((c for m in act.mentions if (c := citer.cite(m.article, m.span))), None)


def _timeline(entries, cast, citer: _Citer, first_day: int | None = None) -> list[dict]:
    """Dated entries: the story's own dates first (chronological), then the background, also in order:
    dates that end more than ``BACKGROUND_DAYS`` before the earliest article (``background``: True)."""
    rows = []
    for e in entries:
        cites = [c for c in (citer.cite(ci.article, ci.span) for ci in e.cites) if c]
        interval = value_interval(e.value)
        names = [cast.actors[x].name if x in cast.actors else x for x in e.actors]
        rows.append({"value": e.value, "when": value_label(e.value), "label": e.label,
                     "start": interval[0].isoformat() if interval else None,
                     "end": interval[1].isoformat() if interval else None,
                     "cites": cites, "actors": list(dict.fromkeys(names)),
                     "background": bool(first_day is not None and interval is not None
                                        and interval[1].toordinal() < first_day - BACKGROUND_DAYS)})
    rows.sort(key=lambda r: (r["background"], r["start"] is None, r["start"] or "", r["end"] or "", r["value"]))
    for n, r in enumerate(rows, 1):
        r["n"] = n
    return rows


def _appendix(citer: _Citer) -> list[dict]:
    out = []
    for article_id, a in citer.by_id.items():
        text = a.article.text
        marks = [{"anchor": anchor, "start": s, "end": e}
                 for (s, e), anchor in sorted(citer.marks[article_id].items())]
        paras = citer.paragraphs[article_id] + _context_lines(text, citer.paragraphs[article_id], marks)
        paras = [dict(p, text=text[p["start"]:p["end"]]) for p in sorted(paras, key=lambda p: p["start"])]
        out.append({"key": citer.key[article_id], "id": article_id, "outlet": a.article.outlet,
                    "title": a.article.title, "date": a.article.published, "url": a.article.url,
                    "paragraphs": paras, "marks": marks})
    return out


def _context_lines(text: str, paras: list[dict], marks: list[dict]) -> list[dict]:
    """Lines holding a cited span that starts outside every paragraph, so no link is left dangling."""
    starts = [p["start"] for p in paras]
    extra: dict[int, dict] = {}
    for m in marks:
        i = bisect.bisect_right(starts, m["start"]) - 1
        if i >= 0 and m["start"] < paras[i]["end"]:
            continue
        s = text.rfind("\n", 0, m["start"]) + 1
        e = text.find("\n", m["end"])
        extra.setdefault(s, {"n": None, "kind": "context", "start": s, "end": len(text) if e < 0 else e})
    return list(extra.values())
