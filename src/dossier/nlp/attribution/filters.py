"""What is not an attribution, though the tagger or the rules read one: a record needs a source that
names someone, a cue of speech or belief that is not negated, and content that says something.

- a noun of wanting taken for a cue ("could not hold back his urge [to claim the rescue …]", "felt an impulse to
  declare …"): the writer tells a wish; and a predicate of "being" / "having" without the one it is said of
  ("accused the board of [being swayed by …]"), which cannot stand alone (strict reads, round 15);
- actions that are not speech or belief ("praised", "voted for", "named", "backed", "resulted from"),
  and a verb outside the speech lexicon whose indirect content is no clause ("defended the programs");
- a cue without content ("did not respond to a request for comment", "requested anonymity",
  "declined to comment");
- negated cues ("did not say whether", "never mentioned"), passive cues without an agent ("is
  considered", "was asked": the subject is not the one who speaks);
- page furniture read as content ("Story highlights", newsletter notices);
- reported speech whose cue is an act ("Kessel hit a target", "the emails have become", "attacked"): an
  indirect content needs a verb of speech or belief (``cues.SPEECH_VERBS``), a document's "found" /
  "showed" with a clause, or a verb that PolNeAR uses as a cue at least ``MIN_CUE_WEIGHT`` of the time
  (the tagger's lexicon, learned on PolNeAR train);
- an intention or an effort told with an infinitive ("seek [to vindicate the mayor]", "aims to", "hopes to",
  "is trying to", "plans to"): a goal, not a statement ("hopes [that the quay reopens]" stays, a belief);
- a noun phrase under a verb of speech, when only an infinitive inside it looked like a request's
  ("declared [the drafting of a plan to rebuild the quay]": an act named; "asked [the state to help]" stays);
- a refusal to speak ("declined to say [how much …]", "refused to conclude [a deal on …]"), unless what
  follows is a quotation the source did say;
- the reporter explaining what someone meant ("X was referring to …");
- the reporter's inference: "it" / "this" / "that" with "mean", "show", "suggest", "indicate" ("[It] means
  that the town voted against …", "This suggests the mayor will lose"), unless "it" stands for a document
  or a study ("The report shows …" and "it shows" after it stay; an "it" that "suggests" may be a body's);
- the focus of a cleft sentence with a verb that is not one of speech ("it is only Ostria and Veldan [that have
  considered] military action"): the reporter sets one actor against others; "It was Rask who said …" stays;
- a call that is a telephone call or a visit ("her staff have been calling [senior members of the council to go
  over the plan]", "called [three members] on Tuesday"), or that convenes ("called [an emergency cabinet
  meeting]", "called [a snap election]"): only "called for / on / out", "called X a Y",
  "called it reckless" or a quotation in what follows are speech;
- a belief under "if", "unless" or "whether" ("if they really believed …");
- a question put to the source ("Asked if the mayor had a reaction, Vell said …", "a reporter asked Vell
  whether …"): the one asked has said nothing yet, his answer is the statement;
- a topic without content ("was tweeting about the minister", "spoke about the ferries"): "about X" says
  what was talked of, not what was said;
- a content that quotes someone after a cue that is an act ("refusing [to waive fees for “the poorest”]",
  "sought [a patrol to “remain in place”]"): unquoted words the cue governs are held to the rules of an
  indirect content;
- a statement an outlet only relays ("[Ostria warned that …], according to the Courier"; ``relays``);
- a fragment of a statement: a subordinate clause whose main clause lies outside the content ("[If you take
  the mayor at his word,]" "Rask said, “the quay …”"; "[while the pilots feel …]");
- a source that is a law's, treaty's or agreement's name ("the Harbour Accord says …"; ``instruments``);
- the title of the programme the source spoke on ("…,” Brant told NBC’s [“Meet the Press.”]"; ``programmes``);
- one half of a quotation whose tag splits a clause: before its complement, between subject and predicate, or
  before a second half that is no clause of its own (``halves``);
- a content that cannot be read alone: the charge of "accused [X] of …" with X outside it, and "it" / "them" with
  the name a verb of naming gives it ("called [it “very reckless”]"); PolNeAR's span, kept unreported (analyst's
  read of 2026-12-06);
- the writer's inference set after a comma ("…, suggesting that …") and an act named by a noun phrase
  ("proposed [a dredging fund]"; ``narration``);
- the writer's narration next to a tag: a relative clause on the cue's noun ("calls for [which have grown …]"),
  the scene of the saying ("said [as she sat …]"), a clause joined to the tag's by "and", a clause between a
  content and its source, a content running out of its cue's relative clause, a quotation another verb of
  saying introduces ("another way of saying, “…”"; ``asides``); a formal request ("asked [Congress to
  authorize …]"; ``acts``); a quotation with no tag after a link card ("… Read more"), and a linked
  headline ("( Also on COURIER: Varga says … )"; ``ingest.patterns``), a headline in title case, a "Story
  highlights" line, a related story's "Topic: headline" line and a pull quote (``ingest.patterns``); a
  picture put online ("tweeted [a photo of …]"; ``acts``); a hint or a signal the writer reads
  (``narration``); a content up to the "as" of the tag's aside (``asides``); the lines of a satirical piece the
  writer quotes ("This satirical piece cuts deep:" and the spoof's quotations; ``satire``).
Word lists are general English, kept as data.
"""
from __future__ import annotations

import functools
import json
import re

from ..doctext import doc_text
from ...ingest.patterns import (after_link_card, in_caption_line, in_headline_or_caption, in_highlights,
                                in_title_case_line, pull_quote, topic_link_line)
from ...model import Attribution
from .satire import in_quoted_satire
from .surveys import survey_finding
from .acts import formal_request, gathering_source, media_posted, writes_a_document
from .asides import (clause_before_source, conjunct_before_tag, out_of_relative, quote_of_another_verb,
                     relative_on_cue, scene_of_saying, up_to_as)
from .programmes import names_a_programme
from .instruments import names_an_instrument
from .halves import RELATIVE_TAGS, after_condition, cut_clause, subject_cut_by_tag
from .narration import (INFERRING_VERBS, act_named, attributive_cue, feeling_narrated, hinted, inferred,
                        name_given, supposed_of, writers_question)
from .circumstances import frame_of_saying
from .fragments import gapped_relative
from .unsaid import (contradicted, denied, feeling_about, habitual, likened, names_its_speaker, others_claim,
                     question_asked, question_put, relative_clause_before_cue, topic_only, wh_topic)
from .bounds import CHARGE_PREPS, predicate_of_the_accused, verbs_after
from ..forms import word_forms
from .cues import ACCORDING_TO, BELIEF_VERBS, FINITE_OR_MODAL, FINITE_TAGS, QUOTE_VERBS, REFUSAL_VERBS, SPEECH_VERBS
from .documents import OWNER_TYPES as PARTY_TYPES  # a named person, body, state or people
from .groups import names_someone
from .relays import quoted_copy, relays_speech
from .roles import PERSON_NOUNS
from .rules import CONTENT_DEPS, cue_and_content, is_edge
from .tagger import LEXICON_FILE

NOT_SPEECH = frozenset("""
praise back support endorse name nominate appoint elect vote identify result stem list discuss decide
appear seem look rule sign approve pass hire fire order attend visit meet join leave cast refer
want
""".split())  # "wants lawmakers to act": a wish (a stance), not a statement
# Verbs of aim and effort: with an infinitive they tell a goal, not something said or believed ("seek to",
# "aim to", "hope to", "try to", "plan to"); "hope that …" and "plan that …" are clauses and stay.
INTENTION_VERBS = frozenset("seek aim hope try attempt strive endeavor endeavour plan intend look work wish "
                            "expect".split())  # "had expected [to step forward]": what the source meant to do
