"""Words a news outlet only relays: whose they are, or that no one reportable said them.

A wire or a paper is a fine source for what it found ("The Courier found that …", "Wire reported that the
ferry had docked"), but not for what it passes on from someone else:

- "Citing two port officials, the Courier reported that …", "Wire, citing an Ostrian diplomat, said …",
  "Wire quotes Ana Lind as saying …": the official, the diplomat, Lind is the source (``cited_source``);
- "According to the Courier, Vell annoyed the board by saying “…”": the cue is Vell's (``speaking_subject``);
- "Ostria warned that …, according to the Courier", "Vell said the quay was closed, Wire reported": the
  content is itself someone's statement (a verb of speech with a subject of its own heads it); the outlet
  only relays it and the record is not reportable (``relays_speech``).

Strict readers of the 450 dev articles found such records (the agency or paper credited with another's
words) in about 8 % of judged records. An outlet is told by its name or mention: a wire service's name, or
a name or role that says news organisation ("Times", "Post", "news agency", "newspaper").
"""
from __future__ import annotations

import re

from ...model import Attribution, Speaker
from ..entities.roles import POST_NOUNS
from .cues import SPEECH_ONLY_VERBS
from .rules import subject_of

# Wire services and broadcasters known by a bare name ("Reuters reported"), general newsroom knowledge.
WIRE_NAMES = frozenset("""
reuters ap afp upi bloomberg cnn bbc npr pbs msnbc cnbc nbc abc cbs politico axios interfax tass ria novosti
xinhua kcna yonhap irna isna fars tasnim wafa anadolu kyodo bernama
""".split())
# Words of a news organisation's name ("The Ostrian Times", "Kessel Post", "Wire News"); speakers adds more.
NEWS_NAME_WORDS = frozenset("times post journal news tribune herald gazette telegraph guardian chronicle "
                            "inquirer globe courier dispatch".split())
# Words that describe one ("the state news agency", "the daily", "the broadcaster").
OUTLET_DESCRIPTIONS = re.compile(r"\bnews\s+(?:agency|service|outlet|site|channel|network)\b|\bnewspaper\b|\btabloid\b|"
                                 r"\bbroadcaster\b|\bstate(?:-run)?\s+(?:media|tv|television|radio)\b", re.I)
# What a cited someone is: a person or a person's post, never a document ("citing court filings").
CITED_PEOPLE = frozenset("""
official source person people aide diplomat spokesman spokeswoman spokesperson officer insider lawmaker adviser
advisor analyst expert witness resident investigator commander minister leader executive member
""".split())
# Things through which an outlet gives its own findings: a survey, a count, research.
FINDINGS = frozenset("survey poll research study analysis data count tally review investigation".split())
# Who can speak in a relayed statement besides a named entity: a person, a post, a body.
AGENTS = CITED_PEOPLE | frozenset("ministry government police military army agency authority state tv".split())
# In one sentence a post's holder is as sure a speaker ("Wire reported that [the senator] told …"); a longer
# content keeps ``AGENTS``, where a reporter's own account may tell what "the president said".
POST_AGENTS = AGENTS | POST_NOUNS
AGENT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
RELAYED_ROOT_DEPS = frozenset({"ROOT", "ccomp", "parataxis"})  # the statement itself, not "while they say …"
CITING_VERBS = frozenset({"cite", "quote"})
# Verbs of speech that make a content someone's statement; belief and intention ("plans to", "hopes")
# are often the outlet's own report of a state of affairs; "expressed his conviction that …" states one.
RELAYED_VERBS = SPEECH_ONLY_VERBS - {"mean", "describe", "point", "post"} | {"reiterate", "repeat", "express"}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
REPORTER_POSTS = re.compile(r"(?i)\b(?:reporter|correspondent)\b")  # an outlet's reporter, who relays
# Any journalist's post, who may question someone (``speakers.SpeakerResolver._reporter_questioning``).
JOURNALIST_POSTS = re.compile(r"(?i)\b(?:reporter|correspondent|journalist|anchor|interviewer|host)\b")


def is_outlet(speaker: Speaker, text: str) -> bool:
    """``speaker`` is a news organisation: a wire service's name, a news name ("Kessel Post") or a
    description ("the state news agency"). ``text``: the Doc text the mention indexes."""
    mention = text[speaker.mention[0]:speaker.mention[1]] if speaker.mention else ""
    said = " ".join(filter(None, [speaker.name, speaker.role, mention]))
    if speaker.name and speaker.name.split()[-1].lower() in FINDINGS:
        return False  # "a Wire survey", "Courier research": the outlet's own count
    if any(w.lower() in WIRE_NAMES for w in re.findall(r"\b[A-Z][A-Za-z]*\b", said)):
        return True  # (a wire's name is written capitalised: "AP", "Reuters", not "ap")
    if speaker.name and any(w.lower() in NEWS_NAME_WORDS for w in speaker.name.split()[1:] if w[:1].isupper()):
        return True  # "The Ostrian Times", "Kessel Post"; not "news reports", nor a first word "News"
    return bool(OUTLET_DESCRIPTIONS.search(said))


