"""Entities within one article, on sentences written for these tests (fictional people)."""
from __future__ import annotations

import pytest

from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow


def _entities(nlp, text):
    doc = nlp(text)
    return doc, find_entities(doc)


def _owner(doc, ents, word, nth=0):
    """The entity holding the nth occurrence of ``word``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    end = start + len(word)
    owners = [e for e in ents if any(s < end and start < e_ for s, e_ in e.mentions)]
    return owners[0] if len(owners) == 1 else (None if not owners else tuple(owners))


def test_full_name_honorific_and_surname_are_one_person(nlp):
    doc, ents = _entities(nlp, "Anna Weller arrived in Lisbon on Monday. Ms. Weller met reporters. "
                               "Later Weller’s aides said she was tired.")
    weller = _owner(doc, ents, "Anna Weller")
    assert weller is not None and weller.type == "PERSON" and weller.name == "Anna Weller"
    assert _owner(doc, ents, "Weller", 1) is weller
    assert _owner(doc, ents, "Weller", 2) is weller
    assert all(not doc.text[s:e].endswith("’s") for s, e in weller.mentions)


def test_people_sharing_a_family_name_stay_apart_and_a_bare_name_joins_the_prominent_one(nlp):
    text = ("Park Min-jun, the grandson of Park Sang Woo, rules the island. Park Min Jun said on Monday that "
            "the harbour would reopen. Park Min Jun also met the mayor. Critics say Park is cautious.")
    doc, ents = _entities(nlp, text)
    grandson = _owner(doc, ents, "Park Min-jun")
    grandfather = _owner(doc, ents, "Park Sang Woo")
    assert grandson is not None and grandfather is not None and grandson is not grandfather
    assert _owner(doc, ents, "Park Min Jun") is grandson
    assert _owner(doc, ents, "Park is cautious"[:4], text.count("Park") - 1) is grandson


def test_possessive_and_line_break_artefacts_never_become_names(nlp):
    doc, ents = _entities(nlp, "Photo: Example Photo\n\nProtecting the coast\n\nTomas Brandt’s plan was "
                               "approved by the council. Brandt welcomed it.")
    names = {e.name for e in ents}
    assert "Tomas Brandt" in names
    assert not any("\n" in doc.text[s:e] for e in ents for s, e in e.mentions)
    assert not any(n.endswith("’s") or n.endswith("'s") for n in names)
    assert not any("Protecting" in n for n in names)


def test_speaker_tagged_as_organisation_becomes_the_person(nlp):
    doc, ents = _entities(nlp, "“The port will close,” said Ilse Gauthier, a harbour official. "
                               "“Nobody wants that,” Gauthier said.")
    ilse = _owner(doc, ents, "Ilse Gauthier")
    assert ilse is not None and ilse.type == "PERSON"
    assert _owner(doc, ents, "Gauthier", 1) is ilse


def test_capital_as_actor_joins_its_state_and_as_place_stays_a_place(nlp):
    text = ("France has rebuilt its ties with Paris allies. Paris is eager to sign the accord. "
            "The minister studied law in Paris before the war.")
    doc, ents = _entities(nlp, text)
    france = _owner(doc, ents, "France")
    assert france is not None and france.name == "France"
    assert _owner(doc, ents, "Paris is eager"[:5], 1) is france
    place = _owner(doc, ents, "Paris", 2)
    assert place is not None and place is not france


def test_seat_of_government_and_demonym_plural_are_the_state(nlp):
    text = ("Japan is watching closely. The Kantei fears a long dispute. "
            "The Japanese are becoming impatient, and the Japanese government agrees.")
    doc, ents = _entities(nlp, text)
    japan = _owner(doc, ents, "Japan")
    assert japan is not None and japan.name == "Japan"
    assert _owner(doc, ents, "Kantei") is japan
    assert _owner(doc, ents, "Japanese") is japan


def test_short_forms_name_one_state_and_compounds_split(nlp):
    text = ("The US and the United States Navy are not the same. America wants calm. "
            "U.S. officials spoke. US-Mexico trade grew and Mexico was pleased.")
    doc, ents = _entities(nlp, text)
    us = _owner(doc, ents, "US")
    assert us is not None and us.name == "United States"
    assert _owner(doc, ents, "America") is us
    assert _owner(doc, ents, "U.S.") is us
    assert _owner(doc, ents, "US-Mexico"[:2], 1) is us
    mexico = _owner(doc, ents, "Mexico")
    assert mexico is not None and mexico is not us
    assert _owner(doc, ents, "Mexico", 1) is mexico


def test_coordinated_state_names_split(nlp):
    doc, ents = _entities(nlp, "Talks between North and South Korea resumed. South Korea sent a delegation.")
    south = _owner(doc, ents, "South Korea")
    assert south is not None and south.name == "South Korea"
    assert _owner(doc, ents, "South Korea", 1) is south
    north = _owner(doc, ents, "North")
    assert north is not None and north.name == "North Korea"


def test_leaders_government_is_the_state_when_the_text_gives_the_nationality(nlp):
    text = ("Portuguese President Rui Matos visited the fair. Critics said Matos’s government was slow. "
            "Portugal denied it.")
    doc, ents = _entities(nlp, text)
    portugal = _owner(doc, ents, "Portugal")
    assert portugal is not None
    assert _owner(doc, ents, "Matos’s government") is portugal
    matos = _owner(doc, ents, "Rui Matos")
    assert matos is not None and matos.type == "PERSON" and matos.role and "President" in matos.role


@pytest.mark.parametrize("words", ["family", "brothers", "sisters"])
def test_family_words_do_not_make_a_person_mention(nlp, words):
    doc, ents = _entities(nlp, f"Lena Orsolo leads the party. The Orsolo {words} own the bank.")
    lena = _owner(doc, ents, "Lena Orsolo")
    assert lena is not None
    family_start = doc.text.index(f"Orsolo {words}")
    assert not any(s <= family_start < e for s, e in lena.mentions)


def test_his_country_gives_the_leaders_state_and_unknown_nationality_keeps_the_person(nlp):
    text = ("Rui Matos wants growth in northern Portugal, the poorest part of his country. "
            "Critics said Matos’s government was slow. Elsewhere, Ines Calder’s government fell.")
    doc, ents = _entities(nlp, text)
    portugal = _owner(doc, ents, "Portugal")
    assert portugal is not None and portugal.name == "Portugal"
    assert _owner(doc, ents, "Matos’s government") is portugal
    calder = _owner(doc, ents, "Ines Calder")
    assert calder is not None and calder.type == "PERSON"


def test_his_country_is_not_a_state_the_sentence_sets_against_him(nlp):
    text = ("When the premier meets Rui Matos in Oslo next month, he can confront the island's leader about "
            "his country's raids on banks and the risk they pose to Canada. Critics say Matos's government "
            "may cancel the talks.")
    doc, ents = _entities(nlp, text)
    canada = _owner(doc, ents, "Canada")
    assert canada is None or _owner(doc, ents, "Matos's government") is not canada


def test_his_country_skips_the_state_a_preposition_sets_against_him_for_the_nearer_own_one(nlp):
    text = ("Lifting the bans on trade with Canada would let Rui Matos grow northern Portugal, the poorest part of "
            "his country. Critics said Matos's government was slow.")
    doc, ents = _entities(nlp, text)
    assert _owner(doc, ents, "Matos's government") is _owner(doc, ents, "Portugal")


def test_editorial_brackets_leave_the_canonical_name(nlp):
    doc, ents = _entities(nlp, "“We will win,” said [Oskar] Lindqvist on Monday. Lindqvist then left.")
    person = _owner(doc, ents, "Lindqvist", 1)
    assert person is not None and "[" not in person.name and "]" not in person.name


def test_a_surname_that_is_also_a_state_stays_the_person(nlp):
    text = "Senator Tom Jordan praised the plan. Jordan said the vote was close. Jordan and Egypt signed a pact."
    doc, ents = _entities(nlp, text)
    tom = _owner(doc, ents, "Tom Jordan")
    assert tom is not None and tom.type == "PERSON"
    second = _owner(doc, ents, "Jordan", 1)
    assert second is None or second is tom


def test_a_name_never_runs_over_a_comma_and_the_surname_names_the_person(nlp):
    # the parser tags "Obama, Brian Kiprono" as one ORG here; the bare surname later as a PERSON
    text = ("Siding with Obama, Brian Kiprono, a Nakuru baker, said, “This council will soon turn into a "
            "tyrant unless the rents are fixed,” Kiprono said.")
    doc, ents = _entities(nlp, text)
    assert not any("," in e.name for e in ents)
    kiprono = _owner(doc, ents, "Brian Kiprono")
    assert kiprono is not None and kiprono.type == "PERSON" and kiprono.name == "Brian Kiprono"
    assert _owner(doc, ents, "Kiprono", 1) is kiprono
    assert _owner(doc, ents, "Obama") is not kiprono


def test_a_company_or_generational_suffix_keeps_its_comma(nlp):
    doc, ents = _entities(nlp, "Acme Holdings, Inc. said profits rose at its Kessel plant.")
    assert any(e.name == "Acme Holdings, Inc." for e in ents)


def test_a_list_inside_an_organisation_name_stays_whole(nlp):
    doc, ents = _entities(nlp, "Ana Lind of the Kessel Institute for Women, Peace and Security spoke first.")
    assert any(e.name == "Kessel Institute for Women, Peace and Security" for e in ents)


def test_a_common_word_before_a_surname_is_no_given_name(nlp):
    text = ("Senator Lind said the talks would resume. But the Never Lind whispers can be heard among people who "
            "call themselves good Democrats.")
    doc, ents = _entities(nlp, text)
    lind = _owner(doc, ents, "Lind")
    assert lind is not None and lind.name == "Lind"
    assert _owner(doc, ents, "Never Lind") is not lind


def test_a_name_on_a_headline_line_keeps_only_the_words_prose_writes(nlp):
    from dossier.nlp.entities.headlines import Headlines

    doc = nlp("Port Closure Likely Next Week, Vell Vows In Kessel\n\nForeign Minister Tomas Vell told reporters "
              "the port would close.")
    vell = next(t.i for t in doc if t.text == "Vell")
    assert Headlines(doc).trim(vell, vell + 2) == (vell, vell + 1)  # "Vell Vows" -> "Vell"
    later = [t.i for t in doc if t.text == "Tomas"][0]
    assert Headlines(doc).trim(later, later + 2) == (later, later + 2)  # prose is never trimmed


def test_a_hyphenated_title_before_a_name_is_one_word(nlp):
    doc = nlp("\"The club will rebuild,\" said long-time general manager Tomas Vell on Monday.")
    (vell,) = [e for e in find_entities(doc) if e.type == "PERSON"]
    assert vell.role == "long-time general manager"


def test_a_surname_that_is_another_persons_family_name_first_stays_apart(nlp):
    # "Kim" is the diplomat's last name and the envoy's family name, written first: either may be meant
    doc, ents = _entities(nlp, "North Korean envoy Kim Hae Won met the American diplomat Daniel Kim in Seoul. "
                               "Kim Hae Won said the talks went well. Mr. Kim wants the sanctions eased.")
    assert getattr(_owner(doc, ents, "Kim", 3), "name", None) != "Daniel Kim"
    assert _owner(doc, ents, "Daniel Kim").name == "Daniel Kim"


def test_a_surname_before_a_restated_full_name_is_the_surname(nlp):
    # page link text: "President Vell" then the full name run into the next headline
    doc, ents = _entities(nlp, "President Vell Tomas Arne VellGOP senators balk at lengthy recess\n\n"
                               "Vell said on Monday that jobs matter.")
    assert [e.name for e in ents if e.type == "PERSON"] == ["Vell"]
    doc, ents = _entities(nlp, "Speaker Ada Lind Ada LindDemocrats split over the harbour plan\n\n"
                               "Ada Lind said on Monday that the plan would pass.")
    assert [e.name for e in ents if e.type == "PERSON"] == ["Ada Lind"]


def test_a_seat_of_government_after_a_name_is_not_part_of_the_person(nlp):
    # the parser sometimes tags "the Carver White House" as one person (here it says ORG; the split is asked
    # of the span as a person's)
    from dossier.nlp.entities.extract import _split_compounds
    from dossier.nlp.entities.states import index

    doc = nlp("The crisis has left the Carver White House scrambling to persuade lawmakers.")
    start = [t.i for t in doc if t.text == "Carver"][0]
    parts = _split_compounds(doc, start, start + 3, "PERSON", index())
    assert [doc[s:e].text for s, e, _ in parts] == ["Carver", "White House"]


def test_a_bare_surname_keeps_its_person_after_a_relative_is_named(nlp):
    text = ("President Tomas Vell arrived in Oslo on Monday. Vell met the king. On Tuesday Vell and First Lady "
            "Anna Vell dined with the mayor. Vell later said the visit went well.")
    doc, ents = _entities(nlp, text)
    assert _owner(doc, ents, "Vell", 4).name == "Tomas Vell"


def test_a_title_of_the_other_gender_takes_the_relative(nlp):
    text = "Tomas Vell arrived in Oslo on Monday. Vell met the king. His wife, Anna Vell, also came. Mrs. Vell said she liked the city."
    doc, ents = _entities(nlp, text)
    assert _owner(doc, ents, "Vell", 1).name == "Tomas Vell"
    assert _owner(doc, ents, "Vell", 3).name == "Anna Vell"


def test_a_son_with_a_suffix_is_not_his_father(nlp):
    text = ("President Tomas Vell spoke on Monday. About a year ago, Tomas Vell Jr. met a lawyer. "
            "Vell said he knew nothing.")
    doc, ents = _entities(nlp, text)
    assert _owner(doc, ents, "Tomas Vell Jr.").name == "Tomas Vell Jr."
    assert _owner(doc, ents, "Tomas Vell").name == "Tomas Vell"
    assert _owner(doc, ents, "Vell", 2).name == "Tomas Vell"


def test_a_surname_takes_the_son_when_he_is_the_only_one(nlp):
    doc, ents = _entities(nlp, "Tomas Vell Jr. met a lawyer in Oslo on Monday. Vell said the meeting was short.")
    assert _owner(doc, ents, "Vell", 1).name == "Tomas Vell Jr."


def test_a_surname_is_not_the_sons_when_the_text_shows_the_father_by_his_post(nlp):
    # read 21: a bare surname written "President Vell" or "Vell's eldest son" names the father, whom the
    # text never names in full: it is not the son's ("Tomas Vell Jr.")
    doc, ents = _entities(nlp, "Halvard Pask, the incumbent, trails President Vell in the polls. A clip was shared by "
                               "Tomas Vell Jr. on Monday. Vell said the clip was old.")
    assert _owner(doc, ents, "Tomas Vell Jr.").name == "Tomas Vell Jr."
    assert getattr(_owner(doc, ents, "Vell", 2), "name", None) != "Tomas Vell Jr."
    doc, ents = _entities(nlp, "Vell's eldest son, Tomas Vell Jr., met a lawyer in Oslo. Tomas Vell Jr. said the "
                               "meeting was short. Vell later met the lawyer too.")
    assert getattr(_owner(doc, ents, "Vell", 3), "name", None) != "Tomas Vell Jr."


def test_a_surname_takes_the_titled_son_when_he_is_the_only_one(nlp):
    doc, ents = _entities(nlp, "Gov. Tomas Vell Jr. met a lawyer in Oslo on Monday. Gov. Vell said the meeting was short.")
    assert _owner(doc, ents, "Vell", 1).name == "Tomas Vell Jr."
    doc, ents = _entities(nlp, "The chief of staff, Gen. Tomas Vell Jr., met a lawyer in Oslo. Officials, including "
                               "General Vell, say the policy stands.")
    assert _owner(doc, ents, "Vell", 1).name == "Tomas Vell Jr."


def test_a_surname_run_into_common_words_ends_before_them(nlp):
    # the parser sometimes tags "a Vell Shutdown" as a person; the text writes "shutdown" in lower case
    from dossier.nlp.entities.extract import _WordUse, _before_common_word

    doc = nlp('Vell spoke on Monday. Vell said the port must stay open. "We cannot afford a Vell Shutdown," the '
              'councillors said. Vell said the shutdown would be short. Kim Jong Un met Kim. Kim said no.')
    words = _WordUse(doc)
    vell = [t.i for t in doc if t.text == "Vell"][2]
    assert _before_common_word(doc, vell, vell + 2, words) == vell + 1
    kim = [t.i for t in doc if t.text == "Kim"][0]
    assert _before_common_word(doc, kim, kim + 3, words) == kim + 3


def test_a_hyphenated_piece_of_a_name_is_no_common_word(nlp):
    from dossier.nlp.entities.extract import _WordUse, _before_common_word

    doc = nlp("Kim met the envoy. Kim Jong Un spoke first, and Kim Jong-un then left. Kim said nothing.")
    kim = [t.i for t in doc if t.text == "Kim"][1]
    assert _before_common_word(doc, kim, kim + 3, _WordUse(doc)) == kim + 3


def test_a_name_run_together_in_gallery_captions_is_not_the_persons_name(nlp):
    text = ("Photos: President Tomas Vell visits Kessel Vell waves to the crowd. Hide Caption 1 of 3 Photos: President "
            "Tomas Vell visits Kessel Vell meets the mayor. Hide Caption 2 of 3 Photos: President Tomas Vell visits "
            "Kessel Vell lays a wreath. Hide Caption 3 of 3\n\nIn his brief remarks on press freedom, Vell justified his "
            "choice to travel to Kessel while critics are jailed.")
    names = {e.name for e in find_entities(nlp(text))}
    assert "Kessel Vell" not in names


def test_the_north_is_the_one_state_named_north(nlp):
    text = ("North Korea tested a rocket engine on Sunday, officials in Seoul said. The North has used such tests to "
            "press for talks before.")
    by_name = {e.name: e for e in find_entities(nlp(text))}
    assert "The North" in by_name["North Korea"].aliases or "North" in by_name["North Korea"].aliases
    assert "North" not in by_name


def test_the_south_stays_a_region_when_two_states_are_named_south(nlp):
    text = ("South Korea and South Sudan signed a trade pact on Monday. The South has long sought new markets for "
            "its grain.")
    names = {e.name for e in find_entities(nlp(text))}
    assert "South Korea" in names and "South Sudan" in names
    assert not any(e.name in ("South Korea", "South Sudan") and "South" in e.aliases for e in find_entities(nlp(text)))


def test_a_title_read_into_a_name_is_no_part_of_it(nlp):
    """"State Councilor Dae Kwon": the post's title is neither the person's first name nor, its first word, an
    organisation of its own; a word that names a body alone ("Treasury Secretary …") stays one."""
    doc, ents = _entities(nlp, "He met with President Oru Tanaki and State Councilor Dae Kwon on Monday. "
                               "Treasury Secretary Lin Haomei warned the markets.")
    names = {e.name: e for e in ents}
    assert "State" not in names
    assert "Dae Kwon" in names and names["Dae Kwon"].role == "State Councilor"
    assert "Treasury" in names


def test_a_party_name_keeps_its_first_word(nlp):
    """"Liberal Democrats" is another party than the Democrats: the adjective spaCy leaves out is part of the
    name; a word that only qualifies the party ("House Democrats") is not."""
    doc, ents = _entities(nlp, "They stand against the tariff. The far smaller Liberal Democrats want a fresh "
                               "vote on it, while House Democrats want a vote.")
    names = {e.name for e in ents}
    assert "Liberal Democrats" in names and "Democrats" in names


def test_a_plural_noun_opening_the_sentence_is_no_first_name(nlp):
    """"Discussions Halvorsen will have …": the noun capitalised by its place is run into the surname after it;
    a first name ending in "s" stays ("Evans Tolliver")."""
    doc, ents = _entities(nlp, "Halvorsen flies to Oslo on Monday. The talks will be hard, an aide says. Discussions "
                               "Halvorsen will have with the other leaders can frame those decisions, he says.")
    assert [e.name for e in ents if e.type == "PERSON"] == ["Halvorsen"]
    doc, ents = _entities(nlp, "Tolliver spoke on Monday. Evans Tolliver, a former envoy, said the conversations "
                               "were not serious. Tolliver left.")
    assert "Evans Tolliver" in {e.name for e in ents}


def test_a_name_tagged_as_two_people_around_an_untagged_word_is_one(nlp):
    """"[Aung San] Thet [Kyi]": spaCy tags the name's first and last words as two people and leaves the middle
    word out; the person is the whole name, not "Kyi"."""
    doc, ents = _entities(nlp, "During the trial last week, Ostrian leader Aung San Thet Kyi defended the army's action.")
    assert [e.name for e in ents if e.type == "PERSON"] == ["Aung San Thet Kyi"]


def test_a_photo_credit_is_never_joined_to_the_name_after_it(nlp):
    text = "Kessel\n\nMary Altaffer/AP Photo Tomas Brell leaves the court in Kessel on Monday.\n\nTomas Brell said he had lied."
    names = {e.name for e in find_entities(nlp(text))}
    assert "Tomas Brell" in names and not any("Photo" in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("Anna Vell spoke on Monday. Invoking Ronald Tarn, the senator said the wall must come down.", "Ronald Tarn"),
    ("Anna Vell resigned on Monday. Breaking David Hume-Carter has also resigned, the party said.", "David Hume-Carter"),
    ("Anna Vell spoke on Monday. Removing Vell from office would take 67 votes in the chamber.", "Vell"),
])
def test_a_capitalised_gerund_is_no_part_of_the_name_after_it(nlp, text, name):
    doc, ents = _entities(nlp, text)
    persons = {e.name for e in ents if e.type == "PERSON"}
    assert not any(n.split()[0] in ("Invoking", "Breaking", "Removing") for n in persons)
    assert any(name in n for n in persons)


def test_an_ing_given_name_stays(nlp):
    doc, ents = _entities(nlp, "Irving Tolliver wrote the essay in Lisbon. Tolliver said it was late.")
    assert "Irving Tolliver" in {e.name for e in ents}


@pytest.mark.parametrize("text, name", [
    ("Rather than thanking him, Vell Tarnov - he opened the book and we talked.", "Vell Tarnov"),
    ("Ivo Brant - Kessel Courier reported the vote.", "Kessel Courier"),
])
def test_a_name_never_runs_over_a_spaced_dash(nlp, text, name):
    doc, ents = _entities(nlp, text)
    names = {e.name for e in ents}
    assert name in names and not any(" - " in n for n in names)
    assert "Anna Hume-Carter" in {e.name for e in _entities(nlp, "Anna Hume-Carter spoke in Kessel.")[1]}


# Read 17: a speaker as fully named as the article allows.
def test_a_name_the_tagger_cut_in_two_is_one_person_called_by_both_family_names(nlp):
    doc, ents = _entities(nlp, "Border talks\n\nOstrian President Mateo Andres Ruiz Ortega met the envoys on Monday. "
                                "\"We want a fair deal,\" Ruiz Ortega said after the meeting.")
    person = _owner(doc, ents, "Ruiz Ortega", nth=1)
    assert person.name == "Mateo Andres Ruiz Ortega" and person.type == "PERSON"


def test_two_people_side_by_side_stay_two_when_the_first_surname_recurs(nlp):
    doc, ents = _entities(nlp, "Summit\n\nThe Ivo Brant Tomas Vell summit ended early. Brant left first, and Vell "
                                "stayed behind.")
    assert all(e.name != "Ivo Brant Tomas Vell" for e in ents)


def test_a_bracketed_short_form_is_the_organisation_named_before_it(nlp):
    doc, ents = _entities(nlp, "Border\n\nOn Monday the Immigration and Border Enforcement agency (IBE) said it "
                                "would add staff. IBE said the new rules start in May.")
    short = _owner(doc, ents, "IBE", nth=1)
    assert short is not None and short.name == "Immigration and Border Enforcement"
    assert short is _owner(doc, ents, "Immigration and Border")


# Fresh read, speakers 2: a short form in brackets the tagger gave no entity, or whose spelled-out name it
# missed, is still that body: its later bare uses name the body in full.
@pytest.mark.parametrize("text, short, full", [
    ("Aid\n\nSchools in the valley are run by the Harbour Relief and Works Agency (HRWA), which has 300 staff. "
     "\"The roofs leak,\" HRWA said in a statement on Monday.", "HRWA", "Harbour Relief and Works Agency"),
    ("Aid\n\nThe Harbour Relief and Works Agency (HRWA) runs schools in the valley. \"The roofs leak,\" HRWA "
     "said in a statement on Monday.", "HRWA", "Harbour Relief and Works Agency"),
    ("Fish\n\nBoats stayed in port. The Northern Ferry Workers Union (NFWU) called a strike on Monday. NFWU said "
     "the strike would last a week.", "NFWU", "Northern Ferry Workers Union"),
])
def test_an_untagged_short_form_is_the_body_spelled_out_before_it(nlp, text, short, full):
    doc, ents = _entities(nlp, text)
    owner = _owner(doc, ents, short, nth=1)
    assert owner is not None and owner.name == full and short in owner.aliases


def test_letters_that_do_not_spell_the_name_are_no_short_form(nlp):
    doc, ents = _entities(nlp, "Aid\n\nThe Harbour Relief and Works Agency (KTP) runs schools in the valley. "
                                "KTP said on Monday the roofs leak.")
    owner = _owner(doc, ents, "KTP", nth=1)
    assert owner is None or owner.name != "Harbour Relief and Works Agency"


@pytest.mark.parametrize("text, role", [
    ("Following his first talks with Lena Marsh, the new harbour minister made it clear he would spend more time "
     "in Kessel.", None),
    ("Lena Marsh, the new harbour minister, said the ferries would run again in May.", "new harbour minister"),
])
def test_the_subject_after_an_opening_phrase_is_not_the_role_of_the_name_ending_it(nlp, text, role):
    """Issue 9, a role that is another person's: "With Marsh, [the minister] made …" gives Marsh no role."""
    _, ents = _entities(nlp, text)
    (marsh,) = [e for e in ents if e.name == "Lena Marsh"]
    assert marsh.role == role