# Verbs of deciding or consenting: with an infinitive, an act ("agreed [to cut fares]"), not a statement;
# with a clause, agreement with a claim ("agreed [that the levy was too high]") is one.
DECISION_VERBS = frozenset("agree consent decide choose opt".split())
# Verbs of speech whose object is asked to act: "asked [the state to help]", "urged [lawmakers to act]".
REQUEST_VERBS = frozenset("""
ask tell urge call press encourage invite advise warn remind beg implore order direct instruct challenge
push request require pressure appeal
""".split())
# Nouns of a decided intention: under a verb of speech, with an infinitive, they state what the speaker will do
# ("announced [his decision to step down]" says he will).
INTENT_NOUNS = frozenset("plan intention intent decision".split())
# Nouns of a wish or a pull one feels, not of anything said ("his urge to claim the rescue", "the temptation to blame
# the weather", "the itch to claim …"): general English, kept as data; "urge" is also a verb of speech, which as
# a noun it is not (strict reads, round 15).
DESIRE_NOUNS = frozenset("urge desire temptation impulse itch eagerness craving yearning longing appetite".split())
# Adverbs by which the writer reads a meaning into someone's words or acts: "is conceding, if only implicitly".
READING_ADVERBS = frozenset({"tacitly", "implicitly", "effectively", "essentially", "inadvertently"})
# Verbs by which a poll, study or report states a finding, when their content is a clause; and verbs of
# speech the shared lexicon lacks ("charged that", "questioned whether", "made clear that").
FINDING_VERBS = frozenset("find show reveal determine".split())
# Verbs by which a thing signifies something: with a bare "it", "this" or "that" as subject, the reporter's
# inference ("It means that …"), not anyone's statement.
INFERENCE_VERBS = INFERRING_VERBS | {"show"}  # "It means that …", "This shows that …"
INFERENCE_SUBJECTS = frozenset({"it", "this", "that"})
# Nouns of what someone said or did that the writer reads for a sign ("Her comments suggest that …", "the move
# shows …"): what they "suggest" or "mean" is the writer's inference, not the speaker's statement (read 88).
SIGN_NOUNS = frozenset("""comment remark word tone move decision action step visit silence response reaction choice
behavior behaviour""".split())
# Words of a document or a study that may stand behind "it" ("the report … it shows"): it states its finding.
WRITTEN_SOURCE_WORDS = frozenset("""
report study survey poll analysis data research review audit memo letter statement document filing record
paper census estimate ruling indictment complaint lawsuit assessment findings evidence investigation inquiry
""".split())
# Plural nouns of documents and figures that, bare, bring unnamed evidence ("studies show", "records show").
RECORD_WORDS = WRITTEN_SOURCE_WORDS | frozenset("number statistic datum document poll survey".split())  # not
# "figures": "senior Russian figures" are people
# "called for", "called on X to", "called out", "called upon": a demand; a bare "call X" is a telephone call.
# Mass nouns of evidence: unnamed, they are the writer's evidence, not a source ("research has shown")
EVIDENCE_MASS_NOUNS = frozenset("research evidence data science history experience literature scholarship".split())
CALL_SPEECH_PARTICLES = frozenset({"for", "on", "upon", "out"})
# What one calls by convening or ordering it, not by speaking of it ("called an emergency cabinet meeting",
# "called a snap election", "called a strike"); general English, as data.
CONVENED_NOUNS = frozenset("""meeting session election vote referendum poll strike conference summit hearing halt
ceasefire truce recess timeout assembly convention caucus""".split())
MORE_SPEECH_VERBS = frozenset("""charge tease question quote clarify signal hint joke quip muse reiterate echo repeat
assure outline utter tout lament proclaim deride speculate forecast voice""".split())
ALL_SPEECH_VERBS = SPEECH_VERBS | MORE_SPEECH_VERBS
# Verbs whose gerund charge is what was said ("accused the board of [lying about the quay]", bounds._the_charge).
CHARGE_VERBS = frozenset(CHARGE_PREPS)
MIN_CUE_WEIGHT = 0.4  # share of PolNeAR train occurrences of a word that are cues (attribution_lexicon.json)
# Verbs of speech whose noun-phrase object is itself what was said ("denied any role", "called it a gamble"),
# with those of condemnation, acclaim and naming ("decried the raid as “…”", "credited the crew with “…”",
# "labeled the port “a disgrace”").
NP_STATEMENT_VERBS = frozenset("""
deny reject dismiss call describe report confirm demand urge predict estimate question criticize
condemn accuse blame warn promise vow pledge propose recommend claim allege cite praise hail welcome
denounce decry slam credit label brand dub term
""".split()) - NOT_SPEECH
MIN_NP_WORDS = 3
# Verbs that name a thing with a predicate ("called it reckless", "labeled them “a disgrace”"), and the pronouns
# that stand for a thing named before: general English, kept as data.
NAMING_VERBS = frozenset("call label brand term deem dub".split())
REFERRING_PRONOUNS = frozenset("it this that them these those".split())
REPORTING_VERBS = ALL_SPEECH_VERBS | NP_STATEMENT_VERBS | FINDING_VERBS  # a cue that reports what was said
# Verbs of the speech and belief lists by which, around an unquoted content, the writer tells rather than reports:
# knowing is the writer's fact ("Brant knew that …"), wondering voices nothing, and aims are stances, not
# statements ("seeks …"). "consider" reports a belief only with a "that" clause ("has considered that …"; not
# "is considering whether …"), "show" a finding only with a document as subject ("the report shows …"; not "the
# video shows …", "figures show …": the writer presents evidence).
WRITERS_VERBS = frozenset("know wonder seek plan intend mean want".split())
# Modals by which the writer guesses or supposes what someone may say or think ("may feel", "could call
# for"), adverbs that make "would" narrated past ("would later tell"), adverbs of likelihood that make "will"
# a guess ("will likely argue"), and verbs of speaking proper that "will" may announce ("will say in the
# address"): general English, kept as data.
GUESSING_MODALS = frozenset({"may", "might", "could", "should", "must", "ca", "can"})
NARRATED_TIME_ADVERBS = frozenset({"later", "then", "eventually", "subsequently", "soon", "afterward", "afterwards"})
LIKELIHOOD_ADVERBS = frozenset({"likely", "probably", "surely", "undoubtedly", "doubtless", "presumably", "certainly"})
SPEAKING_VERBS = frozenset("""say tell announce argue urge call warn propose unveil declare address testify ask
outline present deliver repeat reiterate insist stress emphasize note add clarify explain write confirm reveal
admit acknowledge describe recall claim deny concede report""".split())
# Conjunctions that open a clause depending on another ("if", "while"): such a clause alone states nothing.
SUBORDINATORS = frozenset("""
if unless when whenever while whereas although though because since as once until before after
""".split())
# "announced a no-confidence vote", "announced a boycott": the object of "announce" is an act or an event,
# not a statement (what was announced as said is a clause: "announced that …"); hence not in the list above.
ASKING_VERBS = frozenset({"ask", "question", "press"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
RELATIVE_PRONOUNS = RELATIVE_WORDS | {"what", "whatever"}
INTERRUPTING_MARKS = frozenset({",", "—", "–", "―", "-", "--", "("})  # around a cue set into its sentence
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "prep", "prt", "agent"})
ASKED_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})  # "asked [Vell] whether …": the one asked
TOPIC_MARKS = frozenset({"about", "regarding", "concerning"})  # "talking [about X]": a topic, not a content
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
CLAUSE_OPENERS = frozenset("that whether if how why what when where who which".split())
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "neither", "nothing", "noone"})  # and "no one", "no official"
NO_CONTENT = re.compile(r"(?i)\b(?:requests? for comment|comment(?:ing)? on the record|anonymity|to comment\b|"
                        r"messages? seeking comment|calls? seeking comment|did not (?:immediately )?respond|"
                        r"not to be (?:identified|named)|on (?:the )?condition (?:of|that)|reached for comment)")
GLUED_WORDS = re.compile(r"\b(?!Mc|Mac)[A-Z][a-z]{2,}[A-Z][a-z]+")  # "BrantBudget", not "McKay"
CARD_REACH = 600
MAX_ELLIPTICAL_WORDS = 6  # "No, I don't think we will." is as long as a reply with its verb left out gets
ELLIPSIS_ADVERBS = frozenset({"too", "either", "so", "not"})  # "I do too.": after the verb, no predicate
ELLIPSIS_DEPS = frozenset({"nsubj", "expl", "neg", "punct", "intj", "advmod", "cc", "aux", "discourse", "dep"})
MAX_TAG_TAIL_WORDS = 6  # "told reporters on Monday": a tag's words after its verb
JUNK = re.compile(r"(?i)\b(?:story highlights|click here|all rights reserved)\b")
# Words of page furniture that are also words of speech ("they ask supporters to sign up", "those who do not
# subscribe to its creed"): furniture only as a capitalised call ("Sign up for …", "Subscribe", "Read more").
FURNITURE = re.compile(r"(?i)\b(?:sign up|newsletter|subscribe|follow us|read more)\b")


def _stopped_short(verb) -> bool:
    """"stopped short of explaining …", "stops short of saying …": the source held back, as "declined to say"
    (``cues.REFUSAL_VERBS``): the content is what went unsaid. Source: strict reads, round 16."""
    return verb.lemma_.lower() == "stop" and any(c.lower_ == "short" for c in verb.children)


