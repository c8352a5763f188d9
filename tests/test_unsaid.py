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


@pytest.fixture
def kept(analyze_text):
    """``kept(text, words)``: some content of ``text`` that passed the rules holds ``words``, shown or left unshown by
    the confidence gate only (a gated record carries its ``confidence``; one the rules turned down has none)."""
    def run(text: str, words: str) -> bool:
        a = analyze_text("Harbour fees rose again this spring.\n\n" + text)
        passed = [*a.attributions, *(q for q in a.unreported if q.confidence is not None)]
        return any(words in a.article.text[q.content[0]:q.content[1]] for q in passed)
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
    ("The hearing ran late. Councillor Mira Holt asked Oren Pask, who ran the ferry office for a decade, if he had "
     "\"any record of the lost payments.\"\n\n\"No, I do not,\" Pask said.", "any record of the lost payments"),
    ("The hearing ran late. On Monday, Courier reporter Ada Lind asked Mayor Ilse Varga to respond to the auditor's "
     "findings. Varga said the levy was lawful.", "to respond to the auditor"),
    ("The hearing ran late.\n\n\"Would you call the new levy a fair one for the fishermen?\" asked Councillor Mira "
     "Holt.\n\n\"No, I would not,\" replied Oren Pask, the harbour master.", "a fair one for the fishermen"),
    ("The hearing ran late.\n\n\"Harbour master, did the board ever show you the audit before the vote?\" Senator "
     "Oren Pask asked.\n\nThe harbour master said it had not.", "show you the audit"),
])
def test_a_question_put_to_someone_is_no_statement(split, text, words):
    shown, hidden = split("Kessel\n\n" + text)
    assert not any(words in content for content, _ in shown)
    assert any(words in content for content, _ in hidden)


@pytest.mark.parametrize("text, words", [
    ("The hearing ran late.\n\n\"Who among us would pay a levy like this at our own quay?\" asked Councillor "
     "Mira Holt.\n\nThe harbour master did not answer.", "pay a levy like this"),
    ("The hearing ran late.\n\nSenator Oren Pask asked: \"Who will pay for the new breakwater at Kessel?\"\n\n"
     "Nobody on the board replied.", "pay for the new breakwater"),
])
def test_a_whole_question_under_asking_is_no_statement(split, text, words):
    shown, hidden = split("Kessel\n\n" + text)
    assert not any(words in content for content, _ in shown)
    assert any(words in content for content, _ in hidden)


def test_a_question_inside_a_statement_or_under_saying_stays(split):
    shown, _ = split("Kessel\n\nThe hearing ran late.\n\n\"The breakwater is crumbling into the sea. Who will pay "
                     "for it?\" asked Councillor Mira Holt.\n\n\"Why would anyone trust the board with the levy "
                     "now?\" said Senator Oren Pask.")
    assert any("crumbling into the sea" in content for content, _ in shown)
    assert any("trust the board with the levy" in content for content, _ in shown)


@pytest.mark.parametrize("text, words", [
    ("Councillor Mira Holt asked the board to delay the vote until May.", "delay the vote"),
    ("Councillor Mira Holt questioned the levy, saying it broke the city charter.", "broke the city charter"),
])
def test_a_request_or_a_statement_after_asking_stays(kept, text, words):
    assert kept(text, words)  # the gate's threshold decides whether it is shown, not this rule


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


@pytest.mark.parametrize("text, words", [
    ("Ivo Brant, the harbour master, said where the council will end up on the levy is entirely unclear.",
     "entirely unclear"),
    ("Ivo Brant emphasized how important it was to reach a deal with the dock unions.", "reach a deal"),
])
def test_a_degree_or_a_split_statement_passes_the_rules(analyze_text, text, words):
    """A paired read of the round's changes on fresh news: "emphasized how significant it was …" and "said
    where X ends up is unclear" were hidden as bare topics. They pass the rules (the confidence gate, which
    scores every record the rules keep, decides on showing them)."""
    a = analyze_text("Harbour fees rose again this spring.\n\n" + text)
    kept = [q for q in a.attributions] + [q for q in a.unreported if q.confidence is not None]
    assert any(words in a.article.text[q.content[0]:q.content[1]] for q in kept)


