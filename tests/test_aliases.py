"""Person-name matching rules (no model needed)."""
from dossier.nlp.entities.aliases import family_names_of, name_words, same_full_name, short_form_fits


def test_name_words_drop_honorifics_initials_and_split_hyphens():
    assert name_words("Mr. Park Min-jun") == ["park", "min", "jun"]
    assert name_words("Harriet J. Osei Jr.") == ["harriet", "osei"]
    assert name_words("President Rui Matos") == ["rui", "matos"]


def test_same_full_name():
    assert same_full_name(["sergey", "varenko"], ["sergei", "varenko"])
    assert same_full_name(["park", "min", "jun"], ["park", "min", "jun"])
    assert not same_full_name(["park", "min", "jun"], ["park", "min", "ho"])
    assert not same_full_name(["anna", "weller"], ["otto", "weller"])


def test_short_form_fits_last_then_first_word():
    assert short_form_fits("weller", ["anna", "weller"]) == 2
    assert short_form_fits("park", ["park", "min", "jun"]) == 1
    assert short_form_fits("otto", ["anna", "weller"]) == 0


def test_two_family_names_are_the_tail_of_the_full_name():
    assert family_names_of(["ruiz", "ortega"], ["mateo", "andres", "ruiz", "ortega"])
    assert not family_names_of(["ortega"], ["mateo", "ruiz", "ortega"])  # a bare surname is matched apart
    assert not family_names_of(["ana", "ortega"], ["mateo", "andres", "ruiz", "ortega"])
    assert not family_names_of(["ruiz", "ortega"], ["ruiz", "ortega"])


def test_a_familiar_form_with_another_first_letter_is_the_given_name():
    from dossier.nlp.entities.aliases import familiar_form_of
    assert familiar_form_of("bob", "robert") and familiar_form_of("william", "bill")
    assert not familiar_form_of("bob", "richard")


def test_short_form_fits_not_the_name_after_a_patronymic_particle():
    # "Tarek bin Faisal" is Tarek, son of Faisal: a bare "Faisal" is the father, not him
    assert short_form_fits("faisal", ["tarek", "bin", "faisal"]) == 0
    assert short_form_fits("tarek", ["tarek", "bin", "faisal"]) == 1
    assert short_form_fits("faisal", ["omar", "faisal"]) == 2


def test_generation_is_the_suffix_written_last():
    from dossier.nlp.entities.aliases import generation

    assert generation("Tomas Vell Jr.") == "jr" and generation("Ivo Brant III") == "iii"
    assert generation("Tomas Vell") is None and generation("Jr.") is None