# Adverbs by which the writer passes on hearsay about a person's act ("Vell reportedly resigned"): alone they
# are no cue of anyone's saying (strict read 18b: a cue "reportedly" over the sentence before it).
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly reputedly supposedly apparently".split())


def is_attribution(doc, a: Attribution) -> bool:
    """True when ``a`` (Doc character offsets) has a named source, a positive speech or belief cue and content."""
    if not names_someone(a.speaker.name, a.speaker.entity):
        return False
    mention = doc_text(doc)[a.speaker.mention[0]:a.speaker.mention[1]] if a.speaker.mention else None
    if names_an_instrument(a.speaker.name) or names_an_instrument(mention):
        return False  # "The Harbour Accord says …": an instrument's text, no one speaking
    content = doc_text(doc)[a.content[0]:a.content[1]]
    if NO_CONTENT.search(content) or JUNK.search(content) or _furniture(content, a.kind) or not any(ch.isalpha() for ch in content):
        return False
    if in_quoted_satire(doc_text(doc), a):
        return False  # "This satirical piece cuts deep:" and the spoof's lines: the satirist's, not the one mocked
    if relays_speech(doc, a, doc_text(doc)):
        return False  # "[Ostria warned that …], according to the Courier": Ostria's words, only relayed
    if quoted_copy(a, doc_text(doc)):
        return False  # "AP says: “…, the Syrian Observatory said.”": news copy quoted, someone else's words
    if a.kind == "indirect" and feeling_about(doc, a):
        return False  # "Voters are enthusiastic about [their pick, …]": a mood and its object, nothing said
    if others_claim(doc, a):
        return False  # "was responding to [reports that …]", "rejected claims that …": someone else's word
    if denied(doc, a):
        return False  # "denied [taking the money]": what the source says is not so, shown as said it reads reversed
    if names_its_speaker(doc, a):
        return False  # "“Regarding the pier, Varga said …”" given to Varga: the writer's words in misread marks
    if question_asked(doc, a) or question_put(doc, a):
        return False  # "questioned [why the council waited]", "“Would you call it fair?” asked Holt": the source
        # asks, nothing is stated
    if contradicted(doc, a):
        return False  # "Contrary to what Varga said, [the port never approved …]": the writer's claim against hers
    if likened(doc, a):
        return False  # "Like Harlan did, Vell is promising [to …]": the writer likens two courses, no statement
    if a.kind != "direct" and topic_only(doc, a):
        return False  # "tweeted about [how hard the week had been]", "reports on [the influence of …]": a topic
    if wh_topic(doc, a):
        return False  # "saying [what he would not do]": a free relative alone names a topic, states nothing
    if relative_clause_before_cue(doc, a):
        return False  # "Merrow – who won a ward [that the mayor carried] – told …": the writer's relative clause
    if habitual(doc, a):
        return False  # "has long argued [that …]": the writer sums up a standing position, no statement
    if writes_a_document(doc, a):
        return False  # "wrote [an op-ed … making the case that …]": the act of writing, in the writer's words
    if formal_request(doc, a):
        return False  # "has asked [Congress to authorize $500 million …]": a step of procedure, nothing stated
    if relative_on_cue(doc, a):
        return False  # "calls for [which have grown among the unions]": the writer's relative clause on a noun
    if scene_of_saying(doc, a):
        return False  # "Holt said [as she sat wearing a grey coat]": the writer's scene around the saying
    if conjunct_before_tag(doc, a) or clause_before_source(doc, a):
        return False  # "[they walked out], and the mayor was saying …", "[…], a sign he repeated something Holt said"
    if out_of_relative(doc, a):
        return False  # "Kessel, where Venn indicated [her unease …, there was …]": the writer's main clause
    if quote_of_another_verb(doc, a):
        return False  # "Boredom is another way of saying, [“…”]": the writer's gloss, the cue is elsewhere
    if a.cue is None and after_link_card(doc_text(doc), a.content[0]):
        return False  # "… Read more" then a quotation with no tag: no source before it gives it
    if in_highlights(doc_text(doc), a.content[0]) or topic_link_line(doc_text(doc), a.content[0]):
        return False  # "Story highlights" lines, "Go deeper: Port officials say …": the editor's summary or a
        # related story's link, not the article's telling (``ingest.patterns``)
    if _untagged(doc, a) and pull_quote(doc_text(doc), a.content[0]):
        return False  # a quotation set alone as display, cut short or repeated: no tag, no new report
    if media_posted(doc, a):
        return False  # "tweeted [a picture of them strolling]": an image put online, no words
    if hinted(doc, a):
        return False  # "again hinted [the strike could hurt the deal]": the writer's reading of a sign
    if up_to_as(doc, a):
        return False  # "[Holt pressed …, not from a clerk, as] Brant once claimed": the writer's account of another
    if gathering_source(doc, a):
        return False  # "a crowd of fishermen, [calling for] …": a gathering's aim as the writer tells it
    if inferred(doc, a):
        return False  # "Police said the pilot drowned, [suggesting] he may have been pushed": the writer's reading
    if act_named(doc, a):
        return False  # "proposed [a dredging fund]", "pledged [his support]": an act in the writer's words
    if name_given(doc, a):
        return False  # "its offensive, [dubbed] “Operation Clear Sky”": a thing's name, nothing stated
    if feeling_narrated(doc, a):
        return False  # "Lund [felt] the talks had gone badly, and he left early": the writer tells a mood
    if writers_question(doc, a):
        return False  # "Is Dallat demanding [a new vote]?": the writer asks, no one states it
    if supposed_of(doc, a):
        return False  # "an account [believed] to belong to Varn": what is supposed of a noun, no report
    if attributive_cue(doc, a):
        return False  # "the Senate's [expected] “clean” bill": a noun phrase of the writer's, nothing reported
    if survey_finding(doc_text(doc), a):
        return False  # "a 60% majority of liberal voters say …": a poll's share of a group, no one's words
    if names_a_programme(doc_text(doc), a):
        return False  # "…,” Brant told NBC’s [“Meet the Press.”]": where the source spoke, not what was said
    if cut_clause(doc, a):
        return False  # "“I think it's possible,” Lind said, “that …”": each half is cut from the other's clause
    if subject_cut_by_tag(doc, a):
        return False  # "The treaty, Lind said, “will not survive …”": a subject and a predicate, neither whole
    if after_condition(doc, a):
        return False  # "“Without a real deal,” Vell said, “the sanctions stay”": alone, it reads as unconditional
    if _hover_card(doc_text(doc), [a.content, a.speaker.mention]):
        return False  # "Ivo Brant Ivo J. BrantBudget talks stall … MORE": a site's link card, not prose
    if in_caption_line(doc_text(doc), a.content[0]) or in_headline_or_caption(doc_text(doc), a.content[0]) \
            or in_title_case_line(doc_text(doc), a.content[0]):
        return False  # "… Hide Caption 3 of 30 Photos: …", "Media caption Brant says …", a linked headline in
        # capitals, a headline in title case ("Brant Says He Hopes The Ferries …", fresh strict read of AllSides
        # 1491-1700): a gallery's, a clip's or a story's line, not the story's reporting
    if a.cue is not None and a.content[0] <= a.cue[0] and a.cue[1] <= a.content[1] and a.speaker.mention and \
            a.content[0] <= a.speaker.mention[0] and a.speaker.mention[1] <= a.content[1]:
        return False  # "[Downes, the political scientist, agrees]": its own source and cue, nothing said
    if len(re.findall(r"[^\W\d_]+", content)) < 2:
        return False  # “Look,”, "Moreover,", “sources,”: one word states nothing
    if a.kind != "direct" and _cue_lemma(doc, a) in CHARGE_VERBS and _predicate_alone(doc, a.content):
        return False  # "accused the board of [being swayed by …]": a predicate without the one it is said of
    if a.kind != "direct" and _accused_outside(doc, a):
        return False  # "accused Ostria of [smuggling grain]": the charge without the one charged reads as no one's
    if a.kind != "direct" and _pronoun_named(doc, a):
        return False  # "called [it “very reckless”]": what "it" is lies outside, and the words say nothing alone
    if _desire(doc, a):
        return False  # "could not hold back his [urge] to claim the rescue": a wish the writer tells, nothing said
    if _fragment(doc, a.content):
        return False  # "If you take him at his word,", "while they feel …": the statement is elsewhere
    if a.kind != "direct" and _adverbial_of_cue(doc, a):
        return False  # "[After weeks of mocking the board], Brant agreed to a meeting": when, not what was said
    if _elliptical(doc, a.content):
        return False  # "Asked whether he was worried, Brant said: “[I'm not.]”": the verb is the question's
    if _unnamed_records(doc, a.speaker.mention):
        return False  # "Studies have shown …", "historical records show …": the writer's evidence, no one's word
    if a.kind != "direct" and _before_interrupting_tag(doc, a):
        return False  # "[The levy], Brant says, is unlawful": the subject alone; the rest follows the tag
    if a.kind != "direct" and _gapped(doc, a):
        return False  # "the levy, which Brant says [is unlawful]": the subject is the writer's, outside
    if a.kind != "direct" and _outside_relative(doc, a):
        return False  # "[That does not satisfy Marsh], who demands …": the cue's clause holds no such content
    if a.kind != "direct" and _verb_cut_off(doc, a):
        return False  # "said [the shells fired at the quay], which …, came from …": the statement stops mid-way
    if frame_of_saying(doc, a, _cue_lemma(doc, a)):
        return False  # "[Based on their talks], Lind added", "wrote [Vell, a fellow at …]": when or who, not what
    if a.kind == "indirect" and _bare_tag(doc, a.content):
        return False  # "Vell said [he told the envoys in April]": a tag for a quotation, which is the statement
    if a.kind == "indirect" and not _has_verb(doc, a.content) and not _np_statement(doc, a) and not _interposed(doc, a):
        return False  # "sought [calm]", "[Three Deaths], Brotherhood Says": nothing is stated
    spoken = a.cue is not None and any(ch.isalpha() for ch in doc_text(doc)[a.cue[0]:a.cue[1]])
    if a.kind == "indirect" and spoken and not _statement_form(doc, a):  # (not a transcript's colon)
        return False  # "declined [to scold him]", "pleaded guilty to [making false statements]": an act
    if a.cue is not None and NO_CONTENT.search(doc_text(doc)[a.cue[0]:a.cue[1] + 40]):
        return False  # "asked not to be identified", "spoke on condition of anonymity"
    if a.cue is None:
        return True
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or not len(cue):
        return True
    if a.kind != "direct" and _guessed(cue):
        return False  # "Ostria is almost certainly aware that …", "Brant probably believes …": the writer's guess
    if any(t.lower_ in HEARSAY_ADVERBS for t in cue) and all(t.lower_ in HEARSAY_ADVERBS or t.is_punct for t in cue):
        return False  # "[Last summer, …,] Vell reportedly came close to quitting": the writer's hearsay, no cue
    verb = next((t for t in cue if t.pos_ == "VERB"), None)
    if verb is None:
        return True  # "according to", a transcript's colon, a trailing dash
    lemma = verb.lemma_.lower()
    if lemma == "think" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("tank", "tanks"):
        return False  # "all major Ostrian think [tanks promote …]": a noun, the parser's verb
    if lemma in NOT_SPEECH or _hypothetical(verb) or (lemma in REFUSAL_VERBS and a.kind != "direct"):
        return False
    if a.kind != "direct" and _stopped_short(verb):
        return False  # "stopped short of explaining [what action …]": what the source left unsaid (round 16)
    if a.kind != "direct" and _by_doing(doc, verb, a):
        return False  # "the ministry responded by [moving ships into the bay]": an act, the means of the response
    if a.kind != "direct" and _speculated(verb, lemma):
        return False  # "Republicans will likely welcome …", "Brant may feel …", "would agree": the writer's guess
    if (lemma in INTENTION_VERBS or lemma in DECISION_VERBS) and a.kind != "direct" and _verbal(doc, a.content):
        return False  # "Councillors seek [to overturn the ban]", "hopes [to reopen the quay]", "agreed [to cut fares]":
        # a goal or a decision, not a statement
    if lemma in INFERENCE_VERBS and _inference(verb, lemma, a):
        return False  # "It means that the town voted against …": the reporter reads the facts, nobody speaks
    if a.kind != "direct" and _cleft_focus(verb) and (lemma in BELIEF_VERBS or lemma not in ALL_SPEECH_VERBS):
        return False  # "it is only Ostria and Veldan [that have considered] …": the reporter's contrast
    if lemma == "call" and a.kind != "direct" and _phone_call(doc, verb, a):
        return False  # "calling senior members of the council to go over the plan": a call made, nothing said
    if lemma == "quote" and verb.tag_ in FINITE_TAGS:
        return False  # "The Courier quoted the union's head": she speaks, not the Courier ("officials quoted in" stays)
    if any(w.lower_ in READING_ADVERBS for c in verb.children if c.dep_ == "advmod" for w in c.subtree):
        return False  # "by signing, Brant is conceding, if only implicitly, that …": the writer's reading
    if lemma in ASKING_VERBS and _put_to_the_source(doc, verb, a):
        return False  # "Asked if …, Vell said": the question is not Vell's statement
    if _made_clear(verb):
        lemma = "clarify"  # "made clear that …"
    if a.kind == "mixed" and _opens_unquoted_after(doc, a) and lemma != "clarify" and (
            not _speech_cue(cue) or _verbal(doc, a.content) and _cue_lemma(doc, a) not in ALL_SPEECH_VERBS and not _charge(doc, a)):
        return False  # "showing [more of his side on “The View”]", "refusing [to waive fees for “the poorest”]"
    if a.kind == "indirect" and lemma not in SPEECH_VERBS and lemma not in MORE_SPEECH_VERBS \
            and not _charge(doc, a):  # "accused the board of [lying]": the charge
        if not _clause(doc, a.content):
            return False  # "defended the programs", "criticized the council": an act, not a statement
        if lemma not in FINDING_VERBS and _cue_weight(lemma) < MIN_CUE_WEIGHT:
            return False  # "hit a target", "have become the focal point": an act or an event
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        return False  # "Collins is often considered …", "was asked": the one who speaks is not said
    if a.kind != "direct" and (not _reporting_cue(cue) or _writers_evidence(doc, verb, lemma, a)):
        return False  # "Brant knew that …", "downplayed …", "the video shows …": the writer tells it, no one is reported
    return not (any(t.lower_ in NEGATIONS for t in cue) or any(c.dep_ == "neg" for c in verb.children)
                or a.kind != "direct" and _no_one_said(verb))