def test_an_occupation_written_as_a_title_is_no_part_of_the_name(split):
    shown, _ = split("March\n\nThousands marched in Kessel on Sunday. \"It is the least they could do,\" said Protester "
                     "Jade Holm, who had marched for days. Holm said the march would go on.")
    assert {a.speaker.name for _, a in shown} == {"Jade Holm"}


def test_a_hyphenated_name_with_a_particle_is_one_person(nlp):
    doc, ents = _entities(nlp, "Talks\n\nPrime Minister Haidar Al-Kessali met the envoys on Monday. Al-Kessali said his "
                                "government is \"uneasy\" about the new pact.")
    assert [e.name for e in ents if e.type == "PERSON"] == ["Haidar Al-Kessali"]


def test_a_bare_surname_shared_by_two_people_goes_to_the_one_named_before_it(nlp):
    text = ("Mayor Oskar Brandvik opened the ferry terminal in Tollum on Friday. Brandvik praised the dock "
            "workers. Weeks later Lena Brandvik, a painter, showed her harbour studies in Norvik. Oskar Brandvik "
            "was not there. Lena Brandvik sold nine canvases. Lena Brandvik plans a second show.")
    doc, ents = _entities(nlp, text)
    oskar, lena = _owner(doc, ents, "Oskar Brandvik"), _owner(doc, ents, "Lena Brandvik")
    assert oskar is not None and lena is not None and oskar is not lena
    assert _owner_at(ents, doc.text.index("Brandvik praised")) is oskar


