"""Content boundaries read from the parse, after the tagger and the linking repairs.

A content is the complement of its cue, nothing more and nothing less:

- it stops where the reporter's own words begin: an act of the source coordinated with the cue verb after
  the complement ("The ministry sees growth slowing, but it has refused to cut taxes": "but it has
  refused …" is a new verb of the reporter's; "warned that the dam would flood the valley and asked for a
  month": the parser hangs "asked" inside the complement, its form says it goes with "warned"; "said the pact
  was a mistake and sought to …": a thing seeks nothing, the source does; "…, and Dorn
  resigned two days later": a dated past act of someone named, hung on the cue; "said she would stand again [and
  has since been visiting ferry owners]": a present perfect or "since" after a backshifted content, the writer's
  now), or a
  purpose clause framing a quoted phrase ("used the words “acts of war” to describe the raid"); more of
  what was said stays ("…, but that …", "…, but he does not want to run");
- it keeps the clause it belongs to: a content whose head hangs on words before it that are neither its
  cue nor its source takes those words in ("Ostria is the largest grain exporter, shipping …, according to
  the ministry" starts at "Ostria"; "the visit is meant as a sign of support for …" keeps "the visit is meant
  as a sign of");
- "what he called “X”" reports X, and "dismissed [Sarn as] “a peddler …”" reports the quotation, not the
  writer's frame of object and "as";
- the charge of "accused X of …" is what was said (PolNeAR's span); one that is a predicate of "being" /
  "having" says nothing without the accused and is not shown (``filters``, ``predicate_of_the_accused``);
- it stops before the setting of the report that the reporter adds after it: a circumstance of the cue
  set off by a comma ("said the quay would reopen, during a news conference Thursday", "…, speaking at a
  rally", "condemned the closure, after the company sacked two pilots"), and a concessive that holds
  another source's claim ("… despite what the agency says is a shortage", "… despite a finding by the
  inspectors that …"), and a ", as …" clause pointing to words said elsewhere ("…, as her lawyers argued in
  court"; strict reads, round 19); a phrase of the speech
  occasion right after a closing quotation mark ("said “good evening” [in a televised address]") or on a state
  ("said the border would stay closed [in a speech that drew applause]"), a message sent to someone or out on a
  named medium, with its time ("said the dredging must stop[,] [in a conversation on Morrow Radio earlier this
  week]", "… was unfair [in an April statement to the news media]"), and the source on the move as they
  told it ("told reporters the border would stay closed [as he left the summit]");
- after a noun cue it stops before the verb the noun hangs on ("after Brant's pledge [that …], it may be
  enough …", "Brant's suggestion [it worked] raises the question …");
- it is not the one the cue speaks to ("told [Kessel police] she had seen the collision": the content is
  the clause, not the addressee);
- it starts at the quotation a reporter's own sentence leads into ("Brant prides himself on his patience —
  “I never rush a vote,” he boasted");
- a subject is nothing without its verb: a content that is the subject of a clause outside it ("[His
  pilots] cleared a channel, Brant said") takes in the whole clause;
- it ends with its quotation when the reporter glosses it after the closing mark ("“…,” the militia that
  holds the pass"; "“wait and see” — the council had already sold the quay"), and an unquoted noun phrase
  after a tag ("“…,” Renk said, a nod to the strike") is no content;
- a subject is not cut from its verb by the reporter's dashes: a content after its cue that stops at a
  dash ("found that [most voters believe the port] — a town of nine hundred souls — needs a new pier")
  runs on past the closing dash to the end of the verb whose subject it holds;
- it stops before a coordinated clause that carries a report of its own ("…, and the pilots say …");
- it stops before the reporter's gloss that closes it: a ", which …" aside (one holding another's claim
  too: "…, whom the police believe …"), an appositive describing a person it names as an object, a
  ", in response to …" phrase, a ", in what appeared to be …" reading, a ", contrary to …" contrast, the
  writer's present-tense ", but it appears …" after a past cue, a time phrase after a closing quotation
  ("“secure” following the blast") (``glosses``);
- it stops before the reporter's note of what the source left unsaid, coordinated or conceded after what was
  said ("said it issued ten warnings [but did not say whether …]", "…, [though it did not explain why]",
  "…, [but declined to specify how much]"): a negated or refused verb of speech whose subject is the source;
- it ends with the closing mark of a quotation it opened and stops just short of, and with the closing mark of
  a quoted sentence it would run past into the writer's next sentence (``marks``);
- the second half of "not X …, she said, but Y" is a content of the tag too, and "…, she said, but refused to
  …" after the tag is the source's act, no content (``contrasts``);
- it stops before a second report of the same source coordinated after it ("say [Kessel is short of fuel], and
  estimate …", "…, denying that …"), which becomes a content of its own (``seconds``);
- it does not end with the programme, outlet or interview the source spoke in ("… [on Kessel Radio's Morning
  Tide programme]"), nor open with its quoted title (``venues``);
- with a cue that repeats a claim, it starts after the writer's noun for it ("reiterating [his claim that] …",
  "repeated [a call for] …": ``frames``);
- it is not what another said, to which the source only points ("pointed to [what the general had said: “…”]");
- a conditional is whole or none: a content that holds only its "if" clause, or only what follows from a
  condition the tag cuts off, is dropped; a condition next to it is taken in (``conditions``);
- it does not open with the writer's noun phrase for the words before a colon and the quotation ("acknowledged
  [growing calls for an inquiry:] “…”"; ``glosses.without_leading_topic``);
- it does not open with the time or occasion of the cue ("said [earlier], …", "said [again] the …", "said [last
  month] he …", "said Wednesday, [after an inquiry,] that …"; ``_without_time_of_the_cue``);
- it does not open with the one spoken to when the stop of the cue's sentence closes that one and the quotation
  follows ("told “Harbour Hour” host [Ana Lind.] “We will …”"), nor with a dateline ("KESSEL (Wire) — …") that a
  linked cue or a repair widened it to;
- it is not the writer's note of what is not known ("[but the makeup of the panel was not immediately clear]",
  ``glosses``), a dangling subordinate clause with no main statement, nor the tail of the writer's frame ("Among
  the options Lind said [she asked for were plans …]", ``fragments``): those are dropped;
- the occasion of the speaking, split by the tagger between cue and content ("said in a post on | her
  blog"), is neither ("said on the night of | the storm she heard …" reads "said | on the night of the
  storm she heard …").

Spans are token spans ``(first, last + 1)`` of a spaCy Doc, as in ``extract``; ``quoted`` flags the
tokens inside quotation marks. Each repair only narrows or widens a span inside its sentence (or drops
a content that is none), and is made only when the parse says so; measured on a held-out seventh of PolNeAR train and then on dev
(README, "Where a quote's content ends").
"""
from __future__ import annotations

from ..doctext import token_heads
from ..deps import FINITE_OR_MODAL, finite, present_perfect
from .cues import (CHARACTERISING_VERBS, CLOSE_QUOTES, DASHES, FINITE_TAGS, OPEN_QUOTES, REFUSAL_VERBS, SPEECH_VERBS,
                   STRAIGHT_QUOTE)
from .rules import after_dateline, is_edge, past_cue_before
from . import conditions, contrasts, fragments, frames, glosses, seconds, tags, venues
from .marks import before_next_sentence, with_closing_bracket, with_closing_mark, with_rest_of_quotation
from .org_roles import BODY_NOUNS
from .roles import PERSON_NOUNS
from .speakers import ORG_NOUNS

TokenSpan = tuple[int, int]

# Dependents of a cue that carry what was said ("said [that …]", "called [the plan] [a mistake]",
# "warned of [X]"): the first of them opens the content.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "oprd", "attr", "appos", "pobj", "pcomp",
                             "parataxis", "acomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