def _untagged(doc, a: Attribution) -> bool:
    """No verb tags the content: no cue, or only a credit's dash ("“…” — Sen. Ilse Varga")."""
    return a.cue is None or not any(ch.isalpha() for ch in doc_text(doc)[a.cue[0]:a.cue[1]])


def _furniture(content: str, kind: str) -> bool:
    """A call of page furniture in the content: capitalised ("Sign up for our newsletter", "SUBSCRIBE"), or any
    furniture word in a content that is not all quotation (a headline list's "… - Fox News: “…”" ends in one)."""
    return any(m.group()[0].isupper() or kind != "direct" for m in FURNITURE.finditer(content))


def _no_one_said(verb) -> bool:
    """The cue's subject is a negative quantifier ("none of them clarified …", "nobody has claimed that …",
    "no official said …"): the sentence says the thing was not said, as a negated cue does. (Not read for a
    quotation: the parser takes the "No" opening “No, I don't,” he said for the subject.)"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_SUBJECTS or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def _by_doing(doc, verb, a: Attribution) -> bool:
    """The content is the gerund of a "by" phrase on the cue verb ("responded by [moving ships into the bay]",
    "reacted by [cutting ties]"): how the source acted, not what it said."""
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.tag_ == "VBG" and content.start <= g.i < content.end for g in c.children) for c in verb.children)


def _speculated(verb, lemma: str) -> bool:
    """The cue verb is under a modal by which the writer guesses or supposes ("may feel", "might demand",
    "could call for", "would agree", "would have demanded"; "will likely argue", "will also welcome", "will
    be hoping"): nobody has said it. Narrated past ("would later tell", "would clarify that") and a speech
    announced for a set time ("will say in tonight's address") are reports: "would" or "will" with a verb of
    speaking proper, no adverb of likelihood and no perfect ("would have said"); "would" also with an adverb
    of time. "He'd found" is "had"."""
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if not modals or (modals[0] == "'d" and verb.tag_ == "VBN"):
        return False
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if modals[0] in GUESSING_MODALS:
        return True
    if modals[0] not in ("would", "'d", "will", "'ll", "wo"):
        return False
    if modals[0] in ("would", "'d") and adverbs & NARRATED_TIME_ADVERBS:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect or bool(adverbs & LIKELIHOOD_ADVERBS) or lemma not in SPEAKING_VERBS


def _guessed(cue) -> bool:
    """A word of the cue, or the verb "be" it hangs on ("is … aware"), carries an adverb of likelihood
    ("probably believes", "likely knew", "is almost certainly aware"): the writer supposes what the source
    knows or thinks; no one is reported saying it."""
    words = list(cue) + [t.head for t in cue if t.dep_ in ("acomp", "attr") and t.head.lemma_ == "be"]
    return any(c.dep_ == "advmod" and c.lower_ in LIKELIHOOD_ADVERBS for t in words for c in t.children)


def _reporting_cue(cue) -> bool:
    """A cue that reports someone's words or belief: some verb of it is in the speech, statement or finding
    lists and is none of ``WRITERS_VERBS`` ("issued a statement [saying]", "went on to [declare]"). Words
    the PolNeAR lexicon alone makes cues ("downplayed", "welcomed") and the writer's verbs ("knew that",
    "shows that") do not carry an unquoted content: the writer's own sentence is then as likely."""
    words = [t.lower_ for t in cue]
    if any(words[i:i + 2] == list(ACCORDING_TO) for i in range(len(words))):
        return True
    return any(t.pos_ == "VERB" and (_made_clear(t) or _reporting_verb(word_forms(t))) for t in cue)