def test_a_title_or_pronoun_at_a_shared_surname_says_which_of_the_two_it_is(nlp):
    text = ("Petra Skovgaard and her husband Anton Skovgaard run a bakery in Vellmar. Anton Skovgaard bakes; "
            "Petra Skovgaard keeps the books. Mrs. Skovgaard said the rent had doubled. "
            "Skovgaard said he would not raise prices.")
    doc, ents = _entities(nlp, text)
    petra, anton = _owner(doc, ents, "Petra Skovgaard"), _owner(doc, ents, "Anton Skovgaard")
    mrs = doc.text.index("Mrs. Skovgaard") + 5
    bare = doc.text.index("Skovgaard said he")
    assert _owner_at(ents, mrs) is petra
    assert _owner_at(ents, bare) is anton


def test_a_shared_surname_with_no_cue_names_neither_person(nlp):
    text = ("Petra Skovgaard and Anton Skovgaard run a bakery in Vellmar. Anton Skovgaard bakes; "
            "Petra Skovgaard keeps the books. Skovgaard told the council the rent had doubled.")
    doc, ents = _entities(nlp, text)
    petra, anton = _owner(doc, ents, "Petra Skovgaard"), _owner(doc, ents, "Anton Skovgaard")
    owner = _owner_at(ents, doc.text.index("Skovgaard told"))
    assert owner is not petra and owner is not anton


