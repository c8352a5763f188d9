"""Roles of organisations from their descriptions, and of people named "of" a body, on fictional text."""
import pytest

pytestmark = pytest.mark.slow


def speaker_roles(nlp, text):
    from dossier.nlp.attribution import split_attributions
    from dossier.nlp.entities.extract import find_entities
    doc = nlp(text)
    shown, _ = split_attributions(doc, find_entities(doc))
    return {a.speaker.name: a.speaker.role for a in shown}


# An organisation described beside its name: an appositive headed by a body's noun (a relative clause is no
# part of the role), or a descriptor set before the name.
@pytest.mark.parametrize("text, name, role", [
    ("Velmar Front, the terror group, said on Sunday that its fighters had left the port of Kessel.",
     "Velmar Front", "terror group"),
    ("The Harlow Polling Company, the polling firm that commissioned the study, said the numbers were clear.",
     "Harlow Polling Company", "polling firm"),
    ("The Dravik Brigades, the military wing of the Ostrian Liberation Party, said they fired the rockets.",
     "Dravik Brigades", "military wing of the Ostrian Liberation Party"),
    ("The Velmoran news agency Velpress said the launch had succeeded.", "Velpress", "Velmoran news agency"),
    # a hyphened word and a possessive stay whole in a descriptor
    ("Velmoria's state-run news agency KVNA said the launch had succeeded.", "KVNA",
     "Velmoria's state-run news agency"),
    ("The Velmoran children's agency VELKID said the attack was disturbing.", "VELKID", "Velmoran children's agency"),
])
def test_an_organisation_described_beside_its_name_has_that_role(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe survey was run in May by the Harlow Polling Company, a polling firm based in Kessel. "
     "On Monday the Harlow Polling Company said that most dockers backed the strike.",
     "Harlow Polling Company", "polling firm"),
    ("Harbour\n\nThe Kremlin mouthpiece RTV ran the story first. “We will not stop,” RTV reported on Monday.",
     "RTV", "Kremlin mouthpiece"),
    ("Harbour\n\nThe terror group Velmar Front claimed the attack. “We will not stop,” Velmar Front said on Monday.",
     "Velmar Front", "terror group"),
])
def test_an_organisations_description_is_carried_to_its_later_quotes(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


@pytest.mark.parametrize("text, name", [
    # a person's noun is a person's role, never an organisation's
    ("The Harlow Polling Company, the firm's founder, said the numbers were clear.", "Harlow Polling Company"),
    # a place's noun is no body
    ("Vestmark, the port city, said on Monday that the quay would close.", "Vestmark"),
    # a list is no description
    ("KVNA, Ostria Wire, the union and the port board said on Monday that the quay would close.", "KVNA"),
])
def test_no_body_noun_no_organisation_role(nlp, text, name):
    assert not speaker_roles(nlp, text).get(name)


# A person named "of" a body with no comma: the body's name is the role; a place is no role.
@pytest.mark.parametrize("text, name, role", [
    ("Jeffrey Lane of the Middlebury Institute said the port would reopen.", "Jeffrey Lane", "Middlebury Institute"),
    ("“The port will reopen,” said Ana Roe of the Kessel Policy Center.", "Ana Roe", "Kessel Policy Center"),
    # strict reads of dev roles (AllSides 1041-1999): "from" a body as "of" it
    ("“The reefs are dying,” Ivo Brant from the Institute for Harbour Studies in Kessel said.", "Ivo Brant",
     "Institute for Harbour Studies in Kessel"),
])
def test_a_person_named_of_a_body_has_the_body_as_role(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


@pytest.mark.parametrize("text, name", [
    ("“The port will reopen,” said Ana Roe of Brooklyn.", "Ana Roe"),
    ("“The port will reopen,” said Bram Tollen of Kessel, Ostria.", "Bram Tollen"),
    ("Ivo Smith of Ohio said the port would reopen.", "Ivo Smith"),
    ("“The reefs are dying,” Ivo Brant from Ohio said.", "Ivo Brant"),
])
def test_a_person_named_of_a_place_has_no_role(nlp, text, name):
    assert not speaker_roles(nlp, text).get(name)


# A news outlet's name alone is no post (``roles._not_outlet``): a correspondent's? a columnist's?
@pytest.mark.parametrize("text, name", [
    ("“The port will reopen,” said Bram Tollen of the Harlan Times.", "Bram Tollen"),
    ("“The port will reopen,” said Bram Tollen, of the Harlan Times.", "Bram Tollen"),
])
def test_a_person_named_of_an_outlet_has_no_role(nlp, text, name):
    assert not speaker_roles(nlp, text).get(name)


def test_a_person_with_a_role_keeps_it_over_a_body_named_of(nlp):
    text = ("Harbour\n\nBram Tollen, the director of the Harlan Group, visited the quay. Later Tollen of the "
            "Harlan Group said it would reopen.")
    assert speaker_roles(nlp, text).get("Bram Tollen") == "director of the Harlan Group"


def test_a_second_appositive_describes_the_body_inside_the_first_not_the_person(nlp):
    text = ("“The border talks have stalled,” said Ivo Brant, director of the Harlan Institute for Border Studies, "
            "a research group in Ostria.")
    assert speaker_roles(nlp, text).get("Ivo Brant") == "director of the Harlan Institute for Border Studies"


# A body whose name is a proper word before its kind ("VNA news agency"): the owner and descriptive words set
# before the name, with the kind, are its role, as a person's owner and title are ("Ostria's President").
# Source: strict reads of body sources (a state agency's description dropped).
@pytest.mark.parametrize("text, name, role", [
    ("“The drills will fail,” Marevia's official MNA news agency said.", "MNA news agency",
     "Marevia's official news agency"),
    ("“We will not back down,” the state-run MNA news agency said on Tuesday.", "MNA news agency",
     "state-run news agency"),
    ("“The storm hit the coast,” the state-run Kordpress agency said.", "Kordpress agency", "state-run agency"),
    ("“Fares will rise,” Marevia's Skyvel airline said on Friday.", "Skyvel airline", "Marevia's airline"),
])
def test_the_words_before_a_bodys_name_and_its_kind_are_its_role(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


def test_the_kind_later_is_the_body_named_before_with_its_role(nlp):
    text = ("Harbour\n\n“The storm hit the coast,” the state-run Kordpress agency said on Monday. The agency also "
            "said that the ferries would stop.")
    from dossier.nlp.attribution import split_attributions
    from dossier.nlp.entities.extract import find_entities
    doc = nlp(text)
    shown, unshown = split_attributions(doc, find_entities(doc))
    found = {(a.speaker.name, a.speaker.role) for a in (*shown, *unshown)}
    assert found == {("Kordpress agency", "state-run agency")}


@pytest.mark.parametrize("text, name", [
    ("“The drills will fail,” the MNA news agency said.", "MNA news agency"),  # nothing before the name
])
def test_a_bodys_name_with_its_kind_alone_takes_no_role(nlp, text, name):
    assert not speaker_roles(nlp, text).get(name)


# A body named and described, the description set off by commas: one body ("the central bank, the Bank of
# Marevia": the parser's conjunct is an appositive); a name that reads as a person's is still the body when a
# body's noun is set beside it ("the Unity Front, Marevia's ruling party").
@pytest.mark.parametrize("text, name, role", [
    ("“Prices are easing,” the country's central bank, the Bank of Marevia, said on Wednesday.", "Bank of Marevia",
     "country's central bank"),
    ("“Prices are easing,” the central bank, the Bank of Marevia, said.", "Bank of Marevia", "central bank"),
    ("“Taxes will stay low,” the Unity Front, Marevia's ruling party, said.", "Unity Front",
     "Marevia's ruling party"),
])
def test_a_body_described_beside_its_name_is_one_speaker_with_that_role(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role



def test_a_body_of_the_kind_a_generic_noun_names():
    from dossier.nlp.attribution.org_roles import of_kind

    assert of_kind("Levant Front", None, "group")
    assert of_kind("KVNA", "state news agency", "agency")
    assert of_kind("Harbour Agency", None, "agency")
    assert not of_kind("Kessel Courier", None, "group")
    assert not of_kind("Levant Front", None, "agency")
