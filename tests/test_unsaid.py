"""``attribution.unsaid``: a question the source asks and the writer's claim set against the source's word are
not the source's statements (strict reads 34-37). Fresh text, fictional people and places."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def reported(analyze_text):
    """``reported(text, words)``: some shown content of ``text`` (read as a whole article) holds ``words``."""
    def run(text: str, words: str) -> bool:
        a = analyze_text("Harbour fees rose again this spring.\n\n" + text)
        return any(words in a.article.text[q.content[0]:q.content[1]] for q in a.attributions)
    return run


@pytest.mark.parametrize("text, words", [
    ("Senator Oren Pask questioned how the council could justify the long delay.", "justify the long delay"),
    ("Councillor Mira Holt asked whether the port board had read the audit at all.", "read the audit"),
    ("Senator Oren Pask demanded to know why the ferry fees had doubled since March.", "fees had doubled"),
    ("Councillor Mira Holt questioned whether the harbour levy was legal under the charter.", "levy was legal"),
])
def test_a_question_the_source_asks_is_no_statement(reported, text, words):
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Councillor Mira Holt asked the board to delay the vote until May.", "delay the vote"),
    ("Councillor Mira Holt questioned the levy, saying it broke the city charter.", "broke the city charter"),
])
def test_a_request_or_a_statement_after_asking_stays(reported, text, words):
    assert reported(text, words)


# The writer's claim set against what a source said (strict read 37: an opinion writer's claim filed under the
# president it contradicts).
CONTRARY = ("Harbour fees rose again this spring.\n\n"
            "Contrary to what Mayor Ilse Varga has said, the port authority never approved the new fees, records "
            "show.\n\n"
            "Senator Oren Pask said the council had waited two years to act.\n\n"
            "Varga had the opportunity to explain that the fees were temporary, but she declined.\n")


def test_the_writers_claim_against_the_source_is_not_the_sources(analyze_text):
    a = analyze_text(CONTRARY)
    text = a.article.text
    shown = [text[q.content[0]:q.content[1]] for q in a.attributions]
    assert not any("never approved" in c for c in shown)
    assert any("waited two years" in c for c in shown)


# Strict reads, round 16: the writer likening the source's course to another's is no statement of the source's.
def test_a_course_the_writer_likens_to_anothers_is_no_statement(reported):
    assert not reported("Like Governor Orrin Harlan did before him, Mayor Tomas Vell is promising to rebuild the "
                        "quay within a year.", "rebuild the quay")
    assert not reported("Just as Orrin Harlan did in 2010, Mayor Tomas Vell vows to rebuild the quay within a "
                        "year.", "rebuild the quay")


def test_a_plain_statement_after_a_likening_stays(reported):
    assert reported("Like Governor Orrin Harlan did before him, Mayor Tomas Vell told reporters that the quay "
                    "would be rebuilt within a year.", "quay would be rebuilt")


@pytest.mark.parametrize("text, short", [
    ("Mr. Vell stopped short of explaining what steps the port would take.", True),
    ("Mr. Vell stops short of saying whether the quay will reopen.", True),
    ("Mr. Vell stopped talking when the dockers arrived.", False),
])
def test_stopping_short_of_saying_is_a_refusal(nlp, text, short):
    """Round 16: "stopped short of explaining what …" holds back what follows, as "declined to say" does."""
    from dossier.nlp.attribution.filters import _stopped_short
    verb = next(t for t in nlp(text) if t.lemma_ == "stop")
    assert _stopped_short(verb) is short


@pytest.mark.parametrize("text, words", [
    ("Governor Tilde Maraval spent an hour on Tuesday night saying what she will not do about the dredging plan.",
     "will not do about the dredging"),
    ("Mayor Ivo Brandt said what the ferry board owed the city in his speech on Friday.", "ferry board owed"),
])
def test_a_free_relative_alone_names_a_topic(reported, text, words):
    """Strict read 18b: "saying what he won't do in this war" shown as a statement of what was said."""
    assert not reported(text, words)


@pytest.mark.parametrize("text, words", [
    ("Mayor Ivo Brandt said what the ferry board offered was far too little for the fishermen.", "far too little"),
    ("Governor Tilde Maraval said how the levy is spent will be settled by the council.", "settled by the council"),
])
def test_a_free_relative_inside_a_statement_stays(reported, text, words):
    assert reported(text, words)


def test_a_relative_clause_in_the_sources_aside_is_not_what_she_told(reported):
    """Strict read 18b: a district's past vote, a relative clause in the aside before "told", shown as what a
    congresswoman told a network."""
    text = ("First-term Councillor Ada Merrow, D-Kessel – who won a ward in 2018 that the mayor had carried by nine "
            "points in 2016 – told the Courier last month that she was still weighing the evidence. On Wednesday, "
            "she said she was undecided.")
    assert not reported(text, "carried by nine points")
    assert reported(text, "she was undecided")