def test_a_shared_surname_stays_with_the_far_more_named_person(nlp):
    text = ("Governor Halvard Moe signed the fishing bill. Halvard Moe had fought for it. Critics of Halvard "
            "Moe called it rushed. His niece Sigrid Moe, a student, attended. Moe said the fleet would grow.")
    doc, ents = _entities(nlp, text)
    halvard = _owner(doc, ents, "Halvard Moe")
    assert _owner_at(ents, doc.text.index("Moe said")) is halvard


def _owner_at(ents, start):
    owners = [e for e in ents if any(s <= start < e_ for s, e_ in e.mentions)]
    return owners[0] if len(owners) == 1 else None


@pytest.mark.parametrize("text, name", [
    ("Governor Hwang Dae-in said on Tuesday that the port would reopen.", "Hwang Dae-in"),
    ("President Moon Jae-in said the talks would resume.", "Moon Jae-in"),
])
def test_a_hyphened_given_name_keeps_a_syllable_english_also_writes(nlp, text, name):
    doc, ents = _entities(nlp, text)
    assert [e.name for e in ents if e.type == "PERSON"] == [name]


def test_a_name_before_a_hyphened_english_word_stays_the_name(nlp):
    doc, ents = _entities(nlp, "Governor Ivo Brant-era rules on the quay were repealed, Lena Sorvik said.")
    assert "Ivo Brant-era" not in [e.name for e in ents]


