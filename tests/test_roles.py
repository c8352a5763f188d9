"""Roles from appositives and titles, on sentences about fictional people."""
import pytest

from dossier.nlp.attribution.roles import role_of

pytestmark = pytest.mark.slow


def role_for(nlp, text, name):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    return role_of(doc, span.start, span.end)


def test_appositive_after_name(nlp):
    text = "Ivo Brant, director of the Harlan Institute for Border Studies, said the talks had stalled."
    assert role_for(nlp, text, "Ivo Brant") == "director of the Harlan Institute for Border Studies"


def test_title_before_name(nlp):
    text = "Ostrian foreign minister Tomas Vell told reporters the treaty was dead."
    assert role_for(nlp, text, "Tomas Vell") == "Ostrian foreign minister"


def test_institution_title_before_name(nlp):
    text = "The plan is unworkable, a Marlow Institute senior fellow Ana Lind wrote on Sunday."
    assert role_for(nlp, text, "Ana Lind") == "Marlow Institute senior fellow"


def test_no_role(nlp):
    assert role_for(nlp, "Ana Lind arrived in Vestland on Sunday.", "Ana Lind") is None


# Fresh read, rule 4: an organisation's name stays whole in a role, though its last word is also an adverb.
def test_an_organisation_name_ending_in_a_common_word_stays_whole(nlp):
    from dossier.nlp.attribution.roles import as_role

    text = "“The quay is a public good,” said Edda Rask, senior counsel at Access Now, a group that defends crews."
    assert role_for(nlp, text, "Edda Rask") == "senior counsel at Access Now"
    assert as_role("head of Harbours Now") == "head of Harbours Now"
    assert as_role("head of the Kessel party recently") == "head of the Kessel party"


# Fresh read, rule 4: a role is not cut short: a capitalised first word the parser read as a verb because it
# opens the sentence ("Presumptive"), a title's own "of" ("Secretary of State"), an organisation's "of …" tail
# past the length limit ("… Fund of the United States").
def speaker_roles(nlp, text):
    from dossier.nlp.attribution import split_attributions
    from dossier.nlp.entities.extract import find_entities
    doc = nlp(text)
    shown, _ = split_attributions(doc, find_entities(doc))
    return {a.speaker.name: a.speaker.role for a in shown}


