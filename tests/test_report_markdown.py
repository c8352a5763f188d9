"""The Markdown brief: every claim followed by its passage and a checkable cite."""
from __future__ import annotations

import re

from test_brief import LEDGER_TEXT, WIRE_TEXT, sample_brief

from dossier.report.brief import build_brief
from dossier.report.markdown import md, render_markdown
from dossier.resolve import Cast

CITE = re.compile(r"\[(?P<outlet>[^,\]]+), (?P<date>\d{4}-\d{2}-\d{2}|n\.d\.) (?:¶(?P<para>\d+)/)?chars "
                  r"(?P<s>\d+)–(?P<e>\d+), #(?P<source>\d+)\]")


def test_every_cite_names_outlet_date_paragraph_and_exact_characters():
    out = render_markdown(sample_brief())
    texts = {"The Northern Ledger": LEDGER_TEXT, "Meridian Wire": WIRE_TEXT}
    cites = list(CITE.finditer(out))
    assert len(cites) >= 8
    rows = {m[1]: m[2].strip() for m in re.finditer(r"^\| (\d+) \| ([^|]+) \|", out, re.M)}  # Sources: # -> outlet
    for m in cites:
        assert m["outlet"] in texts and rows[m["source"]] == m["outlet"]  # the cite's row is its article's
        assert 0 <= int(m["s"]) < int(m["e"]) <= len(texts[m["outlet"]])
    quotes = out.split("## Quotes by speaker", 1)[1]
    line = next(l for l in quotes.splitlines() if "We came to make sure" in l)
    m = CITE.search(line)
    assert (m["outlet"], m["date"], m["para"]) == ("The Northern Ledger", "2026-03-03", "3")
    assert LEDGER_TEXT[int(m["s"]):int(m["e"])].startswith("We came to make sure")
    assert "(direct, said)" in line


def test_sections_in_order_with_cards_quotes_and_timeline():
    out = render_markdown(sample_brief())
    heads = [l for l in out.splitlines() if l.startswith("## ")]
    assert heads == ["## Sources", "## Storylines", "## Actors", "## Quotes by speaker", "## Timeline"]
    assert "### Tomas Reyk (PERSON)" in out and "### Anna Reyk (PERSON)" in out
    assert "- Fears:" in out and "- Wants:" in out
    assert "Mentions: 3 (Meridian Wire 2, The Northern Ledger 1)" in out
    timeline = out.split("## Timeline", 1)[1]
    assert timeline.index("2026-03-02") < timeline.index("PRESENT\\_REF") < timeline.index("### Background") \
        < timeline.index("199X")
    assert "> Note:" in out and "inferred" in out


def test_article_text_cannot_inject_markdown_or_html():
    out = render_markdown(sample_brief())
    assert "\\<in August\\>" in out and "<in August>" not in out
    assert "\\*Sarna\\*" in out
    assert md("a [link](x) | *b* <i>") == "a \\[link\\](x) \\| \\*b\\* \\<i\\>"
    assert md("two\n\nlines") == "two lines"


def test_an_empty_brief_says_so():
    out = render_markdown(build_brief([], cast=Cast(), timeline=[]))
    assert "_No quotes found._" in out and "_No dated events found._" in out and "_No actors found._" in out


def test_passages_keep_their_own_quotation_marks_and_a_sentence_label_cites_inline():
    from test_brief import ledger, sample_cast, span

    from dossier.model import Cite
    from dossier.stories.timeline import TimelineEntry

    a = ledger()
    sentence = "The dispute goes back to the 1990s."
    entry = TimelineEntry("199X", sentence, [Cite("ledger-1", span(a.article.text, sentence))])
    out = render_markdown(build_brief([a], cast=sample_cast([a]), timeline=[entry]))
    line = next(l for l in out.splitlines() if l.startswith("- **the 1990s (199X)**"))
    assert CITE.search(line) and line.count(sentence) == 1
    quoted = next(l for l in out.splitlines() if "farmers have water" in l and "(direct" in l)
    assert "““" not in quoted and quoted.startswith("- “We came")


def test_the_quotes_section_says_how_many_records_were_withheld_and_where_they_are():
    b = dict(sample_brief(), withheld={"quotes": 3, "threshold": 2 / 3})
    out = render_markdown(b)
    quotes = out[out.index("## Quotes by speaker"):]
    assert "3 quote records passed the rules but are not shown" in quotes
    assert "(under 0.67 for quotes)" in quotes and '"reportable": false' in quotes
    assert "not shown" not in render_markdown(sample_brief())
    both = render_markdown(dict(sample_brief(), withheld={"quotes": 1, "stances": 2, "threshold": 2 / 3}))
    assert "1 quote record and 2 stances passed the rules but are not shown" in both


def test_a_cards_said_lines_show_the_cue_so_a_denial_reads_as_one():
    """Analyst's read of briefs (brief16): "denied that the fund …" shown bare reads as the actor's claim."""
    from test_brief import denial_brief

    actors = render_markdown(denial_brief()).split("## Actors", 1)[1].split("## Quotes by speaker", 1)[0]
    said = [l for l in actors.splitlines() if l.startswith("  - ")]
    assert said[0].startswith("  - denied: “that the harbour fund paid for his campaign”")
    assert said[1].startswith("  - suggested: “the audit might be wrong”")
