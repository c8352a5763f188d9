"""Words that signal a stance, and the small word lists the stance finder reads the parse with.

Kept as data apart from the logic in ``stances`` and ``stance_syntax``: general English lexicons
of desire, fear, gain, advice and judgement, not phrases from any corpus.
"""
from __future__ import annotations

import re

from ..attribution.unsaid import CLAIM_WORDS

VERB_ATTITUDES = {
    **dict.fromkeys("want seek hope wish desire aim intend strive crave covet aspire prefer".split(), "wants"),
    **dict.fromkeys("fear dread".split(), "fears"),
    **dict.fromkeys("support back endorse favor favour welcome champion defend".split(), "supports"),
    **dict.fromkeys("oppose reject resist condemn denounce criticize criticise block veto".split(), "opposes"),
    **dict.fromkeys("recommend advise urge propose advocate".split(), "recommends"),
    **dict.fromkeys("benefit profit gain".split(), "benefits_from"),
    **dict.fromkeys("accuse blame".split(), "accuses"),
}
# Attitudes told by an act of saying (an accusation, a bid to act), not a state of mind that can be hedged or
# passed on as another's guess.
SAID_ATTITUDES = frozenset({"recommends", "accuses"})
# Verbs whose object is the one who feels ("what scares them", "the deal worries Moscow").
EXPERIENCER_VERBS = {
    **dict.fromkeys("scare frighten alarm unnerve terrify spook rattle trouble worry concern".split(), "fears"),
    **dict.fromkeys("irk anger annoy upset infuriate frustrate".split(), "opposes"),
}
ADJECTIVE_ATTITUDES = {
    **dict.fromkeys("eager keen determined desperate anxious interested intent hopeful".split(), "wants"),
    **dict.fromkeys("worried afraid fearful concerned nervous wary scared alarmed".split(), "fears"),
    **dict.fromkeys("opposed hostile".split(), "opposes"),
    **dict.fromkeys("supportive".split(), "supports"),
}
# "... would be good for Russia": the subject is what the "for" party wants.
GOOD_FOR_ADJECTIVES = frozenset("good beneficial helpful useful advantageous welcome valuable profitable".split())
NOUN_ATTITUDES = {
    **dict.fromkeys("goal aim objective ambition desire wish hope plan intention interest priority bid "
                    "quest aspiration".split(), "wants"),
    **dict.fromkeys("fear worry concern anxiety dread".split(), "fears"),
    **dict.fromkeys("recommendation proposal advice".split(), "recommends"),
    **dict.fromkeys("support backing".split(), "supports"),
    **dict.fromkeys("opposition objection".split(), "opposes"),
}
# Verbs that carry a stance noun to their subject ("we have a lot of interest in", "developed plans to"). Not
# "draw": "drew up plans to strike if attacked" prepares for a case, it does not want it, and "drew support"
# is someone else's.
LIGHT_VERBS = frozenset("have develop harbor harbour express voice make craft pursue share".split())
# The prepositions that introduce the object for each attitude ("interested in", "fear of", "push for").
OBJECT_PREPS = {
    "wants": frozenset({"in", "for", "of"}),
    "fears": frozenset({"about", "of", "over", "by", "for"}),
    "benefits_from": frozenset({"from"}),
    "supports": frozenset({"for", "of"}),
    "opposes": frozenset({"to", "against", "of"}),
    "recommends": frozenset(),
    "accuses": frozenset({"of", "for"}),
}
# Stance nouns take their object through their own prepositions ("interest in", "fear of"); "plans
# for X" is about X, not wanting it.
NOUN_PREPS = {
    **dict.fromkeys("interest".split(), frozenset({"in"})),
    **dict.fromkeys("desire wish hope quest bid".split(), frozenset({"for", "of"})),
    **dict.fromkeys("fear worry concern anxiety dread".split(), frozenset({"of", "about", "over", "for"})),
    **dict.fromkeys("support backing".split(), frozenset({"for", "of"})),
    **dict.fromkeys("opposition objection".split(), frozenset({"to"})),
}
# Words right after a trigger that open its object, so the surface fallback may take what follows.
OBJECT_OPENERS = frozenset({"to", "that", "in", "about", "of", "for", "from", "against"})
# Verbs whose direct object is the one advised, not the advice ("advising the president on ...").
ADDRESSEE_VERBS = frozenset({"advise", "urge", "accuse", "blame"})
# Of those, the ones whose relative-clause head is the one advised ("the groups X is advising"), not the
# thing blamed ("the attack X blamed on Y").
ADVISED_VERBS = frozenset({"advise", "urge"})
WH_WORDS = frozenset({"what", "which", "who", "whom", "whatever"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # a passive subject ("it was intended") holds no stance
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "but", "while", "although", "though", "so", "because"})
PERSONAL = frozenset({"he", "him", "his", "she", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SINGULAR_PRONOUNS = frozenset({"its"})  # bare "it" is too often expletive or a thing
FIRST_PLURAL = frozenset({"we", "us", "our"})
OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "it"})
LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MAX_OBJECT_TOKENS = 40
QUOTE_RUN_ON = 15  # tokens an object may run on to close a quotation it opened
LOOKBACK_SENTENCES = 2

