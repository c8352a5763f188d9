"""One-time acts written with a word of attitude: a vote, a greeting, a courtesy, a statement made on the day.

A stance is a standing want, fear, backing or opposition. Fresh readers of dev stances (AllSides 1041–1490,
read 18) found acts reported as stances:

* a vote cast: "Ostria voted to reject its far-right candidate" tells how a ballot went, not what Ostria
  opposes (a vote pledged, "will vote to support", declares a stance);
* a greeting: "welcomed home four sailors" receives people, it does not back them;
* a courtesy: "wished the eventual victor "a great deal of luck"" (beside ``_verb``'s "wished Lind well"), and a
  want of one ("wants to thank all of the staff", readst18b: the thanks paid, ``courtesy_wanted``);
* a statement tried on the day: "sought to reassure farmers", "sought to make clear on Friday that …" tell what
  was said, and what it said is the speaker's own report, not a wish; so does "sought to play down the charges"
  (read 44: an act described, no attitude; ``statement_tried``), and an attempt at how things look (strict
  readers, readst18 on AllSides 1500–1999): "sought to quell the uproar over his remarks", "sought to allay
  concerns that …", "sought to put a good face on the talks", "sought to change the narrative", "sought to
  project strength" (``appearance_tried``; "sought to quell the revolt" is a goal and stays);
* a defence of one's own deed or words (readst18): "defended his decision to pull the troops", "defended his
  claims that the judge is biased", "defended his government's handling of the flood" justify what the holder
  did or said under criticism; "supports his claims" backs nothing in the world (``own_defended``). Defending
  another's deed ("defended the navy's decision") or one's own plan stays;
* a speech told as done (stancewant14, strict readers): "sought to balance her warning with praise for the
  crews in a speech on Monday" tells how a speech went (``SPEECH_NOUNS`` under a past attempt), and a wording
  preferred ("Vell, preferring to call the group a gang, …", ``NAMING_VERBS``) is how one spoke, no stance;
* a criticism of a person or a body (``one_criticism``): "criticized the mayor of London after an attack"
  (strict readers, AllSides 1491–1999), and, told in the past, "condemned Tomas Vell", "sharply criticized the
  ministry" (read 21): one episode, no standing opposition to them. Opposition to a policy or deed stays;
* an institution's act (``ruled``, ``vetoed``; strict readers, stanceact14): a court's or a judge's ruling
  ("the high court rejected Holm's appeal", "a judge blocked the plan"), a chamber's vote ("the senate
  rejected the levy"), a veto of a document ("Ostria vetoed the resolution, which would have let inspectors
  in": not an opposition to the resolution, still less to a clause inside it). A veto or a block pledged
  ("will veto the bill", "vowed to block it") declares a stance and stays, as does a habit ("has repeatedly
  rejected the deal"); what such an act did, told by a participle ("vetoed the resolution, blocking a plan to
  let inspectors in", ``act_effect``), is its effect, not a second stance.

Each function takes the trigger token and returns a bool.
"""
from __future__ import annotations

from ..attribution.cues import CHARACTERISING_VERBS
from .lexicon import SUBJECT_DEPS

# "welcomed home", "welcomed back": a greeting of people who arrive.
ARRIVAL_WORDS = frozenset({"home", "back"})
# What a courtesy wishes someone: "wished the winner success", "wished her luck".
COURTESY_NOUNS = frozenset("success luck recovery best birthday congratulations happiness".split())
# Verbs of a courtesy paid in words, and the wants that only frame them: "wants to thank", "would like to apologise".
COURTESY_VERBS = frozenset("thank congratulate apologize apologise commend salute".split())
COURTESY_WANTS = frozenset("want wish like hope".split())
# Verbs of telling whose attempt ("sought to …", "tried to …") is a statement made, not a goal held.
TELLING_VERBS = frozenset("reassure assure clarify explain downplay stress emphasize emphasise underscore portray "
                           "depict characterize characterise".split())
