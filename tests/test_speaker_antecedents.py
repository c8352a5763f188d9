"""Issue 9, "right on real news": who a pronoun, a possessive, "the organization" or "which" points back to,
and who is never the speaker (a recipient, a reader, initials run into a name). Precision first: when the
antecedent is not clear, the quote names no one rather than the wrong one. Fictional text written for each
rule; each fails without it."""
from __future__ import annotations

import pytest

from dossier.nlp.attribution.speakers import SpeakerResolver, _name_words, _recipient_or_agent
from dossier.nlp.entities.extract import find_entities

pytestmark = pytest.mark.slow


def speakers_of(found, words):
    return [a.speaker.name for content, a in found if words in content]


# ---------------------------------------------------------------- (1) anaphora: the wrong antecedent
def test_his_father_is_nobodys_when_the_story_is_about_another_man(split):
    shown, _ = split("Kessel\n\nPolice arrested Dario Venn, 24, on Tuesday after the fire at the Marlow depot. "
                     "Prosecutors say Venn set the fire a week after the depot dismissed him. Venn has no lawyer yet. "
                     "Neighbours described Venn as a loner who kept to himself.\n\nThe depot was closed on Wednesday. "
                     "Workers were sent home. The damage was estimated at two million crowns. Judge Tomas Brell "
                     "denied bail on Wednesday.\n\n\"He was always a quiet boy,\" his father said.")
    assert speakers_of(shown, "quiet boy") == []  # not "Tomas Brell's father"


def test_the_organization_is_unsure_after_another_group_is_the_subject(split):
    shown, hidden = split("Kessel\n\nAn aid worker, Mira Holm, was killed in Ostria on Monday. The Northern Health "
                          "Organization said 40 clinics had closed this year. The humanitarian group Sana Relief, "
                          "for which she worked, condemned the attack. \"This was a clearly marked clinic,\" "
                          "the organization said.")
    assert speakers_of(shown, "clearly marked clinic") == []
    assert speakers_of(hidden, "clearly marked clinic")  # still an attribution, only not reportable
    assert speakers_of(shown, "40 clinics") == ["Northern Health Organization"]


def test_he_is_not_the_last_man_quoted_once_another_man_is_named(split):
    shown, _ = split("Kessel\n\nGen. Ivo Brant told the panel the troops were ready. \"We have never been "
                     "stronger,\" Brant said.\n\nThe hearing lasted four hours. The vote is due in May. Few "
                     "expected a fight.\n\nThe fortune of Walter Drummond grew during the war. \"I was the "
                     "best trader in the port,\" he said.")
    assert "Ivo Brant" not in speakers_of(shown, "best trader")


def test_a_man_talked_about_in_reported_words_is_no_antecedent(split):
    shown, _ = split("Kessel\n\nAda Korsholm warned on Tuesday that the tack chief negotiator EU Karl Lammers is "
                     "expected to take would fail. \"We cannot accept it,\" he said.")
    assert not any("Lammers" in (a.speaker.name or "") for _, a in shown)


def test_which_belongs_to_the_noun_a_by_phrase_hangs_on(split):
    shown, _ = split("Kessel\n\nPayments to the mayor's cousin appear in lists reviewed by Ostrian Wire, which "
                     "show that the port paid 40 firms without a tender.")
    assert speakers_of(shown, "port paid 40 firms") == []  # the lists show it, not Ostrian Wire


# ---------------------------------------------------------------- (2) a recipient or a reader is no speaker
def test_a_letters_recipient_is_not_its_speaker(split):
    shown, _ = split("Kessel\n\nAccording to a letter to Mayor Ivo Brant, the port \"has no money left for the "
                     "dredging.\"")
    assert not any("Brant" in (n or "") for n in speakers_of(shown, "no money left"))


@pytest.mark.parametrize("text,word,expected", [
    ("The senators sent a letter to Ivo Brant.", "Brant", True),
    ("Lists reviewed by Ostrian Wire show the payments.", "Wire", True),
    ("According to Ivo Brant, the port is closed.", "Brant", False),
    ("The port was closed by Ivo Brant.", "Brant", False),
])
def test_recipient_or_agent(nlp, text, word, expected):
    doc = nlp(text)
    assert _recipient_or_agent(next(t for t in doc if t.text == word)) is expected


# ---------------------------------------------------------------- (3) a name phrase run together
def test_initials_run_into_a_name_are_not_part_of_it(split):
    assert _name_words("EU Karl Lammers") == ["Karl", "Lammers"]
    assert _name_words("TJ Brant") == ["TJ", "Brant"]  # two words: the capitals may be the given name
    shown, _ = split("Kessel\n\nEU Karl Lammers, who leads the talks, said on Tuesday that the treaty would be "
                     "signed in May.")
    assert speakers_of(shown, "treaty would be signed") == ["Karl Lammers"]


def test_resolver_keeps_a_clear_he(nlp):
    doc = nlp("Talks\n\nThomas Keller, the mayor of Kessel, opened the bridge on Monday. \"It took ten years,\" "
              "he said.")
    he = next(t.i for t in doc if t.text == "he")
    assert SpeakerResolver(doc, find_entities(doc)).resolve(he, he + 1).name == "Thomas Keller"


def test_a_party_description_is_no_persons_name(nlp):
    from dossier.model import Speaker

    doc = nlp("Talks\n\nThe Kessel Republican spoke on Monday.")
    resolver = SpeakerResolver(doc, find_entities(doc))
    assert not resolver._is_person(Speaker(None, "Kessel Republican", (7, 29)))  # "he" never falls back to it
    assert resolver._is_person(Speaker(None, "Tomas Vell", (7, 29)))


# ---------------------------------------------------------------- documents and the people around them
def test_the_report_is_not_the_last_person_who_wrote_something_else(split):
    shown, hidden = split("Talks\n\nThomas Keller, the mayor of Kessel, wrote to the council on Monday that he accepted "
                          "every finding. \"The harbour gates were never tested,\" the report said.")
    assert speakers_of(shown, "never tested") == []
    assert speakers_of(hidden, "never tested")


def test_the_statement_is_its_authors(split):
    shown, _ = split("Talks\n\nThomas Keller, the mayor of Kessel, said in a statement that he accepted every "
                     "finding. \"The harbour gates were never tested,\" the statement said.")
    assert speakers_of(shown, "never tested") == ["Thomas Keller"]


def test_he_is_not_a_name_from_before_an_unnamed_official(split):
    shown, _ = split("Kessel\n\nThe council accepted the resignation of Tomas Vell on Monday. The new plan was drawn "
                     "up by a senior port official, who would not give his name. He said the pier would shut "
                     "in May.")
    assert speakers_of(shown, "pier would shut") == []  # the official said it, not Vell


