"""Content boundaries repaired from the parse (attribution.bounds), on sentences about fictional people
and places. Each case hands ``clean_bounds`` the spans a tagger got wrong and checks the repaired content."""
import pytest

from dossier.nlp.attribution.bounds import clean_bounds
from dossier.nlp.attribution.cues import quoted_spans
from dossier.nlp.attribution.extract import find_attributions, quoted_tokens
from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow


def span(doc, words, after=0):
    start = doc.text.index(words, after)
    sp = doc.char_span(start, start + len(words), alignment_mode="expand")
    return sp.start, sp.end


def quoted(doc):
    return quoted_tokens(doc, quoted_spans(doc.text))


def repaired(nlp, text, content, cue, source):
    doc = nlp(text)
    triple = (span(doc, content), span(doc, cue) if cue else None, span(doc, source) if source else None)
    (s, e), _, _ = clean_bounds(doc, [triple], quoted(doc))[0]
    return doc[s:e].text


def test_the_reporters_next_clause_about_the_source_is_cut(nlp):
    text = ("The Ostrian government sees the economy growing a meagre 0.4% this year, but it has stubbornly "
            "refused to loosen its spending rules.")
    content = "the economy growing a meagre 0.4% this year, but it has stubbornly refused to loosen its spending rules"
    assert repaired(nlp, text, content, "sees", "The Ostrian government") == \
        "the economy growing a meagre 0.4% this year"


def test_a_purpose_clause_framing_a_quoted_phrase_is_cut(nlp):
    text = "Mayor Ilse Varga used the words “an act of sabotage” to describe the fire in a speech on Friday."
    assert repaired(nlp, text, "“an act of sabotage” to describe the fire in a speech on Friday",
                    "used the words", "Mayor Ilse Varga") == "“an act of sabotage”"


def test_what_he_called_x_reports_x(nlp):
    text = "Foreign minister Tomas Vell praised the ceasefire in a statement announcing what he called “Operation Quiet Harbour.”"
    assert repaired(nlp, text, "what he called “Operation Quiet Harbour.”", None, None) == "“Operation Quiet Harbour.”"


def test_a_content_keeps_the_subject_of_its_clause(nlp):
    text = ("Vestland is the region's largest grain exporter, shipping nearly half of the wheat sold abroad in "
            "2021, according to the Ostrian Statistics Office.")
    assert repaired(nlp, text, "shipping nearly half of the wheat sold abroad in 2021", "according to",
                    "the Ostrian Statistics Office") == \
        "Vestland is the region's largest grain exporter, shipping nearly half of the wheat sold abroad in 2021"


def test_a_content_keeps_the_words_that_govern_it(nlp):
    text = "The envoy's visit to Dunmore is planned as a gesture of support for fishermen “hurt by the new quotas,” aides said."
    assert repaired(nlp, text, "support for fishermen “hurt by the new quotas,”", "said", "aides") == \
        "The envoy's visit to Dunmore is planned as a gesture of support for fishermen “hurt by the new quotas,”"


@pytest.mark.parametrize("text,content,cue,source", [
    ("Brant told reporters that the bridge was unsafe, but that the council had ignored his letters.",
     "that the bridge was unsafe, but that the council had ignored his letters", "told", "Brant"),
    ("Greta Lind said she would vote for the budget, but she does not want to run again.",
     "she would vote for the budget, but she does not want to run again", "said", "Greta Lind"),
    ("Mayor Ilse Varga said last week that the harbour would reopen in May.",
     "that the harbour would reopen in May", "said", "Mayor Ilse Varga"),
])
def test_more_of_what_was_said_stays(nlp, text, content, cue, source):
    assert repaired(nlp, text, content, cue, source) == content


def test_a_second_act_of_the_source_leaves_the_content(nlp):
    text = "Ivo Brant warned that the dam would flood three villages and asked the council for another month."
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert "that the dam would flood three villages" in contents
    assert not [c for c in contents if "another month" in c and "dam" in c]


# Issue 9, "right on real news": the reporter's narration around a statement leaves the content.
def test_a_reporters_lead_in_before_the_quotation_leaves_the_content(nlp):
    text = "Mayor Ivo Brant prides himself on his patience — “I never rush a vote,” he boasted to one reporter."
    assert repaired(nlp, text, "Mayor Ivo Brant prides himself on his patience — “I never rush a vote,”",
                    "boasted", "he") == "“I never rush a vote,”"


def test_a_lead_in_inside_the_quotation_stays(nlp):
    text = "“The quay is safe — we checked every pillar,” Brant said."
    assert repaired(nlp, text, "“The quay is safe — we checked every pillar,”", "said", "Brant") == \
        "“The quay is safe — we checked every pillar,”"


def test_a_clause_dating_the_cue_leaves_the_content(nlp):
    text = "The harbour council condemned the closure of the quay, after the ferry company sacked two elderly pilots."
    assert repaired(nlp, text, "the closure of the quay, after the ferry company sacked two elderly pilots",
                    "condemned", "The harbour council") == "the closure of the quay"


def test_the_one_spoken_to_is_not_the_content(nlp):
    text = "Pilot Edda Rask told Kessel police she had seen the collision from the quay."
    assert repaired(nlp, text, "Kessel police she had seen the collision from the quay", "told",
                    "Pilot Edda Rask") == "she had seen the collision from the quay"
    text = "Ivo Brant warned the harbour board that the dam would flood three villages."
    assert repaired(nlp, text, "the harbour board that the dam would flood three villages", "warned",
                    "Ivo Brant") == "that the dam would flood three villages"


def test_a_subject_takes_in_its_clause(nlp):
    text = "His pilots cleared a channel through the ice on Sunday, Brant said on Monday."
    assert repaired(nlp, text, "His pilots", "said", "Brant") == "His pilots cleared a channel through the ice on Sunday"


def test_a_quoted_subject_of_a_tag_is_not_widened(nlp):
    text = "“The pilots and the tugs,” Brant said at the quay."
    assert repaired(nlp, text, "“The pilots and the tugs,”", "said", "Brant") == "“The pilots and the tugs,”"


# Issue 9, "content boundaries": words the source did not say leave the content.
def repaired_all(nlp, text, content, cue, source):
    """Every (content, cue) ``clean_bounds`` keeps for one tagged triple (none when it is no content)."""
    doc = nlp(text)
    triple = (span(doc, content), span(doc, cue) if cue else None, span(doc, source) if source else None)
    return [(doc[c[0]:c[1]].text, k and doc[k[0]:k[1]].text) for c, k, _ in clean_bounds(doc, [triple], quoted(doc))]


@pytest.mark.parametrize("text,content,kept", [
    ('Renk said the deal would cover "grain, timber and salt," the three main exports of the valley.',
     'the deal would cover "grain, timber and salt," the three main exports of the valley',
     'the deal would cover "grain, timber and salt,"'),
    ('Renk said the Veld League was now "an outlaw band" — a label she had never used before.',
     'the Veld League was now "an outlaw band" — a label she had never used before',
     'the Veld League was now "an outlaw band"'),
    ('Renk said the council would "wait and see" — the council had in fact already sold the quay.',
     'the council would "wait and see" — the council had in fact already sold the quay',
     'the council would "wait and see"'),
])
def test_the_reporters_gloss_after_the_quotation_leaves_the_content(nlp, text, content, kept):
    assert repaired(nlp, text, content, "said", "Renk") == kept


@pytest.mark.parametrize("text,content,cue", [
    ('Renk wants "lower tolls," fewer inspections and longer opening hours.',
     '"lower tolls," fewer inspections and longer opening hours', "wants"),
    ('Renk said the prisoner -- known as "the Ferret" -- was freed on Monday.',
     'the prisoner -- known as "the Ferret" -- was freed on Monday', "said"),
    ('In a post, Renk repeated her appeal “to every harbour town” — Kessel, Brill and Varn above all — to '
     'publish the tide records they keep.',
     'her appeal “to every harbour town” — Kessel, Brill and Varn above all — to publish the tide records they '
     'keep', "repeated"),
    ('Renk described the pilot as "a steady hand," a veteran of nine winters and a friend of every crew.',
     'the pilot as "a steady hand," a veteran of nine winters and a friend of every crew', "described"),
])
def test_words_after_the_quotation_that_go_on_with_it_stay(nlp, text, content, cue):
    assert repaired(nlp, text, content, cue, "Renk") == content