def _reporting_verb(forms: list[str]) -> bool:
    return any(f in REPORTING_VERBS for f in forms) and not any(f in WRITERS_VERBS for f in forms)


def _writers_evidence(doc, verb, lemma: str, a: Attribution) -> bool:
    """ "consider" without a "that" clause ("is considering whether to sell"), or "show" whose subject is
    no document or study ("the tapes show that …"): the writer weighs or presents, nobody states."""
    if lemma == "consider":
        return not doc_text(doc)[a.content[0]:a.content[1]].lower().startswith("that ")
    if lemma != "show":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(c.lemma_.lower() in WRITTEN_SOURCE_WORDS or c.pos_ == "PRON" for c in subjects)


def _made_clear(verb) -> bool:
    return verb.lemma_.lower() == "make" and any(c.lower_ == "clear" for c in verb.children)  # "made (it) clear that"


def _inference(verb, lemma: str, a: Attribution) -> bool:
    """The subject of "mean" / "show" / "suggest" / "indicate" is a noun of what someone said or did
    (``SIGN_NOUNS``: "Lind's comments suggest …"), or a bare "it", "this" or "that" that stands
    for no document or study ("It means that …", "This suggests …"; not "The report shows", nor "it shows"
    when the speaker it resolves to is a report): the writer's reading of the facts. An "it" that "suggests"
    may stand for a body that proposes something ("the ministry … it suggested that"), and stays when it
    resolves to a name."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].lemma_.lower() in SIGN_NOUNS:
        return True  # "Lind's comments suggest that …", "the move shows …": the writer reads a sign in them
    if len(subjects) != 1 or subjects[0].lower_ not in INFERENCE_SUBJECTS:
        return False
    name = (a.speaker.name or "").lower()
    if any(w in WRITTEN_SOURCE_WORDS for w in re.findall(r"[a-z]+", name)):
        return False
    return not (subjects[0].lower_ == "it" and lemma in ("suggest", "signal") and a.speaker.entity is not None)


def _cleft_focus(verb) -> bool:
    """``verb`` heads the relative clause of a cleft ("it is only Ostria [that have considered] …", "it was
    Rask [who said] …"): its head is the predicate of a "be" whose subject is "it"."""
    focus = verb.head
    if verb.dep_ != "relcl" or focus.dep_ != "attr":
        return False
    be = focus.head
    return be.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children)


def _phone_call(doc, verb, a: Attribution) -> bool:
    """"call" whose object is only someone called ("calling [senior members of the council] to go over the plan", "called
    [three members] on Tuesday") or a gathering or act convened (``CONVENED_NOUNS``: "called [a snap election]"): one object, no "for" / "on" / "out" demand (a weekday's "on Tuesday" is no
    demand), no name given ("called it reckless", "called the plan a gamble", "called X “a disgrace”"), no
    clause, no quotation in the content."""
    if any(ch in doc_text(doc)[a.content[0]:a.content[1]] for ch in "\"“”«»"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "acomp", "dative")]
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.tag_ not in ("VB", "TO"):
            return False  # "called [the plan] [reckless]" as the parser may hang it; not "called X to talk"
        if c.dep_ in ("prt", "prep") and c.lower_ in CALL_SPEECH_PARTICLES and not any(
                p.ent_type_ in ("DATE", "TIME") for p in c.children):
            return False
        if c.dep_ in ("dobj", "oprd") and any(g.dep_ in ("appos", "oprd") for g in c.children):
            return False  # "called the plan, a gamble"
    if len(objects) == 1 and _second_noun_phrase(doc, verb, objects[0], a.content):
        return False  # "called Ostria's president [Brant] [a moderate reformer]", however the parser hangs them
    if len(objects) == 1 and objects[0].lemma_.lower() in CONVENED_NOUNS and objects[0].dep_ == "dobj":
        return True  # "called [an emergency cabinet meeting]": convened, nothing said
    return len(objects) == 1 and _someone(objects[0])  # one noun phrase is who was called ("called [Baltic
    # leaders]", which the parser may tag as the name given); a name needs the named and the name
    # ("called [it] [reckless]"), and what is named is no person ("called [the testimony unsatisfactory]")


def _second_noun_phrase(doc, verb, obj, span) -> bool:
    """Besides the object ``obj``, the content holds another noun phrase that no preposition introduces: the
    name given (a conjunct or an object the parser hung on the verb or inside the first phrase)."""
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None:
        return False
    inner = {t.i for t in obj.subtree}
    for t in content:
        if t.i == obj.i or t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.i in inner and t.dep_ in ("dobj", "oprd", "attr", "appos"):
            return True  # "[Rouhani] [a moderate reformer]" inside one phrase
        if t.i not in inner and t.dep_ in ("conj", "dobj", "oprd", "attr", "acomp", "appos") and not _under_a_verb(t, content):
            return True
    return False


def _under_a_verb(tok, content) -> bool:
    """Some head of ``tok`` inside ``content`` is a verb ("the indictment that [included] the allegations"):
    the noun phrase is that clause's, not a second object of the cue."""
    while tok.head.i != tok.i and content.start <= tok.head.i < content.end:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def _someone(tok) -> bool:
    """``tok`` heads a noun phrase for people: a person, a body or a state named, a person noun ("leaders",
    "one of the witnesses"), a personal pronoun other than "it"."""
    if tok.lower_ == "one":
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), tok)
    if tok.tag_ == "PRP":
        return tok.lower_ not in ("it", "itself")
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lemma_.lower() in PERSON_NOUNS


def _opens_unquoted_after(doc, a: Attribution) -> bool:
    """A content after its cue whose first word is the reporter's and not a clause's ("refusing [to waive
    fees for “…”]", "showing [his side on “The View”]"): the cue governs it as an act governs its object."""
    if a.cue is None or a.cue[1] > a.content[0]:
        return False
    first = doc_text(doc)[a.content[0]:a.content[1]].lstrip(" \t\n'‘’.,;:—–-")
    if not first or first[0] in "“\"«" or first.split()[0].lower() in CLAUSE_OPENERS:
        return False  # a quotation; or a clause "that …", which states whatever its cue ("issued a statement that …")
    return True


def _speech_cue(cue) -> bool:
    """Some verb or noun of the cue reports speech, belief or a finding ("hedged, [saying]", "went before
    the cameras to [declare]", "issued a [statement]"), by the lists or by how often PolNeAR train makes it
    a cue."""
    return any(t.pos_ in ("VERB", "NOUN") and (t.lemma_.lower() in REPORTING_VERBS or _cue_weight(t.lemma_.lower()) >= MIN_CUE_WEIGHT)
               for t in cue)


def _fragment(doc, span) -> bool:
    """The content is only a subordinate clause ("if", "while", "because" …) whose main clause the parse
    puts outside it ("[If you take the mayor at his word,]” Rask said, “the quay will reopen”"): a part of
    the statement that says nothing alone."""
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    root = content.root
    if root.dep_ != "advcl" or content.start <= root.head.i < content.end:
        return False
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS and c.i >= content.start for c in root.children)


