"""``nlp.attribution.single_quotes``: quotations in single marks (British style) are read as quotations, so
their records are direct and bounded at the marks like double-marked ones; apostrophes, plural possessives,
elisions and quotations nested in double marks are left alone. Fresh text, fictional people and places."""
from __future__ import annotations

from pathlib import Path

import pytest

from dossier.nlp.attribution.single_quotes import as_double_quotes, single_quoted_pairs

CURLY = ("Harbour chief Wenna Lorrick said: ‘The Pellan ferry won’t sail again until the council’s "
         "engineers sign off the hull.’ She left soon after.")
STRAIGHT = "'The quay is safe and the boats are ready for the winter,' Lorrick said on Tuesday."


def test_a_curly_pair_becomes_double_and_its_apostrophes_stay():
    out = as_double_quotes(CURLY)
    assert len(out) == len(CURLY)
    assert "said: “The Pellan ferry won’t sail" in out and "council’s" in out and "the hull.”" in out


def test_a_straight_pair_after_a_colon_without_a_space_is_a_quotation():
    assert as_double_quotes("Kessel Radio:'The long wait is over' it said.") == \
        'Kessel Radio:"The long wait is over" it said.'


def test_a_plural_possessive_inside_a_quotation_does_not_close_it():
    text = "Pask called it ‘the dockers’ own charter, written by them’ on Monday."
    assert as_double_quotes(text) == "Pask called it “the dockers’ own charter, written by them” on Monday."


def test_a_possessive_closes_a_quotation_only_before_the_next_one_opens():
    text = "She asked about her son's 'worries' with a 'senior officer.' Pask said"
    assert as_double_quotes(text) == 'She asked about her son\'s "worries" with a "senior officer." Pask said'


def test_a_double_mark_nested_in_a_single_quotation_becomes_single():
    text = "Lorrick wrote: ‘Nobody will let “Save the Quay!” slogans be used like this.’"
    assert as_double_quotes(text) == "Lorrick wrote: “Nobody will let ‘Save the Quay!’ slogans be used like this.”"


def test_an_article_quoting_in_double_marks_keeps_its_single_marked_heading():
    text = ("“The ferry will run all winter,” Pask said.\n\n‘A long winter’\n\n“We have two boats,” Lorrick said.")
    assert single_quoted_pairs(text) and as_double_quotes(text) == text


@pytest.mark.parametrize("text", [
    "The workers’ union and the bosses’ offer were far apart.",
    "Music of the ’80s, rock 'n' roll and 'em all.",
    "“He told me, ‘Stay on the boat,’ and I did,” Pask said.",
    "Pask added. \" 'Stay on the boat,' he told me then.",
    "Lorrick said: ‘The vote was close\n\nand the hall was full.’",
])
def test_apostrophes_elisions_and_nested_quotations_are_left_alone(text):
    assert single_quoted_pairs(text) == []
    assert as_double_quotes(text) == text


@pytest.mark.slow
def test_a_single_marked_quotation_is_a_direct_record_cited_as_written(nlp):
    from dossier.ingest.read import from_text
    from dossier.nlp.pipeline import analyze

    art = from_text(Path("lorrick.txt"), "Ferry halted\n\n" + CURLY + "\n\n" + STRAIGHT + "\n", {})
    (result,) = list(analyze([art], nlp=nlp))
    records = [(art.text[slice(*a.content)], a) for a in result.attributions + result.unreported]
    ferry = [(c, a) for c, a in records if "engineers sign off the hull" in c]
    assert ferry and all(a.kind == "direct" and c.startswith("‘The Pellan ferry") for c, a in ferry)
    quay = [(c, a) for c, a in records if "The quay is safe" in c]
    assert quay and all(a.kind == "direct" and c.startswith("'The quay") and c.endswith("winter,'") for c, a in quay)
