"""Posts a clause gives a person ("who was named chairman of …", "was elected …", "as the new …")."""
import pytest


@pytest.mark.parametrize("text, post", [
    ("Sen. Ida Roan, who was named chairman of the fisheries committee last week, visited the port.",
     "chairman of the fisheries committee"),
    ("Sen. Ida Roan was elected chairman of the fisheries committee on Monday.", "chairman of the fisheries committee"),
    ("Sen. Ida Roan, who chairs the fisheries committee, visited the port.", "chairman"),
])
def test_a_clause_gives_a_post(nlp, text, post):
    from dossier.nlp.attribution.posts_given import posts

    doc = nlp(text)
    assert post in posts(doc, 1, 3)


def test_a_plain_clause_gives_none(nlp):
    from dossier.nlp.attribution.posts_given import posts

    doc = nlp("Sen. Ida Roan, who visited the port, met the crews on Monday.")
    assert posts(doc, 1, 3) == []


def test_naming_someone_else_gives_the_namer_no_post(nlp):
    from dossier.nlp.attribution.posts_given import posts

    doc = nlp("Sen. Ida Roan named Tomas Vell chairman of the fisheries committee on Monday.")
    assert not any("chairman" in p for p in posts(doc, 1, 3))
