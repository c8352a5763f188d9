"""``attribution.glosses`` and the background clause in ``bounds``: a reported content after its cue ends
before the reporter's gloss that closes it: an appositive saying who a person named as an object is, a
", in response to …" phrase, a ", who …" aside holding another's claim. What was said stays: an
appositive that is the claim, a list of names, a response the source set as a condition, words in
quotation marks. Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def content_with(split, text: str, words: str) -> str | None:
    """The reportable content of ``text`` (under a dateline paragraph) that holds ``words``."""
    shown, _ = split("Kessel\n\n" + text)
    return next((c for c, _ in shown if words in c), None)


@pytest.mark.parametrize("text, words, gloss", [
    ("Senator Ana Lind said she was informed only this week by Rose Kettering, the port board's assistant "
     "secretary for fisheries.", "was informed", "assistant secretary"),
    ("Mayor Ivo Brant vowed on Sunday that Ostria would close the border, in response to Veldan's threat to "
     "seize the north quay.", "close the border", "threat"),
    # what kind of thing a named object is, also after a quotation (fresh strict reads, round 21)
    ("Admiral Tomas Vell said a supply ship would leave Varna on Friday and dock at Kettleby, a fishing town.",
     "supply ship", "fishing town"),
    ("Mayor Ivo Brant said the board had a \"plain duty\" to settle its debts with Ostrimar, a timber company.",
     "plain duty", "timber company"),
    ("Judge Ana Lind found that Brant lied about his talks with Tomas Vell, who has also been charged by the "
     "prosecutor and whom the police believe has ties to smugglers.", "lied about his talks", "smugglers"),
])
def test_the_reporters_gloss_is_cut(split, text, words, gloss):
    content = content_with(split, text, words)
    assert content is not None and gloss not in content


@pytest.mark.parametrize("text, words, kept", [
    ("Councillor Ana Lind said the new harbor chief would be Tomas Vell, a former judge from Varna.",
     "harbor chief", "former judge"),
    ("Mayor Ivo Brant vowed that Ostria would strike back, in response to any attack on the quay.",
     "strike back", "any attack"),
    ("Councillor Ana Lind said she will run for mayor, joining Ivo Brant, Lena Marsh and Tomas Vell.",
     "run for mayor", "Tomas Vell"),
    ("Councillor Ana Lind said the ferry was stopped by “Tomas Vell, a man who owes the town money.”",
     "ferry was stopped", "owes the town"),
])
def test_what_was_said_stays(split, text, words, kept):
    content = content_with(split, text, words)
    assert content is not None and kept in content


@pytest.mark.parametrize("text, words, gloss", [
    ("Councillor Ivo Brant addressed the pilots, saying it was their duty to keep the ferries running through "
     "the storm, in what appeared a ploy to break the strike.", "their duty", "ploy to break"),
    ("Mayor Edda Voss told the fishermen the quay would stay closed until spring, in what was widely seen as "
     "a rebuke to the port board.", "stay closed", "rebuke"),
])
def test_the_reporters_reading_of_what_a_statement_amounted_to_is_cut(split, text, words, gloss):
    content = content_with(split, text, words)
    assert content is not None and gloss not in content


@pytest.mark.parametrize("text, words, gloss", [
    ("Ostria fired two rockets over the fjord on Monday, in what the Kessel ministry said could be a test, "
     "harbour master Ana Lind said.", "two rockets", "Kessel ministry"),
    ("Velmar pilots left the quay on Friday, in what the harbour board described as a wildcat strike, "
     "Mayor Edda Voss said.", "left the quay", "wildcat"),
    ("Mayor Edda Voss said the pilots left the quay on Friday, in what the harbour board called a wildcat "
     "strike.", "left the quay", "wildcat"),
])
def test_another_sources_what_clause_is_cut(split, text, words, gloss):
    content = content_with(split, text, words)
    assert content is not None and gloss not in content


def test_a_name_the_source_gave_in_a_what_clause_stays(split):
    content = content_with(split, "Mayor Edda Voss said the ferries would sail on Friday, in what she called a "
                                  "test of the new channel.", "ferries would sail")
    assert content is not None


def _contents(nlp, text: str) -> list[str]:
    """Every content found in ``text``, reportable or not."""
    from dossier.nlp.attribution.extract import find_attributions
    from dossier.nlp.entities.extract import find_entities

    doc = nlp(text)
    return [text[a.content[0]:a.content[1]] for a in find_attributions(doc, find_entities(doc))]


@pytest.mark.parametrize("text, content", [
    # a contrast the reporter draws
    ("Minister Ivo Dane said the fishing talks had stalled, contrary to President Mara Varn's assessment "
     "earlier this month.", "the fishing talks had stalled"),
    # the writer's present-tense comment after a past cue
    ("Mayor Tilda Kresh said the ferry tolls would fall, but it appears that the council has other plans.",
     "the ferry tolls would fall"),
    ("Councillor Pell Orrin said the bridge would open in May, but as with anything he touches, there is forever "
     "a warning that plans can shift.", "the bridge would open in May"),
    # when the quoted word was said is the writer's
    ('Harbour chief Alma Brook said the port of Kessel was "secure" following the blast on the quay.',
     'the port of Kessel was "secure"'),
])
def test_the_writers_trailing_words_are_cut(nlp, text, content):
    assert content in _contents(nlp, text)


@pytest.mark.parametrize("text, content", [
    # a present cue: the comment may be the source's own
    ("Mayor Tilda Kresh says the ferry tolls will fall, but it appears that the council has other plans.",
     "the ferry tolls will fall, but it appears that the council has other plans"),
    # backshifted: still what was said
    ("Mayor Tilda Kresh said the ferry tolls would fall sharply, though it seemed the council had other plans.",
     "the ferry tolls would fall sharply, though it seemed the council had other plans"),
    # a clause after the quotation, a phrase that goes on with it
    ('Harbour chief Alma Brook said the port of Kessel was "secure" after the new gates went up.',
     'the port of Kessel was "secure" after the new gates went up'),
    ('Harbour chief Alma Brook said the port was "closed to tankers" since Monday.',
     'the port was "closed to tankers" since Monday'),
])
def test_what_was_said_stays(nlp, text, content):
    assert content in _contents(nlp, text)


@pytest.mark.parametrize("text, content", [
    # an impersonal frame after "though" / "although": the writer's caveat
    ("Councillor Wren Adair said the ferry levy would pass easily, though it is plain that the harbour board "
     "would block it.", "the ferry levy would pass easily"),
    ("Ranger Osk Dahlberg said the ridge trail would reopen in spring, although it is unclear who would pay for "
     "the new bridge.", "the ridge trail would reopen in spring"),
    # a negative quantifier as subject: no one holds this view
    ("Councillor Wren Adair said the ferry levy would raise a fortune, though no reliable figures exist for "
     "either island.", "the ferry levy would raise a fortune"),
    ("Warden Lio Brask said the canal locks were safe, but no inspection records are available since the flood.",
     "the canal locks were safe"),
])
def test_the_writers_impersonal_caveat_is_cut(nlp, text, content):
    assert content in _contents(nlp, text)


@pytest.mark.parametrize("text, content", [
    # a person as subject: the source's own qualification
    ("Councillor Wren Adair said the ferry levy would pass easily, though the harbour board would block it.",
     "the ferry levy would pass easily, though the harbour board would block it"),
    # the source's own words in the present: no backshift to set the caveat off
    ("Foreign Secretary Ann Pell said the crews on both ships represent many nations, but none are from Kessel.",
     "the crews on both ships represent many nations, but none are from Kessel"),
    # a present cue: the frame may be the source's
    ("Councillor Wren Adair says the ferry levy will pass, though no reliable figures exist for either island.",
     "the ferry levy will pass, though no reliable figures exist for either island"),
])
def test_a_caveat_the_source_may_have_made_stays(nlp, text, content):
    assert content in _contents(nlp, text)


# Strict reads, round 15: the writer's present-tense comment after a dash, on a backshifted content after a past
# cue ("— it may be just enough …", "— which is doubtful …"), is no part of what was said.
@pytest.mark.parametrize("text, kept, comment", [
    ("Governor Sella Marsh said the grant would be a turning point for the valley - it may be just enough to "
     "keep the cabinet's standing intact.", "the grant would be a turning point for the valley", "standing"),
    ("Governor Sella Marsh said the grant would change everything -- which is doubtful given the state of the "
     "canals.", "the grant would change everything", "doubtful"),
    ("Governor Sella Marsh said the grant would change everything — it is the first real help in a decade.",
     "the grant would change everything", "decade"),
])
def test_a_dashed_present_comment_is_cut(split, text, kept, comment):
    assert content_with(split, text, kept) == kept


@pytest.mark.parametrize("text, whole", [
    ("Premier Aldo Rusk said his province would act - even if it means going it alone.",
     "his province would act - even if it means going it alone"),
    ("Governor Sella Marsh said the grant will change everything — it is the first real help in a decade.",
     "the grant will change everything — it is the first real help in a decade"),
    ("Governor Sella Marsh said the grant would arrive soon — it would come by barge.",
     "the grant would arrive soon — it would come by barge"),
])
def test_what_follows_a_dash_in_the_speakers_tense_stays(split, text, whole):
    assert content_with(split, text, whole) == whole


# Strict reads, round 15: an appositive telling what a date the content names was ("on May 4, [the day the
# envoys reportedly left the city]") is the writer's.
@pytest.mark.parametrize("text, kept", [
    ("Consul Hedda Brask said that the harbour talks had stalled on May 4, the day the envoys reportedly left "
     "the city.", "that the harbour talks had stalled on May 4"),
    ("Consul Hedda Brask said the barge reached Tolm on Friday, the day the truce was meant to start.",
     "the barge reached Tolm on Friday"),
])
def test_an_appositive_on_a_date_is_cut(split, text, kept):
    shown, hidden = split("Kessel\n\n" + text)
    assert any(c == kept for c, _ in shown + hidden)
    assert not any("the day" in c for c, _ in shown + hidden)


def test_a_phrase_naming_the_date_stays(split):
    shown, hidden = split("Kessel\n\nConsul Hedda Brask said the barge reached Tolm on Friday, the first day of "
                          "the truce.")
    assert any(c == "the barge reached Tolm on Friday, the first day of the truce" for c, _ in shown + hidden)


# Strict reads, round 15: a participle set off by a comma that sets the content against other words, or tells
# the reaction to a past fact it tells, is the writer's.
@pytest.mark.parametrize("text, kept", [
    ("Alderman Pia Tulve said the bridge toll would be dropped, reversing a promise she made in April.",
     "the bridge toll would be dropped"),
    ("Alderman Pia Tulve said the harbour board had lied, contradicting the audit she signed.",
     "the harbour board had lied"),
    ("Senator Ilka Varo said the patrol had been a success, prompting critics to question her judgment.",
     "the patrol had been a success"),
])
def test_a_participle_of_the_writers_is_cut(split, text, kept):
    assert content_with(split, text, kept) == kept


# Strict read, round 18: a participle that sets what was said in a record or a series, after a comma or a dash,
# is the writer's, however the parser hangs it.
@pytest.mark.parametrize("text, kept", [
    ("Mayor Ilse Varga said Thursday that a coast guard cutter had turned back a trawler that came within a mile "
     "of the pier and ignored repeated calls to halt -- marking yet another escalation in the feud between Lorvik "
     "and Pellan.", "that a coast guard cutter had turned back a trawler that came within a mile of the pier and "
                    "ignored repeated calls to halt"),
    ("Mayor Ilse Varga said the ferry would stop running in May, marking the first time in forty years that the "
     "island has had no service.", "the ferry would stop running in May"),
])
def test_a_participle_marking_a_record_is_cut(split, text, kept):
    assert content_with(split, text, kept.split(" in May")[0].split(" within")[0]) == kept


def test_a_participle_of_consequence_after_a_modal_stays(split):
    whole = "the closure would hurt growers, prompting layoffs across the valley"
    assert content_with(split, "Alderman Pia Tulve said the closure would hurt growers, prompting layoffs "
                               "across the valley.", whole) == whole


# Strict reads, round 15: ", which …" after a quotation whose comma sits inside the closing mark is the writer's
# aside too.
def test_a_relative_after_a_comma_inside_the_closing_mark_is_cut(split):
    text = 'Alderman Pia Tulve said the rescue had been a "triumph," which is hard to square with the toll of the dead.'
    assert content_with(split, text, "rescue") == 'the rescue had been a "triumph,"'


# Strict reads, round 15: the writer's clause after the quotation that is the content ("…,” the paragraph was
# later deleted) is what became of the words, not the words.
@pytest.mark.parametrize("text, words, kept", [
    ('Senator Jonne Salo wrote that "the mural must be painted over," the paragraph was later deleted by editors.',
     "mural", 'that "the mural must be painted over,"'),
    ('In the first draft, Senator Jonne Salo wrote: "The mural must be painted over," the paragraph was later '
     'deleted by editors.', "mural", '"The mural must be painted over,"'),
    ('Auditor Jonne Salo told the board "the mural must be painted over," and the passage was later cut by editors.',
     "mural", '"the mural must be painted over,"'),
])
def test_the_writers_clause_after_the_quotation_is_cut(split, text, words, kept):
    shown, hidden = split("Kessel\n\n" + text)
    assert any(c == kept for c, _ in shown + hidden)
    assert not any("editors" in c for c, _ in shown + hidden)


@pytest.mark.parametrize("text, whole", [
    ('Auditor Jonne Salo said "the toll is unfair," and the council must act now.',
     '"the toll is unfair," and the council must act now'),
    ('Auditor Jonne Salo said "we will fight," and she would not back down.', '"we will fight," and she would not back down'),
    ('Auditor Jonne Salo told reporters that "there is no plan yet" for the mayor to fly to the lake house.',
     'that "there is no plan yet" for the mayor to fly to the lake house'),
])
def test_a_clause_in_the_speakers_voice_after_the_quotation_stays(split, text, whole):
    shown, hidden = split("Kessel\n\n" + text)
    assert any(c == whole for c, _ in shown + hidden)


@pytest.mark.parametrize("text, words, gloss", [
    ("Mayor Ivo Brant said on Sunday that the ferries would stay in the harbour, a remark that was widely seen "
     "as aimed at the fisheries ministry.", "ferries would stay", "remark"),
    ("Mayor Ivo Brant called on Sunday for a “lasting harbour truce,” a phrase the fisheries ministry had backed "
     "away from after the talks.", "harbour truce", "backed away"),
    ("Mayor Ivo Brant said on Sunday that the quay was finally ready, a reference to the winter storms that "
     "closed it.", "quay was finally ready", "reference"),
])
def test_a_remark_noun_that_sums_up_the_words_is_cut(split, text, words, gloss):
    content = content_with(split, text, words)
    assert content is not None and gloss not in content


def test_a_remark_noun_without_a_clause_of_its_own_stays(split):
    content = content_with(split, "Mayor Ivo Brant said on Sunday that the harbour deal was his last word, "
                                  "his final statement of intent.", "harbour deal")
    assert content is not None and "statement of intent" in content


# Strict reads, round 16: how the words were chosen, told by the writer after them, is no part of them.
@pytest.mark.parametrize("text, words, gloss", [
    ("Foreign Minister Ana Lind said the talk in Kessel and the wider north should change to “one of "
     "partnership,” while directly using the mayor’s own rhetoric.", "should change", "rhetoric"),
    ("Councillor Ivo Brant said the ferry board had “lost its way,” borrowing a phrase of the striking crews.",
     "ferry board", "borrowing"),
    ('Councillor Ivo Brant said the ferry board had "lost its way," borrowing a phrase of the striking crews.',
     "ferry board", "borrowing"),  # straight marks too (review of round 16)
])
def test_the_writers_account_of_the_wording_is_cut(split, text, words, gloss):
    content = content_with(split, text, words)
    assert content is not None and gloss not in content


def test_a_participle_of_the_sources_own_plan_stays(split):
    content = content_with(split, "Mayor Ivo Brant said the council would cut the levy, using the harbour fund "
                                  "to cover the gap.", "cut the levy")
    assert content is not None and "harbour fund" in content


# Analyst's read of 2026-12-06 (indirect records 80 % right): the writer's account of what the act did to a fight or
# a process, set after a comma, is no part of what was said; after a modal it may be the source's own forecast.
@pytest.mark.parametrize("text, kept", [
    ("Governor Ana Lind threatened to close the northern ferry route, escalating her feud with the harbour union "
     "and jeopardizing approval of the budget.", "to close the northern ferry route"),
    ("Mayor Ivo Brant said the council had doubled the dock levy, deepening his quarrel with the net menders.",
     "the council had doubled the dock levy"),
])
def test_the_writers_escalation_participle_is_cut(split, text, kept):
    assert content_with(split, text, kept) == kept


def test_an_escalation_participle_after_a_modal_stays(split):
    whole = "the levy would rise next spring, deepening the rift with the council"
    assert content_with(split, "Mayor Ivo Brant said the levy would rise next spring, deepening the rift with the "
                               "council.", "levy would rise") == whole


# Same read: the writer's hedge on what the source did (", although he seemingly left open …") and the writer's note
# of what is not known (", though it was not clear …") close no content, whatever their tense.
@pytest.mark.parametrize("text, kept", [
    ("Governor Ana Lind said the talks had failed, although she apparently left room for another round.",
     "the talks had failed"),
    ("Senator Ilka Varo said the patrols would end, though she seemingly kept open a winter watch on the lake.",
     "the patrols would end"),
    ("Mayor Ivo Brant said the ferry fares would double, though it was not clear when the change would begin.",
     "the ferry fares would double"),
    ("Mayor Ivo Brant said the net menders had won a raise, but it was unknown how the board would pay for it.",
     "the net menders had won a raise"),
])
def test_the_writers_hedge_or_doubt_after_a_concession_is_cut(split, text, kept):
    assert content_with(split, text, kept) == kept


@pytest.mark.parametrize("text, whole", [
    ("Governor Ana Lind said the talks had failed, although she hoped for another round.",
     "the talks had failed, although she hoped for another round"),
    ("Mayor Ivo Brant said the ferry fares would double, though he was not sure when.",
     "the ferry fares would double, though he was not sure when"),
])
def test_the_sources_own_concession_stays(split, text, whole):
    assert content_with(split, text, whole[:12]) == whole


# Same read: an appositive on a noun of the content that tells what a third party holds of it (", an attack the
# coast guard has blamed on pirates") is the writer's; one without another's view may be the source's.
@pytest.mark.parametrize("text, kept", [
    ("Governor Ana Lind said Veldan had sunk a fishing boat, an attack the coast guard has blamed on pirates.",
     "Veldan had sunk a fishing boat"),
    ("Senator Ilka Varo said the smugglers had burned a grain barge, a fire the Ostrian police later traced to a "
     "lamp.", "the smugglers had burned a grain barge"),
])
def test_an_appositive_holding_a_third_partys_view_is_cut(split, text, kept):
    assert content_with(split, text, kept) == kept


def test_an_appositive_without_anothers_view_stays(split):
    whole = "Veldan had sunk a fishing boat, a trawler with nine men aboard"
    assert content_with(split, "Governor Ana Lind said Veldan had sunk a fishing boat, a trawler with nine men "
                               "aboard.", "Veldan had sunk") == whole


# Same read (openings that are not content): the writer's noun phrase for the words, then a colon and the
# quotation, is no part of what was said; a clause of the source's before the colon stays.
def test_the_writers_noun_phrase_before_a_quotation_is_cut(split):
    text = ('On the ferry home on Monday, Governor Ana Lind acknowledged growing calls for a new inquiry: "The '
            'sooner we know, the better for the valley."')
    assert content_with(split, text, "sooner") == '"The sooner we know, the better for the valley."'


def test_a_clause_before_a_colon_and_quotation_stays(split):
    text = 'Alderman Tomas Vell said the door was still open to talks: "We will meet them halfway."'
    assert content_with(split, text, "halfway") == 'the door was still open to talks: "We will meet them halfway."'


# Same read: what the words set off (", sparking a storm of criticism …") is the writer's, even after a modal.
def test_a_participle_of_the_response_to_the_words_is_cut_after_a_modal(split):
    text = ("Governor Ana Lind told the envoy she would sell the north quay to Veldan, sparking a storm of "
            "criticism in Kessel.")
    content = content_with(split, text, "north quay")
    assert content is not None and "criticism" not in content


def test_an_escalation_participle_the_parser_reads_as_an_adjective_is_cut(split):
    text = ("Veldan vowed Tuesday to reopen a smelter that can poison the lake in a year, escalating tensions already "
            "raised by weeks of threats against Ostria.")
    assert content_with(split, text, "reopen a smelter") == "to reopen a smelter that can poison the lake in a year"


@pytest.mark.parametrize("text, kept, note", [
    ("Officials in Kessel said a joint survey of the reef would be run by both Ostria and Marrow, but the makeup "
     "of the survey team was not immediately clear.", "joint survey of the reef", "makeup"),
    ("Harbour master Ivo Brant said the dredgers would return in the spring, though the cost of the work was not "
     "yet known.", "dredgers would return", "cost of the work"),
])
def test_the_writers_note_of_what_is_not_known_is_cut(split, text, kept, note):
    shown, hidden = split("Kessel\n\n" + text)
    found = [c for c, _ in shown + hidden if kept in c]
    assert found and not any(note in c for c in found)


def test_the_writers_note_after_a_tag_is_no_content(split):
    text = ("The ferry board voted to sell the north quay, Mayor Ivo Brant said, but the price of the sale was not "
            "immediately clear.")
    shown, hidden = split("Kessel\n\n" + text)
    assert not any("price of the sale" in c for c, _ in shown + hidden)


def test_a_source_who_does_not_yet_know_is_no_writers_note(split):
    text = ("Harbour master Ivo Brant of Kessel said he did not yet know what the two ferry owners had agreed at "
            "their meeting.")
    shown, hidden = split("Kessel\n\n" + text)
    assert any("did not yet know" in c for c, _ in shown + hidden)


def test_a_quoted_note_of_what_is_not_known_stays(split):
    text = "“The cost of the work is not yet known,” Harbour master Ivo Brant said of the dredging."
    assert content_with(split, text, "not yet known") is not None


@pytest.mark.parametrize("text, words, outcome", [
    ("Mayor Ana Lind said the fishing fleet must double its catch, ratcheting up pressure on the guild to help ease "
     "rising fish prices.", "double its catch", "ratcheting"),
    ("Governor Tilde Maraval declared that there would be no new quay on her watch, reneging on a 2019 pledge of "
     "support for the harbour plan.", "no new quay", "reneging"),
])
def test_the_writers_outcome_participle_is_cut(split, text, words, outcome):
    """Strict read 18b: "…, laying the groundwork for …", "…, reneging on a pledge" kept in what was said."""
    content = content_with(split, text, words)
    assert content is not None and outcome not in content


def test_a_participle_of_the_sources_own_claim_stays(split):
    text = "Harbour master Ivo Brant said the fleet was growing fast, buying three trawlers since March."
    content = content_with(split, text, "fleet was growing")
    assert content is None or "three trawlers" in content


# Strict reads, round 19: a clause of time after the quotation that is the content, "when"/"whenever" with a noun
# subject and a past verb, is the writer's dating of the words; a present one, or "once", may be the source's.
@pytest.mark.parametrize("text, kept", [
    ("Harbour pilot Jonne Salo annoyed the board by saying “that is your problem” whenever the chairman raised "
     "the tolls.", "“that is your problem”"),
    ("Councillor Pia Tulve said “the bridge is safe” when the inspectors arrived on Monday.", "“the bridge is safe”"),
])
def test_the_writers_time_clause_after_the_quotation_is_cut(nlp, text, kept):
    found = _contents(nlp, "Harbour\n\n" + text)
    assert kept in found and not any("tolls" in c or "inspectors" in c for c in found)


@pytest.mark.parametrize("text, whole", [
    ("Auditor Jonne Salo said “the ferries will sail” when the storm passes.", "“the ferries will sail” when the storm passes"),
    ("Auditor Jonne Salo said that “talks can resume” once the troops leave the quay.",
     "that “talks can resume” once the troops leave the quay"),
])
def test_the_sources_own_condition_after_the_quotation_stays(nlp, text, whole):
    assert whole in _contents(nlp, "Harbour\n\n" + text)



def _after_quoted_sentence(nlp, text: str, start: str, end: str, cue: str | None) -> str:
    """``glosses.without_words_after_quoted_sentence`` on the content from ``start`` to the end of ``end``, with
    the cue word ``cue`` (or none)."""
    from dossier.nlp.attribution.cues import quoted_spans
    from dossier.nlp.attribution.glosses import without_words_after_quoted_sentence

    doc = nlp(text)
    flags = [False] * len(doc)
    for qs, qe in quoted_spans(doc.text):
        sp = doc.char_span(qs, qe, alignment_mode="expand")
        flags[sp.start:sp.end] = [True] * len(sp)
    span = lambda words, n: doc.char_span(text.index(words), text.index(words) + n, alignment_mode="expand")  # noqa: E731
    cue_span = None if cue is None else (span(cue, len(cue)).start, span(cue, len(cue)).end)
    s, e = without_words_after_quoted_sentence(doc, (span(start, 1).start, span(end, len(end)).end), cue_span, flags)
    return doc[s:e].text


@pytest.mark.parametrize("text, start, end, cue, kept", [
    # the writer's gloss on a quotation a cue before it opens
    ('On Harvest Day, singer Edda Voss posted "The dunes are our wall. We will not let the sea take them," '
     "a blend of a folk verse and a slogan of the old fishermen.", '"The dunes', "old fishermen", "posted",
     '"The dunes are our wall. We will not let the sea take them,"'),
    # the writer's words after a quotation with no cue of its own
    ("“Only ten winters ago there were over 300 wrecks on this coast in a single year,” as well as dozens of "
     "drownings.", "“Only", "drownings", None,
     "“Only ten winters ago there were over 300 wrecks on this coast in a single year,”"),
    # the writer's participle after it
    ("Mayor Ivo Brant told the crews that “the storm surge is reaching the old quay,” putting the harbor at risk "
     "unless they tied down their boats.", "that “the", "their boats", "told",
     "that “the storm surge is reaching the old quay,”"),
])
def test_the_writers_words_after_a_quoted_sentence_are_cut(nlp, text, start, end, cue, kept):
    assert _after_quoted_sentence(nlp, text, start, end, cue) == kept


@pytest.mark.parametrize("text, start, end, cue", [
    # the main clause of the source's sentence after a quoted condition
    ('Harbour master Tomas Vell said that "if the divers can find the wreck," the quay may reopen in June.',
     'that "if', "in June", "said"),
    # a second report under the same cue
    ("Harbour master Tomas Vell said that “the channel is clear for now,” and that the ferries would run on "
     "Monday.", "that “the", "on Monday", "said"),
    # the source speaks on
    ("Mayor Edda Voss said that “the quay will not last another winter,” adding new stone walls to her plan.",
     "that “the", "her plan", "said"),
    # a name quoted, no statement
    ("The crews ran weekly drills, dubbed “Storm Watch,” in what the mayor called a test of the new channel.",
     "“Storm", "new channel", "dubbed"),
])
def test_the_sources_words_after_a_quoted_sentence_stay(nlp, text, start, end, cue):
    assert _after_quoted_sentence(nlp, text, start, end, cue) == nlp(text).char_span(
        text.index(start), text.index(end) + len(end), alignment_mode="expand").text


def test_the_rest_of_the_tags_sentence_before_a_new_quotation_is_cut(split):
    text = ("“The quay stays shut,” harbour master Edda Voss said in an interview on Radio Kettleby on Monday. "
            "“We will not open it until the divers have finished. That could take a week.\n\n“And we are not going "
            "to rush them, because the wreck is still unstable,” she said.")
    content = content_with(split, text, "divers")
    assert content is not None and "Radio Kettleby" not in content


def content_in_any(split, text: str, words: str) -> str | None:
    """The content, shown or hidden, of ``text`` (under a dateline paragraph) that holds ``words``."""
    shown, hidden = split("Kessel\n\n" + text)
    return next((c for c, _ in shown + hidden if words in c), None)


# Strict reads, round 22: how the thing the content names was taken or shown, told after a comma or a dash in a
# passive participle or relative clause, is the writer's; a description with no such view stays.
@pytest.mark.parametrize("text, words, gloss", [
    ("Mayor Ivo Brant said the harbour levy would be scrapped next spring — something viewed by critics as a "
     "gift to the shipowners.", "harbour levy", "gift"),
    ("Senator Ana Lind said the ferry board was selling the north quay, a decision that has been criticized by "
     "both fishing unions.", "north quay", "criticized"),
    ("Tomas Vell, a lawyer for the dockers, said the port court is slow and does not care about small traders "
     "— a pattern shown in Friday's ruling.", "port court", "pattern"),
])
def test_an_appositive_telling_how_the_thing_was_taken_is_cut(split, text, words, gloss):
    content = content_in_any(split, text, words)
    assert content is not None and gloss not in content


def test_a_dashed_description_in_the_speakers_voice_stays(split):
    content = content_in_any(split, "Mayor Ivo Brant said the board would back a plain budget — one that does "
                                    "not cut the ferry fund.", "plain budget")
    assert content is not None and "ferry fund" in content


@pytest.mark.parametrize("text, words, gloss", [
    ("Mayor Ivo Brant says the quay will reopen in May, although it is not clear who will pay for the repairs.",
     "quay will reopen", "not clear"),
    ("Senator Ana Lind tells voters the tolls will fall, though it remains unclear how the council would cover "
     "the gap.", "tolls will fall", "unclear"),
    ("Mayor Ivo Brant tells the guild that the ferry tolls could drop by spring, though it’s unclear how the board "
     "would cover the loss.", "ferry tolls", "unclear"),  # "it’s": the parser's lemma is "’"
])
def test_the_writers_note_of_what_is_not_known_is_cut_after_a_present_cue(split, text, words, gloss):
    content = content_in_any(split, text, words)
    assert content is not None and gloss not in content
