"""The brief as one self-contained HTML page: inline CSS, an inline-SVG timeline, nothing fetched.

Jinja autoescapes every value. The only markup marked safe is built here, piece by escaped piece:
the appendix paragraphs, where each cited span is wrapped in ``<mark id=anchor>`` so a link lands
on the exact characters (overlapping cites nest; the id sits on the first piece of each span).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from .brief import withheld_note

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE = "brief.html.j2"

# Timeline chart geometry (SVG user units).
CHART_WIDTH = 960
CHART_MARGIN = 24
LANE_HEIGHT = 22
MAX_LANES = 12  # entries beyond this many stacked rows are left to the list
DOT_RADIUS = 8
MIN_GAP = 2 * DOT_RADIUS + 3  # two dots in one lane never closer than this
AXIS_HEIGHT = 34
BREAK_RATIO = 3  # break the axis beside a busy run when the gap is this many times the run's extent
BREAK_MIN_EXTENT_DAYS = 30
BREAK_MIN_DAYS = 366  # never break for less than a year
MAX_SEGMENTS = 4
BREAK_WIDTH = 26
TICK_SPACING = 90  # at most one tick label per this many units
MONTH_TICKS_DAYS = 5 * 366  # month (and day) ticks only on stretches shorter than this
TIME_SHARE = 0.4  # how much of a mark's position is linear time; the rest is its rank among the entries
TOOLTIP_CHARS = 140
QUOTE_MARKS = "\"'“”‘’«»„"

_env: Environment | None = None


def _environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                           lstrip_blocks=True, undefined=StrictUndefined)
        _env.filters["cite_label"] = cite_label
        _env.filters["attitude"] = lambda a: a.replace("_", " ").capitalize()
        _env.filters["quoted"] = quoted
        _env.globals["withheld_note"] = withheld_note
    return _env


def render_html(brief: dict) -> str:
    emitted: set[str] = set()
    articles = [dict(art, html=[mark_paragraph(p["text"], p["start"], art["marks"], emitted)
                                for p in art["paragraphs"]]) for art in brief["appendix"]]
    return _environment().get_template(TEMPLATE).render(brief=brief, articles=articles,
                                                         chart=timeline_chart([e for e in brief["timeline"]
                                                                               if not e.get("background")]))


def cite_label(cite: dict) -> str:
    """``Outlet, YYYY-MM-DD ¶4`` — where a cited passage lies, in words a reader can check."""
    where = f"¶{cite['para']}" if cite.get("para") else f"chars {cite['start']}–{cite['end']}"
    return f"{cite['outlet']}, {cite['date'] or 'n.d.'} {where}"


def quoted(text: str, kind: str) -> str:
    """Direct quotes shown inside one pair of quotation marks, whichever marks the passage carries."""
    if kind != "direct":
        return text.strip()
    inner = text.strip().strip(QUOTE_MARKS).strip()
    return f"“{inner}”" if inner else text.strip()


def mark_paragraph(text: str, start: int, marks: list[dict], emitted: set[str]) -> Markup:
    """Escaped paragraph text with every mark overlapping it wrapped in (nested) ``<mark>`` elements.

    ``emitted`` holds the anchors already given an id, so each id appears once in the page.
    """
    end = start + len(text)
    inside = sorted((m for m in marks if m["start"] < end and m["end"] > start), key=lambda m: (m["start"], -m["end"]))
    cuts = sorted({start, end, *(max(start, m["start"]) for m in inside), *(min(end, m["end"]) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece: Markup = escape(text[a - start:b - start])
        for m in reversed([m for m in inside if m["start"] <= a and m["end"] >= b]):  # innermost first
            if m["anchor"] in emitted:
                piece = Markup('<mark class="c-{}">{}</mark>').format(m["anchor"], piece)
            else:
                emitted.add(m["anchor"])
                piece = Markup('<mark id="{}">{}</mark>').format(m["anchor"], piece)
        out.append(piece)
    return Markup("").join(out)


@dataclass(frozen=True)
class _Segment:
    """One stretch of the time axis: days ``lo..hi`` drawn from ``x0`` to ``x1``.

    Position blends linear time with the rank among the entries' start dates, so a busy week next to
    two quiet years still gets room while the order and the sense of distance are kept.
    """

    lo: date
    hi: date
    x0: float
    x1: float
    left: float  # where the drawn axis line of this stretch starts and ends
    right: float
    starts: tuple[int, ...] = ()  # sorted ordinals of the entries' start dates in this stretch

    def x(self, d: date) -> float:
        span = (self.hi - self.lo).days
        linear = (d - self.lo).days / span if span else 0.5
        rank = linear
        if self.starts:
            o = d.toordinal()
            below, upto = bisect.bisect_left(self.starts, o), bisect.bisect_right(self.starts, o)
            rank = (below + upto) / 2 / len(self.starts)
        share = TIME_SHARE * linear + (1 - TIME_SHARE) * rank
        return self.x0 + (self.x1 - self.x0) * min(1.0, max(0.0, share))


def _clusters(intervals: list[tuple[date, date]]) -> list[tuple[date, date, int]]:
    """Runs of entries separated by empty years, merged again unless a gap would squeeze a busy run.

    A gap breaks the axis when a run beside it holds two or more entries and spans far less time than
    the gap (the week of talks next to the 1990s); lone entries never force a break.
    """
    intervals = sorted(intervals)
    runs = [[intervals[0][0], intervals[0][1], 1]]
    for s, e in intervals[1:]:
        if (s - runs[-1][1]).days > BREAK_MIN_DAYS:
            runs.append([s, e, 1])
        else:
            runs[-1] = [runs[-1][0], max(runs[-1][1], e), runs[-1][2] + 1]

    def squeezed(run, gap_days: int) -> bool:
        return run[2] >= 2 and gap_days > BREAK_RATIO * max((run[1] - run[0]).days, BREAK_MIN_EXTENT_DAYS)

    gaps = [(b[0] - a[1]).days for a, b in zip(runs, runs[1:])]
    breaks = [i for i, g in enumerate(gaps) if squeezed(runs[i], g) or squeezed(runs[i + 1], g)]
    breaks = sorted(sorted(breaks, key=lambda i: -gaps[i])[:MAX_SEGMENTS - 1])
    merged, first = [], 0
    for i in [*breaks, len(runs) - 1]:
        part = runs[first:i + 1]
        merged.append((part[0][0], max(r[1] for r in part), sum(r[2] for r in part)))
        first = i + 1
    return merged


def _segments(intervals: list[tuple[date, date]]) -> list[_Segment]:
    """The axis as stretches, widths by how many entries each holds, with a break between."""
    runs = _clusters(intervals)
    starts = sorted(s.toordinal() for s, _ in intervals)
    left, right = CHART_MARGIN, CHART_WIDTH - CHART_MARGIN
    room = right - left - BREAK_WIDTH * (len(runs) - 1)
    weights = [1 + n for _, _, n in runs]
    segments, x = [], float(left)
    for (lo, hi, _), w in zip(runs, weights):
        width = room * w / sum(weights)
        pad = width * 0.04 + DOT_RADIUS  # keep dots off the stretch's very ends
        inside = tuple(o for o in starts if lo.toordinal() <= o <= hi.toordinal())
        segments.append(_Segment(lo, hi, x + pad, x + width - pad, x, x + width, inside))
        x += width + BREAK_WIDTH
    return segments


def _x(segments: list[_Segment], d: date) -> float:
    seg = next((seg for seg in segments if d <= seg.hi), segments[-1])
    return seg.x(max(d, seg.lo))


def _tick_candidates(seg: _Segment) -> list[tuple[int, date, str]]:
    """(priority, date, label): round years first (decades, lustra), other years, months, the entries' days."""
    years = [(0 if y % 10 == 0 else 1 if y % 5 == 0 else 2, date(y, 1, 1), str(y))
             for y in range(seg.lo.year, seg.hi.year + 1)]
    out = [t for t in years if seg.lo <= t[1] <= seg.hi] or [(0, seg.lo, f"{seg.lo.day} {seg.lo:%b %Y}")]
    if (seg.hi - seg.lo).days <= MONTH_TICKS_DAYS:
        out += [(3, date(y, m, 1), date(y, m, 1).strftime("%b %Y")) for y in range(seg.lo.year, seg.hi.year + 1)
                for m in range(1, 13) if seg.lo <= date(y, m, 1) <= seg.hi]
        out += [(4, d, f"{d.day} {d:%b}") for d in sorted({date.fromordinal(o) for o in seg.starts})]
    return out