def _with_person_span(nlp, text, words):
    """``text`` parsed, with ``words`` typed one PERSON span as the parser may type a headline's run of
    capitalised words."""
    from spacy.tokens import Span

    doc = nlp(text)
    at = text.index(words)
    span = doc.char_span(at, at + len(words))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start, span.end, "PERSON")]
    return doc


# Strict reads on unseen articles: a headline's place and verb run into a name ("Ostria Weighing Varn Visit")
# make no person's name, and the quotes of the person get the real full name.
@pytest.mark.parametrize("text, junk, speaker", [
    ("Ostria Weighing Varn Visit\n\nOstria is weighing a visit by President Ilse Varn next month, officials said."
     "\n\n\"We are ready to talk,\" Varn said on Tuesday.", "Ostria Weighing Varn", "Ilse Varn"),
    ("Kessel Backing Brant Bid\n\nKessel is backing the bid of Senator Ivo Brant.\n\n\"We are ready,\" Brant said.",
     "Kessel Backing Brant", "Ivo Brant"),
])
def test_a_headlines_verb_run_into_a_name_makes_no_person(nlp, text, junk, speaker):
    from dossier.nlp.attribution.extract import find_attributions

    doc = _with_person_span(nlp, text, junk)
    ents = find_entities(doc)
    assert not any(junk in e.name for e in ents)
    assert [a.speaker.name for a in find_attributions(doc, ents)] == [speaker]


@pytest.mark.parametrize("text, bare", [
    ("Senator Mark Varn met his daughter, Lena Varn, a lawyer, on Friday.\n\nVarn said the bill \"will pass by "
     "June.\"\n\nLena Varn told reporters she opposed the bill. Lena Varn has worked in the capital for a decade.",
     "Varn said"),
    ("Governor Tomas Brell spoke at the rally on Monday with his son, Jared Brell, beside him.\n\n\"We will win "
     "this state,\" Brell said.\n\nJared Brell later said the campaign would open ten new offices. Jared Brell "
     "also praised the volunteers.", "Brell said"),
])
def test_a_surname_after_two_namesakes_each_named_once_names_neither_for_later_full_names(nlp, text, bare):
    # a reader has seen each namesake named once by then: full mentions further on do not make it theirs
    doc, ents = _entities(nlp, text)
    first, second = (e for e in ents if e.type == "PERSON" and len(e.name.split()) == 2)
    owner = _owner_at(ents, doc.text.index(bare))
    assert owner is not first and owner is not second


def test_a_post_on_a_bare_surname_names_the_namesake_who_holds_it(nlp):
    text = ("Over the months, Helen Dunmore misstated facts about her email as trade secretary.\n\n"
            "DUNMORE: \"The system was set up for President Dunmore's office.\" — March press conference.\n\n"
            "An adviser to former President Paul Dunmore said he had shut the server.\n\n"
            "DUNMORE: \"What I did was allowed.\"")
    doc, ents = _entities(nlp, text)
    helen, paul = _owner(doc, ents, "Helen Dunmore"), _owner(doc, ents, "Paul Dunmore")
    assert _owner_at(ents, doc.text.index("President Dunmore's") + 10) is paul
    assert _owner_at(ents, doc.text.index("DUNMORE: \"What")) is helen  # a namesake's post marks only its mention
    assert "President" not in (helen.role or "")


def test_a_rank_on_a_bare_surname_names_the_namesake_of_that_rank_not_a_parent(nlp):
    text = ("Officials gave the parents of Army Sgt. Jonas Halvik broad access to the search, sharing updates with "
            "Emil and Greta Halvik for years.\n\nSoon after Sgt. Halvik went missing in the mountains, the ministry "
            "set up a program. Emil Halvik has praised the guards. Officials released three prisoners in exchange "
            "for Sgt. Halvik last month.")
    doc, ents = _entities(nlp, text)
    jonas = _owner(doc, ents, "Jonas Halvik")
    assert _owner(doc, ents, "Halvik", 2) is jonas
    assert _owner(doc, ents, "Halvik", 4) is jonas


def test_a_surname_keeps_the_subject_it_stood_for_after_a_namesake_is_named_once(nlp):
    # the subject is named again in full only later: the bare surname in between is still hers
    text = ("Everyone, including Carla Tenby, now agrees that the harbour plan was a mistake. A new audit shows "
            "that Tenby's choice put the port at risk.\n\nThe Carla and Otto Tenby aide who kept the ledgers met "
            "Otto Tenby twice. Officials warned Tenby in writing. Tenby herself doubted the figures.\n\n"
            "Who signed the plan? Carla Tenby.")
    doc, ents = _entities(nlp, text)
    carla = _owner(doc, ents, "Carla Tenby")
    assert _owner_at(ents, doc.text.index("Officials warned Tenby") + 17) is carla


def test_a_surname_beside_a_relative_named_by_given_name_is_the_other_namesake(nlp):
    text = ("Critics attacked the envoy for shaking the hand of Ostrian President Ramon Delvar, the brother of Tomas "
            "Delvar, at the summit. Officials said later that Mr. Delvar and his brother Tomas are ruthless rulers.")
    doc, ents = _entities(nlp, text)
    assert _owner_at(ents, doc.text.index("Mr. Delvar") + 4) is _owner(doc, ents, "Ramon Delvar")


def test_a_familiar_given_name_is_no_namesake_for_a_bare_surname(nlp):
    text = ("Deputy Ana Roll says that Robert Kessler broke the rules and must resign. \"Bob Kessler is in clear "
            "breach of the code,\" Roll said. \"No one knows Mr. Kessler's aims,\" she added.")
    doc, ents = _entities(nlp, text)
    robert, bob = _owner(doc, ents, "Robert Kessler"), _owner(doc, ents, "Bob Kessler")
    assert _owner_at(ents, doc.text.index("Mr. Kessler") + 4) in (robert, bob)  # one man, two forms of his name


def test_initials_after_an_adjective_stay_a_body_not_a_titled_person(nlp):
    # "official" here is an adjective of the agency, no person's title: the initials name a body, with no post
    doc, ents = _entities(nlp, "“The drills will fail,” Marevia's official MNA said on Monday.")
    mna = _owner(doc, ents, "MNA")
    assert mna is not None and mna.type != "PERSON" and not mna.role


