"""``ingest.patterns``: page furniture found by line — a "Story highlights" block, a related story's
"Topic: headline" line, a pull quote. Text written for these tests; fictional people and places."""
from __future__ import annotations

import pytest

from dossier.ingest.patterns import in_highlights, pull_quote, topic_link_line

HIGHLIGHTS = ("Harbour pilots photographed at dawn. (Photo: Kessel Courier) Story Highlights Pilots walk out over the "
              "levy\n\nMayor Brant says the quay will stay open\n\nOstria's board: talks could resume in May\n\n"
              "KESSEL, Ostria — Harbour pilots walked out on Monday, and Mayor Ivo Brant said the quay would stay open.\n")


def _at(text: str, words: str) -> int:
    return text.index(words)


@pytest.mark.parametrize("words", ["Pilots walk out", "Mayor Brant says", "talks could resume"])
def test_story_highlights_lines(words):
    assert in_highlights(HIGHLIGHTS, _at(HIGHLIGHTS, words))


def test_the_body_after_highlights_is_not_a_highlight():
    assert not in_highlights(HIGHLIGHTS, _at(HIGHLIGHTS, "Harbour pilots walked out"))


def test_a_key_points_label_heads_short_lines():
    text = "Key points\n\nThe levy is lifted for a year\n\nFerries run on time, the board says\n"
    assert in_highlights(text, _at(text, "Ferries run"))
    assert not in_highlights("Short line here\n\nFerries run on time, the board says\n", 20)


@pytest.mark.parametrize("line", [
    "Levy report:Brant tried to stall the harbour audit, report said. Was it fraud?",
    "Go deeper: Port officials say Brant's levy will sink the ferries",
    "Quay strike: Veldan denies key permit for the new terminal, in win for pilots",
])
def test_a_topic_and_headline_line_is_a_link(line):
    text = "Some prose about the quay.\n\n" + line + "\n\nMore prose.\n"
    assert topic_link_line(text, _at(text, line))


@pytest.mark.parametrize("line", [
    "VARGA: We will not sell the quay to anyone",
    "Mayor Brant added: “The quay stays open.”",
    "Why it matters: The levy is the first of its kind in Ostria.",
    "Note: the vote was delayed until Friday",
    "Breaking: Brant was sacked. Holt told him to go. Wow — Tom Vell (@tomvell) May 2, 2016",
])
def test_a_transcript_a_lead_in_or_a_sentence_is_no_link(line):
    text = "Some prose about the quay.\n\n" + line + "\n\nMore prose.\n"
    assert not topic_link_line(text, _at(text, line))


def test_a_quotation_cut_short_on_its_own_line_is_a_pull_quote():
    text = ("Many in Kessel think the pilots only want more pay.\n\n“Kessel gave up its old quarrels in 1990, but the "
            "port still clings to them”\n\nThere is some truth in that.\n")
    assert pull_quote(text, _at(text, "Kessel gave up"))


def test_a_quotation_repeated_from_the_body_is_a_pull_quote():
    text = ("“We will not let the quay rot while the board argues,” Mayor Ivo Brant said on Monday.\n\n"
            "“We will not let the quay rot while the board argues.”\n\nThe board meets on Friday.\n")
    assert pull_quote(text, _at(text, "“We will not let the quay rot while the board argues.”") + 2)


def test_a_credited_quotation_repeated_from_the_body_is_a_pull_quote():
    text = ("“The levy falls on the smallest trawlers first, and the board knows it,” Senator Oren Pask said.\n\n"
            "“The levy falls on the smallest trawlers first.” — Northern Senator Oren Pask\n\nThe vote is in May.\n")
    assert pull_quote(text, _at(text, "“The levy falls on the smallest trawlers first.”") + 2)
    once = ("The levy was raised twice this year.\n\n“The levy falls on the smallest trawlers on this coast” "
            "— Senator Oren Pask\n\nThe vote is in May.\n")
    assert not pull_quote(once, _at(once, "“The levy falls") + 2)  # told once, its credit names the source


@pytest.mark.parametrize("text", [
    "Mayor Ivo Brant spoke on Monday.\n\n“The quay stays open. The pilots will be paid.”\n\nThe board meets Friday.\n",
    "Mayor Ivo Brant said:\n\n“The quay stays open and the pilots will be paid in full this week”\n",
    "“The quay stays open,” Brant said. “And the pilots\n\n“will be paid in full by the board this week”\n",
])
def test_a_whole_quotation_of_the_story_is_no_pull_quote(text):
    assert not pull_quote(text, text.rindex("“") + 1)


def test_what_you_need_to_know_heads_a_block_only_standing_alone():
    block = "What you need to know\n\nThe levy is lifted for a year, Brant says\n"
    lead = "Here's what you need to know about the levy:\n\nThe levy is lifted for a year, Brant says\n"
    assert in_highlights(block, _at(block, "The levy"))
    assert not in_highlights(lead, _at(lead, "The levy"))


@pytest.mark.parametrize("text", [
    "Harbour workers load the last crates at dawn. (Photo: Tilda Morrow, AP)",
    "CLOSE The new ferry to Ostmark makes its first crossing after two years of delays.",
    "SHOWS: PORT OF VELNA, WIDE OF CRANES; DOCKERS WALKING OUT OF GATE",
])
def test_a_photo_credit_a_video_caption_or_a_shot_list_is_a_caption(text):
    from dossier.ingest.patterns import caption
    assert caption(text)


@pytest.mark.parametrize("text", [
    "The council will close the harbour road on Monday, a spokeswoman said.",
    "She shows the photo to every visitor (it hangs above the desk).",
    "CLOSE to 200 dockers walked out on Tuesday.",
])
def test_prose_with_those_words_is_no_caption(text):
    from dossier.ingest.patterns import caption
    assert not caption(text)