def test_a_gloss_on_the_report_after_its_tag_is_no_content(nlp):
    text = ('"We will mend the harbour wall before winter," Mayor Tova Renk said on Tuesday, a nod to the dock '
            'strike that shut Kessel in March.')
    assert repaired_all(nlp, text, "a nod to the dock strike that shut Kessel in March", "said", "Mayor Tova Renk") == []
    text = "The ferry will run again in May, Mayor Tova Renk said, and the old pier will be rebuilt."
    assert repaired_all(nlp, text, "and the old pier will be rebuilt", "said", "Mayor Tova Renk") == \
        [("and the old pier will be rebuilt", "said")]


@pytest.mark.parametrize("text,content,kept", [
    ("Councillor Ivo Marsh said the toll bridge was a burden on the island, and the ferry pilots say the boats "
     "lose money every winter.",
     "the toll bridge was a burden on the island, and the ferry pilots say the boats lose money every winter",
     "the toll bridge was a burden on the island"),
    ("Councillor Ivo Marsh said the vote was bad for the Green Bloc, and there are a few younger aldermen who "
     "believe the bloc should merge.",
     "the vote was bad for the Green Bloc, and there are a few younger aldermen who believe the bloc should merge",
     "the vote was bad for the Green Bloc"),
    # a second clause of what was said, the source's own next words, a wish: they stay
    ("Councillor Ivo Marsh said the vote was bad for the Green Bloc, and that younger aldermen believe the bloc "
     "should merge.", "the vote was bad for the Green Bloc, and that younger aldermen believe the bloc should merge",
     None),
    ("Councillor Ivo Marsh said the toll bridge was a burden on the island, and would be scrapped by the spring.",
     "the toll bridge was a burden on the island, and would be scrapped by the spring", None),
])
def test_a_coordinated_clause_with_a_report_of_its_own_leaves_the_content(nlp, text, content, kept):
    assert repaired(nlp, text, content, "said", "Councillor Ivo Marsh") == (kept or content)


def test_the_occasion_split_between_cue_and_content_leaves_both(nlp):
    text = '"The quay will close," Pia Holm said in a post on her ferry blog.'
    assert repaired_all(nlp, text, "her ferry blog", "said in a post on", "Pia Holm") == []
    text = '"The quay will close," Pia Holm said in a letter sent ahead of the harbour vote. "We cannot pay for it."'
    assert repaired_all(nlp, text, 'the harbour vote. "We cannot pay for it."', "said in a letter sent ahead of",
                        "Pia Holm") == [('"We cannot pay for it."', "said")]
    text = "Warden Pia Holm said on the night of the storm she had heard the old dam crack."
    assert repaired_all(nlp, text, "the storm she had heard the old dam crack", "said on the night of",
                        "Warden Pia Holm") == [("on the night of the storm she had heard the old dam crack", "said")]


def test_the_verbs_own_preposition_stays_in_the_cue(nlp):
    text = "Warden Pia Holm spoke about the floods in the lower valley."
    assert repaired_all(nlp, text, "the floods in the lower valley", "spoke about", "Warden Pia Holm") == \
        [("the floods in the lower valley", "spoke about")]


def clipped(nlp, text, content, cue, source):
    """(content, cue) texts ``extract`` keeps of one tagged triple once it is read in its sentences."""
    from dossier.nlp.attribution.extract import _Sentences, _clip_reported_to_sentence
    doc = nlp(text)
    triple = (span(doc, content), span(doc, cue), span(doc, source))
    out = _clip_reported_to_sentence(doc, [triple], _Sentences(doc), quoted(doc))
    return [(doc[c[0]:c[1]].text, doc[k[0]:k[1]].text) for c, k, _ in out]


def test_the_reporters_narration_before_a_quotation_is_not_the_speakers(nlp):
    text = ('According to the Kessel Herald, the rescue in the valley has been slowed by snow. "There are still '
            'nine climbers missing on the north face," warden Pia Holm said on Sunday.')
    content = ('the rescue in the valley has been slowed by snow. "There are still nine climbers missing on the '
               'north face,"')
    assert clipped(nlp, text, content, "said", "warden Pia Holm") == \
        [('"There are still nine climbers missing on the north face,"', "said")]
    text = 'Pilot Edda Rask warned that the pier was sinking. "We measured it twice in one week," she said.'
    content = 'that the pier was sinking. "We measured it twice in one week,"'
    assert clipped(nlp, text, content, "said", "she") == \
        [("that the pier was sinking", "warned"), ('"We measured it twice in one week,"', "said")]
    text = '"The pier is sinking. We measured it twice in one week," she said.'
    content = '"The pier is sinking. We measured it twice in one week,"'
    assert clipped(nlp, text, content, "said", "she") == [(content, "said")]


def test_what_the_source_did_with_its_words_stays_with_the_cue(nlp):
    text = "Warden Pia Holm replied with sharp attacks on the harbour plan."
    assert repaired_all(nlp, text, "the harbour plan", "replied with sharp attacks on", "Warden Pia Holm") == \
        [("the harbour plan", "replied with sharp attacks on")]
    text = ("Councillor Ivo Marsh knows there are pilots who distrust the new pier, and who believe the harbour "
            "board ignored them.")
    content = "there are pilots who distrust the new pier, and who believe the harbour board ignored them"
    assert repaired(nlp, text, content, "knows", "Councillor Ivo Marsh") == content


# Fresh read, rule 3: the reporter's note of what the source did not tell is no part of what it said.
@pytest.mark.parametrize("text, content, kept", [
    ("The port authority said that it issued ten warnings to the ferry crews last year but did not say whether "
     "all of those warnings concerned the night crossings.", "that it issued", "that it issued ten warnings to the "
     "ferry crews last year"),
    ("Edda Rask said the fees would rise in June but did not specify by how much.", "the fees",
     "the fees would rise in June"),
    ("The ferry board said the pier would close in May, but it would not say how long the repairs would take.",
     "the pier", "the pier would close in May"),
])
def test_what_the_source_did_not_tell_is_the_reporters_note(nlp, text, content, kept):
    assert repaired(nlp, text, text[text.index(content):-1], "said", None) == kept


@pytest.mark.parametrize("text, content", [
    ("Edda Rask said the fees would rise in June but the union did not want a strike.", "the fees"),
    ("Edda Rask said the drill was part of the usual training and not intended to alarm the crews.", "the drill"),
    ("Edda Rask said the board had offered a deal but not to discuss the pensions before May.", "the board"),
    ("Edda Rask said the pilots were tired and she did not know who had ordered the night shifts.", "the pilots"),
])
def test_what_was_said_with_a_negation_stays(nlp, text, content):
    assert repaired(nlp, text, text[text.index(content):-1], "said", None) == text[text.index(content):-1]


# Fresh read, bounds10: the reporter's own words after what was said.
@pytest.mark.parametrize("text, cue, kept", [
    ("Ostrian officials said the blast was caused by a nerve agent, which was developed by the old Veld army in "
     "the 1980s.", "said", "the blast was caused by a nerve agent"),
    ("A harbour official said the shelling hit the camp, which houses an estimated 600 families.", "said",
     "the shelling hit the camp"),
    ("Minister Tomas Vell denied any part in the poisoning of the two pilots, who remain in hospital in Kessel.",
     "denied", "any part in the poisoning of the two pilots"),
])
def test_a_relative_clause_of_background_is_the_reporters(nlp, text, cue, kept):
    content = text[text.index(kept):-1]
    assert repaired(nlp, text, content, cue, None) == kept