def test_a_relative_clause_in_the_sources_aside_is_not_what_she_told(reported):
    """Strict read 18b: a district's past vote, a relative clause in the aside before "told", shown as what a
    congresswoman told a network."""
    text = ("First-term Councillor Ada Merrow, D-Kessel – who won a ward in 2018 that the mayor had carried by nine "
            "points in 2016 – told the Courier last month that she was still weighing the evidence. On Wednesday, "
            "she said she was undecided.")
    assert not reported(text, "carried by nine points")
    assert reported(text, "she was undecided")


# What a source denies is the claim it says is not so: shown as said, the record reads as the opposite (strict
# reads: analysts 15-16, round 18, "denied [calling …]"). Read by the filters alone (``split``), before the
# confidence gates.
@pytest.fixture
def passes(split):
    """``passes(text, words)``: a content of ``text`` the filters keep holds ``words``."""
    def run(text: str, words: str) -> bool:
        shown, _ = split("Harbour fees rose again this spring.\n\n" + text)
        return any(words in content for content, _ in shown)
    return run


@pytest.mark.parametrize("text, words", [
    ("Harbour master Tomas Greel denied taking money from the ferry company.", "taking money"),
    ("Mayor Ilse Varga has denied that the old quay was sold to a developer in Lorvik.", "quay was sold"),
    ("Councillor Mira Holt denied she had met the shipping agent before the vote.", "met the shipping agent"),
    ("The Pellan transport ministry has repeatedly denied any role in the collapse of the Ostry bridge.",
     "any role in the collapse"),
    ('Senator Oren Pask denied calling the harbour plan "a swindle dressed up as a gift."', "calling the harbour"),
])
def test_what_the_source_denies_is_not_shown_as_said(passes, text, words):
    assert not passes(text, words)


@pytest.mark.parametrize("text, words", [
    ('"I never took a single coin from them, not once," Tomas Greel said, denying the charge.', "single coin"),
    ("Tomas Greel denied the charge, saying he had returned every payment to the ferry company.",
     "returned every payment"),
    ("Mayor Ilse Varga said the old quay had never been offered to a developer.", "never been offered"),
])
def test_the_sources_own_words_beside_a_denial_stay(passes, text, words):
    assert passes(text, words)


# A quotation that tells of its own speaker as one who speaks is the writer's, put inside marks by a misread pairing
# of straight quotation marks on a page that lost its paragraph breaks (strict read, round 18).
def _direct(nlp, text: str, quote: str, name: str):
    from dossier.model import Attribution, Speaker
    from dossier.nlp.attribution.unsaid import names_its_speaker
    doc = nlp(text)
    start = text.index(quote)
    a = Attribution((start, start + len(quote)), None, Speaker(None, name, None), "direct")
    return names_its_speaker(doc, a)


@pytest.mark.parametrize("quote", [
    '"Regarding the ferry, Varga said the town could do nothing but keep the old route open for now."',
    '"The harbour agents also told Varga about the leak in the north dock weeks before the storm."',
])
def test_a_quotation_telling_of_its_own_speaker_is_not_theirs(nlp, quote):
    text = "The boats rot at anchor while the board argues. " + quote + " The storm came in May."
    assert _direct(nlp, text, quote, "Ilse Varga")


@pytest.mark.parametrize("quote", [
    '"As Rell said last week, the pier is safe and the ferry will run."',
    '"Everyone in Lorvik knows the name Varga and what it stands for."',
])
def test_a_quotation_naming_someone_else_speaking_stays(nlp, quote):
    text = "The boats rot at anchor while the board argues. " + quote + " The storm came in May."
    assert not _direct(nlp, text, quote, "Ilse Varga")
