"""``attribution.asides``: the writer's narration next to a tag is not the source's content (fresh strict
reads, round 17): a relative clause on the cue's noun, the scene of a saying, a clause joined to the tag's by
"and", a clause between a content and its source, a content running out of its cue's relative clause, a
quotation another verb of saying introduces. Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, words", [
    ("Former mayor Arvid Lenk said the council should wait. Lenk declined to back an inquiry, calls for which have "
     "spread among harbour unions since the spill at the north dock.", "spread among harbour unions"),
    ("“The levy is hurting every family on the quay,” a weary Holt said as she sat wearing a grey wool coat with her "
     "notes spread on the table.", "grey wool coat"),
    ("Mayor Tomas Brell spoke briefly before the vote. It was a long night. The councillors ended up walking out, and "
     "the mayor was basically saying, see you at the ballot box, as they left.", "ended up walking out"),
    ("There was speculation before Venn spoke that the port board might blame the contractors, a sign the premier "
     "could have been repeating something Governor Holt said.", "might blame the contractors"),
    ("In Kessel, where Venn signaled her unease with the merger several times, there was perhaps the deepest worry "
     "about the outcome of the vote.", "deepest worry"),
    ("Councillor Mira Holt, who said the depot would close, voted against the plan.", "voted against the plan"),
    ("The fees that Mayor Brell said he was raising were set early this spring, not just on ferries but on every "
     "boat that docks in Kessel.", "were set early this spring"),
])
def test_the_writers_narration_by_a_tag_is_not_the_sources(reported, text, words):
    assert not reported(text, words)


def test_a_gloss_another_verb_introduces_is_not_the_sources(reported):
    text = ("The gentle theory: Ostrians have built a habit of dullness as a shield against the two loud neighbours "
            "on their borders. \"Ostrian dullness isn't innate: it's something we train for, guard and prize,\" Lund "
            "writes. Because both of those neighbours weigh so heavily on Ostria, practised dullness is another way "
            "of saying, \"We are not Veldan and we are not Kessel.\"")
    assert not reported(text, "We are not Veldan")
    assert reported(text, "something we train for")


@pytest.mark.parametrize("text, words", [
    ("Councillor Mira Holt said as long as the levy stands, families will leave the quay.", "families will leave"),
    ("Councillor Mira Holt said when the fees rise the ferries will lose their riders.", "lose their riders"),
    ("Councillor Mira Holt said that the ferries would run, while the depot would close.", "depot would close"),
    ("The ferries will stop in March, and Brell said the depot would close as well.", "depot would close"),
    ("The ferry line will close in March, the port's harbour master, Ilse Varga, said on Monday.", "close in March"),
    ("The Kessel board, which says the levy is unlawful, will meet on Friday.", "levy is unlawful"),
    ("“Boredom here isn't natural,” Ilse Varga writes. In other words, she says, “We are not like them.”",
     "not like them"),
    ("The guard loaded the crates into the van at dawn, but the van broke down before noon, harbour sources told the "
     "Courier.", "loaded the crates"),
    ("The main aims are a new ferry pact for the next decade, cutting fuel use, and planning the depot so that it has "
     "little effect on the bay, Varga said.", "new ferry pact"),
    ("“We need room to act,” said Councillor Ivo Brant (L-Kessel), who said he believed the levy as drafted is too "
     "broad.", "levy as drafted"),
    ("Lund had hoped to speak on Friday night, but waited until the crews, including two divers, were safe ashore, "
     "harbour officials said.", "hoped to speak"),
    ("The ferry line has grown fast, and harbour officials in both towns say as many as two million riders took at "
     "least one ferry last year.", "two million riders"),
    ("The Courier's story follows last week's report in the Gull, also citing unnamed harbour sources, which said the "
     "board believed that Brell not only misled the council, but did so to help the shipping firm.", "misled the council"),
])
def test_a_statement_by_its_tag_stays(reported, text, words):
    assert reported(text, words)


def test_a_content_up_to_the_as_of_the_tag_is_no_statement(reported):
    """Fresh strict reads, round 18: the narration about one person given to another named in the "as" aside."""
    text = ("Councillor Mira Holt pressed the incoming mayor to act against the smugglers, saying the leak came from "
            "abroad — not from some clerk in a back office, as Mayor Ivo Brant once claimed (though he spoke of two clerks).")
    assert not reported(text, "pressed the incoming mayor")


def test_a_statement_tagged_after_it_stays(reported):
    assert reported("The leak came from abroad and not from a clerk, Mayor Ivo Brant claimed on Tuesday.", "leak came")


# Fresh strict read of AllSides 1491-1700 (notstmt19): "replied with a short film [that used …]": "that" is the
# relative pronoun of the writer's noun, not the opener of anything said.
@pytest.mark.parametrize("text, words", [
    ("The Brant campaign replied with a short film on Tuesday that used clips of old council meetings to show "
     "that the levy had never been debated.", "used clips of old"),
])
def test_a_relative_clause_on_the_writers_noun_is_not_the_sources(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Harbour master Ana Lind told a meeting of pilots on Monday that the north quay would close in March.",
     "north quay would close"),
    ("Councillor Ivo Brant warned the port board on Friday that the ferries would stop running in winter.",
     "ferries would stop"),
    ("Councillor Ivo Brant said Tuesday that the harbour levy was unlawful and should be dropped.", "levy was unlawful"),
])
def test_a_that_clause_after_a_tags_object_or_time_stays(reported, text, words):
    assert reported(text, words)



def test_a_relative_clause_on_a_noun_inside_the_cue_is_not_the_sources(reported):
    """The cue may take in the place of the saying ("said in a memo Friday"): the clause after is still the
    memo's relative clause, the writer's."""
    assert not reported("Harbour chief Ana Lind said in a memo Friday that pointed to a steep rise in ferry delays "
                        "over the winter.", "steep rise")
