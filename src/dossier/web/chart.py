"""Geometry of the attention chart (articles and quotes per day), drawn as inline SVG by a template.

Only numbers and ISO dates leave this module; the template writes them into SVG attributes with
autoescaping on, so the chart needs no script and no image file.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

#: Above this many days the chart sums by ISO week, above this many weeks by month.
MAX_BARS = 120


@dataclass(frozen=True)
class Bar:
    """One time bucket: ``label`` (the bucket's first day, ISO), its counts and the bar's geometry (px)."""

    label: str
    articles: int
    quotes: int
    x: float
    width: float
    y: float
    height: float
    quote_y: float


@dataclass(frozen=True)
class Chart:
    """A bar per bucket for articles, a polyline for quotes; ``unit`` is ``day``, ``week`` or ``month``.

    Each series has its own scale (quotes usually outnumber articles many times): the top of the plot is
    ``top_articles`` for the bars (left axis) and ``top_quotes`` for the line (right axis).
    """

    bars: tuple[Bar, ...]
    unit: str
    top_articles: int
    top_quotes: int
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    plot_left: int
    plot_right: int

    @property
    def quote_points(self) -> str:
        """The quotes polyline as SVG ``points``: ``"x,y x,y ..."`` at the middle of each bar."""
        return " ".join(f"{b.x + b.width / 2:.1f},{b.quote_y:.1f}" for b in self.bars)


def _bucket(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=1)


def _unit(first: date, last: date) -> str:
    days = (last - first).days + 1
    if days <= MAX_BARS:
        return "day"
    return "week" if days / 7 <= MAX_BARS else "month"


def attention_chart(rows: list[dict], *, width: int = 720, height: int = 200,
                    extent: tuple[str, str] | None = None) -> Chart | None:
    """Lay out ``rows`` (``Store.attention`` shape: ``{"day": "YYYY-MM-DD", "articles", "quotes"}``) as a
    chart ``width`` x ``height`` px; empty days between the first and last are drawn as zeros.
    ``extent`` (first, last ISO day) widens the time axis, so that charts side by side share it.

    Rows whose day is missing or not an ISO date are left out. Returns None when no row remains.
    """
    counts: dict[date, tuple[int, int]] = {}
    for row in rows:
        try:
            day = date.fromisoformat(str(row.get("day"))[:10])
        except ValueError:
            continue
        a, q = counts.get(day, (0, 0))
        counts[day] = (a + int(row.get("articles") or 0), q + int(row.get("quotes") or 0))
    if not counts:
        return None
    first, last = min(counts), max(counts)
    if extent:
        first, last = min(first, date.fromisoformat(extent[0])), max(last, date.fromisoformat(extent[1]))
    unit = _unit(first, last)
    buckets: dict[date, list[int]] = {}
    day, last = _bucket(first, unit), _bucket(last, unit)
    while day <= last:
        buckets[day] = [0, 0]
        day = _next(day, unit)
    for day, (a, q) in counts.items():
        bucket = buckets[_bucket(day, unit)]
        bucket[0] += a
        bucket[1] += q
    left, right, top, bottom = 34, width - 34, 10, height - 30
    top_articles = max(1, max(a for a, _ in buckets.values()))
    top_quotes = max(1, max(q for _, q in buckets.values()))
    step = (right - left) / len(buckets)
    a_scale, q_scale = (bottom - top) / top_articles, (bottom - top) / top_quotes
    bars = tuple(
        Bar(label=day.isoformat(), articles=a, quotes=q, x=left + i * step + step * 0.1, width=step * 0.8,
            y=bottom - a * a_scale, height=a * a_scale, quote_y=bottom - q * q_scale)
        for i, (day, (a, q)) in enumerate(buckets.items()))
    return Chart(bars=bars, unit=unit, top_articles=top_articles, top_quotes=top_quotes, width=width,
                 height=height, plot_top=top, plot_bottom=bottom, plot_left=left, plot_right=right)
