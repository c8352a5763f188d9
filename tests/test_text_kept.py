"""Prose the cleaners used to lose before analysis: a quotation attributed by a trailing dash, a
lead-in ("… said:") and the quotation below it, transcript lines, a paragraph wholly inside a link,
and liveblog post stamps. Texts are our own (fictional); the ``case_`` ones copy ../shared/cases."""
from __future__ import annotations

from pathlib import Path

from dossier.ingest.clean import layout
from dossier.ingest.html import extract_text
from dossier.ingest.patterns import sure_prose, transcript_lines
from dossier.ingest.read import from_text, read_file
from dossier.ingest.repair import repair
from dossier.model import Article


def body_lines(text: str) -> list[str]:
    art = from_text(Path("t.txt"), text, {})
    return [text[s:e] for s, e in art.body]


def html_article(tmp_path, html: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (art,) = read_file(path)
    assert isinstance(art, Article), art
    return art


def test_case_01_dash_attributed_quote_stays():
    text = ("Harbour gets a new chief\n\nThe port authority on Tuesday named a new chief.\n\n"
            "“She knows every berth on this coast.” —Deputy Commissioner Tobias Wrenfield\n")
    assert "“She knows every berth on this coast.” —Deputy Commissioner Tobias Wrenfield" in body_lines(text)


def test_case_01_colon_lead_in_and_its_quote_stay():
    text = ("Harbour gets a new chief\n\nThe port authority on Tuesday named a new chief.\n\n"
            "Board chair Annika Holloway said:\n\n“She arrives with twenty years of experience.”\n")
    body = body_lines(text)
    assert "Board chair Annika Holloway said:" in body
    assert "“She arrives with twenty years of experience.”" in body


def test_verbless_lead_in_needs_a_quotation_below():
    lines = ["And from the ferry captain, Ilse Marrow:", "“We sail at dawn or not at all.”",
             "From the archive:", "Ferry timetable for the winter season"]
    assert sure_prose(lines) == {0, 1}


def test_dash_attribution_of_my_own():
    lines = ['"The bridge will carry trams by the spring." -- Orla Penhallow, city engineer',
             "“Lovely day” – weather widget"]
    assert sure_prose(lines) == {0}


def test_case_14_transcript_lines_stay_in_the_body_not_headings():
    text = ("Interview\n\nThe following interview with port director Saskia Vell has been edited.\n\n"
            "Q: How long can the port keep running?\n\nVELL: Two weeks, maybe less.\n")
    lay = layout(text)
    body = [text[s:e] for s, e in lay.body]
    assert "Q: How long can the port keep running?" in body
    assert "VELL: Two weeks, maybe less." in body
    assert "Q: How long can the port keep running?" not in [text[s:e] for s, e in lay.headings]


def test_dialogue_without_q_labels_is_a_transcript():
    lines = ["HARROW: We opened the mill in March.", "DUNNE: And closed it by June?", "HARROW: Yes.",
             "DUNNE: Why?"]
    assert transcript_lines(lines) == {0, 1, 2, 3}


def test_furniture_labels_are_not_a_transcript():
    lines = ["WATCH: The mill fire from the air", "UPDATE: Roads reopened at noon", "WATCH: Firefighters at work",
             "UPDATE: Two people were treated for smoke"]
    assert transcript_lines(lines) == set()


LINKED = ("<html><head><title>Fire</title></head><body><article><h1>Three charged after fire</h1>"
          "<p>Three men have been charged with arson after a fire destroyed a furniture warehouse last month.</p>"
          "<p><a href=\"/x\">On Monday, three men denied the charge at the magistrates court in the town.</a></p>"
          "<p>The three were remanded in custody and will appear at the crown court next month.</p>"
          "</article></body></html>")


def test_case_10_paragraph_wholly_inside_a_link_is_kept():
    assert "On Monday, three men denied the charge at the magistrates court in the town." in extract_text(LINKED)


def test_a_linked_paragraph_of_my_own_with_bold(tmp_path):
    html = ("<html><body><article><h1>Quarry reopens</h1>"
            "<p>The Brackwater quarry reopened on Friday after a two-year closure ordered by the county council.</p>"
            "<p><a href=\"/live\"><b>Inspectors from the county found the blasting walls safe after a week of tests.</b>"
            "</a></p><p>About forty workers returned to the site, and the owners said more would be hired in the "
            "spring.</p></article></body></html>")
    art = html_article(tmp_path, html)
    assert any("Inspectors from the county found the blasting walls safe" in art.text[s:e] for s, e in art.body)


def test_teaser_links_are_not_unwrapped():
    html = ("<html><body><article><p>Text of the story goes on here with enough words to read.</p>"
            "<p><a href=\"/y\">Quarry owners warn of more closures</a></p></article></body></html>")
    assert repair(html) is html


def test_case_17_liveblog_stamps_become_lines_of_their_own():
    html = ("<html><body><h1>Live: count</h1><div class=\"liveblog\">"
            "<div class=\"post\"><time datetime=\"2025-06-08T23:40\">23:40</time>"
            "<p>Turnout reached 71%, the electoral commission said, the highest since 1998.</p></div>"
            "<div class=\"post\"><time datetime=\"2025-06-08T23:15\">23:15</time>"
            "<p>First results from the eastern district put the Liberal Union ahead.</p></div></div></body></html>")
    text = extract_text(html)
    assert "23:40\n" in text and "23:15\n" in text


def test_one_byline_stamp_is_left_alone():
    html = ("<html><body><article><div class=\"byline\">By Iona Crane <time datetime=\"2025-01-02T10:15\">10:15</time>"
            "</div><p>The ferry service to the islands resumed on Thursday after storms kept boats in harbour.</p>"
            "</article></body></html>")
    assert repair(html) is html


def test_blockquote_after_said_is_kept(tmp_path):
    html = ("<html><head><title>Library row</title></head><body><article><h1>Library row in Pellham</h1>"
            "<p>The council of Pellham voted on Tuesday to close two libraries, a decision opposed by most residents.</p>"
            "<p>The council leader, Oswin Farrant, defended the plan. He said:</p>"
            "<blockquote><p>We had no money left for the buildings and had to choose between libraries and care homes."
            "</p></blockquote><p>Residents plan a protest outside the town hall next week, organisers said.</p>"
            "</article></body></html>")
    art = html_article(tmp_path, html)
    body = [art.text[s:e] for s, e in art.body]
    assert "The council leader, Oswin Farrant, defended the plan. He said:" in body
    assert any(b.startswith("We had no money left") for b in body)