ATTEMPT_VERBS = frozenset({"seek", "try", "attempt"})
# Phrasal verbs of telling: "sought to play down the charges", "tried to talk down the risk" (read 44).
TELLING_PHRASALS = frozenset({("play", "down"), ("talk", "down"), ("tamp", "down"), ("brush", "aside"),
                              ("brush", "off"), ("smooth", "over")})
# Verbs whose attempt works on what people think or feel about a thing when their object is a feeling or a talk
# (``PERCEPTION_NOUNS``): "sought to allay concerns", "tried to quell the uproar" ("quell the revolt" is a goal).
SOOTHING_VERBS = frozenset("allay dispel assuage quell ease calm soothe defuse deflect rebut counter tamp "
                           "address answer".split())
PERCEPTION_NOUNS = frozenset("""concern concerns fear fears worry worries doubt doubts anxiety anxieties
criticism criticisms question questions speculation rumor rumors rumour rumours suspicion suspicions perception
perceptions impression impressions firestorm outcry uproar backlash furor furore controversy jitters nerves
blame talk narrative""".split())
# Phrasal verbs of how a thing is told: "play down", "tamp down", "talk up".
SPIN_VERBS = frozenset({"play", "tamp", "talk"})
SPIN_PARTICLES = frozenset({"down", "up"})
# Verbs of a story told: "change the narrative", "reframe the debate", "shift the conversation".
STORY_VERBS = frozenset("change shift reframe reset control shape".split())
STORY_NOUNS = frozenset("narrative narratives conversation story message optics image".split())
# What is projected is a look: "project strength", "project confidence" ("project power" is force, a goal).
LOOK_NOUNS = frozenset("strength confidence calm unity resolve toughness optimism normalcy image air".split())
LOOK_VERBS = frozenset("appear seem sound look".split())  # "sought to appear presidential"
# What a speech, an interview or a statement is: a past attempt told "in" or "during" one is how it went.
SPEECH_NOUNS = frozenset("speech speeches address remarks statement interview testimony briefing appearance "
                         "comments op-ed column post tweet letter sermon lecture".split())
SPEECH_PREPS = frozenset({"in", "during", "at"})
# One's own words worked on: "tried to soften his remarks", "sought to temper her warning".
OWN_WORDS = frozenset("warning warnings criticism criticisms message tone rhetoric words praise remark".split())
SPOKEN_OR_OWN = SPEECH_NOUNS | OWN_WORDS
# Verbs of naming: preferring to "call the group a gang", "describe it as …" is a choice of words.
NAMING_VERBS = (CHARACTERISING_VERBS - {"deem"}) | {"refer", "name"}
# Verbs of criticism: of a person, one criticism at any time; with the condemning verbs, of a person or a
# body in the past ("condemned Vell", "slammed the ministry"). Not all are stance triggers; all are read.
CRITICIZING_VERBS = frozenset("criticize criticise".split())
CONDEMNING_VERBS = frozenset("condemn denounce rebuke slam blast lash castigate berate chastise excoriate".split())
# Adverbs that make a criticism a habit: "has repeatedly criticized the ministry" is a standing opposition.
STANDING_ADVERBS = frozenset("repeatedly long often frequently consistently always routinely regularly".split())
# Who rules: whatever a court or a judge backs or rejects, it rules on.
COURT_NOUNS = frozenset("court courts judge judges justice justices tribunal magistrate jury".split())
# Chambers that vote: their rejecting or blocking a thing is a vote taken.
CHAMBER_NOUNS = frozenset("parliament senate congress house assembly chamber legislature council committee".split())
# A "house" that is an executive's seat, not a chamber: "the White House rejected the plan" says where it stands.
SEAT_TITLES = frozenset({"white", "blue"})
# Titles that make a named person a judge ("Judge Ada Lind"), unless another title follows ("Justice Minister").
JUDGE_TITLES = frozenset({"judge", "justice"})
OFFICE_TITLES = frozenset("minister secretary department ministry".split())
VOTING_VERBS = frozenset("reject block veto".split())
# What a court or judge does in a ruling: backs or rejects a party's case, blocks a measure ("a judge condemned
# the delays" is a word of judgement, said, and is read as any other).
RULING_VERBS = VOTING_VERBS | frozenset("back support endorse oppose".split())
# Verbs of a veto cast on a text: "vetoed the resolution", "blocked the draft" (not "rejected the bill": said).
VETOING_VERBS = frozenset("veto block".split())
# What a veto falls on: a text put to a vote.
DOCUMENT_NOUNS = frozenset("resolution resolutions bill bills motion draft text amendment legislation law "
                           "measure".split())


