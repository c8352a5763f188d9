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
    ("The Kessel Post said Mayor Tomas Vell expressed his conviction that the ferry line would reopen in spring.",
     "would reopen in spring"),
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


@pytest.mark.parametrize("text, words", [
    # a reporter's quoted line whose first sentence is another's statement
    ("The talks in Varna ran late. \"Ostrian envoy Mara Tisza told the press that the quay deal would be signed in "
     "May. Few here expect that date to hold,\" NPR's Ivo Denk adds.", "quay deal would be signed"),
    # ... or whose later sentence is: the reporter passes on what the spokesman said
    ("The harbor board spokesman Petr Olan says the closure will be short,\" NPR's Lena Marsh reports, "
     "\"but he gave no date for it. He also said that the pier would need new piles.\"", "new piles"),
    # a relayed pledge in one sentence (caught before too: a guard for the sentence loop)
    ("The ferry union chief is under pressure from his own members, NPR's Jon Brask says. He adds that "
     "Radu Fenn has \"pledged to resist any vote against him.\" Fenn's allies met on Sunday.", "resist any vote"),
    # a reiteration by others, told by the reporter
    ("On the evening bulletin, NPR's Tomas Hart said harbor officials reiterated that the dredging is a "
     "\"short, limited job\" meant to clear the north channel.", "short, limited job"),
])
def test_a_reporter_passing_on_anothers_words_is_not_their_speaker(split, text, words):
    """Analyst read 19: a broadcaster's reporter (a real network's name, as the rule knows networks by name; the
    people and places are invented) ("NPR's Ivo Denk adds") given the words of the envoy,
    spokesman or officials whose statement the reporter passes on."""
    name = speaker_of(split, text, words)
    assert name is None or not any(n in name for n in ("Denk", "Marsh", "Brask", "Hart"))


@pytest.mark.parametrize("text, words, who", [
    ("\"The quay is quieter than it has been in a decade,\" NPR's Ivo Denk reports from Varna. "
     "\"Few boats have come in since the storm.\"", "quieter than", "Ivo Denk"),
    ("NPR's Lena Marsh says the closure is in line with the board's habit of delaying hard choices.",
     "in line with", "Lena Marsh"),
])
def test_a_reporters_own_account_stays_theirs(split, text, words, who):
    assert speaker_of(split, text, words) == who


def test_a_conjunct_cue_after_the_reporters_verb_is_the_relayed_speakers(split):
    """Analyst read 19: "Kelemen reports Kerry vowed … and said he thinks …" given to the reporter when the
    parser hangs "said" on "reports"; the tense ties it to "vowed": the minister's words."""
    text = ("Foreign Minister Ana Lind flew to Varna on Monday for the harbor talks. NPR's Ivo Denk is traveling "
            "with her. Denk reports Lind vowed to press on and said she thinks that the two sides are days away "
            "from \"a real deal on the quay.\"")
    name = speaker_of(split, text, "days away")
    assert name is None or "Denk" not in name



@pytest.mark.parametrize("role, relayed", [("NPR", True), ("CNN correspondent", True),
                                           ("deputy editor of the Harbor Ledger newspaper", False)])
def test_a_longer_content_is_relayed_only_by_a_reporter(nlp, role, relayed):
    """Dev diff, round 19: over several sentences only an outlet's reporter passes on another's statement; a
    paper's editor (his role says "newspaper") praising a colleague ("that Lind has told stories of …") speaks
    for himself."""
    from dossier.model import Attribution, Speaker
    from dossier.nlp.attribution.relays import relays_speech
    text = ("Karl Ostby wrote that Lind has told stories of the quays for a decade. Charging her is absurd, "
            "he added.")
    doc = nlp(text)
    end = text.index(", he added")
    a = Attribution((text.index("that Lind"), end), (6, 11), Speaker("E1", "Karl Ostby", (0, 10), role), "indirect")
    assert relays_speech(doc, a, text) is relayed


@pytest.mark.parametrize("text, words", [
    ("Pia Norlund of the Varna Courier reported that the harbour minister said the ferry pier would stay shut "
     "until spring.", "ferry pier would stay shut"),
    ("Ostrava Ledger reporter Kai Emmen wrote on Monday that the senator told him the levy would be scrapped.",
     "levy would be scrapped"),
    ("The Harlow Times' Ines Varga reported that police said four dockers had been detained.",
     "dockers had been detained"),
])
def test_a_reporter_passing_on_anothers_statement_is_not_its_source(split, text, words):
    """A journalist's "reported/wrote that [the minister said …]" gives the minister's words: the
    reporter, named by post, outlet or "reported", is no source of them."""
    assert speaker_of(split, text, words) is None


@pytest.mark.parametrize("text, words, who", [
    ("Pia Norlund of the Varna Courier reported that the ferry pier had been shut for a month.",
     "ferry pier had been shut", "Pia Norlund"),
    ("Mayor Kai Emmen wrote that the senator had told him the levy would be scrapped.",
     "levy would be scrapped", "Kai Emmen"),
])
def test_a_reporters_own_finding_and_a_non_journalists_account_stay(split, text, words, who):
    """What a reporter found herself, and a non-journalist's own account of a talk, keep their source."""
    assert speaker_of(split, text, words) == who