@pytest.mark.parametrize("text, content", [
    ('Vell said "the board sold the ferry, which the town had bought."', '"the board sold the ferry, which the town '
     'had bought."'),
    ("Vell said the board sold the ferry that the town had bought.", "the board sold the ferry that the town had "
     "bought"),
])
def test_a_relative_clause_in_quotation_marks_or_restrictive_stays(nlp, text, content):
    assert repaired(nlp, text, content, "said", "Vell") == content


def test_a_report_in_a_subordinate_clause_ends_with_its_clause(nlp):
    text = ("While the audit found that roughly 20 aldermen have expressed support for the levy, there is still a "
            "faction on the council that believes the levy will fail.")
    content = text[text.index("roughly"):-1]
    assert repaired(nlp, text, content, "found", "the audit") == \
        "roughly 20 aldermen have expressed support for the levy"


@pytest.mark.parametrize("text, content, kept", [
    ('Councillor Ivo Marsh accused a "handful of aldermen" on Friday of holding the budget "hostage."',
     'a "handful of aldermen" on Friday of holding the budget "hostage."', 'holding the budget "hostage."'),
    ("The mayor has spent weeks accusing it of running the port for its friends.",
     "it of running the port for its friends", "running the port for its friends"),
])
def test_the_content_of_an_accusation_is_the_charge(nlp, text, content, kept):
    cue = "accused" if "accused" in text else "accusing"
    assert repaired(nlp, text, content, cue, None) == kept


def test_an_interposed_tag_of_telling_leaves_its_addressee(nlp):
    text = 'The harbour levy, she told us, is old slang for "money down the drain."'
    assert repaired(nlp, text, 'us, is old slang for "money down the drain."', "told", "she") == \
        'is old slang for "money down the drain."'


@pytest.mark.parametrize("text, content, kept", [
    ("For now, Mayor Tobias Renn told reporters in an interview on Tuesday, the ferries will keep running.",
     "reporters in an interview on Tuesday, the ferries will keep running.", "the ferries will keep running."),
    ("In the coming weeks, Mayor Tobias Renn told the Valmor Courier on Tuesday, the ferries will stop running.",
     "the Valmor Courier on Tuesday, the ferries will stop running.", "the ferries will stop running."),
    ("For now, Mayor Tobias Renn wrote in a memo to staff on Tuesday, the ferries will keep running.",
     "in a memo to staff on Tuesday, the ferries will keep running.", "the ferries will keep running."),
])
def test_a_tag_after_an_opening_leaves_its_addressee_and_adjuncts(nlp, text, content, kept):
    """The parser hangs the opening ("For now,") on the tag's verb: the tag still starts at its source."""
    cue = "told" if "told" in text else "wrote"
    assert repaired(nlp, text, content, cue, "Mayor Tobias Renn") == kept


def test_a_condition_before_a_tag_of_telling_hides_the_rest(split):
    text = "Unless the council pays, Mayor Tobias Renn told the Valmor Courier in an interview, the ferries will stop."
    shown, hidden = split("Kessel\n\n" + text)
    assert not shown
    assert [c for c, _ in hidden] == ["the ferries will stop"]


def test_a_content_before_its_tag_does_not_run_back_over_a_dash_into_another_report(nlp):
    text = ("Senator Ivo Brant said the harbour had lost its way — if the town can see somebody like Vell as "
            "normal, God help us, said Edda Rask, a pilot.")
    content = text[text.index("Senator"):text.index(", said")]
    assert repaired(nlp, text, content, "said Edda", "Edda Rask") == \
        "if the town can see somebody like Vell as normal, God help us"


def test_a_relative_clause_of_reasoning_stays(nlp):
    text = "Ostrian officials said their worry is a collapse of the old dam, which could send the river into the town."
    content = text[text.index("their"):-1]
    assert repaired(nlp, text, content, "said", "Ostrian officials") == content


@pytest.mark.parametrize("text, kept", [
    ("Captain Nell Arun said the crew would land at Port Ossin, where the harbour hosts a small naval station.",
     "the crew would land at Port Ossin"),
    ("Lawyers for the ferrymen argued the rule harmed pilots by forcing them to wait in Ostia, where fees are high.",
     "the rule harmed pilots by forcing them to wait in Ostia"),
])
def test_the_writers_present_gloss_on_a_place_is_cut(nlp, text, kept):
    start = text.index(kept)
    content = text[start:-1]
    cue = "said" if " said " in text else "argued"
    source = text[:text.index(" " + cue)]
    assert repaired(nlp, text, content, cue, source) == kept


@pytest.mark.parametrize("text", [
    # a present cue: the place may be the source's own gloss
    "Captain Nell Arun says the crew will land at Port Ossin, where the harbour hosts a small naval station.",
    # a backshifted relative: the source's words
    "Captain Nell Arun said the crew would land at Port Ossin, where the harbour had a small naval station.",
    # the source's words in the present: the relative may be theirs too
    "Captain Nell Arun said the crew sees no danger at Port Ossin, where the harbour hosts a small naval station.",
])
def test_a_where_clause_the_source_may_have_said_stays(nlp, text):
    content = text[text.index("the crew"):-1]
    cue = "says" if " says " in text else "said"
    assert repaired(nlp, text, content, cue, "Captain Nell Arun") == content


def test_a_dated_act_of_someone_named_after_the_report_is_cut(nlp):
    text = "Coach Rina Mott said the club was doomed, and Vice Chair Eli Dorn resigned two days later."
    content = text[text.index("the club"):-1]
    assert repaired(nlp, text, content, "said", "Coach Rina Mott") == "the club was doomed"


@pytest.mark.parametrize("text", [
    # a modal: what Mott said Dorn would do
    "Coach Rina Mott said the club was doomed, and Eli Dorn would resign from the board on Tuesday.",
    # no comma: one reported clause of two events
    "Coach Rina Mott said the club lost in Brant and Eli Dorn resigned on Tuesday.",
])
def test_a_second_event_the_source_reports_stays(nlp, text):
    content = text[text.index("the club"):-1]
    assert repaired(nlp, text, content, "said", "Coach Rina Mott") == content


def test_a_subordinate_report_after_its_main_clause_keeps_its_own_sentence(nlp):
    text = ("The pilots wanted the quay reopened, while the aldermen worried about toll fraud, concerned that crews "
            "might be stopped more often than the owners.")
    content = text[text.index("toll fraud"):-1]
    assert repaired(nlp, text, content, "worried about", "the aldermen") == content


@pytest.mark.parametrize("text, content", [
    ("Even as Vell argues that the quay needs more time, the board will try to sell it — and soon — will matter "
     "to the crews, Rask says.", "Even as Vell argues that the quay needs more time, the board will try to sell it "
     "— and soon — will matter to the crews"),
    ("He firmly holds that pilots have a right to speak — and speak freely, Rask told the Herald.",
     "He firmly holds that pilots have a right to speak — and speak freely"),
])
def test_a_dash_inside_one_report_stays(nlp, text, content):
    cue = "says" if "says" in text else "told"
    assert repaired(nlp, text, content, cue, "Rask") == content


@pytest.mark.parametrize("text, content, cue, source, whole", [
    ("A new poll by the Ostria Institute finds that 60 percent of voters believe that Kessel—a port town of nine "
     "hundred people that has lost its ferry, a place whose budget is a tenth of the capital's—poses a real risk to "
     "the region.", "that 60 percent of voters believe that Kessel", "finds", "A new poll by the Ostria Institute",
     "poses a real risk to the region"),
    ("Councillor Lena Marsh told the port board last spring that the pumps – the ones the contractor fitted in the "
     "north quay – would fail by the summer.", "that the pumps", "told", "Councillor Lena Marsh", "would fail by the summer"),
])
def test_a_subject_is_not_cut_from_its_verb_by_a_dashed_aside(nlp, text, content, cue, source, whole):
    """Gate Q73 (issue 9): the reporter's aside between dashes does not end the statement; its verb is after it."""
    assert repaired(nlp, text, content, cue, source).endswith(whole)