# ---------------------------------------------------------------- what turns a stance down
# Clause openers that make the attitude a condition or a question, not a fact: "If Vemora continues to
# back the rebels …", "asked whether she supported the war".
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Verbs after which "if"/"whether" asks a question: "hopes to discover if …".
QUESTION_VERBS = frozenset("discover know see ask determine find learn check decide wonder understand tell "
                           "establish assess examine test investigate study show".split())
# "Europe might benefit", "could back the plan": possibilities, not attitudes ("would" reports a stance:
# "said Germany would support any consequences").
# "can seek relief", "should back the plan": an ability or advice, not an attitude held.
SPECULATIVE_MODALS = frozenset({"might", "may", "could", "can", "should", "must", "ought"})
# A feeling foretold ("will want to know", "would welcome") is a guess; a deed foretold ("will oppose") an intent.
FEELING_VERBS = frozenset("want hope wish desire crave covet prefer fear dread worry welcome".split())
PREDICTING_MODALS = frozenset({"will", "would", "'ll", "'d", "wo", "’ll", "’d"})  # (curly contractions: "She’ll be eager")
# "Iran is likely seeking …": the writer's guess at an attitude.
HEDGES = frozenset("likely probably possibly perhaps maybe apparently allegedly supposedly presumably "
                   "seemingly conceivably surely".split())
# Nouns whose complement is someone's belief or charge, not a fact: "the suspicion that he is too supportive".
CLAIM_NOUNS = frozenset("suspicion allegation accusation claim charge belief impression perception rumor rumour "
                        "theory notion assumption suggestion insinuation sense view feeling conviction assessment "
                        "proof evidence indication sign assurance assurances".split())
# What is rejected as untrue, not opposed: "rejected responsibility for the riots", "dismissed the allegations".
DENIED_NOUNS = CLAIM_NOUNS | CLAIM_WORDS | frozenset("responsibility blame characterization characterisation "
                                                     "premise account version".split())
DENYING_TRIGGERS = frozenset({"reject", "dismiss", "resist", "rebuff", "refute"})
# Nouns of a causal tie between things: "rejected any connection between the cuts and the flooding", "dismissed
# a link to the blast" deny that the tie exists (strict readers, stancewant14), they oppose nothing.
TIE_NOUNS = frozenset("connection connections link links linkage correlation nexus causation relationship".split())
TIE_PREPS = frozenset({"between", "to", "with"})
# Nouns whose "that" clause is asked for, not asserted: "rejected demands that it abandon the programme" is an
# opposition; any other noun with a "that" clause ("the idea that the plant was unsafe", "arguments that …",
# "the consensus that …") is a proposition, and rejecting it is disbelief (stanceact14).
ASKING_NOUNS = frozenset("""demand demands request requests call calls proposal proposals plan plans push bid
insistence offer offers order orders ultimatum condition conditions suggestion suggestions appeal appeals
recommendation recommendations""".split())
# Nouns and verbs whose complement is wished, expected or imagined, not held by its subject: "hopes that
# Ostria would back the plan have faded", "imagine Norway supporting it", "urged Norway to back it".
HOPED_FOR_WORDS = frozenset("hope wish dream expectation prospect possibility speculation chance scenario "
                            "fantasy illusion".split())
WISHING_VERBS = frozenset("imagine suppose pretend hope wish expect want urge ask predict demand request require "
                          "press pressure beg implore".split())
