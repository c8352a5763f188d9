"""The web app's parts without a server: highlighting from offsets, the attention chart, the guards."""
from __future__ import annotations

from pathlib import Path

import pytest

from dossier.web.chart import attention_chart
from dossier.web.highlight import Layer, article_layers, highlight, quote_anchor
from dossier.web.security import check_bind, is_loopback, token_ok

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "dossier" / "web" / "templates"


def test_highlight_escapes_every_piece_and_marks_spans():
    text = 'Ada said "<b>no</b>" & left <img onerror=x>'
    html = str(highlight(text, [Layer(4, 8, "cue"), Layer(9, 20, "quote", anchor="q-1", title='a "t"')]))
    assert html == ('Ada <span class="hl cue">said</span> <span class="hl quote" id="q-1" title="a &#34;t&#34;">'
                    '&#34;&lt;b&gt;no&lt;/b&gt;&#34;</span> &amp; left &lt;img onerror=x&gt;')


def test_highlight_overlapping_spans_share_pieces_and_anchor_once():
    html = str(highlight("abcdef", [Layer(0, 4, "quote", anchor="q-9"), Layer(2, 6, "entity")]))
    assert html == ('<span class="hl quote" id="q-9">ab</span><span class="hl entity quote">cd</span>'
                    '<span class="hl entity">ef</span>')


@pytest.mark.parametrize("bad", [Layer(-1, 2, "quote"), Layer(3, 3, "quote"), Layer(4, 99, "quote"), Layer(5, 2, "x")])
def test_highlight_drops_spans_outside_the_text(bad):
    assert str(highlight("plain <text>", [bad])) == "plain &lt;text&gt;"


def test_article_layers_read_the_store_shape():
    article = {"text": "Ada said yes on Monday.",
               "quotes": [{"id": 3, "speaker": "Ada", "kind": "indirect", "span": [9, 12], "cue": [4, 8]}],
               "entities": [{"name": "Ada", "type": "PERSON", "mentions": [[0, 3]]}],
               "dates": [{"span": [16, 22], "type": "DATE", "value": "2024-01-01"}],
               "stances": [{"actor": "Ada", "attitude": "wants", "span": None}]}
    kinds = sorted((l.kind, l.start, l.end, l.anchor) for l in article_layers(article))
    assert kinds == [("cue", 4, 8, None), ("date", 16, 22, None), ("entity", 0, 3, None), ("quote", 9, 12, "q-3")]


def test_quote_anchor_keeps_only_safe_characters():
    assert quote_anchor({"id": 'x"><b>'}) == "q-x___b_"


def test_chart_fills_gaps_and_scales_to_the_top_count():
    chart = attention_chart([{"day": "2024-03-01", "articles": 2, "quotes": 4},
                             {"day": "2024-03-04", "articles": 1, "quotes": 0},
                             {"day": "not a day", "articles": 9, "quotes": 9}])
    assert chart.unit == "day" and (chart.top_articles, chart.top_quotes) == (2, 4)
    assert [(b.label, b.articles, b.quotes) for b in chart.bars] == [
        ("2024-03-01", 2, 4), ("2024-03-02", 0, 0), ("2024-03-03", 0, 0), ("2024-03-04", 1, 0)]
    first = chart.bars[0]
    assert first.quote_y == chart.plot_top and first.y == chart.plot_top  # each series on its own scale
    assert chart.bars[3].height == pytest.approx((chart.plot_bottom - chart.plot_top) / 2)
    assert chart.bars[3].quote_y == chart.plot_bottom


def test_chart_sums_long_spans_by_week_then_month():
    weekly = attention_chart([{"day": "2024-01-01", "articles": 1, "quotes": 0},
                              {"day": "2024-01-03", "articles": 1, "quotes": 2},
                              {"day": "2024-08-01", "articles": 1, "quotes": 0}])
    assert weekly.unit == "week" and (weekly.bars[0].label, weekly.bars[0].articles) == ("2024-01-01", 2)
    monthly = attention_chart([{"day": "2020-01-05", "articles": 1, "quotes": 0},
                               {"day": "2024-02-29", "articles": 3, "quotes": 1}])
    assert monthly.unit == "month" and len(monthly.bars) == 50 and monthly.bars[-1].label == "2024-02-01"
    assert attention_chart([]) is None
    shared = attention_chart([{"day": "2024-03-02", "articles": 1, "quotes": 1}], extent=("2024-03-01", "2024-03-04"))
    assert [b.label for b in shared.bars] == ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]


@pytest.mark.parametrize("host,loopback", [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True),
                                           ("[::1]", True), ("localhost", True), ("0.0.0.0", False),
                                           ("::", False), ("192.168.1.4", False), ("example.org", False)])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_public_host_needs_a_token():
    check_bind("127.0.0.1", None)
    check_bind("0.0.0.0", "s3cret")
    for token in (None, ""):
        with pytest.raises(ValueError, match="without --token"):
            check_bind("0.0.0.0", token)


def test_token_comparison():
    assert token_ok("s3cret", "s3cret")
    assert not token_ok("s3cre", "s3cret") and not token_ok(None, "s3cret") and not token_ok("", "s3cret")


def test_no_template_marks_data_safe():
    templates = sorted(TEMPLATES.glob("*.html"))
    assert len(templates) >= 10
    for path in templates:
        source = path.read_text(encoding="utf-8")
        assert "|safe" not in source.replace(" ", "") and "autoescape false" not in source, path.name