@pytest.mark.parametrize("text, content, cue, source, whole", [
    ("A harbor survey this month showed they favored Brant by 30 points — similar to his margin in May in the same "
     "survey.", "they favored Brant by 30 points — similar to his margin in May in the same survey", "showed",
     "A harbor survey this month", "they favored Brant by 30 points"),
    ("Councillor Lena Marsh revealed on Tuesday that she had visited one of the pilots in Ostria – the town of the "
     "naval hospital.", "that she had visited one of the pilots in Ostria – the town of the naval hospital",
     "revealed on Tuesday", "Councillor Lena Marsh", "that she had visited one of the pilots in Ostria"),
])
def test_the_reporters_gloss_after_a_last_dash_is_cut(nlp, text, content, cue, source, whole):
    """Gate Q63 (issue 9): a verbless phrase after the content's last dash is the reporter's comparison or gloss."""
    assert repaired(nlp, text, content, cue, source) == whole


@pytest.mark.parametrize("text, content", [
    ("Mayor Ivo Brant said the port can keep paying its pilots a bit longer — but only until the first storm.",
     "the port can keep paying its pilots a bit longer — but only until the first storm"),
    ("Mayor Ivo Brant said the idea of selling the pier came from the board — not the pilots.",
     "the idea of selling the pier came from the board — not the pilots"),
    ("Mayor Ivo Brant said most ports lose money on ferries — that's a cost the town has to carry.",
     "most ports lose money on ferries — that's a cost the town has to carry"),
])
def test_a_speakers_own_qualification_after_a_dash_stays(nlp, text, content):
    assert repaired(nlp, text, content, "said", "Mayor Ivo Brant") == content


# Read 17: the word by which the reporter links a sentence to the one before is no part of what a source said.
@pytest.mark.parametrize("text, content, cue, source, expected", [
    ("The envoys left. Meanwhile, a guard was hurt on Tuesday during a raid, according to the Kessel Wire agency.",
     "Meanwhile, a guard was hurt on Tuesday during a raid", "according to", "the Kessel Wire agency",
     "a guard was hurt on Tuesday during a raid"),
    ("The vote was close. But in the event of a deal, the road to a new council was uncertain, Ivo Brant warned.",
     "But in the event of a deal, the road to a new council was uncertain", "warned", "Ivo Brant",
     "in the event of a deal, the road to a new council was uncertain"),
    ("The vote was close. Still, the council would meet again in May, Ivo Brant said.",
     "Still, the council would meet again in May", "said", "Ivo Brant", "the council would meet again in May"),
])
def test_the_reporters_linking_word_is_cut(nlp, text, content, cue, source, expected):
    assert repaired(nlp, text, content, cue, source) == expected


@pytest.mark.parametrize("text, content, cue, source", [
    ("Still in place were the old rules, Ivo Brant said.", "Still in place were the old rules", "said", "Ivo Brant"),
    ("Ivo Brant said that meanwhile, the port would stay shut.", "meanwhile, the port would stay shut", "said",
     "Ivo Brant"),
])
def test_a_linking_word_stays_when_it_is_the_sources_own(nlp, text, content, cue, source):
    assert repaired(nlp, text, content, cue, source) == content


# Issue 9, contents cut at a quotation mark: a content that ends on the last word of a quotation it opened
# takes the quotation's closing mark (``marks``).
@pytest.mark.parametrize("text, content, cue, source, whole", [
    ("Harbourmaster Petra Lind said the old pier was “sinking into the mud a little more every winter.”",
     "the old pier was “sinking into the mud a little more every winter", "said", "Harbourmaster Petra Lind",
     "the old pier was “sinking into the mud a little more every winter.”"),
    ('Councillor Ivo Brant said on Monday that the ferry tolls were "a tax on the island by another name."',
     'that the ferry tolls were "a tax on the island by another name', "said on Monday", "Councillor Ivo Brant",
     'that the ferry tolls were "a tax on the island by another name."'),
    ("The Kessel pilots' union called the new rota “a recipe for exhaustion”, and said it would appeal.",
     "the new rota “a recipe for exhaustion", "called", "The Kessel pilots' union",
     "the new rota “a recipe for exhaustion”"),
])
def test_a_content_ends_with_the_closing_mark_of_its_quotation(nlp, text, content, cue, source, whole):
    assert repaired(nlp, text, content, cue, source) == whole


@pytest.mark.parametrize("text, content, cue, source", [
    # a piece of a longer quotation: its opening mark lies before the content
    ("“The pier is old, and the town knows it is sinking into the mud,” said Harbourmaster Petra Lind.",
     "the town knows it is sinking into the mud", "said", "Harbourmaster Petra Lind"),
])
def test_a_content_that_does_not_end_its_quotation_takes_no_closing_mark(nlp, text, content, cue, source):
    assert repaired(nlp, text, content, cue, source) == content


def test_a_content_that_stops_words_short_of_its_closing_mark_takes_the_rest_of_its_quotation(nlp):
    """The quotation opens in the content: its rest and its closing mark come with it (marks.with_rest_of_quotation,
    round 20), not the mark alone."""
    text = "Harbourmaster Petra Lind said the old pier was “sinking into the mud a little more every winter.”"
    assert repaired(nlp, text, "the old pier was “sinking into the mud", "said", "Harbourmaster Petra Lind") == \
        "the old pier was “sinking into the mud a little more every winter.”"


@pytest.mark.parametrize("paragraph, content", [
    ("During a visit to the harbour on Saturday, Mayor Ivo Brant said other towns need to share the cost of the "
     'sea wall: "We want to help Kessel, but it has to be fair."',
     'other towns need to share the cost of the sea wall: "We want to help Kessel, but it has to be fair."'),
    ('President Ilse Varga said Sunday that the port is "fully committed to the pilots\' right to refuse unsafe '
     'crossings in bad weather."',
     'that the port is "fully committed to the pilots\' right to refuse unsafe crossings in bad weather."'),
])
def test_a_mixed_quote_record_keeps_its_closing_mark(nlp, paragraph, content):
    text = "The storm closed the Kessel ferry for a week.\n\n" + paragraph + "\n\nRepairs will start in May."
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert content in contents


def test_what_another_said_is_not_the_pointers_content(nlp):
    text = ('Lt. Gen. (ret.) Tom Scale, a military analyst, pointed to what the general had said: "The siege is lost '
            'and everyone knows it."')
    doc = nlp(text)
    attrs = find_attributions(doc, find_entities(doc))
    assert not any("siege is lost" in text[a.content[0]:a.content[1]] and a.speaker.name == "Tom Scale" for a in attrs)



def _shown_contents(split, text: str) -> list[str]:
    shown, _ = split("Kessel\n\n" + text)
    return [content for content, _ in shown]


@pytest.mark.parametrize("text, cut", [
    ('Mayor Edda Voss said the levy "will not change the facts," she went on. "The port is ours."', "went on"),
    ('Harbour master Ana Lind said the dredger "is far too slow," she added. "We need a second one by May."', "added"),
])
def test_a_tag_between_two_quotations_ends_the_content(split, text, cut):
    contents = _shown_contents(split, text)
    assert contents and not any(cut in c for c in contents)


@pytest.mark.parametrize("text", [
    'Harbour master Ana Lind said: "We will rebuild the quay and the port is ours. — Kessel News, September."',
    '"We will rebuild the quay, and the port is ours. — Kessel News, September 2019," Mayor Edda Voss wrote.',
])
def test_an_outlet_credited_after_a_dash_is_not_content(split, text):
    contents = _shown_contents(split, text)
    assert any("rebuild the quay" in c for c in contents) and not any("Kessel News" in c for c in contents)


@pytest.mark.parametrize("text, kept", [
    ('"The ferry is late again — Not good," Mayor Edda Voss wrote on Monday.', "Not good"),
    ('Mayor Edda Voss said the levy "will not change the facts" and that the port "is ours."', "is ours"),
])
def test_a_dash_or_a_second_quotation_of_the_same_statement_stays(split, text, kept):
    assert any(kept in c for c in _shown_contents(split, text))


