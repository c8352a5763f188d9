"""``attribution.narration``: the writer's inference after a comma ("…, suggesting that …") and an act named
by a noun phrase ("proposed [a dredging fund]") are not a source's words; the source's own point, a proposal
and a characterisation stay. Invented people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, words", [
    ("Harbour police said pilot Ivo Brant drowned near the breakwater, suggesting he may have been pushed "
     "from the deck.", "pushed from the deck"),
    ("“We need a fresh vote on the levy,” Councillor Ivo Brant added, indicating that the council may "
     "reopen the whole budget.", "reopen the whole budget"),
    ("Mayor Edda Voss said on Friday that she does not want another term, suggesting she may run for the "
     "senate seat instead.", "run for the senate seat"),
    ("The Velmar port board sacked two senior pilots on Monday, suggesting that the inquiry had found "
     "serious faults on the night shift.", "inquiry had found"),
])
def test_a_participle_of_the_writers_inference_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Councillor Ivo Brant has repeatedly questioned the cost of the new quay, suggesting that the town "
     "does not need it.", "does not need it"),
    ("Mayor Edda Voss was wary of the harbour plan, suggesting that the dredging would ruin the oyster beds.",
     "ruin the oyster beds"),
    ("Councillor Ivo Brant spoke at length about the ferries, suggesting that the night crossing be "
     "dropped in winter.", "night crossing be"),
    ("Harbour master Ana Lind said the ferry pilot drowned near the breakwater.", "pilot drowned"),
])
def test_the_sources_own_point_after_a_comma_stays(reported, text, words):
    assert reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Governor Lena Marsh proposed a four-million-crown fund for dredging the Velmar channel.", "fund for dredging"),
    ("Councillor Ivo Brant pledged his full support for the striking pilots at the depot.", "support for the"),
    ("Mayor Edda Voss promised new inspections of the ferries on top of what the board has already ordered.",
     "new inspections"),
    ("Councillor Ivo Brant described the long night his crew spent on the flooded quay.", "long night"),
    ("Mayor Edda Voss vowed tougher patrols of the night ferries across the bay.", "tougher patrols"),
    ("A gunboat shelled the fish market in Orvenna on Tuesday. The Grey Tide militia claimed responsibility for "
     "the shelling.", "responsibility for"),
    ("The Grey Tide militia, led by Arno Velt, has claimed credit for the raid on the Velmar depot.", "credit for the raid"),
])
def test_an_act_named_by_a_noun_phrase_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("The Velmar port board announced its plan to close the north quay next spring.", "plan to close"),
    ("Councillor Ivo Brant described the harbour levy as a tax on every fisherman in the town.", "tax on every"),
    ("Governor Lena Marsh proposed that the ferries run every hour through the winter.", "ferries run"),
    ("Mayor Edda Voss promised to reopen the north quay before the summer season.", "reopen the north quay"),
    ("Councillor Ivo Brant confirmed the sale of the old depot to a shipping firm from Velmar.", "sale of the old"),
    ("The Grey Tide militia claimed that its fighters had shelled the fish market in Orvenna.", "shelled the fish"),
])
def test_a_statement_an_intention_or_a_characterisation_stays(reported, text, words):
    assert reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("The port board will vote on Friday on the Senate's expected “clean” harbour levy bill, which drops the "
     "toll on small boats.", "harbour levy bill"),
    ("Mayor Edda Voss had expected to step forward and unify the council behind the new quay plan.", "step forward"),
])
def test_the_writers_noun_phrase_or_an_expected_act_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Mayor Edda Voss expected the port board to approve the new quay plan within a month.", "approve the new"),
    ("Mayor Edda Voss expects that the port board will approve the new quay plan.", "will approve"),
])
def test_what_a_source_expects_of_others_stays(reported, text, words):
    assert reported(text, words)


def test_a_tag_the_parser_reads_as_a_modifier_of_the_source_stays(split):
    shown, _ = split("Kessel\n\nThe spending does seem wasteful, noted Ivo Marsh, an analyst at the Velmar Courier, in his "
                     "own weekend posts.\n\n“And BTW the board never asked the pilots at all! It could just be clerks in "
                     "the port office who hate the ferries and wanna sink them,” tweeted Marsh.")
    assert any("never asked the pilots" in c for c, _ in shown)


@pytest.mark.parametrize("text, words", [
    ('Defence Minister Tor Haldane began his offensive, dubbed "Operation Clear Sky", on Monday.', "Clear Sky"),
    ('The Ostrian army began its northern offensive, dubbed "Operation Clear Sky", on Monday morning.', "Clear Sky"),
    ("The Velmar navy launched a coastal patrol, code-named “Grey Heron”, along the southern fjords.", "Grey Heron"),
    ("Governor Lena Marsh unveiled a housing plan called “Roofs for Marlow” at the depot on Friday.", "Roofs for Marlow"),
    ("The Kessel ministry formally named the campaign “Operation Long Tide” in a decree on Tuesday.", "Long Tide"),
    ("Harbour master Ana Lind dubbed the new dredger “Old Grey Sally” at the quay on Sunday.", "Old Grey Sally"),
])
def test_a_name_given_to_a_thing_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Councillor Ivo Brant called the harbour levy “a swindle dressed as a tax” at the meeting on Monday.", "a swindle"),
    ("Councillor Ivo Brant dubbed the harbour levy “a swindle dressed as a tax” at the meeting on Monday.", "a swindle"),
    ("Mayor Edda Voss called for a fresh vote on the harbour levy before the winter.", "fresh vote"),
])
def test_a_characterisation_or_a_call_stays(reported, text, words):
    assert reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Ana Lind, the harbour master, felt that the talks with the pilots had gone badly.", "talks with the pilots"),
    ("Harbour master Ana Lind felt the talks with the pilots had gone badly, and she left the depot early.",
     "talks with the pilots"),
    ("Mayor Edda Voss sensed that the council was turning against her, so she cancelled the vote on the levy.",
     "council was turning"),
    ("Councillor Ivo Brant seemed to feel that the dredging plan was doomed before the meeting even began.",
     "dredging plan was doomed"),
])
def test_a_feeling_in_the_writers_narration_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Harbour master Ana Lind said she felt the talks with the pilots had gone badly.", "talks with the pilots"),
    ("Councillor Ivo Brant felt strongly about the quay, saying the dredging would ruin the oyster beds.",
     "ruin the oyster beds"),
])
def test_a_feeling_the_source_speaks_of_stays(reported, text, words):
    assert reported(text, words)


def test_a_characterisation_after_an_appositive_source_stays(reported):
    assert reported("Velmar state radio had mocked the harbour budget for weeks. The state broadcaster, VWR, called "
                    "Voss a “reckless old gambler” and said the council should remove her.", "reckless old gambler")


# ---------------------------------------------------------------- topics, the writer's questions, suppositions
@pytest.mark.parametrize("text, words", [
    ("Mayor Edda Voss explained why the ferry depot at Marrow Point is closing next winter.", "depot at Marrow"),
    ("Councillor Ivo Brant described how the tide flooded the lower quay in March.", "tide flooded"),
    ("Councillor Ivo Brant questioned the mayor's claim of having saved the oyster beds.", "claim of having"),
    ("Harbour master Ana Lind doubted the board's figures on the winter crossings.", "figures on the winter"),
])
def test_a_topic_told_or_put_in_doubt_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Mayor Edda Voss explained that the ferry depot at Marrow Point would close next winter.", "depot at Marrow"),
])  # (a question the source asks, "questioned whether …", states nothing: tests/test_unsaid.py, reads 34-37)
def test_a_statement_explained_stays(reported, text, words):
    assert reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Mayor Edda Voss wants the harbour vote annulled. So is Voss demanding a fresh count of the ballots? "
     "Nobody at the town hall would say.", "fresh count"),
    ("Mayor Edda Voss wants the harbour vote annulled. Did Voss say the count was rigged by the ferry "
     "company? Her aides would not comment.", "count was rigged"),
])
def test_the_writers_own_question_is_no_statement(reported, text, words):
    assert not reported(text, words)


def test_a_question_inside_a_quotation_stays(reported):
    assert reported("Councillor Ivo Brant said, \"Why would anyone rig the count at the ferry depot?\"",
                    "rig the count")


def test_a_participle_of_belief_on_a_noun_is_no_statement(split):
    shown, hidden = split("Kessel\n\nThreats flew on Monday. A social media account believed to belong to the "
                          "Marrow militia chief Ivo Tarn said that the raids were a sign of panic in Kessel.")
    assert not any("belong to" in content or "raids were" in content for content, _ in shown)


@pytest.mark.parametrize("text, words", [
    ("Minutes before his post about the tariffs, Premier Dara Venn again hinted the strike could hurt a future "
     "Veldan ferry deal.", "strike could hurt"),
    ("Harbour counsel Ilse Varga has signaled that the defence will go after the shipping firm and its owner.",
     "defence will go after"),
    ("Mayor Ivo Brant signalled he would sooner face a fight with the port board than give up the levy.",
     "sooner face a fight"),
])
def test_a_hint_the_writer_reads_is_no_statement(reported, text, words):
    """Fresh strict reads, round 18: "hinted" and "signaled" tell the writer's reading of a sign."""
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Premier Dara Venn suggested on Sunday that the ferry talks resume in the spring.", "ferry talks resume"),
    ("Councillor Mira Holt hinted this week that she is leaning “yes” on the levy.", "leaning"),
])
def test_a_suggestion_and_quoted_hint_stay(reported, text, words):
    assert reported(text, words)