def test_a_name_in_a_clause_under_a_running_he_is_no_antecedent(split):
    shown, _ = split("Kessel\n\nIvo Brant returned to the old hospital last year. He read his files there. He "
                     "learned he got the same treatment when Tomas Vell did.\n\n\"I never knew that,\" he said.")
    assert "Tomas Vell" not in speakers_of(shown, "never knew")


# ---------------------------------------------------------------- limits of the rules above (kept right)
def test_which_after_a_noun_that_says_nothing_is_the_by_phrases_object(split):
    shown, _ = split("Talks\n\nPressure grew before a winter deadline fixed by Ostria, which has called on "
                     "Vellmark to lift its sanctions on the port.")
    assert speakers_of(shown, "lift its sanctions") == ["Ostria"]  # a deadline calls on no one


def test_a_definite_organisation_noun_with_its_own_name_is_that_organisation(split):
    shown, _ = split("Talks\n\nThe International Harbour Agency said on Monday that inspectors had visited the port. "
                     "The Vellish government said the inspections were unfair. The talks would go on, the Kessel "
                     "Wire news agency reported.")
    assert speakers_of(shown, "talks would go on") == ["Kessel Wire news agency"]  # not the Harbour Agency


def test_a_man_the_speaker_acted_on_in_the_same_sentence_does_not_compete(split):
    shown, _ = split("Talks\n\nThe KUP deputy leader Nils Ekdahl criticised Mr Brant, telling reporters: \"He "
                     "should have waited for the board.\"\n\nHe said he expected a \"large protest\" against the deal on "
                     "Saturday.")
    assert speakers_of(shown, "large protest") == ["Nils Ekdahl"]


# ---------------------------------------------------------------- "the deputy foreign minister": every word counts
def test_a_definite_role_is_not_a_person_with_a_different_post(split):
    shown, _ = split("Talks\n\nForeign Minister Tomas Vell met the envoys on Monday. Deputy Foreign Minister Ivo Brant "
                     "stayed in Kessel. \"We are close to a deal,\" the deputy foreign minister said.")
    assert "Tomas Vell" not in speakers_of(shown, "close to a deal")
    shown, _ = split("Talks\n\nMarco Lenz, then-head of the Kessel harbour council, spoke to the crews. The talks lasted "
                     "six hours. \"The gates were never safe,\" the former head of the site security team said.")
    assert "Marco Lenz" not in speakers_of(shown, "never safe")


def test_a_definite_role_still_finds_the_person_with_that_post(split):
    shown, _ = split("Talks\n\nForeign Minister Tomas Vell met the envoys on Monday. The talks lasted six hours. "
                     "\"We are close to a deal,\" the foreign minister said.")
    assert speakers_of(shown, "close to a deal") == ["Tomas Vell"]


def test_role_conflicts_only_on_words_that_tell_posts_apart(nlp):
    from dossier.nlp.attribution.speakers import _role_conflicts

    doc = nlp("The governor said no. The deputy foreign minister said yes. The Turkish official left. "
              "The colorful congressman stayed.")
    governor, minister, official, congressman = doc[1], doc[8], doc[14], doc[19]
    assert not _role_conflicts("fellow Texas Republican Gov.", governor)
    assert not _role_conflicts("Republican presidential candidate", governor)  # "the Texas governor" colours
    assert not _role_conflicts(None, minister)
    assert _role_conflicts("Foreign Minister", minister) and not _role_conflicts("Deputy Foreign Minister", minister)
    assert _role_conflicts("Belgian counterterrorism official", official) and _role_conflicts("President", official)
    assert not _role_conflicts("Congressman", congressman)
    senator = nlp("The Republican senator said no.")[2]
    assert _role_conflicts("Fellow Democratic Sen.", senator) and not _role_conflicts("Utah Sen.", senator)


def test_the_republican_official_is_not_the_iranian_official_quoted_before(split):
    shown, _ = split("Hawks\n\n\"We will not be pushed around,\" an Iranian official told reporters on Monday.\n\n"
                     "Begin with Aldo Vance: The seasoned Republican official and organiser has hardly ever faced a "
                     "foe he didn't long to humble.\n\nIn 2015, he wrote that the United States should blockade Iran.")
    assert speakers_of(shown, "pushed around") == ["Iranian official"]
    assert "Iranian official" not in speakers_of(shown, "should blockade Iran")


def test_the_turkish_official_is_not_the_belgian_official_quoted_before(split):
    shown, _ = split("Ports\n\nA Belgian official said the port in Ostend would reopen on Friday. The ferries were "
                     "still idle at noon. The Turkish official said the convoy had left Izmir.")
    assert speakers_of(shown, "port in Ostend") == ["Belgian official"]
    assert speakers_of(shown, "convoy had left") != ["Belgian official"]


def test_the_official_after_a_diplomat_came_in_is_no_one_for_sure(split):
    """Session 24: "the official" given to a defense official named earlier, though a diplomat who "told" a wire
    was brought in since: either may be meant, so the words are hidden rather than given to the first."""
    shown, hidden = split("Ports\n\nA Veskan defense official said on Monday that the frigates would sail in March. "
                          "The navy has twelve ships in the northern fleet.\n\nThe talks stalled on Tuesday, a "
                          "high-level Ostrian diplomat told the Kessel Wire. \"Nobody in the room wanted to give "
                          "ground first,\" the official said.")
    assert speakers_of(shown, "frigates would sail") == ["Veskan defense official"]
    assert speakers_of(shown, "give ground") == []
    assert "Veskan defense official" not in speakers_of(hidden, "give ground")


def test_the_official_after_the_same_official_stays_his(split):
    shown, _ = split("Ports\n\nA Veskan defense official said on Monday that the frigates would sail in March. "
                     "The navy has twelve ships. \"Nobody wanted to give ground first,\" the official said.")
    assert speakers_of(shown, "give ground") == ["Veskan defense official"]


def test_the_official_after_a_named_spokeswoman_stays_the_officials(split):
    shown, _ = split("Probe\n\nA Veskan defense official said on Monday that the frigates would sail in March. A "
                     "spokeswoman, Jen Lowe, said the navy had twelve ships. \"Nobody wanted to give ground first,\" "
                     "the official said.")
    assert speakers_of(shown, "give ground") == ["Veskan defense official"]


def test_the_official_after_an_unnamed_official_came_in_is_not_the_named_one_before(split):
    """Session 25: "the official" given to a general named as "a top alliance official" two paragraphs before,
    though "a senior Ostrian defense official" was introduced in between: the definite points back to him."""
    shown, hidden = split("War\n\nBrig. Gen. Nico Varta, a top alliance official, told reporters at headquarters "
                          "that the aim was a frozen conflict.\n\nOstrian officials tell the Wire that they believe "
                          "special forces are fighting in the east.\n\nA senior Ostrian defense official also told "
                          "the Wire that the ministry has seen evidence of shelling.\n\n\"This is not the first "
                          "time,\" the official said.")
    assert "Nico Varta" not in speakers_of(shown + hidden, "first time")
    assert speakers_of(shown, "aim was a frozen") == ["Nico Varta"]