@pytest.mark.parametrize("text, kept", [
    ("Harbour master Ana Lind said the pilots owed the town “a proper apology” once the dredger sank “in "
     "plain sight of the ferry.”", "plain sight"),
    ("Asked whether the pilots still resent the levy, Mayor Edda Voss admitted that there are “a few pilots” "
     "who think so, “but hardly any of the crews.”", "hardly any"),
])
def test_a_clause_between_quotations_is_no_tag(split, text, kept):
    assert any(kept in c for c in _shown_contents(split, text))


@pytest.mark.parametrize("text, said, framing", [
    ("Warden Pia Torvik, who has long pleaded for a second lock on the canal, said:\n"
     "“We cannot wait another ten years for the barge owners to agree.”", "cannot wait another ten years",
     "second lock"),
    ("The canal board has spent less on its locks than any board in the valley.\n\n"
     "Speaking before a joint sitting of the canal board in March 2021, Warden Pia Torvik said:\n\n"
     "The boards of the valley must spend more on their locks. This has been the plain message for years.",
     "must spend more on their locks", "joint sitting"),
])
def test_a_colon_cue_at_a_paragraph_end_reports_the_next_paragraph(split, text, said, framing):
    contents = _shown_contents(split, text)
    speakers = [a.speaker.name for c, a in split("Dalby\n\n" + text)[0] if said in c]
    assert len(speakers) == 1 and "Torvik" in speakers[0] and not any(framing in c for c in contents)


@pytest.mark.parametrize("text, cut, kept", [
    ("Councillor Bram Oddny said: “The toll stays. We cannot cut it,” he continued. “The lock gates cost too much.”",
     "continued", "lock gates cost too much"),
    ("Mayor Edda Voss told the assembly: “The canal is frozen. We broke the ice twice,” she went on. “Nothing "
     "moved.”", "went on", "Nothing moved"),
])
def test_continued_between_two_quotations_is_a_tag(split, text, cut, kept):
    shown, _ = split("Kessel\n\n" + text)
    assert not any(cut in c for c, _ in shown)
    assert any(kept in c and a.speaker.name in ("Bram Oddny", "Edda Voss") for c, a in shown)


@pytest.mark.parametrize("text,content,kept", [
    ('Mayor Tova Renk opened with “good evening, Kessel” in a televised address on the flooded harbour.',
     '“good evening, Kessel” in a televised address on the flooded harbour', '“good evening, Kessel”'),
    ('Renk used the word “betrayal” during a rally outside the Brill ferry depot on Sunday.',
     'the word “betrayal” during a rally outside the Brill ferry depot on Sunday', 'the word “betrayal”'),
])
def test_the_occasion_after_a_closing_quotation_leaves_the_content(nlp, text, content, kept):
    cue = "opened with" if "opened" in text else "used"
    assert repaired(nlp, text, content, cue, "Renk") == kept


@pytest.mark.parametrize("text,content,cue", [
    ('Renk said the council had been “asleep” in a meeting that ran until dawn.',
     'the council had been “asleep” in a meeting that ran until dawn', "said"),
    ('Renk said the pilots were “heroes” in every storm of the winter.',
     'the pilots were “heroes” in every storm of the winter', "said"),
])
def test_a_phrase_after_the_quotation_that_is_not_the_occasion_stays(nlp, text, content, cue):
    assert repaired(nlp, text, content, cue, "Renk") == content


@pytest.mark.parametrize("text,content,kept", [
    ('Renk said she would not sign the harbour accord, despite a finding by the Brill tide board that the '
     'quay is safe.', 'she would not sign the harbour accord, despite a finding by the Brill tide board that the '
     'quay is safe', 'she would not sign the harbour accord'),
    ('Renk said the ferries would keep sailing despite a ruling from the tide board that the hulls were unsound.',
     'the ferries would keep sailing despite a ruling from the tide board that the hulls were unsound',
     'the ferries would keep sailing'),
])
def test_a_concessive_holding_another_bodys_finding_leaves_the_content(nlp, text, content, kept):
    assert repaired(nlp, text, content, "said", "Renk") == kept


def test_a_concessive_without_another_bodys_finding_stays(nlp):
    text = 'Renk said the ferries would keep sailing despite the storms of the past winter.'
    content = 'the ferries would keep sailing despite the storms of the past winter'
    assert repaired(nlp, text, content, "said", "Renk") == content


def test_a_noun_cues_content_ends_before_the_main_clause_after_it(nlp):
    text = ('But after Brant\'s public pledge that the toll rise would be a "red line" for the town council, it may '
            'be just enough to save the mayor\'s standing.')
    content = ('that the toll rise would be a "red line" for the town council, it may be just enough to save the '
               'mayor\'s standing')
    assert repaired(nlp, text, content, "public pledge", "Brant") == 'that the toll rise would be a "red line" for the town council'


def test_a_noun_cues_content_that_is_the_whole_clause_stays(nlp):
    text = 'Brant\'s pledge that the toll rise would be a "red line" for the council, and that fares would stay low, held.'
    content = 'that the toll rise would be a "red line" for the council, and that fares would stay low'
    assert repaired(nlp, text, content, "pledge", "Brant") == content


def test_a_noun_cues_content_ends_before_the_verb_the_noun_is_subject_of(nlp):
    text = ('Kessel is far from a model and Brant\'s suggestion it has been a "triumph" raises the question of '
            'whether he is serious about the harbour.')
    content = 'it has been a "triumph" raises the question of whether he is serious about the harbour'
    assert repaired(nlp, text, content, "suggestion", "Brant") == 'it has been a "triumph"'


@pytest.mark.parametrize("text,content", [
    ('Renk said the tolls were “discussed at length” in her meeting with the harbour master.',
     'the tolls were “discussed at length” in her meeting with the harbour master'),
    ('Renk cited “open contempt” in statements from the Brill ferry board.',
     '“open contempt” in statements from the Brill ferry board'),
])
def test_a_meeting_or_statements_after_the_quotation_stay(nlp, text, content):
    cue = "said" if "said" in text else "cited"
    assert repaired(nlp, text, content, cue, "Renk") == content


# Strict reads, round 31: a content cut inside the subordinate clause its reported clause opens with drops
# the main clause, the point of what was said.
@pytest.mark.parametrize("text,content,cue,source,whole", [
    ("Marta Velloso, a former fisheries minister, said that while Brant is convinced that the toll is fair, the "
     "council does not agree: “It will empty the market.”", "that while Brant", "said", "Marta Velloso",
     "that while Brant is convinced that the toll is fair, the council does not agree"),
    ("Oskar Lind told the inquiry that although the ferry left late, the crew had done everything it could.",
     "that although the ferry left late", "told", "Oskar Lind",
     "that although the ferry left late, the crew had done everything it could"),
])
def test_a_content_cut_inside_its_opening_subordinate_clause_takes_the_main_clause(nlp, text, content, cue,
                                                                                   source, whole):
    assert repaired(nlp, text, content, cue, source) == whole


def test_a_report_inside_a_subordinate_clause_does_not_take_the_main_clause(nlp):
    text = "While Brant said that the toll was fair, the council in Kessel did not agree."
    assert repaired(nlp, text, "that the toll was fair", "said", "Brant") == "that the toll was fair"


# Strict reads, round 15: a "that" the parser hung on the subordinate clause's own verb ("that while Vass is
# [convinced] the bridge is …, Okafor does not [agree]"), with a report nested in that clause tagged on past it,
# still takes the main clause; the nested report stays its own.
def test_a_content_cut_where_that_hangs_on_the_subordinate_verb_takes_the_main_clause(nlp):
    doc = nlp("Analyst Dita Morrow said that while Vass is convinced the deal is dangerous, Okafor does not agree with him.")
    assert doc[span(doc, "that")[0]].head.text == "convinced"  # the parse this rule is for
    triples = [(span(doc, "that while Vass"), span(doc, "said"), span(doc, "Analyst Dita Morrow")),
               (span(doc, "the deal is dangerous, Okafor does not agree with him"), span(doc, "is convinced"), None)]
    out = [doc[s:e].text for (s, e), _, _ in clean_bounds(doc, triples, quoted(doc))]
    assert out[0] == "that while Vass is convinced the deal is dangerous, Okafor does not agree with him"


