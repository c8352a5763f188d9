"""The brief as Markdown: the same data as the HTML, each claim followed by its quoted passage and cite.

Cites read ``[Outlet, YYYY-MM-DD ¶4/chars 812–950, #3]``: the paragraph (as numbered in the HTML appendix),
the exact characters of the article text and the article's row in the Sources table, so a reader can check
them in any editor.
"""
from __future__ import annotations

import re

from .brief import withheld_note

PASSAGE_CHARS = 300
QUOTE_MARKS = "\"'“”‘’«»„"  # longer passages are shortened in the middle of the list, never in the cite
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SPACE = re.compile(r"\s+")


def md(text: str | None) -> str:
    """Text from an article as inert Markdown: one line, Markdown and HTML characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text or "").strip())


def cite(c: dict) -> str:
    """``[Outlet, date ¶4/chars 812–950, #3]``: ``#3`` is the article's row in the Sources table, which tells
    apart two undated articles of one outlet."""
    where = f"¶{c['para']}/chars {c['start']}–{c['end']}" if c.get("para") else f"chars {c['start']}–{c['end']}"
    source = f", #{c['source']}" if c.get("source") else ""
    return f"[{md(c['outlet'])}, {c['date'] or 'n.d.'} {where}{source}]"


def passage(c: dict) -> str:
    """“the cited words” [Outlet, date ¶/chars]; a passage that opens with its own quotation mark keeps it."""
    text = _SPACE.sub(" ", c["text"]).strip()
    if len(text) > PASSAGE_CHARS:
        text = text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
    shown = md(text) if text[:1] in QUOTE_MARKS else f"“{md(text)}”"
    return f"{shown} {cite(c)}"


def render_markdown(brief: dict) -> str:
    out: list[str] = [f"# {md(brief['title'])}", "", _summary_line(brief["summary"]), ""]
    out += _sources(brief)
    out += _storylines(brief)
    out += _actors(brief)
    out += _quotes(brief)
    out += _timeline(brief)
    return "\n".join(out).rstrip() + "\n"


def _summary_line(s: dict) -> str:
    span = f", {s['from']} – {s['to']}" if s.get("from") else ""
    return (f"_{s['articles']} article{'s' * (s['articles'] != 1)} from {s['outlets']} "
            f"outlet{'s' * (s['outlets'] != 1)}{span}._")


def _sources(brief: dict) -> list[str]:
    out = ["## Sources", "", "| # | Outlet | Date | Title | Path |", "|---|---|---|---|---|"]
    for s in brief["sources"]:
        date = s["date"] or (f"{s['anchor_date']} (inferred)" if s["anchor_inferred"] else "—")
        out.append(f"| {s['key'][1:]} | {md(s['outlet']) or '—'} | {date} | {md(s['title'] or s['id'])} | {md(s['path'])} |")
    if brief["notes"]:
        out += ["", *(f"> Note: {md(n['text'])}" for n in brief["notes"])]
    return out + [""]


def _actors(brief: dict) -> list[str]:
    out = ["## Actors", ""]
    if not brief["actors"]:
        out += ["_No actors found._", ""]
    for c in brief["actors"]:
        out.append(f"### {md(c['name'])}" + (f" ({c['type']})" if c["type"] else ""))
        out.append("")
        if c["roles"]:
            out.append(f"- Role: {md('; '.join(c['roles']))}")
        if c["aliases"]:
            out.append(f"- Also: {md(', '.join(c['aliases']))}")
        if c["by_outlet"]:
            counts = ", ".join(f"{md(o['outlet'])} {o['count']}" for o in c["by_outlet"])
            out.append(f"- Mentions: {c['mentions']} ({counts})" + (f", first {cite(c['first'])}" if c["first"] else ""))
        for g in c["stances"]:
            out.append(f"- {g['attitude'].replace('_', ' ').capitalize()}:")
            out += [f"  - {md(s['object'])} — {passage(s['evidence'])}" for s in g["items"]]
        if c["quotes"]:
            out.append(f"- Said ({len(c['quotes'])}):")
            out += [f"  - {md(q['cue']) + ': ' if q.get('cue') else ''}{passage(q['cite'])}" for q in c["quotes"]]
        if c["related"]:
            out.append("- Related: " + ", ".join(f"{md(r['name'])} ({r['count']})" for r in c["related"]))
        out.append("")
    if brief["other_actors"]:
        out += ["Also named: " + ", ".join(f"{md(o['name'])} ({o['mentions']})" for o in brief["other_actors"]) + ".", ""]
    return out


def _quotes(brief: dict) -> list[str]:
    out = ["## Quotes by speaker", ""]
    if not brief["quotes"]:
        out += ["_No quotes found._", ""]
    if note := withheld_note(brief):
        out += [f"_{note}_", ""]
    for g in brief["quotes"]:
        role = f" — {md('; '.join(g['roles']))}" if g["roles"] else ""
        out += [f"### {md(g['speaker'])}{role}", ""]
        for q in g["quotes"]:
            cue = f", {md(q['cue'])}" if q["cue"] else ""
            out.append(f"- {passage(q['cite'])} ({q['kind']}{cue})")
        out.append("")
    return out


def _items(title: str, items: list[dict]) -> list[str]:
    """A labelled list of cited items: the words, then every cite (the first with its passage when the
    words are not the passage itself)."""
    if not items:
        return []
    out = [f"**{title}**", ""]
    for x in items:
        first, *rest = x["cites"]
        same = _SPACE.sub(" ", first["text"]).strip() == _SPACE.sub(" ", x["text"]).strip()
        out.append(f"- {md(x['text'])} {cite(first)}" + "".join(f" {cite(c)}" for c in rest) if same else
                   f"- {md(x['text'])}")
        if not same:
            out += [f"  - {passage(c)}" for c in x["cites"]]
    return out + [""]


def _storylines(brief: dict) -> list[str]:
    threads = brief.get("threads") or []
    if not threads:
        return []
    out = ["## Storylines", ""]
    for t in threads:
        n_art = sum(len(e["articles"]) for e in t["events"])
        out += [f"### {md(t['title'])}", "",
                f"_{len(t['events'])} event{'s' * (len(t['events']) != 1)}, {n_art} article{'s' * (n_art != 1)}._", ""]
        for k, e in enumerate(t["events"], 1):
            dates = sorted(s["date"] for s in e["sources"] if s["date"])
            when = (dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}") if dates else "undated"
            out += [f"#### Event {k}: {when}", ""]
            for s in e["sources"]:
                also = f" (also in: {md(', '.join(s['also_in']))})" if s["also_in"] else ""
                out.append(f"- {md(s['outlet'])}, {s['date'] or 'n.d.'}: {md(s['title'] or s['id'])}{also}")
            out.append("")
            out += _items("Summary", e["summary"]) + _items("Agree", e["agree"]) + _items("Only one outlet", e["unique"]) \
                + _items("Differ", e["differ"])
        if len(t["events"]) > 1:
            out += _items("Storyline summary", t["summary"]) + _items("Agree across events", t["agree"]) \
                + _items("Changes over time", t["differ"])
        for title, background in (("Timeline", False), ("Background", True)):
            rows = [x for x in t["timeline"] if x["background"] is background]
            if rows:
                out += [f"**{title}**", ""] + [f"- **{md(x['when'])}** {md(x['text'])} " + " ".join(cite(c) for c in x["cites"])
                                               for x in rows] + [""]
    return out


def _timeline(brief: dict) -> list[str]:
    out = ["## Timeline", ""]
    if not brief["timeline"]:
        return out + ["_No dated events found._", ""]
    in_background = False
    for e in brief["timeline"]:
        if e.get("background") and not in_background:
            out += ["", "### Background", ""]
            in_background = True
        actors = f" ({md(', '.join(e['actors']))})" if e["actors"] else ""
        when = e["when"] if e["when"] == e["value"] else f"{e['when']} ({e['value']})"
        if len(e["cites"]) == 1 and _SPACE.sub(" ", e["cites"][0]["text"]).strip() == _SPACE.sub(" ", e["label"]).strip():
            out.append(f"- **{md(when)}** {md(e['label'])}{actors} {cite(e['cites'][0])}")  # the label is the passage
        else:
            out.append(f"- **{md(when)}** {md(e['label'])}{actors}")
            out += [f"  - {passage(c)}" for c in e["cites"]]
    return out + [""]