def _desire(doc, a: Attribution) -> bool:
    """The cue is, holds or hangs on a noun of wanting (``DESIRE_NOUNS``: "his urge", "the urge to claim"), or the
    content hangs on one outside it ("the temptation [to blame the weather]"): the writer's account of a wish."""
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand") if a.cue is not None else None
    words = list(cue) if cue is not None else []
    if content is not None and len(content):
        root = content.root
        words += [root.head] if not content.start <= root.head.i < content.end else []
    words += [t.head for t in words if t.dep_ == "acl"]  # "the urge [to claim]"
    words += [doc[c.i - 1] for t in words for c in t.children if c.dep_ == "aux" and c.lower_ == "to" and c.i > 0]
    # "felt an impulse [to declare]", however the parser hangs the infinitive
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in DESIRE_NOUNS for t in words)


def _predicate_alone(doc, span) -> bool:
    """The content opens with a gerund "being" / "having" of its own main verb, with no subject ("being swayed by
    the shipping lobby", "having misled the councils"): under a verb of accusing, a predicate cut from the accused,
    which cannot stand alone (``bounds.predicate_of_the_accused``; strict reads, round 15). Under "admitted
    [being at the scene]" the speaker is its subject, and it stands."""
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    first = next((t for t in content if not is_edge(t)), None) if content is not None else None
    if first is None:
        return False
    head = first.head if first.dep_ in ("aux", "auxpass") else first
    return head.i == content.root.i and predicate_of_the_accused(first)


def _adverbial_of_cue(doc, a: Attribution) -> bool:
    """A content before its cue that is a prepositional phrase hanging on the cue's verb ("[After weeks of
    mocking the board and vowing to “sink” its budget], Brant agreed to a meeting"): the writer's
    circumstance of the act, never what was said (read 29)."""
    spans = cue_and_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    if content.end > cue.start:
        return False
    root = content.root
    return (root.i == content.start and root.pos_ == "ADP" and root.dep_ == "prep"
            and cue.start <= root.head.i < cue.end and root.head.pos_ == "VERB")


def _elliptical(doc, span) -> bool:
    """The content is a short reply whose verb phrase is left out ("I'm not.", "Yes, it will.", "We did.",
    "No, I haven't."): an auxiliary or modal heads it with nothing but a subject, a negation or a yes/no
    around it (Huddleston & Pullum 2002, ch. 17, post-auxiliary ellipsis). What it affirms or denies is in
    the question the writer put before it, so it states nothing on its own."""
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    words = [t for t in content if t.is_alpha]
    if not words or len(words) > MAX_ELLIPTICAL_WORDS:
        return False
    root = content.root
    if not (root.pos_ == "AUX" or root.tag_ == "MD" or root.lemma_.lower() in ("be", "do", "have")):
        return False
    return all(c.dep_ in ELLIPSIS_DEPS and (c.i < root.i or c.dep_ != "advmod" or c.lower_ in ELLIPSIS_ADVERBS)
               for c in root.children) and any(c.dep_ in ("nsubj", "expl") for c in root.children)  # ("is [over]":
    # an adverb after the verb is its predicate)


def _unnamed_records(doc, mention) -> bool:
    """The source is a bare plural of documents or figures, with no determiner, owner, name or number
    ("Studies have shown …", "historical records show …", "exit polls show …", "according to news reports"),
    or a mass noun of evidence ("Previous research has shown …", "history shows …"):
    the writer brings unnamed evidence into the argument; nobody who could be asked is quoted (issue 9, gate
    Q27, Q65). "NATO figures", "Gallup surveys", "Iranian media reports", "the studies", "two reports" name,
    place or count theirs and stay."""
    if mention is None:
        return False
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    if not (head.tag_ == "NNS" and head.lemma_.lower() in RECORD_WORDS
            or head.tag_ == "NN" and head.lemma_.lower() in EVIDENCE_MASS_NOUNS):
        return False
    return not any(t.dep_ in ("det", "poss", "nummod", "predet") or t.pos_ in ("PROPN", "NUM", "PRON") or t.tag_ == "POS"
                   or t.ent_type_ or t.is_upper and len(t) > 1 for t in span if t.i != head.i)  # ("Iranian media reports")


def _gapped(doc, a: Attribution) -> bool:
    """The content is a relative clause's remainder whose subject or object the writer's words hold (the
    relative pronoun or the noun before the cue; Huddleston & Pullum 2002, ch. 12, "gaps" in relative
    clauses): "the levy, which Brant says [is unlawful]", "what the board calls [were delays]", "the port
    Brant says [needs dredging]" (a finite verb opens it with no subject of its own), "what she thinks
    [she is building]" (a relative "what" or "which" before the source and a last verb without its
    object), "the ruling it says [the board was punishing it over]" (a preposition left without its
    object), and "[It is not quite what] she thinks …" (the content ends on the relative word). What the
    statement is about lies outside the span: it does not stand alone. The second half of a sentence a cue
    interrupts ("The levy, Brant says, [is unlawful]") keeps its subject before the cue and is not this."""
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if content is None or len(content) < 2:
        return False
    last = next((t for t in reversed(content) if not is_edge(t)), None)
    if last is not None and last.tag_ in RELATIVE_TAGS and last.lower_ in RELATIVE_PRONOUNS and a.cue is not None \
            and a.content[1] <= a.cue[0]:
        return True  # "[It may not be exactly what] she thinks she is building"
    before = _word_before_source(doc, a)
    if before is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is not None and len(cue) and gapped_relative(doc, (content.start, content.end), (cue.start, cue.end)):
        return True  # "the ferry deal that Lind said [she backs]" (``fragments.gapped_relative``)
    if last is not None and cue is not None and len(cue) and cue.root.dep_ in ("relcl", "acl") and \
            cue.root.head.i < content.start and not _is_source(cue.root.head, a) and _stranded(last, content):
        return True  # "the ruling it says [the board was punishing it over]": the preposition's object is the noun
        # the cue's relative clause hangs from
    first = next((t for t in content if not is_edge(t)), None)
    verb = first.head if first is not None and first.dep_ in ("aux", "auxpass") else first
    if first is not None and first.tag_ in FINITE_OR_MODAL and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and content.start <= c.i < content.end
            for c in verb.children):
        return True  # also "The levy, Brant says, [is unlawful]", "One reason, Brant says, [was that the rent
        # doubled]": the half after the tag, without its subject (a subject further in is another clause's)
    if before.tag_ in ("WP", "WDT") and before.lower_ in ("what", "which", "whatever"):
        verbs = [t for t in content if t.pos_ in ("VERB", "AUX")]
        return bool(verbs) and verbs[-1].i == last.i and verbs[-1].pos_ == "VERB" and not any(
            c.dep_ in OBJECT_DEPS and content.start <= c.i < content.end for c in verbs[-1].children)  # "what she thinks [she is building]"
    return False


def _outside_relative(doc, a: Attribution) -> bool:
    """The cue verb heads a relative clause whose subject is the relative pronoun ("Marsh, [who] demands …",
    "the union, which says …"), and the content lies before that clause ("[That does not satisfy Councillor
    Lena Marsh], who demands a recount"): the writer's main clause given to the antecedent. What a source
    says under such a cue is inside its clause, after the verb."""
    if a.cue is None or a.content[1] > a.cue[0]:
        return False
    spans = cue_and_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    for verb in (t for t in cue if t.pos_ in ("VERB", "AUX")):
        relative = verb.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in verb.children)
        if relative and content.end <= verb.left_edge.i:
            return True
    return False


def _is_source(token, a: Attribution) -> bool:
    return a.speaker.mention is not None and a.speaker.mention[0] <= token.idx < a.speaker.mention[1]


def _before_interrupting_tag(doc, a: Attribution) -> bool:
    """The content is the first half of a sentence its tag interrupts: after the tag the sentence goes on
    with a finite verb ("[The levy], Brant says, is unlawful"), so the content is that verb's subject, not a
    statement; the half after the tag has no subject either (``_gapped``): neither stands alone."""
    if a.cue is None or a.speaker.mention is None or a.content[1] > min(a.cue[0], a.speaker.mention[0]):
        return False
    text = doc_text(doc)
    if text[a.content[1]:min(a.cue[0], a.speaker.mention[0])].strip(" ,\u201d\"") != "":
        return False  # the tag must follow the content directly
    tag_end = _end_of_tag(doc, a, max(a.cue[1], a.speaker.mention[1]))
    if text[tag_end:tag_end + 4].lstrip()[:1] not in INTERRUPTING_MARKS:
        return False
    after = doc.char_span(tag_end, min(len(text), tag_end + 40), alignment_mode="expand")
    if after is None:
        return False
    words = [t for t in after if not t.is_space]
    if len(words) < 2 or words[0].text not in INTERRUPTING_MARKS:
        return False
    return words[1].tag_ in FINITE_OR_MODAL and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > words[0].i for c in words[1].children if c.i < words[1].i)


