"""Gender of names in an article, for pronouns to agree with (fictional people)."""
import pytest

from dossier.nlp.gender import Genders, first_name_gender, titled_surnames

pytestmark = pytest.mark.slow


def test_first_names_with_a_clear_gender():
    assert first_name_gender("Ilse") == "f"
    assert first_name_gender("Tomas") == "m"


def test_family_name_first_or_ambiguous_name_has_no_gender(nlp):
    g = Genders(nlp("The harbour reopened on Monday."))
    assert g.of("Kim Jong Un") is None  # "Kim" is no clear first name
    assert g.of("Varn") is None
    assert g.agrees("Kim Jong Un", "he") and g.agrees("Kim Jong Un", "she")


def test_titles_in_the_article_win(nlp):
    doc = nlp("Ms. Ivo Brant spoke first. Then Mr. Varn answered her.")
    assert titled_surnames(doc) == {"ivo brant": "f", "~brant": "f", "varn": "m"}
    g = Genders(doc)
    assert g.of("Ivo Brant") == "f"  # the article's title beats the first-name list
    assert g.of("Brant") == "f"
    assert not g.agrees("Ivo Brant", "he") and g.agrees("Ivo Brant", "she")


def test_a_title_before_a_relatives_full_name_says_nothing_of_the_others(nlp):
    doc = nlp("President Tomas Vell landed in Oslo. He dined with First Lady Anna Vell and the king.")
    g = Genders(doc)
    assert g.of("Anna Vell") == "f"
    assert g.of("Tomas Vell") == "m" and g.agrees("Tomas Vell", "he")