# Strict reads, round 15: an act of intent coordinated with a past state of a thing is the source's, not the
# thing's ("said the pact was a mistake and [sought] to …").
@pytest.mark.parametrize("text, kept, act", [
    ("Councillor Ebbe Strand said the ferry contract was a blunder and sought to draw notice to what the harbour "
     "board calls lies by the pilots.", "the ferry contract was a blunder", "sought"),
    ("Councillor Ebbe Strand said the toll was unjust and tried to block it in the assembly.",
     "the toll was unjust", "tried"),
])
def test_an_act_of_intent_after_a_state_of_a_thing_is_cut(split, text, kept, act):
    shown, _ = split("Kessel\n\n" + text)
    contents = [c for c, _ in shown]
    assert kept in contents and not any(act in c for c in contents)


def test_an_act_after_a_state_of_a_body_stays(split):
    shown, _ = split("Kessel\n\nCouncillor Ebbe Strand said the harbour board was split and sought more time.")
    assert any(c == "the harbour board was split and sought more time" for c, _ in shown)


# Strict reads, round 15: a concessive that sets another's finding against the content is the reporter's: a noun
# of evidence by another, or "though" / "although" opening a clause of finding or speech.
@pytest.mark.parametrize("text, kept", [
    ("Judge Anneli Fors warned that the truce would collapse, despite evidence from the observers that the "
     "other side is keeping its word.", "that the truce would collapse"),
    ("Judge Anneli Fors warned that the truce would collapse, even though the observers have found that the "
     "other side is keeping its word.", "that the truce would collapse"),
])
def test_a_concessive_holding_anothers_finding_is_cut(split, text, kept):
    shown, _ = split("Kessel\n\n" + text)
    assert any(c == kept for c, _ in shown)


def test_a_speakers_own_concession_stays(split):
    shown, _ = split("Kessel\n\nJudge Anneli Fors said the truce would hold, though it could take years.")
    assert any(c == "the truce would hold, though it could take years" for c, _ in shown)


# Strict reads, round 15: the setting of the telling that the parser hangs inside the complement: an occasion of
# speaking on a state ("would stay closed [in a speech …]") and the source on the move ("[as he left …]").
@pytest.mark.parametrize("text, kept", [
    ("Governor Aksel Brun said the ferry line would stay shut in a speech that drew loud cheers from the crowd.",
     "the ferry line would stay shut"),
    ("Governor Aksel Brun said the toll was unfair in an interview with the Tolm Courier.", "the toll was unfair"),
    ("Governor Aksel Brun told reporters the ferry line would stay shut as he left the summit in Tolm.",
     "the ferry line would stay shut"),
])
def test_the_setting_of_the_telling_inside_the_complement_is_cut(split, text, kept):
    shown, _ = split("Kessel\n\n" + text)
    assert any(c == kept for c, _ in shown)


@pytest.mark.parametrize("text, whole", [
    ("Governor Aksel Brun said he would raise the toll in a speech next week.",
     "he would raise the toll in a speech next week"),
    ("Governor Aksel Brun said the guards searched her bag as she arrived at the border.",
     "the guards searched her bag as she arrived at the border"),
])
def test_an_occasion_or_a_time_of_what_was_said_stays(split, text, whole):
    shown, _ = split("Kessel\n\n" + text)
    assert any(c == whole for c, _ in shown)


# Strict reads, round 15: the writer's account of what the source did later, coordinated after a backshifted
# content in the present perfect or "since" ("said she would stand again [and has since been visiting …]").
@pytest.mark.parametrize("text, kept", [
    ("Councillor Pell Aster said she would reopen the pier and has since hired forty dock workers from the valley.",
     "she would reopen the pier"),
    ("Councillor Pell Aster said he had voted against the toll bridge and has spent the winter lobbying the "
     "assembly.", "he had voted against the toll bridge"),
])
def test_a_later_act_in_the_writers_present_perfect_is_cut(split, text, kept):
    shown, _ = split("Kessel\n\n" + text)
    assert [c for c, _ in shown] == [kept]


def test_a_later_act_of_another_than_the_source_stays(split):
    shown, _ = split("Kessel\n\nCouncillor Pell Aster noted that Mayor Tolk first backed the toll bridge and has "
                     "changed her mind since.")
    assert any(c.endswith("has changed her mind since") for c, _ in shown)


def test_a_second_backshifted_claim_after_and_stays(split):
    shown, _ = split("Kessel\n\nCouncillor Pell Aster said he would stand for the harbour seat and would win it.")
    assert any(c == "he would stand for the harbour seat and would win it" for c, _ in shown)


# Strict reads, round 15: the cue's object and "as" before a quotation are the writer's frame ("dismissed [Sarn
# as] “a peddler …”"); the quotation is what was said. "called the levy “a tax”" keeps its object.
@pytest.mark.parametrize("text, quote", [
    ("Mayor Runa Tolk dismissed Ebbe Sarn as “a peddler of cheap promises like all the rest.”",
     "“a peddler of cheap promises like all the rest.”"),
    ("Mayor Runa Tolk described the ferry levy as “a tax on every fisherman who still works the bay.”",
     "“a tax on every fisherman who still works the bay.”"),
])
def test_the_objects_frame_before_a_quotation_is_cut(split, text, quote):
    shown, hidden = split("Kessel\n\n" + text)
    contents = [c for c, _ in shown + hidden]
    assert quote in contents and not any(c.endswith(quote) and c != quote for c in contents)


@pytest.mark.parametrize("text, start", [
    ("Mayor Runa Tolk described Ebbe Sarn as a peddler of cheap promises.", "Ebbe Sarn as"),
    ("Mayor Runa Tolk called the ferry levy “a tax on every fisherman who still works the bay.”", "the ferry levy"),
])
def test_an_unquoted_characterisation_or_a_named_object_stays_whole(split, text, start):
    shown, hidden = split("Kessel\n\n" + text)
    assert any(c.startswith(start) for c, _ in shown + hidden)


# Strict reads, round 15: a charge that is a passive or a state of the accused ("accused the board of [being
# swayed by …]") cannot stand without the accused and is not shown; an act ("of lying about …") is the charge.
def test_a_charge_of_being_is_not_shown(split):
    shown, _ = split("Kessel\n\nJudge Mira Holt accused the harbour board of being swayed by the shipping lobby.")
    assert not any(c.startswith("being swayed") for c, _ in shown)


def test_a_charge_that_is_an_act_is_still_the_charge(split):
    shown, hidden = split("Kessel\n\nJudge Mira Holt accused the harbour board of lying about the "
                          "toll receipts.")
    assert any(c == "lying about the toll receipts" for c, _ in shown + hidden)


# Strict reads, round 16: "As Ivo Brant told [Kessel Radio's Ana Lind], the mayor …": the one spoken to is no
# part of what was said; the content is the main clause after the comma.
@pytest.mark.parametrize("paragraph, content", [
    ("As Tomas Vell, the former harbour master, told Kessel Radio’s Ana Brill, the mayor reads every ferry "
     "timetable twice before it goes out. When the Courier ran the story, rival papers followed within hours.",
     "the mayor reads every ferry timetable twice before it goes out"),
])
def test_the_one_told_in_an_as_clause_is_no_content(nlp, paragraph, content):
    text = "The council met again on Monday.\n\n" + paragraph
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert content in contents and not any("Ana Brill" in c for c in contents)


def test_what_follows_the_one_warned_in_an_as_clause_stays_with_it(nlp):
    text = ("The council met again on Monday.\n\nOn Tuesday, even as he warned the ferry union against fresh walkouts "
            "at the pier, Ivo Brant, the mayor, said, \"Dunmore is ready to talk.\"")
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert not any(c.startswith("against fresh walkouts") for c in contents)


