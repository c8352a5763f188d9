"""A description of one post holder and the titles that name the same post right after it."""


def _head(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_description_of_one_holder(nlp):
    from dossier.nlp.attribution.named_after import describes_one

    doc = nlp("A ministry spokesman said the talks had failed.")
    head = _head(doc, "spokesman")
    assert describes_one(doc[0:3], head)
    doc = nlp("Another spokesman said the talks had failed.")
    assert not describes_one(doc[0:2], _head(doc, "spokesman"))
    doc = nlp("The president said the talks had failed.")
    assert not describes_one(doc[0:2], _head(doc, "president"))  # bare: maybe a leader never named


def test_a_title_before_a_name_holds_the_post(nlp):
    from dossier.nlp.attribution.named_after import titled

    doc = nlp("Foreign Ministry spokesman Pell Dray said the envoys would go home. The spokesman left.")
    head = doc[-3]  # "spokesman" of the second sentence
    assert titled(doc, 3, 5, head) == {"foreign", "ministry"}
    doc2 = nlp("Adm. Ivo Brant told reporters. The admiral left.")
    assert titled(doc2, 0, 3, doc2[-3]) == set()
