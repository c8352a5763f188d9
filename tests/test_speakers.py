"""Speaker resolution: bare surnames get the full name other articles spell out, pronouns agree in
gender, and "the daily" is the newspaper named before."""
import pytest

from dossier.nlp.attribution.speakers import NameBook, _name_words


def test_titles_brackets_and_possessives_are_not_name_words():
    assert _name_words("Vice President Brant") == ["Brant"]
    assert _name_words("[Ivo] Brant’s") == ["Ivo", "Brant"]
    assert _name_words("Foreign Minister Tomas Vell") == ["Tomas", "Vell"]


def test_name_book_resolves_an_unambiguous_surname():
    book = NameBook()
    book.learn(["Ivo Brant", "Ivo J. Brant", "Ana Lind"])
    assert book.full_name("Brant") == "Ivo Brant"
    assert book.full_name("President Brant") == "Ivo Brant"
    assert book.full_name("Ivo Brant") is None  # already a full name
    assert book.full_name("analysts") is None


def test_name_book_leaves_an_ambiguous_surname_alone():
    book = NameBook()
    book.learn(["Ivo Brant", "Mila Brant"])
    assert book.full_name("Brant") is None


def test_she_skips_a_man_named_in_between(nlp):
    from dossier.nlp.entities.extract import find_entities
    from dossier.nlp.attribution.speakers import SpeakerResolver

    doc = nlp("“We will not wait for the council,” said Greta Lind, the mayor of Kessel. "
              "Tomas Vell, the harbour master, disagreed with the plan. "
              "“The maps are wrong,” she said.")
    she = next(t.i for t in doc if t.text == "she")
    speaker = SpeakerResolver(doc, find_entities(doc)).resolve(she, she + 1)
    assert speaker.name == "Greta Lind"


@pytest.mark.parametrize("text", [
    "The Ostrian Courier reported that the minister had resigned. The influential daily said the council would meet.",
    "The Kessel Voice, the country's largest newspaper, reported a fire. The paper said the council would meet.",
    "Ostria Central Television reported a fire. By Monday, the Ostrian state broadcaster said the council would meet.",
])
def test_the_daily_is_the_newspaper_named_before(nlp, text):
    from dossier.nlp.entities.extract import find_entities
    from dossier.nlp.attribution.speakers import SpeakerResolver

    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    subject = next(t for t in said.children if t.dep_ == "nsubj")
    speaker = SpeakerResolver(doc, find_entities(doc)).resolve(subject.left_edge.i, subject.i + 1)
    assert speaker.name in ("Ostrian Courier", "Kessel Voice", "Ostria Central Television")
    assert speaker.entity is not None


def test_a_definite_noun_with_no_newspaper_before_stays_as_written(nlp):
    from dossier.nlp.entities.extract import find_entities
    from dossier.nlp.attribution.speakers import SpeakerResolver

    doc = nlp("The Harlan Institute opened a school. The paper said the council would meet.")
    speaker = SpeakerResolver(doc, find_entities(doc)).resolve(7, 9)
    assert doc[7:9].text == "The paper"
    assert speaker.name == "paper" and speaker.entity is None
