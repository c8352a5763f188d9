"""Speaker names across a run: bare surnames get the full name other articles spell out (no model)."""
from dossier.nlp.speakers import NameBook, _name_words


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