# Read 38: a president called only "President X" and "X" all through, and his wife named in full once, far below
# ("first lady Ilse X"): every bare "X" went to her, and so did his words.
PRESIDENT_AND_SPOUSE = (
    "President Varga is calling on the Harbour League to readmit Ostria to the group.\n\n"
    "Varga, talking to reporters as he left the palace, said Ostria should be at the table.\n\n"
    "On Friday the president wrote online that he would fly to Kessel to discuss fishing quotas.\n\n"
    "Varga said he had a list of names for possible pardons. He also said first lady Ilse Varga wanted to join "
    "him on the trip but could not fly for a month.\n")


def test_a_titled_surname_long_before_a_spouse_named_in_full_is_not_the_spouse(nlp):
    doc, ents = _entities(nlp, PRESIDENT_AND_SPOUSE)
    president = _owner(doc, ents, "Varga", 0)
    assert president is not None and president.name == "Varga"
    assert _owner(doc, ents, "Varga", 2) is president
    assert _owner(doc, ents, "Ilse Varga").name == "Ilse Varga"


def test_a_titled_surname_joins_the_full_name_given_later_without_a_post(nlp):
    doc, ents = _entities(nlp, "President Varga is calling on the Harbour League to readmit Ostria.\n\n"
                               "Varga said Ostria should be at the table.\n\n"
                               "The statement was signed Tomas J. Varga and dated Friday.\n")
    assert _owner(doc, ents, "Varga", 0).name == "Tomas J. Varga"


@pytest.mark.parametrize("text, tagged, whole", [
    ("Agency Deputy Administrator Pell Brenes said the repairs were late.", "Pell Brenes", "Pell Brenes"),
    ("“We see nationalist voices,” tweeted Anders Fogh Brenes, the former head of the board.", "Fogh Brenes",
     "Anders Fogh Brenes"),
    ("The harbour of Velm Brenes said it would close.", "Brenes", "Brenes"),  # a place before: no given name
])
def test_a_person_span_takes_the_given_name_the_tagger_left_out_before_it(nlp, text, tagged, whole):
    from spacy.tokens import Span

    from dossier.nlp.entities.extract import _joined_people
    doc = nlp(text)
    start = doc.text.index(tagged)
    span = doc.char_span(start, start + len(tagged))
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]
    assert [e.text for e in _joined_people(doc)] == [whole]


def test_first_of_two_family_names_alone_is_the_person_named_in_full(nlp):
    doc, ents = _entities(nlp, "The dispute grew.\n\n“We will appeal,” said Rolando Ibarra Tejeda, a lawyer for "
                               "the union. Ibarra Tejeda said the court was wrong. “It is unfair,” Ibarra said.")
    rolando = _owner(doc, ents, "Rolando Ibarra Tejeda")
    assert rolando is not None and rolando.name == "Rolando Ibarra Tejeda"
    assert _owner(doc, ents, "Ibarra Tejeda said") is rolando
    assert _owner(doc, ents, "Ibarra said") is rolando


def test_a_middle_given_name_alone_is_not_the_person_named_in_full(nlp):
    doc, ents = _entities(nlp, "The harbour office was closed.\n\n“The ferries will sail,” said Farin Adel "
                               "Karimzai, the port director. Adel said the quay would reopen.")
    farin = _owner(doc, ents, "Farin Adel Karimzai")
    assert farin is not None and _owner(doc, ents, "Adel said") is not farin


# Strict reads, round 16: a headline's verb between two names ("Brant Congratulates Lind") is no name's word;
# the name is the subject before it, and a speaker is never named by the whole run.
def test_a_headlines_verb_inside_a_name_cuts_it(nlp):
    from dossier.nlp.entities.headlines import Headlines

    doc = nlp("4:35pm – Brant Congratulates Lind\n\nIvo Brant, head of the port authority, has congratulated Ada "
              "Lind on her win.")
    brant = next(t.i for t in doc if t.text == "Brant")
    assert Headlines(doc).trim(brant, brant + 3) == (brant, brant + 1)


def test_a_headlines_verb_after_an_unknown_name_is_cut(nlp):
    from dossier.nlp.entities.headlines import Headlines

    doc = nlp("2:10pm – Orrin Congratulates\n\nThe commission's president has congratulated the new leader of the "
              "harbour council.")
    orrin = next(t.i for t in doc if t.text == "Orrin")
    assert Headlines(doc).trim(orrin, orrin + 2) == (orrin, orrin + 1)


@pytest.mark.parametrize("text, junk, speaker", [
    ("Harbour Council Picks Leader\n\n4:35pm – Brant Congratulates Lind\n\nThe head of the port authority has "
     "congratulated Mayor Lind on her win.\n\nLind added: \"It was the fishermen who carried this campaign.\"",
     "Brant Congratulates Lind", "Lind"),
    ("Mayor Lind flew to Kessel on Monday, aides said. Discussions Lind will have with the governors \"can shape "
     "the harbour for a decade,\" aides say.\n\n\"We are ready,\" Lind said.",
     "Discussions Lind", "Lind"),
])
def test_a_junk_run_the_tagger_typed_a_person_names_no_speaker(nlp, text, junk, speaker):
    from dossier.nlp.attribution.extract import find_attributions

    doc = _with_person_span(nlp, text, junk)
    names = {a.speaker.name for a in find_attributions(doc, find_entities(doc))}
    assert junk not in names and speaker in names


def test_a_live_pages_heading_closed_by_a_colon_is_a_headline(nlp):
    from dossier.nlp.entities.headlines import Headlines

    doc = nlp("5.53pm – Orrin Congratulates Lind:\n\nThe commission's president congratulated Mayor Lind warmly, "
              "and Orrin Vass said the vote was fair.")
    orrin = next(t.i for t in doc if t.text == "Orrin")
    assert Headlines(doc).trim(orrin, orrin + 3) == (orrin, orrin + 1)


@pytest.mark.parametrize("text, name, role", [
    ("“The paper stands by the story,” Harbour Gazette Editor in Chief Ana Lind said.", "Ana Lind",
     "Harbour Gazette Editor in Chief"),
    ("Ostrian Commander in Chief Tomas Vell said on Monday that the port would reopen.", "Tomas Vell",
     "Ostrian Commander in Chief"),
])
def test_a_title_with_in_inside_is_read_whole(nlp, text, name, role):
    """Strict reads of roles on fresh articles (roles16d): "Editor in Chief" is the title, not its last word."""
    _, ents = _entities(nlp, text)
    assert {e.name: e.role for e in ents}[name] == role


# Fresh read 17, pronouns: "Mrs. Dahl" is the woman named in full with that surname, though her husband,
# whose given name the gender lists do not know, is named more often; the "she" after it is hers.
def test_a_gendered_title_picks_the_namesake_of_that_gender(nlp):
    text = ("Harbour\n\nAnn Dahl sailed beside her husband, Torvin Dahl, all summer. Torvin Dahl spoke at every "
            "quay.\n\nMrs. Dahl still defends her choice to fish, which a rival mocked in May.\n\nSo did Mrs. Dahl. "
            "\"I chose the sea,\" she said in her first post.")
    doc, ents = _entities(nlp, text)
    ann = next(e for e in ents if e.name == "Ann Dahl")
    at = text.index("Mrs. Dahl still") + len("Mrs. ")
    assert any(s <= at < e for s, e in ann.mentions)