# Strict reads, round 16: the words that tell when the cue was said belong to the tag, not to the content
# ("Pence said earlier, …" given a content opening "earlier").
@pytest.mark.parametrize("text, content, cue, source, expected", [
    ("Envoy Mirel Dask said earlier, the canal tolls would stay in force until the thaw.",
     "earlier, the canal tolls would stay in force until the thaw", "said", "Envoy Mirel Dask",
     "the canal tolls would stay in force until the thaw"),
    ("Envoy Mirel Dask said again the canal tolls would stay in force.",
     "again the canal tolls would stay in force", "said", "Envoy Mirel Dask",
     "the canal tolls would stay in force"),
    ("Envoy Mirel Dask said last month she wanted the ferries to run again.",
     "last month she wanted the ferries to run again", "said", "Envoy Mirel Dask",
     "she wanted the ferries to run again"),
    ("Envoy Mirel Dask said Wednesday, after a long inquiry, that the canal tolls had been set unlawfully.",
     "Wednesday, after a long inquiry, that the canal tolls had been set unlawfully", "said", "Envoy Mirel Dask",
     "that the canal tolls had been set unlawfully"),
    ("Envoy Mirel Dask said, after a long inquiry, that the canal tolls had been set unlawfully.",
     "after a long inquiry, that the canal tolls had been set unlawfully", "said", "Envoy Mirel Dask",
     "that the canal tolls had been set unlawfully"),
])
def test_the_time_of_the_cue_is_not_content(nlp, text, content, cue, source, expected):
    assert repaired(nlp, text, content, cue, source) == expected


@pytest.mark.parametrize("text, content", [
    ("Envoy Mirel Dask said earlier drafts of the canal treaty were flawed.",
     "earlier drafts of the canal treaty were flawed"),
    ("Envoy Mirel Dask said last month was the worst for the ferries.", "last month was the worst for the ferries"),
    ("Envoy Mirel Dask said too-eager dredging had ruined the canal.", "too-eager dredging had ruined the canal"),
])
def test_a_time_word_of_the_content_stays(nlp, text, content):
    assert repaired(nlp, text, content, "said", "Envoy Mirel Dask") == content


def test_a_phrase_that_runs_on_past_its_object_is_not_taken_for_the_occasion(nlp):
    text = "Much of what the boatmen say about the guild rings true: that it is greedy, that it hoards the canal tolls."
    content = "about the guild rings true: that it is greedy, that it hoards the canal tolls"
    assert repaired(nlp, text, content, "say", "the boatmen").startswith("about the guild")


@pytest.mark.parametrize("text", [
    "MARROW BAY (Wire) — A harbour patrol boat on Sunday turned back a trawler near the Ostra shoals after it "
    "ignored a warning, Harbour master Ivo Brant said.",
    "MARROW BAY — A harbour patrol boat on Sunday turned back a trawler near the Ostra shoals after it ignored a "
    "warning, Harbour master Ivo Brant said.",
])
def test_a_content_read_from_a_trailing_tag_starts_after_the_dateline(split, text):
    shown, hidden = split(text)
    found = [c for c, _ in shown + hidden if "patrol boat" in c]
    assert found and all(c.startswith("A harbour patrol boat") for c in found)


@pytest.mark.parametrize("text, quote", [
    ("“The quay is not for sale, but it is our heritage and it is your town,” Mayor Ivo Brant told “Harbour Hour” "
     "host Ana Lind. “We will have to rebuild the breakwater after the gales. And that is why the board matters.”",
     "“We will have to rebuild"),
    ("“The quay is not for sale,” Mayor Ivo Brant told radio host Ana Lind. “We will rebuild the breakwater "
     "first.”", "“We will rebuild"),
])
def test_the_one_told_before_the_stop_is_not_the_quotation(split, text, quote):
    shown, hidden = split("Kessel\n\n" + text)
    found = [c for c, _ in shown + hidden if "breakwater" in c]
    assert found and all(c.startswith(quote) for c in found)


def test_a_content_does_not_run_on_into_the_next_speakers_name(nlp):
    from dossier.nlp.attribution.bounds import _without_next_speaker
    text = ("While Omberg believes Congress will block the levy, Sen. Ola Brandt (R-WI), who has been among the "
            "loudest critics of the plan, said on Kessel Radio that she doubts the votes are there.")
    doc = nlp(text)
    s, e = _without_next_speaker(doc, span(doc, "Congress will block the levy, Sen. Ola Brandt (R"), quoted(doc))
    assert doc[s:e].text == "Congress will block the levy"


def test_an_open_bracket_that_names_no_one_stays(nlp):
    from dossier.nlp.attribution.bounds import _without_next_speaker
    text = "Harbour master Ivo Brant said ferries must turn back within twenty miles (thirty-two kilometres of the shoals."
    content = "ferries must turn back within twenty miles (thirty-two kilometres"
    doc = nlp(text)
    s, e = _without_next_speaker(doc, span(doc, content), quoted(doc))
    assert doc[s:e].text == content


def test_an_as_tag_after_the_writers_list_keeps_only_the_quoted_conjunct(nlp):
    text = ("If the levy passes, hundreds of dock workers could be laid off, some ferry routes could be cut, and the "
            "winter could be “very hard on the island towns,” as Harbour master Ivo Brant warned.")
    content = text[:text.index(" as Harbour")]
    assert repaired(nlp, text, content, "warned", "Harbour master Ivo Brant") == \
        "the winter could be “very hard on the island towns,”"


def test_an_as_tag_after_unquoted_clauses_keeps_them(nlp):
    text = ("If the levy passes, hundreds of dock workers could be laid off, and the winter could be very hard on the "
            "island towns, as Harbour master Ivo Brant warned.")
    content = text[:text.index(", as Harbour")]
    assert repaired(nlp, text, content, "warned", "Harbour master Ivo Brant") == content


# Strict reads, round 19: a content cut before the source's hedge ("…, but it might …") stops mid-thought.
@pytest.mark.parametrize("text,content,cue,source", [
    ("Harbour master Edda Rask said the north pier would stay shut all winter, but it might reopen for the "
     "lantern festival.", "the north pier would stay shut all winter, but it might reopen for the lantern festival",
     "said", "Harbour master Edda Rask"),
    ("Judge Ivo Marek said he strongly objects to the ruling on the toll bridge, but he will respect it.",
     "he strongly objects to the ruling on the toll bridge, but he will respect it", "said", "Judge Ivo Marek"),
])
def test_the_sources_hedge_after_but_stays(nlp, text, content, cue, source):
    assert repaired(nlp, text, content, cue, source) == content


@pytest.mark.parametrize("text,content,kept", [
    ("Edda Rask said the ferry fares would rise in spring, but she would not commit to a date.",
     "the ferry fares would rise in spring, but she would not commit to a date", "the ferry fares would rise in spring"),
    ("Edda Rask said the ferry fares would rise in spring, but she would later drop the plan.",
     "the ferry fares would rise in spring, but she would later drop the plan", "the ferry fares would rise in spring"),
])
def test_the_reporters_note_after_but_still_leaves(nlp, text, content, kept):
    assert repaired(nlp, text, content, "said", "Edda Rask") == kept


def test_the_writers_inference_after_a_report_not_made_still_leaves(nlp):
    text = ("Port officials were unable to confirm the origin of the leaked memo, but if it was kept from the "
            "auditors, it would raise fresh doubts about the harbour board.")
    assert repaired(nlp, text, "the origin of the leaked memo, but if it was kept from the auditors, it would raise "
                    "fresh doubts about the harbour board", "were unable to confirm", "Port officials") == \
        "the origin of the leaked memo"


# Strict reads, round 19: the other side of a view ("… but disagrees with …") belongs to the content.
def test_a_second_predicate_of_the_contents_subject_joins_it(nlp):
    text = "“The buses will be late,” added Orla Venn, who said she trusts the tram drivers but disagrees with some of their demands."
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert "she trusts the tram drivers but disagrees with some of their demands" in contents