def test_the_official_with_no_one_introduced_since_stays_the_named_official(split):
    shown, _ = split("War\n\nBrig. Gen. Nico Varta, a top alliance official, told reporters at headquarters that "
                     "the aim was a frozen conflict.\n\nThe border has been quiet since March.\n\n\"This is not "
                     "the first time,\" the official said.")
    assert speakers_of(shown, "first time") == ["Nico Varta"]


def test_the_official_is_no_one_for_sure_when_a_named_official_only_met_someone_after_an_unnamed_one(split):
    """Session 25: "the official" given to a named official who was only the object of the sentence before,
    though an unnamed official had been the one speaking: either may be meant, nothing links the name."""
    shown, hidden = split("Talks\n\nA Veskan official told reporters on Monday that the talks were stalled. The "
                          "envoy met Algerian official Sami Rahal in Geneva on Tuesday. \"He was very open with us,\" "
                          "the official said.")
    assert "Sami Rahal" not in speakers_of(shown + hidden, "very open")
    assert speakers_of(shown, "talks were stalled") == ["Veskan official"]


def test_a_document_source_after_a_named_author_is_read_without_error(split):
    """"the statement" is no unnamed source's noun: the introduction check leaves it alone (it once failed on
    the value the document path gives instead of a token)."""
    shown, hidden = split("Oil\n\nHalf a day after Mr. Varn posted his message, the palace issued a statement "
                          "about the talk between the president and King Olaf. \"The king said the kingdom holds "
                          "spare capacity,\" the statement reads.")
    assert speakers_of(shown + hidden, "spare capacity") is not None


def test_she_added_is_the_spokeswoman_not_the_senator_named_since(split):
    """Session 25: a spokeswoman's "she added" given to the senator named, as a subject who said nothing, in
    the sentence between."""
    shown, hidden = split("Vote\n\n\"We are reviewing it,\" said Lena Korr, a spokeswoman for the senator. "
                          "Senator Maria Oddly has not voted on the measure since March. \"No decision has been "
                          "made,\" she added.")
    assert speakers_of(shown, "No decision") == ["Lena Korr"]


def test_she_added_after_the_senator_spoke_herself_is_not_forced_on_the_spokeswoman(split):
    shown, hidden = split("Vote\n\n\"We are reviewing it,\" said Lena Korr, a spokeswoman for the senator. "
                          "Senator Maria Oddly told reporters on Friday that she had not made up her mind. \"No "
                          "decision has been made,\" she added.")
    assert "Lena Korr" not in speakers_of(shown + hidden, "No decision")


def test_she_said_after_a_spokeswoman_the_tagger_typed_a_body_is_hers(split):
    """Session 25: a spokeswoman's name the tagger typed an organisation, so her "she said" passed over her (and a
    man named since) to the mayor named two paragraphs before."""
    shown, _ = split("Quay\n\nThe strike led the port authority to call in more guards. At the peak of the "
                     "strike, dozens of guards reached the harbour gates as Mayor Halvard condemned the blockade, "
                     "promising it \"will not happen again.\"\n\nOstria has said it played no part in the blockade. "
                     "Port spokesman Abbas Farrouk was cited by local radio on Tuesday as cautioning against any "
                     "\"rash step\" in the dispute.\n\nHarbour Office spokeswoman Morgan Tashko told the Kessel Wire "
                     "on Wednesday that the crowd was \"not dockers.\"\n\n\"These were hired men, paid and bused in "
                     "by the shipping firm,\" she said.")
    assert speakers_of(shown, "These were hired men") == ["Morgan Tashko"]


def test_the_senators_spokesman_is_not_another_named_spokesman(split):
    """Session 24: "the Menendez spokesman" given to a spokesman for another office named before."""
    shown, hidden = split("Probe\n\nNed Olsen, a spokesman for the port authority, said the audit was closed in "
                          "March.\n\nSenator Dara Kell called for a new inquiry. A spokesman for Sen. Dara Kell said "
                          "the reports were serious.\n\n\"Our panel will hold hearings in June,\" the Kell "
                          "spokesman wrote to reporters.")
    assert speakers_of(shown, "audit was closed") == ["Ned Olsen"]
    assert "Ned Olsen" not in speakers_of(shown + hidden, "hearings in June")


def test_the_senators_spokesman_named_before_keeps_his_words(split):
    shown, _ = split("Probe\n\nNed Olsen, a spokesman for Senator Dara Kell, said the audit was closed in March. "
                     "Senator Kell called for a new inquiry.\n\n\"Our panel will hold hearings in June,\" the "
                     "Kell spokesman wrote to reporters.")
    assert speakers_of(shown, "hearings in June") == ["Ned Olsen"]


def test_the_president_is_not_the_presidents_adviser(split):
    """Session 24: "the president said" given to "President Obama's national security adviser": the title
    belongs to the owner of the post, not to its holder."""
    shown, hidden = split("Probe\n\nMara Dunn, President Aldo Vance's national security adviser, spoke on Thursday. "
                          "The president said the fleet would stay in the gulf until May.")
    assert "Mara Dunn" not in speakers_of(shown + hidden, "fleet would stay")


def test_an_american_party_is_no_post_of_another_state(nlp):
    from dossier.nlp.attribution.speakers import _role_conflicts

    official = nlp("The Republican official said no.")[2]
    assert _role_conflicts("Iranian official", official) and _role_conflicts("Russian official", official)
    assert not _role_conflicts("U.S. official", official) and not _role_conflicts("senior official", official)


# ---------------------------------------------------------------- garbled roles
@pytest.mark.parametrize("role,expected", [
    ("Lib Dem leader Sir", "Lib Dem leader"),
    ("caption President", "President"),
    ("longtime head of the Kessel Communist Party recently", "longtime head of the Kessel Communist Party"),
    ("HARBOUR UNION CHIEF BLASTS", None),
    ("CIA Deputy Director", "CIA Deputy Director"),  # one initialism is no headline
    ("Secretary of State", "Secretary of State"),
    ("Ostrian Party state chairman Rep.", None),  # two titles run together: neither is sure
    ("fellow Republican Rep.", "Republican Rep."),  # "fellow" says another holds it too: no word of the post
    ("Kessel Gov.", "Kessel Gov."),
    ("CLOSE President", "President"),  # a video player's label
    ("former aide to the mayor and a close ally of Mr.", "former aide to the mayor"),
])
def test_a_role_loses_the_words_run_into_it(role, expected):
    from dossier.nlp.attribution.roles import as_role

    assert as_role(role) == expected