def cited_source(doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """Tokens of whom the outlet speaking at ``cue`` cites: the object of "citing" / "quoting" on the cue's
    verb ("Citing two officials, Wire reported"), on its subject ("Wire, citing an official, said") or the
    verb the cue hangs from ("Wire quotes Lind as saying"); only a person or a person's post (not "citing
    court filings"). None when there is no such object."""
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), doc[cue[0]])
    near = [verb, *verb.children, *(c for s in verb.children if s.dep_ in SUBJECTS for c in s.children)]
    up = verb
    for _ in range(3):  # "quotes Lind [as [saying]]": saying -> as -> quotes
        up = up.head
        near.append(up)
    for tok in near:
        if tok.lemma_.lower() not in CITING_VERBS or tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and _a_person(obj):
            end = next((c.i for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), obj.right_edge.i + 1)
            return obj.left_edge.i, end
    return None


def speaking_subject(doc, cue: tuple[int, int], source: tuple[int, int]) -> tuple[int, int] | None:
    """Tokens of the cue verb's own subject when it is a name or a person other than the outlet's ``source``
    tokens: in "according to the Courier, Vell annoyed the board by saying “…”" Vell says it, the Courier
    tells of it. None for the outlet's own verb ("the Courier reported")."""
    subj = subject_of(doc, cue)
    if subj is None or subj[0] < source[1] and source[0] < subj[1]:
        return None
    return subj if _a_person(doc[subj[0]:subj[1]].root) else None


def inner_conjunct_subject(doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """In "Denk reports [Lind vowed to press on and said she …]" the parser may hang "said" on "reports"; its
    tense matches "vowed", the verb of speech the reporter's verb introduces, not "reports": it goes on with
    Lind's words, so Lind is its subject (tokens). None when the cue is no such conjunct. Source: analyst read
    19 (an NPR reporter given a minister's words)."""
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ in ("VERB", "AUX")), doc[cue[0]])
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in RELAYED_VERBS or verb.tag_ == head.tag_:
        return None
    said = next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == verb.tag_
                 and c.lemma_.lower() in SPEECH_ONLY_VERBS), None)
    subj = next((c for c in said.children if c.dep_ in SUBJECTS), None) if said is not None else None
    if subj is None or not _a_person(subj) or subj.lower_ in PERSONAL_PRONOUNS:
        return None
    return subj.left_edge.i, subj.right_edge.i + 1


def _a_person(tok) -> bool:
    """A name or a person's post ("Ana Lind", "two officials"); the entity tagger's types are not always set
    on tokens, so a proper noun stands for a name."""
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or tok.lemma_.lower() in CITED_PEOPLE


def relays_speech(doc, a: Attribution, text: str) -> bool:
    """``a`` gives an outlet a content that is someone else's statement: its head is a verb of speech with
    a subject of its own that can speak, inside the one-sentence content ("[Ostria warned that …], according to
    the Courier"). Behind "according to", any source only relays such a content ("[the Kessel Wire said the
    quake struck at noon], a sign of a blast, according to the institute"): whose words these are is not told.
    A journalist's "reported that [the minister said …]" only relays too (``_reporter_relays``)."""
    according = a.cue is not None and text[a.cue[0]:a.cue[1]].lower().startswith("according to")
    if not (according or is_outlet(a.speaker, text)):
        return _reporter_relays(doc, a, text)
    span = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].sent.start == span[-1].sent.start:
        return _a_statement(span, POST_AGENTS)
    if not a.speaker.role or not _reporting_for_outlet(a.speaker.role):
        return False  # several sentences of the outlet's own story, or an editor's own view: read as its own
    # An outlet's reporter ("NPR's Ivo Denk adds, “Envoy Mara Tisza told the press that …”") passes on
    # another's statement in any sentence of a longer content (spaCy also cuts one at a closing quotation
    # mark): those words are not the reporter's. Source: analyst read 19 (reporters given the words of a
    # minister, a spokesman, officials).
    return any(_a_statement(span[max(s.start, span.start) - span.start:min(s.end, span.end) - span.start])
               for s in {t.sent.start: t.sent for t in span}.values())


# The words beside a name that make its holder an outlet's journalist: "Ivo Brant of the Harbor Courier",
# "The Courier's Ivo Brant", "Reuters' Ivo Brant" (the outlet told as ``is_outlet`` tells it by its name).
OUTLET_AFTER = re.compile(r"^,?\s+(?:of|for|with|from|at)\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s*){1,5})")
OUTLET_BEFORE = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)(?:'s|’s|'|’)\s+$")
RELAYING_POSTS = re.compile(r"(?i)\b(?:reporter|correspondent|journalist)\b")  # not a host, who talks
REPORTING_VERBS = frozenset({"report"})  # a verb a journalist passes on news by, never a verb of one's own view