def test_a_second_predicate_the_parse_hangs_on_the_cue_joins_the_content(nlp):
    text = "“It would sting a little,” added Orla Venn, who said she admires the ferry guild but disagrees with some of its rules."
    doc = nlp(text)
    contents = [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]
    assert "she admires the ferry guild but disagrees with some of its rules" in contents


@pytest.mark.parametrize("text,content,cue,source,kept", [
    ("Senator Orla Fenn said the new quota would ruin the trawler fleet when asked about the fishing treaty.",
     "the new quota would ruin the trawler fleet when asked about the fishing treaty", "said", "Senator Orla Fenn",
     "the new quota would ruin the trawler fleet"),
    ("Orla Fenn said the treaty was a failure after being pressed on the quota talks.",
     "the treaty was a failure after being pressed on the quota talks", "said", "Orla Fenn",
     "the treaty was a failure"),
])
def test_the_question_put_to_the_source_leaves_the_content(nlp, text, content, cue, source, kept):
    assert repaired(nlp, text, content, cue, source) == kept


@pytest.mark.parametrize("text,content", [
    ("Orla Fenn said she would step down when asked to by the council.",
     "she would step down when asked to by the council"),
    ("Orla Fenn said she would answer every question when asked about the treaty.",
     "she would answer every question when asked about the treaty"),
])
def test_an_asking_that_is_part_of_what_was_said_stays(nlp, text, content):
    assert repaired(nlp, text, content, "said", "Orla Fenn") == content


def test_an_occasion_of_speaking_after_an_event_of_a_thing_leaves_the_content(nlp):
    text = "Harbour chief Orla Fenn said the blockade would end soon in remarks to dock workers on Tuesday."
    assert repaired(nlp, text, "the blockade would end soon in remarks to dock workers on Tuesday", "said",
                    "Harbour chief Orla Fenn") == "the blockade would end soon"


def test_an_act_after_a_passive_under_a_perfect_cue_leaves_the_content(nlp):
    text = "Governor Piet Amsel has suggested the canal should be drained and dropped years of river policy."
    assert repaired(nlp, text, "the canal should be drained and dropped years of river policy", "has suggested",
                    "Governor Piet Amsel") == "the canal should be drained"


def test_a_second_passive_after_a_perfect_cue_stays(nlp):
    text = "Governor Piet Amsel has suggested the canal should be drained and the land sold to farmers."
    content = "the canal should be drained and the land sold to farmers"
    assert repaired(nlp, text, content, "has suggested", "Governor Piet Amsel") == content


def test_an_asking_in_an_infinitive_content_stays(nlp):
    text = "The port authority ordered pilots to hold their boats at the outer buoy when asked."
    content = "pilots to hold their boats at the outer buoy when asked"
    assert repaired(nlp, text, content, "ordered", "The port authority") == content


# A message or talk sent to someone or out on a named medium closes a content as the occasion of the saying ("in a
# statement to the news media", "in a conversation on Kessel television"); a time after it goes with it.
@pytest.mark.parametrize("text,content,kept", [
    ("Magistrate Ilse Varga said the dredging must stop, in a conversation on Morrow Radio earlier this week.",
     "the dredging must stop, in a conversation on Morrow Radio earlier this week", "the dredging must stop"),
    ("Magistrate Ilse Varga said the dredging must stop in a conversation on Morrow Radio earlier this week.",
     "the dredging must stop in a conversation on Morrow Radio earlier this week", "the dredging must stop"),
    ("The canal board said the new tariff was unfair in an April statement to the news media.",
     "the new tariff was unfair in an April statement to the news media", "the new tariff was unfair"),
    ("Ilse Varga said the lock gates were rotten, in a letter to the canal board on Monday.",
     "the lock gates were rotten, in a letter to the canal board on Monday", "the lock gates were rotten"),
])
def test_a_message_sent_as_the_occasion_leaves_the_content(nlp, text, content, kept):
    assert repaired(nlp, text, content, "said", text.split(" said")[0]) == kept


@pytest.mark.parametrize("text,content", [
    ("Ilse Varga said the bargain was struck in a call to the canal minister.",
     "the bargain was struck in a call to the canal minister"),
    ("Ilse Varga said the threat was in a letter to the canal board.", "the threat was in a letter to the canal board"),
    ("Ilse Varga said the worst insult was in a speech to donors.", "the worst insult was in a speech to donors"),
    ("Ilse Varga said the answer lies in a conversation on the future of the locks.",
     "the answer lies in a conversation on the future of the locks"),
    ("Ilse Varga said she raised the tariff in a call with the canal minister.",
     "she raised the tariff in a call with the canal minister"),
])
def test_a_message_that_is_part_of_what_was_said_stays(nlp, text, content):
    assert repaired(nlp, text, content, "said", "Ilse Varga") == content


def test_a_rally_then_a_time_in_what_was_said_stays(nlp):
    text = "A Dunhill monitoring group said that was the largest number of arrests at a rally in the valley this decade."
    content = "that was the largest number of arrests at a rally in the valley this decade"
    assert repaired(nlp, text, content, "said", "A Dunhill monitoring group") == content


@pytest.mark.parametrize("text, content, kept", [
    ("Governor Ilse Marrow later said she would prefer if Dunbar stayed on the board, and the two have since "
     "appeared to patch things up.",
     "she would prefer if Dunbar stayed on the board, and the two have since appeared to patch things up",
     "she would prefer if Dunbar stayed on the board"),
    ("Governor Ilse Marrow said the ferry would sail on Monday, and the harbour is now crowded with tourists.",
     "the ferry would sail on Monday, and the harbour is now crowded with tourists",
     "the ferry would sail on Monday"),
])
def test_the_writers_present_clause_joined_to_a_past_cue_is_cut(nlp, text, content, kept):
    assert repaired(nlp, text, content, "said", "Ilse Marrow") == kept



def test_a_condition_after_but_joined_to_a_past_cue_stays(nlp):
    text = ("During her visit to Lorvik on Monday, Marrow said the port would sign the deal, but only if the "
            "pilots' union drops its claim.")
    content = "the port would sign the deal, but only if the pilots' union drops its claim"
    assert repaired(nlp, text, content, "said", "Marrow") == content


@pytest.mark.parametrize("text,content,cue,source,kept", [
    ("When Mayor Tomas Kell arrived late to his first council meeting on Monday, he told assembled city clerks "
     "that the ferry strike he had tried to end was to blame.",
     "assembled city clerks that the ferry strike he had tried to end was to blame", "told", "he",
     "that the ferry strike he had tried to end was to blame"),
    ("The premier told reporters Kessel was keen to end the feud.", "reporters Kessel was keen to end the feud",
     "told", "The premier", "Kessel was keen to end the feud"),
])
def test_the_one_spoken_to_the_parse_misses_is_not_the_content(nlp, text, content, cue, source, kept):
    assert repaired(nlp, text, content, cue, source) == kept


@pytest.mark.parametrize("text,content,cue", [
    ("Rada Voss warned the crews that had waited all night on the quay.",
     "the crews that had waited all night on the quay", "warned"),
    ("Harbour warden Ivo Rusk warned against rules that might break the old tie of quay and town.",
     "rules that might break the old tie of quay and town", "warned against"),
])
def test_a_relative_clause_on_the_one_warned_stays(nlp, text, content, cue):
    assert repaired(nlp, text, content, cue, text.split(" warned")[0]) == content


def test_a_contrasted_predicate_of_the_reported_clause_stays_in_the_content(nlp):
    text = "Pell said that the governor had offered to resign, but later withdrew the offer."
    assert repaired(nlp, text, "that the governor had offered to resign", "said", "Pell") == \
        "that the governor had offered to resign, but later withdrew the offer"


@pytest.mark.parametrize("text,content", [
    ("Pell said that she had offered to resign, but later withdrew the offer.", "that she had offered to resign"),
    ("Pell said that the governor had offered to resign, but declined to say why.",
     "that the governor had offered to resign"),
])
def test_the_sources_own_act_after_but_stays_out(nlp, text, content):
    assert repaired(nlp, text, content, "said", "Pell") == content