# Fresh strict read of AllSides 1491-1700 (notstmt19): "claimed [victory …]" owns a win as "claimed [responsibility]"
# owns a deed; "dismissed [the warning …]" names what was brushed aside, as "questioned [the figures]" does.
@pytest.mark.parametrize("text, words", [
    ("The Velmar ferries sank a week after Governor Lena Marsh claimed victory over the smugglers in the fjords and "
     "ordered the coast guard home.", "victory over the smugglers"),
    ("Challenger Edda Voss has claimed victory in Kessel's mayoral race, telling supporters that a new era had begun.",
     "victory in Kessel"),
    ("Two days before the gale, Governor Lena Marsh dismissed that advisory and a Velmar one about the fjords, "
     "saying: \"Kessel is as safe as any port in the north.\"", "that advisory and"),
    ("Mayor Edda Voss also dismissed Governor Marsh's \"hollow\" threats to cut the harbour budget if the levy "
     "stayed in place.", "threats to cut"),
])
def test_a_win_claimed_or_a_warning_dismissed_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Two days before the gale, Governor Lena Marsh dismissed that advisory and a Velmar one about the fjords, "
     "saying: \"Kessel is as safe as any port in the north.\"", "as safe as any"),
    ("Challenger Edda Voss has claimed victory in Kessel's mayoral race, telling supporters that a new era had begun.",
     "new era had begun"),
    ("Mayor Edda Voss claimed that she had won the Kessel harbour election by a wide margin.", "had won"),
])
def test_the_dismissers_words_or_a_claim_stays(reported, text, words):
    assert reported(text, words)