def voted(t) -> bool:
    """ "voted to reject the treaty", "has voted to back the plan": how a ballot went. A vote pledged ("will
    vote to support the treaty") declares a stance and stays."""
    return t.dep_ == "xcomp" and t.head.lemma_.lower() == "vote" and t.head.tag_ in {"VBD", "VBN"}


def greeted(t) -> bool:
    """ "welcomed home four sailors", "welcomed back the crew": people received on arrival."""
    return t.lemma_.lower() == "welcome" and any(
        c.lower_ in ARRIVAL_WORDS and c.dep_ in {"advmod", "prt", "npadvmod", "dobj"} and c.i == t.i + 1
        for c in t.children)


def courtesy(t) -> bool:
    """ "wished the eventual victor "a great deal of luck"", "wished Holm luck": a courtesy, not a wish held; so is
    a want of a word of courtesy (``courtesy_wanted``)."""
    if courtesy_wanted(t):
        return True
    if t.lemma_.lower() != "wish":
        return False
    return any(w.lemma_.lower() in COURTESY_NOUNS for c in t.children if c.dep_ in {"dobj", "obj", "dative"}
               for w in c.subtree)


def courtesy_wanted(t) -> bool:
    """ "he wants to thank all of the nurses", "wished to congratulate the winners", "would like to apologise to
    the families": the set phrase by which one thanks, congratulates or apologises (``COURTESY_VERBS``) is that
    courtesy paid, not a want held (readst18b, a strict read of AllSides 1041-1490: "wants to thank all of the
    staff" shown as a want)."""
    return t.lemma_.lower() in COURTESY_WANTS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in COURTESY_VERBS for c in t.children)


def _attempted(t) -> list:
    """The clauses an attempt (``ATTEMPT_VERBS``) takes ("sought [to reassure …]"); none for another verb."""
    return [c for c in t.children if c.dep_ == "xcomp"] if t.lemma_.lower() in ATTEMPT_VERBS else []


def statement_tried(t) -> bool:
    """ "sought to reassure farmers that …", "tried to make clear on Friday that …", "sought to play down the
    charges": an attempt at telling ("sought to quell the uproar over his remarks", an attempt at answering
    others' words, is ``appearance_tried``'s)."""
    for c in _attempted(t):
        lemma = c.lemma_.lower()
        if lemma in TELLING_VERBS or any((lemma, g.lower_) in TELLING_PHRASALS for g in c.children
                                         if g.dep_ in {"prt", "advmod", "prep"}):
            return True
        if c.lemma_.lower() == "make" and any(g.lower_ == "clear" for g in c.children):
            return True
    return False


def appearance_tried(t) -> bool:
    """ "sought to play down the tensions", "sought to allay concerns that …", "tried to quell the uproar over his
    remarks", "sought to put a brave face on the talks", "sought to change the narrative", "sought to
    project strength", "tried to appear calm": an attempt (``ATTEMPT_VERBS``) at how a thing looks or is felt,
    made by what one says, not a goal in the world (strict readers, readst18: "sought to play down" is "an action
    he took in his remarks")."""
    for c in _attempted(t):
        verb = c.lemma_.lower()
        objects = [g for g in c.children if g.dep_ in {"dobj", "obj"}]
        nouns = {w for g in objects for w in (g.lemma_.lower(), g.lower_)}
        if verb in SPIN_VERBS and any(g.dep_ == "prt" and g.lower_ in SPIN_PARTICLES for g in c.children):
            return True
        if verb in LOOK_VERBS or (verb in SOOTHING_VERBS and nouns & PERCEPTION_NOUNS) or (
                verb in STORY_VERBS and nouns & STORY_NOUNS) or (verb == "project" and nouns & LOOK_NOUNS):
            return True
        if verb in {"put", "make"} and "face" in nouns and any(
                g.dep_ == "prep" and g.lower_ == "on" for g in c.children):
            return True  # "put a good face on the talks"
    return False