def test_a_title_before_a_name_stops_at_its_last_title_noun(split):
    shown, _ = split("Talks\n\nGreen Isles leader Sir Oskar Lind said the deal \"would not last a month.\"")
    (content, a), = [(c, a) for c, a in shown if "last a month" in c]
    assert a.speaker.name == "Oskar Lind" and not a.speaker.role.endswith("Sir")


def test_he_after_the_former_lieutenant_is_not_the_last_name(split):
    shown, _ = split("Talks\n\nThe harbour watch was set up by Tomas Vell in May. Talking publicly at last, the "
                     "former lieutenant described how he was locked in a cellar. \"The nights were the worst,\" he "
                     "recalled.")
    assert "Tomas Vell" not in speakers_of(shown, "nights were the worst")  # the lieutenant, unnamed


def test_a_word_written_twice_is_one_name_word():
    assert _name_words("Brantley Brantley") == ["Brantley"]
    assert _name_words("Ivo Brantley") == ["Ivo", "Brantley"]


# ---------------------------------------------------------------- (4) a description naming another state or body
def test_a_description_naming_another_state_is_not_that_states_leader(split):
    shown, _ = split("Summit\n\nOstrian President Ivo Brant arrived in Kessel on Monday. \"We came to listen,\" "
                     "Brant said. The talks on the border lasted six hours. \"The border will stay open,\" the "
                     "Velmoran president said.")
    assert speakers_of(shown, "came to listen") == ["Ivo Brant"]
    assert "Ivo Brant" not in speakers_of(shown, "border will stay open")


def test_a_description_naming_a_state_is_not_someone_known_for_another_post(split):
    shown, _ = split("Summit\n\nOstrian President Ivo Brant arrived in Kessel on Monday. \"We came to listen,\" "
                     "Brant said. The talks on the border lasted six hours. \"The border will stay open,\" the "
                     "Ostrian ambassador said.")
    assert "Ivo Brant" not in speakers_of(shown, "border will stay open")  # he is the president


def test_a_description_naming_a_state_still_finds_that_states_leader(split):
    shown, _ = split("Summit\n\nOstrian President Ivo Brant arrived in Kessel on Monday. \"We came to listen,\" "
                     "Brant said. The talks on the border lasted six hours. \"The border will stay open,\" the "
                     "Ostrian president said.")
    assert speakers_of(shown, "border will stay open") == ["Ivo Brant"]


def test_affiliations_of_descriptions_and_roles(nlp):
    from dossier.nlp.attribution import affiliation

    doc = nlp("The incoming Velmoran president met the NATO chief and the Moscow-based columnist.")
    president, chief, columnist = doc[3], doc[7], doc[13]
    assert affiliation.of_description(president) == affiliation.of_role("Velmoran President")
    assert affiliation.conflict(affiliation.of_description(president), affiliation.of_role("Ostrian President"))
    assert affiliation.conflict(affiliation.of_description(chief), affiliation.of_role("EU envoy"))
    assert not affiliation.of_description(columnist)  # where someone works is not whose post it is
    assert affiliation.of_role("U.S. ambassador") == affiliation.of_role("American ambassador")


# ---------------------------------------------------------------- (5) titles and names cut or run together
def test_a_hyphenated_title_is_never_cut_at_its_hyphen(split):
    shown, _ = split("Talks\n\n\"The pact is absolute,\" said Velmoran League Secretary-General Ivo Brant on Monday.")
    (_, a), = [(c, a) for c, a in shown if "pact is absolute" in c]
    assert a.speaker.name == "Ivo Brant" and a.speaker.role == "Velmoran League Secretary-General"
    shown, _ = split("Talks\n\n\"The club will rebuild,\" said long-time general manager Ivo Brant on Monday.")
    (_, a), = [(c, a) for c, a in shown if "club will rebuild" in c]
    assert a.speaker.role == "long-time general manager"  # not "time general manager"


def test_a_name_never_starts_with_the_tail_of_a_hyphenated_title():
    assert _name_words("-elect Tomas Vell", True) == ["Tomas", "Vell"]


# ---------------------------------------------------------------- (6) a quote with no cue after a source no one can name
def test_a_floating_quote_after_an_unnamed_source_is_not_the_speaker_before(split):
    shown, hidden = split("Port\n\nMayor Ivo Brant said on Monday that the dredging would start in May. \"The work is "
                          "funded,\" Brant said.\n\n\"Nobody asked us about the dredging plans before the council voted "
                          "on them,\" they said.\n\n\"We will take the city to court over the plans if we have to do so.\"")
    assert speakers_of(shown, "work is funded") == ["Ivo Brant"]
    assert "Ivo Brant" not in speakers_of(shown + hidden, "take the city to court")


# ---------------------------------------------------------------- (7) binding: "he said of Vell" is not Vell
def test_a_pronoun_never_means_a_name_its_own_clause_uses(split):
    shown, hidden = split("Port\n\nForeign Minister Tomas Vell told reporters on Monday that the port would close. "
                          "\"It is clear the board never reads the reports,\" he said of Vell.")
    assert "Tomas Vell" not in speakers_of(shown + hidden, "never reads the reports")


def test_a_name_that_only_modifies_a_noun_does_not_bind_the_pronoun(split):
    shown, _ = split("Port\n\nForeign Minister Tomas Vell told reporters on Monday that the port would close. "
                     "\"It is clear the board never reads the reports,\" he said of the Vell government.")
    assert "Tomas Vell" in speakers_of(shown, "never reads the reports")


# ---------------------------------------------------------------- (8) a nested quote: "X said “…”, according to Y" is X's
def test_a_quote_reported_according_to_someone_is_its_speakers(split):
    shown, hidden = split("Port\n\n\"We will keep the ferry running all winter. Nobody in this town should be cut off "
                          "from the mainland,\" Vell said on Kessel Radio, according to a video posted by "
                          "the Kessel Courier. \"The dockers agree with me.\"")
    said = speakers_of(shown + hidden, "dockers agree with me")
    assert said and not any("video" in (n or "") or "Courier" in (n or "") for n in said)
    assert speakers_of(shown, "keep the ferry running") == ["Vell"]


# Fresh read, rule 2: "he" after a passage about someone described, not named ("the governor"), is that
# person (when the description resolves to someone known) or no one, never a name from further back.
def test_he_is_the_governor_described_since_not_the_name_before(split):
    shown, _ = split("Harbour\n\nRobert Hale, the governor of Kessel, closed the quay to night ferries on Friday.\n\n"
                     "“The crews deserve better,” said Marten Oslund, a union leader. Oslund has led the union since "
                     "2009.\n\nThe order, which the governor signed at dawn, runs to four pages. It lists the ferries "
                     "that may still sail. He also stated that the ban would end in May.")
    assert speakers_of(shown, "ban would end") == ["Robert Hale"]