@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed again. Presumptive Republican presidential nominee John Miller said on Monday "
     "that the quay would reopen in May.", "John Miller", "Presumptive Republican presidential nominee"),
    ("Harbour\n\nMayor Ivo Brant said on Wednesday that Secretary of State John Miller was on his way back. Later, "
     "Secretary Miller said the talks had gone well.", "John Miller", "Secretary of State"),
    ("Harbour\n\n\"The port needs new money,\" said John Miller, director of the Future of Harbours Program at the "
     "Marlow Harbour Fund of the United States, once a pilot in the port.", "John Miller",
     "director of the Future of Harbours Program at the Marlow Harbour Fund of the United States"),
    ("Harbour\n\nThe money will come from other projects, acting White House chief of staff John Miller told "
     "reporters on Monday.", "John Miller", "acting White House chief of staff"),
    ("Harbour\n\nThe quay was closed again. Meanwhile Republican nominee John Miller said on Monday that the quay "
     "would reopen in May.", "John Miller", "Republican nominee"),
    ("Harbour\n\nThe quay was closed again. Supporters of President John Miller said on Monday that the quay "
     "would reopen in May. Miller said it would reopen.", "John Miller", "President"),
])
def test_a_role_keeps_its_whole_title(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Read 17: a role the article gives at the first full mention is carried to every later quote of that person:
# a title written short ("Ostrian Sen.", "Wisconsin Gov."), an occupation as a title ("Nurse"), a role set before
# the name between commas, even when the parser hangs the name on the role's organisation.
@pytest.mark.parametrize("text, name, role", [
    ("Budget\n\nOn Monday, Ostrian Sen. Marek Dovan spoke at length. Later, Dovan said the vote would come soon.",
     "Marek Dovan", "Ostrian Sen."),
    ("Budget\n\nOn Monday, Wisconsin Gov. Ana Lind signed the order. Lind said the state would sue.", "Ana Lind",
     "Wisconsin Gov."),
    ("Clinic\n\nAt the Kessel clinic, Nurse Kara Hollis worked two shifts. Hollis said she would return to work.", "Kara Hollis", "Nurse"),
    ("Budget\n\nThe senior counsel at Kessel Rights Group, Cara Vitt, read the bill twice. Vitt said the court "
     "would decide.", "Cara Vitt", "senior counsel at Kessel Rights Group"),
    ("Budget\n\nOn Friday, House Speaker John Miller met the leaders. Later, Miller said the bill would pass.",
     "John Miller", "House Speaker"),
    ("Budget\n\nThe bill came up on Friday. Senate Minority Whip Mary Lane said it would not pass.", "Mary Lane",
     "Senate Minority Whip"),
    ("Budget\n\nKESSEL - Harbor Radio - Sen. Marek Dovan spoke at length on Monday. Dovan said the vote would come "
     "soon.", "Marek Dovan", "Sen."),
    ("Budget\n\nChief of the Ostrian Defence Staff, Gen. Ole Marten, visited the depot. Marten said the crews were "
     "prepared.", "Ole Marten", "Chief of the Ostrian Defence Staff"),
    # the opening word of a post the parser leaves hanging at the sentence's start (roles.POST_PREFIXES)
    ("Budget\n\nVice Chairman of the Kessel Port Authority, Ole Marten, walked the quay. Marten said the cranes "
     "were idle.", "Ole Marten", "Vice Chairman of the Kessel Port Authority"),
    ("Budget\n\nDeputy Director of the Harbour Board, Lena Orsk, said the quay was ready.", "Lena Orsk",
     "Deputy Director of the Harbour Board"),
])
def test_a_role_from_the_first_mention_is_carried_to_later_quotes(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


def test_a_role_set_before_the_name_is_not_part_of_the_speakers_name(nlp):
    found = speaker_roles(nlp, "Budget\n\nThe senior counsel at Kessel Rights Group, Cara Vitt, said the bill was "
                               "unfair.")
    assert found == {"Cara Vitt": "senior counsel at Kessel Rights Group"}


@pytest.mark.parametrize("text, name, role", [
    ("Following his first talks with Lena Marsh, the new harbour minister made it clear he would spend more time "
     "in Kessel.", "Lena Marsh", None),
    ("After a dinner with Tomas Vell, the Ostrian trade envoy told reporters the quay would reopen.", "Tomas Vell", None),
    ("Lena Marsh, the new harbour minister, said the ferries would run again in May.", "Lena Marsh",
     "new harbour minister"),
    ("“The ferries will run again in May,” said Lena Marsh, the new harbour minister.", "Lena Marsh",
     "new harbour minister"),
])
def test_the_subject_after_an_opening_phrase_is_another_person(nlp, text, name, role):
    """Issue 9, a role that is another person's: the noun phrase after "With Marsh," is the clause's subject."""
    assert role_for(nlp, text, name) == role


def test_a_group_that_calls_someone_names_does_not_name_him(nlp):
    """"Members of the Ostrian parliament called Ivo Brant a buffoon", parsed (as spaCy parses such a lede
    before a dash) with "called" hanging on "Members": they call him names; he is not one of them, so the
    group's noun is never his role. "A man called Ivo Brant" still names him."""
    from spacy.tokens import Doc

    from dossier.nlp.attribution.speakers import _called

    words = ["Members", "of", "the", "Ostrian", "parliament", "called", "Ivo", "Brant", "a", "buffoon", "left"]
    heads = [10, 0, 4, 4, 1, 0, 7, 5, 9, 5, 10]
    deps = ["nsubj", "prep", "det", "amod", "pobj", "acl", "compound", "oprd", "det", "oprd", "ROOT"]
    tags = ["NNS", "IN", "DT", "JJ", "NN", "VBN", "NNP", "NNP", "DT", "NN", "VBD"]
    pos = ["NOUN", "ADP", "DET", "ADJ", "NOUN", "VERB", "PROPN", "PROPN", "DET", "NOUN", "VERB"]
    lemmas = ["member", "of", "the", "Ostrian", "parliament", "call", "Ivo", "Brant", "a", "buffoon", "leave"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert _called(doc[0]) is None
    single = Doc(nlp.vocab, words=["A", "man", "called", "Ivo", "left"], heads=[1, 4, 1, 2, 4],
                 deps=["det", "nsubj", "acl", "oprd", "ROOT"], tags=["DT", "NN", "VBN", "NNP", "VBD"],
                 pos=["DET", "NOUN", "VERB", "PROPN", "VERB"], lemmas=["a", "man", "call", "Ivo", "leave"])
    assert _called(single[1]) == (3, 4)


# Roles missed or cut (read 20): an occupation set before the name, a title written in capitals in a tag,
# and a post of two conjoined titles.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe ferry line will add two boats, entrepreneur Halvard Moe said on Monday.", "Halvard Moe",
     "entrepreneur"),
    ("Harbour\n\nThe ferry line will add two boats, said OSTRIAN PRESIDENT Halvard Moe on Monday.", "Halvard Moe",
     "Ostrian President"),
    ("Harbour\n\n\"We will not sign,\" said Halvard Moe, chair of the pilots' association and deputy head of "
     "the northern committee on harbour safety, on Monday.", "Halvard Moe",
     "chair of the pilots' association and deputy head of the northern committee on harbour safety"),
])
def test_an_occupation_a_title_in_capitals_and_a_joined_post_are_roles(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


def test_a_headline_in_capitals_before_a_name_is_no_role(nlp):
    roles = speaker_roles(nlp, "Harbour\n\nDOCK GUILD CHIEF SLAMS Halvard Moe over the ferry plan. Moe said the "
                               "boats would come in May.")
    assert roles.get("Halvard Moe") is None


def test_an_occupation_inside_another_persons_phrase_is_no_role(nlp):
    roles = speaker_roles(nlp, "Harbour\n\n\"The ferry will save the town,\" said Halvard Moe, a cousin of the mayor "
                               "and her architect husband, on Monday.")
    assert roles.get("Halvard Moe") is None


# Read 19: occupations and a party member's seat given beside a name are roles.
@pytest.mark.parametrize("text, name, role", [
    ("Port\n\nThe port will close, said Ana Lind, a postgraduate marketing student at Kessel University.", "Ana Lind",
     "postgraduate marketing student at Kessel University"),
    ("Port\n\nThe port will close, said Ivo Brant, the top Democrat on the House Harbor Committee.", "Ivo Brant",
     "top Democrat on the House Harbor Committee"),
    ("Port\n\nThe port will close, said Tomas Vell, a football player for the Kessel Eagles.", "Tomas Vell",
     "football player for the Kessel Eagles"),
    ("Port\n\nThe port will close, said Tomas Vell, the headmaster of the harbor school.", "Tomas Vell",
     "headmaster of the harbor school"),
    ("Port\n\nThe port will close, said Tomas Vell, a Democrat from Kessel.", "Tomas Vell", None),
    ("Border\n\nThe road was closed for hours, said Omar Haddan, a truck driver from Kessel.", "Omar Haddan",
     "truck driver from Kessel"),
    ("Border\n\nThe road was closed for hours, said Omar Haddan, the owner of a bakery on the quay.", "Omar Haddan",
     "owner of a bakery on the quay"),
])
def test_an_occupation_or_a_seat_beside_a_name_is_a_role(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


def test_a_role_cut_inside_a_possessive_loses_the_cut_part():
    from dossier.nlp.attribution.roles import as_role

    assert as_role("former star volleyball player on Ostria’s") == "former star volleyball player"
    assert as_role("head of the Kessel party") == "head of the Kessel party"


# Read 21, rule 1: a kinship noun whose relative is named is a role ("Mira Kovac's sister", "father of Sara
# Novak"), with or without commas; a relative only a pronoun or a common noun names is none.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. “We were never told,” said Vell's brother, Oskar Brandt.",
     "Oskar Brandt", "Vell's brother"),
    ("Harbour\n\nThe quay was closed. Oskar Brandt, Mira Vell's father, told reporters the gates were shut.",
     "Oskar Brandt", "Mira Vell's father"),
    ("Harbour\n\nThe quay was closed. The father of Sara Novak, Daniel Novak, said the gates were shut.",
     "Daniel Novak", "father of Sara Novak"),
    ("Harbour\n\nThe quay was closed. “She loved the sea,” said Daniel Novak, the father of Sara Novak.",
     "Daniel Novak", "father of Sara Novak"),
    ("Harbour\n\nThe quay was closed. “It is shut,” said Mira Kovac's sister Ana Vell.", "Ana Vell", "Mira Kovac's sister"),
    ("Harbour\n\nThe quay was closed. Her mother, Edda Rask, said the gates were shut.", "Edda Rask", None),
    ("Harbour\n\nThe quay was closed. “She loved the sea,” said Daniel Novak, the victim's brother.", "Daniel Novak", None),
    ("Harbour\n\nThe quay was closed. “She loved the sea,” said Daniel Novak, her brother.", "Daniel Novak", None),
    ("Harbour\n\nThe quay was closed. “She loved the sea,” said Daniel Novak, the son of the harbour master.",
     "Daniel Novak", None),
])
def test_a_kinship_noun_with_a_named_relative_is_a_role(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# Read 21, rule 2: a relative clause of office on the name ("who heads/leads/runs/founded …") is the office's noun
# "of" its object; a past post or a plural object is none.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. Tomas Grell, who heads an independent research center in Vestmark, says the "
     "gates were shut.", "Tomas Grell", "head of an independent research center in Vestmark"),
    ("Harbour\n\nThe quay was closed. “It is a disgrace,” said Lina Oster, who runs the Kessel Dockers Union.",
     "Lina Oster", "head of the Kessel Dockers Union"),
    ("Harbour\n\nThe quay was closed. Daniel Novak, who leads the Kessel Dockers Union, said the gates were shut.",
     "Daniel Novak", "leader of the Kessel Dockers Union"),
    ("Harbour\n\nThe quay was closed. Petra Holm, who founded the harbour watch group Clear Water, told reporters "
     "the gates were shut.", "Petra Holm", "founder of the harbour watch group Clear Water"),
    ("Harbour\n\nThe quay was closed. Daniel Novak, who headed the port authority until May, said the gates were "
     "shut.", "Daniel Novak", None),
    ("Harbour\n\nThe quay was closed. Daniel Novak, who runs three bakeries, said the gates were shut.",
     "Daniel Novak", None),
    ("Harbour\n\nThe quay was closed. Daniel Novak, who now leads the Kessel Dockers Union, said the gates were "
     "shut.", "Daniel Novak", "leader of the Kessel Dockers Union"),
    ("Harbour\n\nThe quay was closed. Daniel Novak, who serves as chairman of the Kessel Dockers Union, said the "
     "gates were shut.", "Daniel Novak", "chairman of the Kessel Dockers Union"),
    ("Harbour\n\nThe march was long. Tom Vekk, who works as a welder, said the pay was too low.", "Tom Vekk",
     "welder"),
    ("Harbour\n\nThe march was long. Tom Vekk, who serves as a reminder of the old strikes, said the pay was too "
     "low.", "Tom Vekk", None),
])
def test_a_relative_clause_of_office_is_a_role(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# Read 21, rule 3: an "of" appositive naming an institution is the person's affiliation; a place is none.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. Karl Dunne, of the Center for Maritime Studies at Kessel University, says the "
     "gates were shut.", "Karl Dunne", "Center for Maritime Studies at Kessel University"),
    ("Harbour\n\nThe quay was closed. Daniel Novak, of the Kessel Dockers Union, said the gates were shut.",
     "Daniel Novak", "Kessel Dockers Union"),
    ("Harbour\n\nThe quay was closed. “We are angry,” said Bo Smith, of Vestmark.", "Bo Smith", None),
    ("Harbour\n\nThe quay was closed. Daniel Novak, of Brookhaven, said the gates were shut.", "Daniel Novak", None),
    ("Harbour\n\nThe quay was closed. Daniel Novak, of Lake Marren, Ostria, said the gates were shut.",
     "Daniel Novak", None),
])
def test_an_institution_after_of_is_a_role_and_a_place_is_not(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# Read 21, rules 4 and 5: an age does not block a role and is not part of it; what someone is in an event
# ("protester") is a role; a possessor or a hyphened first part before a title stays with it.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. Amira Solen, a 25-year-old protester, said the gates were shut.",
     "Amira Solen", "protester"),
    ("Harbour\n\nThe quay was closed. “It is shut,” said Jon Akre, a 31-year-old harbour pilot.", "Jon Akre",
     "harbour pilot"),
    ("Harbour\n\nThe quay was closed. “It is shut,” said the harbour master's spokesman Lars Holm.", "Lars Holm",
     "harbour master's spokesman"),
    ("Harbour\n\nThe quay was closed. Kessel Air's vice-chairman, Lars Holm, said the gates were shut.", "Lars Holm",
     "Kessel Air's vice-chairman"),  # roles21c: whose post, as "Brant's spokesman" below
    ("Harbour\n\nThe quay was closed. Brant's spokesman, Lars Holm, said the gates were shut.", "Lars Holm",
     "Brant's spokesman"),
])
def test_an_age_a_possessor_and_a_hyphened_title(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# Read 21, rule 5: whose post it is, written before the title ("Ostria's President"), stays in the role though
# the entity's role reads "President"; a word the text ran into the title ("poor President") does not.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nOstria's President Ivo Brant arrived on Monday. “It is shut,” Ostria's President Ivo Brant said.",
     "Ivo Brant", "Ostria's President"),
    ("Harbour\n\nPresident Ivo Brant arrived on Monday. “It is shut,” poor President Ivo Brant said.",
     "Ivo Brant", "President"),
])
def test_the_owner_of_a_post_before_its_title_stays_in_the_role(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


def test_as_role_keeps_a_named_relative_and_drops_an_age():
    from dossier.nlp.attribution.roles import as_role, without_name

    assert as_role("Mira Vell's brother") == "Mira Vell's brother"
    assert as_role("father of Sara Novak") == "father of Sara Novak"
    assert as_role("her brother") is None
    assert as_role("the victim's brother") is None
    assert as_role("son of the harbour master") is None
    assert as_role("ex-wife") is None and as_role("Ivo Brant's ex-wife") == "Ivo Brant's ex-wife"
    assert as_role("a 25-year-old protester") == "protester"
    assert without_name("father of Sara Novak", "Daniel Novak") == "father of Sara Novak"


def test_without_name_keeps_a_bodys_kind_the_name_ends_on():
    from dossier.nlp.attribution.roles import without_name

    # a body's name ending on its kind in lower case shares it with the role: the kind stays
    assert without_name("Marevia's official news agency", "MNA news agency") == "Marevia's official news agency"
    # a person's name's lower-case particles are still the name's, cut off a role that ran into it
    assert without_name("Harbour Board Chair Ilse van der", "Ilse van der Brook") == "Harbour Board Chair"


# Strict reads of dev roles (AllSides 1041-1999), rule 1: a body's possessive right before a person's name is
# whom they work for ("Marlow University's Eva Sand"); a person's or a place's possessive is no role; an outlet's
# name alone is none (``test_an_outlets_name_alone_is_no_role_of_its_reporter``, roles20).
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. “The tide is rising,” Marlow University's Eva Sand said in an interview.",
     "Eva Sand", "Marlow University"),
])  # an outlet known by its name's words is none (``test_an_outlets_name_alone_is_no_role``, roles15)
def test_a_bodys_possessive_before_a_name_is_the_persons_employer(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


@pytest.mark.parametrize("text, name", [
    ("Harbour\n\nThe quay was closed. “We were never told,” Ostria's Ivo Brant said.", "Ivo Brant"),
    ("Harbour\n\nThe quay was closed. “I was fired,” Brant's Ana Roe said.", "Ana Roe"),
    ("Harbour\n\nTomas Brant spoke first. “He misled us,” Brant's Ana Roe said.", "Ana Roe"),
])
def test_a_persons_or_places_possessive_before_a_name_is_no_role(nlp, text, name):
    assert not speaker_roles(nlp, text).get(name)


# Rule 2: a body's name alone as the appositive of a name, as a byline gives it, is the person's body.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. “The plan is dead,” said Ana Roe, American Harbour Institute.", "Ana Roe",
     "American Harbour Institute"),
])
def test_a_bodys_name_as_appositive_is_the_persons_body(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


@pytest.mark.parametrize("text, name", [
    ("Harbour\n\nThe quay was closed. “Prices will rise,” said Tom Rask, Ostria.", "Tom Rask"),
    ("Harbour\n\nThe quay was closed. “It is over,” said Ivo Brant, Kessel Union, and Ana Roe.", "Ivo Brant"),
])
def test_a_place_or_a_list_after_a_name_is_no_body(nlp, text, name):
    assert not speaker_roles(nlp, text).get(name)


# Rule 3: an occupation written as a title before a name, capitalised or not, is the role, and no part of the name.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. “Repent now,” Evangelist Franklin Moss said on Sunday.", "Franklin Moss",
     "Evangelist"),
    ("Harbour\n\nThe quay was closed. “I loved the role,” Actress Mia Lund said.", "Mia Lund", "Actress"),
    ("Harbour\n\nThe quay was closed. “It was a circus,” former talk-show host Piers Vell said.", "Piers Vell",
     "former talk-show host"),
    ("Harbour\n\nThe quay was closed. “We were paid late,” former contractor Chris Wyld said.", "Chris Wyld",
     "former contractor"),
    ("Harbour\n\nThe quay was closed. “The case is closed,” Kessel prosecutor Franc Moline said.", "Franc Moline",
     "Kessel prosecutor"),
])
def test_an_occupation_before_a_name_is_a_title(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


def test_a_given_name_ending_like_an_agent_noun_is_no_title(nlp):
    roles = speaker_roles(nlp, "Harbour\n\nThe quay was closed. “We are fine,” Victor Brant said.")
    assert roles == {"Victor Brant": None}


# Rule 4: a post followed by a military rank: the post is the role, the rank goes with the name; a civil title
# after a post is still two titles run together.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. “No one was hurt,” Pentagon spokesman Col. Steve Warden said.",
     "Steve Warden", "Pentagon spokesman"),
    ("Harbour\n\nThe quay was closed. “The ships are safe,” Pentagon press secretary Rear Adm. John Kelby said.",
     "John Kelby", "Pentagon press secretary"),
    ("Harbour\n\nThe quay was closed. “Hold the line,” Kessel Defence Ministry spokesman Maj. Gen. Ivo Brask said.",
     "Ivo Brask", "Kessel Defence Ministry spokesman"),
])
def test_a_post_before_a_military_rank_is_the_role(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


@pytest.mark.parametrize("role, expected", [
    ("Pentagon spokesman Col.", "Pentagon spokesman"),
    ("Pentagon press secretary Rear Adm.", "Pentagon press secretary"),
    ("Kessel Navy Lt. Gen.", "Kessel Navy Lt. Gen."),  # a rank alone is the title
    ("Ostrian Party state chairman Rep.", None),  # two titles run together: neither is sure
])
def test_as_role_drops_a_rank_after_a_post(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


def test_a_role_read_at_a_short_mention_loses_the_holders_given_name():
    from dossier.model import Attribution, Speaker
    from dossier.nlp.attribution.extract import _role_without_name
    quote = Attribution((40, 80), (30, 34), Speaker("E2", "Sadiq Khan", (0, 4), "London Mayor Sadiq"), "indirect")
    assert _role_without_name(quote).speaker.role == "London Mayor"  # read before "Khan", the tagger's mention
    kin = Attribution((40, 80), (30, 34), Speaker("E3", "Daniel Novak", (0, 4), "father of Sara Novak"), "indirect")
    assert _role_without_name(kin).speaker.role == "father of Sara Novak"


@pytest.mark.parametrize("text,name,role", [
    ("Base\n\n\"The system still works,\" Pentagon spokeswoman Lt Col Vera Hollis told reporters.", "Vera Hollis",
     "Pentagon spokeswoman"),
    ("Base\n\n\"The gates stay shut,\" defence ministry spokesman Maj Gen Ivo Warden told reporters.", "Ivo Warden",
     "defence ministry spokesman"),
])
def test_a_rank_written_without_full_stops_is_neither_name_nor_role(split, text, name, role):
    shown, hidden = split(text)
    assert [(a.speaker.name, a.speaker.role) for _, a in shown + hidden] == [(name, role)]


@pytest.mark.parametrize("text,role", [
    ("Jobs\n\nWork and Pensions Secretary Ivo Brant said the scheme would close in May.", "Work and Pensions Secretary"),
    ("Clinics\n\nHealth and Human Services Secretary Ivo Brant said the clinics would reopen.",
     "Health and Human Services Secretary"),
    # fresh read, roles 9: a relation whose owner ("his") names no one is no role, never the bare noun
    ("Talks\n\nThe mayor spoke on Monday. His press secretary, Lena Vell, said the talks would resume.", None),
])
def test_an_office_named_with_and_stays_whole_and_a_pronoun_owner_is_left_out(split, text, role):
    shown, hidden = split(text)
    assert [a.speaker.role for _, a in shown + hidden] == [role]


def test_two_people_joined_by_and_do_not_share_a_title(split):
    shown, hidden = split("Talks\n\nPresident Ivo Brant and Ostrian counterpart Lena Vell said the talks would resume.")
    assert all(a.speaker.role != "President Ivo Brant and Ostrian counterpart" for _, a in shown + hidden)


# Strict reads on unseen articles: a rank written short whose full stop the tokenizer split off ("Brig" ".") lets
# the parser open a sentence inside the title; the title runs on across it, the rank and its service go with the
# name (not into the post the speaker holds), and a relative's name after a rank stays in the kinship role.
@pytest.mark.parametrize("text, name, role", [
    ("Border\n\n“We have seen no sign that the other side wants a deal,” Retired Kessel Army Brig. Gen. Tomas Varn "
     "said in an interview.", "Tomas Varn", "Retired Kessel Army Brig. Gen."),
    ("Border\n\n“This was a great day for the harbour towns,” said Orvan Defence Ministry spokesman Navy Capt. "
     "Jon Pell.", "Jon Pell", "Orvan Defence Ministry spokesman"),
    ("Border\n\n“My boy served with honour,” said Rolf Dane, father of Army Sgt. Eli Dane, who was hurt in the "
     "attack.", "Rolf Dane", "father of Army Sgt. Eli Dane"),
])
def test_a_title_runs_on_across_a_ranks_split_stop(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


@pytest.mark.parametrize("role, kept", [
    ("Orvan Defence Ministry spokesman Navy Capt.", "Orvan Defence Ministry spokesman"),
    ("harbour police spokeswoman Air Force Lt. Col.", "harbour police spokeswoman"),
    ("Navy Capt.", "Navy Capt."),
])
def test_a_rank_and_its_service_leave_the_post(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


def test_a_bare_rank_is_no_role_over_a_post_given_beside_the_name(nlp):
    text = ("Border\n\n“We had nothing to work with,” said Lt. Col. Ivo Mark, a reserve officer who served in Orvan. "
            "“Nothing,” Mark said.")
    assert speaker_roles(nlp, text).get("Ivo Mark") == "reserve officer"


# Strict reads on unseen articles: a long title before a name, an office joined with "and" in it, is kept whole
# (it was cut to its last six words), and its last word is no part of the speaker's name.
@pytest.mark.parametrize("text, name, role", [
    ("Border\n\n“The tide tables are wrong again,” Acting Kessel Police Deputy Commissioner and Head of Port "
     "Security Nell Basu said at a briefing.", "Nell Basu",
     "Acting Kessel Police Deputy Commissioner and Head of Port Security"),
])
def test_a_long_title_before_a_name_is_whole(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


def test_a_persons_long_title_is_whole(nlp):
    from dossier.nlp.entities.extract import find_entities

    text = "Border\n\n“The quay is safe again,” said former Orvan Coast Guard Deputy Chief and Head of Search and Rescue Marta Kell."
    roles = {e.name: e.role for e in find_entities(nlp(text))}
    assert roles.get("Marta Kell") == "former Orvan Coast Guard Deputy Chief and Head of Search and Rescue"


# Strict reads on unseen articles: an adverb opening an appositive ("also", "now") is no part of the role; one
# that puts the post in the past ("once", "then") leaves no role: the post is not what the speaker is now.
@pytest.mark.parametrize("text, name, role", [
    ("Border\n\nAna Reyes, also a former Kessel negotiator, said the gap between the two sides was wide. “Nobody is "
     "talking to anybody,” Reyes said.", "Ana Reyes", "former Kessel negotiator"),
    ("Border\n\nIvo Brant, now the harbour board's chairman, said the quay would reopen in May.", "Ivo Brant",
     "harbour board's chairman"),
    ("Border\n\nLisa Moe, once a Kessel negotiator, said the quay would stay closed until May.", "Lisa Moe", None),
])
def test_an_adverb_opening_an_appositive_is_no_part_of_the_role(nlp, text, name, role):
    # (the full names: a surname gets the name written before it, though the tagger missed it after a headline)
    assert speaker_roles(nlp, text).get(name, "absent") == role


@pytest.mark.parametrize("role, kept", [
    ("still a member of the harbour board", "member of the harbour board"),
    ("currently the deputy mayor of Orvan", "deputy mayor of Orvan"),
    ("then a senior aide to the governor", None),
])
def test_as_role_drops_an_opening_adverb(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


# Strict reads on unseen articles: a group named after a person ("Team Varn") holds none of the person's posts.
@pytest.mark.parametrize("text, name", [
    ("Rally\n\n“The crowd was huge,” Team Varn said in a statement on Friday. President Varn held a rally in Orvan.",
     "Team Varn"),
    ("Vote\n\n“We are ready for the count,” Team Halvorsen said on Sunday. Mayor Halvorsen will speak in Marlow on "
     "Monday.", "Team Halvorsen"),
])
def test_a_group_named_after_a_person_gets_no_persons_role(nlp, text, name):
    roles = speaker_roles(nlp, text)
    assert name in roles and roles[name] is None


def test_names_group():
    from dossier.nlp.entities.people import names_group

    assert names_group("Team Varn") and names_group("Friends of Ilse Varn") and names_group("Varn Campaign")
    assert not names_group("Ilse Varn") and not names_group("Varn") and not names_group("Teamo Varn")


def title_before(nlp, text, name, person_words=None):
    """entities.roles.find_role at ``name``, with only ``person_words`` (default: the whole name) typed a person,
    as the parser leaves a given name it does not know."""
    from spacy.tokens import Span

    from dossier.nlp.entities.roles import find_role

    doc = nlp(text)
    at = text.index(name)
    who = person_words or name
    span = doc.char_span(at + name.index(who), at + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start, span.end, "PERSON")]
    return find_role(doc, [(span.start, span.end)])


# Strict reads on unseen articles: a role never holds its holder's name; a given name the parser did not type a
# person is the name's, not the title's ("London Mayor [Sadiq] Khan" on dev). A post's own words stay.
@pytest.mark.parametrize("text, name, person_words, role", [
    ("Brant renewed his criticism of Marlow Mayor Sadek Ostrander on Tuesday.", "Sadek Ostrander", "Ostrander",
     "Marlow Mayor"),
    ("The vote was praised by Orvan Secretary of State Ana Lind on Tuesday.", "Ana Lind", None,
     "Orvan Secretary of State"),
    ("The plan was drawn up by White House chief strategist Ivo Brant in May.", "Ivo Brant", None,
     "White House chief strategist"),
])
def test_a_title_holds_no_given_name_of_its_holder(nlp, text, name, person_words, role):
    assert title_before(nlp, text, name, person_words) == role


# The longer title walk stops where a person ends a list ("calls from Brant and White House Chief of Staff Ana
# Lind"), gives no role from a title of several people ("Reps.") and no rank of someone else's ("parents of Army
# Sgt." is whose parents, not a post).
@pytest.mark.parametrize("text, name, role", [
    ("Orvan leader Ivo Brant met Tomas Vell on Friday. On Sunday, Vell received calls from Brant and White House "
     "Chief of Staff Ana Lind.", "Ana Lind", "White House Chief of Staff"),
    ("The motion was signed by fellow left-wing freshman Reps. Ana Lind, D-Orv., and Ivo Brant.", "Ana Lind", None),
    ("The statement came from the parents of Army Sgt. Eli Dane on Sunday.", "Eli Dane", None),
])
def test_a_long_title_walk_stops_at_another_person(nlp, text, name, role):
    assert title_before(nlp, text, name) == role


# Strict reads on unseen articles: a role is not cut to a misleading fragment. A page label's word inside a body's
# name stays ("Harbour Watch President"); an "and" inside one post's phrase is no list of posts; a candidacy noun
# stacked on a title, and "fellow", are no post of their own.
@pytest.mark.parametrize("role, kept", [
    ("Harbour Watch President", "Harbour Watch President"),
    ("Kessel Photo Agency chief", "Kessel Photo Agency chief"),
    ("CLOSE President", "President"),
    ("Watch President", "President"),
    ("head of the quay safety and licensing office for", "head of the quay safety and licensing office"),
    ("envoy to Ostria and deputy minister for", "envoy to Ostria"),
    ("2028 hopeful Sen.", None),
    ("fellow", None),
    ("fellow Remain campaigner", "Remain campaigner"),
    ("fellow at the Orvan Institute", "fellow at the Orvan Institute"),
    ("author of a memoir called", "author of a memoir"),  # read 88: a title cut after its naming word
    ("director of a film titled", "director of a film"),
    ("Called Strategies founder", "Called Strategies founder"),
])
def test_as_role_keeps_no_misleading_fragment(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


@pytest.mark.parametrize("text, name, role", [
    ("Tollum\n\nOrvan Quay Watch President Mara Kell said the cranes were unsafe.", "Mara Kell",
     "Orvan Quay Watch President"),
    ("Tollum\n\n“The toll was a mistake,” said fellow Remain campaigner Oskar Dahl.", "Oskar Dahl", "Remain campaigner"),
])
def test_a_title_keeps_its_body_and_its_head_noun(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name, "absent") == role


# Strict reads on unseen articles: a title before a bare surname may be a relative's when the text speaks of
# someone's family ("her husband, President Moss"): the person named in full gets no role from it.
@pytest.mark.parametrize("text, name", [
    ("Tollum\n\nHilde Moss opened a library in Tollum on Monday. Her husband, President Moss, was abroad. "
     "“Children need books,” Hilde Moss said.", "Hilde Moss"),
    ("Tomas Varn is running for governor of Kessel. President Varn, his uncle, endorsed him last year. "
     "“I will fix the roads,” Tomas Varn said.", "Tomas Varn"),
])
def test_a_relatives_title_on_a_bare_surname_is_not_the_persons_role(nlp, text, name):
    assert speaker_roles(nlp, text).get(name, "absent") is None


def test_a_title_on_a_bare_surname_is_the_persons_with_no_family_spoken_of(nlp):
    text = ("Hilde Moss spoke at a school in Tollum. President Moss did not attend. "
            "“Children need books,” Moss said.")
    assert speaker_roles(nlp, text).get("Hilde Moss") == "President"


# Fresh read, roles 6: the object of a preposition before a title is another phrase: the role starts at the
# title ("In a Friday interview President Dana Moss" -> "President").
@pytest.mark.parametrize("text, name, role", [
    ("Trade\n\nThe port reopened. In a Friday interview President Dana Moss said the tariffs would stay in place "
     "for a year.", "Dana Moss", "President"),
    ("Trade\n\nThe port reopened. During a visit Governor Tove Brann said the tariffs would stay in place for a "
     "year.", "Tove Brann", "Governor"),
    ("Trade\n\nThe port reopened. After the talks Mayor Ola Brenn said the tariffs would stay in place for a "
     "year.", "Ola Brenn", "Mayor"),
    ("Trade\n\nThe port reopened. In an interview Harbour Minister Ivo Brant said the tariffs would stay in place "
     "for a year.", "Ivo Brant", "Harbour Minister"),
])
def test_a_role_starts_at_the_title_not_at_the_phrase_before(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# Fresh read, roles 9: a role opening with "his" / "her" gets its owner where the pronoun names one person;
# where it names no one for sure (two men named, an unnamed owner) the role is dropped, never left bare.
@pytest.mark.parametrize("text, name, role", [
    ("Case\n\nThe court heard on Monday that Robert Ekholm denies the charges. His personal lawyer, Mark Tell, "
     "said the case would collapse within a week.", "Mark Tell", "Robert Ekholm's personal lawyer"),
    ("Case\n\nThe singer Ilse Varga cancelled the tour. Her spokeswoman, Petra Lund, said the singer was resting "
     "at home.", "Petra Lund", "Ilse Varga's spokeswoman"),
    ("Case\n\nThe court heard on Monday that Robert Ekholm and Ivo Brant deny the charges. His lawyer, Mark Tell, "
     "said the case would collapse within a week.", "Mark Tell", None),
    ("Case\n\nThe court heard on Monday that Robert Ekholm denies the charges. Mark Tell, his personal lawyer, "
     "said the case would collapse within a week.", "Mark Tell", None),
])
def test_a_relation_gets_its_owner_or_no_role(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# Fresh read, roles 7: a plural description ("analysts", "both former officers", "port authority officials") is a
# group's, shared with or belonging to others: no one speaker's role. A joined speaker keeps it.
def test_a_plural_title_set_before_other_names_is_dropped(nlp):
    from dossier.model import Speaker
    from dossier.nlp.attribution.speakers import _without_group_role
    doc = nlp("The report includes testimony from port authority officials Ana Lindgren, Mia Roe and Karl Vell, "
              "Kessel campaign officials Jan Holm and Eva Dahl.")
    assert _without_group_role(Speaker("E1", "Ana Lindgren", None, "Kessel campaign officials"), doc).role is None
    assert _without_group_role(Speaker("E1", "Eva Dahl", None, "Kessel campaign officials"), doc).role == \
        "Kessel campaign official"
    doc = nlp("Two big Kessel ferry firms, Nordlys and Varn Lines, cut fares, as did harbour lawyers Hafen Trust.")
    assert _without_group_role(Speaker("E2", "Nordlys", None, "Two big Kessel ferry firms"), doc).role is None
    assert _without_group_role(Speaker("E3", "Hafen Trust", None, "harbour lawyers"), doc, body=True).role is None


def test_without_group_role_keeps_singular_roles_and_joined_speakers():
    from dossier.model import Speaker
    from dossier.nlp.attribution.speakers import _without_group_role
    assert _without_group_role(Speaker("E1", "Ivo Brant", None, "analysts")).role is None
    assert _without_group_role(Speaker("E1", "Ivo Brant", None, "former officers")).role is None
    assert _without_group_role(Speaker("E1", "Kessel Greens", None, "centrist parties")).role is None
    assert _without_group_role(Speaker("E1", "Ivo Brant", None, "harbour analyst")).role == "harbour analyst"
    assert _without_group_role(Speaker("E1", "Ivo Brant", None, "Kessel Capital Ideas")).role == "Kessel Capital Ideas"
    assert _without_group_role(Speaker("E1", "Ivo Brant", None, "head of the Harbour Trust")).role == "head of the Harbour Trust"
    assert _without_group_role(Speaker(None, "Ivo Brant and Ana Lind", None, "analysts")).role == "analysts"
    assert _without_group_role(Speaker("E1", "Ivo Brant", None,
                                       "former official during the Kessel and Varn governments")).role is not None


@pytest.mark.parametrize("text, name, role", [
    ("Report\n\nThe flood hit the valley hard. \"The dykes can hold for a week,\" write flood analysts Ida Holm and "
     "Per Lunde of the Kessel Institute. \"We need boats,\" Lunde said.", "Ida Holm", "flood analyst"),
    ("Report\n\nThe report includes testimony from a range of witnesses, including former harbour chair Ivo Brant, "
     "port authority officials Ana Lindgren, Mia Roe and Karl Vell, Kessel campaign officials Jan Holm and Eva Dahl. "
     "\"We kept every record,\" Lindgren said.", "Ana Lindgren", "port authority official"),
])
def test_a_plural_title_before_a_list_holding_the_speaker_is_theirs_in_the_singular(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


@pytest.mark.parametrize("text, name", [
    ("A President Lusk, however, could upset the generals, Lusk said.", "Lusk"),
    ("Few in the party want an Attorney General Moss, and Moss knows it.", "Moss"),
    ("Rivals warn that a Prime Minister Varn would stall the talks.", "Varn"),
])
def test_a_title_after_an_indefinite_article_is_a_post_one_might_hold(nlp, text, name):
    assert role_for(nlp, text, name) is None


@pytest.mark.parametrize("text, name", [
    ("A President Lusk, however, could upset the generals. Lusk said the army needed a shake-up.", "Lusk"),
    ("Ada Lusk is running. Rivals say an Attorney General Lusk would end the inquiry.", "Ada Lusk"),
])
def test_an_entitys_role_is_not_a_post_one_might_hold(nlp, text, name):
    from dossier.nlp.entities.extract import find_entities

    ent = next(e for e in find_entities(nlp(text)) if e.name == name)
    assert ent.role is None


def test_a_full_name_after_an_indefinite_description_keeps_it(nlp):
    text = "The talks will fail, a Harlan Institute senior fellow Ana Lind wrote."
    assert role_for(nlp, text, "Ana Lind") == "Harlan Institute senior fellow"


@pytest.mark.parametrize("text, name", [
    ("Tensions eased after a meeting between Varga, Kessel Foreign Minister Ivo Brant and Marlow's Queen Ana II "
     "in Dunmore.", "Varga"),
    ("The summit brought together Lusk, Harbour Institute director Tomas Vell and Senator Ana Roe.", "Lusk"),
])
def test_the_next_person_in_a_list_is_no_appositive_role(nlp, text, name):
    from dossier.nlp.entities.extract import find_entities

    ent = next(e for e in find_entities(nlp(text)) if e.name == name)
    assert ent.role is None


def test_a_party_member_and_a_post_after_a_name_stay_its_role(nlp):
    from dossier.nlp.entities.extract import find_entities

    text = ("Rep. Tomas Vell, Kessel Republican and chairman of the House Select Committee on Harbours, said the "
            "fleet was ready.")
    ent = next(e for e in find_entities(nlp(text)) if e.name == "Tomas Vell")
    assert ent.role == "Kessel Republican and chairman of the House Select Committee on Harbours"


# Strict read 29: a tier of government in lower case before a capitalised title is part of the post.
def test_a_state_title_keeps_its_tier(nlp):
    text = "Vestland Democratic state Sen. Ivo Brant filed a bill on Monday to fund ferries."
    assert role_for(nlp, text, "Ivo Brant") == "Vestland Democratic state Sen."


# Strict read 30: a bare role noun after a fronted "At the <body>," is that body's post.
def test_a_fronted_body_gives_a_bare_role_noun_its_owner(nlp):
    text = "At the Harbor Authority, spokeswoman Edda Rask said Friday the piers would reopen."
    assert role_for(nlp, text, "Edda Rask") == "Harbor Authority spokeswoman"


def test_a_fronted_place_that_is_no_body_gives_no_owner(nlp):
    text = "At the meeting, spokeswoman Edda Rask said Friday the piers would reopen."
    assert role_for(nlp, text, "Edda Rask") == "spokeswoman"


# Strict reads 29-30: stray words do not open a role.
@pytest.mark.parametrize("role, expected", [
    ("more senior Vestland lawmaker", "Vestland lawmaker"),
    ("less known Ostrian envoy", "Ostrian envoy"),
    ("NEW UN AMBASSADOR", "UN Ambassador"),
    ("FRENCH PRESIDENT", "French President"),
])
def test_comparisons_and_a_headlines_new_do_not_open_a_role(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


def test_a_common_noun_of_another_phrase_does_not_run_into_an_entity_title(nlp):
    from dossier.nlp.entities.roles import find_role

    text = "New harbor money Mayor Ivo Brant is seeking for Corvale will not fix the piers, critics said Friday."
    doc = nlp(text)
    start = text.index("Ivo Brant")
    span = doc.char_span(start, start + len("Ivo Brant"))
    assert find_role(doc, [(span.start, span.end)]) == "Mayor"


# Strict reads of roles on unseen articles (roles15): a role says whose post it is, and is not cut inside or
# run into the text around it.
def every_role(nlp, text):
    """Name -> role of every attribution, shown or not."""
    from dossier.nlp.attribution import split_attributions
    from dossier.nlp.entities.extract import find_entities
    doc = nlp(text)
    shown, hidden = split_attributions(doc, find_entities(doc))
    return {a.speaker.name: a.speaker.role for a in (*shown, *hidden)}


@pytest.mark.parametrize("text, name, role", [
    # a seat's bare title with the party and state label after the name
    ("Quay\n\nThe dredging bill stalled again. Sen. Rolf Amberg, R-Ohio, said the bill would sink the port. "
     "\"It cannot pass as written,\" Amberg said.", "Rolf Amberg", "Republican senator from Ohio"),
    ("Quay\n\nThe dredging bill stalled again. Rep. Nola Fairweather (D-Calif.) said the bill had no money in it.",
     "Nola Fairweather", "Democratic representative from California"),
    # a title in capitals opening the lead, the state's name with it
    ("VESKA GOV. Lida Marrow signed the levee bill on Friday after a long fight.\n\nGov. Marrow said the levees "
     "would hold for a generation. \"We kept our word,\" Marrow said.", "Lida Marrow", "Veska Gov."),
    # a post's noun after "Deputy", not cut off
    ("Quay\n\nThe sluice repairs drew criticism on Monday. Agency Deputy Administrator Pell Ostrander said the "
     "repairs were underfunded.", "Pell Ostrander", "Agency Deputy Administrator"),
    # a style title run after a post written as a title: the post, with its owner
    ("Quay\n\nThe inquiry into the pier collapse ran late. House Oversight Committee Chairman Rep. Jonas Pike said "
     "the harbor board had ignored every warning.", "Jonas Pike", "House Oversight Committee Chairman"),
    # a bare title of two words, made fuller by a later mention that names whose post it is
    ("Quay\n\nThe goalie will stay, the club said on Monday. General Manager Tobin Ashgrove said talks with "
     "other clubs were over. \"He is the heart of this team,\" Ashgrove said.\n\nTobin Ashgrove, the Calder "
     "Mavericks general manager, has run the club for six years.", "Tobin Ashgrove", "Calder Mavericks general manager"),
    # a town's state after it
    ("Quay\n\nFerry fares rose again. \"I can barely afford the crossing,\" said Dora Pleck, a retired sales manager "
     "from Pittsburg, Calif.", "Dora Pleck", "retired sales manager from Pittsburg, Calif."),
    # a title-cased headline: not its "New", nor a mangled abbreviation
    ("New Un Ambassador Corin Ashby Vows Tough Line\n\nCorin Ashby said on Monday that the council must act now. "
     "\"We will not wait,\" Ashby said.", "Corin Ashby", "UN Ambassador"),
])
def test_a_role_says_whose_post_it_is(nlp, text, name, role):
    assert every_role(nlp, text)[name] == role


@pytest.mark.parametrize("text, name", [
    ("Quay\n\nFloods closed the northern ferries. \"Nobody can get across,\" Radio Nord's Anthony Kell said. The "
     "piers were shut, Radio Nord's Anthony Kell, reporting from Tromsvik, said.", "Anthony Kell"),
    ("Quay\n\nThe pier was closed. \"The deal will not last,\" The Kessel Post's Dana Ivers wrote on Monday.",
     "Dana Ivers"),
    ("Quay\n\nThe pier was closed. \"Fares will rise,\" said Tom Rask, Kessel Examiner.", "Tom Rask"),
    # a paper's name after "of", and a magazine's title with its capitalised "The"
    ("Quay\n\nThe ferry board met twice. \"Nobody trusts the tolls,\" said Lina Marsh of the Boston Globe.",
     "Lina Marsh"),
    ("Quay\n\nThe ferry board met twice. \"Nobody trusts the tolls,\" said Lina Marsh of The New Yorker.",
     "Lina Marsh"),
    ("Quay\n\nThe ferry board met twice. \"Nobody trusts the tolls,\" The Hill's Lina Marsh wrote.", "Lina Marsh"),
    # a title whose noun is an occupation's ("economist"), owning the name: whose she is, not her post
    ("Quay\n\nThe ferry board met twice. \"Nobody trusts the tolls,\" The Economist's Lina Marsh said.",
     "Lina Marsh"),
])
def test_an_outlets_name_alone_is_no_role(nlp, text, name):
    assert not every_role(nlp, text).get(name)


@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\nThe ferry board met twice. \"Nobody trusts the tolls,\" The Brenton Foundation's Lina Marsh said.",
     "Lina Marsh", "Brenton Foundation"),
    ("Quay\n\nThe ferry board met twice. \"Nobody trusts the tolls,\" said Lina Marsh of the Marlow Institute.",
     "Lina Marsh", "Marlow Institute"),
])
def test_a_body_not_an_outlet_stays_a_role(nlp, text, name, role):
    assert every_role(nlp, text)[name] == role


@pytest.mark.parametrize("role, expected", [
    ("House Oversight Committee Chairman Rep.", "House Oversight Committee Chairman"),
    ("Senate Harbor Committee Chairwoman Sen.", "Senate Harbor Committee Chairwoman"),
    ("Vestland Gov.", "Vestland Gov."),  # a title alone is whole
])
def test_as_role_drops_a_style_title_after_a_titled_post(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


def test_a_headline_title_prefers_the_bodys_mention(nlp):
    from dossier.nlp.entities.roles import find_role

    text = "New Harbor Chief Ilse Varga Vows Cleanup\n\nPort Authority harbor chief Ilse Varga said the piers would reopen."
    doc = nlp(text)
    spans = []
    for k in (text.index("Ilse Varga"), text.rindex("Ilse Varga")):
        span = doc.char_span(k, k + len("Ilse Varga"))
        spans.append((span.start, span.end))
    assert find_role(doc, spans) == "Port Authority harbor chief"


def test_a_headline_title_loses_its_new_and_keeps_abbreviations():
    from dossier.nlp.entities.headlines import headline_title

    assert headline_title("New Un Ambassador") == "UN Ambassador"
    assert headline_title("Harbor Chief of Staff") == "Harbor Chief of Staff"


def test_a_posts_noun_the_tagger_put_into_the_name_stays_in_the_role(nlp):
    from spacy.tokens import Span

    from dossier.nlp.entities.roles import find_role

    text = "Agency Deputy Administrator Pell Ostrander said the sluices were underfunded."
    doc = nlp(text)
    span = doc.char_span(text.index("Administrator"), text.index(" said"))
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]  # as the tagger reads some articles
    assert role_of(doc, span.start, span.end) == "Agency Deputy Administrator"
    assert find_role(doc, [(span.start, span.end)]) == "Agency Deputy Administrator"


@pytest.mark.parametrize("role, expected", [
    ("well-regarded economist at the Halden Institute", "economist at the Halden Institute"),
    ("highly respected surgeon", "surgeon"),
    ("Prominent lawyer", "lawyer"),
    ("controversial preacher", "preacher"),
    ("top aide to the mayor", "top aide to the mayor"),  # a word of the post itself stays
    ("veteran reporter", "veteran reporter"),
])
def test_as_role_drops_the_writers_judgement_before_the_post(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


def test_a_judgement_before_an_appositive_post_is_not_the_role(analyze_text):
    a = analyze_text("Orin Belk, a well-regarded economist at the Halden Institute, said the plan would fail.")
    assert [q.speaker.role for q in (*a.attributions, *a.unreported)] == ["economist at the Halden Institute"]


@pytest.mark.parametrize("role, expected", [
    ("Added Veska Gov.", "Veska Gov."),  # "Added Veska Gov. Tilda Marsh: …": the cue set before its source
    ("Said harbour master", "harbour master"),
    ("letter", None),  # the document a person wrote is no post
    ("statement", None),
    ("added value analyst", "added value analyst"),  # a lower-case word of the post stays
])
def test_as_role_drops_an_inverted_cue_and_a_document(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


@pytest.mark.parametrize("role, expected", [
    ("Story Highlights President", "President"),  # a page's label run into the title on a lead line
    ("Breaking News Senator", "Senator"),
    ("Highlights editor", "Highlights editor"),  # one word of it is no label
    ("Read Attorney General", "Attorney General"),  # analyst22: a link "Read Attorney General Vell's letter …"
    ("Watch Senator", "Senator"),
    ("Listen to Harbour Master", "Harbour Master"),
    ("watch commander", "watch commander"),  # a post of its own, not a prompt
    ("Cameroon", None),  # read 70: "Mbi of Cameroon": where he is from, no post
    ("South Korea", None),
    ("South Korea's envoy", "South Korea's envoy"),
])
def test_as_role_drops_a_page_label_run_into_the_title(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


@pytest.mark.parametrize("text, role", [
    ("Senators Ada Lind, Ivo Brant, Tomas Kell and Mara Voss wrote to the ministry on Monday. "
     "\"The plan is unlawful,\" Lind said.", "Senator"),
    ("Governors Ada Lind and Ivo Brant met on Monday. Lind said the plan was unlawful.", "Governor"),
])
def test_a_plural_title_before_a_list_of_names_is_each_ones_in_the_singular(analyze_text, text, role):
    a = analyze_text(text)
    assert {q.speaker.role for q in (*a.attributions, *a.unreported) if q.speaker.name == "Ada Lind"} == {role}
    assert all(e.role is None for e in a.entities if e.name == "Ada Lind")  # the entity holds no one's title


def _quoted_roles(analyze_text, text, name):
    a = analyze_text(text)
    return {q.speaker.role for q in (*a.attributions, *a.unreported) if q.speaker.name == name}


# Strict reads of roles, kind 1: a role is not cut at a comma or an "and" inside a body's name or a list that
# its last object opens.
@pytest.mark.parametrize("text, name, role", [
    ("“We will not wait,” Ivo Brant, chairman of the House Fisheries, Ports and Harbours Committee, said.",
     "Ivo Brant", "chairman of the House Fisheries, Ports and Harbours Committee"),
    ("“We will not wait,” said Ivo Brant, a fellow with Calder University and the Norland Institute.",
     "Ivo Brant", "fellow with Calder University and the Norland Institute"),
    ("“We will act,” Pia Sand, senior director for Ostria, Vestland, Kessel, and the Gulf, told reporters.",
     "Pia Sand", "senior director for Ostria, Vestland, Kessel, and the Gulf"),
    ("“We will not wait,” said Dana Roe, secretary of state for fisheries, energy and coastal strategy, on Monday.",
     "Dana Roe", "secretary of state for fisheries, energy and coastal strategy"),
])
def test_a_list_inside_the_roles_object_stays_whole(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


@pytest.mark.parametrize("text, name, role", [
    ("“We will act,” said Pia Sand, a lawyer for the Kessel union, and Ivo Brant agreed.", "Pia Sand",
     "lawyer for the Kessel union"),  # ", and" after the role: the sentence's next item
    ("“We will act,” said Pia Sand, a lawyer for Ana Roe and her husband.", "Pia Sand", "lawyer for Ana Roe"),
])
def test_the_sentences_next_item_is_not_taken_into_the_role(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


# Kind 2: a title keeps the body its comma sets after it, and a post joined to it by "and".
@pytest.mark.parametrize("text, name, role", [
    ("“We will not wait,” said Mara Quist, vice president, Helix Aeronautics rotor programs, on Monday.",
     "Mara Quist", "vice president, Helix Aeronautics rotor programs"),
    ("“We will not wait,” Mara Quist, vice president, Helix Aeronautics rotor programs, said.",
     "Mara Quist", "vice president, Helix Aeronautics rotor programs"),
    ("“We will not wait,” said Brightline CEO and co-founder Tam Oduya.", "Tam Oduya", "Brightline CEO and co-founder"),
])
def test_a_title_keeps_its_body_and_the_post_joined_to_it(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


def test_a_title_joined_to_another_persons_name_by_and_stays_apart(nlp):
    text = "“We will not wait,” said President Ivo Brant and Ostrian foreign minister Tomas Vell."
    assert role_for(nlp, text, "Tomas Vell") == "Ostrian foreign minister"


def test_a_title_before_a_list_of_people_takes_no_body(nlp):
    text = "“We will not wait,” said Mara Quist, vice president, and Ivo Brant, her deputy."
    assert role_for(nlp, text, "Mara Quist") == "vice president"


# Kind 3: a past post followed by ", now" and the post held now: the post held now.
@pytest.mark.parametrize("text, name, role", [
    ("“The talks are over,” said Ivo Brant, a senior adviser on the Gulf region in the previous administration, "
     "now head of a think tank in Kessel.", "Ivo Brant", "head of a think tank in Kessel"),
    ("“The talks are over,” said Ana Roe, a former harbour minister, now a senior fellow at the Calder Institute.",
     "Ana Roe", "senior fellow at the Calder Institute"),
    ("“The talks are over,” said Ana Roe, a former harbour minister, now retired.", "Ana Roe",
     "former harbour minister"),  # marked past already; "retired" is no post
])
def test_the_post_held_now_is_the_role(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


# Kind 4: what someone wears is no part of the post.
@pytest.mark.parametrize("role, expected", [
    ("lawyer in a gas mask", "lawyer"),
    ("medic wearing a red helmet", "medic"),
    ("trader with a grey beard and glasses", "trader"),
    ("director of the Kessel Hat Company", "director of the Kessel Hat Company"),
    ("lawyer in Kessel", "lawyer in Kessel"),
])
def test_as_role_drops_what_someone_wears(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


def test_a_lawyer_in_a_gas_mask_is_a_lawyer(analyze_text):
    text = "“They beat us,” said Ana Roe, a lawyer in a gas mask who gathers evidence of abuse at protests."
    assert _quoted_roles(analyze_text, text, "Ana Roe") == {"lawyer"}


# Kind 5: posts the article gives that were read as none.
@pytest.mark.parametrize("text, name, role", [
    ("“It is over,” said Ana Roe, speaker of the Ostrian parliament.", "Ana Roe", "speaker of the Ostrian parliament"),
    ("“It is over,” said Ana Roe, CIO for Brightline, a data firm.", "Ana Roe", "CIO for Brightline"),
    ("“It is over,” said Ana Roe, a keynote speaker at the rally.", "Ana Roe", None),  # a speaker at an event
])
def test_posts_read_only_with_their_body(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


def test_a_list_closed_by_a_town_and_its_state_at_the_lines_end_stays_whole(analyze_text):
    text = ("“The yards can meet it,” said Ilse Marr, deputy head for shipping, fishing and trade at the "
            "Calder Institute in Vantor, Ohio.\n\nThe ministry did not reply.")
    assert _quoted_roles(analyze_text, text, "Ilse Marr") == {
        "deputy head for shipping, fishing and trade at the Calder Institute in Vantor, Ohio"}


@pytest.mark.parametrize("role, expected", [
    ("current speaker of the House of Commons", "speaker of the House of Commons"),
    ("current account analyst", "current account analyst"),  # a compound, no post's noun after "current"
])
def test_as_role_drops_current_before_a_post(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


def test_a_bodys_name_with_an_infinitive_stays_whole(nlp):
    text = "Mira Lind, executive director of the Global Campaign to Abolish Land Mines, said the treaty was weak."
    assert role_for(nlp, text, "Mira Lind") == "executive director of the Global Campaign to Abolish Land Mines"


# Kind 4: a writer's description at the first mention gives way to the post a later mention names.
@pytest.mark.parametrize("text, role", [
    ("Tomas Vell, an old-school diplomat, rarely speaks in public. Vell, the special envoy for harbour affairs, "
     "met Lind on Monday. “We cannot win this,” Vell said.", "special envoy for harbour affairs"),
    ("Tomas Vell, an old-school diplomat, rarely speaks in public. “We cannot win this,” Vell said.",
     "old-school diplomat"),  # no post named elsewhere: the description stays
    ("Tomas Vell, a foreign minister, rarely speaks in public. Vell, a member of the Kessel party, met Lind on "
     "Monday. “We cannot win this,” Vell said.", "foreign minister"),  # a post first stays first
])
def test_a_writers_descriptor_gives_way_to_the_post_named_later(analyze_text, text, role):
    assert _quoted_roles(analyze_text, text, "Tomas Vell") == {role}


def test_a_relation_named_later_is_no_post_to_replace_a_descriptor(analyze_text):
    text = ("Tomas Vell, a seasoned lawmaker, took the floor. Vell, a longtime ally of opposition leader Ana Roe, "
            "spoke for an hour. “We cannot win this,” Vell said.")
    assert _quoted_roles(analyze_text, text, "Tomas Vell") == {"seasoned lawmaker"}


@pytest.mark.parametrize("text, role", [
    ("“It is over,” said Kirk Sowa, publisher of the Inside Ostrian Politics newsletter.",
     "publisher of the Inside Ostrian Politics newsletter"),
    ("“It is over,” said Kirk Sowa, a veteran Ostrian intelligence operative.", "veteran Ostrian intelligence operative"),
])
def test_publishers_and_operatives_are_posts(nlp, text, role):
    assert role_for(nlp, text, "Kirk Sowa") == role


# Strict reads, round 16: a stray word of another phrase run into a role ("a state President Vell won", a
# caption's "Kessel's navy" before "Ostrian leader"), and a role cut to the bare style "Rep." where the
# appositive gives the post ("the Republican whip").
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nOstria is a state President Tomas Vell won by a wide margin in 2016. \"We will hold it again,\" "
     "Vell said on Monday.", "Tomas Vell", "President"),
    ("Harbour\n\nPhotos: the harbour and Ostria's navy Photos: the harbour and Ostria's navy Ostrian leader Tomas "
     "Vell meets sailors. Vell said the sailors were \"the pride of the nation.\"", "Tomas Vell", "Ostrian leader"),
    ("Harbour\n\n\"We cannot keep arguing over small things,\" Rep. Cora Dukes (Ves.), the Republican whip and a "
     "member of the Harbour Caucus, said in an interview.", "Cora Dukes", "Republican whip"),
])
def test_a_role_holds_no_word_of_another_phrase_nor_only_a_style(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


def test_a_tier_of_government_before_a_title_stays(nlp):
    text = "Harbour\n\nThe measure was backed by state Sen. Ivo Brant, who said the quay \"must be saved.\""
    assert speaker_roles(nlp, text)["Ivo Brant"] == "state Sen."


# Strict reads of roles on fresh articles (roles16d), rule 1: a title with "in" inside ("Editor in Chief",
# "Commander in Chief") is the role whole, and the person after it speaks, not the title's first noun.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. “The paper stands by the story,” said Harbour Gazette Editor in Chief Ana "
     "Lind on Friday.", "Ana Lind", "Harbour Gazette Editor in Chief"),
    ("Harbour\n\nThe quay was closed. Ostrian Commander in Chief Tomas Vell said on Monday that the port would "
     "reopen.", "Tomas Vell", "Ostrian Commander in Chief"),
])
def test_a_title_with_in_inside_is_the_whole_role(nlp, text, name, role):
    assert speaker_roles(nlp, text) == {name: role}


# Rule 3: a university's name goes on past the comma that sets its campus's place after it.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe quay was closed. “The tide is rising,” said Eva Sand, a professor at the University of Veska, "
     "Marlow, who studies tides.", "Eva Sand", "professor at the University of Veska, Marlow"),
    ("Harbour\n\nThe quay was closed. Eva Sand, an expert on tides at the University of Veska, Marlow, said in an "
     "email that the tide was rising.", "Eva Sand", "expert on tides at the University of Veska, Marlow"),
    ("Harbour\n\nThe quay was closed. “The tide is rising,” said Eva Sand, a professor at the University of Veska, "
     "on Monday.", "Eva Sand", "professor at the University of Veska"),
])
def test_a_universitys_campus_after_its_comma_stays_in_the_role(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# Rule 2: the owner a title's first mention writes before it ("Ostria's Foreign Secretary") stays in the role
# carried to the person's later quotes, not only the bare title ("Foreign Secretary").
@pytest.mark.parametrize("text, role", [
    ("Harbour\n\nKESSEL — Ostria's Foreign Secretary Ivo Brant warned on Friday that the talks had failed. “It is "
     "a threat,” Brant said.", "Ostria's Foreign Secretary"),
    ("Harbour\n\nOn Friday, Kessel's Deputy Foreign Minister Ivo Brant warned that the talks had failed. “It is a "
     "threat,” Brant said.", "Kessel's Deputy Foreign Minister"),
])
def test_the_owner_before_a_title_is_carried_to_later_quotes(nlp, text, role):
    from dossier.nlp.attribution import split_attributions
    from dossier.nlp.entities.extract import find_entities
    doc = nlp(text)
    shown, _ = split_attributions(doc, find_entities(doc))
    assert [a.speaker.role for a in shown if a.speaker.name == "Ivo Brant"][-1:] == [role]


# Fresh read 17, roles: the occasion of the words ("on a call with reporters on Friday", "in an interview with
# …") which the parser hangs on the role's noun is when and where someone spoke, not the post.
@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\n“The cranes have stood idle for a month,” Maren Tolk, a spokeswoman for the ferry line on a call "
     "with reporters on Friday, said.", "Maren Tolk", "spokeswoman for the ferry line"),
    ("Quay\n\nThe fares will rise, said Oskar Pell, an analyst at Dunmore Savings in an interview with Quay Radio.",
     "Oskar Pell", "analyst at Dunmore Savings"),
    ("Quay\n\nThe fares will rise, said Oskar Pell, chief economist at Dunmore Savings on Tuesday.",
     "Oskar Pell", "chief economist at Dunmore Savings"),
    # a capitalised event's name is part of the post
    ("Quay\n\nThe fares will rise, said Oskar Pell, director of the Dunmore Shipping Conference.",
     "Oskar Pell", "director of the Dunmore Shipping Conference"),
])
def test_the_occasion_of_the_words_is_not_part_of_the_role(nlp, text, name, role):
    assert every_role(nlp, text)[name] == role


# Fresh read 17, roles: a named owner set before a title with "’s" ("Labour’s Treasury spokesman") stays in
# the role the later quotes carry; without it the post reads as another body's (the government's).
@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\nThe harbour party is split over the toll.\n\nGreen Tide’s transport spokeswoman Hanne Ruud tried "
     "to calm the quarrel, telling reporters it was about timing. “We will find a way,” Ruud said.", "Hanne Ruud",
     "Green Tide’s transport spokeswoman"),
    ("Quay\n\nThe harbour party is split over the toll.\n\nThe Fjord Party's finance spokesman Eirik Lunde met "
     "the board on Monday. “The toll is a tax on fishermen,” Lunde said.", "Eirik Lunde",
     "Fjord Party's finance spokesman"),
])
def test_a_named_owner_before_a_title_stays_in_later_quotes_role(nlp, text, name, role):
    assert every_role(nlp, text)[name] == role


# Fresh read 17, roles: a title someone's quoted words give a person ("“Ambassador Lindqvist, …” a lawmaker
# asked") is that speaker's address, not the post the writer gives the person at a first full mention.
def test_a_title_in_anothers_quoted_question_is_not_the_role(nlp):
    text = ("Inquiry\n\nFormer Special Envoy for Ostria Tomas Lindqvist sat before the panel for nine hours on "
            "Tuesday, next to Mara Quill.\n\n\"Ambassador Lindqvist, you saw the cable in June,\" Rep. Ada Morr "
            "said. \"No, I never did,\" Lindqvist answered.\n\nLindqvist said the minister had raised the loan "
            "only in passing.")
    assert every_role(nlp, text)["Tomas Lindqvist"] == "Former Special Envoy for Ostria"


def test_in_quotation():
    import spacy

    from dossier.nlp.entities.roles import in_quotation
    doc = spacy.blank("en")("“Judge Holm, sit down,” she said.\nJudge Holm left.")
    assert in_quotation(doc, 1) and not in_quotation(doc, 11)


# Fresh read 17: the writer's judgement after the owner a title keeps is no part of the post, as before it.
@pytest.mark.parametrize("role, kept", [
    ("Green Tide’s embattled leader", "Green Tide’s leader"),
    ("Ostria's widely respected envoy", "Ostria's envoy"),
    ("Kessel’s Popular Front leader", "Kessel’s Popular Front leader"),
])
def test_a_judgement_after_the_owner_is_dropped(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


# Strict read of shown records: a title the parser ran, with another's name and a closing dash, into the
# title of the name after the dash is that other person's post, not the speaker's.
@pytest.mark.parametrize("text", [
    "Most important, the notorious abuses of Ostrian president Karel al-Vossan — Lind argued that wider trends "
    "also explain the appeal.",
    "Above all, the crackdowns of Ostrian president Karel al-Vossan — Lind explained that older forces also "
    "explain the pull.",
])
def test_a_title_before_a_dash_is_not_the_title_of_the_name_after_it(nlp, text):
    assert role_for(nlp, text, "Lind") is None


def test_a_title_right_before_the_name_still_holds(nlp):
    text = "Kessel harbour director Karel al-Vossan said on Monday that the ferry will run on time."
    assert role_for(nlp, text, "Karel al-Vossan") == "Kessel harbour director"


# Strict reads (readq18): words the text ran into a role's opening are no part of the post: the "and" joining
# the person to a body named before ("between the Assembly and Attorney General Edda Vallin"), and "one" counting
# them among others ("One outspoken … councillor", "One former ferry official"). "one of …" and a name opening
# on "One" stay as they were.
@pytest.mark.parametrize("text, name, role", [
    ("KESSEL – A bitter clash is brewing between the Assembly and Attorney General Edda Vallin over the sealed "
     "dredging files.\n\nVallin said on Monday the files would stay sealed until June.", "Edda Vallin",
     "Attorney General"),
    ("Several dock candidates lost their seats. One outspoken pro-Tarsk councillor, who lost his seat, Ivo Ranke, "
     "said \"the tide has turned against us\".", "Ivo Ranke", "pro-Tarsk councillor"),
    ("One former ferry official, Lars Brun, told the inquiry that the logs had been rewritten.", "Lars Brun",
     "former ferry official"),
])
def test_a_role_has_no_stray_word_run_into_its_opening(split, text, name, role):
    shown, _ = split("Kessel\n\n" + text)
    assert [a.speaker.role for _, a in shown if a.speaker.name == name] == [role]


@pytest.mark.parametrize("role, kept", [
    ("and Attorney General", "Attorney General"),
    ("or harbour master", "harbour master"),
    ("one former ferry official", "former ferry official"),
    ("Another union organiser", "union organiser"),
    ("One outspoken pro-Tarsk councillor", "pro-Tarsk councillor"),
    ("one of the organisers of the march", "one of the organisers of the march"),
    ("One Harbour leader", "One Harbour leader"),
])
def test_as_role_drops_a_stray_conjunction_or_count_opening_it(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


# Strict reads of roles: a word of the sentence around a title set before a name is no part of the post: a
# focusing adverb ("Democrats, especially Speaker …"), a preposition whose object the person is ("the firing of
# Harbour Secretary …"), a noun of a document or of words ("In a tweet President …"), "both … and" joining two
# people. Lower-case words after such a word are a post and stay ("statement writer"), as does "Under Secretary".
@pytest.mark.parametrize("role, kept", [
    ("especially Speaker", "Speaker"),
    ("particularly Harbour Minister", "Harbour Minister"),
    ("of Vestland Secretary of State", "Vestland Secretary of State"),
    ("tweet President", "President"),
    ("interview Ferry Commissioner", "Ferry Commissioner"),
    ("both Mayor Ivo Brant and Ostria’s harbour master", "Ostria’s harbour master"),
    ("for the dock workers", None),
    ("statement writer", "statement writer"),
    ("Under Secretary of State", "Under Secretary of State"),
    ("former President", "former President"),
])
def test_as_role_drops_a_word_of_the_sentence_opening_it(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


# A title written short after a whole office of a named body ("… of the Joint Harbour Board Gen.") is the
# person's style, run in from before the name; a short title alone ("Vestland Gov.", "retired Army Gen.") is the
# title itself.
@pytest.mark.parametrize("role, kept", [
    ("Chairman of the Joint Harbour Board Gen.", "Chairman of the Joint Harbour Board"),
    ("Commander of the Northern Fleet Adm.", "Commander of the Northern Fleet"),
    ("former Vestland Gov.", "former Vestland Gov."),
    ("retired Army Gen.", "retired Army Gen."),
])
def test_as_role_drops_a_short_title_after_an_office_of_a_body(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


# Strict reads, round 18 (roles): a bare rank gives way to the office a "who" clause gives; a role keeps the
# post held now after "and now"; a leading "One", a group's plural noun and a "whose" clause are no part of it.
@pytest.mark.parametrize("text,name,role", [
    ("Drills\n\n“The guns stay loaded,” said Gen. Tamsin Orlo, who commands Veldorian troops in East Marrak.",
     "Tamsin Orlo", "commander of Veldorian troops in East Marrak"),
    ("Drills\n\nAdm. Bertil Sand, who commands the Northern Quill Fleet, said the ships were ready.",
     "Bertil Sand", "commander of the Northern Quill Fleet"),
    ("Ferries\n\n“The fares will rise,” said Hedda Lunn, a onetime Orvik harbour pilot and now a senior fellow of "
     "the shipping program at the Pellam Institute in Orvik.",
     "Hedda Lunn", "senior fellow of the shipping program at the Pellam Institute in Orvik"),
    ("Climate\n\n“The data are clear,” said Professor Lidia Farn, who heads the Orvik Climate Laboratory.",
     "Lidia Farn", "head of the Orvik Climate Laboratory"),
    ("Vote\n\nOne opposition leader, Dario Vesk, said the count had been rigged.", "Dario Vesk", "opposition leader"),
    ("Tax\n\n“The levy is unfair,” wrote Nessa Corrin, a tax expert whose dismissal from a policy shop over her posts "
     "and a later tribunal drew wide notice.", "Nessa Corrin", "tax expert"),
    ("Archive\n\nTelvarian historian and author Osric Mallow said the letters were forged.", "Osric Mallow",
     "Telvarian historian and author"),
    # a paired read of the round's changes on fresh news: the post after "and now" owned by a word pointing back
    # ("the country's") is not whole alone, so the whole phrase stays
    ("Quay\n\n“We will not give up the quay,” said Rosa Ventur, Ostria's ambassador to Vell and now the country's "
     "envoy to Kessel.", "Rosa Ventur", "Ostria's ambassador to Vell and now the country's envoy to Kessel"),
])
def test_a_role_says_the_post_the_text_gives_without_stray_words(split, text, name, role):
    shown, hidden = split(text)
    assert (name, role) in [(a.speaker.name, a.speaker.role) for _, a in shown + hidden]


def test_a_title_after_a_groups_plural_noun_is_the_persons_own(nlp):
    text = "The envoy met Harbour Party lawmakers Sen. Ilse Varro and others on Monday."
    assert role_for(nlp, text, "Ilse Varro") == "Sen."


@pytest.mark.parametrize("text,name", [
    # no one office: a number of things run, or a plural led; a past post is no office held now
    ("Gen. Tamsin Orlo, who runs three bakeries in Marrak, said the bread was late.", "Tamsin Orlo"),
    ("Col. Tamsin Orlo, who leads protests in Marrak, said the march would go on.", "Tamsin Orlo"),
])
def test_a_who_clause_without_one_office_gives_no_office(nlp, text, name):
    role = role_for(nlp, text, name) or ""
    assert not role.startswith(("head of", "leader of", "commander of"))


# Strict reads, round 18 (roles): a role noun a name is given after ("a political scientist named …") is the
# person's role, with the body a "who works at" clause gives; the clause alone gives the body, as "of" does.
@pytest.mark.parametrize("text,name,role", [
    ("A marine biologist named Pell Ardane, who works at Corvish Bay University, said the kelp was dying.",
     "Pell Ardane", "marine biologist at Corvish Bay University"),
    ("“The kelp is dying,” said Pell Ardane, who works for the Corvish Reef Institute.", "Pell Ardane",
     "Corvish Reef Institute"),
])
def test_a_named_role_and_a_workplace_clause_give_the_role(nlp, text, name, role):
    assert role_for(nlp, text, name) == role


def test_a_workplace_that_names_no_body_gives_no_role(nlp):
    assert role_for(nlp, "Pell Ardane, who works at the harbour, said the ship was late.", "Pell Ardane") is None


# Strict reads (roles18b): a bare seat's title where news says whose seat in another form than "R-Ohio": a space
# after the hyphen, "(R) of Ohio", ", Ohio Republican,", "of Ohio"; a place or body after "of" that is no US
# state leaves the title as it is.
@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\nThe ferry levy failed again. Sen. Orla Brennick, R- Mo., said the levy was a tax on islanders.",
     "Orla Brennick", "Republican senator from Missouri"),
    ("Quay\n\nThe ferry levy failed again. Rep. Orla Brennick (D) of Oregon said the levy was a tax on islanders.",
     "Orla Brennick", "Democratic representative from Oregon"),
    ("Quay\n\nThe ferry levy failed again. \"It is a tax on islanders,\" said Sen. Orla Brennick, Maine Republican.",
     "Orla Brennick", "Republican senator from Maine"),
    ("Quay\n\nThe ferry levy failed again. Sen. Orla Brennick of Maine said the levy was a tax on islanders.",
     "Orla Brennick", "senator from Maine"),
    ("Quay\n\nThe ferry levy failed again. Sen. Orla Brennick of the Ferry Caucus said the levy was a tax.",
     "Orla Brennick", "Sen."),
])
def test_a_seats_title_is_spelled_out_from_every_label_form(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles18b): a bare rank or job's title at one mention ("Gen. Tarn said", "said senior author Lune")
# gives way to what another mention says the person is and where: a "who commands" clause, an appositive naming
# a body. An office of state ("Mayor") keeps its own title, and a past post is no fuller role.
@pytest.mark.parametrize("text, name, role", [
    ("Dikes\n\nThe floods came early. Gen. Piet Tarnow, who commands the Osterfeld garrison, toured the dikes on "
     "Monday. \"The dikes will hold,\" Gen. Tarnow said.", "Piet Tarnow", "commander of the Osterfeld garrison"),
    ("Dikes\n\nRuth Lunebeck, a hydrologist at the Brackwater Institute, led the survey. \"The dikes are sinking,\" "
     "said senior author Lunebeck.", "Ruth Lunebeck", "hydrologist at the Brackwater Institute"),
    ("Dikes\n\nRuth Lunebeck, a former hydrologist at the Brackwater Institute, led the survey. \"The dikes are "
     "sinking,\" said senior author Lunebeck.", "Ruth Lunebeck", "senior author"),
])
def test_a_bare_rank_gives_way_to_what_another_mention_says(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles18b): a kinship noun with "his"/"her" set after a name ("Tove Marsh, his sister,") names the
# relative where the pronoun resolves to one person named before; an unresolved "his" gives no role.
@pytest.mark.parametrize("text, name, role", [
    ("Dikes\n\nJens Hollander was swept away in May. Tove Marsh, his sister, said the family would keep looking.",
     "Tove Marsh", "Jens Hollander's sister"),
    ("Dikes\n\nGreta Hollander was swept away in May. Olaf Marsh, her younger brother, said the search would go on.",
     "Olaf Marsh", "Greta Hollander's younger brother"),
    ("Dikes\n\nThe floods came early this year. Tove Marsh, his sister, said the family would keep looking.",
     "Tove Marsh", None),
])
def test_a_relative_set_after_a_name_with_his_or_her_names_whose(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles18b): a person's name set straight after a place inside an appositive ("…, former envoy to
# Ostria Kurt Lemberg and …") is the next one listed with that person's own post, no role of the name before.
def test_another_persons_title_and_name_after_a_place_is_no_role(nlp):
    text = ("Dikes\n\nThe first witnesses were envoys, including Vass, Orrin Falk, former special envoy to Ostria "
            "Kurt Lemberg and Dana Pike. Falk said the envoys had been ignored.")
    assert speaker_roles(nlp, text).get("Orrin Falk") is None


@pytest.mark.parametrize("role, expected", [
    ("Navy Press Secretary Rear Adm.", "Navy Press Secretary"),
    ("Osterfeld Garrison Chairman Gen.", "Osterfeld Garrison Chairman"),
    ("Kessel Navy Lt. Gen.", "Kessel Navy Lt. Gen."),  # a service is no post
])
def test_as_role_drops_a_rank_after_a_title_case_post(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


# Strict reads (roles18b): where no mention gives a title or an appositive, the writer's own "X is a Y" says what
# the speaker is; not a past "was", a negated "is not", nor someone's quoted words.
@pytest.mark.parametrize("text, role", [
    ("Dikes\n\nJohn Miller is a hydrologist at Brackwater University. \"The dikes are sinking,\" Miller said.",
     "hydrologist at Brackwater University"),
    ("Dikes\n\nJohn Miller was a hydrologist at Brackwater University. \"The dikes are sinking,\" Miller said.", None),
    ("Dikes\n\nJohn Miller is not a hydrologist. \"The dikes are sinking,\" Miller said.", None),
    ("Dikes\n\n\"John Miller is a hydrologist at Brackwater University,\" Ana Lind said. \"The dikes are sinking,\" "
     "Miller said.", None),
    ("Dikes\n\nAna Lind insisted the survey was rigged; John Miller, as head of the board, is the rightful chief "
     "hydrologist. \"The dikes are sinking,\" Miller said.", None),  # another's claim, after her cue
])
def test_the_writers_is_a_post_gives_the_role(nlp, text, role):
    assert speaker_roles(nlp, text).get("John Miller") == role


# Strict reads (roles18b): a "who heads/will oversee" clause after the body a person is "of" gives the function,
# which says more than the employer; a post to come is "incoming"; a clause of no office leaves the body.
@pytest.mark.parametrize("text, role", [
    ("Dikes\n\nDr. John Miller of Brackwater University, who will oversee the new flood ward, said the beds were "
     "ready.", "incoming head of the new flood ward"),
    ("Dikes\n\nDr. John Miller of Brackwater University, who heads the flood ward, said the beds were ready.",
     "head of the flood ward"),
    ("Dikes\n\nDr. John Miller of Brackwater University, who will speak on Monday, said the beds were ready.",
     "Brackwater University"),
])
def test_an_office_clause_after_the_persons_body_is_the_role(nlp, text, role):
    assert speaker_roles(nlp, text).get("John Miller") == role


# Strict reads (roles18b): a bare "Professor" where a mention says the person "teaches … at" a body is the
# professor there; a rank is not, and a clause naming no body leaves the title.
@pytest.mark.parametrize("title, clause, role", [
    ("Professor", "who teaches maritime law at Brackwater University", "professor at Brackwater University"),
    ("Gen.", "who teaches maritime law at Brackwater University", "general"),
    ("Professor", "who teaches in Osterfeld", "Professor"),
])
def test_a_bare_professor_teaching_at_a_body_is_its_professor(nlp, title, clause, role):
    text = (f"Dikes\n\n\"The dikes are sinking,\" warns John Miller, {clause}. \"It cannot wait,\" {title} Miller "
            "says.")
    assert speaker_roles(nlp, text).get("John Miller") == role


# Strict reads (roles18b): a bare rank where the writer says the person heads a named body ("Miller heads
# Osterfeld Fleet Command.") is the head of that body; heading no named body, or an office of state, keeps the title.
@pytest.mark.parametrize("title, held, role", [
    ("Adm.", "heads Osterfeld Fleet Command", "head of Osterfeld Fleet Command"),
    ("Adm.", "heads the talks", "admiral"),
    ("Mayor", "heads Osterfeld Fleet Command", "Mayor"),
])
def test_a_bare_rank_gives_way_to_the_named_body_the_person_heads(nlp, title, held, role):
    text = (f"Dikes\n\n{title} John Miller spoke on Monday. Miller {held}. \"The fleet is ready,\" {title} Miller "
            "said.")
    assert speaker_roles(nlp, text).get("John Miller") == role


@pytest.mark.parametrize("text, name, role", [
    ("State Board of Fisheries Board Member Lotta Vanderhelm is one of many people whose fines were dropped.",
     "Lotta Vanderhelm", "State Board of Fisheries Board Member"),
    ("Bank of Ostria Governor Ivo Mardell told the panel that rates would hold.", "Ivo Mardell",
     "Bank of Ostria Governor"),
])
def test_a_title_opening_on_a_bodys_name_with_of_is_whole(nlp, text, name, role):
    """Strict read 18b: "State Board of Education Board Member" shown as "Education Board Member"."""
    assert title_before(nlp, text, name) == role


def test_a_title_after_a_common_nouns_of_is_cut(nlp):
    text = "Thousands of supporters of President Oskar Lindqvist marched through Kessel on Friday."
    assert title_before(nlp, text, "Oskar Lindqvist") == "President"


# Strict reads (roles19): a bare "Sen."/"Senator" or "former Sen." shown though the article says whose seat in a
# form the label reader did not know (the party's noun before the state, words before the state, a "whose"
# clause, "(R., Ore.)"), or with "former" before the title; a bare "Senator" whose mention's appositive gives
# another role, where the title and "of Maine" still say whose seat, or the appositive says the legislator's
# place in a party's ranks on a committee.
@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\nThe ferry levy failed again. Former Sen. Orla Brennick, Maine Republican who left the chamber in "
     "May, said the levy was a tax on islanders.", "Orla Brennick", "former Republican senator from Maine"),
    ("Quay\n\nThe ferry levy failed again. \"It is a tax on islanders,\" said former Sen. Orla Brennick, a "
     "Republican from Maine.", "Orla Brennick", "former Republican senator from Maine"),
    ("Quay\n\nThe ferry levy failed again. \"It is a tax on islanders,\" said Senator Orla Brennick, Republican "
     "of Maine, who chairs the panel.", "Orla Brennick", "Republican senator from Maine"),
    ("Quay\n\nThe ferry levy failed again. Sen. Orla Brennick, an Oregon Democrat whose ferry bill stalled, said "
     "the levy was a tax on islanders.", "Orla Brennick", "Democratic senator from Oregon"),
    ("Quay\n\nThe ferry levy failed again. Senator Orla Brennick (R., Ore.) said the levy was a tax on islanders.",
     "Orla Brennick", "Republican senator from Oregon"),
    ("Dikes\n\nThe floods came early. Senator Orla Brennick of Maine, the top Republican on the Ferry Committee, "
     "said the dikes would hold.", "Orla Brennick", "senator from Maine"),
    ("Dikes\n\nThe floods came early. Senator Orla Brennick, the most senior Democrat on the Ferry Committee, said "
     "the dikes would hold.", "Orla Brennick", "most senior Democrat on the Ferry Committee"),
    ("Dikes\n\nThe floods came early. Senator Orla Brennick, a keen sailor, said the dikes would hold.",
     "Orla Brennick", "Senator"),
])
def test_a_seats_title_is_spelled_out_from_more_forms(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles19): "Gen." shown for "Brig. Gen." and "Maj. Gen.": the rank's first words, cut off at the
# full stop the parser read as a sentence's end, belong to the title.
@pytest.mark.parametrize("text, name, role", [
    ("Dikes\n\nThe floods came early. \"The dikes will hold,\" said Brig. Gen. Piet Tarnow on Monday.",
     "Piet Tarnow", "Brig. Gen."),
    ("Dikes\n\nThe floods came early. \"The dikes will hold,\" said Gen. Piet Tarnow on Monday.",
     "Piet Tarnow", "general"),
])
def test_a_rank_cut_at_its_full_stop_stays_whole(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles19): a bare title ("Senator") that the entity keeps as its role, though the post set before
# the name between commas says what the person is ("the committee's chairman, Senator …").
def test_a_bare_title_gives_way_to_the_post_set_before_the_name(nlp):
    text = ("Dikes\n\nThe floods came early. On Monday, the dike board's chairman, Senator Piet Tarnow, said that "
            "the dikes would hold.")
    assert speaker_roles(nlp, text).get("Piet Tarnow") == "dike board's chairman"


# ... but an office of state keeps its title: "Trump's host" is no fuller "Prime Minister" (roles19, dev diff).
def test_an_office_keeps_its_title_before_a_fronted_description(nlp):
    text = ("Dikes\n\nThe floods came early. On Monday, the mayor's guest, Prime Minister Piet Tarnow, said that "
            "the dikes would hold. \"They will hold,\" Prime Minister Tarnow told reporters.")
    assert speaker_roles(nlp, text).get("Piet Tarnow") == "Prime Minister"


# Strict reads (roles19b): a seat's title with a party's word in it ("Democratic Senator", "fellow Republican
# Rep.") and a governor's title ("Gov.", "(R) of Ohio") shown bare though "of <State>" followed the name: the
# title's party gives the seat's party where the label gives none; a governor holds the state's office "of" it.
@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\nThe ferry levy failed. Independent Senator Oskar Halvard of Vermont said the levy was a tax on "
     "islanders.", "Oskar Halvard", "independent senator from Vermont"),
    ("Quay\n\nThe ferry levy failed. On the same panel, fellow Democratic Rep. Oskar Halvard of Delaware said the "
     "levy was a tax on islanders.", "Oskar Halvard", "Democratic representative from Delaware"),
    ("Quay\n\nWith that vow, Gov. Oskar Halvard (D) of Nevada set off a quarrel over ferries. \"The levy is a tax "
     "on islanders,\" Halvard said.", "Oskar Halvard", "Democratic governor of Nevada"),
    ("Quay\n\nThe ferry levy failed. Gov. Oskar Halvard of Nevada said the levy was a tax on islanders.",
     "Oskar Halvard", "governor of Nevada"),
    ("Quay\n\nThen-Sen. Oskar Halvard (R-Ore.) met the envoy twice. Halvard said the meetings were routine.",
     "Oskar Halvard", "former Republican senator from Oregon"),  # "then-" says the seat was held before
    ("Quay\n\nLt. Gov. Oskar Halvard of Nevada said the levy was a tax on islanders.", "Oskar Halvard",
     "Lt. Gov."),  # another office than the governor's
    ("Quay\n\nThe ferry levy failed. Republican Sen. Oskar Halvard, a keen sailor, said the levy was a tax on "
     "islanders.", "Oskar Halvard", "Republican Sen."),  # no state: the title as written
    ("Quay\n\nThe ferry levy failed. Gov. Oskar Halvard of the Ferry League said the levy was a tax on "
     "islanders.", "Oskar Halvard", "Gov."),  # no state after "of"
])
def test_a_seats_title_with_a_party_word_or_a_governors_is_spelled_out(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles19b): "CEO" shown for "[Group] President and CEO [Name]": a post written in capitals after
# the "and" of two posts keeps the first post and its owner; two people joined by "and" stay apart.
@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\nThe levy failed, Brackwater Dock Union President and CEO Oskar Halvard wrote. \"It is a tax,\" Mr. "
     "Halvard said.", "Oskar Halvard", "Brackwater Dock Union President and CEO"),
    ("Quay\n\nThe levy failed, Brackwater Dock Union Chairman and Chief Executive Oskar Halvard wrote. \"It is a "
     "tax,\" Mr. Halvard said.", "Oskar Halvard", "Brackwater Dock Union Chairman and Chief Executive"),
    ("Quay\n\nThe levy failed, BDU President and CEO Oskar Halvard wrote. \"It is a tax,\" Mr. Halvard said.",
     "Oskar Halvard", "BDU President and CEO"),  # a body's initials and a post's: no headline in capitals
    ("Quay\n\nGuild President Tove Marsh and Vice President Oskar Halvard met on Monday. \"The levy is a burden,\" "
     "Halvard said.", "Oskar Halvard", "Vice President"),
])
def test_a_capitalised_second_post_after_and_keeps_the_first(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles19b): "chief" shown for "<Country>'s <Body> (<INITIALS>) chief": the body's initials in
# brackets inside a title are part of it, not where the title is cut.
@pytest.mark.parametrize("text, role", [
    ("Quay\n\nAt a briefing on Friday, Ostria's Civil Harbour Organisation (OCHO) chief Tove Ramberg repeated her "
     "view that no mine sank the ferry.\n\n\"The hull was sound,\" she told reporters.",
     "Ostria's Civil Harbour Organisation (OCHO) chief"),
    ("Quay\n\nThe Maritime Safety Agency (MSA) director Tove Ramberg said a storm sank the ferry. \"The hull was "
     "sound,\" Ramberg told reporters.", "Maritime Safety Agency (MSA) director"),
])
def test_a_bodys_initials_in_brackets_stay_in_the_title(nlp, text, role):
    assert speaker_roles(nlp, text).get("Tove Ramberg") == role