# One's own deeds and words, as a defence's object: "defended his decision", "defended her remarks".
OWN_DEEDS = frozenset("""decision decisions choice choices move moves action actions conduct handling record response
remarks comments comment statement statements words tweet tweets claim claims assertion assertions vote votes
meeting meetings behavior behaviour""".split())
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our"})
# Occasions of speaking or meeting, whoever's: "defended the Kessel news conference", "defended the summit" justify
# how an appearance went; "supports the news conference" says nothing of what is backed (read 50, paraphrased: a
# leader who defended his own conduct at a joint news conference shown as supporting the conference, stobj19).
DEFENDED_OCCASIONS = frozenset("""conference summit speech interview appearance address performance briefing
debate""".split())


def own_defended(t) -> bool:
    """ "defended his decision to pull the troops", "defended his claims that …", "defended his government's
    handling of the flood": the holder defends a deed or words of their own (``OWN_DEEDS`` owned by a possessive
    pronoun, or by a noun that one owns), a justification, no backing of a thing. "defended the navy's decision"
    (another's) and "defended her plan" (a plan is a goal still held) stay. So does a defended occasion of
    speaking or meeting, whoever's (``DEFENDED_OCCASIONS``: "defended the Kessel news conference")."""
    if t.lemma_.lower() != "defend":
        return False
    for c in t.children:
        if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in DEFENDED_OCCASIONS:
            return True  # "defended the Kessel news conference" (``DEFENDED_OCCASIONS``)
        if c.dep_ not in {"dobj", "obj"} or c.lemma_.lower() not in OWN_DEEDS and c.lower_ not in OWN_DEEDS:
            continue
        owner = next((p for p in c.children if p.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON":
            owner = next((p for p in owner.children if p.dep_ == "poss"), None)  # "his government's handling"
        if owner is not None and owner.lower_ in OWN_POSSESSIVES:
            return True
    return False


def speech_described(t) -> bool:
    """ "sought to balance her warning with praise in a speech on Monday", "In his address, Vell tried to
    sound hopeful": a past attempt (``ATTEMPT_VERBS``) framed by a speech or statement (``SPEECH_NOUNS``), or
    worked on the holder's own words ("tried to soften his remarks", ``OWN_WORDS``), tells how what was said
    went, not a goal still held."""
    if t.lemma_.lower() not in ATTEMPT_VERBS or not _done(t) or t.tag_ not in {"VBD", "VBN"}:
        return False
    if any(w.dep_ == "pobj" and w.lemma_.lower() in SPEECH_NOUNS and w.head.lower_ in SPEECH_PREPS
           for w in t.subtree):
        return True
    return any(g.dep_ in {"dobj", "obj"} and {g.lemma_.lower(), g.lower_} & SPOKEN_OR_OWN and any(
        p.dep_ == "poss" for p in g.children) for c in t.children if c.dep_ == "xcomp" for g in c.children)


def wording_chosen(t) -> bool:
    """ "Vell, preferring to call the group a gang, …", "prefers to describe the raid as a mistake": a
    choice of words (``NAMING_VERBS``), not a want."""
    return t.lemma_.lower() == "prefer" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in NAMING_VERBS for c in t.children)


def one_criticism(t, of_a_person: bool, of_a_body: bool) -> bool:
    """A criticism that is one episode: "criticized Vell" (any tense, ``CRITICIZING_VERBS``, as before read
    21); "sharply
    criticized the ministry", "condemned Vell", "lashed out at the council" told in the past (a simple past or
    a perfect). Not a characterisation ("has denounced Holm as a puppet") nor a habit ("has repeatedly
    criticized", ``STANDING_ADVERBS``): those are opposition."""
    lemma = t.lemma_.lower()
    if lemma not in CRITICIZING_VERBS | CONDEMNING_VERBS or not (of_a_person or of_a_body):
        return False
    if lemma in CRITICIZING_VERBS and of_a_person:
        return True
    if any((c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS)
           for c in t.children):
        return False
    return _told_past(t)


def _told_past(t) -> bool:
    """A verb in the simple past or the present perfect ("blocked", "has blocked"), not the present ("blocks")."""
    return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                       for c in t.children))