def _reporter_relays(doc, a: Attribution, text: str) -> bool:
    """``a`` is a journalist's "reported / wrote that [the minister said …]" (``_reports``): one sentence of
    indirect speech headed by another's verb of speech, whose subject may be any post ("the senator told
    him …"). The minister's words, which the reporter only passes on; a reporter's own quoted words, or a
    longer account of theirs, stay theirs."""
    if a.kind != "indirect" or not _reports(doc, a, text):
        return False
    span = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if span is None or not len(span) or span[0].sent.start != span[-1].sent.start:
        return False
    return _a_statement(span, POST_AGENTS)


def _reports(doc, a: Attribution, text: str) -> bool:
    """``a``'s speaker relays as a journalist: the cue is "reported" ("Brant reported that …"), or the
    speaker is an outlet's reporter by post ("Courier reporter", "a correspondent for Wire") or by the
    outlet named beside the name ("Ivo Brant of the Harbor Courier", "The Courier's Ivo Brant"). Such a
    speaker passing on "that the minister said …" gives the minister's words, not their own. Source: strict
    reads, round 22 (a reporter credited with the words of the minister they reported)."""
    if a.cue is not None:
        cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if cue is not None and any(t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" for t in cue):
            return True
    role = a.speaker.role or ""
    if RELAYING_POSTS.search(role) or role.lower() in WIRE_NAMES:
        return True
    if not a.speaker.mention:
        return False
    before = OUTLET_BEFORE.search(text[max(0, a.speaker.mention[0] - 60):a.speaker.mention[0]])
    after = OUTLET_AFTER.match(text[a.speaker.mention[1]:a.speaker.mention[1] + 60])
    return any(m is not None and _names_outlet(m.group(1)) for m in (before, after))


def _names_outlet(words: str) -> bool:
    """``words`` name a news organisation: a wire's name or a news name's word after its first ("Harbor
    Courier", "Reuters")."""
    names = words.split()
    return any(w.strip(".,").lower() in WIRE_NAMES for w in names) or any(
        w.strip(".,").lower() in NEWS_NAME_WORDS for w in names[1:])


def _reporting_for_outlet(role: str) -> bool:
    """``role`` makes its holder an outlet's reporter: a wire's or network's name ("NPR") or a reporter's post
    ("CNN correspondent"); not an editor or columnist of a paper, whose words are their own view."""
    return role.lower() in WIRE_NAMES or bool(REPORTER_POSTS.search(role))


def _a_statement(span, agents: frozenset = AGENTS) -> bool:
    """``span`` (one sentence or part of one) is headed by a verb of speech with a subject of its own that can
    speak ("Ostria warned that …"), a common noun of ``agents`` or a name."""
    root = span.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in RELAYED_VERBS or root.dep_ not in RELAYED_ROOT_DEPS:
        return False
    return any(c.dep_ in SUBJECTS and span.start <= c.i < span.end and _an_agent(c, agents) for c in root.children)


def _an_agent(tok, agents: frozenset = AGENTS) -> bool:
    """``tok`` heads a subject that can speak: a named person, body or state, a person or body noun, or a
    personal pronoun ("Wire reported that [she] told police …"); not "the agreement calls for", "the day
    suggested", "it showed"."""
    return (tok.ent_type_ in AGENT_TYPES or tok.pos_ == "PROPN" or tok.lemma_.lower() in agents
            or tok.lower_ in PERSONAL_PRONOUNS)


# A reporting tag of a third party inside a quotation: ", the harbour agency said." / ", the official says, …" /
# ", Judge Ivo Brant said Monday." (a subject of up to seven words, not a pronoun, then the verb, an optional
# day, and a stop or comma that opens no quotation of its own).
INNER_TAG = re.compile(r"(?:^|[,—–]\s*|[.”\"]\s+)((?:[\w.’'-]+ ){1,7}?)(?:said|says)"
                       r"(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
                       r"\s*[.,;](?!\s*[‘“'\"])")
INNER_TAG_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "which", "that"})


def quoted_copy(a: Attribution, text: str) -> bool:
    """A quotation that is itself news copy crediting someone else ("AP says: “It was not clear who carried out
    the strikes, the Syrian Observatory said. …”", "reporting via Twitter, “… the official says, warned …”"):
    the outlet or reporter quoted only relays another's words, and the record would credit them with it.
    A speaker's own "he said" inside his words, or "Brant said, ‘…’" opening a quotation of his, stays.
    Source: strict read 18b (three such records on 1041-1490, none right)."""
    if a.kind != "direct":
        return False
    for m in INNER_TAG.finditer(text[a.content[0]:a.content[1]]):
        words = m.group(1).split()
        if words[0].lower() in INNER_TAG_PRONOUNS or words[-1].lower() in INNER_TAG_PRONOUNS:
            continue
        if words[0].lower() in ("the", "a", "an") and len(words) > 1 or all(
                w[:1].isupper() or w in NAME_LINKS for w in words):
            return True  # "the official", "Judge Ivo Brant": a source; not "Everything the mayor said, we did"
    return False


NAME_LINKS = frozenset({"of", "for", "and", "the", "de", "al", "bin"})