def test_he_after_the_governor_named_as_an_owner_is_no_one(split):
    shown, _ = split("Harbour\n\nRobert Hale, the governor of Kessel, closed the quay to night ferries on Friday.\n\n"
                     "“The crews deserve better,” said Marten Oslund, a union leader, at a rally near the harbour.\n\n"
                     "The order runs to four pages. It bears the governor's seal and a list of the ferries that may "
                     "still sail. The text was posted at the quay. He also stated that the ban would end in May.")
    assert speakers_of(shown, "ban would end") == []  # not Oslund, quoted before the order was described


def test_the_president_is_the_subject_holding_the_post_not_the_last_president_named(split):
    shown, _ = split("Harbour\n\nPresident Robert Hale said on Monday that the quay would reopen, as he met with "
                     "Ostrian President Marten Oslund.\n\n“We will rebuild it before winter,” the president said.")
    assert speakers_of(shown, "rebuild it") == ["Robert Hale"]


def test_the_secretary_is_no_one_when_two_secretaries_were_named(split):
    shown, hidden = split("Talks\n\nDefense Secretary Ivo Brant met the envoys in Kessel on Monday. Secretary of State "
                          "Ana Lind flew to Varna the same day. Mayor Tomas Vell said the talks had been tense. "
                          "\"We will not back down,\" the secretary told reporters.")
    assert speakers_of(shown + hidden, "not back down") == ["secretary"]


def test_the_secretary_is_the_one_secretary_named(split):
    shown, _ = split("Talks\n\nSecretary of State Ana Lind flew to Varna on Monday. Mayor Tomas Vell said the talks "
                     "had been tense. \"We will not back down,\" the secretary told reporters.")
    assert speakers_of(shown, "not back down") == ["Ana Lind"]


# Fresh read, rule 2 extended: a person described with "a" / "an" / "one" / "another" ("a doctor in Kessel",
# "one man who had just crossed …", "a former fisherman who joined …") nearer than the named person is who "he" may mean: the quote names no one, never the distant
# name. A noun that cannot be "he" ("a woman") and an object without a "who" clause ("hired a lawyer") do not count.
@pytest.mark.parametrize("described", [
    "In the old town, a former fisherman who joined a volunteer defence force stood guard at a checkpoint.",
    "A doctor in Kessel stood at the door of the crowded ward.",
    "At the harbour, an aide to the governor counted the boats that were left.",
    "One man who had just crossed the border talked of the long walk through the hills.",
    "Another man in the queue described the crossing.",
])
def test_he_after_someone_described_indefinitely_is_not_the_president_named_before(split, described):
    shown, _ = split("Ostria\n\nPresident Ivo Brant has ruled Ostria for a decade. His forces shelled the port of "
                     f"Kessel on Monday, and Brant said the operation would go on.\n\n{described} \"I have worked "
                     "here for ten years and I have never seen anything like it,\" he said.")
    assert speakers_of(shown, "never seen anything") == []
    assert speakers_of(shown, "operation would go on") == ["Ivo Brant"]


def test_he_after_a_woman_described_is_still_the_man_named(split):
    shown, _ = split("Ostria\n\nPresident Ivo Brant has ruled Ostria for a decade. His forces shelled the port of "
                     "Kessel on Monday.\n\nA woman who sells bread near the port wept. \"They will not stop until "
                     "the town is gone,\" he said.")
    assert speakers_of(shown, "town is gone") == ["Ivo Brant"]


def test_a_man_named_in_a_clause_joined_to_said_with_would_is_talked_about(split):
    shown, _ = split("Harbour\n\nTomas Vell won the vote on Tuesday.\n\nHarbour minister Mr Brant said he was \"very "
                     "sorry\", but Mr Vell would do \"a fine job\". He said he had \"full trust in the port\" and that "
                     "this mattered at such a hard time.")
    assert speakers_of(shown, "full trust") == ["Brant"]


def test_an_office_owned_by_someone_else_is_not_the_office_named_before(split):
    shown, hidden = split("Harbour\n\nThe inspector spoke about the port's little-known Office of Harbour Safety.\n\nThe "
                          "office of about ten staff is overseen by the mayor's office, and the inspector general's "
                          "office is accusing it of working as a \"rogue agency\" that has blocked inquiries into staff "
                          "misconduct.")
    assert not any(a.speaker.name == "Office of Harbour Safety" for _, a in shown + hidden)



def test_an_unresolved_he_is_never_a_surname_he(nlp):
    from dossier.nlp.attribution.speakers import NameBook
    book = NameBook()
    book.learn(["Lin He", "Lin He"])
    assert book.full_name("He") is None
    doc = nlp("Deputy Mayor Lin He met the unions on Monday. He said the talks would go on.")
    assert SpeakerResolver(doc, find_entities(doc)).canonical("He") == "He"


def test_a_name_beside_the_subject_noun_is_the_subject_he_points_back_to(split):
    shown, _ = split("Kessel\n\nHarbor officials met on Monday. Councillor Ivo Brant called the plan a first step.\n\n"
                     "Ostria's envoy to the regional council, Marek Dovan, condemned what he called attempts to delay "
                     "the vote. \"Either they misread the numbers, or they are stalling on purpose,\" he said.")
    assert speakers_of(shown, "stalling on purpose") == ["Marek Dovan"]


def test_an_office_is_not_the_last_subject_known_to_hold_another(split):
    shown, _ = split("Kessel\n\nThe audit of the harbor fund was released on Monday. Former mayor Tomas Brell has "
                     "rejected its findings. The inspector general said the fund had lost two million crowns.")
    assert "Tomas Brell" not in speakers_of(shown, "two million crowns")


def test_he_is_the_main_clauses_subject_not_one_in_a_clause_under_it(split):
    shown, _ = split("Kessel\n\nThe dock union's leader, Piotr Halas, spoke at the harbor on Sunday.\n\n"
                     "Halas, who was detained shortly after Mayor Tomas Vell was ousted, addressed the police, "
                     "saying their oath bound them to keep faith with the council that removed Vell. \"Your "
                     "leader is Vell. Return to the people of Kessel,\" he said.")
    assert speakers_of(shown, "Return to the people") == ["Piotr Halas"]


def test_the_official_is_no_semi_official_news_agency(split):
    shown, _ = split("Kessel\n\nThe fleet left the harbor at dawn, the semi-official Kessel Wire news agency reported, "
                     "citing a navy source. A defence official told the Courier that the ships would stay at sea for a "
                     "week. \"The crews are ready for a long patrol,\" the official said.")
    assert speakers_of(shown, "long patrol") == ["defence official"]