def _done(t) -> bool:
    """A finite verb told as done, not pledged or habitual: "rejected", "has blocked", "vetoes" (not "will
    veto", "to block", "has repeatedly rejected")."""
    if any(c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS for c in t.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children):
        return False
    return t.tag_ in {"VBD", "VBZ", "VBP"} or (t.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children))


def _subject_head(t):
    """The verb's subject token, or its first conjunct's ("the senate met and rejected the levy")."""
    subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and t.dep_ == "conj":
        subject = next((c for c in t.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject


def ruled(t) -> bool:
    """ "The high court rejected Holm's appeal", "a judge blocked the plan", "the senate rejected the levy":
    a ruling or a vote taken (``COURT_NOUNS`` or a judge's title, "Judge Ada Lind": ``RULING_VERBS``;
    ``CHAMBER_NOUNS``: rejecting, blocking, vetoing)."""
    if t.pos_ != "VERB" or not _done(t):
        return False
    subject = _subject_head(t)
    if subject is None:
        return False
    noun = subject.lower_
    titles = {c.lower_ for c in subject.children if c.dep_ == "compound"}
    judge = bool(titles & JUDGE_TITLES) and not titles & OFFICE_TITLES
    lemma = t.lemma_.lower()
    chamber = noun in CHAMBER_NOUNS and not titles & SEAT_TITLES
    return ((noun in COURT_NOUNS or judge) and lemma in RULING_VERBS) or (chamber and lemma in VOTING_VERBS)


def vetoed(t) -> bool:
    """ "Ostria vetoed the resolution, which would have let inspectors in", "Vesk vetoes a draft", "blocked a
    resolution that backed …": a veto cast on a text (``DOCUMENT_NOUNS``); and, told in the past, a veto or a
    block cast on anything ("China blocked tough new sanctions in the council on Friday", "Vesk blocked access
    to the port", "has blocked the nomination"): strict readers (sthold19, AllSides 1491–1999, as in the
    brief's list of kinds) read a block done as an act, not as the standing opposition "opposes" names."""
    if t.lemma_.lower() not in VETOING_VERBS or not _done(t):
        return False
    objects = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
    return any(c.lemma_.lower() in DOCUMENT_NOUNS for c in objects) or (bool(objects) and _told_past(t))


def act_effect(t) -> bool:
    """ "Ostria vetoed the resolution, blocking a plan to let inspectors in", "the senate voted down the levy,
    blocking …": a participle that tells what a veto, a vote or a ruling did is the act's effect, no second
    stance (and its object is a clause inside the vetoed thing)."""
    if t.tag_ != "VBG" or t.dep_ != "advcl":
        return False
    act = t.head
    return vetoed(act) or ruled(act) or (act.lemma_.lower() == "vote" and _done(act))


def one_time_act(t) -> bool:
    """Any of the acts above."""
    return voted(t) or greeted(t) or courtesy(t) or statement_tried(t) or appearance_tried(t) or \
        speech_described(t) or wording_chosen(t) or ruled(t) or vetoed(t) or act_effect(t) or own_defended(t)
