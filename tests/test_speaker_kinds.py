"""Issue 9, speakers and what is not an attribution, one kind per test, on sentences written for it
(fictional people, places and organisations). A record either names its speaker in full words of the text
or is kept only as unreported (``split_attributions``'s second list)."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.groups import group_name, is_bare_group, speaks

pytestmark = pytest.mark.slow


def speaker_of(found, words):
    hits = [a for content, a in found if words in content]
    assert hits, f"no record contains {words!r}: {[c for c, _ in found]}"
    return hits[0].speaker.name


def none_contains(found, words) -> bool:
    return not any(words in content for content, _ in found)


# ---------------------------------------------------------------- (a) groups named by their whole phrase
@pytest.mark.parametrize("text,words,name", [
    ("Talks\n\nSenior Ostrian officials said the border would reopen in May.", "border would reopen",
     "Senior Ostrian officials"),
    ("Talks\n\nTwo officials familiar with the talks said the border would reopen in May.", "border would reopen",
     "Two officials familiar with the talks"),  # the count is part of who spoke
    ("Talks\n\nDozens of Ostrian and Vellish senators said the treaty was dead.", "treaty was dead",
     "Dozens of Ostrian and Vellish senators"),
    ("Talks\n\nAn official in the Kessel mayor's office said the border would reopen in May.", "border would reopen",
     "official in the Kessel mayor's office"),
    ("Talks\n\nThe council may resign. In the event of a resignation, the road to a new council was uncertain, "
     "Ostrian officials and experts warned.", "road to a new council", "Ostrian officials and experts"),
    ("Talks\n\nSenior Ostrian officials and diplomats said the port would suffer.", "port would suffer",
     "Senior Ostrian officials and diplomats"),
    ("Talks\n\nThe envoys met on Monday. The talks will resume in May, the semiofficial KNA news agency reported.",
     "talks will resume", "KNA news agency"),
    ("Talks\n\nOstrian defense officials and top generals said the port would suffer.", "port would suffer",
     "Ostrian defense officials and top generals"),
])
def test_a_group_is_named_by_its_whole_phrase(split, text, words, name):
    shown, _ = split(text)
    assert speaker_of(shown, words) == name
    assert name in text  # exact characters of the text


@pytest.mark.parametrize("text,words", [
    ("Talks\n\nOfficials said the border would reopen in May.", "border would reopen"),
    ("Talks\n\nSome experts said the border would reopen in May.", "border would reopen"),
    ("Talks\n\nOther critics said the plan would fail.", "plan would fail"),
    ("Talks\n\nActivists and residents said the plan would fail.", "plan would fail"),
    ("Talks\n\nA protester was hurt on the quay. He and others said the police had fired first.", "fired first"),
    ("Talks\n\nThe crowd grew on Monday. Ada Holm/AP Ada Holm/AP said the police had fired first.", "fired first"),
])
def test_a_group_that_says_nothing_more_is_not_reportable(split, text, words):
    shown, hidden = split(text)
    assert none_contains(shown, words)
    assert not none_contains(hidden, words)  # still an attribution in PolNeAR's sense


def test_bare_group_words():
    assert is_bare_group("officials") and is_bare_group("other senior officials") and is_bare_group("percent")
    assert not is_bare_group("Ostrian officials") and not is_bare_group("officials familiar with the talks")
    assert not is_bare_group("Lena Orsk")


def test_an_event_or_thing_never_speaks(nlp):
    doc = nlp("The harbour deal ended the strike. The officials left.")
    assert not speaks(doc[2])  # deal
    assert speaks(doc[8])  # officials


# ---------------------------------------------------------------- (b) fragments resolve or go
def test_a_definite_noun_takes_the_fuller_earlier_mention(split):
    shown, _ = split("Port\n\nThe Kessel harbour authority closed the quay on Monday. Later the authority said "
                     "the quay would reopen in June.")
    assert speaker_of(shown, "quay would reopen") == "Kessel harbour authority"


def test_a_noun_named_by_a_participle_is_that_name(split):
    shown, _ = split("Flood\n\n“We lost everything in one night,” said a farmer named Ivo Halloran.")
    assert speaker_of(shown, "We lost everything") == "Ivo Halloran"


def test_a_hyphenated_name_is_kept_whole(split):
    shown, _ = split("Ferry\n\nHarbour pilot Lee Min-jun said the ferry had turned too fast.")
    assert speaker_of(shown, "ferry had turned") == "Lee Min-jun"


# ---------------------------------------------------------------- (c) possessive pronouns
def test_his_spokeswoman_is_the_named_persons(split):
    shown, _ = split("Talks\n\nForeign Minister Ivo Brantley met the envoy on Monday. His spokeswoman said the "
                     "talks had been useful.")
    name = speaker_of(shown, "talks had been useful")
    assert name.startswith("Ivo Brantley") and name.endswith("spokeswoman")


def test_an_unresolved_possessive_is_not_reportable(split):
    shown, _ = split("Talks\n\nTheir spokeswoman said the talks had been useful.")
    assert none_contains(shown, "talks had been useful")


# ---------------------------------------------------------------- organisations named whole
@pytest.mark.parametrize("text,words,name", [
    ("Talks\n\nOstria's Foreign Ministry said the envoy would stay.", "envoy would stay", "Ostria's Foreign Ministry"),
    ("Talks\n\nThe Department of Harbours said the quay was safe.", "quay was safe", "Department of Harbours"),
    ("Study\n\nThe Marlow Center for Coastal Studies said the sea had risen.", "sea had risen",
     "Marlow Center for Coastal Studies"),
])
def test_an_organisation_is_named_whole(split, text, words, name):
    shown, _ = split(text)
    assert speaker_of(shown, words) == name


# ---------------------------------------------------------------- not an attribution
@pytest.mark.parametrize("text,words", [
    ("Raid\n\nThe Vellish air force hit a depot that stored fuel near the port.", "depot"),
    ("Race\n\nLena Orsk attacked the council for the delay.", "council"),
    ("Race\n\nAfter the storm, Tomas Vell found his voice again.", "his voice"),
    ("Race\n\nThe letters have become the focal point of the inquiry that opened in May.", "focal point"),
    ("Race\n\nLena Orsk was referring to the harbour bill that passed in May.", "harbour bill"),
    ("Race\n\nIf the councillors really believed the quay was unsafe, they would close it.", "quay was unsafe"),
    ("Race\n\nA cousin of the missing sailor, who asked not to be identified, said the boat was old.", "boat was old"),
])
def test_not_reportable(split, text, words):
    shown, _ = split(text)
    assert none_contains(shown, words)


def test_a_poll_finding_is_reportable(split):
    shown, _ = split("Poll\n\nA Kessel Courier poll found that most voters backed the quay.")
    assert not none_contains(shown, "most voters backed the quay")


def test_group_name_is_exact_text(nlp):
    doc = nlp("The Ostrian Harbour Police's two spokespeople said the quay was closed.")
    head = [t for t in doc if t.dep_ == "nsubj"][0]
    assert group_name(head) in doc.text


# ---------------------------------------------------------------- page junk and headline words
def test_a_headline_verb_is_no_part_of_a_name(split):
    shown, _ = split("Varga Warns Vellia Over Harbour Deal\n\nVarga said on Monday the deal was dead. "
                     "“It is over,” Varga said.")
    assert speaker_of(shown, "the deal was dead") == "Varga"


def test_a_line_above_a_title_is_no_part_of_the_role(split):
    shown, _ = split("Talks\n\nCLOSE\nSecretary of State Lena Orsk said the talks would go on.")
    a = [a for content, a in shown if "talks would go on" in content][0]
    assert a.speaker.name == "Lena Orsk" and a.speaker.role == "Secretary of State"


def test_a_role_never_ends_with_words_of_the_name():
    from dossier.nlp.attribution.roles import without_name
    assert without_name("Ostrian League chief Anders", "Anders Fogh Vellum") == "Ostrian League chief"
    assert without_name("chief", "Lena Orsk") == "chief"


def test_a_role_has_no_date_and_no_other_persons_title(split):
    shown, _ = split("Talks\n\nIn an interview on Friday Foreign Minister Lena Orsk said the talks would go on.")
    a = [a for content, a in shown if "talks would go on" in content][0]
    assert a.speaker.role == "Foreign Minister"


def test_a_photo_credit_is_nobodys_antecedent(split):
    shown, _ = split("Harbour\n\nMayor John Hartley opened the quay on Monday. Jeff Lanner/Ostrian Press\n\n"
                     "He said the quay would stay open all winter.")
    assert speaker_of(shown, "quay would stay open") == "John Hartley"


@pytest.mark.parametrize("text,words,shown_too", [
    ("Talks\n\nLena Orsk sought calm.", "calm", False),
    ("Talks\n\nThe Vellish government confirmed a second fire in the harbour.", "a second fire in the harbour", True),
])  # (not "denied any role …": a denial's content is not shown as said, test_unsaid)
def test_a_noun_phrase_is_a_statement_only_after_a_verb_of_speech(split, text, words, shown_too):
    shown, _ = split(text)
    assert none_contains(shown, words) is not shown_too


def test_a_persons_role_stops_at_of_and_at_a_verb(nlp):
    from dossier.nlp.entities.roles import find_role
    doc = nlp("Supporters of President Ivo Brant marched on Monday.")
    assert find_role(doc, [(3, 5)]) == "President"
    doc = nlp("Lena Orsk, a fellow at the Kessel Institute told the Courier on Monday that the talks were over.")
    role = find_role(doc, [(0, 2)])
    assert role is not None and "told" not in role and role.startswith("fellow")


def test_the_north_speaks_as_the_state_of_that_name(nlp):
    from dossier.nlp.attribution.extract import find_attributions
    from dossier.nlp.entities.extract import find_entities

    doc = nlp("North Korea tested a rocket engine on Sunday, officials in Seoul said.\n\n"
              "The North said the test was a warning to its neighbours.")
    found = {doc.text[a.content[0]:a.content[1]]: a.speaker.name for a in find_attributions(doc, find_entities(doc))}
    assert found.get("the test was a warning to its neighbours") == "North Korea"


# ---------------------------------------------------------------- round 19: descriptions and page junk
@pytest.mark.parametrize("text,words,name", [
    ("Harbour vote\n\nRep. Lonnie Verhagen also said he remains unsure about the harbour plan. \"I am not "
     "convinced yet,\" the Ohio Republican said after the hearing.", "not convinced yet", "Lonnie Verhagen"),
    ("Harbour vote\n\nIn a separate interview, Karen Whitford attacked Tom Baxley over the levy. \"He backed it "
     "from the start,\" the Democratic front-runner said.", "backed it from the start", "Karen Whitford"),
    ("Harbour vote\n\nPrime Minister Karen Whitford said the vote would go ahead. The PM added: \"You will have "
     "your date, and it is in March.\"", "have your date", "Karen Whitford"),
])
def test_a_party_or_candidacy_description_is_the_subject_named_before(split, text, words, name):
    shown, _ = split(text)
    assert speaker_of(shown, words) == name


@pytest.mark.parametrize("text,words", [
    # the party the description gives is not the named man's
    ("Harbour vote\n\nGov. Daniel Prescott, a Democrat, spoke on Monday. \"We are close,\" the Ohio Republican "
     "said.", "We are close"),
    # the named woman is three sentences back, others came between
    ("Harbour vote\n\nKaren Whitford spoke on Monday about the harbour. The mayor spoke next. Then the council "
     "met. \"We are close,\" the Democratic front-runner said.", "We are close"),
])
def test_a_description_is_not_a_person_it_may_not_mean(split, text, words):
    shown, hidden = split(text)
    found = [a.speaker.name for c, a in shown + hidden if words in c]
    assert found and found[0] not in ("Daniel Prescott", "Karen Whitford")


def test_a_picture_credit_run_into_a_headline_is_no_part_of_the_name(split):
    shown, _ = split("Harbour deal\n\nSecretary of State Gerald Whitcombe greets the trade minister at the palace "
                     "in Kessel on May 3. | AP Photo Whitcombe hails 'new era' in harbour ties\n\n"
                     "Secretary of State Gerald Whitcombe praised the harbour deal on Saturday.\n\n"
                     "\"This is a very good day for both of our countries,\" Whitcombe said.")
    assert speaker_of(shown, "very good day") == "Gerald Whitcombe"


def test_share_buttons_run_into_a_caption_open_no_group_name(split):
    shown, hidden = split("Harbour deal\n\nThe ferry talks stalled again on Monday.\n\nFacebook Twitter Pinterest "
                          "Coastal farmers rally in Kessel after they said they won control of the harbour board "
                          "in June. Photograph: Staff/Reuters\n\nThe farmers have been allies of the mayor.")
    names = [a.speaker.name for c, a in shown + hidden if "won control" in c]
    assert names and not any("Facebook" in (n or "") or "Pinterest" in (n or "") for n in names)
    shown, _ = split("Harbour deal\n\nFacebook and Twitter users said the harbour plan was a mistake.")
    assert speaker_of(shown, "harbour plan was a mistake") == "Facebook and Twitter users"
