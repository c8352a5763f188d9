"""The roles a brief shows for one speaker (report.roles), on roles written here by hand."""
from __future__ import annotations

from dossier.report.roles import only_abbreviations, shown_roles


def test_one_role_written_two_ways_is_shown_once_in_its_first_form():
    assert shown_roles(["harbour commissioner", "Harbour Commissioner"]) == ["harbour commissioner"]
    assert shown_roles(["Velmoran Vice-Chancellor", "Velmoran Vice Chancellor"]) == ["Velmoran Vice-Chancellor"]
    assert shown_roles(["U.K. envoy", "UK envoy"]) == ["U.K. envoy"]


def test_a_short_form_gives_way_to_the_role_written_with_its_qualifier():
    assert shown_roles(["Chancellor", "Velmoran Chancellor", "author"]) == ["Velmoran Chancellor", "author"]
    assert shown_roles(["Vice-Chancellor", "Ostrand Vice Chancellor"]) == ["Ostrand Vice Chancellor"]


def test_a_change_of_time_is_another_role():
    assert shown_roles(["Fisheries Minister", "former Fisheries Minister"]) == [
        "Fisheries Minister", "former Fisheries Minister"]
    assert shown_roles(["then-Port Director", "Port Director"]) == ["then-Port Director", "Port Director"]


def test_a_bare_abbreviated_title_is_left_out_beside_a_role_in_words():
    assert shown_roles(["Cmdr.", "head of the Sarna river patrol"]) == ["head of the Sarna river patrol"]
    assert shown_roles(["Sen."]) == ["Sen."]
    assert only_abbreviations("Lt. Gen.") and not only_abbreviations("Kessel Sen.")


def test_empty_roles_are_dropped():
    assert shown_roles(["", "  ", "tide warden"]) == ["tide warden"]


def test_a_rank_or_a_stray_word_before_a_role_makes_another_role():
    assert shown_roles(["Velmoran press secretary", "deputy Velmoran press secretary"]) == [
        "Velmoran press secretary", "deputy Velmoran press secretary"]
    assert shown_roles(["Port Warden", "Deputy Port Warden"]) == ["Port Warden", "Deputy Port Warden"]
    assert shown_roles(["Harbour Master", "of Kessel Harbour Master"]) == ["Harbour Master", "of Kessel Harbour Master"]
    assert shown_roles(["tide analyst", "Brask-based tide analyst"]) == ["Brask-based tide analyst"]