def test_a_party_label_after_a_name_is_no_speaker(nlp):
    """"Brannock, D-Ore., said …" parsed, as spaCy parses such a tag, with "Ore." heading the subject and the
    name as its modifier: the label is cut before the head is read, so the name speaks."""
    from spacy.tokens import Doc

    words = ["Brannock", ",", "D", "-", "Ore.", ",", "said", "it", "failed", "."]
    heads = [4, 4, 4, 4, 6, 4, 6, 8, 6, 6]
    deps = ["nmod", "punct", "compound", "punct", "nsubj", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    tags = ["NNP", ",", "NNP", "HYPH", "NNP", ",", "VBD", "PRP", "VBD", "."]
    spaces = [False, True, False, False, False, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    speaker = SpeakerResolver(doc, []).resolve(0, 6)
    assert speaker.name == "Brannock"


# ---------------------------------------------------------------- (7) "he" after captions, owners and complements
def all_speakers_of(split, text, words):
    shown, hidden = split(text)
    return speakers_of(shown, words) + speakers_of(hidden, words)


def test_a_name_in_a_photo_gallery_is_no_antecedent_and_its_captions_no_window(split):
    """A gallery run into the text names people in its captions; the "he" after it goes on with the story's
    last subject before the gallery, however many caption sentences stand between."""
    text = ("Kessel\n\nFisheries Minister Ivo Brant arrived in Marlow on Sunday for talks on the quota dispute.\n\n"
            "Brant said both sides should settle the herring question before the winter.\n\n"
            "Photos: Admiral Tomas Vell and the Ostrian fleet Admiral Tomas Vell inspects a frigate at the Marlow "
            "docks in May. He called the sailors \"the pride of the northern coast.\" Hide Caption 1 of 3 Photos: Admiral Tomas Vell and the Ostrian fleet A patrol boat "
            "leaves the harbour at dusk. Hide Caption 2 of 3 Photos: Admiral Tomas Vell and the Ostrian fleet "
            "Sailors paint a hull in the dry dock. Hide Caption 3 of 3\n\n"
            "\"We are ready to sign a fair deal for the trawlers tomorrow,\" he said.")
    assert all_speakers_of(split, text, "fair deal for the trawlers") == ["Ivo Brant"]
    assert all_speakers_of(split, text, "pride of the northern coast") == ["Tomas Vell"]  # a caption's own "He"


def test_the_owner_of_the_main_subject_is_whom_he_means(split):
    """"Vell's speech struck a calm tone": the sentence is about Vell, so the "he" after it is Vell, not the
    last man named as a subject two sentences before."""
    text = ("Kessel\n\nHarbour Minister Tomas Vell spoke at the Marlow summit on Saturday. Ivo Brant, who chairs "
            "the port committee, told reporters he thought the speech went well.\n\n"
            "\"He was firm and clear,\" said Brant, who led a delegation of pilots to the summit.\n\n"
            "Overall, Vell's speech struck a calm tone for the region, where he and his aides have worked for "
            "years.\n\n\"Our two ports can work together for the good of the fishermen,\" he said.")
    assert all_speakers_of(split, text, "for the good of the fishermen") == ["Tomas Vell"]


def test_the_owner_of_the_main_subject_is_no_lesser_subject(split):
    """The owner of a main clause's subject is the main subject's person: a man named after it does not make
    the "he" unsure, as a subject of a clause under another would."""
    text = ("Kessel\n\nHarbour Minister Tomas Vell's plan for the northern docks is as bold as it is risky. "
            "It would hand the old quay to the rivals of Ivo Brant, the port's longest serving pilot.\n\n"
            "\"We will finish the northern docks before the spring tides,\" he said.")
    assert all_speakers_of(split, text, "before the spring tides") == ["Tomas Vell"]


def test_a_description_inside_the_subjects_complement_does_not_take_his_he(split):
    """"Brant tried to convince reporters that the president is firm": Brant's clause holds "the president",
    so the "he" of the next sentence is Brant, the one the sentence follows."""
    text = ("Kessel\n\nPresident Tomas Vell let the deadline for the port deal pass on Monday.\n\n"
            "Press secretary Ivo Brant tried repeatedly to convince doubtful reporters that the president is "
            "making a firm demand for progress.\n\n"
            "\"We have reached the end of our patience with the dock owners,\" he said.")
    assert all_speakers_of(split, text, "end of our patience") == ["Ivo Brant"]


def test_a_subordinate_subject_is_unsure_once_another_man_is_named_after_it(split):
    """The last named subject stands only in a clause under the writer's "I", and a later sentence names another
    man: "He" may be either, so it names no one (precision first)."""
    text = ("Kessel\n\nI came to know Marlow well when I was among the first engineers sent there after Mayor "
            "Tomas Vell reopened the docks. Later, I made several trips along the coast, hoping to meet "
            "Mr. Brant, the harbour pilot, before the storms.\n\n"
            "He had already told me that the old pier would not survive another winter.")
    assert "Tomas Vell" not in all_speakers_of(split, text, "old pier would not survive")


def test_one_man_brought_in_after_a_spokesman_takes_the_he(split):
    """"One man who had just crossed …" turns the story to someone unnamed; a "he" that follows, even past a few
    quoted sentences, is not the spokesman named before him."""
    text = ("Kessel\n\nThe border stays open, Interior Ministry spokesman Alexander Brant said on Sunday.\n\n"
            "Volunteers handed out bread and water at the station.\n\n"
            "One man who recently arrived in Kessel talked of the family's long walk through the hills.\n\n"
            "\"We slept in the fields for a week,\" he said, holding his son's hand. \"Nobody gave us a ride. "
            "The children were tired.\"\n\n"
            "But he said the farmers along the road had been kind to them.")
    assert "Alexander Brant" not in all_speakers_of(split, text, "farmers along the road")



def test_a_she_inside_a_mans_reported_words_is_never_his(split):
    shown, hidden = split("Citing Mara Lind's ties to the banks, Tomas Brant said over the weekend that on Lind's "
                          "judgment, \"something is missing.\" The senator also went on to tell the host that he found "
                          "Lind's recent remarks about rural teachers -- in which she said they often trust rumours and "
                          "\"never check a source\" -- to be \"a bit unkind.\"")
    found = speakers_of(shown + hidden, "they often trust rumours")
    assert found and "Tomas Brant" not in found


# ---------------------------------------------------------------- (9) who holds the floor (``turns``)
def test_he_after_the_speaker_is_not_a_minister_who_only_passes_through(split):
    """The president speaks in his address; a minister is named after him only as the subject of a plan, not of a
    word said. The next "he said" is the president as likely as the minister: no one (a wrong person is worse)."""
    text = ("Kessel\n\nPresident Tomas Vell spoke to the nation on Sunday night. Vell said in the address that "
            "the raids on the port would go on until the gangs were caught. Foreign Minister Ivo Brant will travel "
            "to the region next week to meet the coastal mayors. \"We will find them wherever they are,\" he said.")
    assert "Ivo Brant" not in all_speakers_of(split, text, "wherever they are")


def test_he_after_a_man_who_acts_is_still_his_when_no_one_else_spoke(split):
    """Only the one who passes through is named: he is still whom "he said" means."""
    shown, _ = split("Kessel\n\nThe storm closed the port on Sunday. Foreign Minister Ivo Brant will travel to the "
                     "region next week to meet the coastal mayors. \"We will rebuild the pier,\" he said.")
    assert speakers_of(shown, "rebuild the pier") == ["Ivo Brant"]


def test_he_after_a_man_brought_in_by_what_he_does_is_his_though_another_spoke(split):
    """A man brought in by an act in the past ("criticised"), not a plan, is the next speaker as a rule."""
    shown, _ = split("Kessel\n\nMayor Ivo Brant said on Monday the port would reopen. Tomas Ekberg, the harbour "
                     "chief, criticised the plan. \"The pier is not safe,\" he said.")
    assert speakers_of(shown, "pier is not safe") == ["Tomas Ekberg"]


def test_he_after_the_same_speaker_acting_again_is_still_his(split):
    """The one who spoke earlier is the one who acts after: his turn runs on."""
    shown, _ = split("Kessel\n\nMayor Ivo Brant said on Monday the port would reopen. Brant will travel to the coast "
                     "next week to meet the fishermen. \"We will rebuild the pier,\" he said.")
    assert speakers_of(shown, "rebuild the pier") == ["Ivo Brant"]


def test_he_is_the_spokesman_who_speaks_not_the_mayor_he_talks_about(split):
    """The spokesman of the mayor answers for him: the mayor, inside what the spokesman reports, is talked about,
    and "he said" after it is the spokesman."""
    text = ("Kessel\n\nMayor Ivo Brant faces a vote of no confidence on Friday. Asked about the audit, Brant's "
            "spokesman said the mayor had done nothing wrong. \"We leave history to the historians,\" he said.")
    found = all_speakers_of(split, text, "leave history")
    assert found and not {"mayor", "Ivo Brant"} & set(found)


def test_he_is_her_spokesman_not_the_chair_she_leads(split):
    text = ("Kessel\n\nThe harbour board met on Monday. Her spokesman declined to say what the chair would do, "
            "but underlined the board's opposition to the sale. \"She has said many times that the port is not "
            "for sale,\" he said.")
    assert "chair" not in all_speakers_of(split, text, "not for sale")



def test_he_is_not_the_man_a_running_he_spoke_to(split):
    """"“…,” he told Tomas Ekberg": the "he" of that clause cannot be Ekberg (binding), so the man who speaks in the
    passage is someone else, and the next "He asked" is not Ekberg, whom he only spoke to."""
    text = ("Kessel\n\nThe car stopped beside the pier at dusk. \"Don't look back,\" he told Tomas Ekberg. He asked "
            "whether the ferry had left.")
    assert "Tomas Ekberg" not in all_speakers_of(split, text, "ferry had left")


def test_we_never_takes_an_unresolved_she_as_its_speaker(split):
    """An unresolved "she" before is no group: a "we" after it is not named "she"."""
    text = ("Kessel\n\n11:50am – Harbour board confirms the sale:\n\n\"The port will be sold,\" she said.\n\n"
            "11:23am – Below, the list of what we think will come before the board this evening:\n\n"
            "Midday – The board meets.")
    assert not {"she", "She"} & set(all_speakers_of(split, text, "before the board this evening"))


# ---------------------------------------------------------------- (8) "they": the main clause's subject, not one inside a clause
def test_they_is_the_main_subject_not_the_group_in_its_after_clause(split):
    shown, hidden = split("Port\n\nOfficials, who had yet to name the boy, said he was hurt after two guards opened "
                          "fire at the gate. The gate stays shut, they announced.")
    assert speakers_of(shown + hidden, "gate stays shut") == ["Officials"]


def test_they_is_the_subject_of_an_adverb_clause_before_one_that_describes_a_noun(split):
    shown, hidden = split("Port\n\nWhen critics look at the zoning panel, they find a body that might yield to "
                          "the wishes the builders' guild voices.\n\nAnd they point out that three ballots were "
                          "needed to stop the tower.")
    assert "builders' guild" not in speakers_of(shown + hidden, "three ballots")


def test_they_is_the_group_of_a_parenthetical_tag_not_the_body_in_an_infinitive(split):
    shown, hidden = split("Port\n\nSoon, these engineers warn, for the harbour board to give up on the old lock. "
                          "Each winter of delay costs the town more in repairs.\n\nOne option remains. Rather than "
                          "patching the gates again, they argue that Port should build a second lock.")
    assert "harbour board" not in speakers_of(shown + hidden, "second lock")


def test_they_keeps_the_only_group_a_sentence_names_in_a_clause_on_a_noun(split):
    shown, hidden = split("Port\n\nThe trouble is a habit in which leaders of both guilds seem bent on striking "
                          "first. They insist that the canal must be closed to barges.")
    assert speakers_of(shown + hidden, "closed to barges") == ["leaders of both guilds"]


def test_they_is_never_a_body_named_inside_what_many_feared(split):
    shown, hidden = split("Port\n\nStill, many had real concerns the Dock Guild was not done for. And there were "
                          "some, including two senators, saying the guards should stay. They say the mayor should "
                          "have fought the levy harder.")
    assert "Dock Guild" not in speakers_of(shown + hidden, "fought the levy harder")


def test_he_after_a_reporters_sign_off_is_not_the_reporter(split):
    """Analyst read 19: a broadcast transcript's sign-off ("NBC's X reports.") stands between the man the story
    is about and "He said": the reporter only introduces the piece, so the "he" is not his (precision first:
    no one rather than the reporter). The rule knows networks by name; the people are invented."""
    shown, _ = split("Kessel\n\nUnion chief Radu Fenn called the pier budget a joke. The state effort to guard the "
                     "docks, he said, is \u201cpitiful.\u201d\n\nOn Harbor Talk, union chief Radu Fenn forcefully "
                     "defended his call for armed guards at every pier. NBC's Peter Moran reports.\n\nHe said, "
                     "\u201cIf you want safe docks, take the smugglers off the quays.\u201d")
    assert "Peter Moran" not in speakers_of(shown, "safe docks")


def test_a_reporters_own_words_after_his_sign_off_line_stay_his(split):
    shown, _ = split("Kessel\n\nThe harbor stayed shut on Sunday. \"The quay is empty and the cranes are still,\" "
                     "NBC's Ivo Denk reports from Varna.")
    assert speakers_of(shown, "cranes are still") == ["Ivo Denk"]


def test_he_after_a_reporter_questions_someone_is_not_the_reporter(split):
    """Analyst read 19: the reporter who "cornered" a senator given the senator's reply."""
    shown, _ = split("Kessel\n\nThe ferry bill cleared the upper house last week. Kessel Post reporter Peter Moran "
                     "cornered Senator Radu Fenn in a hallway on Tuesday. \"The bill has already passed,\" he said. "
                     "\"What is left to fight for?\"")
    assert "Peter Moran" not in speakers_of(shown, "already passed")


def test_he_after_a_host_asked_him_is_not_the_host(split):
    """Session 24: "asked by the host …, he said" given to the interviewer rather than the one interviewed."""
    shown, hidden = split("Interview\n\nSenator Ivo Brant said on Sunday that the budget would pass. In an interview "
                          "on \"Weekly Review,\" host Carl Pell asked him about President Tomas Reed's veto threat.\n\n"
                          "\"The president will sign it,\" he said.")
    assert speakers_of(shown, "will sign it") == []
    assert "Carl Pell" not in speakers_of(shown + hidden, "will sign it")


def test_a_reporter_who_questions_no_one_keeps_his_words(split):
    shown, _ = split("Kessel\n\nKessel Post reporter Peter Moran spent a week on the night ferries. \"The crews are "
                     "exhausted,\" he said.")
    assert speakers_of(shown, "crews are exhausted") == ["Peter Moran"]


def test_a_reporter_acting_on_a_thing_keeps_her_words(split):
    """Dev diff, round 19: a correspondent who swaps her page's picture for one of a colleague still
    says what follows; only a person she questions competes for the pronoun."""
    shown, _ = split("Kessel\n\nAnna Holt filmed floods for the Valley Courier.\n\nWhen word of Holt's death "
                     "reached the newsroom on Monday, CBS News correspondent Clara Wendt swapped the banner of her "
                     "page for a picture of Holt in a hard hat, filming a river.\n\nThis, she said, "
                     "\"is how I will think of Anna from now on.\"")
    assert speakers_of(shown, "think of Anna") == ["Clara Wendt"]


def test_a_wife_titled_by_the_shared_surname_leaves_her_husband_the_he(split):
    text = ("Opening remarks by television host Carla Denby at the Ardlow harvest fair.\n\n"
            "Friends, welcome to Ardlow.\n\n"
            "I worked for Governor Tomas Vell for six years. He loved this valley.\n\n"
            "Retired to a ranch that Governor Vell calls “the quiet end” and Mrs. Vell calls “the far end”, "
            "he tells visitors that the one part of the job he still longs for is judging pies at the county fair.")
    shown, hidden = split(text)
    records = {content: a.speaker.name for content, a in shown + hidden}
    said = next(name for content, name in records.items() if "judging pies" in content)
    assert said == "Tomas Vell"  # not the host who speaks in the first person


def test_she_is_not_the_person_a_named_speaker_told(split):
    text = ("Kessel\n\nCouncillors expect the budget to be cut again in March.\n\nDeputy mayor Nicky Ostrand told "
            "the Kell Gazette's Jordan Pryce on Friday that the council had run out of savings.\n\nShe said: \"We "
            "have looked at every line of this budget and there is nothing left to trim.\"")
    shown, hidden = split(text)
    assert speakers_of(shown, "nothing left to trim") == []  # not "Jordan Pryce", told it by the deputy mayor
    assert speakers_of(hidden, "nothing left to trim")
    assert speakers_of(shown, "run out of savings") == ["Nicky Ostrand"]


def test_the_spokesman_is_not_the_last_man_named_with_no_post(split):
    """Session 26: a definite source noun ("the spokesman", "the official") given to the last man named, whose
    role the story never gave, though the spokesman named two sentences before holds the post."""
    shown, hidden = split("Grain\n\nNils Varga, the agriculture ministry's chief spokesman, told reporters in "
                          "Tollum on Monday that the silos were full. On Tuesday, Oren Falk toured the western "
                          "farms with a group of students. \"No town will go short of bread this winter,\" the "
                          "spokesman said.")
    assert "Oren Falk" not in speakers_of(shown + hidden, "go short of bread")


def test_the_spokesman_with_his_post_given_stays_his(split):
    shown, _ = split("Grain\n\nNils Varga, the agriculture ministry's chief spokesman, told reporters in Tollum "
                     "on Monday that the silos were full. \"No town will go short of bread this winter,\" the "
                     "spokesman said.")
    assert speakers_of(shown, "go short of bread") == ["Nils Varga"]


def test_the_current_ambassador_is_not_the_former_one_named(split):
    """Session 26: "the current ambassador" given to a former ambassador quoted before, not to the serving
    envoy the story had brought in unnamed."""
    shown, hidden = split("Envoys\n\n\"Morale has never been lower,\" said one Ostrian ambassador, who asked not "
                          "to be named.\n\nGreta Sundby, a former ambassador to Norland, said the cuts had hurt. "
                          "\"We lost our best people in a year,\" Sundby said.\n\n\"Nobody in the capital reads "
                          "our cables any more,\" the current ambassador said.")
    assert speakers_of(shown, "lost our best people") == ["Greta Sundby"]
    assert "Greta Sundby" not in speakers_of(shown + hidden, "reads our cables")


def test_the_former_ambassador_stays_the_former_one_named(split):
    shown, _ = split("Envoys\n\nGreta Sundby, a former ambassador to Norland, said the cuts had hurt. \"We lost "
                     "our best people in a year,\" Sundby said.\n\n\"Nobody in the capital reads our cables any "
                     "more,\" the former ambassador said.")
    assert speakers_of(shown, "reads our cables") == ["Greta Sundby"]


def test_the_envoy_is_not_one_brought_up_inside_someone_s_quoted_words(split):
    """Session 26: "the current ambassador" named after "a U.S. ambassador pushing …", words inside a quotation:
    someone's words introduce no source the writer goes on with."""
    shown, hidden = split("Envoys\n\n\"Here is a Kessel envoy standing up for the harbour workers,\" said Greta "
                          "Sundby, a former envoy to Norland.\n\nThe cuts began in March.\n\n\"Nobody in the capital "
                          "reads our cables any more,\" the current envoy said.")
    assert not any("standing up" in (name or "") for name in speakers_of(shown + hidden, "reads our cables"))
