"""Reported quote records right on every count (issue 9): a plural pronoun or a coordinated source is
never one person, a "we" inside the quote is not its source, a cue-less quote framed by the reporter's
own sentence is no one's, and an act ("declined to …", "pleaded guilty to …") is no statement.
Fresh text, fictional people."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.extract import find_attributions
from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow


@pytest.fixture
def attrs(nlp):
    def run(text: str):
        doc = nlp(text)
        return [(doc.text[a.content[0]:a.content[1]], a) for a in find_attributions(doc, find_entities(doc))]
    return run


@pytest.fixture
def all_attrs(nlp):
    """Every attribution of ``text``, reportable or not."""
    from dossier.settings import Settings

    def run(text: str):
        doc = nlp(text)
        return [(doc.text[a.content[0]:a.content[1]], a)
                for a in find_attributions(doc, find_entities(doc), Settings(reportable_only=False))]
    return run


def speaker_of(found, words):
    hits = [a.speaker.name for content, a in found if words in content]
    return hits[0] if hits else None


def test_they_is_the_coordinated_subject_before_not_the_last_person(attrs):
    found = attrs("Harbour\n\nHarbour Committee Chairman Ivo Brant, D-Ore., and Ranking Member Edda Rask, R-Idaho, "
                  "issued a statement on Monday.\n\n\"We are worried about the safety of the quay and the old "
                  "ferries,\" they said.")
    assert speaker_of(found, "safety of the quay") == "Ivo Brant and Edda Rask"


def test_they_is_the_plural_subject_before(attrs):
    found = attrs("Harbour\n\nMayor Ivo Brant defended the quay on Monday. \"It is safe,\" Brant said.\n\n"
                  "The harbour workers disagreed with the mayor on Tuesday. \"The channel is too shallow for the "
                  "new ferries,\" they said.")
    assert speaker_of(found, "too shallow") == "harbour workers"


def test_they_with_no_plural_antecedent_is_not_the_person_quoted_before(attrs):
    found = attrs("Harbour\n\nMayor Ivo Brant defended the quay on Monday. \"It is safe,\" Brant said.\n\n"
                  "\"The channel is too shallow for the new ferries and the old tugs,\" they said.")
    assert speaker_of(found, "too shallow") is None


def test_they_is_a_collective_subject_nearer_than_a_plural(attrs):
    found = attrs("Harbour\n\nThe harbour board has refused to repair the quay because they argue it would cost "
                  "too much money.")
    assert speaker_of(found, "cost too much") == "harbour board"


def test_coordinated_names_speak_together(attrs):
    found = attrs("Harbour\n\nEdda Rask and Tomas Vell said the quay was unsafe for the ferries.")
    assert speaker_of(found, "quay was unsafe") == "Edda Rask and Tomas Vell"
    found = attrs("Harbour\n\nMayor Ivo Brant and other council members have insisted that the quay must stay open.")
    assert speaker_of(found, "must stay open") == "Ivo Brant and other council members"


def test_titles_joined_by_and_are_one_person(attrs):
    found = attrs("Harbour\n\nPort Authority President and CEO Edda Rask wrote that the quay would close in March.")
    assert speaker_of(found, "close in March") == "Edda Rask"


def test_a_cueless_quote_in_the_reporters_own_sentence_is_no_ones(attrs):
    found = attrs("Harbour\n\n“The quay is safe and the ferries will run all winter,” Mayor Ivo Brant said on "
                  "Monday.\n\nThe plaque on the old lighthouse has a line from a poem: “Keep the lamp lit for every "
                  "sailor who is still out in the dark.”")
    assert speaker_of(found, "Keep the lamp lit") is None
    found = attrs("Harbour\n\n“The quay is safe and the ferries will run all winter,” Mayor Ivo Brant said on "
                  "Monday.\n\nThe council will then spend a day on long speeches about two subjects: that the harbour "
                  "must be saved “at any cost” and that the board was “asleep for a whole decade.”")
    assert speaker_of(found, "asleep for a whole decade") is None


def test_a_cueless_quote_standing_alone_is_the_previous_speakers(attrs):
    found = attrs("Harbour\n\n“The quay is safe and the ferries will run all winter,” Mayor Ivo Brant said on "
                  "Monday.\n\n“We have checked every pillar twice and found nothing wrong with any of them.”")
    assert speaker_of(found, "every pillar") == "Ivo Brant"


@pytest.mark.parametrize("text", [
    "Harbour\n\nMayor Ivo Brant declined to publicly criticise the harbour board on Monday.",
    "Harbour\n\nFormer harbour clerk Edda Rask pleaded guilty to taking bribes from the ferry company.",
])
def test_an_act_is_no_statement(attrs, text):
    assert attrs(text) == []


def test_statements_in_infinitive_gerund_and_clause_form_stay(attrs):
    found = attrs("Harbour\n\nMayor Ivo Brant vowed to rebuild the quay before winter. Edda Rask admitted taking any "
                  "money from the ferry company. Tomas Vell said the quay was safe.")
    assert speaker_of(found, "rebuild the quay") == "Ivo Brant"
    assert speaker_of(found, "taking any money") == "Edda Rask"  # (a denial's content is not shown: test_unsaid)
    assert speaker_of(found, "quay was safe") == "Tomas Vell"


def test_a_title_before_the_persons_name_is_the_role(attrs):
    found = attrs("Harbour\n\nHarbour Treasury Secretary Edda Rask said the quay would cost more than planned.")
    a = [a for c, a in found if "cost more" in c][0]
    assert a.speaker.name == "Edda Rask"


def test_a_definite_role_noun_is_not_a_person_with_another_role(attrs):
    found = attrs("Harbour\n\n“The quay will not survive another storm,” says Ivo Brant, a professor at the Kessel "
                  "Institute. “The pillars are cracked.”\n\nThere have been protests at the harbour since Sunday, "
                  "and a union member joined them. The union member says this is because of the low wages paid by the "
                  "board.")
    assert speaker_of(found, "low wages") == "union member"
    assert speaker_of(found, "pillars are cracked") == "Ivo Brant"


def test_a_kinship_noun_is_no_role(attrs):
    found = attrs("Harbour\n\nAna Lind, 26, worked at the harbour for six years, her mother, Greta Lind, told the "
                  "Kessel Courier.")
    a = [a for c, a in found if "six years" in c][0]
    assert a.speaker.name == "Greta Lind" and a.speaker.role is None


def test_as_role_drops_relations_only():
    from dossier.nlp.attribution.roles import as_role
    assert as_role("her mother") is None
    assert as_role("son of the former mayor") is None
    assert as_role("the victim's brother") is None
    assert as_role("Ana Lind's brother") == "Ana Lind's brother"  # read 21: a named relative is a role
    assert as_role("professor of history at Kessel University") == "professor of history at Kessel University"
    assert as_role("Harbour Committee Chairman") == "Harbour Committee Chairman"


def test_a_kinship_noun_beside_a_name_gives_its_gender(nlp):
    from dossier.nlp.gender import Genders
    genders = Genders(nlp("Brinn Oskel found her son Zarek on the quay. Quillan Tavor, her daughter, was away."))
    assert genders.of("Zarek") == "m" and not genders.agrees("Zarek", "she")
    assert genders.of("Quillan Tavor") == "f"


def test_a_page_label_in_capitals_is_no_part_of_a_name():
    from dossier.nlp.attribution.speakers import _name_words
    assert _name_words("WATCH Ivo Brant", person=True) == ["Ivo", "Brant"]
    assert _name_words("UNICEF Ostria") == ["UNICEF", "Ostria"]  # an organisation's name keeps its capitals
    assert _name_words("Add Ivo Brant", person=True) == ["Ivo", "Brant"]  # read 64: a widget's prompt run into it
    assert _name_words("Read Kessel", person=True) == ["Read", "Kessel"]  # two words: a name may be so


def test_asked_for_evidence_is_no_statement(attrs):
    found = attrs("Harbour\n\nAsked for evidence to bolster his claim that the ferrymen are funded by the council, "
                  "Mayor Ivo Brant said the numbers would be published shortly.")
    assert not any("evidence to bolster" in c for c, _ in found)


def test_a_relatives_gender_is_not_given_to_the_surname(nlp):
    from dossier.nlp.gender import Genders
    genders = Genders(nlp("Quillan Tavor rode on her father's shoulders. Her father, Oskel Tavor, was a pastor."))
    assert genders.of("Oskel Tavor") == "m"
    assert genders.of("Quillan Tavor") == "f"  # "her father": her own pronoun, never the father's "m"


def test_a_definite_role_noun_points_back_to_its_unnamed_introduction(nlp):
    from dossier.nlp.attribution.speakers import _fits_role, _introduced_unnamed
    doc = nlp("A harbour official met the pilots. Ivo Brant, an engineer, left early. The official said the quay "
              "was safe.")
    heads = [t for t in doc if t.lemma_ == "official"]
    assert _introduced_unnamed(heads[-1])
    engineer = next(t for t in doc if t.text == "engineer")
    assert not _introduced_unnamed(engineer)  # an appositive names Ivo Brant, it introduces no one new
    assert not _fits_role("engineer", heads[-1]) and _fits_role("senior official", heads[-1]) and _fits_role(None, heads[-1])


def test_given_names_before_a_shorter_entity_name_stay_in_the_name(nlp):
    from dossier.nlp.attribution.speakers import _titled
    doc = nlp("Treasury Secretary Ivo Brant met Harbour Administrator Ana Lind and Abed Rabbo Tomas Vell.")
    assert _titled(doc[0:4], 2)
    assert _titled(doc[5:9], 2)
    vell = [t.i for t in doc if t.text == "Vell"][0]
    assert not _titled(doc[vell - 3:vell + 1], 2)


def test_a_described_person_is_not_two_speakers(attrs):
    found = attrs("Harbour\n\n“We have to rebuild the quay,” Rep. Ivo Brant, Ostrian Republican and chairman of the "
                  "Harbour Committee, said on Monday.")
    assert all(" and " not in (a.speaker.name or "") for _, a in found)


def test_a_dashed_counterpoint_of_the_reporter_is_no_content(attrs):
    found = attrs("Harbour\n\nMayor Ivo Brant said on Monday that the quay would reopen in March — despite warnings "
                  "from engineers that the pillars are cracked.")
    assert [c for c, _ in found] == ["that the quay would reopen in March"]
    found = attrs("Harbour\n\nEdda Rask said the ferries will run again — though only twice a week.")
    assert [c for c, _ in found] == ["the ferries will run again — though only twice a week"]


@pytest.mark.parametrize("text", [
    "Harbour\n\n“Look,” Mayor Ivo Brant said.",
    "Harbour\n\nThe mayor cited “sources,” Ivo Brant said.",
])
def test_one_word_states_nothing(attrs, text):
    assert not any(len(c.strip("“”\",. ").split()) < 2 for c, _ in attrs(text))


def test_a_position_noun_before_a_given_name_is_no_part_of_the_name():
    from dossier.nlp.attribution.speakers import _name_words
    assert _name_words("Parliamentarian Tomas Vell", person=True) == ["Tomas", "Vell"]
    assert _name_words("Carter Ham", person=True) == ["Carter", "Ham"]


def test_a_link_card_pasted_into_the_text_is_no_quote(attrs):
    found = attrs("Harbour\n\nMayor Ivo Brant Ivo Jan BrantHarbour board says quay will close | Ferry fares rise MORE "
                  "said on Monday that the quay would close in March.\n\nEdda McKay said the ferries would run.")
    assert not any("quay would close" in c for c, _ in found)
    assert any("ferries would run" in c for c, _ in found)


def test_a_place_and_agency_dateline_is_no_part_of_the_source(attrs, nlp):
    found = attrs("Harbour\n\nKessel (Wire) Mayor Ivo Brant came out fighting on Monday, calling the harbour board "
                  "\"lazy\" and \"blind\".")
    a = [a for c, a in found if "harbour board" in c][0]
    assert a.speaker.name == "Ivo Brant" and a.speaker.role == "Mayor"
    from dossier.nlp.attribution.rules import after_dateline
    doc = nlp("Harbour\n\nKessel (Wire) Mayor Ivo Brant came out fighting on Monday.")
    start = next(t.i for t in doc if t.text == "Kessel")
    assert doc[after_dateline(doc, start, start + 7)].text == "Mayor"


def test_the_official_is_the_unnamed_one_introduced_before(attrs):
    found = attrs("Harbour\n\n“The quay is safe,” Mayor Ivo Brant said on Monday.\n\nTwo weeks later, a harbour board "
                  "official held a call with reporters and disowned the mayor's remarks. The official said the board "
                  "never concluded that the quay was safe.")
    assert speaker_of(found, "never concluded") == "harbour board official"


def test_a_request_with_its_addressee_is_a_statement(attrs):
    found = attrs("Harbour\n\nMayor Ivo Brant asked the national government to help the city rebuild the quay.")
    assert speaker_of(found, "rebuild the quay") == "Ivo Brant"


def test_a_question_put_to_the_source_is_not_its_statement(attrs):
    found = attrs("Harbour\n\nAsked if the council had a reaction to the ruling on the quay, Mayor Ivo Brant said he "
                  "had not read it yet.")
    assert not any("reaction to the ruling" in c for c, _ in found)
    assert speaker_of(found, "not read it yet") == "Ivo Brant"
    found = attrs("Harbour\n\nWhen questioned about the ferries, Mayor Ivo Brant said the timetable would not change.")
    assert [c for c, _ in found] == ["the timetable would not change"]
    found = attrs("Harbour\n\nA reporter asked Mayor Ivo Brant whether the harbour board would appeal the ruling. "
                  "Brant said the board would wait.")
    assert speaker_of(found, "would appeal") != "Ivo Brant"
    assert speaker_of(found, "board would wait") == "Ivo Brant"


def test_a_senators_own_question_is_no_statement(attrs):
    # Reads 34-38: a question the source asks states nothing (``unsaid.question_asked``); it once stayed
    found = attrs("Harbour\n\nSenator Edda Rask asked whether the harbour board had ever inspected the old quay.")
    assert speaker_of(found, "ever inspected") is None


@pytest.mark.parametrize("text", [
    "Harbour\n\nMayor Ivo Brant was tweeting about Edda Rask and the ferry company on Monday night.",
    "Harbour\n\nEdda Rask announced a boycott of the harbour talks and a new inquiry into the board.",
    "Harbour\n\nThe opposition leader Edda Rask announced a no-confidence vote against the harbour board.",
])
def test_a_topic_or_an_announced_act_is_no_statement(attrs, text):
    assert attrs(text) == []


def test_an_announced_clause_stays(attrs):
    found = attrs("Harbour\n\nEdda Rask announced that the quay would close for repairs in March.")
    assert speaker_of(found, "quay would close") == "Edda Rask"


def test_the_setting_of_the_report_is_no_content(attrs):
    found = attrs("Harbour\n\nMayor Ivo Brant said the quay would reopen in March, during a joint news conference "
                  "Thursday afternoon.")
    assert [c for c, _ in found] == ["the quay would reopen in March"]
    found = attrs("Harbour\n\nMayor Ivo Brant told reporters that the ferries would run all winter, speaking at a rally "
                  "in Kessel.")
    assert [c for c, _ in found] == ["that the ferries would run all winter"]


def test_another_sources_claim_in_a_concessive_is_no_content(attrs):
    found = attrs("Harbour\n\nEdda Rask said the ferries were safe despite what the agency says is a shortage of pilots.")
    assert [c for c, _ in found] == ["the ferries were safe"]
    found = attrs("Harbour\n\nEdda Rask said the ferries would sail despite the storm warnings for the coast.")
    assert [c for c, _ in found] == ["the ferries would sail despite the storm warnings for the coast"]


# Strict reads, round 19: ", as …" with a verb of speech points to words said elsewhere, the writer's aside.
@pytest.mark.parametrize("text, content", [
    ("Edda Rask said the new toll was “not lawful” for the ferry company to charge, as her lawyers argued before the "
     "court on Monday.", "the new toll was “not lawful” for the ferry company to charge"),
    ("Edda Rask said it was “not acceptable” for the auditor to answer written questions from the council, as his "
     "lawyers communicated was possible on Sunday.",
     "it was “not acceptable” for the auditor to answer written questions from the council"),
])
def test_an_as_clause_pointing_to_words_said_elsewhere_is_no_content(attrs, text, content):
    assert [c for c, _ in attrs("Harbour\n\n" + text)] == [content]


def test_an_as_clause_of_circumstance_stays(attrs):
    found = attrs("Harbour\n\nEdda Rask said the quay had flooded twice as the tide rose.")
    assert [c for c, _ in found] == ["the quay had flooded twice as the tide rose"]
    found = attrs("Harbour\n\nEdda Rask said that, as the harbour board noted, the quay had flooded twice.")
    assert [c for c, _ in found] == ["that, as the harbour board noted, the quay had flooded twice"]
    found = attrs("Harbour\n\nEdda Rask says she is not afraid of the storm, as she expects the new sea wall to hold.")
    assert [c for c, _ in found] == ["she is not afraid of the storm, as she expects the new sea wall to hold"]
    found = attrs("Harbour\n\nEdda Rask added: Ferries do not sink by chance, as the board claims: they sink when "
                  "nobody checks them.")
    assert any("they sink when nobody checks them" in c for c, _ in found)


def test_a_cut_title_is_closed_and_a_cut_role_is_none(attrs):
    from dossier.nlp.attribution.roles import as_role
    found = attrs("Harbour\n\nEdda Rask, the author of “The Long Quay,” said the harbour had been neglected for decades.")
    a = [a for c, a in found if "neglected" in c][0]
    assert a.speaker.name == "Edda Rask" and a.speaker.role == "author of “The Long Quay”"
    assert as_role("author of") is None and as_role("head of the") is None
    assert as_role("author of “The Long Quay") == "author of “The Long Quay”"
    assert as_role("director of the harbour board") == "director of the harbour board"
    assert as_role("former ambassador to Ostria and deputy secretary of state for Harbour and") == \
        "former ambassador to Ostria"  # cut at a length limit: the whole first conjunct stays
    assert as_role("director of the Centre for Harbour Studies at the Kessel Academy's Institute of") == \
        "director of the Centre for Harbour Studies at the Kessel Academy's Institute"  # a long role less its cut end


def test_a_clause_about_the_persons_past_or_future_is_no_role(nlp):
    from dossier.nlp.entities.roles import find_role
    for clause in ("about to retire", "soon to retire"):
        doc = nlp(f"Martin Kessler, {clause} as head of the harbour board, said the quay would close.")
        assert find_role(doc, [(0, 2)]) is None
    doc = nlp("Martin Kessler, head of the harbour board, said the quay would close.")
    assert find_role(doc, [(0, 2)]) == "head of the harbour board"


def test_a_definite_description_is_the_person_named_just_before(attrs):
    found = attrs("Harbour\n\nMartin Kessler spent twenty years running refineries in the north. \"The quay is "
                  "unsafe,\" the former oil executive said on Monday.")
    assert speaker_of(found, "quay is unsafe") == "Martin Kessler"


def test_a_question_the_source_asks_is_no_statement(attrs):
    found = attrs("Harbour\n\nSenator Edda Rask criticised the harbour board on Monday, asking whether it had ever "
                  "inspected the old quay.")
    assert speaker_of(found, "ever inspected") is None


def test_a_full_name_in_a_title_kept_apart_names_the_bare_surname():
    from dossier.nlp.attribution.names import names_in_title
    from dossier.nlp.attribution.speakers import NameBook
    assert names_in_title("Sen. Chris Halvard: the quay must close before winter") == ["Chris Halvard"]
    assert names_in_title("Harbour Board Says Quay Is Safe") == []
    book = NameBook()
    book.learn(names_in_title("Sen. Chris Halvard: the quay must close before winter"))
    assert book.full_name("Halvard") == "Chris Halvard"


def test_a_title_kept_apart_names_the_speaker_of_its_article(nlp):
    from pathlib import Path
    from dossier.ingest.read import from_text
    from dossier.nlp.pipeline import analyze_batch
    art = from_text(Path("t.json"), "\u201cThe quay must close before winter,\u201d Hadley said on Monday in Kessel.",
                    {"title": "Sen. Chris Hadley wants the quay closed", "published": "2019-02-26"}, title_line=False)
    [analysis] = analyze_batch([art], nlp=nlp)  # shown or not (no role read: the confidence model may hide it)
    assert [a.speaker.name for a in (*analysis.attributions, *analysis.unreported)] == ["Chris Hadley"]



def test_a_cut_never_leaves_a_verbless_part_of_a_content_with_a_verb(attrs):
    found = attrs("Harbour\n\nSenator Edda Rask questioned Mayor Ivo Brant, the harbour chief, on whether he had "
                  "inspected the quay.")
    assert "Mayor Ivo Brant, the harbour chief" not in [c for c, _ in found]


# Issue 9, "right on real news": a content cut from its statement, or read under an act, is not reported;
# a speech tag inside a content is read as the tag.
def _verdict(nlp, text, content, cue, kind, name="Edda Rask"):
    from dossier.model import Attribution, Speaker
    from dossier.nlp.attribution.filters import is_attribution
    doc = nlp(text)
    c, k = text.index(content), text.index(cue)
    return is_attribution(doc, Attribution((c, c + len(content)), (k, k + len(cue)),
                                           Speaker(None, name, None), kind))


def test_a_conditional_opening_alone_is_not_reported(nlp):
    text = "Harbour\n\n“If you take the mayor at his word,” Rask said, “the quay will reopen in May.”"
    assert not _verdict(nlp, text, "“If you take the mayor at his word,”", "said", "direct")
    # nor the rest alone, which would read as unconditional (halves.after_condition, strict reads round 16)
    assert not _verdict(nlp, text, "“the quay will reopen in May.”", "said", "direct")


def test_a_subordinate_clause_without_its_main_clause_is_not_reported(nlp):
    text = "Harbour\n\nRask said the ferries are safe enough, while the pilots feel they work without proper charts."
    assert not _verdict(nlp, text, "while the pilots feel they work without proper charts", "said", "indirect")
    assert _verdict(nlp, text, "the ferries are safe enough, while the pilots feel they work without proper charts",
                    "said", "indirect")


def test_a_quote_under_an_act_is_not_reported(nlp):
    text = "Harbour\n\nMayor Ivo Brant, refusing to waive the harbour fees for “the poorest fishermen in Kessel,” left."
    assert not _verdict(nlp, text, "to waive the harbour fees for “the poorest fishermen in Kessel,”", "refusing",
                        "mixed", "Ivo Brant")
    text = "Harbour\n\nMayor Ivo Brant, vowing to waive the harbour fees for “the poorest fishermen in Kessel,” left."
    assert _verdict(nlp, text, "to waive the harbour fees for “the poorest fishermen in Kessel,”", "vowing",
                    "mixed", "Ivo Brant")


def test_a_tag_between_two_parts_of_a_quotation_is_their_cue(attrs):
    found = attrs("Harbour\n\n“We never had enough rope or fuel for the tugs,” Rask remembers, “and the board knew "
                  "it all along.”")
    assert not [c for c, _ in found if "remembers" in c]
    assert speaker_of(found, "enough rope") == "Rask"


def test_a_tag_in_a_later_sentence_ends_the_content(attrs):
    found = attrs("Harbour\n\nFormer envoy Tomas Vell said that the port on which Ostria relied for its grain "
                  "trade was Vestby. “The crews were loyal,” he said, “and they trusted each other in those winters.”")
    assert not [c for c, _ in found if "he said" in c]
    assert speaker_of(found, "grain trade was Vestby") == "Tomas Vell"
    assert speaker_of(found, "each other in those winters") == "Tomas Vell"  # the later sentence is its tag's
    # (“The crews,” he said, “trusted …”: a tag between subject and predicate shows neither half, ``halves``)


def test_a_photo_gallery_line_holds_no_quote(attrs):
    found = attrs("Fjord\n\nPhotos: The Fjord War Hide Caption 2 of 12 Photos: The Fjord War Admiral Ivo Brant said "
                  "the fleet would sail at dawn. Hide Caption 3 of 12\n\nEdda McKay said the ferries would run.")
    assert not any("fleet would sail" in c for c, _ in found)
    assert any("ferries would run" in c for c, _ in found)


@pytest.mark.parametrize("text, words", [
    ("Harbour\n\nMayor Ivo Brant wants the council to rebuild the quay before winter.", "rebuild the quay"),
    ("Harbour\n\nBy signing the lease, Ivo Brant is admitting, at least tacitly, that the quay cannot be saved.",
     "quay cannot be saved"),
])
def test_a_wish_a_thing_or_a_reading_is_no_statement(attrs, text, words):
    assert not any(words in c for c, a in attrs(text))


def test_a_content_that_is_its_own_source_and_cue_says_nothing(nlp):
    from dossier.model import Attribution, Speaker
    from dossier.nlp.attribution.filters import is_attribution

    text = "Edda McKay, the Kessel economist who studies harbour fees, agrees."
    doc = nlp(text)
    end = text.index(" agrees") + len(" agrees")
    cue = (text.index("agrees"), end)
    speaker = Speaker("E1", "Edda McKay", (0, text.index(",")))
    assert not is_attribution(doc, Attribution((0, end), cue, speaker, "indirect"))


def test_whom_a_writer_quotes_is_the_speaker_not_the_writer(nlp):
    from dossier.model import Attribution, Speaker
    from dossier.nlp.attribution.filters import is_attribution

    text = "The Kessel Courier quoted the union's head Edda McKay as saying that most crews were from Ostria."
    doc = nlp(text)
    cue = (text.index("quoted"), text.index("quoted") + len("quoted"))
    content = (text.index("that most"), len(text) - 1)
    speaker = Speaker("E1", "Kessel Courier", (0, len("The Kessel Courier")))
    assert not is_attribution(doc, Attribution(content, cue, speaker, "indirect"))


@pytest.mark.parametrize("text, speaks", [
    ("Her odd arrangement ended.", False), ("His loud rhetoric ended.", False),
    ("The critic left.", True), ("The resident left.", True), ("The government left.", True),
])
def test_a_thing_named_by_an_agent_like_ending_is_no_speaker(nlp, text, speaks):
    from dossier.nlp.attribution.groups import speaks as can_speak

    doc = nlp(text)
    head = next(t for t in doc if t.dep_ == "nsubj")
    assert can_speak(head) is speaks


def test_a_wire_photo_caption_line_holds_no_quote(attrs):
    found = attrs("Fjord\n\nFILE PHOTO: Admiral Ivo Brant said the fleet would sail at dawn, in Kessel, May 3, 2017. "
                  "WIRE/Lena Holm/File Photo\n\nEdda McKay said the ferries would run.")
    assert not any("fleet would sail" in c for c, _ in found)
    assert any("ferries would run" in c for c, _ in found)


def test_a_common_noun_opening_a_sentence_is_no_speaker(nlp):
    # the tagger once made "Options" a source ("Options available to …"); capitals alone name no one
    from dossier.nlp.attribution.speakers import SpeakerResolver

    doc = nlp("Harbour\n\nOptions available to the council range from closing the quay to raising the fees. The "
              "options are few.")
    i = [t.i for t in doc if t.text == "Options"][0]
    assert SpeakerResolver(doc, find_entities(doc)).resolve(i, i + 1).name is None


# Rule 1 (fresh read): an aim or an effort told with an infinitive, or a noun phrase that names an act, is no statement.
def test_an_aim_or_a_named_act_is_no_statement(attrs, nlp):
    found = attrs("Harbour\n\nCouncillors in Kessel seek to overturn the mayor's ban on night ferries. Mayor Ivo Brant "
                  "has sought to calm the crews since the storm. The union tries to block the lease, and Edda Rask "
                  "plans to sue the port.\n\nMayor Ivo Brant declared the drafting of a plan to rebuild the quay.")
    for words in ("overturn the mayor", "calm the crews", "sue the port", "drafting of a plan"):
        assert not any(words in c for c, a in found), words
    for cue, aim in [("hopes", "to block the lease"), ("is trying", "to win the seat"), ("aims", "to cut the fees")]:
        text = f"Harbour\n\nEdda Rask {cue} {aim} before the spring vote."
        assert not _verdict(nlp, text, f"{aim} before the spring vote", cue, "indirect"), cue


@pytest.mark.parametrize("text, words", [
    ("Harbour\n\nThe ferry firm agreed to cut its fares by a third after the strike.", "cut its fares"),
    ("Harbour\n\nOstria has agreed to let inspectors into the north dock, the treaty says.", "let inspectors"),
    ("Harbour\n\nThe port board decided to close the quay for the winter.", "close the quay"),
])
def test_a_decision_or_consent_to_act_is_no_statement(attrs, text, words):
    """ "agreed [to cut fares]": what was agreed is an act, told by the writer (read 14, Q8 kind)."""
    assert not any(words in c for c, a in attrs(text))


@pytest.mark.parametrize("text, words", [
    ("Harbour\n\nCouncillor Lena Marsh agreed that the levy was too high for the ferry crews.", "levy was too high"),
    ("Harbour\n\nMayor Ivo Brant said he hopes that the quay will reopen in May.", "quay will reopen"),
    ("Harbour\n\nEdda Rask vowed to sue the port authority over the closure.", "sue the port"),
    ("Harbour\n\nMayor Ivo Brant urged the council to rebuild the quay.", "council to rebuild"),
    ("Harbour\n\nMayor Ivo Brant announced his decision to close the quay in May.", "decision to close"),
])
def test_a_hope_a_vow_a_request_and_an_announced_decision_stay(attrs, text, words):
    assert any(words in c for c, a in attrs(text))


def test_a_refusal_to_speak_is_no_statement_but_a_quotation_is(nlp):
    text = "Harbour\n\nEdda Rask declined to say how much the repairs to the quay would cost."
    assert not _verdict(nlp, text, "how much the repairs to the quay would cost", "declined to say", "indirect")
    text = "Harbour\n\nAsked about the cost, Edda Rask declined to say, answering: “The quay will be ready in May.”"
    assert _verdict(nlp, text, "“The quay will be ready in May.”", "declined to say, answering:", "direct")


@pytest.mark.parametrize("text, content, cue", [
    ("Harbour\n\nBut Edda Rask also acknowledged another reason: she did not want to wait for the council to approve "
     "the money.", "another reason: she did not want to wait for the council to approve the money", "acknowledged"),
    ("Harbour\n\nThe harbour office wrote Edda Rask last week that it did not need an inspector to check the quay.",
     "Edda Rask last week that it did not need an inspector to check the quay", "wrote"),
])
def test_a_noun_phrase_holding_a_clause_of_its_own_is_a_statement(nlp, text, content, cue):
    assert _verdict(nlp, text, content, cue, "indirect")


# Fresh read, rule 1: the reporter's inference ("It means that …", "This suggests …") and a telephone call
# ("calling members of the council to talk over strategy") are no statements; a document's finding ("The
# report shows …"), a demand ("called for", "called on X to") and a name given ("called X a Y") stay.
@pytest.mark.parametrize("text, content, cue, name", [
    ("Harbour\n\nOstria abstained again at the harbour assembly on Monday. It means that Ostria voted against "
     "70 percent of the harbour resolutions this year.", "that Ostria voted against 70 percent", "means", "Ostria"),
    ("Harbour\n\nThe mayor lost two votes in May. This suggests that the mayor will lose the vote on the quay.",
     "that the mayor will lose the vote on the quay", "suggests", "This"),
    ("Harbour\n\nThe council blocked the lease again. That shows the council does not want a deal.",
     "the council does not want a deal", "shows", "That"),
])
def test_the_reporters_inference_is_no_statement(nlp, text, content, cue, name):
    assert not _verdict(nlp, text, content, cue, "indirect", name=name)


# Read 88: what someone's words or acts "suggest" is the writer's reading of them, not their statement; what they
# say they suggest stays theirs.
@pytest.mark.parametrize("text, content, cue, name", [
    ("Harbour\n\nMayor Ivo Brant spoke to the dockers on Monday. Mr. Brant's comments suggest the council is "
     "looking for a far wider deal on the quay.", "the council is looking for a far wider deal on the quay",
     "suggest", "Ivo Brant"),
    ("Harbour\n\nThe board closed the north quay on Friday. The move shows that the board no longer trusts the "
     "harbour office.", "that the board no longer trusts the harbour office", "shows", "board"),
])
def test_what_someones_words_suggest_is_the_writers_reading(nlp, text, content, cue, name):
    assert not _verdict(nlp, text, content, cue, "indirect", name=name)


def test_what_someone_suggests_stays_theirs(nlp):
    assert _verdict(nlp, "Harbour\n\nMayor Ivo Brant spoke on Monday. Brant suggested that the council look for "
                    "a far wider deal on the quay.", "that the council look for a far wider deal on the quay",
                    "suggested", "indirect", name="Ivo Brant")


@pytest.mark.parametrize("text", [
    "Harbour\n\nThe harbour board released its annual report. The report shows that the quay lost money again.",
    "Harbour\n\nThe harbour board released its annual report. It shows that the quay lost money again.",
])
def test_a_documents_finding_stays(nlp, text):
    assert _verdict(nlp, text, "that the quay lost money again", "shows", "indirect", name="harbour board report")


@pytest.mark.parametrize("text, words", [
    ("Harbour\n\nMayor Ivo Brant faces a hard vote on the quay. Aides to the mayor have been "
     "calling senior members of the council to go over the plan before the vote.", "senior members of the council"),
    ("Harbour\n\nThe mayor faces a vote on the lease. Mayor Ivo Brant called three members of the council on "
     "Tuesday amid growing warnings about the quay.", "three members of the council"),
    ("Harbour\n\nEdda Rask fears the vote on the lease. She called one of the harbour pilots on Friday.",
     "one of the harbour pilots"),
])
def test_a_telephone_call_is_no_statement(attrs, text, words):
    assert not any(words in c for c, a in attrs(text))


@pytest.mark.parametrize("text, words", [
    ("Harbour\n\nMayor Ivo Brant called for an inquiry into the collapse of the quay.", "an inquiry into"),
    ("Harbour\n\nEdda Rask called on the council to rebuild the quay before winter.", "the council to rebuild"),
    ("Harbour\n\nIvo Brant called the council's decision a mistake.", "decision a mistake"),
    ("Harbour\n\nEdda Rask called the plan \"a disgrace\" on Tuesday.", "a disgrace"),
])
def test_a_demand_and_a_name_given_stay(attrs, text, words):
    assert any(words in c for c, a in attrs(text))


# Fresh read, rule 3: a quotation reopened after an interposed tag (“…,” he added, “and that's why …”) is the
# speaker's, even where the parser hangs it on the tag as a conjunct: it becomes the record's second part.
@pytest.mark.parametrize("tag", ["he added", "he said", "Miller added"])
def test_a_quotation_continued_after_an_interposed_tag_is_kept(attrs, tag):
    found = attrs("Harbour\n\nMayor John Miller spoke at the quay on Monday. “We have argued with the board for "
                  f"years on this issue,” {tag}, “and that's why I was really delighted when the council agreed to "
                  "rebuild the quay.”")
    assert speaker_of(found, "argued with the board") == "John Miller"
    assert speaker_of(found, "really delighted") == "John Miller"
    assert not [c for c, _ in found if "added" in c or "said" in c]


def test_a_quoted_object_of_a_verb_that_is_no_tag_is_no_continuation(attrs):
    found = attrs("Harbour\n\nThe debate went well for the mayor. Aides stressed that, as Ivo Brant said, John Miller "
                  "showed “grit” and that he showed “a deep worry for the ferry crews.”")
    assert not [a for c, a in found if "deep worry" in c and a.speaker.name == "John Miller"]


def test_a_quoted_title_after_the_tag_stays_the_tags(attrs):
    found = attrs("Harbour\n\n“We have argued with the board for years on this issue,” Mayor John Miller told "
                  "“Harbour Weekly.”")
    assert not [c for c, _ in found if "Harbour Weekly" in c]


def test_a_name_given_to_a_person_is_no_telephone_call(nlp):
    text = ("Harbour\n\nThe mayor met the envoy on Monday. Remember when she designated the Ostrian League as "
            "moderate in Kessel and she called Ostria's president Brant a moderate reformer?")
    assert _verdict(nlp, text, "Ostria's president Brant a moderate reformer", "called", "indirect")


# Fresh read, rule 1: a sentence of the reporter's around a quoted phrase, with no cue, is not the words of
# the one quoted before; a quotation with no cue still is, and a tag the tagger ran in stays.
def test_a_reporters_sentence_around_a_quoted_phrase_is_no_ones(attrs):
    found = attrs("Harbour\n\nMayor John Miller has defended the levy for months. \"We will not give up the levy, "
                  "because the quay needs it,\" Miller said on Monday.\n\nAt issue is the so-called “harbour levy,” "
                  "which would allow the board to set the final fees without having to allow the council to vote on "
                  "the fees.")
    assert speaker_of(found, "At issue") is None
    assert speaker_of(found, "give up the levy") == "John Miller"


def test_a_quotation_with_no_cue_is_still_the_speakers_before(attrs):
    found = attrs("Harbour\n\nMayor John Miller defended the levy on Monday. \"The levy is fair,\" Miller said.\n\n"
                  "\"The levy pays for the quay. Without it the ferries stop.\"")
    assert speaker_of(found, "ferries stop") == "John Miller"


# Fresh read, rule 1: the focus of a cleft ("it is only Ostria and Veldan that have considered …") is the
# reporter's contrast, not a statement of theirs; a cleft with a verb of speech ("It was Ostria that argued")
# and a plain belief ("Ostria has considered that …") stay.
@pytest.mark.parametrize("text, content, cue, kept", [
    ("Harbour\n\nMany states have condemned the blockade. But it is only Ostria and Veldan that have considered "
     "that military action is needed.", "that military action is needed", "have considered", False),
    ("Harbour\n\nIt is only the harbour board that believes the quay is safe.", "the quay is safe", "believes", False),
    ("Harbour\n\nIt was Ostria that argued that the blockade is illegal.", "that the blockade is illegal", "argued", True),
    ("Harbour\n\nOstria has considered that military action is needed.", "that military action is needed",
     "has considered", True),
])
def test_the_focus_of_a_cleft_is_no_source(nlp, text, content, cue, kept):
    assert _verdict(nlp, text, content, cue, "indirect", name="Ostria") is kept


def test_please_note_is_the_writers_aside(attrs):
    text = "Harbour\n\nThe tour ends at the quay. Please note that it could be unwise to question the fishermen about the storm."
    assert not attrs(text)


def test_an_accusation_reports_its_charge(attrs, all_attrs):
    """bounds10: "accused X of Y" reports Y, the charge, as the accuser's statement (kept unreported since the
    analyst's read of 2026-12-06: the charge alone loses who is charged); a passive participle ("pilots accused
    of smuggling") is no one's statement."""
    found = all_attrs("The vote was close on Monday. Councillor Ivo Marsh accused the harbour board of running the "
                      "port for its friends and ignoring the crews. \"It is a disgrace,\" he said.")
    assert speaker_of(found, "running the port") is not None
    assert [content for content, _ in found if "running the port" in content] == \
        ["running the port for its friends and ignoring the crews"]
    found = attrs("The harbour board met on Monday. The inquiry led to charges against pilots accused of smuggling "
                  "fuel through the old quay at night. Vell said the inquiry was over.")
    assert not any("smuggling" in content for content, _ in found)


def test_an_interposed_tag_of_telling_leaves_its_addressee_out(attrs, nlp):
    from dossier.settings import Settings

    doc = nlp("The board met on Monday. The real danger, Vell told reporters, is not the storm but the old quay. "
              "The board disagreed.")
    every = find_attributions(doc, find_entities(doc), settings=Settings(reportable_only=False))
    assert [doc.text[a.content[0]:a.content[1]] for a in every if "storm" in doc.text[a.content[0]:a.content[1]]] \
        == ["is not the storm but the old quay"]
    assert not [c for c, _ in attrs(doc.text) if "storm" in c]  # the half after the tag has no subject: not reported