def _end_of_tag(doc, a: Attribution, end: int) -> int:
    """The end (characters) of a tag that goes on past ``end`` with words the cue governs other than its
    content ("Brant told [reporters on Monday]", "Brant said [in an interview]"), up to the next mark."""
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    rest = doc.char_span(end, min(len(doc_text(doc)), end + 60), alignment_mode="expand")
    if cue is None or not len(cue) or rest is None:
        return end
    words = []
    for tok in rest:
        if tok.is_punct or tok.is_space:
            break
        words.append(tok)
    if not words or len(words) > MAX_TAG_TAIL_WORDS or not all(_under(t, cue) for t in words):
        return end
    return words[-1].idx + len(words[-1])


def _under(tok, cue) -> bool:
    """``tok`` hangs on the cue other than as its content."""
    while tok.head.i != tok.i:
        if cue.start <= tok.head.i < cue.end:
            return tok.dep_ not in CONTENT_DEPS
        tok = tok.head
    return False


def _stranded(prep, content) -> bool:
    """A preposition left without its object whose gap is no relative clause inside ``content`` ("… it
    was punishing it over", not "the port she is in charge of")."""
    if prep.dep_ not in ("prep", "prt") or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return False  # (the parser often takes the stranded "over" for a particle)
    node = prep.head
    while content.start <= node.i < content.end and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return False
        node = node.head
    return True


def _verb_cut_off(doc, a: Attribution) -> bool:
    """A content after its cue holds a subject whose verb comes after the content, past a comma or a dash in
    the same sentence ("has said [that the shells fired at the quay] -- which the militia owned -- came
    …"; "think [it is; that's why the candidates], from Rask to Vell, are …"): the span stops mid-statement,
    or runs into the writer's next clause. The verb must continue the content's clause (its head is in the
    content or in the cue) and the subject ends the span; bounds widens a span across a dashed aside where it can, what is left is cut."""
    if a.cue is None or a.cue[1] > a.content[0]:
        return False
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if content is None or cue is None or content.end >= len(doc):
        return False
    gap = content.end
    while gap < len(doc) and doc[gap].is_quote:
        gap += 1
    if gap >= len(doc) or doc[gap].text not in INTERRUPTING_MARKS:
        return False
    return any(tok.right_edge.i >= content.end - 1  # the subject ends the span
               and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > gap for c in verb.children)  # (not a parse giving it two)
               for tok, verb in verbs_after(doc, (content.start, content.end), (cue.start, cue.end), gap,
                                            ("nsubj", "nsubjpass", "csubj")))


def _word_before_source(doc, a: Attribution):
    """The token before the source's mention and its cue, when both come before the content; else None."""
    if a.cue is None or a.cue[1] > a.content[0]:
        return None
    start = min(a.cue[0], a.speaker.mention[0]) if a.speaker.mention else a.cue[0]
    here = doc.char_span(start, a.cue[1], alignment_mode="expand")
    if here is None:
        return None
    i = here.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1  # “No group,” Brant says, …: the quotation's own comma
    return doc[i] if i >= 0 else None


def _relative_before(doc, comma) -> bool:
    """A relative word before ``comma`` ("who, it says, will …", "that, he said, could …")."""
    return comma.i > 0 and doc[comma.i - 1].lower_ in RELATIVE_PRONOUNS and doc[comma.i - 1].tag_ in RELATIVE_TAGS | {"IN"}


def _put_to_the_source(doc, verb, a: Attribution) -> bool:
    """A question the source was asked, not one it asked: the verb is a participle with no subject of its
    own ("Asked if …, Vell said", "When asked about …"), or the source is its object ("a reporter asked
    [Vell] whether …")."""
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ not in ("conj", "ROOT") and not any(
            c.dep_ in ("nsubj", "aux") for c in verb.children):
        return True  # (the parser tags "Asked" opening a sentence as a past tense; "…, asking whether" is the subject's)
    mention = a.speaker.mention
    if mention is None:
        return False
    return any(c.dep_ in ASKED_DEPS and c.idx < mention[1] and mention[0] < c.right_edge.idx + len(c.right_edge)
               for c in verb.children)


def _hover_card(text: str, spans) -> bool:
    """A span holding a name run into the next headline ("Ivo BrantBudget talks stall") that a
    "MORE" link closes within ``CARD_REACH`` characters: a news site's link card pasted into the text."""
    for span in spans:
        if not span:
            continue
        for m in GLUED_WORDS.finditer(text, span[0], span[1]):
            if "MORE" in text[m.end():m.end() + CARD_REACH].split():
                return True
    return False


def _clause(doc, span) -> bool:
    """The content is a clause ("that the levy would …", "the plan would fail"), not a noun phrase
    ("his ability to attack again")."""
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in content):
        return False
    return content[0].lower_ in CLAUSE_OPENERS or content.root.pos_ in ("VERB", "AUX")


def _statement_form(doc, a: Attribution) -> bool:
    """An indirect content has the form of something said or believed: a clause ("that the quay is
    safe", "the quay is safe"); an infinitive or a subjectless gerund only under a verb of speech or
    belief ("vowed [to rebuild]", "denied [taking the money]"; not "declined [to scold him]", "has been
    willing [to pay]", "pleaded guilty to [making false statements]"); a noun phrase only as a verb of
    speech's statement (``_np_statement``: "denied any role") or as the subject a cue interrupts
    ("wrote [memos about the meetings]", "is seeking [an end to the blockade]" state nothing)."""
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if content is None or not len(content):
        return True
    root = content.root
    if content[0].lower_ in TOPIC_MARKS and content[0].pos_ == "ADP":
        return False  # "tweeting [about the minister]": what was talked of, nothing said
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    if content[0].lower_ in CLAUSE_OPENERS - {"that"} or (content[0].lower_ == "that" and content[0].dep_ == "mark"):
        return True
    if root.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        clause = root.dep_ == "ccomp" or subject or any(  # a clause the parser headed with a noun;
            c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children) for c in root.children) or any(
            t.dep_ == "ccomp" and t.tag_ in FINITE_TAGS and t.head == root.head and root.dep_ == "dobj"
            and t.i == root.right_edge.i + 1 and root.right_edge.i - root.left_edge.i < 4  # a short subject
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            for t in content) or any(  # or whose subject it took for the cue's object ("added [the delay] [cost] them");
            _finite_clause(t) and content[:t.i - content.start].text.count("(") <= content[:t.i - content.start].text.count(")")
            and not (content.start <= t.head.i < content.end and t.head.lemma_.lower() in ALL_SPEECH_VERBS)
            for t in content)  # or a clause of its own inside, not in brackets nor another report ("wrote [Vell]
        # [that it …]", "gave a reason: he …"; not "will consider the case … and say that …")
        headline = a.cue is not None and a.cue[0] >= a.content[1] and not any(  # "Harvest to shrink, board says"
            c.dep_ in ("det", "poss") for c in root.children) and any(
            c.dep_ in ("acl", "xcomp") and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children) for c in root.children)
        lemma = _cue_lemma(doc, a)
        asked = lemma in REQUEST_VERBS and any(  # "asked [the state to help]", not "declared [the drafting of a plan to …]"
            t.tag_ == "TO" and t.head.tag_ == "VB" and t.head.dep_ in ("xcomp", "ccomp", "acl") for t in content)
        intent = lemma in ALL_SPEECH_VERBS - INTENTION_VERBS and root.lemma_.lower() in INTENT_NOUNS and any(
            c.dep_ == "acl" and c.tag_ == "VB" for c in root.children)  # "announced [his plans to step down]"
        return clause or headline or asked or intent or _np_statement(doc, a) or _interposed(doc, a)  # "the fact [that …]"
    if _verbal(doc, a.content):
        return _cue_lemma(doc, a) in ALL_SPEECH_VERBS or _charge(doc, a)
    return True


