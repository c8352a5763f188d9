"""``attribution.relays``: an outlet is not the source of words it only relays. "Citing two port officials,
the Kessel Post reported …" is the officials'; "[Ostria warned that …], according to the Kessel Post" is
not reported under the paper; what a paper or agency found or reports as fact stays its own. Fresh text,
fictional people, places and outlets."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def records(split, text: str):
    shown, _ = split("Kessel\n\n" + text)
    return shown


def speaker_of(split, text: str, words: str) -> str | None:
    """The speaker name of the reportable record whose content holds ``words`` (None when none does)."""
    return next((a.speaker.name for content, a in records(split, text) if words in content), None)


@pytest.mark.parametrize("text, words, who", [
    ("Citing two senior port officials, the Kessel Post reported on Monday that the ferry line would close in May.",
     "ferry line would close", "officials"),
    ("The Kessel Post, citing an Ostrian diplomat, said the envoys would meet again in Varna next week.",
     "envoys would meet", "diplomat"),
    ("The Ostrian state news agency quoted Mayor Ana Lind as saying that the quay would reopen by June.",
     "quay would reopen", "Ana Lind"),
])
def test_the_one_an_outlet_cites_is_the_source(split, text, words, who):
    name = speaker_of(split, text, words)
    assert name is None or who in name
    assert name is None or "Post" not in name and "agency" not in name


@pytest.mark.parametrize("text, words, who", [
    ("Ostrian Foreign Minister Ana Lind was coy on Monday about whether Brant and Vell will meet privately, "
     "saying that “there is a whole range of bilateral meetings,” according to the Kessel Post.",
     "whole range", "Ana Lind"),
    ("Mayor Ivo Brant was vague on Tuesday about the ferry, saying that “the talks will go on for some weeks,” "
     "according to the Ostrian state news agency.", "talks will go on", "Ivo Brant"),
])
def test_the_cue_of_someone_the_outlet_tells_of_is_theirs(split, text, words, who):
    assert speaker_of(split, "The summit opens today. " + text, words) == who


@pytest.mark.parametrize("text, words", [
    ("Ostria, the only ally of the northern rebels, warned that Veldan would pay for any strike on the quay, "
     "according to the Kessel Post.", "would pay"),
    ("Mayor Ivo Brant said the harbor would stay closed through the winter, the Kessel Post reported.",
     "harbor would stay closed"),
    ("The Ostrian state news agency reported that Minister Tomas Vell denied the ferry deal had been signed.",
     "deal had been signed"),
    ("Ivo Brant was reported missing by his daughter on Monday. The Kessel news agency reported that she also told "
     "police he had left a note.", "left a note"),
])
def test_a_statement_an_outlet_relays_is_not_the_outlets(split, text, words):
    assert all("Post" not in (a.speaker.name or "") and "agency" not in (a.speaker.name or "")
               for content, a in records(split, text) if words in content)


@pytest.mark.parametrize("text, words", [
    ("The Kessel Post reported on Sunday that the harbor board had spent twice its budget on the north pier.",
     "spent twice"),
    ("The Kessel Post reported that the ferry had docked in Varna shortly after midnight.", "ferry had docked"),
    ("More than a third of the port's loans are in foreign currencies, according to the Kessel Post.",
     "foreign currencies"),
    ("The truce calls for Veldan to halt all raids on the quay, according to the Ostrian state news agency.",
     "halt all raids"),
])
def test_what_an_outlet_found_stays_its_own(split, text, words):
    assert speaker_of(split, text, words) is not None


def test_posts_and_reports_no_one_owns_are_no_source(split):
    """Documents whose owner the text never gives speak for no one (``documents``)."""
    text = "Online posts and some news reports claimed that the Kessel school board asked parents to sign waivers."
    assert speaker_of(split, text, "asked parents") is None


@pytest.mark.parametrize("text, words, who", [
    ("Mayor Ivo Brant, citing a study by the harbor board, said the quay would cost twice as much.",
     "quay would cost", "Ivo Brant"),
    ("The Kessel Post, citing court filings, reported that the harbor board had hidden its losses.",
     "hidden its losses", "Post"),
])
def test_a_cited_document_or_a_person_citing_changes_nothing(split, text, words, who):
    name = speaker_of(split, text, words)
    assert name is not None and who in name


def test_a_statement_behind_according_to_is_no_ones_for_sure(split):
    text = ("The Kessel Wire said the tremor was felt at noon at a depth of zero kilometers, a strong sign of a blast, "
            "according to the Ostrian Quake Institute.")
    assert all("Institute" not in (a.speaker.name or "") for content, a in records(split, text) if "tremor" in content)


@pytest.mark.parametrize("text, words", [
    ("On the latest raids, the Kessel Wire says: \"Nobody could yet tell which side flew the night raids over "
     "Varna, the Ostria-based Harbour Watch monitoring group said. But the group quoted fishermen as calling the "
     "bombing the heaviest of the year.\"", "flew the night raids"),
])
def test_quoted_news_copy_crediting_another_is_not_the_outlets(split, text, words):
    """Strict read 18b: a wire's or a reporter's quoted copy, itself crediting someone else, shown as the wire's
    or the reporter's own words."""
    assert speaker_of(split, text, words) is None


def test_a_speakers_own_inner_said_stays(split):
    text = "\"We lost the vote, and then he said the board would try again,\" Mayor Ana Lindqvist said on Friday."
    assert speaker_of(split, text, "lost the vote") == "Ana Lindqvist"