# Strict read, round 17: a given name written in syllables apart keeps a last syllable English also writes as a
# word ("Hwang Dal In", not "Hwang Dal"); a title-case line after a name is not taken in.
@pytest.mark.parametrize("text, name", [
    ("Talks\n\nPresident Hwang Dal In said the ferry talks were over. Hwang left the port.", "Hwang Dal In"),
    ("Talks\n\nFormer envoy Baek Su On said on Monday that the ferry talks were over.", "Baek Su On"),
])
def test_a_spaced_given_name_keeps_its_function_word_syllable(nlp, text, name):
    doc, ents = _entities(nlp, text)
    owner = _owner(doc, ents, name)
    assert owner is not None and owner.name == name


def test_a_title_case_line_after_a_name_is_not_a_syllable(nlp):
    doc, ents = _entities(nlp, "Talks\n\nThe ferry stopped. Envoy Hwang Dal said the talks were over. In the port, "
                               "crowds waited.")
    assert "Hwang Dal" in {e.name for e in ents}


# Strict reads, round 17 (roles): a bare title or rank before a name ("Professor", "senior author") gives way
# to what the same mention's appositive says the person is, where it names a body or a place.
@pytest.mark.parametrize("text, name, role", [
    ("“The talks are fragile,” said Professor Anika Brulow, a maritime law expert at Corven University in Talsbury.",
     "Anika Brulow", "maritime law expert at Corven University in Talsbury"),
    ("Senior author Matteo Quirrel, a botanist at the Helsted Institute of Plant Science, said the seeds had sprouted.",
     "Matteo Quirrel", "botanist at the Helsted Institute of Plant Science"),
    ("Col. Edvin Rask, a spokesman for the Veldorian Coast Guard, said the patrols would go on.",
     "Edvin Rask", "spokesman for the Veldorian Coast Guard"),
])
def test_a_bare_title_gives_way_to_an_appositive_naming_a_body(nlp, text, name, role):
    _, ents = _entities(nlp, text)
    assert {e.name: e.role for e in ents}[name] == role


@pytest.mark.parametrize("text, name, role", [
    # an office of state is the post itself; a past post or a description without a body does not displace it
    ("Mayor Lora Pim, a lawyer at the Dunmore Legal Clinic, said the bill would pass.", "Lora Pim", "Mayor"),
    ("Professor Anika Brulow, a former adviser to the Corven Port Board, said the talks were fragile.",
     "Anika Brulow", "Professor"),
    ("Professor Anika Brulow, a keen sailor, said the talks were fragile.", "Anika Brulow", "Professor"),
    ("Envoys include General Edvin Rask, the chairman of the Harbour Board and Lora Pim, the Veldorian envoy for Talsbury.",
     "Edvin Rask", "General"),
    ("Veldorian Defence Minister Oskar Vantrell, a commander in the Veldorian navy, said the fleet was ready.",
     "Oskar Vantrell", "Veldorian Defence Minister"),
])
def test_a_title_stays_where_the_appositive_names_no_present_body(nlp, text, name, role):
    _, ents = _entities(nlp, text)
    assert {e.name: e.role for e in ents}[name] == role


def test_a_programme_label_before_a_name_is_cut_and_a_plain_name_kept(nlp):
    from dossier.nlp.entities.extract import after_page_label

    doc = nlp("Watch Ivo Brant speak.")
    assert after_page_label(doc, 0, 3) == 1
    doc = nlp("Ivo Brant spoke.")
    assert after_page_label(doc, 0, 2) == 0


def test_a_video_players_close_label_in_capitals_is_cut_and_a_surname_close_kept(nlp):
    """Read 80: "CLOSE Donald Trump …", a USA TODAY clip's button text run into the name, had named its 8
    records; "Close" in title case may be a name ("Ada Close")."""
    from dossier.nlp.entities.extract import after_page_label

    doc = nlp("CLOSE Ivo Brant and his aides blamed the crews for the delay.")
    assert after_page_label(doc, 0, 3) == 1
    doc = nlp("Close Brant aides blamed the crews for the delay.")
    assert after_page_label(doc, 0, 2) == 0


def test_a_bare_surname_after_a_namesake_named_in_full_just_before_is_no_ones(nlp):
    """Round 44 (``people.namesake_unsure``): father and son share a surname; the bare one right after the
    father's full name is not the son's, the surname's owner so far, nor surely the father's."""
    text = ("Senator Marek Dralle has spent the year on the road. Marek Dralle told donors in Kessel that the "
            "party must change. Senator Dralle later met the mayor.\n\nHis father, Ivo Dralle, ran for the nomination "
            "in 2009. In the 2009 debate, Dralle argued that the bank was to blame.")
    doc, ents = _entities(nlp, text)
    at = text.index("Dralle argued")
    owner = next((e for e in ents if any(s == at for s, _ in e.mentions)), None)
    assert owner is None or len(owner.name.split()) == 1


# Strict reads, round 18 (roles): two jobs joined by "and" before a name are one role; a number opening a body's
# name stays with it though the parser hangs it on the name; a relative clause, a group's plural noun and a
# past post before "and now" are no part of a role; a bare rank before an office clause is no role of its own.
@pytest.mark.parametrize("text, name, role", [
    ("Telvarian historian and author Osric Mallow said the letters were forged.", "Osric Mallow",
     "Telvarian historian and author"),
    ("The clinic closed, physician and novelist Orla Brenn told the paper.", "Orla Brenn", "physician and novelist"),
    ("61 West analyst Juno Pradel said the launch had failed.", "Juno Pradel", "61 West analyst"),
    ("“The levy is unfair,” wrote Nessa Corrin, a tax expert whose dismissal from a policy shop drew notice.",
     "Nessa Corrin", "tax expert"),
    ("“The fares will rise,” said Hedda Lunn, a onetime harbour pilot and now a senior fellow of the shipping "
     "program at the Pellam Institute in Orvik.", "Hedda Lunn",
     "senior fellow of the shipping program at the Pellam Institute in Orvik"),
    # the office the clause gives is read by the attribution path (``attribution.roles``): no bare title here
    ("“The data are clear,” said Professor Lidia Farn, who heads the Orvik Climate Laboratory.", "Lidia Farn", None),
])
def test_a_role_is_the_whole_present_post_and_nothing_else(nlp, text, name, role):
    _, ents = _entities(nlp, text)
    assert {e.name: e.role for e in ents}[name] == role



def test_page_widgets_run_into_a_name_are_cut_off(nlp):
    from dossier.nlp.entities.extract import page_widget_run
    doc = nlp("AP Photo Whitcombe hails a new era")
    assert page_widget_run(doc, 0, 3) == 2
    doc = nlp("Facebook Twitter Pinterest Coastal farmers rally")
    assert page_widget_run(doc, 0, 5) == 3
    doc = nlp("Sony Pictures Entertainment said on Monday")
    assert page_widget_run(doc, 0, 3) == 0  # a company's own name keeps its words
    doc = nlp("Facebook users said on Monday")
    assert page_widget_run(doc, 0, 2) == 0
    names = {e.name for e in find_entities(nlp("Harbour deal\n\nSecretary of State Gerald Whitcombe greets the "
                                                "minister. | AP Photo Whitcombe hails a new era in harbour ties\n\n"
                                                "Gerald Whitcombe praised the deal."))}
    assert not any("Photo" in n for n in names)