def _finite_clause(tok) -> bool:
    """``tok`` heads a finite clause with a subject of its own that is not a relative clause ("wrote [Vell]
    [that it did not need …]", "gave a reason: [he did not want to wait]", "the effort to unseat Vell [was]
    …" as the parser may hang it): what the noun phrase around it holds is a statement."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "acl"):
        return False
    finite = tok.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and (c.tag_ in FINITE_TAGS or c.tag_ == "MD") for c in tok.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS for c in tok.children) and not any(
        c.tag_ in RELATIVE_TAGS or (c.lower_ in RELATIVE_WORDS and c.dep_ != "mark") for c in tok.children)  # "the
    # reluctance [that others perceived]": a relative clause


def _verbal(doc, span) -> bool:
    """The content is an infinitive ("to rebuild the quay") or a gerund without a subject ("taking the
    money"): an act, a statement only under a verb of speech or belief."""
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    root = content.root
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    infinitive = content[0].lower_ == "to" and content[0].tag_ == "TO"
    return infinitive or (root.tag_ == "VBG" and not subject and not any(c.dep_ == "aux" for c in root.children))


def _charge(doc, a: Attribution) -> bool:
    """The content is the gerund charge of an active accusation ("accused [the board] of [lying about the
    quay]"): a statement of the accuser's. Not a passive participle ("pilots [accused of] smuggling"), whose
    subject is the accused."""
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand") if a.cue is not None else None
    verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
    return (verb is not None and verb.lemma_.lower() in CHARGE_VERBS and _verbal(doc, a.content)
            and any(c.dep_ in ("dobj", "obj") for c in verb.children))


def _accused_outside(doc, a: Attribution) -> bool:
    """The content is the gerund charge of an active accusation whose accused, the verb's object, stands outside
    it ("accused [Ostria] of [smuggling grain]"): shown alone, the charge loses who is charged and reads as the
    accuser's own aim (analyst's read of 2026-12-06: "engaging in cybertheft" without "Beijing of"). PolNeAR
    takes the charge as the content, so the record stays, unreported."""
    if not _charge(doc, a):
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    verb = next(t for t in cue if t.pos_ == "VERB")
    return any(c.dep_ in ("dobj", "obj") and not a.content[0] <= c.idx < a.content[1] for c in verb.children)


def _pronoun_named(doc, a: Attribution) -> bool:
    """The content of a verb of naming opens with a bare pronoun, the verb's object, or a bare noun that only
    points back (``_bare_noun_named``), and holds no verb ("called [it “very reckless”]", "labeled [them] “a
    disgrace”", "called [the story] false"): the thing named lies outside, and "it" with a predicate states
    nothing one can read alone (analyst's read of 2026-12-06). "called the harbor levy “a disgrace”" stays."""
    if a.cue is None or _cue_lemma(doc, a) not in NAMING_VERBS:
        return False
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    first = next((t for t in content if not is_edge(t)), None) if content is not None else None
    return (first is not None and (first.lower_ in REFERRING_PRONOUNS and first.dep_ in ("dobj", "obj")
                                   or _bare_noun_named(first))
            and not any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS for t in content))


def _bare_noun_named(first) -> bool:
    """The content opens with the verb of naming's object as a determiner and a bare common noun ("called [the
    story] false", "called [the move] “a stunt”"): the noun only points back to what is judged, which lies outside
    the content, as "it" does. An object the content describes ("the report on the harbor", "the mayor's plan",
    "the harbor levy") names what is judged and stays."""
    noun = first.head
    return (first.dep_ == "det" and first.lower_ in REFERRING_PRONOUNS | {"the"} and noun.i == first.i + 1
            and noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB"
            and not any(c.i != first.i for c in noun.children) and not _describes_noun(noun))


def _describes_noun(noun) -> bool:
    """The words after a noun go on describing it, whatever the parser hung them on ("the report [on the harbor]
    a disgrace": "on" is often the verb's), rather than opening the predicate."""
    nxt = next((t for t in noun.doc[noun.i + 1:noun.i + 3] if not is_edge(t)), None)
    return nxt is not None and (nxt.pos_ == "ADP" or nxt.dep_ in ("prep", "acl", "relcl"))


def _cue_lemma(doc, a: Attribution) -> str | None:
    """The lemma of the cue's verb, else of its noun ("his promise [to rebuild]"), None for a cue with
    neither ("according to", "willing")."""
    if a.cue is None:
        return None
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None:
        return None
    word = next((t for t in cue if t.pos_ == "VERB"), None) or next((t for t in cue if t.pos_ == "NOUN"), None)
    return word.lemma_.lower() if word is not None else None


def _np_statement(doc, a: Attribution) -> bool:
    """A noun phrase that a verb of speech makes a statement ("denied any role in the attack", "called
    the plan a gamble", "reported 46 arrests"), of ``MIN_NP_WORDS`` words or more; not the verb's object alone,
    the one addressed or acted on (``_addressee_only``, ``_named_party_acted_on``)."""
    if a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
    words = doc_text(doc)[a.content[0]:a.content[1]].split()
    if verb is None or verb.lemma_.lower() not in NP_STATEMENT_VERBS or len(words) < MIN_NP_WORDS:
        return False
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    obj = None if content is None else next(
        (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.left_edge.i == content.start), None)
    return obj is None or not (_addressee_only(content, verb, obj) or _named_party_acted_on(content, verb, obj))


def _addressee_only(content, verb, obj) -> bool:
    """The content is only the verb's object ``obj``, the one bidden, while what was bidden lies after it
    ("warned [his ruling coalition] -- which … -- not to celebrate", "urged [the crews] … to return"): the
    addressee, not what was said. Source: strict read 86 (a coalition warned shown as the statement)."""
    return content.end <= obj.right_edge.i + 1 and any(
        c.dep_ in ("xcomp", "ccomp") and c.i >= content.end for c in verb.children)


def _named_party_acted_on(content, verb, obj) -> bool:
    """The content opens with the verb's object ``obj`` naming a party, with only the grounds after it ("warned
    [Ostria over the seizure of the boats]", "criticized [Vorland Mills for the layoffs]"): whom the speaker
    addressed or judged, not what was said. Source: strict reads of contents (a state warned shown as the
    statement)."""
    if obj.pos_ != "PROPN" or obj.ent_type_ not in PARTY_TYPES:
        return False
    doc = content.doc
    rest = doc[obj.right_edge.i + 1:content.end]
    preps = [t for t in rest if t.dep_ == "prep" and t.head.i in (verb.i, obj.i)]
    return bool(preps) and preps[0].i == obj.right_edge.i + 1 and all(
        any(p.left_edge.i <= t.i <= p.right_edge.i for p in preps) or is_edge(t) for t in rest)


TIME_ADVERBIAL_DEPS = frozenset({"npadvmod", "tmod", "obl:tmod"})  # how a noun of time hangs on the verb


def _interposed(doc, a: Attribution) -> bool:
    """The content is the first part of a sentence its cue interrupts ("[The real danger], officials say, is
    not the drought"): the sentence goes on after the cue."""
    words = [w for w in doc_text(doc)[a.content[0]:a.content[1]].split() if any(ch.isalpha() for ch in w)]
    if a.cue is None or a.cue[0] < a.content[1] or len(words) < 2:
        return False  # not "which", "But", "Further"
    spans = cue_and_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    if content[0].pos_ in ("ADP", "ADV", "CCONJ", "SCONJ") or content.root.pos_ not in ("NOUN", "PROPN"):
        return False  # an adverbial ("In all likelihood", "Two weeks ago") states nothing; a subject does
    if content.root.dep_ in TIME_ADVERBIAL_DEPS or content.root.ent_type_ in ("DATE", "TIME"):
        return False  # "[That same day], the admiral testified …": when, not a subject (strict read, round 20)
    return any(t.is_alpha for t in doc[cue.end:cue.sent.end])


def _bare_tag(doc, span) -> bool:
    """The content is itself a speech tag with no clause of its own: a verb of saying with a pronoun or name as
    subject and nothing said under it ("he told Chinese officials in April", "she said on Monday")."""
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None or not len(content):
        return False
    root = content.root
    return (root.lemma_.lower() in QUOTE_VERBS and root.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in root.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") or c.lower_ in ("that", "whether")
                        for c in root.children))


def _has_verb(doc, span) -> bool:
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    return content is None or any(t.pos_ in ("VERB", "AUX") for t in content)


def _hypothetical(verb) -> bool:
    """The cue sits in a clause under "if", "unless" or "whether", itself or the clause it hangs on."""
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children):
            return True
        if tok.dep_ not in ("advcl", "conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


@functools.cache
def _lexicon() -> dict[str, float]:
    try:
        return json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    except OSError:
        return {}


def _cue_weight(lemma: str) -> float:
    """How often PolNeAR train uses the word as a cue (1.0 when no lexicon ships: nothing is dropped)."""
    lexicon = _lexicon()
    return lexicon.get(lemma, 0.0) if lexicon else 1.0