# Verbs of calling a picture to mind: "urged the crowd to imagine a mayor who …" bids the hearers picture a thing,
# it recommends nothing (read: shown as a recommendation).
PICTURING_VERBS = frozenset("imagine picture envision envisage visualize visualise fancy".split())
# Verbs that put someone in a state: "has many worried that …", "left voters wondering", "keeps them nervous":
# the feeling is the causee's, not the subject's.
CAUSING_VERBS = frozenset("have leave make keep get set".split())
# "would find it hard to seek", "is unable to back": a judgement of what is possible, not an attitude held.
ABILITY_WORDS = frozenset("hard difficult easy impossible tough unable able possible unlikely".split())
# Clause openers that place a past verb at a moment now over: "when they feared reprisals" (not "after": "after
# Sanders endorsed Biden" reports a deed whose stance stays; not "while": often a contrast).
MOMENT_WORDS = frozenset({"when", "whenever"})
# Openers of a condition that belongs to the object: "to pay them if they leave the country".
OBJECT_CONDITIONS = frozenset({"if", "unless", "provided", "providing", "lest"})
# "criticized the navy for ignoring abuse": the complaint comes with "for" or "over".
COMPLAINT_PREPS = frozenset({"for", "over"})
# "seemed to endorse": the writer's reading of an act; "has to support": an obligation, not a wish.
SEEMING_VERBS = frozenset("seem appear".split())
# Words of leaning towards an attitude not yet taken: "inclined to back the deal", "considering backing it",
# "weighing whether to support" (strict readers, AllSides 1491–1999: "inclined to back" is no support).
INCLINING_WORDS = frozenset("""inclined disposed leaning lean considering consider weighing weigh mulling mull
contemplating contemplate pondering ponder tempted""".split())
OBLIGING_VERBS = frozenset("have need".split())
# "withheld their support for", "dropped its objection to": the attitude is not (or no longer) given.
WITHHOLDING_VERBS = frozenset("withhold withdraw drop abandon end renounce retract lose reverse rescind revoke".split())
# "reneged on its support for", "retreated from her backing of": the attitude is taken back.
RENEGING_VERBS = frozenset("renege retreat resile".split())
# "an amendment that would allow Vell to seek two more terms": a door opened, not a wish shown.
ALLOWING_VERBS = frozenset("allow permit enable let empower entitle authorize authorise".split())
# "once supported", "formerly backed": an attitude given as past.
MAX_CLIMB_CLAUSES = 8  # clauses climbed from a trigger to the verb above it
CONDITION_PATH = frozenset({"dobj", "ccomp", "xcomp", "acomp", "attr"})  # what a verb takes, not a phrase's
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "'d", "’d"})  # "would welcome", "what would upset"
# Words of the actor's own channel: a stance "according to" one of them is the actor's own account.
OWN_ACCOUNT_NOUNS = frozenset({"statement", "release", "announcement", "spokesman", "spokeswoman", "spokesperson",
                               "representative", "tweet", "post", "letter", "memo", "transcript", "interview"})
# A past want in narrative is met or gone ("wished", "sought" usually report the day).
DESIRE_VERBS = frozenset({"want", "desire", "crave", "covet"})
# Verbs reporting someone's words: a past verb under one follows its tense ("said he wanted").
REPORTING_VERBS = frozenset({"say", "tell", "write", "add", "state", "explain", "recall", "insist", "note",
                             "argue", "claim", "acknowledge", "admit", "announce", "report", "testify"})
# Acts that carry no words of their own: a "saying …" hung on one is the actor's own comment ("defended the
# army's action saying the charge was false"), unlike "a letter saying …", which gives the letter's words.
WORDLESS_ACTS = frozenset("action actions move moves decision step steps attack attacks strike strikes crackdown "
                          "operation raid raids response intervention".split())
BYGONE_ADVERBS = frozenset({"once", "formerly", "previously", "onetime", "erstwhile", "initially", "originally",
                            "historically"})
# Spans of a career or an age: "during his campaign, Vell criticised Ostria" is over.
PAST_PERIODS = frozenset("campaign tenure presidency premiership term career reign era decade years youth "
                         "childhood primary primaries".split())
