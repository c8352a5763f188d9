"""The writer's own forecast, explanation, gloss or account of a remark's tone is no attitude the actor is
reported to hold (stances.glosses). Sentences written for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(analyze_text, text):
    """Every stance the rules give, shown or held back by the confidence gate."""
    a = analyze_text(text)
    return [(s.actor, s.attitude, text[s.object[0]:s.object[1]]) for s in (*a.stances, *a.unreported_stances)]


@pytest.mark.parametrize("text, actor", [
    ("Pipeline\n\nNorway will vastly benefit from the lifting of the levy on Baltic gas.\n", "Norway"),
    ("Pipeline\n\nNorway would benefit from the new pipeline to the port of Varsk.\n", "Norway"),
    ("Pipeline\n\nNorway is going to benefit from the new pipeline to the port of Varsk.\n", "Norway"),
    ("Harbour\n\nThe likelier reason is that Senator Vera Toll wants the port kept open for the herring fleet.\n",
     "Vera Toll"),
    ("Harbour\n\nIn effect, Senator Lars Hale wants the court to end the subsidy for the Brenn coal mines.\n",
     "Lars Hale"),
    ("Harbour\n\nOfficials in Brenn met on Monday.\n\nPut simply, Senator Lars Hale wants the court to end the subsidy "
     "for the Brenn coal mines.\n", "Lars Hale"),
    ("Harbour\n\nSenator Vera Toll essentially wants the state to pay for the new bridge over the Sava.\n",
     "Vera Toll"),
    ("Talks\n\nPresident Ardo Venn met union leaders in Brenn on Monday.\n\nSeeking a more conciliatory tone, Venn "
     "thanked the unions.\n", "Ardo Venn"),
    ("Talks\n\nPresident Ardo Venn met union leaders in Brenn on Monday.\n\nSeeking to strike a conciliatory note, "
     "Venn thanked the unions.\n", "Ardo Venn"),
    ("Talks\n\nPresident Ardo Venn met union leaders in Brenn on Monday.\n\nHoping to sound conciliatory, Venn "
     "praised the dockers.\n", "Ardo Venn"),
])
def test_the_writers_reading_gives_no_stance(analyze_text, text, actor):
    assert not [s for s in stances(analyze_text, text) if s[0] == actor]


@pytest.mark.parametrize("text, actor, attitude, part", [
    ("Harbour\n\nSenator Vera Toll wants the port kept open for the herring fleet.\n",
     "Vera Toll", "wants", "port kept open"),
])
def test_an_attitude_told_plainly_stays(analyze_text, text, actor, attitude, part):
    assert any(a == actor and att == attitude and part in o for a, att, o in stances(analyze_text, text))



# stances17b (strict readers, paraphrased): a tally gained "from" a poll is a count moved, not a benefit from the poll.
@pytest.mark.parametrize("text", [
    "Marta Lind gained 7 points from the June poll.",
    "Marta Lind gained ground from the debate in Velm.",
])
def test_a_tally_gained_is_no_benefit(stance_triples, text):
    assert not any(att == "benefits_from" for _, att, _ in stance_triples(text))


def test_a_benefit_had_stays(stance_triples):
    assert any(att == "benefits_from" for _, att, _ in stance_triples("Marta Lind benefited from the June poll."))


# Read 46: "will seek to unify the party", told by no one: the writer's forecast.
@pytest.mark.parametrize("text", [
    "After the convention, Nora Finch will seek to unify the party behind her bid.",
    "The Dovar Party's new leaders will aim to protect a reputation for clean rule.",
])
def test_the_writers_forecast_of_a_step_is_no_want(stance_triples, text):
    assert [s for s in stance_triples(text) if s[1] == "wants"] == []


def test_a_step_someone_announces_stays(stance_triples):
    assert [s for s in stance_triples("Nora Finch will seek to unify the party behind her bid, her aides said.")
            if s[0] == "Nora Finch" and s[1] == "wants"]


# In a piece labelled opinion, a want or fear no one in its sentence tells is the columnist's reading of a motive
# (sthold19b, strict reads of AllSides op-eds); the same sentence in a news story, and a told or voiced wish, stay.
@pytest.mark.parametrize("text, actor", [
    ("OPINION: The quiet war over the Varsk canal\n\nOstria seeks to split the Nordic alliance by courting the "
     "ferry unions of Brenn.\n", "Ostria"),
    ("OPINION: Why the herring quota fight matters\n\nAny quarrel that might raise the price of herring is good for "
     "Ostria.\n", "Ostria"),
    ("Opinion | Brenn's mayor has a plan\n\nMayor Ilse Marrow wants to crush the dockers' union before the "
     "autumn vote.\n", "Ilse Marrow"),
])
def test_a_columnists_reading_of_a_motive_is_no_stance(analyze_text, text, actor):
    assert not [s for s in stances(analyze_text, text) if s[0] == actor and s[1] in {"wants", "fears"}]


@pytest.mark.parametrize("text, actor, attitude", [
    ("The quiet war over the Varsk canal\n\nOstria seeks to split the Nordic alliance by courting the ferry unions "
     "of Brenn.\n", "Ostria", "wants"),
    ("OPINION: Brenn's mayor has a plan\n\nMayor Ilse Marrow said on Tuesday that she wants to close the old "
     "dockyard by spring.\n", "Ilse Marrow", "wants"),
    ("OPINION: Brenn's mayor has a plan\n\nMayor Ilse Marrow urged the council to close the old dockyard by "
     "spring.\n", "Ilse Marrow", "recommends"),
    ("OPINION: Lessons from the harbour\n\nAs the town gets ready for the festival, a loud quarrel has broken out "
     "over President Ardo Venn’s plan to welcome 3,000 refugees from Ostria into Norway.\n", "Ardo Venn", "wants"),
])
def test_a_wish_told_or_outside_an_opinion_piece_stays(analyze_text, text, actor, attitude):
    assert [s for s in stances(analyze_text, text) if s[0] == actor and s[1] == attitude]