NOUN_CUE_DEPS = SUBJECT_DEPS | {"pobj"}  # how a noun cue ("X's pledge") hangs in its clause
SOURCE_PRONOUNS = frozenset({"he", "she", "it", "they"})  # a new clause about the source itself
# Verbs of intent that only someone can do ("sought to", "tried to", "vowed to"): not said of a thing.
INTENT_VERBS = frozenset("seek try attempt vow pledge promise refuse decline urge demand insist hope want".split())
STATE_VERBS = frozenset({"be", "have", "seem", "remain", "appear", "become"})  # "…, but is a man he admires"
CLAUSE_OPENERS = frozenset({"that", "whether", "if"})
LEADING_DROPS = frozenset({"CCONJ"})  # "And now there is …": the conjunction is the reporter's link
# Adverbs by which a reporter links a sentence to the one before ("Meanwhile, …, officials said"): general
# English, kept as data; with a comma after them they open the reporter's sentence, not the source's words.
LINKING_ADVERBS = frozenset("""meanwhile however still also moreover instead nevertheless nonetheless indeed
separately additionally furthermore besides likewise similarly elsewhere then""".split())
# Adverbs that, right after a verb of speech, tell when or how often it was said ("said [earlier], …", "said
# [again] the …"): general English, kept as data; they belong to the tag, not to what was said.
CUE_ADVERBS = frozenset("earlier later again also previously recently repeatedly once twice too".split())
NOT_SAYING_HEADS = frozenset({"unable", "fail"})  # "were [unable] to confirm": nothing said
# Adverbs by which "would" tells the writer's later story, not the source's hedge ("but he would [later] retract").
HEDGE_NARRATION = frozenset("later eventually subsequently afterwards soon never".split())
MIN_WORDS = 2  # a repaired content keeps at least this many words, else the repair is not made
QUALIFIERS = frozenset({"not", "never", "no", "though", "although", "only"})  # "— though only twice a week"
# Connectives by which a reporter sets a fact against what was said ("— despite evidence that …"); not
# "though", with which a speaker qualifies their own words (general English, kept as data).
CONCESSIVES = frozenset("despite notwithstanding contrary".split())
# Nouns of another body's finding a reporter sets against a content ("despite a ruling by the court that …",
# read 29): general English, kept as data.
FINDING_NOUNS = frozenset("""determination finding ruling assessment conclusion verdict judgment judgement evidence
report assurance""".split())  # "despite [evidence from the monitors] that …" (round 15)
# Verbs of finding by which another body's claim is told in a concessive clause ("…, even though the monitors
# [have found] that …"), besides the verbs of speech.
FINDING_VERBS = frozenset("find show conclude determine confirm establish".split())
# "though" / "although" set off by a comma open the reporter's counterpoint only when their clause holds another's
# claim ("…, although the monitors report that …"); alone, the speaker may qualify their own words.
CLAIM_CONCESSIVES = frozenset({"though", "although"})
# ", as …" set off by a comma at the end of a content points to words said elsewhere only when its clause holds a
# verb of speech with a subject of its own (", as her lawyers argued in court"); alone ("…, as the tide rose") it
# may be the source's own circumstance.
POINTING_MARKS = frozenset({"as"})
# Verbs of passing words on that point to what was said elsewhere, besides the verbs of speech and finding
# (", as his lawyers [communicated] was possible"): general English, kept as data.
RELAYING_VERBS = frozenset("communicate indicate signal".split())
# Occasions of speech: a phrase "during / at / in a [news conference]" after the content is where the cue
# happened, whatever the parser hangs it on (general English, kept as data).
SPEECH_OCCASIONS = frozenset("""
conference briefing interview speech address hearing rally appearance call meeting session event
broadcast podcast program programme show summit debate testimony remarks statement hall
""".split())
SETTING_PREPS = frozenset({"during", "at", "in", "on", "before", "after", "while", "when"})
OCCASION_PREPS = frozenset({"during", "at", "in"})  # "“…” [in a televised address]" right after the quotation
# Occasions that are only ever of speaking, brought in with "a"/"an" ("in a televised address"); not a meeting, a
# call or a statement, in which what was said may have happened ("was discussed “in detail” in his meeting").
SPOKEN_OCCASIONS = frozenset("address speech interview briefing conference remarks broadcast podcast rally".split())
# Nouns of a message or a talk that are an occasion of the saying only with the one it went to or the medium it went
# out on ("in a statement [to the news media]", "in a conversation [on Kessel television]", "in a post [on her
# blog]"); alone they may be where something in what was said happened ("the deal was reached in a call"): general
# English, kept as data.
MESSAGE_OCCASIONS = frozenset("""
statement conversation letter post message email e-mail tweet call note memo op-ed column video appearance
""".split())
# How a phrase of time hangs on the verb it dates ("resigned [two days later]", "quit [on Tuesday]",
# "opened the gates [the next morning]"), and the entities that make it one.
TIME_DEPS = frozenset({"npadvmod", "advmod", "prep", "tmod", "obl"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Conjunctions of time by which a reporter dates the speaking ("condemned the closure, after the company
# sacked two pilots"); not "while", "as", "since" or "because", which as often join the speaker's own reasons.
SETTING_MARKS = frozenset({"after", "before", "when", "once", "until"})
# "told reporters … [as he left the summit]": the source coming or going while telling (general English, as data).
MOVING_MARKS = frozenset({"as", "while", "when"})
# Verbs of putting a question to the source ("when [asked] about the toll", "after being [pressed] on it"), and the
# words that open the clause of the question put: general English, as data.
ASKING_VERBS = frozenset("ask question press quiz query".split())
ASKING_MARKS = frozenset({"when", "after", "if", "once", "while"})
# Words that may be the subject of a state or an event but never of being asked ("[it] would hurt farms").
THING_PRONOUNS = frozenset({"it", "this", "that", "there"})
MOVING_VERBS = frozenset("leave arrive enter exit board depart head walk return visit tour".split())
MAX_ADDRESSEE = 7  # words of the one spoken to before "that" ("told [assembled harbour ferry staff] that")
OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})  # "told [Kessel police] she had seen …"
# Verbs of telling, whose object is the one spoken to (general English, kept as data); "say", "report" or
# "advocate" take no addressee, so an object the parser gives them is part of what was said.
# Verbs of accusing and the preposition that names the charge ("accused [the board] of [lying]"): the
# accused is the one spoken of, the charge is what was said (general English, kept as data).
CHARGE_PREPS = {"accuse": "of"}
MIN_CHARGE_WORDS = 3  # a charge without a verb stands as a statement from this length (filters.MIN_NP_WORDS)
# How the parser hangs a tag set into its sentence ("The danger, Vell told reporters, is …").
INTERPOSED_DEPS = frozenset({"parataxis", "relcl", "advcl"})
CUE_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod"})  # the tag's own circumstance ("said [on Monday]")
# Relative words opening a non-restrictive clause of background (", which was developed …", ", who remain …").
BACKGROUND_RELATIVES = frozenset({"which", "who", "whom", "whose"})
PLACE_RELATIVES = frozenset({"where"})  # ", where …" on a place: background only in the writer's present
TELLING_VERBS = frozenset("""
tell warn remind assure reassure inform notify advise brief caution promise convince persuade ask teach
""".split())
LEAD_IN_MARKS = frozenset({"—", "--", "–", "―", ":", ";"})  # "Brant prides himself on … — “I never …”"
SPEAKING_VERBS = frozenset({"speak", "talk", "address", "appear", "testify"})  # "…, speaking at a rally"
# Verbs of wanting, whose object is a thing, not a proposition ("and the public want clarity"): general
# English, kept as data.
# Verbs by which a reporter notes what a source did not tell ("did not specify", "would not detail"): verbs of
# speech proper, not of belief ("he didn't know who …" is what he said); "provide" and "give" only with "do"
# ("did not provide a figure", not "would not give up"); and verbs of refusing one ("declined to say"): general English.
WITHHOLDING_VERBS = frozenset("""
say tell specify elaborate detail explain disclose identify name comment reveal divulge confirm answer mention
describe clarify discuss address
""".split())
DO_WITHHOLDING_VERBS = frozenset({"provide", "give", "offer"})
WITHHOLDING_AUX = frozenset({"do", "would", "will", "could", "can"})  # finite: "did not say", "would not say"
NOT_TELLING_VERBS = REFUSAL_VERBS | {"fail"}  # "declined to say", "failed to explain"
CONCEDING_MARKS = frozenset({"though", "although"})  # "…, though it did not explain why"
WISH_VERBS = frozenset("want seek plan intend mean demand".split())
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
CLOSE_MARKS = CLOSE_QUOTES + STRAIGHT_QUOTE
OPEN_MARKS = OPEN_QUOTES + STRAIGHT_QUOTE


def clean_bounds(doc, triples, quoted) -> list[tuple]:
    """``triples`` of (content, cue, source) token spans (cue and source may be None) with each
    content cut to its cue's complement and widened to its own clause (see the module docstring)."""
    out = []
    triples = [part for t in triples for part in seconds.split_second_report(doc, *t, quoted)]
    triples = contrasts.with_second_halves(doc, triples, quoted)
    contents = [t[0] for t in triples]
    for content, cue, source in triples:
        others = [c for c in contents if c != content]
        content = _named_term(doc, content)
        if cue is not None:
            if contrasts.writers_clause_after_tag(doc, content, cue, quoted):
                continue  # "…, Rusk said, but no one else confirmed it": the writer's, no content
            act = contrasts.sources_act_after_tag(doc, content, cue, quoted)
            if act is None:
                continue  # "…, Lind said, but refused to …": the source's act, no content
            if act:
                content, cue = act  # "…, Lind said, but conceded [that …]": a report of its own
            content, cue = _without_setting_in_cue(doc, content, cue)
            if content is None:
                continue
            content = _without_addressee(doc, content, cue)
            content = _without_misparsed_addressee(doc, content, cue, quoted)
            content = _without_addressee_before_quote(doc, content, cue, quoted)
            content = _without_interposed_addressee(doc, content, cue)
            content = _without_comment_clause_addressee(doc, content, cue)
            content = _the_charge(doc, content, cue, quoted)
            content = _without_framed_object(doc, content, cue, quoted)
            content = _without_lead_in(doc, content, cue, quoted)
            content = _without_report_before_dash(doc, content, cue, quoted)
            content = _whole_clause(doc, content, cue, source, quoted, others)
            content = _across_dashed_aside(doc, content, cue, source, others)
            content = _with_shared_subject_predicate(doc, content, cue, source, others, quoted)
            content = _with_main_clause(doc, content, cue, source, others)
            content = _with_contrasted_predicate(doc, content, cue, quoted, others)
            content = _one_complement(doc, content, cue, quoted)
            content = _without_dashed_aside(doc, content, cue, quoted)
            content = _without_setting(doc, content, cue, quoted)
            content = _without_occasion_after_quote(doc, content, cue, quoted)
            content = _without_occasion_after_state(doc, content, cue, quoted)
            content = _without_question_put(doc, content, cue, quoted)
            content = _without_source_on_the_move(doc, content, cue, quoted)
            content = _within_noun_cue_phrase(doc, content, cue)
            content = _without_gloss(doc, content, cue, quoted)
            content = _without_other_report(doc, content, cue, quoted)
            content = _without_withheld_report(doc, content, cue, quoted)
            content = _without_background_clause(doc, content, cue, quoted)
            content = glosses.without_person_appositive(doc, content, cue, quoted)
            content = glosses.without_response_phrase(doc, content, cue, quoted)
            content = glosses.without_characterisation(doc, content, cue, quoted)
            content = glosses.without_contrast(doc, content, cue, quoted)
            content = glosses.without_comment(doc, content, cue, quoted)
            content = glosses.without_present_narration(doc, content, cue, quoted)
            content = glosses.without_dashed_comment(doc, content, cue, quoted)
            content = glosses.without_date_appositive(doc, content, cue, quoted)
            content = glosses.without_participial_comment(doc, content, cue, quoted)
            content = glosses.without_remark_appositive(doc, content, cue, quoted)
            content = glosses.without_wording_comment(doc, content, cue, quoted)
            content = glosses.without_narration_after_quote(doc, content, cue, quoted)
            content = glosses.without_time_after_quote(doc, content, cue, quoted)
            content = glosses.without_leading_topic(doc, content, cue, quoted)
            content = venues.without_venue(doc, content, cue, quoted)
            content = venues.without_leading_title(doc, content, cue, quoted)
            content = frames.without_framing_noun(doc, content, cue, quoted)
            content = _within_subordinate_report(doc, content, cue)
            content = _within_quoted_conjunct(doc, content, cue, quoted)
            content = _without_reporters_link(doc, content, cue, quoted)
            content = _without_time_of_the_cue(doc, content, cue, quoted)
            if _is_gloss_on_the_report(doc, content, cue, source, quoted):
                continue
            if _anothers_words(doc, content, source):
                continue
            if glosses.writers_note_alone(doc, content, quoted) or fragments.only_subordinate(doc, content) \
                    or fragments.frame_fragment(doc, content, cue, quoted) or fragments.dangling_end(doc, content, quoted):
                continue  # no statement to show: the writer's note, a dangling clause, the tail of the writer's frame
            content = conditions.whole_conditional(doc, content, cue, source, others)
            if content is None:
                continue
            content = conditions.with_trailing_condition(doc, content, cue, quoted, others)
        content = _with_governor(doc, content, cue, source, quoted)
        if cue is not None:
            content = glosses.without_anothers_what(doc, content, cue, quoted)
        content = tags.without_source_tag(doc, tags.without_inner_tag(doc, content, cue, quoted), quoted)
        content = (after_dateline(doc, *content), content[1])  # one a repair or a linked cue widened to the dateline
        content = _without_next_speaker(doc, content, quoted)
        content = before_next_sentence(doc, content, quoted)  # '“… of waiting.”She also …'
        content = glosses.without_words_after_quoted_sentence(doc, content, cue, quoted)
        content = with_rest_of_quotation(doc, content, quoted, others)
        out.append((with_closing_mark(doc, with_closing_bracket(doc, content), quoted), cue, source))
    return out


def _tops(doc, s: int, e: int) -> list:
    """Tokens of ``doc[s:e]`` (words, not punctuation) whose head lies outside it: the heads of its phrases."""
    heads = token_heads(doc)
    return [t for t in doc[s:e] if not is_edge(t) and (heads[t.i] == t.i or not s <= heads[t.i] < e)]


def _noun_phrase(tops) -> bool:
    """The stretch is one noun phrase, not coordinated into what comes before nor the rest of a list ("the
    group that …", "a nod to …"; not "[fewer] rules" after "“lower taxes,”", nor "[an extension] of … and a
    new rule" after "“straw buyers,”")."""
    return bool(tops) and all(t.pos_ in NOMINALS and t.dep_ != "conj" and not any(c.dep_ == "conj" for c in t.children)
                              for t in tops)


def _own_clause(tops, s: int, e: int) -> bool:
    """The stretch ``[s, e)`` is a clause of its own: a verb with a subject inside it and no subordinating
    mark ("the council had in fact sold the quay", not "and that it failed", nor "[the prisoner …] was
    freed")."""
    return bool(tops) and all(t.pos_ in ("VERB", "AUX") and t.dep_ != "conj" and any(
        c.dep_ in SUBJECT_DEPS and s <= c.i < e for c in t.children) and not any(c.dep_ == "mark" for c in t.children)
        for t in tops)


def _without_gloss(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content whose quotation closes before its end, the rest unquoted and set off by a comma or a
    dash, ends with the quotation when the rest is the reporter's: a noun phrase glossing it ("“… the
    Veld League,” the militia that holds the pass"; "“an outlaw” — a word he had never used") or, after a
    dash, a clause with its own subject ("“wait and see” — the council had already sold the quay"); not
    words that go on with the quotation ("“lower tolls,” fewer inspections", "— known as “the Ferret” —
    was freed", "“a steady hand,” a veteran of nine winters and a friend of every crew")."""
    s, e = content
    if s <= cue[0] < e:
        return content
    last = max((t.i for t in doc[s:e] if quoted[t.i]), default=None)
    if last is None or doc[last].text not in CLOSE_MARKS:
        return content
    k = last + 1
    marks = []
    while k < e and is_edge(doc[k]):
        marks.append(doc[k].text)
        k += 1
    dash = any(m in DASHES for m in marks)
    if doc[last - 1].text == ",":
        marks.append(",")  # "…, the Veld League,” the militia …": the comma inside the marks
    if k >= e or not (dash or "," in marks):
        return content
    tops = _tops(doc, k, e)
    if not (_noun_phrase(tops) or dash and _own_clause(tops, k, e)):
        return content
    return (s, last + 1) if _words(doc, s, last + 1) >= MIN_WORDS else content


def _without_setting_in_cue(doc, content: TokenSpan, cue: TokenSpan):
    """(content, cue) with the occasion of the speaking, which the tagger split between them, taken out
    of both: a prepositional phrase on the cue's verb that holds a noun of its own and ends the cue with
    a preposition whose object opens the content ("said [in a post on] [her ferry blog]", "said [on the
    eve of] [the vote the bridge would close]", "wrote [in response to] [the mayor's letter]"; a phrase of
    time or place, not "replied [with attacks on] [the plan]"), or that
    the tagger left between them ("said on [“Harbour Hour”]"). A content that is a noun phrase inside the
    phrase is no content (None); one that goes on past the phrase starts after it, at the next sentence
    when the phrase ends its own ("said in a statement issued after [the vote. “We …”]")."""
    s, e = content
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)
    if cue[1] > s or verb is None or not _words(doc, s, e):
        return content, cue
    nominal = doc[s:e].root.pos_ in NOMINALS
    between = next((p for p in doc[cue[1]:s] if p.dep_ == "prep" and p.head.i == verb.i
                    and p.left_edge.i >= cue[1] and p.right_edge.i >= e - 1), None)
    if between is not None:  # "said on [“Harbour Hour”]"
        return (None, cue) if nominal and not _has_verb(doc, s, e) else (content, cue)
    last = next((doc[k] for k in range(cue[1] - 1, cue[0] - 1, -1) if not is_edge(doc[k])), None)
    if last is None or last.pos_ != "ADP" or not any(c.dep_ == "pobj" and s <= c.i < e for c in last.children):
        return content, cue
    node, path = last, []
    while node.i != verb.i and cue[0] <= node.i < cue[1] and len(path) < 12:
        path.append(node)
        node = node.head
    if node.i != verb.i or len(path) < 2 or path[-1].dep_ != "prep" or path[-1].lower_ not in SETTING_PREPS:
        return content, cue  # "spoke about [the floods]", "replied with attacks on [the plan]": what was said
    phrase = path[-1]
    rest = next((t for t in doc[max(s, phrase.right_edge.i + 1):e] if t.is_alpha), None)
    cue_left = (cue[0], _trim_end(doc, cue[0], phrase.i))
    if rest is not None and rest.sent != phrase.sent:
        return (_trim_start_mark(doc, rest.sent.start, e), e), cue_left
    if rest is not None:
        start = _trim_start_mark(doc, phrase.right_edge.i + 1, e)
        tops = _tops(doc, start, e)
        if doc[start - 1].text in (",", ":") and doc[start].text in OPEN_MARKS or _own_clause(tops, start, e) and all(
                t.head.i == verb.i for t in tops):
            return (start, e), cue_left  # "said in a joint appearance with Kessel's mayor, [the talks …]"
    if any(_contact_clause(t) for t in doc[s:e]):
        return (phrase.i, e), cue_left  # "said [on the night of the storm she heard the dam crack]"
    return (None, cue) if nominal else (content, cue)


def _contact_clause(verb) -> bool:
    """A clause the parser hung as a relative clause on the noun before it though nothing relates it
    ("the storm [she had heard the dam crack]"): no relative word, a subject of its own."""
    return (verb.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS
                                         and c.lower_ != "that" for c in verb.children)
            and not any(c.tag_ in RELATIVE_TAGS for c in verb.subtree))


def _trim_start_mark(doc, s: int, e: int) -> int:
    while s < e and is_edge(doc[s]) and doc[s].text not in OPEN_MARKS:
        s += 1
    return s


def _without_other_report(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue stops before a clause coordinated into it (", and …", ", but …", outside
    quotation marks) that carries a report of its own: a verb of speech or belief with its own subject
    ("…, and local officials say the road stays shut"; "…, and there are aldermen who believe …"). Not a
    second clause of what was said ("…, and that officials say …")."""
    s, e = content
    if cue[1] > s:
        return content
    for cc in doc[s + 1:e]:
        if cc.pos_ != "CCONJ" or quoted[cc.i] or doc[cc.i - 1].text != ",":
            continue
        clause = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)
        if clause is None or clause.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in clause.children):
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS for c in clause.children):
            continue  # "…, and would keep up the pressure", "…, and who feel": the source's own next words
        reports = [clause] + [r for c in clause.children if c.dep_ in SUBJECT_DEPS | {"attr"}
                              for r in c.children if r.dep_ == "relcl"]
        if any(not quoted[t.i] and _reports(t) for t in reports):
            cut = _trim_end(doc, s, cc.i)
            return (s, cut) if _words(doc, s, cut) >= MIN_WORDS else content
    return content


def _without_withheld_report(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue stops before the reporter's note of what the source did not tell, outside
    quotation marks: a verb of speech negated ("but did not say whether …", "but would not specify") or
    refused ("but declined to say", "refused to explain"), coordinated ("but", "and", "yet") or conceded
    ("though", "although"), with no subject of its own or a pronoun for the source ("though it did not
    explain why"). Wherever the parser hangs it (on the cue, or inside the complement), it says nothing
    the source said."""
    s, e = content
    if cue[1] > s:
        return content
    for tok in doc[s + 1:e]:
        if quoted[tok.i] or tok.pos_ != "VERB" or not _withheld(tok):
            continue
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if not all(c.lower_ in SOURCE_PRONOUNS for c in subjects):
            continue  # "…, but the union did not say …": another's silence may be part of what was said
        if tok.dep_ == "conj":
            start = min([tok.i] + [c.left_edge.i for c in tok.children if c.dep_ in SUBJECT_DEPS | {"aux", "neg"}])
            if not any(t.pos_ == "CCONJ" for t in doc[max(s, start - 2):start]):
                continue
        elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCEDING_MARKS for c in tok.children):
            start = tok.left_edge.i
        else:
            continue
        cut = _trim_end(doc, s, start)
        if _words(doc, s, cut) >= MIN_WORDS:
            return s, cut
    return content


def _withheld(verb) -> bool:
    """``verb`` tells speech withheld: a finite verb of speech negated ("did not say", "would not specify";
    not "not to discuss", "not intended"), or a refusal of one ("declined to say")."""
    lemma = verb.lemma_.lower()
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    if any(c.dep_ == "neg" for c in verb.children) and (
            lemma in WITHHOLDING_VERBS and aux & WITHHOLDING_AUX or lemma in DO_WITHHOLDING_VERBS and "do" in aux):
        return True
    return lemma in NOT_TELLING_VERBS and any(c.dep_ == "xcomp" and c.lemma_.lower() in WITHHOLDING_VERBS
                                          for c in verb.children)


def _by_a_pronoun(verb) -> bool:
    """The subjects of ``verb`` are pronouns ("which [he] said was …": the source again, or the relative)."""
    return all(c.pos_ == "PRON" or c.tag_ in RELATIVE_TAGS for c in verb.children if c.dep_ in SUBJECT_DEPS)


def _reports(verb) -> bool:
    """``verb`` reports speech or belief with a subject of its own ("officials say", "who believe", "is
    expected"), not a wish for a thing ("want clarity")."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS and verb.lemma_.lower() not in WISH_VERBS
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def _is_gloss_on_the_report(doc, content: TokenSpan, cue: TokenSpan, source, quoted) -> bool:
    """An unquoted noun phrase after a tag that ends a sentence begun with the report ("“…,” Renk said,
    a nod to the strike"; "…, according to two aides, a sign of how far the talks had sunk") is the
    reporter's gloss on the report, not a content."""
    s, e = content
    tag = (min(cue[0], source[0]) if source else cue[0], max(cue[1], source[1]) if source else cue[1])
    if tag[1] > s or any(quoted[s:e]):
        return False
    between = doc[tag[1]:s]
    if not between or doc[s - 1].text != "," or _has_verb(doc, tag[1], s):
        return False  # "…, Renk said on Tuesday, [a nod to …]"
    sent = doc[s].sent
    if not any(t.is_alpha for t in doc[sent.start:tag[0]]):
        return False  # the sentence opens with the tag: "According to the ministry, the toll …"
    return _noun_phrase(_tops(doc, s, e))


def _anothers_words(doc, content: TokenSpan, source) -> bool:
    """A content that opens with what someone else said ("pointed to [what the general had said: “…”]"): the
    words are the one named in it's, not the source's, who only points to them (strict reads of AllSides
    1041-1999, round 13); not a name the source gives them ("what Kessel called “a ruse”" is ``_named_term``'s)."""
    words = [t for t in doc[content[0]:content[1]] if not t.is_punct and not t.is_space]
    if not words or words[0].lower_ not in ("what", "whatever"):
        return False
    verb = words[0].head
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.lemma_.lower() in CHARACTERISING_VERBS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") and not (source and source[0] <= c.i < source[1])
               for c in verb.children)


def _words(doc, s: int, e: int) -> int:
    return sum(1 for t in doc[s:e] if t.is_alpha or t.like_num)


def _branch(tok, cue: TokenSpan):
    """The dependent of a cue token through which ``tok`` hangs on the cue, or None when it does not."""
    heads = token_heads(tok.doc)
    node, steps = tok.i, 0
    while heads[node] != node and steps < 40:
        if cue[0] <= heads[node] < cue[1]:
            return tok.doc[node]
        node, steps = heads[node], steps + 1
    return None


def _one_complement(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue ends where the reporter goes on about the source: an act coordinated
    with the cue ("…, but it has refused to …", "warned that … and asked for a month"), or a purpose
    clause framing a quoted phrase ("used the words “X” to describe …"). More of what was said stays
    (``_reporters_own``)."""
    s, e = content
    if cue[1] > s or cue[0] >= e:
        return content
    first = next((t for t in doc[s:e] if not is_edge(t)), None)
    if first is None:
        return content
    opening = _branch(first, cue)
    if opening is None or opening.dep_ not in COMPLEMENT_DEPS:
        return content
    for tok in doc[first.i + 1:e]:
        branch = _branch(tok, cue)
        if quoted[tok.i] or branch is None:
            continue
        if branch.i == opening.i and (_misattached_act(tok, opening.head) or _act_after_state(tok, opening.head)
                                      or _later_act(tok, opening.head) or _perfect_act_after_passive(tok, opening.head)):
            branch = tok
        elif branch.i <= opening.i or not _reporters_own(branch, opening, opening.head, quoted):
            continue
        start = branch.left_edge.i
        while start > first.i and ((is_edge(doc[start - 1]) and doc[start - 1].text not in CLOSE_MARKS)
                                   or doc[start - 1].pos_ == "CCONJ"):
            start -= 1
        cut = _trim_end(doc, s, max(start, first.i + 1))
        return (s, cut) if _words(doc, s, cut) >= MIN_WORDS else content
    return content


def _with_contrasted_predicate(doc, content: TokenSpan, cue: TokenSpan, quoted, others) -> TokenSpan:
    """A content after its cue that stops right before "but" or "yet" and a second predicate of its own clause
    takes that predicate in: the parse coordinates a verb with no subject of its own with the content's verb,
    not with the cue ("said the warden had agreed to step down [but later withdrew the offer]": the warden
    withdrew it, in what was said; cut off, the report says the opposite). Not when the content's clause is
    about the source (a pronoun or the cue's own subject: "told the board she had voted for it, but has since
    …", whose second verb may be the source's own act) or about things ("had stated that no grants were due,
    but then reversed itself": grants reverse nothing, the source did; dev read, round 26), nor a verb of speech
    or refusal ("but added …", "but declined to say": the source's act, ``_one_complement`` and
    ``_without_withheld_report``), nor a clause with a subject of its own ("…, but no one else confirmed it":
    the writer's), nor words another content holds."""
    s, e = content
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or cue[1] > s or any(quoted[s:e]):
        return content
    k = e
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("but", "yet") or quoted[k] or doc[k].sent != doc[e - 1].sent:
        return content
    pred = next((t for t in doc[k + 1:min(len(doc), k + 4)] if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")), None)
    if pred is None or not s <= pred.head.i < e or quoted[pred.i] or pred.left_edge.i <= k:
        return content
    lemma = pred.lemma_.lower()
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in pred.children) or lemma in SPEECH_VERBS \
            or lemma in NOT_TELLING_VERBS or _of_the_source(pred.head, verb) or _of_things(pred.head):
        return content
    end = _trim_end(doc, s, min(pred.right_edge.i + 1, doc[k].sent.end))
    if any(quoted[e:end]) or any(e <= o[0] < end for o in others if o[0] is not None):
        return content
    return (s, end)


def _without_dashed_aside(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A reported content after its cue stops at a dash that opens the reporter's counterpoint, outside
    quotation marks ("tweeted that Russia would help Democrats — despite evidence that it helped him"), or the
    reporter's gloss: a last dash after which the content ends on a phrase with no verb of its own and no
    closing dash ("showed they favored Vell by 30 points — [similar to his margin in May]", "visited a pilot
    in Kessel — [the town of the naval hospital]")."""
    s, e = content
    if cue[1] > s:
        return content
    for tok in doc[s + 1:e - 1]:
        if tok.text in DASHES and not quoted[tok.i] and doc[tok.i + 1].lower_ in CONCESSIVES \
                and not any(quoted[tok.i + 1:e]):
            cut = _trim_end(doc, s, tok.i)
            return (s, cut) if _words(doc, s, cut) >= MIN_WORDS else content
    dash = max((t.i for t in doc[s + 1:e - 1] if t.text in DASHES and not quoted[t.i]), default=None)
    if dash is None or any(quoted[dash + 1:e]) or any(t.text in DASHES for t in doc[s + 1:dash]):
        return content  # no dash, a quotation after it, or the second of a pair ("— cars and parts alike —")
    if any(t.pos_ in ("VERB", "AUX") for t in doc[dash + 1:e]) or doc[dash + 1].pos_ in ("CCONJ", "SCONJ") or \
            doc[dash + 1].lower_ in QUALIFIERS:
        return content  # "— that's power they like to wield", "— but only until May", "— not the mayor": what was said
    cut = _trim_end(doc, s, dash)
    return (s, cut) if _words(doc, s, cut) >= MIN_WORDS and _has_verb(doc, s, cut) else content


def _without_setting(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A reported content after its cue stops at the reporter's setting of the report, outside quotation
    marks: a comma before a phrase of occasion ("…, during a joint news conference Thursday", "…, speaking
    at a rally in Kessel") or before the cue's own circumstance as the parse hangs it; and a concessive
    whose phrase holds another source's claim ("… despite what the agency says is a shortage"), and a ", as …"
    clause that points to words said elsewhere ("…, as her lawyers argued in court")."""
    s, e = content
    if cue[1] > s:
        return content
    for tok in doc[s + 1:e]:
        if quoted[tok.i] or any(quoted[tok.i:e]):
            continue
        cut, clause = None, False
        if doc[tok.i - 1].text == "," and _setting_phrase(tok, cue) and _runs_to(doc, tok, e, dated=_sends(tok)):
            cut = tok.i - 1
        elif doc[tok.i - 1].text == "," and _setting_clause(tok, cue) and _runs_to(doc, tok.head, e):
            cut, clause = tok.i - 1, True
        elif tok.lower_ in CONCESSIVES and _holds_a_claim(tok):
            cut = tok.i
        elif tok.lower_ in CLAIM_CONCESSIVES and tok.dep_ == "mark" and _after_comma(doc, tok) \
                and _holds_a_claim(tok) and _runs_to(doc, tok.head, e):
            cut = tok.i - 1 if doc[tok.i - 1].lower_ == "even" else tok.i
        elif _points_elsewhere(doc, tok, content, cue):
            cut = tok.i - 1  # "…, as her lawyers argued in court": the writer points to words said elsewhere
        if cut is not None:
            end = _trim_end(doc, s, cut)
            # not "pressed [Mr. Lind], on whether …"; a clause of time is never what was said
            keeps_verb = clause or _has_verb(doc, s, end) or not _has_verb(doc, s, e)
            return (s, end) if _words(doc, s, end) >= MIN_WORDS and keeps_verb else content
    return content


def _without_occasion_after_quote(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue that ends a quotation and goes on, with no comma, into a phrase of the speech
    occasion ("said “good evening” [in a televised address to the nation]", "used the word “betrayal”
    [during a rally in Kessel]") ends at the closing mark: the reporter tells where it was said (read 29).
    Only a phrase that runs to the content's end, holds no quotation and no finite verb of its own, and
    brings in, with "a"/"an", an occasion only of speaking (dev: "in the meeting", "in North Korean
    statements" are part of what was said)."""
    s, e = content
    if cue[1] > s:
        return content
    for tok in doc[s + 1:e - 1]:
        if not (quoted[tok.i - 1] and not quoted[tok.i] and doc[tok.i - 1].text in CLOSE_MARKS):
            continue
        if not (tok.pos_ == "ADP" and tok.lower_ in OCCASION_PREPS and _runs_to(doc, tok, e)):
            return content
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        rest = doc[tok.i:e]
        if not any(o.lemma_.lower() in SPOKEN_OCCASIONS and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                 for c in o.children) for o in objs) \
                or any(quoted[t.i] for t in rest) or any(
                t.tag_ in FINITE_TAGS for t in rest):
            return content
        return (s, tok.i) if sum(t.is_alpha for t in doc[s:tok.i]) >= MIN_WORDS else content
    return content


def _without_occasion_after_state(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue that ends, with no comma and no quotation, on a phrase of the speech occasion hung
    on a state ("said the border would stay closed [in a speech that drew loud applause]") ends before it: a
    state does not happen in a speech, the saying did (strict reads, round 15). Only "in"/"at"/"during" with "a"/
    "an" and an occasion only of speaking, running to the content's end, on an adjective or noun of the state or a
    verb of being or staying (not "would raise it [in a speech] next week": an act may be set at an occasion), or
    on an event of a thing, which is not set in a speech ("said the strike would end soon [in remarks to the
    crews]": ``_of_things``; "in remarks", "in her speech" count, ``_an_occasion_of_speaking``), or, on a head not in
    the passive, a message sent ("in a statement to the news media", ``_a_message_sent``); not on a bare "be", whose
    phrase is the predicate ("said the line was in a speech to donors")."""
    s, e = content
    if cue[1] > s or any(quoted[s:e]):
        return content
    for tok in doc[s + 2:e - 1]:
        if tok.pos_ != "ADP" or tok.lower_ not in OCCASION_PREPS or doc[tok.i - 1].is_punct \
                or not _runs_to(doc, tok, e, dated=_sends(tok)):
            continue
        head = tok.head
        if not s <= head.i < tok.i or not (head.pos_ in ("ADJ", "NOUN") and head.dep_ in ("acomp", "attr", "oprd")
                                             or head.lemma_.lower() in STATE_VERBS | {"stay"}
                                             or head.pos_ == "VERB" and _of_things(head)):
            continue
        if _bare_copula(head):
            continue  # "said the line was [in a speech to donors]": where it is, what was said
        objs = [o for o in tok.children if o.dep_ == "pobj"]
        if not any(_an_occasion_of_speaking(o, tok) for o in objs) and (_passive(head) or not _sends(tok)):
            continue  # "the deal was reached in a call to …": a passive act may be done in a message
        end = _trim_end(doc, s, tok.i)
        return (s, end) if _words(doc, s, end) >= MIN_WORDS and _has_verb(doc, s, end) else content
    return content


def _sends(prep) -> bool:
    """``prep`` brings in a message sent (``_a_message_sent``), whose time may follow it, hung elsewhere."""
    return any(o.dep_ == "pobj" and _a_message_sent(o) for o in prep.children)


def _a_message_sent(noun) -> bool:
    """``noun`` is one message or talk sent to someone or out on a medium, brought in as one ("in [a] March
    statement [to the news media]", "in [her] conversation [on Kessel television]"): the occasion of a saying."""
    if noun.lemma_.lower() not in MESSAGE_OCCASIONS:
        return False
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss" and c.tag_ == "PRP$"
              for c in noun.children)
    return one and any(c.dep_ == "prep" and (c.lower_ == "to" or c.lower_ == "on" and _a_named_medium(c))
                       for c in noun.children)


def _a_named_medium(prep) -> bool:
    """The object of "on" is a medium named or owned ("on [Kessel] television", "on [Twitter]", "on [her] blog"),
    not a topic ("a conversation on the future of the port")."""
    return any(o.pos_ == "PROPN" or any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in o.children)
               for o in prep.children if o.dep_ == "pobj")


def _bare_copula(verb) -> bool:
    """``verb`` is a verb of being with no complement but its phrases ("the line was in a speech"): the phrase is
    the predicate."""
    return verb.lemma_.lower() in STATE_VERBS and not any(
        c.dep_ in ("acomp", "attr", "oprd", "xcomp", "ccomp", "dobj") for c in verb.children)


def _passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _an_occasion_of_speaking(noun, prep) -> bool:
    """``noun`` (the object of ``prep``) is an occasion only of speaking, brought in as one occasion ("in [a]
    speech", "during [her] briefing") or, under "in", as the words themselves ("in remarks to the crews"), not as
    a known one ("in the meeting", which may be part of what was said)."""
    if noun.lemma_.lower() not in SPOKEN_OCCASIONS and noun.lower_ not in SPOKEN_OCCASIONS:
        return False  # ("remarks", lemmatised "remark")
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if not dets:
        return prep.lower_ == "in" and noun.tag_ == "NNS"
    return any(c.lower_ in ("a", "an") or c.dep_ == "poss" and c.tag_ == "PRP$" for c in dets)


def _without_question_put(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue that ends, outside quotation marks, on a clause of the question put to the source
    ("said the levy would hurt small farms [when asked about the harbour plan]", "…[, after being pressed on the
    toll]") ends before it: a passive participle of asking with no subject of its own, opened by "when"/"after"
    …, tells when the source spoke, not what was said. Only when the clause hangs on the cue, or on a verb of the
    content's own finite clause whose subject is a thing that cannot be asked ("the levy", "it"), in a content that
    holds a finite clause; "said she would resign when asked", "when asked to" and "asked the stations to be on
    standby when asked" (the asking is part of what was said) stay."""
    s, e = content
    if cue[1] > s:
        return content
    for tok in doc[s + 2:e]:
        if tok.tag_ != "VBN" or tok.lemma_.lower() not in ASKING_VERBS or quoted[tok.i] or any(quoted[tok.i:e]):
            continue
        clause = tok.head if tok.dep_ == "pcomp" and tok.head.lower_ in ASKING_MARKS else tok  # "after being asked"
        opener = clause.left_edge
        if clause.dep_ not in ("advcl", "prep") or opener.lower_ not in ASKING_MARKS or not _runs_to(doc, clause, e) \
                or any(c.dep_ in SUBJECT_DEPS | {"xcomp"} for c in tok.children):
            continue  # "when asked to": what she would do when asked, part of what was said
        verb = clause.head.head if clause.head.dep_ in ("attr", "acomp", "oprd") else clause.head  # "was a failure after …"
        if not any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in doc[s:opener.i]):
            continue  # "asked the stations [to be] on standby … when asked": a request, they are the ones asked
        if not (cue[0] <= verb.i < cue[1] or s <= verb.i < opener.i and _of_things(verb) and finite(verb)):
            continue
        end = _trim_end(doc, s, opener.i)
        return (s, end) if _words(doc, s, end) >= MIN_WORDS and _has_verb(doc, s, end) else content
    return content


def _without_source_on_the_move(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after a past cue that ends, with no comma and no quotation, on a clause of time telling where
    the source was going as they spoke ("told reporters the border would stay closed [as he left the summit in
    Varn]") ends before it: the reporter's setting of the telling, which the parser hangs inside the complement
    (strict reads, round 15). Only "as"/"while"/"when" with "he" or "she" and a past verb of coming or going,
    on a content not itself told in the past (a past event's time is part of what was said)."""
    s, e = content
    if not past_cue_before(doc, content, cue) or any(quoted[s:e]):
        return content
    for tok in doc[s + 2:e - 2]:
        clause = tok.head
        if tok.dep_ != "mark" or tok.lower_ not in MOVING_MARKS or doc[tok.i - 1].is_punct \
                or clause.tag_ != "VBD" or clause.lemma_.lower() not in MOVING_VERBS or not _runs_to(doc, clause, e):
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].lower_ not in ("he", "she") or not s <= clause.head.i < tok.i:
            continue
        if seconds.finite_form(clause.head) in ("VBD", None):
            continue  # "said the guards searched her bag [when she arrived]": past events told, their time too
        end = _trim_end(doc, s, tok.i)
        return (s, end) if _words(doc, s, end) >= MIN_WORDS and _has_verb(doc, s, end) else content
    return content


def _within_noun_cue_phrase(doc, content: TokenSpan, cue: TokenSpan) -> TokenSpan:
    """A content after a noun cue ends with the noun's own phrase: it never takes in the verb the noun hangs on,
    as subject ("Brant's suggestion [it was a “triumph”] raises the question …") or through a preposition
    ("after Brant's pledge [that the toll would be a “red line”], it may be enough …"); that verb's clause is
    the reporter's (read 30). Only when the cue holds no verb and the noun's phrase ends inside the content."""
    s, e = content
    if cue[1] > s or any(t.pos_ in ("VERB", "AUX") for t in doc[cue[0]:cue[1]]):
        return content
    noun = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "NOUN" and t.dep_ in NOUN_CUE_DEPS), None)
    if noun is None:
        return content
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    end = noun.right_edge.i + 1
    if not s < end < e or not end <= governor.i < e or governor.pos_ not in ("VERB", "AUX"):
        return content
    end = _trim_end(doc, s, end)
    return (s, end) if _words(doc, s, end) >= MIN_WORDS else content


def _has_verb(doc, s: int, e: int) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in doc[s:e])


def _setting_phrase(tok, cue: TokenSpan) -> bool:
    """``tok`` opens a circumstance of the speaking: a preposition of occasion with a speech occasion as its
    object ("during a news conference", "at a rally") or a message sent ("in a letter to the board"), a participle
    of speaking ("speaking at …"), or any
    prepositional phrase the parse hangs on the cue itself."""
    if tok.pos_ == "ADP" and tok.lower_ in SETTING_PREPS:
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if any(o.lemma_.lower() in SPEECH_OCCASIONS or _a_message_sent(o) for o in objs):
            return True
        return tok.dep_ == "prep" and cue[0] <= tok.head.i < cue[1]
    return tok.tag_ == "VBG" and tok.lemma_.lower() in SPEAKING_VERBS and not any(
        c.dep_ in SUBJECT_DEPS for c in tok.children)


def _setting_clause(tok, cue: TokenSpan) -> bool:
    """``tok`` is a conjunction of time opening a clause that the parse hangs on the cue itself ("condemned
    the closure, [after the company sacked two pilots]"): when the speaking happened, the reporter's words."""
    return (tok.dep_ == "mark" and tok.lower_ in SETTING_MARKS and tok.head.dep_ == "advcl"
            and cue[0] <= tok.head.head.i < cue[1])


def _without_addressee(doc, content: TokenSpan, cue: TokenSpan) -> TokenSpan:
    """A content after its cue that opens with the one spoken to starts at what was said: the object of a
    verb of telling followed right away by the verb's clausal complement, a clause with a subject of its own
    ("told [Kessel police] [she had seen the collision]"; not "added [the situation] [reminded him …]", nor
    "say [detainees] there are …", a subject the parser took for an object, nor "reassure [allies] [that once
    were …]", a relative clause)."""
    s, e = content
    opening = _addressee_opening(doc, content, cue)
    if opening is None or opening.left_edge.i < s:
        return content
    clause = next((c for c in opening.head.children
                   if c.dep_ == "ccomp" and opening.right_edge.i < c.left_edge.i and c.right_edge.i < e
                   and not any(t.is_alpha for t in doc[opening.right_edge.i + 1:c.left_edge.i])
                   and any(d.dep_ in SUBJECT_DEPS for d in c.children)), None)
    if clause is None:
        return content
    start = clause.left_edge.i
    while start < e and is_edge(doc[start]) and doc[start].text not in OPEN_MARKS:
        start += 1
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _without_misparsed_addressee(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content right after a verb of telling that opens with the one spoken to starts at what was said, where
    the parse does not hang that one as the verb's object (``_without_addressee``): a short noun phrase for
    people, a body or a name, or a personal pronoun, followed by "that" opening a clause with a subject of its
    own ("told [assembled harbour staff] [that the storm was to blame]", the parser taking "assembled" for a
    verb; "warned [city aides] [that the sale would …]", the clause hung on the noun), or a plural noun for
    people followed at once by a clause of its own ("told [reporters] [Vantia was committed to …]", the noun
    taken into the subject's name). Not a noun whose "that" opens a relative clause ("told the crews that
    had waited"), nor one that the clause describes ("warned of the risk that …": no noun phrase first)."""
    s, e = content
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in TELLING_VERBS or cue[1] > s or quoted[s] \
            or any(t.is_alpha for t in doc[cue[1]:s]) or doc[cue[1] - 1].pos_ == "ADP":
        return content  # "warned [against] changes that …": the object of a preposition, no one spoken to
    that = next((t for t in doc[s + 1:min(e, s + MAX_ADDRESSEE + 1)] if t.lower_ == "that"), None)
    if that is not None and that.dep_ == "mark" and not quoted[that.i]:
        start = that.i
        if not (_addressee_words(doc[s:start]) and _clause_after(doc, start + 1, e)):
            return content
    elif doc[s].tag_ == "NNS" and _people(doc[s]) and doc[s + 1].tag_ not in RELATIVE_TAGS \
            and _own_clause(_tops(doc, s + 1, e), s + 1, e):
        start = s + 1
    else:
        return content
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _addressee_words(words) -> bool:
    """``words`` are one noun phrase for whom one speaks to: no verb but a participle before a noun
    ("assembled"), ending on a noun for people or a body, a name or a personal pronoun."""
    if not words or any(t.tag_ in FINITE_OR_MODAL or t.is_punct and t.text != "-"
                        or t.pos_ in ("ADP", "CCONJ", "SCONJ") for t in words):
        return False
    last = words[-1]
    return _people(last) or last.pos_ == "PROPN" or last.tag_ == "PRP" and last.lower_ in OBJECT_PRONOUNS


def _people(noun) -> bool:
    """``noun`` may name those spoken to: a noun for people or a body ("aides", "the council"), or a plural common
    noun that is no finding ("assembled [clerks]", not "the [findings] that …")."""
    return noun.pos_ == "NOUN" and (_a_body(noun) or noun.tag_ == "NNS" and noun.lemma_.lower() not in FINDING_NOUNS)


def _clause_after(doc, s: int, e: int) -> bool:
    """``doc[s:e]`` opens with the subject of a finite clause in it ("that [the storm] was to blame"; not "changes
    that [could] snap …", a relative clause the parser gave a mark)."""
    return any(t.dep_ in SUBJECT_DEPS and t.left_edge.i == s and finite(t.head) and s <= t.head.i < e
               for t in doc[s:e])


def _without_addressee_before_quote(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue that opens with the one spoken to, closed by the stop of the cue's sentence, and
    runs on into the quotation after it ("told “Harbour Hour” host [Ana Lind.] “We will rebuild …”") starts at
    the quotation: the one told is the writer's words. The words before the stop are a noun phrase (no verb).
    Source: strict read 44 (content "host … . “We will have to build …”")."""
    s, e = content
    if _addressee_opening(doc, content, cue) is None:
        return content
    stop = next((k for k in range(s, e) if not quoted[k] and doc[k].text in (".", ":")), None)
    if stop is None or any(t.pos_ in ("VERB", "AUX") for t in doc[s:stop]):
        return content
    start = stop + 1
    while start < e and doc[start].is_space:
        start += 1
    if start >= e - 1 or doc[start].text not in OPEN_MARKS or not quoted[start + 1]:
        return content
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _without_next_speaker(doc, content: TokenSpan, quoted) -> TokenSpan:
    """A content that runs on past a comma into the name of the next sentence's speaker and the bracket of their
    party ("…will block the levy, [Sen. Ola Brandt (R]": the bracket left open) ends before that comma. Source:
    strict read 46."""
    s, e = content
    bracket = next((k for k in range(e - 1, s, -1) if doc[k].text == "(" and not quoted[k]), None)
    if bracket is None or any(t.text == ")" for t in doc[bracket:e]):
        return content
    j = bracket
    while j > s and doc[j - 1].pos_ == "PROPN":
        j -= 1
    if j == bracket or j - 1 <= s or doc[j - 1].text != "," or doc[bracket - 1].ent_type_ != "PERSON":
        return content
    cut = _trim_end(doc, s, j - 1)
    return (s, cut) if _words(doc, s, cut) >= MIN_WORDS else content


def _within_quoted_conjunct(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A tag "as X warned" after a list of the writer's clauses, the last of which holds the quotation ("…, some
    routes could be cut, and [the winter could be “very hard on the towns,”] as Brant warned"): the parse hangs the
    tag on that last conjunct, and what was said is that clause, not the writer's clauses before it (no quoted word
    among them). Source: strict read 45."""
    s, e = content
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)
    if verb is None or cue[0] < e or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return content
    conj = verb.head
    if conj.dep_ != "conj" or not s <= conj.i < e or not any(quoted[conj.i:e]):
        return content
    start = min([conj.i] + [c.left_edge.i for c in conj.children if c.i < conj.i and c.dep_ != "cc"])
    if start <= s or any(quoted[s:start]):
        return content
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _addressee_opening(doc, content: TokenSpan, cue: TokenSpan):
    """The token of the one spoken to that opens ``content`` (after its cue), the object of a verb of telling
    ("she told [us]", "told [Kessel Radio's Ana Lind]"), else None."""
    s, e = content
    if cue[1] > s:
        return None
    first = next((t for t in doc[s:e] if not is_edge(t)), None)
    opening = _branch(first, cue) if first is not None else None
    if opening is None or opening.dep_ not in ADDRESSEE_DEPS or opening.head.lemma_.lower() not in TELLING_VERBS:
        return None
    return opening


def _without_interposed_addressee(doc, content: TokenSpan, cue: TokenSpan) -> TokenSpan:
    """A content after a tag set into its sentence ("The levy, she told [us], is old slang for …", "For now, she
    wrote [in a memo on Friday], the quay stays") does not open with the one spoken to or the tag's own
    circumstance: the object of the telling verb and the verb's adjuncts, closed by the tag's comma, are dropped
    and the content starts at the predicate or the clause after it."""
    s, e = content
    opening = _addressee_opening(doc, content, cue) or _adjunct_opening(doc, content, cue)
    if opening is None:
        return content
    verb = opening.head
    words = [t.i for t in verb.subtree if not is_edge(t) and t.i >= _tag_start(verb)]
    k = verb.right_edge.i if doc[verb.right_edge.i].text == "," else verb.right_edge.i + 1
    if opening.left_edge.i < s or not k < e - 1 or doc[k].text != "," or not _interposed(verb, k) \
            or doc[max(0, words[0] - 1)].text != ",":
        return content  # the tag stands between commas ("…, he told me on Friday, …")
    if not (verb.head.i < words[0] and verb.head.pos_ in NOMINALS or verb.head.i > k):
        return content  # hung on the sentence it interrupts, not an act after it ("had trouble, persuading buyers, …")
    start = _trim_start_mark(doc, k, e)
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _adjunct_opening(doc, content: TokenSpan, cue: TokenSpan):
    """The token of the cue verb's own circumstance that opens ``content`` (after its cue): a phrase of time,
    place or occasion the parse hangs on the verb ("wrote [in a memo to staff]", "said [last week]"), else None."""
    s, e = content
    if cue[1] > s:
        return None
    first = next((t for t in doc[s:e] if not is_edge(t)), None)
    opening = _branch(first, cue) if first is not None else None
    if opening is None or opening.dep_ not in CUE_ADJUNCT_DEPS or opening.head.pos_ != "VERB":
        return None
    return opening


def _interposed(verb, k: int) -> bool:
    """The parse hangs the tag headed by ``verb`` (closed by the comma at ``k``) as one set into its sentence: a
    parenthetical, relative or adverbial clause, or the complement of the verb after the tag ("The quay, she told
    us, [stays]")."""
    return verb.dep_ in INTERPOSED_DEPS or verb.dep_ == "ccomp" and verb.head.i > k


def _tag_start(verb) -> int:
    """The first token of the tag a verb of telling heads: its subject's first word, else the verb. The parser may
    hang the opening of the sentence the tag interrupts on the tag's verb ("[For now,] she told us, the quay stays",
    "[Unless the guild pays,] she told us, …"); that opening is no part of the tag."""
    subjects = [c.left_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    return min(subjects, default=verb.i)


def _without_comment_clause_addressee(doc, content: TokenSpan, cue: TokenSpan) -> TokenSpan:
    """A tag of telling opened by "as" before the sentence it reports ("As Ivo Brant told [Kessel Radio's Ana
    Lind], the mayor watches the news closely"): what was said is the main clause after the comma, not the
    one spoken to. The verb is an adverbial clause marked "as" whose head comes after it; the content opens
    with the verb's object and runs past the comma that closes it. Source: strict reads, round 16 (content
    "Kessel Radio's Ana Lind, the mayor …")."""
    e = content[1]
    opening = _addressee_opening(doc, content, cue)
    if opening is None:
        return content
    verb = opening.head
    if verb.dep_ != "advcl" or verb.head.i <= verb.i or not any(
            c.dep_ in ("mark", "prep", "advmod") and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return content
    k = max(c.right_edge.i for c in verb.children if c.dep_ in ADDRESSEE_DEPS)  # "Kessel Radio's | Ana Lind"
    k = k if doc[k].text == "," else k + 1  # (the parser may hang the comma on the one told)
    if k >= e - 1 or doc[k].text != "," or k >= verb.head.i:
        return content  # the comma closes the one told, before the main clause's verb ("as he warned [the
        # board] against strikes, …" holds what was said after the one told)
    start = _trim_start_mark(doc, k, e)
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _the_charge(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """The content of an accusation is the charge, not the accused: "accused [the board] on Friday of [lying
    about the quay]" reads "lying about the quay" (``CHARGE_PREPS``), the preposition hanging on the cue's
    verb after its object, outside quotation marks."""
    s, e = content
    if cue[1] > s:
        return content
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)
    prep = CHARGE_PREPS.get(verb.lemma_.lower()) if verb is not None else None
    if prep is None or not any(c.dep_ in ADDRESSEE_DEPS and s <= c.i < e for c in verb.children):
        return content
    mark = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep and s < c.i < e - 1
                 and not quoted[c.i]), None)
    if mark is None:
        return content
    start = mark.i + 1
    if not _has_verb(doc, start, e) and _words(doc, start, e) < MIN_CHARGE_WORDS:
        return content  # "accused him of treason": too short a charge to stand as a statement
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _without_framed_object(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content after its cue that opens with the cue verb's object, unquoted, and goes on after "as" with a
    quotation to its end ("dismissed [Sarn as] “a peddler of promises”") starts at the quotation: the
    object and "as" are the writer's frame, the quoted words what was said (strict reads, round 15). An unquoted
    predicate ("described Sarn as a peddler") stays whole, and so does "called the levy “a tax …”", whose object
    is part of the claim."""
    s, e = content
    if cue[1] > s:
        return content
    first = next((t for t in doc[s:e] if not is_edge(t)), None)
    opening = _branch(first, cue) if first is not None else None
    if opening is None or opening.dep_ not in ("dobj", "obj") or opening.left_edge.i < s or quoted[first.i] \
            or not cue[0] <= opening.head.i < cue[1]:
        return content
    k = opening.right_edge.i + 1
    if k >= e or doc[k].lower_ != "as" or quoted[k] or doc[k].head.i not in (opening.i, opening.head.i):
        return content
    k += 1
    if k >= e or doc[k].text not in OPEN_MARKS or any(quoted[s:k]) \
            or not all(quoted[t.i] or is_edge(t) for t in doc[k:e]):
        return content
    return (k, e) if _words(doc, k, e) >= MIN_WORDS else content


def _of_the_source(verb, cue_verb) -> bool:
    """``verb``'s subject is the source again: a personal pronoun, or the cue's own subject word ("Kell said [he]
    would …"); not another ("said that [Trump] supported the war and has shifted since": what she said of him)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    said_by = {c.lower_ for c in cue_verb.children if c.dep_ in SUBJECT_DEPS}
    return bool(subjects) and all(c.lower_ in SOURCE_PRONOUNS or c.lower_ in said_by for c in subjects)


def predicate_of_the_accused(first) -> bool:
    """``first`` opens a gerund charge by an auxiliary or copula of its own ("being swayed by …", "being corrupt",
    "having lied to voters"): a passive, a state or a perfect that says something only of the one it is
    predicated of, and cannot stand without them, unlike an act ("lying about the quay"). Strict reads, round 15."""
    head = first.head if first.dep_ in ("aux", "auxpass") else first
    return (first.tag_ == "VBG" and first.lower_ in ("being", "having")
            and (first.dep_ in ("aux", "auxpass") or first.lower_ == "being")
            and head.dep_ not in ("csubj", "csubjpass", "nsubj", "nsubjpass")  # "[Being mayor] is hard"
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("poss", "csubj") for c in head.children))


def _without_background_clause(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A reported content after its cue ends before a non-restrictive relative clause that closes it outside
    quotation marks: ", which …" / ", who …" on a noun of the content ("said the shelling hit the camp[, which
    houses 600 families]", "denied any part in the poisoning of the pilots[, who remain in hospital]") is the
    reporter's background on the thing named; so after a quotation whose comma sits inside its closing mark
    ("had been a “success,”[ which is hard to square with …]", round 15). Inside quotation marks it is the source's; without the comma
    (restrictive: "the ferry that the town had bought") it is part of what was said; a clause holding a report
    of its own ("…, which he said was …") is left. A ", where …" clause is the reporter's so only in the present
    tense on a proper name after a past cue ("said the team would fly into Dunmore[, where the college has its
    airfield]"): the writer's present gloss on a place, not the source's backshifted words (strict reads, round 14);
    not when the source's words are themselves in the present ("said he sees no threat to Dunmore, where …")."""
    s, e = content
    if cue[1] > s:
        return content
    cue_verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), None)
    root = doc[s:e].root
    for rel in doc[s + 1:e]:
        clause = rel.head
        # the comma before it, or one inside the closing mark before it ("a “success,” which …")
        comma = doc[rel.i - 1].text == "," and not quoted[rel.i - 1] or (
            rel.i - 2 >= s and doc[rel.i - 1].text in CLOSE_MARKS and doc[rel.i - 2].text == ",")
        if not (rel.lower_ in BACKGROUND_RELATIVES or _present_place_gloss(rel, clause, cue_verb, root)) \
                or not comma or clause.dep_ != "relcl" \
                or clause.left_edge.i != rel.i or not s <= clause.head.i < rel.i or clause.head.pos_ not in NOMINALS:
            continue
        if any(quoted[t.i] for t in doc[rel.i:e]) or not _runs_to(doc, clause, e):
            continue
        if any(t.i != clause.i and _reports(t) and _by_a_pronoun(t) for t in clause.subtree) or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            continue  # "…, which he said was …"; "a collapse, which could send millions fleeing": a reason
        # ("…, which the agency says is …", "…, which is what Vell said": another's claim, the reporter's aside)
        cut = _trim_end(doc, s, rel.i if doc[rel.i - 1].text in CLOSE_MARKS else rel.i - 1)
        return (s, cut) if _words(doc, s, cut) >= MIN_WORDS else content
    return content


def _present_place_gloss(rel, clause, cue_verb, root) -> bool:
    """``rel`` is "where" opening a present-tense clause on a proper name, reported by a past cue in a content
    headed by ``root`` that is backshifted."""
    return (rel.lower_ in PLACE_RELATIVES and cue_verb is not None and cue_verb.tag_ == "VBD"
            and seconds.finite_form(clause) in glosses.PRESENT_TAGS and clause.head.pos_ == "PROPN"
            and glosses.backshifted(root))


def _within_subordinate_report(doc, content: TokenSpan, cue: TokenSpan) -> TokenSpan:
    """A report in a subordinate clause ("While the report found that 20 aldermen back the levy, [there is still
    a faction …]") has its complement as content: it ends with the cue's clause, before the main clause the
    reporter goes on with. A clause after its main one ends so only before another sentence ("…, though he added
    he has not decided yet. [“We are …”]")."""
    s, e = content
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)
    if cue[1] > s or verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
        return content
    end = verb.right_edge.i + 1
    if not s < end < e or not any(t.is_alpha for t in doc[end:e]):
        return content
    if verb.head.i > verb.i and doc[end].text != "," and doc[end].text not in DASHES:
        return content  # the parse closes the clause inside a phrase ("after he admitted under [X's grilling] he …")
    if verb.head.i < verb.i and not any(t.is_sent_start for t in doc[end:e]):
        return content  # "…, while Democrats worried about profiling, [concerned that …]": the same report
    cut = _trim_end(doc, s, end)
    return (s, cut) if _words(doc, s, cut) >= MIN_WORDS else content


def _without_lead_in(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content before its cue that holds a sentence of the reporter's, then a dash or colon, then the
    quotation the cue reports ("Brant prides himself on his patience — “I never rush a vote,” he boasted"):
    the content is the quotation. The lead-in is a clause of its own (a verb with a subject) wholly outside
    quotation marks."""
    s, e = content
    if cue[0] < e or quoted[s]:
        return content
    mark = next((t for t in doc[s + 1:e - 1] if t.text in LEAD_IN_MARKS and not quoted[t.i]), None)
    if mark is None:
        return content
    start = mark.i + 1
    while start < e and doc[start].is_space:
        start += 1
    if start >= e or not quoted[start] or doc[start].text not in OPEN_MARKS:
        return content
    if not all(quoted[t.i] or is_edge(t) for t in doc[start:e]):
        return content  # the quotation does not run to the cue
    lead = doc[s:mark.i]
    if any(quoted[t.i] for t in lead) or not any(
            t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in lead):
        return content
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _without_report_before_dash(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """A content before its cue does not run back over a dash into another report: "Brant said the harbour had
    lost its way — [if the town can see a man like Vell as normal, God help us], said Edda Rask" starts after
    the dash when the words before it hold a verb of speech with its own subject, outside quotation marks."""
    s, e = content
    if cue[0] < e:
        return content
    dash = max((t.i for t in doc[s + 1:e - 1] if t.text in DASHES and not quoted[t.i]), default=None)
    if dash is None or not any(not quoted[t.i] and _reports(t) and t.right_edge.i <= dash and t.dep_ != "advcl"
                               and not any(c.dep_ == "mark" for c in t.children) for t in doc[s:dash]):
        return content  # not "even as Obama argues that …, [the leader] will try …" nor "believes that … — and …"
    start = _trim_start_mark(doc, dash + 1, e)
    if not (doc[start].text in OPEN_MARKS or _own_clause(_tops(doc, start, e), start, e)):
        return content  # "… — and sticking to it — [will count]": the sentence goes on
    return (start, e) if _words(doc, start, e) >= MIN_WORDS else content


def _whole_clause(doc, content: TokenSpan, cue: TokenSpan, source, quoted, others) -> TokenSpan:
    """A content that is only the subject of a verb after it ("[His pilots] cleared a channel through the
    ice, Brant said") widens to that verb's clause, when the clause holds neither the cue, nor the source,
    nor another content (``others``); not a quotation, nor the subject of a tag ("“A small group …,” Brant
    said in a speech")."""
    s, e = content
    if s >= e:
        return content
    root = doc[s:e].root
    verb = root.head
    if quoted[s] or verb.lemma_.lower() in SPEECH_VERBS:
        return content  # a quotation, or the subject of a speech tag ("“…,” Brant said in a speech")
    if root.dep_ not in SUBJECT_DEPS or verb.i < e or verb.pos_ not in ("VERB", "AUX") or verb.sent != root.sent:
        return content
    lo, hi = min(s, verb.left_edge.i), verb.right_edge.i + 1
    for other in (cue, source, *others):
        if other is not None and lo < other[1] and other[0] < hi:
            return content
    return (lo, _trim_end(doc, lo, hi))


def _across_dashed_aside(doc, content: TokenSpan, cue: TokenSpan, source, others) -> TokenSpan:
    """A content after its cue that ends at a dash while a subject in it has its verb after the closing dash
    of the same sentence ("finds [that most voters believe the port] — a town of … — needs a new pier") runs
    on to the end of that verb's phrase: the aside is the reporter's, the statement is not whole without its
    verb. The verb must continue the content's own clause (its head is in the content or is the cue's verb,
    not a clause of the reporter's further on), and the widened span may hold no source nor other content."""
    s, e = content
    if cue[1] > s or e >= len(doc) or doc[e].text not in DASHES:
        return content
    for tok, verb in verbs_after(doc, content, cue, e, SUBJECT_DEPS | {"csubj"}):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(t.text in DASHES for t in doc[e + 1:verb.i]):
            continue  # no closing dash: the words after the first one are the reporter's own
        hi = _trim_end(doc, s, min(verb.right_edge.i + 1, verb.sent.end))
        if any(o is not None and e < o[1] and o[0] < hi for o in (source, *others)):
            return content
        return (s, hi)
    return content


def _with_shared_subject_predicate(doc, content: TokenSpan, cue: TokenSpan, source, others, quoted) -> TokenSpan:
    """A content after its cue that stops before a second predicate of its own subject, joined by "but"/"yet" with
    no comma and no subject of its own, runs on to that predicate's end ("who said [he trusts the pilots] but
    doubts some of their claims"): its form is the content verb's, not the past cue's (whether the parse hangs it on
    the content's verb or on the cue), so it is more of what was said, not the source's next act (strict reads,
    round 19: the other side of a view cut off). Not a verb of saying (``seconds`` makes that a report of its
    own), nor into a quotation, another content or the source."""
    s, e = content
    if cue[1] > s or e >= len(doc) or doc[e].lower_ not in ("but", "yet") or doc[e].pos_ != "CCONJ" or quoted[e]:
        return content
    cue_verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)
    conj = next((t for t in doc[e + 1:min(e + 4, len(doc))] if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")), None)
    if cue_verb is None or conj is None or conj.sent != doc[s].sent or not (
            s <= conj.head.i < e or conj.head.i == cue_verb.i):
        return content
    head = conj.head if s <= conj.head.i < e else doc[s:e].root  # the parse may hang it on the cue instead
    form = seconds.finite_form(conj)
    if (form is None or form != seconds.finite_form(head) or form == seconds.finite_form(cue_verb)
            or conj.lemma_.lower() in seconds.SAYING_VERBS
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in conj.children)):
        return content
    hi = _trim_end(doc, s, min(conj.right_edge.i + 1, conj.sent.end))
    if any(quoted[e:hi]) or any(o is not None and e < o[1] and o[0] < hi for o in (source, *others)):
        return content
    return (s, hi)


def _with_main_clause(doc, content: TokenSpan, cue: TokenSpan, source, others) -> TokenSpan:
    """A content after its cue that holds only the subordinate clause a reported clause opens with ("said [that
    while Brant] is convinced …, the council does not agree") runs on to the end of that main clause: the verb
    its "that" (or its "while", "although" …) hangs on is the cue's complement and comes after the content, so
    the content as tagged says nothing of what was said, only the setting of it (strict reads, round 31: the
    second half of the contrast dropped). The widened span stops at a colon, semicolon or opening quotation
    after the main verb, and the main clause may hold no source nor another content (a report nested in the
    subordinate clause, "Brant is convinced [that …]", stays its own)."""
    s, e = content
    if cue[1] > s or e >= len(doc):
        return content
    first = next((t for t in doc[s:e] if not is_edge(t)), None)
    if first is None or first.dep_ != "mark":
        return content
    main = _main_verb(first)
    if main is None or main.i < e or main.dep_ != "ccomp" or not cue[0] <= main.head.i < cue[1] \
            or main.pos_ not in ("VERB", "AUX") or main.sent != first.sent:
        return content
    sub = next((c for c in main.children
                if c.dep_ == "advcl" and c.i < main.i and s <= c.left_edge.i < e), None)
    if sub is None or any(t.i >= main.i for t in doc[s:e]):
        return content  # only a subordinate clause before its main verb, cut inside it
    hi = min(main.right_edge.i + 1, main.sent.end)
    stop = next((t.i for t in doc[main.i + 1:hi] if t.text in (":", ";") or t.text in OPEN_QUOTES
                 or t.text == STRAIGHT_QUOTE), hi)
    hi = _trim_end(doc, s, stop)
    inside = sub.right_edge.i + 1  # a report nested in the subordinate clause, tagged on past it, stays its own
    if any(o is not None and o[0] < hi and o[1] > inside and not (o is not source and s <= o[0] < inside)
           for o in (source, *others)):
        return content
    return (s, hi)


def _main_verb(mark):
    """The verb of the main clause a content's opening ``mark`` belongs to: the head of "that"; the head of the
    clause "while" opens. A "that" the parser hung on the subordinate clause's verb ("that while Holm is
    [convinced] the deal is …, Lusk does not [agree]") climbs through that clause (and an auxiliary the parser
    made its head) to the verb it hangs on."""
    node = mark.head
    if mark.lower_ != "that":
        node = node.head if node.dep_ == "advcl" else None
    while node is not None and node.dep_ in ("advcl", "aux", "auxpass") and node.head.i != node.i:
        node = node.head
    return node


def verbs_after(doc, content: TokenSpan, cue: TokenSpan, after: int, deps):
    """(subject, verb) for each subject in the content (dependency in ``deps``) whose verb comes after token
    ``after`` in the same sentence and continues the content's own clause: the verb hangs on a word of the
    content or of the cue, not on a clause of the reporter's further on. The verb of a subject the span
    cut off from it ("[the port] — a town of … — needs a new pier")."""
    s, e = content
    for tok in doc[s:e]:
        verb = tok.head
        if tok.dep_ in deps and verb.i > after and verb.sent == tok.sent and (
                s <= verb.head.i < e or cue[0] <= verb.head.i < cue[1]):
            yield tok, verb


def _runs_to(doc, tok, e: int, dated: bool = False) -> bool:
    """The phrase ``tok`` opens ends the content (a trailing circumstance, not an aside the content goes
    on after: "cited a poll, after the rulings on …, that suggested …"); with ``dated``, but for a date or time
    the parse hangs elsewhere ("in a conversation on Kessel television [earlier this week]"), the time of it
    (only after a message sent: "at a rally in Kessel [this decade]" may be what was said)."""
    return not any((t.is_alpha or t.like_num) and not (dated and t.ent_type_ in TIME_ENTITIES)
                   for t in doc[tok.right_edge.i + 1:e])


def _holds_a_claim(tok) -> bool:
    """The concessive's phrase holds a verb of speech with a subject of its own ("despite [what the agency
    says] is …"): another source's claim the reporter sets against the content."""
    phrase = list(tok.head.subtree if tok.dep_ == "mark" else tok.subtree)  # "despite" may mark its clause
    if any(t.i > tok.i and t.pos_ == "NOUN" and t.lemma_.lower() in FINDING_NOUNS and _by_another(t) for t in phrase):
        return True  # "despite [a finding by the inspectors that …]": another body's finding, named
    return any(t.i > tok.i and t.pos_ == "VERB" and (t.lemma_.lower() in SPEECH_VERBS or t.lemma_.lower() in FINDING_VERBS)
               and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in phrase)


def _points_elsewhere(doc, mark, content: TokenSpan, cue: TokenSpan) -> bool:
    """``mark`` is ", as" opening a clause that ends the content and holds a verb of speech, finding or passing
    words on whose subject is not a pronoun (", as her lawyers argued in court", ", as his lawyers communicated
    was possible"; not ", as he expects …", the source's own reason), in a content reported after its cue, not
    set after a colon ("added: People do not …, as the board claims: …" is the source's own sentence). The parse
    may close the clause early ("as his lawyers communicated | was possible"): then no comma, colon or dash may
    follow the mark."""
    s, e = content
    if mark.lower_ not in POINTING_MARKS or mark.dep_ != "mark" or doc[mark.i - 1].text != "," \
            or any(t.text == ":" for t in doc[cue[1]:s]):
        return False
    verbs = [t for t in mark.head.subtree if t.i > mark.i and t.pos_ == "VERB"
             and t.lemma_.lower() in SPEECH_VERBS | FINDING_VERBS | RELAYING_VERBS]
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.tag_ == "PRP" for c in subjects):
        return False
    return _runs_to(doc, mark.head, e) or not any(t.is_punct and t.text not in CLOSE_MARKS for t in doc[mark.i + 1:e])


def _after_comma(doc, tok) -> bool:
    """``tok`` follows a comma, directly or after "even" ("…, even though …")."""
    k = tok.i - 1
    if k > 0 and doc[k].lower_ == "even":
        k -= 1
    return k >= 0 and doc[k].text == ","


def _by_another(noun) -> bool:
    """``noun`` names whose it is: "a ruling [by the court]", "[the agency's] finding"."""
    return any(c.dep_ == "poss" or c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in noun.children)


def _misattached_act(tok, cue_verb) -> bool:
    """A verb the parser coordinated inside the complement that can only go with the cue: told in the
    cue's form, not its own head's, with no subject ("warned that the dam would flood the valley and
    asked for a month": "asked" is not what the dam would do)."""
    return (tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.tag_ == cue_verb.tag_
            and tok.tag_ in FINITE_TAGS and tok.head.tag_ == "VB"  # a finite verb never joins "would flood"
            and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "cc"
            and tok.lemma_.lower() not in STATE_VERBS
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in tok.children))


def _act_after_state(tok, cue_verb) -> bool:
    """A verb of intent the parser coordinated with a past state of a thing inside the complement, told in the
    cue's past, with no subject of its own ("said the pact was a mistake and [sought] to draw attention to …":
    a pact seeks nothing, the source does; strict reads, round 15). Only when the state's subject is a common
    noun for no one (not a person, a body or a name) and the verb needs someone who means it."""
    head = tok.head
    if not (tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.tag_ == "VBD" == cue_verb.tag_
            and tok.lemma_.lower() in INTENT_VERBS and head.lemma_.lower() == "be" and head.tag_ == "VBD"
            and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "cc"
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in tok.children)):
        return False
    return _of_things(head, pronouns=False)


def _of_things(verb, pronouns: bool = True) -> bool:
    """``verb`` has a subject and each of its subjects is a common noun for no one (not a person, a body or a
    name: "[the levy] would hurt farms"), or, with ``pronouns``, an impersonal pronoun ("[it] was dead"): a thing
    that is not asked, does not speak and means nothing."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(
        c.pos_ == "NOUN" and not c.ent_type_ and not _a_body(c) or pronouns and c.lower_ in THING_PRONOUNS
        for c in subjects)


def _perfect_act_after_passive(tok, cue_verb) -> bool:
    """An active participle with an object of its own that the parser coordinated with a passive participle
    inside the complement, after a cue in the perfect ("has suggested the port should be sold and [abandoned]
    decades of policy"): the passive's auxiliary cannot carry a verb with an object, the cue's "has" does; the
    source's act, told by the writer, not what was said. Only with no subject or opener of its own; a second
    passive ("should be sold and the money returned") stays."""
    head = tok.head
    return (tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and cue_verb.tag_ == "VBN" == head.tag_
            and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue_verb.children)
            and any(c.dep_ == "auxpass" for c in head.children)
            and any(c.dep_ == "dobj" for c in tok.children)
            and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "cc"
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "auxpass", "aux") for c in tok.children))


def _later_act(tok, cue_verb) -> bool:
    """A verb coordinated after a backshifted reported clause under a past cue, told in the writer's present
    perfect or dated "since" it, with no subject of its own, when the reported clause is about the source ("said
    she would stand again [and has since been visiting ferry owners …]"): what the source went on to do, in the
    writer's now, not what was said (strict reads, round 15; "said the port was shut and would stay shut" keeps
    its modal, a second thing said; "said that Vell backed the levy and has since changed his mind" may be hers)."""
    head = tok.head
    if not (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and cue_verb.tag_ == "VBD"
            and tok.left_edge.i > head.i and tok.doc[tok.left_edge.i - 1].dep_ == "cc"
            and glosses.backshifted(head) and _of_the_source(head, cue_verb)
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in tok.children)):
        return False
    since = any(c.dep_ in ("advmod", "prep") and c.lower_ == "since" for c in tok.children)
    return present_perfect(tok) or since and tok.tag_ in ("VBZ", "VBP")


def _a_body(noun) -> bool:
    """A noun for people or a body that may act ("the council", "the rebels")."""
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in BODY_NOUNS or lemma in ORG_NOUNS


def _reporters_own(branch, opening, cue_verb, quoted) -> bool:
    """``branch`` (a dependent of the cue after its complement ``opening``) is the reporter's narration:
    an act of the source's told alongside the report ("sees growth slowing, but it has refused to cut
    taxes", "warned of delays and asked for a month"), or a dated act the parse hangs on the cue (a past clause
    with a named subject, "…, and Dorn resigned two days later"),
    not more of what was said or believed ("…, but he doesn't want to run", "…, but is a man he admires", "…
    and Dorn would not return on Monday")."""
    children = list(branch.children)
    if any(c.dep_ == "mark" for c in children):
        return False  # "…, but that her plan failed": a second reported clause
    if branch.dep_ == "conj" and branch.pos_ in ("VERB", "AUX"):
        if branch.lemma_.lower() in SPEECH_VERBS or branch.lemma_.lower() in STATE_VERBS:
            return False
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
        if subjects and _hedge(branch) and not _not_said(cue_verb):
            return False  # "…, but it might reopen for the festival": the source's hedge, still what was said
        if subjects:
            return all(c.lower_ in SOURCE_PRONOUNS for c in subjects) or (
                all(c.pos_ == "PROPN" for c in subjects) and _dated_act(branch, cue_verb))
        return branch.tag_ == cue_verb.tag_  # "warned … and asked …": the source's next act, told alike
    if branch.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        words = [t for t in opening.subtree if t.is_alpha]
        return bool(words) and all(quoted[t.i] for t in words)  # "used the words “X” to describe …"
    return False


def _hedge(verb) -> bool:
    """``verb`` (a clause with a subject, coordinated after the complement by "but"/"yet") tells what may, must or
    will be, by a modal that is not negated ("said the pier would stay shut, but it might reopen for the
    festival", "…, but he will respect the verdict", "…, but it must be done carefully"): the other side of what
    was said, which the content does not end before (strict reads, round 19: a condition or hedge cut off
    changes the meaning). Not the reporter's note of what the source would not do ("…, but she would not
    commit", a negated modal), nor the writer's later narration ("…, but he would later retract it")."""
    children = list(verb.children)
    doc, k = verb.doc, verb.left_edge.i - 1  # the parse hangs "but" on the verb or on the head it joins
    while k > 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or doc[k].pos_ != "CCONJ" or doc[k].lower_ not in ("but", "yet"):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    negated = any(c.dep_ == "neg" for c in children)
    later = any(c.dep_ == "advmod" and c.lower_ in HEDGE_NARRATION for c in children)
    return modal and not negated and not later


def _not_said(cue_verb) -> bool:
    """The cue tells what the source could not or would not say ("were [unable] to confirm …", "did not confirm
    …", "declined to confirm …"): what follows its complement is the writer's, not the source's hedge."""
    head = cue_verb.head
    return any(c.dep_ == "neg" for c in cue_verb.children) or cue_verb.dep_ == "xcomp" and (
        head.lemma_.lower() in NOT_SAYING_HEADS | REFUSAL_VERBS or any(c.dep_ == "neg" for c in head.children))


def _dated_act(verb, cue_verb) -> bool:
    """``verb`` (hung on the cue, after its complement) narrates a dated act: it is past like a past cue, with no
    modal, and a phrase of its own names a day or time ("…, and Dorn resigned [two days later]"). What the parse
    hangs on the cue and the reporter dates is the reporter's account of what happened, not more of what was said
    (strict reads, round 14)."""
    if cue_verb.tag_ != "VBD" or verb.tag_ != "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return False
    return any(c.dep_ in TIME_DEPS and any(t.ent_type_ in TIME_ENTITIES for t in c.subtree) for c in verb.children)


def _with_governor(doc, content: TokenSpan, cue, source, quoted) -> TokenSpan:
    """A content whose head hangs on words just before it (not its cue, not its source, same sentence)
    starts where the clause holding those words starts."""
    s, e = content
    if s >= e or quoted[s] or doc[s].text in OPEN_MARKS or doc[s].lower_ in CLAUSE_OPENERS:
        return content  # a quotation, or a clause that opens itself ("that …", "whether …")
    span = doc[s:e]
    root = span.root
    sent = doc[s].sent
    lo = sent.start
    for other in (cue, source):
        if other is not None and other[1] <= s:
            lo = max(lo, other[1])
    if cue is not None and cue[0] < s < cue[1]:
        return content
    if not _cut_from_its_clause(root):
        return content
    top, node = None, root
    while node.head.i != node.i and lo <= node.head.i < s:
        node = node.head
        top = node
    if top is None or CHARGE_PREPS.get(top.head.lemma_.lower()) == top.lower_ and cue is not None \
            and cue[0] <= top.head.i < cue[1]:
        return content  # "accused the board [of] [lying]": the charge without its preposition
    start = max(lo, top.left_edge.i)
    if cue is not None and start <= cue[0] < s or source is not None and start <= source[0] < s:
        return content
    if any(quoted[start:s]) or any("\n" in t.text for t in doc[start:s] if t.is_space):
        return content
    while start < s and (is_edge(doc[start]) or doc[start].pos_ in LEADING_DROPS):
        start += 1
    return (start, e) if start < s else content


def _without_reporters_link(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """An unquoted content that opens its sentence, tagged after it, without the word by which the reporter
    links the sentence to the one before: "[But] in the event of …, officials warned", "[Meanwhile,] a
    marine was killed …, according to the agency". A conjunction goes; an adverb goes when a comma follows
    it ("Still, …"; not "still in place")."""
    s, e = content
    if e - s <= MIN_WORDS or quoted[s] or cue[0] < e or not doc[s].is_sent_start:
        return content
    start = s
    if doc[s].pos_ in LEADING_DROPS:
        start = s + 1
    elif doc[s].lower_ in LINKING_ADVERBS and doc[s + 1].text == ",":
        start = s + 2
    while start < e and is_edge(doc[start]):
        start += 1
    return (start, e) if start > s and e - start >= MIN_WORDS else content


def _entity_at(doc, start: int):
    """The named entity that begins at token ``start`` (its first token's IOB tag is "B"), as a Span: read off
    the tokens, not ``Doc.ents``, which builds every entity's Span on each access."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _without_time_of_the_cue(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """An unquoted content right after its cue starts after the words that tell when the cue was said: an adverb
    of ``CUE_ADVERBS`` ("Pence said [earlier], the talks …", "officials said [later] was not planned"), or a
    phrase of date or time the parse hangs on the cue's verb, or on the verb of the clause whose subject follows
    it ("said [last month] he wanted …"; not "said [last month] was the worst"); and after a phrase set off by a
    comma before its "that" ("said Wednesday, [after an inquiry,] that …"). Strict reads, round 16: a content
    opening with "earlier" reads as part of what was said."""
    s, e = content
    if not cue[1] <= s < e or quoted[s] or any(not (t.is_space or t.text == ",") for t in doc[cue[1]:s]):
        return content
    first, start = doc[s], s
    if first.lower_ in CUE_ADVERBS and first.pos_ == "ADV" and first.dep_ not in ("amod", "nummod") and (
            first.whitespace_ or doc[s + 1].text == ","):  # (not "[too]-eagerly")
        start = s + 1
    else:
        ent = _entity_at(doc, s) if doc[s].ent_iob_ == "B" and doc[s].ent_type_ in TIME_ENTITIES else None
        if ent is not None and ent.end < e and ent.root.dep_ in TIME_DEPS:
            head, after = ent.root.head, doc[ent.end]
            if cue[0] <= head.i < cue[1] or after.dep_ in SUBJECT_DEPS and after.head.i == head.i:
                start = ent.end  # (the parser may hang it on the next verb: "said [last month] he wanted …")
    while start < e and (doc[start].is_space or doc[start].text == ","):
        start += 1
    if start < e and doc[start].pos_ == "ADP":
        comma = next((t.i for t in doc[start:e] if t.text == "," or quoted[t.i]), None)
        if comma is not None and comma + 1 < e and doc[comma].text == "," and doc[comma + 1].lower_ == "that" \
                and doc[comma + 1].dep_ in ("mark", "det") and doc[start].right_edge.i == comma - 1:
            start = comma + 1  # "said Wednesday, [after an inquiry,] that …": the occasion, then what was said
            # (the parser may read "that" as a determiner: "[after an inquiry,] that evidence suggests …")
        elif start > s and doc[start].head.i < start:
            return content  # "said [later in the hearing]": all of it tells the time
    if start == s:
        return content
    return (start, e) if _words(doc, start, e) >= MIN_WORDS and _has_verb(doc, start, e) else content


def _cut_from_its_clause(root) -> bool:
    """The content's head depends on a word that is not a verb ("a show of [support]": a preposition, a
    noun), or it is a participle without a subject of its own ("…, [contributing] 40 percent"). A clause
    hanging on another verb ("Holm said last week [that …]") is a clause of its own."""
    if any(c.dep_ == "mark" for c in root.children):
        return False  # "…, he said, because …": a clause that opens itself
    if root.head.pos_ in ("ADP", "NOUN", "PROPN", "ADJ"):
        return True
    return (root.tag_ in ("VBG", "VBN") and root.dep_ in ("advcl", "acl", "xcomp", "conj")
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in root.children))


def _named_term(doc, content: TokenSpan) -> TokenSpan:
    """"what he called “X”": the content is X, the term the speaker used."""
    s, e = content
    first = next((t for t in doc[s:e] if not is_edge(t)), None)
    if first is None or first.lower_ != "what":
        return content
    verb = next((t for t in doc[first.i + 1:min(e, first.i + 6)]
                 if t.pos_ == "VERB" and t.lemma_.lower() in CHARACTERISING_VERBS), None)
    if verb is None:
        return content
    start = verb.i + 1
    while start < e and doc[start].is_space:
        start += 1
    if start < e and doc[start].lower_ == "as":
        start += 1
    return (start, e) if _words(doc, start, e) >= 1 else content


def _trim_end(doc, s: int, e: int) -> int:
    """End of [s, e) without edge punctuation and a dangling conjunction; a closing mark stays."""
    while e > s and ((is_edge(doc[e - 1]) and doc[e - 1].text not in CLOSE_MARKS) or doc[e - 1].pos_ == "CCONJ"):
        e -= 1
    return e
