"""The HTML brief: one self-contained, escaped page where every link lands on a marked passage."""
from __future__ import annotations

import html
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from test_brief import sample_brief

from dossier.report.html import mark_paragraph, quoted, render_html, timeline_chart


class _Collect(HTMLParser):
    """Ids, local hrefs, external references, and whether every open tag is closed in order."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "line", "circle", "rect", "path"}

    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.external: list[str] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if a.get("href", "").startswith("#"):
            self.hrefs.append(a["href"][1:])
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith("#"):
                self.external.append(f"{tag} {key}={a[key]}")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def parse(page: str) -> _Collect:
    c = _Collect()
    c.feed(page)
    return c


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_brief())


def test_every_local_link_has_its_target_and_ids_are_unique(page):
    c = parse(page)
    assert len(c.ids) == len(set(c.ids))
    assert c.hrefs and set(c.hrefs) <= set(c.ids)
    assert not c.errors and c.stack == []


def test_page_is_self_contained_and_printable(page):
    c = parse(page)
    assert c.external == []
    assert "<script" not in page and "<link" not in page and "@import" not in page and "url(" not in page
    assert "@media print" in page


def test_cited_passages_are_marked_in_the_appendix_with_their_anchor(page):
    brief = sample_brief()
    quote = next(q for g in brief["quotes"] for q in g["quotes"] if q["kind"] == "direct")["cite"]
    marked = re.search(rf'<mark id="{quote["anchor"]}">(.*?)</mark>', page, re.S)
    assert marked and html.unescape(re.sub(r"<[^>]+>", "", marked.group(1))) == quote["text"]
    assert f'href="#{quote["anchor"]}"' in page


def test_article_text_is_escaped(page):
    assert "&lt;in August&gt; &amp; after" in page
    assert "<in August>" not in page


def test_sources_actors_quotes_and_timeline_are_shown(page):
    for text in ("The Northern Ledger", "Meridian Wire", "Talks open in Linnholm", "Tomas Reyk", "Anna Reyk",
                 "Wants", "Fears", "Quotes by speaker", "199X", "inferred"):
        assert text in page
    # one dated entry of the story's own; PRESENT_REF has no place on the axis; the 1990s are background,
    # listed apart (folded) and not charted
    assert page.count('class="dot"') == 1
    assert "<summary>Background (1 earlier dates)</summary>" in page


def test_the_quotes_section_says_how_many_records_were_withheld():
    page = render_html(dict(sample_brief(), withheld={"quotes": 1, "threshold": 2 / 3}))
    section = page[page.index('<section id="quotes"'):page.index("</section>", page.index('<section id="quotes"'))]
    assert "1 quote record passed the rules but is not shown" in _text(section)
    assert "not shown" not in render_html(sample_brief())


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_overlapping_marks_nest_and_keep_the_text():
    text = "Reyk said <the quota> would come first."
    marks = [{"anchor": "a1-0-20", "start": 0, "end": 20}, {"anchor": "a1-10-38", "start": 10, "end": 38},
             {"anchor": "a1-10-21", "start": 10, "end": 21}]
    emitted: set[str] = set()
    out = str(mark_paragraph(text, 0, marks, emitted))
    assert _text(out) == text
    c = parse(out)
    assert not c.errors and c.stack == []
    assert sorted(c.ids) == ["a1-0-20", "a1-10-21", "a1-10-38"]
    assert emitted == {"a1-0-20", "a1-10-38", "a1-10-21"}
    assert '<mark id="a1-10-38"><mark id="a1-10-21">' in out  # longer span outside, shorter inside


def test_a_mark_running_over_two_paragraphs_gets_its_id_once():
    first, second = "“This is not the end.", "“It is a start,” she said."
    marks = [{"anchor": "a2-0-40", "start": 0, "end": 40}]
    emitted: set[str] = set()
    p1 = str(mark_paragraph(first, 0, marks, emitted))
    p2 = str(mark_paragraph(second, 23, marks, emitted))
    assert p1.count('id="a2-0-40"') == 1 and "id=" not in p2 and "<mark" in p2


def _entry(n, value, start, end=None):
    return {"n": n, "value": value, "label": f"event {n}", "start": start, "end": end or start}


def test_chart_breaks_the_axis_between_a_decade_and_last_week():
    entries = [_entry(1, "199X", "1990-01-01", "1999-12-31"), _entry(2, "2026-03-02", "2026-03-02"),
               _entry(3, "2026-03-06", "2026-03-06"), _entry(4, "PRESENT_REF", None)]
    chart = timeline_chart(entries)
    assert len(chart["segments"]) == 2 and len(chart["breaks"]) == 1
    xs = {m["n"]: m for m in chart["marks"]}
    assert set(xs) == {1, 2, 3}
    assert xs[1]["width"] > 0 and xs[2]["width"] == 0
    assert xs[1]["x"] < chart["breaks"][0] < xs[2]["x"] < xs[3]["x"]
    assert xs[3]["x"] - xs[2]["x"] > 100  # four days get room once the decades are set apart
    assert all(0 <= m["x"] <= chart["width"] for m in chart["marks"])


def test_chart_without_a_wide_gap_keeps_one_axis_and_stacks_close_dots():
    entries = [_entry(1, "2026-03-02", "2026-03-02"), _entry(2, "2026-03-02", "2026-03-02"),
               _entry(3, "2026-03-20", "2026-03-20")]
    chart = timeline_chart(entries)
    assert len(chart["segments"]) == 1 and chart["breaks"] == []
    m = {x["n"]: x for x in chart["marks"]}
    assert m[1]["x"] == m[2]["x"] and m[1]["y"] != m[2]["y"]
    labels = [t["label"] for t in chart["ticks"]]
    assert labels == ["2 Mar 2026", "20 Mar"]
    assert timeline_chart([_entry(1, "PRESENT_REF", None)]) is None


def test_chart_ticks_are_years_for_long_spans():
    chart = timeline_chart([_entry(1, "2001", "2001-01-01", "2001-12-31"), _entry(2, "2019", "2019-01-01", "2019-12-31"),
                            _entry(3, "2010", "2010-01-01", "2010-12-31")])
    labels = [t["label"] for t in chart["ticks"]]
    assert all(re.fullmatch(r"\d{4}", x) for x in labels) and len(labels) <= 10
    assert date(2001, 1, 1).year <= int(labels[0]) <= 2003


def test_chart_sets_a_busy_recent_run_apart_from_lone_old_dates():
    entries = [_entry(1, "195X", "1950-01-01", "1959-12-31"), _entry(2, "2002", "2002-01-01", "2002-12-31"),
               _entry(3, "2018-06", "2018-06-01", "2018-06-30"), _entry(4, "2019-02-25", "2019-02-25"),
               _entry(5, "2019-12", "2019-12-01", "2019-12-31")]
    chart = timeline_chart(entries)
    assert len(chart["segments"]) == 2  # the 1950s and 2002 share a stretch; 2018-19 gets its own
    m = {x["n"]: x for x in chart["marks"]}
    assert m[1]["x"] < m[2]["x"] < chart["breaks"][0] < m[3]["x"] < m[4]["x"] < m[5]["x"]


def test_direct_quotes_get_one_pair_of_marks():
    assert quoted("The quota will take a year.”", "direct") == "“The quota will take a year.”"
    assert quoted('"We are listening."', "direct") == "“We are listening.”"
    assert quoted("that the quota comes first", "indirect") == "that the quota comes first"


def test_a_crowded_day_fills_at_most_max_lanes_and_says_how_many_are_left_out():
    from dossier.report.html import MAX_LANES

    entries = [_entry(n, "2026-03-02", "2026-03-02") for n in range(1, MAX_LANES + 6)]
    chart = timeline_chart(entries)
    assert len(chart["marks"]) == MAX_LANES and chart["hidden"] == 5
    assert len({m["y"] for m in chart["marks"]}) == MAX_LANES


def test_a_cards_said_lines_and_the_quotes_show_the_cue_before_the_words():
    """Analyst's read of briefs (brief16): a denial or a hedge keeps its verb in front of what was said."""
    from test_brief import denial_brief

    page = render_html(denial_brief())
    card = page[page.index('<div class="card"'):page.index('<section id="quotes"')]
    assert re.search(r'<span class="cue">denied:</span> <a href="#[^"]+">that the harbour fund paid', card)
    assert re.search(r'<span class="cue">suggested:</span> <a href="#[^"]+">the audit might be wrong', card)
    quotes = page[page.index('<section id="quotes"'):page.index('<section id="timeline"')]
    assert re.search(r'<span class="cue">denied:</span> <a href="#[^"]+">that the harbour fund paid', quotes)
