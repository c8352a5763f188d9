"""Line cleaning on scraped text: prose kept whole, page furniture dropped, headings and captions apart."""
from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.ingest.clean import Layout, layout, line_spans

PAGE = """Share this story
Close X

Norvania and Veskor agree to reopen the northern crossing

Officials from Norvania and Veskor said on Tuesday that the northern border crossing would reopen next month after two years of closure.

View video

Petra Lind, the Norvanian foreign minister, shakes hands with her Veskori counterpart in Aldberg on Monday.


View photo

The agreement, reached after three rounds of talks, allows trucks carrying grain to pass without a second inspection.

About these ads

Recommended: Five things to know about the Veskor grain trade

A harder road ahead

Farmers on both sides of the border said they had waited too long for the decision.

Tomas Brek, a farmer near the crossing, at his barn in 2019.
Tomas Brek, a farmer near the crossing, at his barn in 2019.
Image: Norvanian News Agency
We may earn a commission from links on this page.

"We lost two harvests," Mr. Brek said. "Nobody in the capital asked us how we would survive."

Copyright 2024 Aldberg Daily. All rights reserved.
"""


def text_of(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


@pytest.fixture(scope="module")
def page() -> Layout:
    return layout(PAGE)


def test_prose_paragraphs_are_body_whole(page):
    body = text_of(PAGE, page.body)
    for para in PAGE.split("\n\n"):
        para = para.strip()
        if para.startswith(("Officials from", "The agreement", "Farmers on", '"We lost')):
            assert para in body


@pytest.mark.parametrize("junk", ["Share this story", "Close X", "View video", "View photo", "About these ads",
                                  "Recommended: Five things", "Image: Norvanian", "We may earn a commission",
                                  "Copyright 2024"])
def test_furniture_is_not_body(page, junk):
    assert not any(line.startswith(junk) for line in text_of(PAGE, page.body))


def test_title_and_section_heads_are_headings(page):
    headings = text_of(PAGE, page.headings)
    assert headings[0] == "Norvania and Veskor agree to reopen the northern crossing"
    assert "A harder road ahead" in headings
    assert PAGE[page.title[0]:page.title[1]] == headings[0]


def test_captions_first_copy_only(page):
    captions = text_of(PAGE, page.captions)
    assert "Tomas Brek, a farmer near the crossing, at his barn in 2019." in captions
    assert sum(c.startswith("Tomas Brek") for c in captions) == 1
    assert any(c.startswith("Petra Lind, the Norvanian foreign minister") for c in captions)
    body = text_of(PAGE, page.body)
    assert not any(line.startswith(("Tomas Brek", "Petra Lind, the")) for line in body)


def test_clean_news_text_keeps_every_paragraph():
    text = ("The council of Ostrava Nova voted on Friday to extend the curfew by a week.\n\n"
            "The mayor, Ilse Varga, said the decision was painful but necessary.\n\n"
            "Shops will close at eight.\n\n"
            "Opposition members walked out before the vote, calling the measure excessive.\n")
    lay = layout(text, title_line=False)
    assert text_of(text, lay.body) == [p for p in text.strip().split("\n\n")]
    assert lay.headings == ()


def test_short_first_line_is_title_only_when_asked():
    text = "Grain deal signed\n\nThe two ministers signed the grain deal in Aldberg on Monday evening.\n"
    assert text_of(text, layout(text).headings) == ["Grain deal signed"]
    assert "Grain deal signed" in text_of(text, layout(text, title_line=False).body + layout(text, title_line=False).headings)
    assert layout(text, title_line=False).title is None


def test_long_first_line_is_a_lede_not_a_title():
    lede = ("The foreign ministers of Norvania and Veskor met for six hours in Aldberg on Monday to settle a dispute "
            "over grain tariffs that has lasted for more than two years and angered farmers on both sides.")
    text = lede + "\n\nThey agreed to meet again in spring.\n"
    lay = layout(text)
    assert lay.title is None
    assert lede in text_of(text, lay.body)


def test_hard_wrapped_paragraph_is_one_body_span():
    text = ("The minister said the talks would resume\nnext week in the capital, after the holiday.\n\n"
            "Nobody else spoke.\n")
    lay = layout(text, title_line=False)
    assert text_of(text, lay.body)[0] == "The minister said the talks would resume\nnext week in the capital, after the holiday."


def test_crlf_and_lone_cr_line_endings():
    for nl in ("\r\n", "\r"):
        text = nl.join(["Share this story", "", "The minister arrived in Aldberg on Monday for two days of talks.", ""])
        lay = layout(text, title_line=False)
        assert text_of(text, lay.body) == ["The minister arrived in Aldberg on Monday for two days of talks."]


def test_pagination_and_navigation_lines_are_junk():
    text = "\n".join(["The ministers met in Aldberg on Monday and agreed to meet again soon, officials said.",
                      "Back to top", "1 2 3 4 5 »", "Contact us"])
    body = text_of(text, layout(text, title_line=False).body)
    assert body == ["The ministers met in Aldberg on Monday and agreed to meet again soon, officials said."]


def test_empty_and_blank_text():
    assert layout("") == Layout(body=())
    assert layout(" \n\n\t\n") == Layout(body=())


def test_line_spans_strip_white_space():
    text = "  one  \n\n\ttwo\r\nthree\r"
    assert text_of(text, line_spans(text)) == ["one", "two", "three"]


def check_spans(text: str, lay: Layout) -> None:
    spans = sorted([*lay.body, *lay.headings, *lay.captions])
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
    for (_, e1), (s2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, "spans overlap"
    for kind in (lay.body, lay.headings, lay.captions):
        assert list(kind) == sorted(kind)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_gives_sorted_disjoint_spans_inside_it(text):
    check_spans(text, layout(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["", "View photo", "Share this story", "Image: Agency", "A short line",
                                 "The minister said the talks in Aldberg would resume next week.",
                                 "the rest of a wrapped line.", "Recommended: more", "  ", "| |"]),
                max_size=30),
       st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_page_like_text_gives_valid_spans(lines, newline):
    text = newline.join(lines)
    check_spans(text, layout(text))
    check_spans(text, layout(text, title_line=False, learned=False))


# ---------------------------------------------------------------- the cheap gates before the line regexes
def test_a_notice_deep_in_a_line_is_still_junk_and_prose_without_its_words_is_not():
    from dossier.ingest.patterns import furniture_flags, junk_line

    prose = ("The Kessel harbour board met for six hours on Tuesday and agreed, after a long and at times bitter "
             "debate about dredging costs, that the northern quay would reopen to ferries in the spring. ") * 3
    assert not junk_line(prose) and not any(furniture_flags(prose))
    assert junk_line(prose + "When you buy through links on this page, we may earn a small commission.")
    assert junk_line(prose + "THIS SITE USES COOKIES to improve your visit.")
    assert junk_line("\u00a9 2031 Kessel Harbour Gazette") and junk_line("Related: Ferry fares rise again")
    assert junk_line("This ſite uses cookies")  # IGNORECASE reads the long s as "s"; str.lower() does not


def test_a_lead_in_is_found_only_on_a_line_ending_in_a_colon():
    from dossier.ingest.patterns import sure_prose

    lines = ["Harbour master Tove Brandt said in a statement:", "“The quay will reopen in April.”",
             "Harbour master Tove Brandt said in a statement", "“The quay will reopen in April.”"]
    assert sure_prose(lines) == {0, 1}


@pytest.mark.parametrize("line", ["Kessel, 2031: 42 ferries", "ÉCOLE Zürich 3 Ärzte", "", "ſ ı İ K ½ ٣ ²", "MIXED case 99"])
def test_character_counts_match_the_str_methods(line):
    from dossier.ingest.linefeatures import _char_counts

    assert _char_counts(line) == (sum(map(str.isalpha, line)), sum(map(str.isdigit, line)), sum(map(str.isupper, line)))


# Strict reads on unseen articles: a link card's headlines under its label ("READ MORE", "Related:") are another
# story's; read as this one's prose or headings, they gave a speaker the role a linked headline wrote.
CARD_PAGE = """Harbour strike enters second week

The dock strike in Marlow entered its second week on Monday, with no talks planned.

READ MORE

Dock union leader Ivo Brant vows to fight on

Advertisement

Orvan ferry fares to rise in spring

“We are not going back until the pay is fixed,” Brant said at the gate on Monday.

Related:

Harbour Finances

The union says 4,000 workers are out, and the port has lost two weeks of trade since the walkout began.
"""


def test_a_link_cards_headlines_are_neither_prose_nor_headings():
    lay = layout(CARD_PAGE)
    kept = [CARD_PAGE[s:e] for s, e in (*lay.body, *lay.headings)]
    assert not any("vows to fight on" in k or "ferry fares" in k or k == "Harbour Finances" for k in kept)
    assert any(k.startswith("“We are not going back") for k in kept) and any(k.startswith("The union says") for k in kept)


def test_a_role_is_not_read_from_a_link_cards_headline(analyze_text):
    out = analyze_text("Harbour strike enters second week\n\nThe dock strike in Marlow entered its second week on Monday, "
                       "with no talks planned.\n\nREAD MORE\n\nDock union leader Ivo Brant vows to fight on\n\n“We are not "
                       "going back until the pay is fixed,” Brant said at the gate on Monday.\n\nThe union says 4,000 "
                       "workers are out.")
    quotes = [*out.attributions, *out.unreported]
    assert any(a.speaker.name and "Brant" in a.speaker.name for a in quotes)
    assert not any(a.speaker.role for a in quotes if a.speaker.name and "Brant" in a.speaker.name)


@pytest.mark.parametrize("player", [
    "JUST WATCHED Varn calls rival 'weak' on tape Replay More Videos ... MUST WATCH Varn calls rival 'weak' on tape 02:17",
    "JUST WATCHED Harbour pilots walk out in Marlow Replay More Videos ... MUST WATCH Harbour pilots walk out in Marlow 01:05",
])
def test_a_video_players_caption_line_is_junk(player):
    text = "\n\n".join(["The dock strike in Marlow entered its second week on Monday, with no talks planned.",
                        'But a board member said that in general, "We do not haggle in public," adding that, "The union has '
                        'walked further away" from any deal on the night shifts.', player,
                        "“We are not going back until the pay is fixed,” union leader Ivo Brant said at the gate."])
    lay = layout(text, title_line=False)
    kept = text_of(text, (*lay.body, *lay.headings, *lay.captions))
    assert not any("WATCHED" in k or "Replay" in k for k in kept)
    assert len(text_of(text, lay.body)) == 3


def test_a_line_that_only_mentions_watching_a_replay_stays_prose():
    text = "Councillor Edda Voss said she just watched the replay of the vote and more videos would follow next week."
    assert text_of(text, layout(text, title_line=False).body) == [text]


# Read 64: a topic-follow widget ("Add <name> as an interest to …") is page furniture; left in, its name run into
# "Add" became a speaker's full name.
def test_a_topic_follow_widget_is_junk_and_names_no_speaker(analyze_text):
    from dossier.ingest.patterns import junk_line

    widget = ("Curious about Tamsin Orrell? Add Tamsin Orrell as an interest to keep up with the newest Tamsin Orrell "
              "stories, clips and analysis from Osk Radio. Add Interest")
    assert junk_line(widget)
    assert not junk_line("The lender will add the late fee as an interest charge on the next bill, Orrell said.")
    out = analyze_text("The ferry board in Marlow voted on Monday to raise fares by a fifth.\n\n" + widget + "\n\n"
                       "“Nobody on this board wanted the rise, but the fuel bill left us no choice,” Orrell told "
                       "reporters after the vote.")
    names = {a.speaker.name for a in (*out.attributions, *out.unreported) if a.speaker.name}
    assert names and not any(n.startswith("Add") for n in names)


# Analyst22: a newsletter sign-up form's text ("Invalid email address", "You will receive emails …") in the body
# went into a storyline's summary.
def test_a_newsletter_sign_up_forms_text_is_junk():
    from dossier.ingest.patterns import junk_line

    form = ("Harbour Brief: sign up. Please verify you're not a robot before going on. Invalid email address, "
            "try once more. You must select a newsletter first. You will receive emails about ferries and docks "
            "from the Kessel Times.")
    text = "\n\n".join(["The talks in Kessel ended on Monday without a deal, officials said.", form,
                        "Ferry fares have risen by a fifth since the strike began."])
    body = text_of(text, layout(text, title_line=False).body)
    assert body == ["The talks in Kessel ended on Monday without a deal, officials said.",
                    "Ferry fares have risen by a fifth since the strike began."]
    assert not junk_line("She said she would receive emails from the board and reply to each of them.")