def test_a_full_name_typed_as_a_body_that_says_something_is_a_person(nlp):
    text = ("“The commission will travel to the site and search for the wreckage,” Petro Kalynets said.\n\n"
            "A team from Karelia reached the site on Friday. Kalynets added that the inquiry would take weeks.")
    doc, ents = _entities(nlp, text)
    person = _owner(doc, ents, "Petro Kalynets")
    assert person is not None and person.type == "PERSON" and person.name == "Petro Kalynets"
    assert _owner(doc, ents, "Kalynets", 1) is person


@pytest.mark.parametrize("text, name", [
    ("Brenton College's Mara Lind Professor of Law Oskar Hale called the verdict careless.", "Oskar Hale"),
])
def test_a_posts_field_is_no_part_of_the_name_after_it(nlp, text, name):
    """"Professor of [Law] Oskar Hale": the field a post is of ends the title; the person is "Oskar Hale"."""
    doc, ents = _entities(nlp, text)
    person = _owner(doc, ents, name)
    assert person is not None and not isinstance(person, tuple) and person.name == name


def test_a_day_after_a_name_is_no_part_of_it(nlp):
    # analyst23: a speaker "Trump Sunday" ("… called President Trump Sunday to thank him"), a PERSON span the
    # small model gives only for names it knows well, so the span is built here
    from spacy.tokens import Doc
    from dossier.nlp.entities.extract import without_day

    doc = Doc(nlp.vocab, words="Dren called President Quell Sunday to thank him . Quell said no .".split())
    assert without_day(doc, 3, 5) == (3, 4)
    assert without_day(doc, 4, 5) == (4, 5)  # a one-word span stays what it is
    doc = Doc(nlp.vocab, words="Mara Quell 2017 : the year she sued".split())
    assert without_day(doc, 0, 3) == (0, 2)
    doc = Doc(nlp.vocab, words="The preacher Ivo Sunday spoke . Sunday said no .".split())
    assert without_day(doc, 2, 4) == (2, 4)  # "Ivo" stands nowhere alone: Sunday is his name


# Read 83: a verb of speech opening an inverted attribution ("Said Vell: …") is no given name; the tagger's
# "Said Vell" had named the article's every bare "Vell" and its speaker.
def test_an_inverted_cue_is_no_part_of_a_name(nlp):
    from spacy.tokens import Doc

    from dossier.nlp.attribution.speakers import person_names
    from dossier.nlp.entities.extract import after_inverted_cue, find_entities

    text = ("Harbour\n\nOfficials praised the new quay on Monday.\n\nSaid Vell: \"What I have said all along is that "
            "the quay is a problem. I want it fixed.\"")
    doc = nlp(text)
    names = [e.name for e in find_entities(doc) if e.type == "PERSON"]
    assert "Vell" in names and "Said Vell" not in names
    assert not any(n.startswith("Said") for n in person_names(doc, find_entities(doc)))
    words = Doc(nlp.vocab, words="Said Hamdi , a dock worker , said no .".split(),
                sent_starts=[True] + [False] * 9)
    assert after_inverted_cue(words, 0, 2) == 0  # no colon: a person called Said keeps his name


@pytest.mark.parametrize("place", ["U.N.", "EU"])
def test_a_bodys_short_form_run_into_a_holders_name_is_split_from_it(nlp, split, place):
    """Read 85: an envoy's post, its place's short form and her name, written together, were tagged one body;
    the speaker's name began with the short form and the role ended on "the": the short form is the place."""
    text = (f"The council of Velmora and its neighbours have called for an urgent meeting on the fees on Monday "
            f"afternoon, Ambassador to the {place} Sandra Holm said in a statement Sunday.")
    doc, ents = _entities(nlp, text)
    names = {e.name for e in ents}
    assert "Sandra Holm" in names and not any(n.endswith(" Sandra Holm") for n in names)
    shown, hidden = split(text)
    speakers = {(a.speaker.name, a.speaker.role) for _, a in shown + hidden}
    assert ("Sandra Holm", f"Ambassador to the {place}") in speakers


def test_initials_before_a_surname_stay_the_name(nlp):
    doc, ents = _entities(nlp, "J.R. Brant scored twenty points, and the league said the game would stand.")
    assert "J.R. Brant" in {e.name for e in ents}


def test_a_sentences_full_stop_run_into_a_name_is_no_part_of_it():
    """Read 87: a name closing a paragraph kept the sentence's full stop on its last word, and every record of
    the speaker was named with it; a suffix's own stop stays."""
    from dossier.nlp.entities.extract import _canonical

    assert _canonical(["Ivo Brant.", "Brant"]) == "Ivo Brant"
    assert _canonical(["Ivo Brant Jr."]) == "Ivo Brant Jr."
    assert _canonical(["Kessel Corp.", "Kessel"]) == "Kessel Corp."
    assert _canonical(["U.S."]) == "U.S."


def test_a_rare_given_name_before_the_tagged_name_joins_it(nlp):
    doc, ents = _entities(nlp, "Kurdish lawmaker Dzhem Ostan Hevi told reporters the vote was delayed. "
                               "Mr. Hevi said the council would meet.")
    assert _owner(doc, ents, "Hevi", 1).name == "Dzhem Ostan Hevi"


def test_a_word_the_text_also_writes_alone_is_no_given_name(nlp):
    doc, ents = _entities(nlp, "Kurdish lawmaker Dzhem Ostan Hevi told reporters the vote was delayed. "
                               "Mr. Hevi said the council in Dzhem would meet.")
    assert _owner(doc, ents, "Hevi", 1).name == "Ostan Hevi"


def test_a_body_named_with_a_final_letter_is_not_the_body_without_it(nlp):
    """A strict read: "Kestrel Air said …" given to its sister airline, "Kestrel Air X" (typed PERSON; the letter dropped
    as an initial made both one name). The short name the article uses as a body's is another body."""
    text = ("A plane flown by JetOsta vanished on Sunday. JetOsta said there were 142 people aboard, including "
            "16 children. JetOsta X, a sister airline, said it would help.")
    doc, ents = _entities(nlp, text)
    parent, sister = _owner(doc, ents, "JetOsta", 1), _owner(doc, ents, "JetOsta X")
    assert parent is not None and sister is not None and parent is not sister
    assert parent.name == "JetOsta" and sister.name == "JetOsta X"


def test_a_persons_last_initial_keeps_the_bare_given_name(nlp):
    """Near miss: a person named by a given name and the initial of the surname ("Keisuke W.") is still the
    person named by the given name alone; no body's name is written without the letter."""
    text = ("Keisuke W., a 40-year-old teacher, lost his home in the flood. Keisuke said he was waiting for help. "
            "\"I have nothing left,\" Keisuke W. said.")
    doc, ents = _entities(nlp, text)
    assert _owner(doc, ents, "Keisuke", 1) is _owner(doc, ents, "Keisuke W.")


def test_a_bodys_name_ending_on_one_letter_loses_the_sentences_full_stop():
    """The tokenizer reads "X." closing a sentence as an initial; in a body's name the stop is the sentence's.
    A known given name before the letter is a person's initial ("John F.")."""
    from dossier.nlp.entities.extract import _canonical

    assert _canonical(["Harlan Lines Q."], body=True) == "Harlan Lines Q"
    assert _canonical(["JetOsta X."], body=True) == "JetOsta X"
    assert _canonical(["John F."], body=True) == "John F."
    assert _canonical(["Keisuke W."]) == "Keisuke W."