# ... but a dateline's place and outlet before a title ("Kessel (KNA) President") are no body's initials.
def test_a_datelines_outlet_in_brackets_is_no_part_of_the_title(nlp):
    text = "Ferry vote\n\nKessel (KNA) President Ivo Brant said on Monday that the ferries would run."
    assert speaker_roles(nlp, text).get("Ivo Brant") == "President"


# Strict reads (roles19c): a bare "Sen." or "Rep." shown where the writer calls the legislator "the Arizona
# Republican" in the next sentence; an epithet after another person's name is that person's, and a party's or
# a body's name ("the Maine Republican Party") is no epithet.
@pytest.mark.parametrize("text, name, role", [
    ("Quay\n\nThe ferry levy is a tax on islanders, Sen. Oskar Halvard argued on Monday. The Maine Republican "
     "added that the ferries were late.", "Oskar Halvard", "Republican senator from Maine"),
    ("Quay\n\nRep. Oskar Halvard said the plan was far from settled. The veteran Oregon Democrat spoke after the "
     "vote.", "Oskar Halvard", "Democratic representative from Oregon"),
    ("Quay\n\nThe ferry levy is a tax on islanders, Sen. Oskar Halvard argued on Monday. Tove Marsh, the Maine "
     "Republican who runs the port, disagreed.", "Oskar Halvard", "Sen."),
    ("Quay\n\nThe ferry levy is a tax on islanders, Sen. Oskar Halvard argued on Monday. The Maine Republican "
     "Party said nothing.", "Oskar Halvard", "Sen."),
])
def test_a_bare_seats_title_is_spelled_out_from_the_writers_epithet(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads (roles19c): an office's name with an "and" that the model tags as a work's title ("Health and
# Human Services") stays whole before its post's noun.
@pytest.mark.parametrize("text, name, role", [
    ("Jobs\n\n\"The numbers are small,\" Fisheries and Coastal Affairs Minister Ivo Brant said on Monday.",
     "Ivo Brant", "Fisheries and Coastal Affairs Minister"),
])
def test_an_offices_name_with_and_tagged_as_a_work_stays_whole(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads of roles (roles20): a wire's, network's or known magazine's name is whom a reporter works for, no
# post ("NPR", "Vox" shown as roles were wrong), whether set before the name as a possessive or after it with "of".
@pytest.mark.parametrize("text, name", [
    ("Harbour\n\nThe quay was closed. “The gates are shut,” NPR's Tim Lark said on Friday.", "Tim Lark"),
    ("Harbour\n\nThe quay was shut for a week. As Vox's Mara Holm wrote, “nobody at the port knew why.”", "Mara Holm"),
    ("Harbour\n\nThe quay was shut again. Ivo Dren, of the A.P., reported, “The gates closed at dawn.”", "Ivo Dren"),
    ("Harbour\n\nThe quay was shut again. “The crews have gone home,” BBC Newsnight's Lena Brask said.", "Lena Brask"),
    ("Harbour\n\nThe quay was shut again. Harbourwatch.com's Lena Brask tweeted: “The crews have gone home.”",
     "Lena Brask"),
])
def test_an_outlets_name_alone_is_no_role_of_its_reporter(nlp, text, name):
    from pathlib import Path
    from dossier.ingest.read import from_text
    from dossier.nlp.pipeline import analyze

    (result,) = list(analyze([from_text(Path("quay.txt"), text, {})], nlp=nlp))
    roles = {a.speaker.name: a.speaker.role for a in (*result.attributions, *result.unreported)}
    assert name in roles and not roles[name]


# Roles20: a name set after the last of two joined people, its post spelled out before the comma ("X and the
# chairman of …, Gen. Y,") has that post, not the bare rank, though the parser hangs it on the first conjunct.
def test_a_post_spelled_out_before_a_titled_name_after_a_conjunct(nlp):
    text = ("Strikes\n\nHarbour Minister Ola Brask and the commander of the Northern Fleet, Adm. Tomas Varn, said on "
            "Monday that the blockade was over. “The sea lanes are open,” Varn said.")
    assert speaker_roles(nlp, text)["Tomas Varn"] == "commander of the Northern Fleet"


# Roles20: what counts as an outlet's name alone, and what is a post at an outlet or another title.
@pytest.mark.parametrize("role, outlet", [
    ("NPR", True), ("A.P.", True), ("BBC Newsnight", True), ("Vox", True), ("Harbourwatch.com", True),
    ("CNN correspondent", False), ("NPR Host", False), ("Vice President", False), ("salon owner", False),
    ("Marlow University", False), (None, False),
])
def test_an_outlets_name_is_told_from_a_post(role, outlet):
    from dossier.nlp.attribution.roles import outlet_name

    assert outlet_name(role) is outlet


# roles20b, kind 1: a title keeps the body its comma sets after it, though the body's name holds an "of"
# ("Office of …"); a preposition outside such a name still ends it.
@pytest.mark.parametrize("text, name, role", [
    ("“We are done,” said Adm. Pia Kord, Director, Office of Naval Plans, on Monday.", "Pia Kord",
     "Director, Office of Naval Plans"),
    ("“We are done,” said Gen. Ivo Marsk, Deputy Commander, Bureau of Coastal Defense, on Friday.", "Ivo Marsk",
     "Deputy Commander, Bureau of Coastal Defense"),
])
def test_a_title_keeps_a_body_whose_name_holds_of(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


# roles20b, kind 2: a role given in a relative clause with a present "is" right after the name; not a past
# "was", a negated "is", or a noun of no post.
@pytest.mark.parametrize("text, name, role", [
    ("“Nobody is buying,” said Mira Soll, who is a senior analyst at Kessel Bank, on Monday.", "Mira Soll",
     "senior analyst at Kessel Bank"),
    ("“Nobody is buying,” said Mira Soll, who is now a lobbyist for the Dunmore Growers Association.",
     "Mira Soll", "lobbyist for the Dunmore Growers Association"),
])
def test_a_role_given_in_a_relative_clause(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


@pytest.mark.parametrize("text", [
    "“Nobody is buying,” said Mira Soll, who was a senior analyst at Kessel Bank.",
    "“Nobody is buying,” said Mira Soll, who is not a senior analyst at Kessel Bank.",
    "“Nobody is buying,” said Mira Soll, who is a Lutheran.",
])
def test_no_role_from_a_relative_clause_of_a_past_or_denied_post(nlp, text):
    assert role_for(nlp, text, "Mira Soll") is None


# Strict reads, roles21: a post "of the union" shown alone says less than the article that names the union.
@pytest.mark.parametrize("text, role, named", [
    ("Crews of the Ferry Workers Union walked out in Vell. Its talks with the port stalled on Friday.",
     "spokesman for the union", "spokesman for the Ferry Workers Union"),
    ("The crisis in the Norvanian Green Party deepens; the Green Party meets in May.",
     "deputy leader of the party", "deputy leader of the Green Party"),
    ("Lawmakers on the Harbour Oversight committee met on Monday.",
     "chairman of the committee", "chairman of the Harbour Oversight committee"),
])
def test_a_body_named_only_by_its_kind_takes_the_name_the_article_gives_it(text, role, named):
    from dossier.nlp.attribution.roles import body_by_name

    assert body_by_name(text, role) == named


@pytest.mark.parametrize("text, role", [
    ("The Vell Party and the Marlow Party both claimed the seat.", "president of the party"),  # which party?
    ("The shelters along the road filled up on Sunday.", "spokesman for the shelters"),  # no name given
    ("Fares rose at Kessel Air on Sunday.", "CEO of the regional"),  # cut inside "the regional, low-cost carrier"
])
def test_a_body_named_only_by_its_kind_without_one_name_leaves_no_role(text, role):
    from dossier.nlp.attribution.roles import body_by_name

    assert body_by_name(text, role) is None


def test_a_named_body_or_a_longer_post_stays_as_read():
    from dossier.nlp.attribution.roles import body_by_name

    text = "The Vell Party and the Marlow Party both claimed the seat."
    for role in ("director of the Harlan Institute", "head of the press desk at the ferry authority", "Vell mayor"):
        assert body_by_name(text, role) == role


# Strict reads of roles: a post of a body the article names nowhere ("a coordinator with the group") is the
# article's own words, shown as it gives them rather than no role; a noun of no body ("the shelters") and a
# list cut short ("the regional") still leave none.
@pytest.mark.parametrize("text, role", [
    ("A Ferrow-led alliance took to the streets.", "member of the alliance"),
    ("Volunteers of the group met the boats at dawn on Sunday.", "coordinator with the group"),
    ("The union said the ferries would stay in port.", "spokesman for the union"),
])
def test_a_body_the_article_names_nowhere_keeps_the_role_as_worded(text, role):
    from dossier.nlp.attribution.roles import body_by_name

    assert body_by_name(text, role) == role


# Strict reads, roles21: a listed company's ticker widget ("KFD, +0.06%") is no word of a post.
@pytest.mark.parametrize("role, shown", [
    ("chief executive of Kessel Foods KFD", "chief executive of Kessel Foods"),
    ("chief executive of Kessel Foods KFD, +0.06%", "chief executive of Kessel Foods"),
    ("head of KFD", None),
    ("NATO chief", "NATO chief"),  # capitals the text shows with no price change
    ("analyst at Marlow Bank", "analyst at Marlow Bank"),
])
def test_a_stock_ticker_ends_no_role(role, shown):
    from dossier.nlp.attribution.roles import without_ticker

    text = "Shares of Kessel Foods KFD, +0.06% rose on Monday after the NATO chief spoke in Vell."
    assert without_ticker(text, role) == shown


# roles21b, kind 1: a title keeps the body its comma sets after it where the tagger types no word of the body
# a body's name, a capitalised head noun ("Forces", "Command") making it one.
@pytest.mark.parametrize("text, name, role", [
    ("“The strait stays open,” said Adm. Lera Voss, Commander, Vestland Naval Forces Marlow, on Monday.",
     "Lera Voss", "Commander, Vestland Naval Forces Marlow"),
    ("“The strait stays open,” Gen. Ivo Marsk, Commander, U.S. Forces Ostria, said on Tuesday.", "Ivo Marsk",
     "Commander, U.S. Forces Ostria"),
])
def test_a_title_keeps_a_body_its_head_noun_names(analyze_text, text, name, role):
    assert _quoted_roles(analyze_text, text, name) == {role}


# roles21b, kind 2: a bare title made full by the post the sentence right before describes, unnamed ("the
# president of Kessel Dockers Local 12"), at the person's first mention; not a state's post, nor one given a name.
@pytest.mark.parametrize("text, role", [
    ("The deal angered the president of Kessel Dockers Local 12, which speaks for harbour crews.\n\n"
     "President Tom Rask said in a statement that the deal was a disgrace.", "president of Kessel Dockers Local 12"),
    ("The walkout was called by the chairman of the Vell Ferry Guild. Chairman Ivo Brant said the boats would "
     "stay in port for a week.", "chairman of the Vell Ferry Guild"),
    ("Brant met the president of Ostria on Monday. President Tom Rask said the talks had gone well.", "President"),
    ("Brant met the president of the Kessel Growers Union, Ana Lind, on Monday. President Tom Rask said the talks "
     "had gone well.", "President"),
])
def test_a_bare_title_takes_the_post_described_right_before(analyze_text, text, role):
    name = "Tom Rask" if "Rask" in text else "Ivo Brant"
    assert _quoted_roles(analyze_text, "Harbour\n\n" + text, name) == {role}


# roles21b, kind 3: a state's own body named by its kind ("the treasury") is a whole post, not one whose body
# the article must name; a clause that names a person to a post gives a bare title its body.
@pytest.mark.parametrize("text, role", [
    ("Tom Rask, the secretary of the treasury, said the levy would stay. Secretary Rask added that banks would pay.",
     "secretary of the treasury"),
    ("“The levy stays,” said Secretary Tom Rask, who was named secretary of the treasury in May.",
     "secretary of the treasury"),
    ("“The levy stays,” said Secretary Tom Rask, who was secretary of the navy in 1990.", "Secretary"),
])
def test_a_state_body_named_by_its_kind_and_a_post_given_by_a_clause(analyze_text, text, role):
    assert _quoted_roles(analyze_text, "Harbour\n\n" + text, "Tom Rask") == {role}


# roles21c: a hyphenated post ("vice-chairman", "co-founder"), which the parser splits at its hyphen, keeps
# whose post it is and the body's name before it, though the parser hung them on the word's first half or
# read that name, right after a quotation, as a verb.
@pytest.mark.parametrize("text, role", [
    ("Vestair's vice-chairman, Tom Rask, said there were no snags with the crew.", "Vestair's vice-chairman"),
    ("\"That changed him,\" GlobalPost co-founder Tom Rask said Wednesday of Brant's arrest in Vell.",
     "GlobalPost co-founder"),
])
def test_a_hyphenated_post_keeps_whose_post_it_is(analyze_text, text, role):
    assert _quoted_roles(analyze_text, "Harbour\n\n" + text, "Tom Rask") == {role}


# roles21c: a post whose body is a definite common noun ("the division", "the House subcommittee") keeps the
# clause right after it that says which body, short and without a comma; a named body or a clause past a comma
# does not take one.
@pytest.mark.parametrize("text, role", [
    ("“We are ready for the storm,” said Tom Rask, a manager in the division that builds bridges.",
     "manager in the division that builds bridges"),
    ("Tom Rask, the head of the committee that oversees harbour accidents in Vell, told the radio that the crew "
     "was safe.", "head of the committee that oversees harbour accidents in Vell"),
    ("“We are ready,” said Tom Rask, the chairman of the Vell Harbour Board that runs the port.",
     "chairman of the Vell Harbour Board"),
])
def test_a_post_keeps_the_clause_that_says_which_body(analyze_text, text, role):
    assert _quoted_roles(analyze_text, "Harbour\n\n" + text, "Tom Rask") == {role}



# Read 70: "X of <country>" says where X is from; the country alone is no role.
def test_a_country_alone_is_no_role(analyze_text):
    out = analyze_text("Lucien Abeng of Cameroon crossed into Mexico in March after months on the road.\n\nHe said the "
                       "border guards turned him back twice before he found work at a market.")
    quotes = [q for q in (*out.attributions, *out.unreported) if "border guards" in out.article.text[q.content[0]:q.content[1]]]
    assert [q.speaker.name for q in quotes] == ["Lucien Abeng"] and quotes[0].speaker.role is None


# Strict reads (session 22): a rank written short and nothing else ("Gen.", "Sgt.") is written out, no fragment
# of a title; a rank of two short words, a civil title and any other role are left as they are.
@pytest.mark.parametrize("role, kept", [
    ("Gen.", "general"), ("Sgt.", "sergeant"), ("Lt", "lieutenant"), ("Maj.", "major"), ("Brig. Gen.", "Brig. Gen."),
    ("Gov.", "Gov."), ("Pentagon spokesman", "Pentagon spokesman"),
])
def test_a_bare_short_rank_is_written_out(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


# Strict reads (session 22): a bare rank opening the sentence of the person's first named mention, where the
# story's opening paragraphs describe them unnamed as "the" commander of something who spoke, takes that post;
# a bare "the commander", one the text names at once, or a description no speech verb has, gives none (the rank
# is written out).
@pytest.mark.parametrize("lede, role", [
    ("The top allied commander of the Ostrian fleet in the Grey Sea told lawmakers he had sent options up his "
     "chain of command.", "top allied commander of the Ostrian fleet in the Grey Sea"),
    ("The admiral in charge of the Ostrian fleet warned on Monday that the sea lanes were at risk.",
     "admiral in charge of the Ostrian fleet"),
    ("The commander said the sea lanes were at risk.", "admiral"),
    ("The commander of the Ostrian fleet, Adm. Pell Varga, said the sea lanes were at risk.", "admiral"),
    ("The commander of the Ostrian fleet visited the port on Monday.", "admiral"),
])
def test_a_bare_rank_takes_the_command_the_opening_paragraphs_describe(nlp, lede, role):
    text = (f"Fleet\n\n{lede}\n\nAbout 9,000 sailors remain in the Grey Sea, and the cabinet plans to cut that number "
            "by half.\n\nAdm. Tomas Reyk told the Defence Committee on Thursday that his plans covered the pace of the "
            "pullout.\n\n“I have given my options,” Reyk said.")
    assert speaker_roles(nlp, text).get("Tomas Reyk") == role


# Strict reads (session 22): a verb that takes the source as its object ("the agency quoted …") is no word of the
# title set before the name.
@pytest.mark.parametrize("role, kept", [
    ("quoted government spokesman", "government spokesman"), ("citing port police chief", "port police chief"),
    ("quoted", "quoted"),
])
def test_a_verb_citing_the_source_is_no_part_of_its_title(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


# Strict reads of roles (roles22c): the proper name a writer sets right after a noun for a kind of body (no comma
# between) names that body and stays in the role; a person's post noun does not take a name after it so.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\nThe pier was shut. Edda Rask, a columnist at the left-leaning weekly The Dune Ledger, said on Friday "
     "that the pier was unsafe.", "Edda Rask", "columnist at the left-leaning weekly The Dune Ledger"),
    ("Harbour\n\nThe pier was shut. Ivo Brant, who runs the advocacy group Pier Watch, said on Friday that the pier "
     "was unsafe.", "Ivo Brant", "head of the advocacy group Pier Watch"),
])
def test_a_body_named_after_its_kind_noun_stays_in_the_role(nlp, text, name, role):
    assert speaker_roles(nlp, text).get(name) == role


# Strict reads of roles (roles22c): a capitalised "Under" before "Secretary" is the post's first word, not a
# preposition to drop; "Under Secretary Brant's plan" keeps it a preposition (no speaker's title).
def test_under_before_a_secretary_stays_in_the_title(nlp):
    text = ("Harbour\n\nThe pier was shut. Under Secretary of Ports Mila Dorn said on Friday that the pier was unsafe.")
    assert speaker_roles(nlp, text).get("Mila Dorn") == "Under Secretary of Ports"
    text = ("Harbour\n\nAt a hearing, the ministry defended its record. Under Secretary of Ports Mila Dorn insisted "
            "that staff had been held to account.\n\n“We acted,” Dorn said.")
    assert speaker_roles(nlp, text).get("Mila Dorn") == "Under Secretary of Ports"
    assert role_for(nlp, "Under Secretary Dorn's plan, the pier was shut, Oskar Lund said.", "Oskar Lund") is None


# Strict reads of roles (roles22c): a photo credit run into the title after it is no part of the post.
@pytest.mark.parametrize("role, kept", [
    ("Getty Images President", "President"), ("AFP via Getty Images Port Warden", "Port Warden"),
    ("Shutterstock Harbour chief", "Harbour chief"), ("AP Photo Senator", "Senator"),
    ("Getty Images photographer", "Getty Images photographer"), ("AFP correspondent", "AFP correspondent"),
    ("Getty Images/Lena Dorn Senator", "Getty Images/Lena Dorn Senator"),
])
def test_a_photo_credit_is_no_part_of_the_title(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


def every_role(nlp, text):
    """Each speaker's role over shown and hidden records alike: the confidence gate decides nothing here."""
    from dossier.nlp.attribution import split_attributions
    from dossier.nlp.entities.extract import find_entities
    doc = nlp(text)
    shown, hidden = split_attributions(doc, find_entities(doc))
    return {a.speaker.name: a.speaker.role for a in [*hidden, *shown]}


# Strict reads of roles (roles23): a hyphenated span of time opening the title says which stage of the post
# ("First-year"): part of the title, though the parser types it a date; a date before a title and an age are not.
@pytest.mark.parametrize("text, name, role", [
    ("Campus\n\nThe dorms were cold again. Second-year nursing student Halvard Prenn, 19, said the heating had "
     "failed twice.", "Halvard Prenn", "Second-year nursing student"),
    ("Campus\n\nIn Tarsk, third-year law student Ilka Moravec said the library \"closes far too early.\"",
     "Ilka Moravec", "third-year law student"),
    ("Campus\n\nThe dorms were cold again. 19-year-old nursing student Halvard Prenn said the heating had failed "
     "twice.", "Halvard Prenn", "nursing student"),
    ("Campus\n\nThe talks stalled. Friday Secretary of State Mara Lind said the ferry deal was off.", "Mara Lind",
     "Secretary of State"),
])
def test_a_span_of_time_opening_the_title_stays_in_it(nlp, text, name, role):
    assert every_role(nlp, text).get(name) == role


# Strict reads of roles (roles23): an author's role keeps the work's title, quoted after an unnamed "book", or
# gives the bare "author" where the title is missing or the parse cut it at a word read as a verb.
@pytest.mark.parametrize("text, name, role", [
    ("Port\n\n\"The tolls will climb again,\" says Toma Brell, author of a new book, \"Harbor Money.\" Brell has "
     "studied the port for years.", "Toma Brell", "author of a new book, \"Harbor Money\""),
    ("Port\n\n\"The tolls will climb again,\" said Toma Brell, author of the book \"Harbor Money.\"", "Toma Brell",
     "author of the book \"Harbor Money\""),
    ("Port\n\n\"The tolls will climb again,\" said Toma Brell, author of the book.", "Toma Brell", "author"),
    ("Port\n\n\"The tolls will climb again,\" said Toma Brell, the author of When Herons Come Home to Nest: A "
     "Fisherman Looks Back.", "Toma Brell", "author of When Herons Come Home to Nest"),
])
def test_an_authors_role_keeps_the_works_title_or_none_of_it(nlp, text, name, role):
    assert every_role(nlp, text).get(name) == role


def test_a_title_cut_at_a_verb_leaves_the_bare_author(nlp):
    from dossier.nlp.entities.roles import creator_role
    doc = nlp("Toma Brell, the author of When Herons Come Home, said the tolls will climb.")
    of = next(t.i for t in doc if t.text == "of")
    assert creator_role(doc, of - 1, of + 3) == "author"  # "author of When Herons" stopped before "Come"
    assert creator_role(doc, of - 1, of + 5) is None  # the title whole, ended by its comma


# Strict reads of roles (roles23c): a title is not cut at its start inside a body's name. A name closed by its
# initials in brackets keeps the words before its "of" (a place's word after it is still the name's); a post of
# a named body run without a comma into the style title written short keeps its noun and "of" (the style goes
# with the name).
@pytest.mark.parametrize("text, name, role", [
    ("Docks\n\nOn Radio Lune, co-chair of the Senate Ferry Committee Sen. Tom Vell said the ferries would run "
     "again.", "Tom Vell", "co-chair of the Senate Ferry Committee"),
])
def test_a_title_keeps_the_start_of_the_bodys_name_it_opens_on(nlp, text, name, role):
    assert every_role(nlp, text).get(name) == role


def test_a_bodys_name_closed_by_its_initials_keeps_its_words_before_of(nlp):
    from dossier.nlp.entities.roles import find_role
    doc = nlp("The pickets grew. Ferry Pilots Guild of Canada (FPGC) president Orla Densby said the strike would go on.")
    first = next(t.i for t in doc if t.text == "Orla")
    assert find_role(doc, [(first, first + 2)]) == "Ferry Pilots Guild of Canada (FPGC) president"
    doc = nlp("The pickets grew. Supporters of Vestmark Port Authority (VPA) chief Orla Densby marched to the quay.")
    first = next(t.i for t in doc if t.text == "Orla")
    assert find_role(doc, [(first, first + 2)]) == "Vestmark Port Authority (VPA) chief"  # initials not the opener's


# Strict reads of roles (roles23c): an adjective an adverb grades opening a title ("a more hopeful", "a visibly
# angry") is how the writer finds the person, never a word of the post.
@pytest.mark.parametrize("text, name, role", [
    ("Docks\n\nThe talks dragged on. A far more cheerful Vestmark Premier Orla Densby said a deal was near.",
     "Orla Densby", "Vestmark Premier"),
    ("Docks\n\nThe talks dragged on, and a visibly tired Harbour Commissioner Orla Densby said a deal was far off.",
     "Orla Densby", "Harbour Commissioner"),
])
def test_an_adjective_an_adverb_grades_is_no_part_of_the_title(nlp, text, name, role):
    assert every_role(nlp, text).get(name) == role


# Round 23: a member of a parliament, a staffer and a cleric hold posts a title before the name gives ("Labour MP
# Jo Dane" had no role, so the record went unshown or bare).
@pytest.mark.parametrize("text, name, role", [
    ("The ferry levy will rise again next spring, Senior Kessel Party MP Anna Rusk said on Monday.", "Anna Rusk",
     "Senior Kessel Party MP"),
    ("The quay was never safe at night, former Senate staffer Ola Brask told the harbour board.", "Ola Brask",
     "former Senate staffer"),
    ("“The new toll is a burden,” senior cleric Tomas Vell said in his Friday sermon.", "Tomas Vell",
     "senior cleric"),
])
def test_member_staffer_and_cleric_titles_are_roles(nlp, text, name, role):
    assert role_for(nlp, text, name) == role



# roles23d: a byline's publication title ("…, The Hill") is the outlet the writer writes for, no post: in a sentence
# ("said Ivo Brask, The Hill.") as on a byline line of its own after the opinion quoted.
@pytest.mark.parametrize("text", [
    "“The toll plan is a gift to the trucking lobby,” said Ivo Brask, The Hill.",
    "Opinion roundup\n\n“The toll plan is a gift to the trucking lobby, and the drivers of the valley will see "
    "through it long before the vote.”\n\nIvo Brask, The Hill",
])
def test_a_bylines_publication_title_is_no_role(split, text):
    shown, hidden = split(text)
    assert {a.speaker.role for _, a in shown + hidden if a.speaker.name == "Ivo Brask"} == {None}


# roles24: a past post ("Former Gov.", "ex-Rep.") the first mention gives is not shown over the post a present
# relative clause at another mention says the person holds now; a clause of the past ("who was then") leaves it.
@pytest.mark.parametrize("text, name, role", [
    ("Former Gov. Piet Hollis toured the cheese fair on Friday. “Milk prices are too low,” Hollis said. Hollis, "
     "who heads the Varden Dairy Board, added that the herds were shrinking.", "Piet Hollis",
     "head of the Varden Dairy Board"),
    ("The canal budget was attacked on Sunday by ex-Rep. Mara Lind, who now runs the Orvell Center for Canal "
     "Studies.\n\n“The locks will not last a decade,” Lind told students in Kessel.", "Mara Lind",
     "head of the Orvell Center for Canal Studies"),
    ("One-time mayor Tove Skarr opened the ferry hearing on Tuesday. “The vote is close,” Skarr said. Skarr, who "
     "is now a columnist for the Kessel Ledger, added that the council had no plan.", "Tove Skarr",
     "columnist for the Kessel Ledger"),
    ("Former Gov. Piet Hollis, who was then a dairy farmer, toured the cheese fair. “Milk prices are too low,” "
     "Hollis said.", "Piet Hollis", "Former Gov."),
])
def test_a_current_post_a_clause_gives_wins_over_a_past_post(split, text, name, role):
    shown, hidden = split(text)
    assert {a.speaker.role for _, a in shown + hidden if a.speaker.name == name} == {role}


def test_a_past_post_the_attributions_own_mention_gives_stays_there(split):
    text = ("“The canal will silt up,” said ex-Rep. Mara Lind on Sunday. Lind, who now runs the Orvell Center for "
            "Canal Studies, added that the locks were old.")
    shown, hidden = split(text)
    roles = {said: a.speaker.role for said, a in shown + hidden if a.speaker.name == "Mara Lind"}
    assert roles == {"“The canal will silt up,”": "ex-Rep.",
                     "that the locks were old": "head of the Orvell Center for Canal Studies"}


# roles24b: a body named only by its kind takes its name whole, its "of" tail too, read on one line (a heading
# above "The … Organization" is no word of it); a person's name after "of", or two tails, leave it short.
@pytest.mark.parametrize("text, role, named", [
    ("Reactor\n\nThe Atomic Energy Organization of Ostria said on Monday that the fuel was ready.",
     "spokesman of the organization", "spokesman of the Atomic Energy Organization of Ostria"),
    ("Quay Talks\n\nThe Dock Union walked out on Friday.", "spokesman for the union", "spokesman for the Dock Union"),
    ("The Workers Party of Vestland and the Workers Party of Ostria met in May.", "leader of the party",
     "leader of the Workers Party"),
    ("Some call it the Harbour Party of Ivo Brant now.", "leader of the party", "leader of the Harbour Party"),
])
def test_a_body_named_by_its_kind_takes_its_whole_name_from_one_line(text, role, named):
    from dossier.nlp.attribution.roles import body_by_name

    assert body_by_name(text, role) == named


# roles24b: the writer's or reader's own relation ("my colleague") is no post of the speaker's.
@pytest.mark.parametrize("role", ["my colleague", "our Kessel correspondent", "your senator"])
def test_a_first_or_second_person_possessive_role_is_no_role(role):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) is None


# roles24b: a participle written without its hyphen ("the Ostria led coalition"), which the tagger reads as a
# verb, is a word inside the body's phrase, not a clause that ends the role.
@pytest.mark.parametrize("text, name, role", [
    ("Harbour\n\n“The quay will close,” said Col. Karl Moss, the chief spokesman for the U.S. led coalition, "
     "known as Operation Harbour Shield.", "Karl Moss", "chief spokesman for the U.S. led coalition"),
])
def test_a_participle_without_its_hyphen_stays_inside_the_role(nlp, text, name, role):
    assert speaker_roles(nlp, text)[name] == role


# roles24b: a body's name inside another's title ("deputy Brotherhood leader Karl Moss") takes no role from the
# title's words before it.
def test_a_body_named_inside_a_persons_title_takes_no_role_from_it(nlp):
    text = ("Harbour\n\nThe police have arrested the leader of the Harbour Brotherhood, Ivo Brant, along with deputy "
            "Brotherhood leader Karl Moss. The Harbour Brotherhood said in a statement that the arrests were illegal.")
    assert speaker_roles(nlp, text).get("Harbour Brotherhood", "absent") is None


@pytest.mark.parametrize("phrase", ["in particular", "above all"])
def test_a_set_phrase_before_a_title_is_no_word_of_the_role(split, phrase):
    """Read 84: "The Trump administration, in particular Secretary of State X, has blamed …" gave the role
    "particular Secretary of State": the parser hangs "particular" on the title."""
    shown, hidden = split(f"The Velmora government, {phrase} Foreign Minister Ivo Brant, has blamed Ostria for the "
                          "attack since Saturday. Brant said on Tuesday that the harbour would stay closed until May.")
    roles = {a.speaker.role for c, a in shown + hidden if "harbour would stay closed" in c}
    assert roles == {"Foreign Minister"}


def test_a_role_held_at_another_time_by_a_clause_of_time_is_no_role():
    """Read 87: "a provincial lawmaker in Ontario when [X got ousted]" was cut at the name and shown as the role
    of words said years later."""
    from dossier.nlp.attribution.roles import as_role

    assert as_role("city councillor in Kessel when Lind") is None
    assert as_role("aide to the mayor while Brant") is None
    assert as_role("head of the Kessel port authority") == "head of the Kessel port authority"


@pytest.mark.parametrize("role, kept", [
    ("ferry pilot, 47", "ferry pilot"),
    ("bakery owner aged 63", "bakery owner"),
    ("warehouse supervisor in his late 40s", "warehouse supervisor"),
    ("warehouse supervisor in her early forties at Brask Logistics", "warehouse supervisor at Brask Logistics"),
    ("District 12 councillor", "District 12 councillor"),  # a number inside the post's name stays
    ("member of the Class of 1987", "member of the Class of 1987"),
])
def test_as_role_drops_an_age_inside_or_after_the_post(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


@pytest.mark.parametrize("role, kept", [
    ("Queen Ilsa's funeral", None),
    ("the 2031 harbour summit", None),
    ("18th century", None),
    ("summit organiser", "summit organiser"),  # the person's noun heads it
    ("chair of the 2031 harbour summit", "chair of the 2031 harbour summit"),
])
def test_as_role_drops_a_role_headed_by_a_time_or_an_occasion(role, kept):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == kept


def test_body_by_name_names_a_body_its_post_owns_by_its_kind_when_named_near():
    from dossier.nlp.attribution.roles import body_by_name

    def named(text, role, who="Orla Finch"):
        start = text.rindex(who)
        return body_by_name(text, role, (start, start + len(who)))

    text = ("The Veldmark Housing Association filed its appeal on Tuesday. “We were never asked,” said Orla Finch, "
            "the association’s treasurer.")
    assert named(text, "association’s treasurer") == "Veldmark Housing Association treasurer"
    both = "The Brenholt Tenants Association backed it. " + text.replace("filed its", "and the Brenholt Tenants Association filed their")
    assert named(both, "association’s treasurer") == "association’s treasurer"  # which one: left as worded
    far = ("The Brenholt Tenants Association met in March.\n\nA tenants’ body filed an appeal on Tuesday. Rents rose. "
           "Repairs stalled. “We were never asked,” said Orla Finch, the association’s treasurer.")
    assert named(far, "association’s treasurer") == "association’s treasurer"  # another one, named further off
    short = ("The Veldmark Housing Association was founded in 1990.\n\nThe VHA filed its appeal on Tuesday. “We were "
             "never asked,” said Orla Finch, the association’s treasurer.")
    assert named(short, "association’s treasurer") == "Veldmark Housing Association treasurer"  # by its initials


def test_a_title_on_a_video_captions_line_is_no_role_but_one_in_the_body_is(nlp):
    # the player's "CLOSE" label runs into the title words before the name
    caption = "Harbour strike\n\nCLOSE Veteran harbour lawyer Ostin Marrec joins the dockers on the quay.\n\nThe talks went on."
    assert title_before(nlp, caption, "Ostin Marrec") is None
    body = "Harbour strike\n\nVeteran harbour lawyer Ostin Marrec joined the dockers on the quay.\n\nThe talks went on."
    assert title_before(nlp, body, "Ostin Marrec") in {"lawyer", "Veteran harbour lawyer"}