BYGONE_PHRASES = ("in the past", "at one time", "at one point", "at the time", "in those days",
                  # a first phase of a story whose later turn the article tells (read of AllSides 1491–1999:
                  # "At the outset, Obama publicly supported …", then the stance "began to change")
                  "at the outset", "at first", "in the beginning", "early on")  # not "at the start" (of the year)
# Times a story sets by its own clock, not the article's: "The next day, Vell urged …", "Years later, Holm
# opposed …", "Back then, Canada opposed …" (``narrative.narrated_time``). Not "that day", "days later": the news
# day's own story uses them.
NARRATIVE_TIME_PHRASES = ("back then", "by then", "until then", "at that time", "at that point", "at that stage",
                          "at that moment", "in those years", "the next morning", "the next week", "the next day",
                          "the next month", "the next year", "the following day", "the following morning",
                          "the following week", "the following month", "the following year", "the year before",
                          "that year", "that spring", "that summer", "that fall", "that autumn", "that winter",
                          "months later", "years later", "decades later", "a year later", "a decade later",
                          "months earlier", "years earlier", "decades earlier", "a year earlier")
# Verbs whose passive subject is done or dead ("the bill was signed", "the plan was scrapped"), and intransitives
# that say so of their subject ("the deal collapsed"): a wish or threat about it is over (``narrative.overtaken``).
SETTLING_VERBS = frozenset("sign pass approve adopt enact ratify complete finalize finalise conclude seal reject "
                           "defeat kill scrap abandon withdraw drop shelve veto cancel overturn implement lift "
                           "settle resolve".split())
