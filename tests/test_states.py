"""Country facts from the packages plus the small data tables (no model needed)."""
from dossier.nlp.entities.states import index, normalize


def test_names_short_forms_and_official_names_find_one_state():
    ix = index()
    for form in ("United States", "the United States", "US", "U.S.", "America", "United States of America"):
        assert ix.state_named(form).name == "United States", form
    assert ix.state_named("Russian Federation").name == "Russia"
    assert ix.state_named("Viet Nam").name == "Vietnam"
    assert ix.state_named("Korea") is None


def test_capitals_seats_and_demonyms():
    ix = index()
    assert ix.capital_of("Ottawa").name == "Canada"
    assert ix.capital_of("Washington").name == "United States"
    assert ix.seat_of("the Kremlin").name == "Russia"
    assert ix.seat_of("White House").name == "United States"
    assert ix.demonym_of("Norwegians").name == "Norway"
    assert ix.demonym_of("Indian").name == "India"  # the larger state wins a shared demonym


def test_lookup_keeps_abbreviations_case_sensitive():
    assert normalize("US") == "US"
    assert normalize("us") == "us"
    assert index().state_named("us") is None