def _ticks(seg: _Segment) -> list[dict]:
    """Tick labels at least TICK_SPACING apart, the coarsest kinds placed first."""
    kept: list[tuple[float, str]] = []
    for _, d, label in sorted(_tick_candidates(seg), key=lambda t: (t[0], t[1])):
        x = seg.x(d)
        if seg.left <= x <= seg.right and all(abs(x - k) >= TICK_SPACING for k, _ in kept):
            kept.append((x, label))
    return [{"x": round(x, 1), "label": label} for x, label in sorted(kept)]


def timeline_chart(entries: list[dict]) -> dict | None:
    """Geometry for the SVG: one mark per dated entry (a dot, or a bar for a month or decade), packed in lanes."""
    placed = [(e, date.fromisoformat(e["start"]), date.fromisoformat(e["end"])) for e in entries if e.get("start")]
    if not placed:
        return None
    segments = _segments([(s, e) for _, s, e in placed])
    lanes: list[float] = []  # right edge of the last mark in each lane
    marks, hidden = [], 0
    for entry, s, e in placed:
        x1, x2 = _x(segments, s), _x(segments, e)
        lane = next((i for i, edge in enumerate(lanes) if edge + MIN_GAP <= x1), None)
        if lane is None and len(lanes) >= MAX_LANES:
            hidden += 1  # still in the list below the chart
            continue
        if lane is None:
            lanes.append(0.0)
            lane = len(lanes) - 1
        lanes[lane] = max(x1, x2) + DOT_RADIUS
        marks.append({"n": entry["n"], "x": round(x1, 1), "width": round(max(0.0, x2 - x1), 1),
                      "y": lane * LANE_HEIGHT + LANE_HEIGHT / 2,
                      "title": f"{entry['value']}: {entry['label']}"[:TOOLTIP_CHARS]})
    top = len(lanes) * LANE_HEIGHT
    height = top + AXIS_HEIGHT
    breaks = [round((a.right + b.left) / 2, 1) for a, b in zip(segments, segments[1:])]
    return {"width": CHART_WIDTH, "height": height, "axis_y": top + 6, "marks": marks, "radius": DOT_RADIUS,
            "hidden": hidden,
            "ticks": [t for seg in segments for t in _ticks(seg)], "breaks": breaks,
            "segments": [{"x0": seg.left, "x1": seg.right} for seg in segments]}