SETTLING_INTRANSITIVES = frozenset("pass collapse fail expire lapse".split())
# Verbs telling a proposal or bid defeated or given up ("Renzi's proposal was defeated", "dropped her bid"):
# the attitude it carried is over (``narrative.dropped``). Not "blocked", "rejected": others' acts.
DROPPING_VERBS = frozenset("defeat abandon scrap shelve drop withdraw kill sink".split())
# "has defended the president at times": now and then, not a stance held.
OCCASIONAL_PHRASES = ("at times", "sometimes", "occasionally", "from time to time", "on occasion", "every so often")
# Where or when something was said or done, not what it was: "supportive of the raids at the lunch",
# "announced his plans to leave the party in the video"; the medium or forum it was said or voted in: "welcomed
# the move on Twitter", "opposed the bill in committee".
OCCASION_NOUNS = frozenset("""breakfast lunch dinner meeting rally conference hearing interview speech statement
clip video column broadcast podcast tweet summit briefing testimony appearance address
twitter facebook instagram television tv radio website blog camera committee cnn msnbc nbc abc cbs bbc npr pbs""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# "no longer wants", "never wanted": the attitude is denied or over.
DENYING_ADVERBS = frozenset({"never", "hardly", "scarcely", "barely"})
# Verbs that, negated, deny the clause below them: "I don't believe the ministry ever wanted it".
DOUBTING_VERBS = frozenset("believe think say suppose expect imagine claim".split())
# "failed to defend", "refused to back": the attitude is not shown.
FAILING_VERBS = frozenset("fail refuse decline neglect".split())
# "unwilling to back", "loath to support", "reluctant to endorse": the attitude is held back, not shown
# (stanceact14: strict readers of AllSides 1491-1999 found "unwilling to back either party" read as backing).
UNWILLING_WORDS = frozenset("unwilling reluctant loath loth hesitant averse disinclined".split())
# "little interest in", "no desire to": the attitude is denied.
SCANT_WORDS = frozenset({"no", "little", "scant", "zero"})
# "less reason to fear", "fewer reasons to back": a ground given as smaller, so the attitude is not held.
SCANT_GROUNDS = SCANT_WORDS | {"less", "few", "fewer"}
# Verbs that deny the clause below them even without a negation: "denied that he supported the pact".
DENYING_VERBS = frozenset("deny dispute refute doubt".split())
# "allay fears that he wants another war": the content of a fear is not the feared one's stance.
FEARED_NOUNS = frozenset("fear fears worry worries concern concerns suspicion".split())
# Verbs that charge or infer: a stance in what they report is the claimant's, unless the claimant is the
# holder ("Ostria insists it wants peace"): "Vell accused Ostria of wanting war", "documents suggest she hoped".
CLAIMING_VERBS = frozenset("accuse allege claim charge suspect suggest imply insinuate speculate contend insist "
                           "argue assert believe think assume reckon convince persuade warn feel caution fear worry"
                           .split())
# "out of fear that", "on the assumption that", "in the hope that": the motive or premise of an act, not the act.
MOTIVE_NOUNS = frozenset("fear assumption belief hope expectation conviction premise pretext".split())
# A clause of reason: "because he wants to avoid a strike".
REASON_MARKS = frozenset({"because", "since", "as"})
# Who says so makes it a charge or a rumour: "critics say Ostria wants …", "…, some say".
CLAIMANT_NOUNS = frozenset("critic opponent detractor rival skeptic sceptic enemy foe adversary some others "
                           "critics opponents detractors rivals skeptics sceptics enemies foes adversaries".split())
# Onlookers whose say-so about a party's aims is their own reading of them, not a fact the writer reports
# ("Vell wants a quiet border, perhaps in part, some regional analysts say": stances16, strict readers).
SPECULATING_NOUNS = frozenset("""analyst expert observer commentator pundit scholar historian academic watcher
strategist researcher""".split())
# "incorrectly stated that X opposed": the report itself is withdrawn.
RETRACTING_WORDS = frozenset({"incorrectly", "erroneously", "wrongly", "falsely", "mistakenly"})
# Objects that only point elsewhere: "Norway wants the reverse".
EMPTY_OBJECTS = frozenset({"reverse", "opposite", "contrary", "same", "converse", "other way around",
                           "other way round", "this", "that", "it", "so", "one", "both", "either", "neither"})
# Pronouns an object cannot open with and still say what it is about: "fears he could do something rash".
POINTING_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "this", "that", "these", "those",
                               "nothing", "something", "anything"})
# Verbs that state an attitude noun: negated, they deny it ("doesn't express a desire for").
EXPRESSING_VERBS = frozenset("express voice show signal state indicate have declare announce".split())
# Pronouns for a set of people left unnamed: "those open to it … want".
UNNAMED_SETS = frozenset({"those", "some", "many", "others", "several", "few", "most", "all", "these"})
# A part of a group that a poll or a count gives: "41 percent of voters", "a plurality of Ostrians" (stances14).
SHARE_WORDS = frozenset("""percent per cent % plurality majority minority half third quarter fifth share proportion
fraction""".split())
# "a number of senior figures": the group is its "of" noun's.
QUANTITY_NOUNS = frozenset("number group handful couple majority minority lot host series dozen dozens".split())
# Words of care before "for": "concern for the stranded crews" is care for them, not fear (read 20).
CARE_WORDS = frozenset("concern concerns concerned".split())
# Verbs of what befalls one: "worried about losing his seat", "concerned about having a fine" fear it; other
# verbs name a deed the holder weighs ("wary of mollifying the owners"): a reluctance, not a fear.
UNDERGONE_VERBS = frozenset("""lose have face get be become suffer miss fall go run end pay see""".split())
# What one fears for, not fears: "concern over the welfare of the islanders".
WELLBEING_NOUNS = frozenset("welfare safety fate health wellbeing well-being lives life rights security future "
                            "survival whereabouts condition".split())
# "sought to provide a few": a quantifier left without its noun.
QUANTIFIERS = frozenset({"few", "many", "several", "some", "more", "most", "others", "both", "all", "any"})
# "That timeline has frustrated Lintz": a demonstrative and a noun point back, and say nothing on their own.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# News words that say only that something happened or was said, named elsewhere: "condemned the news".
ANAPHORIC_NOUNS = frozenset({"news", "move", "moves", "situation", "development", "developments", "remarks", "comments",
                             "statement", "statements", "announcement", "step", "steps", "decision", "report",
                             "reports", "action", "actions", "incident", "measure", "measures", "role", "job",
                             "post", "position", "idea", "issue", "matter", "use"})
# Shell nouns (Schmid 2000) beside those: a noun whose content a clause or an earlier sentence gives, and which
# under "the" with nothing after it says nothing alone ("the US handle the problem alone", "leaking the
# information to the media", "include the funding in an aid bill": which problem, information, funding?).
SHELL_NOUNS = frozenset("problem information funding money effort".split())
# Violent and military events: "condemned the attack" needs no more words to say what is opposed.
# "wants answers", "seeks help", "opposes military aid", "backs more sanctions": a noun that names something
# asked for, given or imposed, and says nothing until it is told about what, from whom, to or on whom.
COMPLEMENT_NOUNS = frozenset("""answer information detail explanation clarification clarity transparency help aid
assistance support cooperation relief protection funding guarantee assurance sanction stay access accountability
investigation inquiry probe intervention talk negotiation""".split())
# Adjectives that tell a thing's stage, not which it is: "the revised deal", "the slated plan" ("the new dam" is
# left to stand: a thing new in the story's place and time).
UNSPECIFYING_ADJECTIVES = frozenset("""revised slated proposed planned existing current latest original final
amended updated""".split())
# Adjectives that judge or date a thing without saying which it is: "the brutal raids", "the latest strikes".
JUDGING_ADJECTIVES = frozenset("""brutal deadly horrific heinous senseless cowardly barbaric terrible appalling
despicable recent renewed continued ongoing repeated apparent alleged routine""".split())
TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
                        "hour", "hours", "minute", "minutes", "morning", "afternoon", "evening", "night",
                        "time", "moment", "while"})
# "enjoys the support of Norway": the one after "of" holds the attitude, the subject only receives it.
RECEIVING_VERBS = frozenset({"have", "get", "win", "receive", "enjoy", "secure", "gain", "lose", "seek", "need",
                             "want", "earn", "retain", "keep", "lack", "court", "enlist",
                             "draw", "garner", "attract"})  # "has drawn wide support for his stance" (read31 S17)
# Common nouns for people: a pronoun after one of these points at it, not at an entity further back
# ("Lawmakers from the coast, they want …"; "the president … he urged").
PEOPLE_NOUNS = frozenset("""people residents voters citizens workers farmers families students protesters activists
fans shoppers parents locals users lawmakers legislators officials leaders critics supporters opponents members
analysts experts observers diplomats investors companies groups rebels militants soldiers troops police
residents villagers refugees migrants immigrants teachers doctors nurses patients businesses owners employers
president minister secretary leader official spokesman spokeswoman chairman chairwoman senator governor mayor
king queen prince princess general commander chief director man woman boy girl father mother son daughter
husband wife brother sister candidate lawmaker judge ambassador envoy premier chancellor activist lawyer officer
soldier driver author writer reporter professor teacher doctor nurse student worker farmer owner pastor priest
teachers politicians lawmakers legislators senators congressmen mps marchers demonstrators crowds crowd
delegates person""".split())
# Bodies that hold a stance for the state or group their modifier names ("the Ostrian government", "Ostrian
# officials" are people nouns): "the Iran deal", "the Ostria talks" hold none.
HOLDER_NOUNS = frozenset("""government ministry administration industry company military army navy parliament
congress authorities regime leadership delegation team camp party campaign council cabinet media press
forces firms banks agency agencies establishment side state embassy""".split())
# "former Ostrian ambassadors", "a retired general": they no longer speak for the state.
FORMER_WORDS = frozenset({"former", "retired", "ex", "onetime", "erstwhile"})
# The people nouns that speak for the state or body their modifier names ("Ostrian officials", "diplomats in
# Moscow", "the Kessel mayor"); other people ("residents in Vancouver", "California teachers", "Ostrian
# lawmakers", "experts in Washington", who may work for a think tank) are people from there, not the place.
REPRESENTATIVE_NOUNS = frozenset("""official officials leader leaders diplomat diplomats authorities negotiator
negotiators spokesman spokeswoman spokesperson minister ministers secretary president
premier chancellor ambassador ambassadors envoy envoys governor mayor king queen prince princess general generals
commander commanders chief chiefs director""".split())
# One part of a state, whose plan or view the text gives as its own, not the state's: "Ostria's finance ministry
# wants …", "the Ostrian central bank fears …" (stances14; its officials, its government and its foreign ministry,
# which speaks for it abroad, still do).
SUBORDINATE_HOLDERS = frozenset("""ministry department agency bank""".split())
# Offices that watch over a body from inside it: "the State Department inspector general's report criticizes …",
# "the agency's watchdog faulted …" give the watchdog's finding, not the body's own stance (stances20b).
WATCHDOG_NOUNS = frozenset("""watchdog watchdogs ombudsman ombudsmen auditor auditors""".split())
# Who speaks for a person: "Lead counsel Greta Lind says Vell is concerned" reports Vell's own concern.
SPEAKING_FOR = frozenset("""lawyer lawyers attorney attorneys counsel spokesman spokeswoman spokesperson aide aides
adviser advisers advisor advisors secretary manager representative representatives wife husband son daughter
mother father brother sister family""".split())
# Nouns of a relation: "Iran's allies", "U.S. regional allies Japan and South Korea" are not Iran or the U.S.
RELATION_NOUNS = frozenset("""ally allies partner partners proxy proxies neighbour neighbours neighbor neighbors rival
rivals enemy enemies foe foes friend friends critic critics opponent opponents counterpart counterparts client clients
patron patrons backer backers""".split())
# "seeking to reach (the accord)": getting the thing is wanting it.
ACQUIRING_VERBS = frozenset("reach get obtain win secure achieve sign conclude strike clinch land gain".split())
# Verbs that need an object: in a relative clause without one ("speeches he wants to give"), the clause
# alone says nothing.
TRANSITIVE_VERBS = frozenset("""give make take get put bring send offer provide request hold deliver use raise
pass sign reach win secure obtain achieve build create impose lift ask pay""".split())
# "concern to prevent": a fear noun with an infinitive names a priority.
FEARS_NOUNS_TO = frozenset("concern worry".split())
# Plurals that name holdings, not wishes: "Exxon's interests in Russia".
STAKE_PLURALS = frozenset({"interests"})
# Nouns that, after a bare "the", stand for a thing or party named only in an earlier sentence: an instrument
# ("the bill", "the pact"), or an epithet for a body or person ("the regime", "the group", "the embattled
# leader"). Nouns for what the story's country or town has one of ("the government", "the president", "the
# mayor", "the country", "the court", "the panel", "the law") are left out: readers take them for the story's own.
ANAPHORIC_HEADS = frozenset("""law bill measure deal agreement accord pact treaty plan proposal legislation resolution
package amendment initiative scheme arrangement framework compromise settlement ruling probe inquiry
lawsuit program programme project regime group organization organisation kingdom leader leadership company firm
militia faction outfit suspect witness couple man woman boy girl victim crossing site facility
invitation offer request airline carrier lender insurer manufacturer automaker carmaker retailer contractor
supplier startup conglomerate""".split())
# Heads that are always someone's: "the missile program", "the airline", "the military leadership". A common
# noun or a plain adjective before one says what kind, not whose ("the nuclear program": whose?), so only a
# name, an owner or a phrase after it anchors it (read 20: "sell 100 aircraft to the airline").
OWNED_HEADS = frozenset("""program programme project regime leadership leader airline carrier lender insurer
manufacturer automaker carmaker retailer contractor supplier startup conglomerate""".split())
# A party that one talks, trades or deals with, described but not named: "upgrade relations with an emerging
# power", "sell jets to a key ally" (which one, the sentence before says).
PARTY_EPITHETS = frozenset("""power nation country state ally partner neighbour neighbor rival superpower
kingdom republic""".split())
# Deeds of wrong listed as charges: "leaders who support terror and commit abuses" misparsed, or said as a
# charge ("Ostria supports terrorism"): nobody's stance is to back these; the words are an accuser's.
WRONGDOING_NOUNS = frozenset("""abuse abuses atrocity atrocities crime crimes torture corruption violation violations
terror terrorism genocide repression persecution""".split())
# Adjectives that describe a noun without saying which one it is: "the isolated country", "the embattled
# leader" (beside UNSPECIFYING_ADJECTIVES: "the new deal", "the revised plan").
EPITHET_ADJECTIVES = frozenset("""new isolated embattled reclusive beleaguered secretive rogue authoritarian
controversial troubled struggling besieged impoverished notorious""".split())
# Nouns the story's own country has one of, which stand for another only under an epithet: "the isolated
# country", "the embattled government" (not "the country", "the government").
# Nouns under "the" whose one referent every reader knows without an earlier sentence: "protect the environment",
# "boost the economy", "serve the public" (stances14: objects that point back to another sentence).
SHARED_NOUNS = frozenset("""economy environment climate planet world earth public people poor rich internet media
press constitution truth future past status law military police""".split())
EPITHET_ONLY_HEADS = frozenset({"country", "nation", "state", "government", "president", "ruler", "dictator"})
