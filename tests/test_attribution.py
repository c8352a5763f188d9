"""Attributions on sentences about fictional people and places: content, speaker, role and kind."""
import pytest

from dossier.nlp.attribution.extract import content_kind, find_attributions
from dossier.nlp.attribution.cues import quoted_spans
from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow

ARTICLE = (
    "Vestland and Ostria resumed border talks on Monday.\n\n"
    "“The border talks have stalled because nobody trusts the maps,” said Ivo Brant, director of the Harlan "
    "Institute for Border Studies, a research group in Ostria.\n\n"
    "“We will not wait for the council to act. The farmers on both sides need an answer before the harvest.”\n\n"
    "Brant said the new proposal was “a reckless gamble with public money.”\n\n"
    "The reform will raise bread prices in the valley, grain analysts said.\n\n"
    "The second round of talks was delayed by a week, according to officials in the capital.\n\n"
    "Foreign minister Tomas Vell has indicated that Vestland will not sign the treaty this year.\n\n"
    "Farmers in the valley still call the old road the “salt path” when they drive to market.\n\n"
    "\"We expect a deal by the spring,\" Vell told reporters in the capital on Tuesday.\n\n"
    "“The maps were drawn in a hurry and nobody checked them.\n\n"
    "“Now everybody pays for that mistake,” he said.\n"
)


@pytest.fixture(scope="module")
def found(nlp):
    doc = nlp(ARTICLE)
    return doc, find_attributions(doc, find_entities(doc))


def attribution_with(found, words):
    doc, attrs = found
    for a in attrs:
        if words in doc.text[a.content[0]:a.content[1]]:
            return a
    raise AssertionError(f"no attribution contains {words!r}: "
                         f"{[doc.text[a.content[0]:a.content[1]] for a in attrs]}")


def test_direct_quote_before_cue_with_appositive_role(found):
    a = attribution_with(found, "nobody trusts the maps")
    assert a.speaker.name == "Ivo Brant"
    assert a.kind == "direct"
    assert a.speaker.role and a.speaker.role.startswith("director of the Harlan Institute")


def test_floating_quote_inherits_previous_speaker(found):
    a = attribution_with(found, "We will not wait for the council")
    assert a.speaker.name == "Ivo Brant"
    assert a.kind == "direct"


def test_mixed_quote_by_surname_resolves_to_full_name_and_keeps_role(found):
    a = attribution_with(found, "reckless gamble")
    assert a.speaker.name == "Ivo Brant"
    assert a.kind == "mixed"
    assert a.speaker.role and "director" in a.speaker.role


def test_reported_speech_by_unnamed_group(found):
    a = attribution_with(found, "raise bread prices")
    assert a.speaker.name == "grain analysts"
    assert a.kind == "indirect"


def test_according_to(found):
    a = attribution_with(found, "delayed by a week")
    assert "officials" in a.speaker.name
    assert a.kind == "indirect"


def test_has_indicated_that_with_title_role(found):
    a = attribution_with(found, "will not sign the treaty")
    assert a.speaker.name == "Tomas Vell"
    assert a.speaker.role and "minister" in a.speaker.role.lower()


def test_scare_quote_is_not_a_statement(found):
    doc, attrs = found
    assert not any(doc.text[a.content[0]:a.content[1]].strip("“”\" ") == "salt path" for a in attrs)


def test_straight_quotes_before_cue(found):
    a = attribution_with(found, "We expect a deal")
    assert a.speaker.name == "Tomas Vell"
    assert a.kind == "direct"


def test_multi_paragraph_quote_and_pronoun(found):
    a = attribution_with(found, "Now everybody pays")
    assert a.speaker.name == "Tomas Vell"
    first = attribution_with(found, "drawn in a hurry")
    assert first.speaker.name == "Tomas Vell"


# Strict reads: a content never joins a quotation its paragraph closes, or narration, to the next paragraph's
# quotation; only a quotation left open at its paragraph's end runs on (the multi-paragraph convention above).
CLOSED_PARAGRAPHS = (
    "Kessel harbour will close for a month of repairs.\n\n"
    "\"The board is asking for less money than it has today under the old budget,\" harbour master Oren Pask said "
    "on Harbour Radio Sunday. \"I do not think that is wise.\"\n\n"
    "\"We need a real plan to fix the pier. Nobody on this council has shown us one yet. And I do not believe what the "
    "board sent here gives it the money, or the power, to finish the work,\" Pask said.\n\n"
    "Councillor Mira Holt defended the board, saying there was \"timely\" and \"careful\" work between the board and "
    "the engineers on the night of the storm\n\n"
    "\"No delays in the work. No shortage of money from the council,\" Holt said.\n\n"
    "\"The engineers worked through the night and the pier held.\n\n"
    "\"Nobody on the quay was hurt,\" she added.\n"
)


@pytest.mark.parametrize("first, second", [
    ("I do not think that is wise", "We need a real plan"),
    ("on the night of the storm", "No delays in the work"),
])
def test_a_content_stops_where_its_paragraph_closes_the_quotation(nlp, first, second):
    doc = nlp(CLOSED_PARAGRAPHS)
    contents = [doc.text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert not any(first in c and second in c for c in contents), contents
    assert any(second in c for c in contents)


def test_a_quotation_left_open_at_its_paragraph_end_still_runs_on(nlp):
    doc = nlp(CLOSED_PARAGRAPHS)
    said = {doc.text[a.content[0]:a.content[1]]: a.speaker.name for a in find_attributions(doc, find_entities(doc))}
    assert said.get('"The engineers worked through the night and the pier held.') == "Mira Holt", said


def test_kind_ignores_the_attributions_own_source_and_cue():
    text = "“We are ready,” she said, “and we will sign.”"
    assert content_kind(text, (0, len(text)), quoted_spans(text), [(16, 19), (20, 24)]) == "direct"
    assert content_kind(text, (0, len(text)), quoted_spans(text), []) == "mixed"
    assert content_kind("They are ready.", (0, 14), [], []) == "indirect"


def analyse(nlp, text):
    doc = nlp(text)
    return doc, find_attributions(doc, find_entities(doc))


def test_trailing_cue_with_surname_and_role_noun(nlp):
    text = ("Defence minister Lena Orsk, a former naval officer, visited the port of Kessel on Friday.\n\n"
            "The fleet would gain a great deal from any new fishing quota, Orsk notes.\n\n"
            "The minister said the navy would buy two new patrol ships before the winter storms.\n")
    found = analyse(nlp, text)
    quota = attribution_with(found, "new fishing quota")
    assert quota.speaker.name == "Lena Orsk" and quota.kind == "indirect"
    ships = attribution_with(found, "two new patrol ships")
    assert ships.speaker.name == "Lena Orsk"


def test_pronoun_skips_names_inside_quotes(nlp):
    text = ("Senator Paul Dorrin spoke at the harbour on Monday.\n\n"
            "“Governor Ama Kell has failed the fishermen of this coast for ten years,” he said.\n")
    found = analyse(nlp, text)
    assert attribution_with(found, "failed the fishermen").speaker.name == "Paul Dorrin"


def test_parenthetical_cue_inside_reported_speech(nlp):
    text = ("Vestland's harvest was poor this year.\n\n"
            "The real danger for farmers, officials in Kessel say, is not the drought but the price of fuel.\n")
    from dossier.settings import Settings

    doc = nlp(text)
    every = find_attributions(doc, find_entities(doc), settings=Settings(reportable_only=False))
    a = attribution_with((doc, every), "The real danger for farmers")
    assert "officials" in a.speaker.name and a.kind == "indirect"
    # neither half of the sentence the tag interrupts stands alone: found, not reported
    assert not [x for x in analyse(nlp, text)[1] if "danger" in text[x.content[0]:x.content[1]]]


def test_rules_alone_without_the_model(nlp):
    from dossier.settings import Settings

    text = ("Ivo Brant said that the border talks had failed.\n\n"
            "The ferry will stop in May, according to officials in Kessel.\n")
    doc = nlp(text)
    attrs = find_attributions(doc, find_entities(doc), settings=Settings(use_model=False))
    said = attribution_with((doc, attrs), "the border talks had failed")
    assert said.speaker.name == "Ivo Brant" and said.kind == "indirect"
    ferry = attribution_with((doc, attrs), "The ferry will stop in May")
    assert "officials" in ferry.speaker.name


def test_reported_speech_is_clipped_to_the_sentence_after_its_cue(nlp):
    from dossier.nlp.attribution.extract import _clip_reported_to_sentence, quoted_tokens, _Sentences

    doc = nlp("Mayor Ilse Varn said the bridge over the Dell would reopen in June. "
              "The council has not yet approved the money for the repairs.")
    said = next(t.i for t in doc if t.text == "said")
    content = (said + 1, len(doc) - 1)
    (clipped, cue, _), = _clip_reported_to_sentence(doc, [(content, (said, said + 1), (0, said))],
                                                    _Sentences(doc), quoted_tokens(doc, []))
    assert doc[clipped[0]:clipped[1]].text == "the bridge over the Dell would reopen in June"
    assert cue == (said, said + 1)


def test_interrupted_quote_continues_after_a_relative_clause(nlp):
    text = ("“The ferry will run again in May,” said Ivo Brant, who leads the harbour council in Kessel, "
            "“and the fares will not change.”\n")
    found = analyse(nlp, text)
    a = attribution_with(found, "The ferry will run again")
    b = attribution_with(found, "the fares will not change")
    assert a is not b  # two contents: neither holds the tag between them (issue 9)
    assert "said" not in text[a.content[0]:a.content[1]] and "said" not in text[b.content[0]:b.content[1]]
    assert a.speaker.name == b.speaker.name == "Ivo Brant"


def test_content_does_not_swallow_its_own_cue(nlp):
    from dossier.nlp.attribution.extract import _without_own_cue

    doc = nlp("Brant said, “The ferry will run again in May.”")
    said = next(t.i for t in doc if t.text == "said")
    [(s, e)] = _without_own_cue(doc, (0, len(doc)), (said, said + 1), (0, said))
    assert doc[s:e].text.startswith("“The ferry")


def test_unquoted_content_without_a_cue_is_dropped(nlp):
    from dossier.nlp.attribution.extract import _assemble
    from dossier.nlp.attribution.tagger import Tagged
    from dossier.nlp.attribution.speakers import SpeakerResolver

    doc = nlp("The ferry to Kessel will stop running in May. “We have no money left,” the captain said.")
    ferry = (0, next(t.i for t in doc if t.text == "May") + 1)
    said = next(t.i for t in doc if t.text == "said")
    quote = (ferry[1] + 2, said - 4)
    tagged = Tagged([ferry, quote], [(said - 2, said)], [(said, said + 1)])
    quotes = quoted_spans(doc.text)
    attrs = _assemble(doc, tagged, quotes, SpeakerResolver(doc, find_entities(doc), quotes))
    assert [doc.text[a.content[0]:a.content[1]] for a in attrs] == ["We have no money left"]


def test_content_does_not_end_on_a_conjunction(nlp):
    from dossier.nlp.attribution.extract import _without_dangling_end

    doc = nlp("Brant asked the driver to step out of the car and")
    s, e = _without_dangling_end(doc, (2, len(doc)), [False] * len(doc))
    assert doc[s:e].text == "the driver to step out of the car"


@pytest.mark.parametrize("text", ["KESSEL ― Mayor Ilse Varn said the ferry would stop in May.",
                                  "KESSEL, Ostria (AP) -- Mayor Ilse Varn said the ferry would stop in May."])
def test_a_dateline_is_neither_source_nor_content(nlp, text):
    from dossier.nlp.attribution.extract import _drop_datelines
    from dossier.nlp.attribution.tagger import Tagged

    doc = nlp(text)
    said = next(t.i for t in doc if t.text == "said")
    tagged = Tagged([(0, len(doc) - 1)], [(0, said)], [(said, said + 1)])
    _drop_datelines(doc, tagged)
    assert doc[slice(*tagged.sources[0])].text == "Mayor Ilse Varn"
    assert doc[slice(*tagged.contents[0])].text.startswith("Mayor Ilse Varn said")


def test_an_acronym_before_a_dash_is_no_dateline(nlp):
    from dossier.nlp.attribution.rules import after_dateline

    doc = nlp("NATO - the alliance - said it would stay.")
    assert after_dateline(doc, 0, len(doc)) == 0


def test_a_sentence_ending_with_source_and_cue_is_reported_speech(nlp):
    doc = nlp("Grain exports to Vestland would fall by a third, Lind notes.")
    (a,) = find_attributions(doc, find_entities(doc))
    assert doc.text[slice(*a.content)] == "Grain exports to Vestland would fall by a third"
    assert doc.text[slice(*a.cue)] == "notes" and a.speaker.name == "Lind"


def test_a_trailing_noun_that_looks_like_a_cue_is_no_source(nlp):
    from dossier.nlp.attribution.extract import _add_untagged_trailing_cues
    from dossier.nlp.attribution.tagger import Tagged

    doc = nlp("The fund paid for television ads, mailers and phone calls.")
    tagged = Tagged([], [], [])
    _add_untagged_trailing_cues(doc, tagged)
    assert tagged.contents == [] and tagged.cues == []


def test_an_unquoted_content_does_not_run_on_into_the_next_sentences_quotation(split):
    shown, _ = split("Kessel\n\nLena Marsh said the harbor levy would hold. \"We will not back down,\" Tomas Brell said.")
    said = {text: a.speaker.name for text, a in shown}
    assert said.get("\"We will not back down,\"") == "Tomas Brell"
    assert not any("levy" in text and "back down" in text for text in said)


def test_a_tag_for_a_quotation_is_no_content(split):
    shown, hidden = split("Kessel\n\nMayor Tomas Brell has said he would trade the pier for a new ferry line. \"You want "
                          "a deal? Fix the ferries,\" Brell said he told the port board in April.")
    assert not any(text.startswith("he told the port board") for text, _ in shown)


def test_a_content_never_holds_its_own_source_and_cue(nlp):
    text = ("In the interview, Mr. Ansel Lo cited the Vardan treaty as proof, he said, that the border had been "
            "settled long ago.")
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert contents and not any("Lo cited" in c for c in contents)


def test_a_body_may_speak_of_its_country_by_name(nlp):
    text = "Ostria has lifted its ban on grain exports to Veldan, the Ostrian foreign ministry said on Monday."
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert "Ostria has lifted its ban on grain exports to Veldan" in contents


def test_a_quote_after_a_dropped_content_still_has_its_speaker(nlp):
    text = ("Mayor Ansel Lo went even further than the council on Thursday morning, tweeting:\n\n"
            "“Councillor Tilda Kresh, who spent two years hiding the harbour accounts, should resign at once!”")
    doc = nlp(text)
    speakers = {text[a.content[0]:a.content[1]]: a.speaker.name for a in find_attributions(doc, find_entities(doc))}
    assert not any("went even further" in c for c in speakers)
    assert any("should resign" in c and name == "Ansel Lo" for c, name in speakers.items())


def test_a_content_holding_its_source_keeps_the_quotation_that_closes_it(nlp):
    text = ("Councillor Ivo Brant became the newest member to warm to higher tolls during an appearance on "
            "\"Harbour Radio Live.\"\n\n\"There is a bigger crowd of us who look at the ledger and see we hold few "
            "cards. I mean, we have one bridge, that's it,\" Brant said.")
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert not any("became the newest" in c for c in contents)
    assert any(c.startswith('"There is a bigger crowd') for c in contents)


# Strict reads, round 15: a quotation the writer's sentence leads into with a telling of its own ("…, leading
# the governor to tell the Courier, “…”") is that teller's; the narration before it is no one's content.
@pytest.mark.parametrize("text, speaker", [
    ("Councillor Ebbe Sarn spoke first.\n\nMayor Runa Tolk had mocked the harbour pilots all spring, prompting "
     "Governor Aksel Brun to tell the Tolm Courier, “I never knew she could be so petty.”", "Aksel Brun"),
    ("Councillor Ebbe Sarn spoke first.\n\nMayor Runa Tolk mocked the pilots in March, leading Governor Aksel Brun "
     "to tell reporters: “She has insulted every family on the quay.”", "Aksel Brun"),
])
def test_a_quotation_after_the_writers_telling_is_the_tellers(split, text, speaker):
    shown, hidden = split(text)
    records = shown + hidden
    assert not any("mocked" in c for c, _ in records)
    assert any(c.startswith("“") and a.speaker.name == speaker for c, a in records)


def test_a_tag_set_in_before_a_quotation_is_no_telling_of_the_writers(split):
    shown, _ = split("Kessel\n\nThe mayor's plan to sell the pier, Councillor Ebbe Sarn said, “will leave the "
                     "fishermen with nowhere to land their catch.”")
    assert not any(a.speaker.name != "Ebbe Sarn" for _, a in shown)


def test_a_quotation_after_a_long_narration_of_acts_takes_no_telling_from_it(split):
    shown, _ = split("Kessel\n\nGovernor Aksel Brun used the rally to promise a new pier, and led the crowd in "
                     "chants of, “Build it now, build it now.”")
    assert not any(c.startswith("“Build") for c, _ in shown)


# Strict reads, round 21: a quotation after a document's noun and a colon ("… was in the last lines of Kessler's
# statement: “…”", "Brant shared Lind's email: “…”") is the document's text: its owner's words, not those of
# the one who passes it on or of a name inside it; one who only answers the document speaks for himself.
@pytest.mark.parametrize("text, words, speaker", [
    ("Harbour\n\nMayor Bram Kessler of Vellport ordered the ferries halted on Monday, and his press officer Lena "
     "Moor released a statement on his behalf.\n\nThe surprise, though, came in the last lines of Kessler's "
     "statement: “Governor Aksel Brun will take the ferry company's licence for the quay unless it repairs the "
     "hulls by May.”\n\nThe company did not reply.", "repairs the hulls", "Bram Kessler"),
    ("Harbour\n\nThe harbour board met on Tuesday. Councillor Ivo Brant, who chairs the board, shared Mara "
     "Lind's email: “I will not sign the port budget while the dock workers go unpaid.”\n\nLind did not "
     "comment.", "port budget", "Mara Lind"),
    ("Harbour\n\nThe harbour board met on Tuesday. Councillor Ivo Brant answered Mara Lind's letter: “The "
     "board will not pay for the dredging this year.”\n\nLind did not comment.", "dredging", "Ivo Brant"),
])
def test_a_quotation_after_a_documents_noun_is_its_owners(split, text, words, speaker):
    shown, hidden = split(text)
    assert [a.speaker.name for c, a in shown + hidden if words in c] == [speaker]


@pytest.mark.parametrize("text", [
    "“Minister Varn's earlier claims were plainly false,” Senate leader Tomas Orrin said in a statement after the "
    "Varn team announced that it would release the files. “Her handling of the files must be looked into.”",
    "“The levy was a mistake,” Mayor Ada Kestrel said on Monday before the harbour board declared that it would "
    "drop the fee. “The board should apologise to the fishermen.”",
])
def test_a_quote_after_a_sentence_goes_on_with_its_main_speaker(split, text):
    """Round 47: a quote with no cue after "X said … after the Y camp announced …" given to the camp."""
    shown, hidden = split(text)
    last = [a for content, a in shown + hidden if "looked into" in content or "apologise" in content]
    assert last and last[0].speaker.name in ("Tomas Orrin", "Ada Kestrel")


def test_a_hyphen_inside_a_headline_word_is_no_dateline(nlp):
    from dossier.nlp.attribution.rules import after_dateline
    doc = nlp("BOATS LEAVE PRO-LEVY HARBOUR AFTER STORM, OFFICIAL SAYS")
    assert after_dateline(doc, 0, len(doc)) == 0


def test_a_quote_with_no_cue_right_before_a_tag_is_the_tags_not_the_last_speakers(split):
    """"“…!” Ivo Brant, a 19-year-old docker, said Sunday. “…”": the tag between two quotations speaks for both,
    not the board quoted in the paragraph before (round 18: a student leader's words given to a government)."""
    shown, _ = split("Kessel\n\nThe harbour board offered on Sunday to meet the dockers once the quays were "
                     "cleared. \"The offer stands,\" the board said.\n\n\"We are not after a revolution. We "
                     "just want a fair wage!\" Ivo Brant, a 19-year-old docker, said Sunday. \"We hope nobody gets "
                     "hurt. It would be sad if this ended in a fight.\"")
    assert [a.speaker.name for content, a in shown if "fair wage" in content] == ["Ivo Brant"]


def test_a_carried_question_whose_own_tag_names_someone_else_has_no_speaker(split):
    """"“Where has the minister been …?” Sen. Mara Lind (D-Kessel) sniffed …": the writer's words after the question are
    its tag, and they name another person, so the question is not the minister's quoted just before
    (round 20: a spokesman's question about a president given to the president)."""
    text = ("Dunmore\n\nForeign minister Tomas Vell said on Monday that the harbour plan was ready. \"We have "
            "finished the work,\" Vell told reporters.\n\n“Where has the minister been hiding for a whole year?” "
            "Sen. Mara Lind (D-Kessel) sniffed as the minister left the room.\n\nThe plan goes to a vote next week.")
    shown, hidden = split(text)
    assert not [a.speaker.name for content, a in shown + hidden
                if "whole year" in content and a.speaker.name == "Tomas Vell"]


def test_a_carried_question_whose_own_tag_names_its_speaker_keeps_it(split):
    """"“…?” Vell asked the crowd": the trailing words name the speaker carried, who keeps the quote."""
    text = ("Dunmore\n\nForeign minister Tomas Vell said on Monday that the harbour plan was ready. \"We have "
            "finished the work,\" Vell told reporters.\n\n\"Who else could have done it in a year?\" Vell "
            "grinned at the crowd.\n\nThe plan goes to a vote next week.")
    shown, hidden = split(text)
    assert [a.speaker.name for content, a in shown + hidden if "in a year" in content] == ["Tomas Vell"]


def test_the_president_is_not_someone_whose_role_names_the_president_as_owner(split):
    """"Ana Lind, the president's former driver, …. “…,” the president wrote": "the president" is not Lind,
    whose role holds the word only as its owner (round 20: a president's tweet given to his former lawyer)."""
    shown, hidden = split("Kessel\n\nAna Lind, the president's former driver, was fined on Friday after admitting "
                          "she sold his travel plans to a rival campaign. Lind said she acted out of fear.\n\n"
                          "In a post this week, the president scoffed at the fine. “Lind only wants a lighter "
                          "fine,” the president wrote on Monday.\n\nLind must pay within a month.")
    assert not [a.speaker.name for content, a in shown + hidden if "lighter fine" in content and a.speaker.name == "Ana Lind"]


@pytest.mark.parametrize("text, whole, piece", [
    # a quotation that runs on from the paragraph before: its tag's part starts at the paragraph's mark
    ("Kessel\n\n\"The toll bridge stays open,\" Rolf Ambery said. \"But the spring floods will decide a lot.\n\n"
     "\"We could rebuild the east ramp if the province sends the money it promised in March. The crews are ready. "
     "The steel is not,\" Ambery said. \"Ask me again in April.\"",
     "\"We could rebuild the east ramp if the province sends the money it promised in March. The crews are ready. "
     "The steel is not,\"", ("The steel is not", "The crews are ready")),
    ("Kessel\n\n\"Nobody warned us,\" Councillor Marta Lind said. \"The pumps failed at midnight. Three streets "
     "flooded before the first truck arrived. We had asked for a backup generator for two years, and the answer "
     "was always the next budget.\n\n\"The generator sat in a warehouse in Dorne for a month. Nobody there had the "
     "key,\" she said. \"That is the whole story.\"",
     "\"The generator sat in a warehouse in Dorne for a month. Nobody there had the key,\"", ("Nobody there had",)),
])
def test_a_later_tag_reports_all_of_the_quotation_it_closes(split, text, whole, piece):
    """A tag in a later sentence of a content takes the whole quotation it follows, from its opening mark, not
    only the parser's last sentence inside the marks (which drops the first ones and leaves the closing mark
    unmatched)."""
    shown, hidden = split(text)
    contents = [c for c, _ in shown + hidden]
    assert any(c.endswith(whole) for c in contents)
    assert not any(c.startswith(piece) for c in contents)


def test_a_tag_after_a_nested_quotation_left_open_is_no_content(split):
    """Session 24: “I never called her ‘reckless,’ Darrow wrote. “…”: the tag read as the speaker's words."""
    text = ("Kessel\n\n\"I never called Vera Holm 'reckless,' Governor Pell Darrow tweeted. \"Made up by the Harbor "
            "Courier, and they got caught cold! Will @Courier, @Post and others apologize? Doubt it!\"")
    shown, hidden = split(text)
    assert "\"I never called Vera Holm 'reckless,'" in [content for content, _ in shown]
    assert not any("tweeted" in content for content, _ in shown + hidden)


BANNER_ARTICLE = (
    "Kessel\n\nThe strike capped a day of growing anger in Kessel, where hundreds of dockers loyal to the union "
    "leader Ivo Brant demanded the closure of the harbour office over the sale of the quay.\n\n"
    "Dockers marched past the harbour office holding banners reading, \"We reject the sale of the quay to the "
    "Ostrians.\"\n\nThere was no immediate response from the board.")
HEADLINE_ARTICLE = (
    "Kessel\n\nMayor Ivo Brant said on Monday that the quay would be sold to a shipping firm. \"The city needs "
    "the money,\" Brant told reporters.\n\nThe Kessel Courier ran the story under the headline, \"We reject the "
    "sale of the quay to the Ostrians.\"\n\nThere was no immediate response from the board.")


@pytest.mark.parametrize("text", [BANNER_ARTICLE, HEADLINE_ARTICLE])
def test_a_writers_sentence_holding_a_banner_or_headline_is_not_the_last_speakers(split, text):
    """A sentence of the writer's with no cue whose quotation is the object of one of its words ("banners
    reading, “…”", "under the headline, “…”") is no continuation of the speaker before (strict read: a
    protest banner's words given to the mayor quoted before)."""
    shown, hidden = split(text)
    assert not [a.speaker.name for content, a in shown + hidden if "We reject" in content and a.speaker.name]


def test_a_quotation_whose_own_tag_names_something_else_is_not_the_last_speakers(split):
    """"“…,” the union's campaign video states. “…”": the quotation's tag names a thing other than the mayor
    quoted before."""
    shown, hidden = split("Kessel\n\nMayor Ivo Brant said on Monday that the quay would be sold. \"The city needs "
                          "the money,\" Brant told reporters.\n\n\"The quay is the city's heart and the dockers are "
                          "its blood,\" the union's campaign video states. \"Selling it would stop that heart for "
                          "good.\"\n\nThe vote is set for Friday.")
    assert not [a.speaker.name for content, a in shown + hidden if "heart" in content and a.speaker.name]


def test_a_sentence_opening_on_the_speakers_quoted_words_still_goes_on_with_the_speaker(split):
    """Near miss: "The sale “was never about money. …”" after Brant's quote is still Brant's words."""
    shown, hidden = split("Kessel\n\nMayor Ivo Brant said on Monday that the quay would be sold to a shipping firm. "
                          "\"The city needs the money,\" Brant told reporters.\n\nThe sale \"was never about money. It "
                          "was about keeping the harbour alive for the next fifty years.\"\n\nThe vote is set for "
                          "Friday.")
    assert [a.speaker.name for content, a in shown if "never about money" in content] == ["Ivo Brant"]


def test_a_quotation_whose_own_tag_names_the_carried_speaker_keeps_it(split):
    """Near miss: "“…,” chafed Lind. “…”" after Lind came in keeps Lind."""
    shown, hidden = split("Kessel\n\nAll members of the harbour board backed the sale of the quay on Monday, and Mayor "
                          "Ivo Brant signed the deal. Senator Ana Lind, who led the dockers' campaign, called the vote "
                          "a betrayal.\n\n“It’s shameful. Shameful,” chafed Lind. “Why this board would sell the quay "
                          "when the dockers never agreed to it is beyond me.”\n\nThe vote is set for Friday.")
    assert [a.speaker.name for content, a in shown + hidden if "shameful" in content] == ["Ana Lind"]


def test_a_writers_sentence_among_others_of_a_cueless_content_is_not_the_last_speakers(split):
    """Read 90: a cue-less content of two sentences, the second the writer's around a quoted title ("Looking for a
    berth? The harbour office has a page for “lost moorings.”"), is no continuation of the mayor quoted before."""
    shown, hidden = split("Kessel\n\nMayor Ivo Brant declared \"a harbour emergency.\" The order is meant to \"speed "
                          "the repair of the quay,\" Brant said.\n\nLooking for a berth in Kessel? The harbour office "
                          "has a page for \"lost moorings.\"\n\nThe vote is set for Friday.")
    assert not [a.speaker.name for content, a in shown + hidden if "lost moorings" in content and a.speaker.name]


@pytest.mark.parametrize("lead", ["The Valley Wire reports that:", "According to the Valley Wire:"])
def test_a_quotation_after_another_source_speaks_is_not_the_last_speakers(split, lead):
    """Read 90: "The Wire reports that:" ¶ “…” after the president's quote: someone else speaks between, so the
    quotation is not carried to the president."""
    shown, hidden = split("Kessel\n\nMayor Ivo Brant declared a harbour emergency. \"The quay must be repaired,\" "
                          f"Brant said.\n\n{lead}\n\n\"Dockers waited for hours on Monday as the cranes stood still "
                          "along the flooded quay.\"\n\nThe vote is set for Friday.")
    assert not [a.speaker.name for content, a in shown + hidden if "Dockers waited" in content
                and a.speaker.name == "Ivo Brant"]


def test_a_quotation_after_the_speakers_own_pronoun_tag_stays_his(split):
    """Near miss: a "he said" between keeps the speaker carried."""
    shown, hidden = split("Kessel\n\nMayor Ivo Brant declared a harbour emergency on Monday. \"The quay must be "
                          "repaired,\" Brant said. \"We cannot wait for the board,\" he said.\n\n\"Every day without "
                          "the quay costs the town a fortune.\"\n\nThe vote is set for Friday.")
    assert [a.speaker.name for content, a in shown + hidden if "costs the town" in content] == ["Ivo Brant"]
