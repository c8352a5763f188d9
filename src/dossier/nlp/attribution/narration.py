"""The writer's narration told with a cue's words (issue 9, the writer's words given as a source's).

- A participle of inference set after a comma ("…, suggesting that …", "…, indicating …"): when it hangs on
  a reported fact ("Port police said the pilot drowned, suggesting he may have been pushed"), on a speech tag
  that already has its content ("“…,” Lind added, indicating that Ostria may …") or on an act ("The board
  sacked two pilots, suggesting that …"), the writer draws the inference from what was done or said; no one
  is reported saying it (``inferred``). A participle on a verb of speech whose object is only a topic ("has
  questioned the levy, suggesting that the port does not need it") or on a state of the source ("were
  wary …, suggesting …") gives the source's point and stays, and so does a proposal ("suggesting that
  the ferries sail at dawn", "suggesting closing the quay").
- An act named by a noun phrase under a verb that announces or engages ("proposed [a four-million-crown
  dredging fund]", "pledged [his support for the pilots]", "vowed [more patrols]", "described [the long
  night on the quay]"): the writer's words for what was done or talked of, not anything said (``act_named``).
  An intention with its infinitive ("announced [its plan to close the quay]") states what the source will
  do and stays, as does "described [X] as …" (a characterisation). "Claimed [responsibility for the
  bombing]" (or "credit for …", "victory over …") is the act of owning a deed or a win, no statement (read 29;
  "victory": fresh strict read of AllSides 1491-1700). "Dismissed [that warning]", "rejected [the mayor's
  threats]", quoted words in it or not, name what was brushed aside, not what the source said (same read);
  "dismissed [X] as …" characterises and stays.
- A cue that is only a modifier inside a noun phrase ("the Senate's [expected] “clean” levy bill"): the
  writer names a thing by what is awaited of it; nobody's words follow (``attributive_cue``).
- A name given to a thing ("its offensive, [dubbed] “Operation Clear Sky”", "a patrol [code-named] “Grey Heron”",
  "the plan, [called] “Fair Share”", "[named] the campaign “Operation Long Tide”"): the writer tells what a
  thing is called; nobody states anything (``name_given``). A naming verb as a participle or in the passive
  never reports words; a verb that only names ("name", "christen", "code-name") never does; "dub" by a source
  does only when what follows is more than a title ("Brant dubbed the levy “a swindle”" stays, as does
  "called it reckless").
- A feeling told in the writer's narration ("Lund [felt] the talks had gone badly, and he left early", "Voss
  [sensed] that the council was turning", "seemed to feel"): the writer's account of a mood, with no word of
  speech or quotation in the sentence, is no report (``feeling_narrated``); "Lund said he felt …",
  "felt strongly, saying …" and "He feels …" right after a sentence of the source's speech stay.
- The writer's own question ("Is Dallat demanding a new vote?", "Did Holm say the count was rigged?"): a
  sentence opening as a question and ending with a question mark outside quotation marks asks; it reports no
  one's statement (``writers_question``); "Remember when she called Brant a reformer?" recalls what was said. A question inside a quotation ("“Is the count rigged?” Holm asked") is a source's.
- A participle of belief in a reduced relative ("an account [believed] to belong to Varn", "a man [thought]
  to be the pilot"): the writer tells what is supposed of a noun; the noun says nothing by it
  (``supposed_of``).
- A hint or a signal read by the writer ("Brant again hinted [the strike could hurt the ferry deal]", "Holm has
  signalled [that the board will go after the builders]", "appeared to signal […]"): the writer's reading of
  what the source did or posted, not a report of words (fresh strict reads, round 18: "hinted" and "signaled"
  cues with the writer's own clause read as not statements). Quoted words in the content ("hinted he is
  leaning “yes”") stay, and so does "suggested that …", a verb of speech (``hinted``).
Used by ``filters.is_attribution``. Word lists are general English, kept as data.
"""
from __future__ import annotations

from ...model import Attribution
from ..doctext import doc_text
from .cues import QUOTE_CHARS, SPEECH_ONLY_VERBS, SPEECH_VERBS, doc_quoted_spans
from .rules import cue_and_content

# Verbs by which a fact or an act signifies something ("suggesting", "indicating"): as participles after a
# comma they are the writer's reading unless the source is the one doing it.
INFERRING_VERBS = frozenset("suggest indicate signal imply mean".split())
# Stems of the verbs by which the writer reads a source's intent from what it did ("hinted", "signalled",
# "signaling"; read from the word itself, as the lemmatizer leaves some of those forms whole).
HINTING_STEMS = ("hint", "signal")
# Verbs by which a source speaks or takes a stand towards something ("questioned the levy", "rejected the
# deal", "spoke about the ferries"): a participle after them goes on with the source's own point. Belief
# verbs are not among them: "does not want another term, suggesting …" reads a state the source told of.
SAYING_VERBS = SPEECH_ONLY_VERBS | frozenset("""
question speak talk criticize criticise praise attack slam defend challenge dispute reject dismiss welcome
accuse blame condemn oppose back support endorse
""".split())
# Modals of a proposal ("suggesting that the ferries should sail"), as against a guess ("may have been").
PROPOSING_MODALS = frozenset({"should", "must", "ought"})
# Deps by which a verb's object or complement says what the verb is about.
TOPIC_DEPS = frozenset({"dobj", "obj", "prep", "dative", "xcomp", "attr", "acomp"})
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
# Verbs of announcing and engaging whose noun-phrase object is an act or a thing, not words; and of
# describing, whose object is only what was talked of unless an "as" phrase characterises it.
ACT_OBJECT_VERBS = frozenset("promise pledge vow propose unveil announce offer describe".split())
# Nouns by which "claim" names the act of owning a deed ("claimed [responsibility for the bombing]", "claimed
# [credit for the raid]"): an act, not words; a clause that follows is a statement of its own.
CLAIMED_DEED_NOUNS = frozenset("responsibility credit victory".split())
# Verbs whose noun-phrase object is what the source brushed aside ("dismissed [that warning]", "rejected [the
# mayor's “hollow” threats]"): the object is another's word or deed, not the source's statement.
DISMISSING_VERBS = frozenset("dismiss reject".split())
# Verbs whose noun-phrase object is only what was put in doubt or talked over ("questioned [the mayor's claim of
# …]", "doubted [the figures]", "discussed [the levy]", "explained [the plan]"), and verbs whose indirect question
# is only the topic told ("explained [why the port is closing]", "described [how the quay flooded]"). A strict
# read of AllSides 1041-1999 counted both as topics given for what was said. "questioned whether …" puts a
# question and "explained that …" states; both stay.
TOPIC_OBJECT_VERBS = frozenset("question doubt discuss explain".split())
TOPIC_QUESTION_VERBS = frozenset("explain discuss describe detail outline recount".split())
TOPIC_QUESTION_WORDS = frozenset("why how what where when who which".split())
INTENT_NOUNS = frozenset("plan plans intention intent decision".split())
# Verbs that give a thing its name. As a participle or in the passive ("an offensive dubbed …", "was called …")
# any of them names; in the active only the NAME_ONLY ones do ("dubbed it “a swindle”" characterises).
NAMING_VERBS = frozenset("dub name call nickname codename christen title rename label brand".split())
NAME_ONLY_VERBS = frozenset("name codename christen title rename nickname".split())
# Verbs of feeling whose report by the writer is narration of a mood ("felt the talks had gone badly").
FEELING_VERBS = frozenset({"feel", "sense"})
QUOTE_MARKS = frozenset(QUOTE_CHARS) | {"„"}


def inferred(doc, a: Attribution) -> bool:
    """The cue is a participle of inference after a comma whose reading is the writer's (module docstring)."""
    if a.kind == "direct" or a.cue is None or a.cue[1] > a.content[0]:
        return False
    spans = cue_and_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    verb = next((t for t in cue if t.tag_ == "VBG" and t.lemma_.lower() in INFERRING_VERBS), None)
    if verb is None or verb.dep_ != "advcl" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or _proposal(content):
        return False
    head = verb.head
    if head.lemma_.lower() in SAYING_VERBS:
        told = any(c.dep_ in CONTENT_DEPS and c.i != verb.i for c in head.children)
        topic = any(c.dep_ in TOPIC_DEPS for c in head.children)
        return told or not topic  # "Lind said the quay …, suggesting", "“…,” Lind added, indicating"
    if _inside_report(head):
        return True  # "said the pilot drowned, suggesting": the participle reads the reported fact
    return head.pos_ == "VERB" and head.lemma_ != "be"  # an act: "sacked two pilots, suggesting"


def _proposal(content) -> bool:
    """The content proposes an act: a bare verb with no modal or one of obligation ("that the ferries sail",
    "the ferries should sail"), or a gerund ("closing the quay")."""
    root = content.root
    if root.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "aux") for c in root.children):
        return True
    auxes = [c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")]
    if root.tag_ == "VBN" and auxes == ["be"]:
        return True  # "that the night crossing be dropped"
    return root.tag_ == "VB" and (not auxes or auxes[0] in PROPOSING_MODALS)


def _inside_report(tok) -> bool:
    """``tok`` lies in the clause a verb of speech reports ("said [the pilot drowned]"), within a few steps up."""
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in CONTENT_DEPS and tok.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if tok.dep_ not in ("conj", "ccomp", "xcomp", "advcl"):
            return False
        tok = tok.head
    return False


def act_named(doc, a: Attribution) -> bool:
    """An indirect content that is the noun-phrase object of a verb of announcing, engaging, describing or
    dismissing, or a mixed one (quoted words inside) under a verb of dismissing (module docstring)."""
    if a.kind not in ("indirect", "mixed") or a.cue is None or a.cue[1] > a.content[0]:
        return False
    spans = cue_and_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    root = content.root
    if a.kind == "mixed":
        return _dismissed(cue, content)  # quoted words in the object: only a brushed-aside one is read here
    if _dismissed(cue, content):
        return True  # "dismissed [that warning]": what was brushed aside, nothing said
    if _topic_question(cue, content):
        return True  # "explained [why the port is closing]": the topic, not what was said
    if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or root.dep_ not in ("dobj", "obj"):
        return False
    verb = root.head
    if not cue.start <= verb.i < cue.end or content.start != root.left_edge.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "claim" and root.lemma_.lower() in CLAIMED_DEED_NOUNS:
        return True  # "claimed [responsibility for the bombing]": the act of owning a deed, nothing stated
    if lemma in TOPIC_OBJECT_VERBS:
        return True  # "questioned [the mayor's claim of …]": what was put in doubt, nothing said
    if lemma not in ACT_OBJECT_VERBS:
        return False
    if root.lemma_.lower() in INTENT_NOUNS and any(c.dep_ == "acl" and c.tag_ == "VB" for c in root.children):
        return False  # "announced its plan to close the quay": what the source will do
    if lemma == "describe":
        return not any(c.dep_ in ("prep", "oprd") and c.lower_ in ("as", "like") or c.dep_ == "oprd"
                       for t in (verb, root) for c in t.children)
    return True


def _dismissed(cue, content) -> bool:
    """The content opens the noun-phrase object of a verb of ``DISMISSING_VERBS`` in the cue ("dismissed [that
    warning …]"), with no "as" phrase that would characterise it ("dismissed the levy as a swindle")."""
    root = content.root
    verb = root.head
    if root.pos_ not in ("NOUN", "PROPN", "PRON") or root.dep_ not in ("dobj", "obj") or \
            content.start != root.left_edge.i or not cue.start <= verb.i < cue.end:
        return False
    return verb.lemma_.lower() in DISMISSING_VERBS and not any(
        c.dep_ in ("prep", "oprd") and c.lower_ in ("as", "like") for t in (verb, root) for c in t.children)


def _topic_question(cue, content) -> bool:
    """The content is an indirect question opened by a wh-word ("why", "how", "what") under a verb of explaining
    or describing in the cue ("explained [why the port is closing]"); not "whether" / "if", a question put."""
    first = content[0]
    if first.lower_ not in TOPIC_QUESTION_WORDS or first.tag_ not in ("WRB", "WP", "WDT", "WP$"):
        return False
    verbs = [t for t in cue if t.pos_ == "VERB" and t.lemma_.lower() in TOPIC_QUESTION_VERBS]
    return any(first.head.i == v.i or any(a.i == v.i for a in first.ancestors) for v in verbs)


# Marks that may close a quotation or a bracket before a sentence's end mark.
CLOSERS = frozenset("\"'”’»)] \t")
BELIEF_PARTICIPLES = frozenset("believe think suppose presume understand know".split())


def writers_question(doc, a: Attribution) -> bool:
    """A content not in quotation marks whose sentence ends, right after it and its cue, with a question mark
    outside every quotation ("Is Dallat demanding [a new vote]?"): the writer asks (module docstring)."""
    if a.kind == "direct":
        return False
    text = doc_text(doc)
    end = max(a.content[1], a.cue[1] if a.cue else 0)
    while end < len(text) and text[end] in CLOSERS:
        end += 1
    if end >= len(text) or text[end] != "?":
        return False
    if "\n" in text[a.content[1]:end]:
        return False
    if not _asks(doc, a.content[0]):
        return False  # "Remember when she called Brant a moderate reformer?": a reminder of what was said
    return not any(s <= end < e for s, e in doc_quoted_spans(doc))


QUESTION_OPENERS = frozenset({"WRB", "WP", "WDT", "WP$", "MD", "VBZ", "VBP", "VBD"})


def _asks(doc, char: int) -> bool:
    """The sentence holding character ``char`` opens as a question does: an auxiliary or a verb put before its
    subject ("Is Dallat demanding …", "Did Holm say …", after a linking "So" or "But") or a wh-word ("Why did …")."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return False
    words = [t for t in tok[0].sent if not (t.is_punct or t.is_space)]
    while len(words) > 1 and words[0].pos_ in ("CCONJ", "ADV") and words[0].tag_ not in QUESTION_OPENERS:
        words = words[1:]  # "So is Voss demanding …", "But why did …"
    return bool(words) and words[0].tag_ in QUESTION_OPENERS


def supposed_of(doc, a: Attribution) -> bool:
    """The cue is a participle of belief in a reduced relative on a noun ("an account [believed] to belong to
    Varn"): what is supposed of the noun, not a report (module docstring)."""
    if a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")] if cue is not None else []
    return bool(verbs) and all(t.lemma_.lower() in BELIEF_PARTICIPLES and (
        t.tag_ == "VBN" and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") or _misread_relative(t))
        for t in verbs)


def _misread_relative(verb) -> bool:
    """"An account [believed] to belong to Varn said …" parsed with "believed" as the noun's own past verb: a
    bare "believed to" + infinitive with no object, auxiliary or pronoun subject, under a common noun."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "to" \
            or doc[verb.i + 2].tag_ != "VB":
        return False
    if any(c.dep_ in ("dobj", "obj", "aux", "auxpass") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN"


def attributive_cue(doc, a: Attribution) -> bool:
    """Every word of the cue modifies a noun outside it ("the Senate's [expected] “clean” bill"): a noun
    phrase of the writer's, with no verb that reports anything."""
    if a.cue is None or a.kind == "direct":
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    words = [t for t in cue if t.is_alpha] if cue is not None else []
    return bool(words) and all(t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN") and not cue.start <= t.head.i < cue.end
                               and not _in_source(t.head, a) for t in words)  # not "“…,” [tweeted] Cost" misparsed


def _in_source(tok, a: Attribution) -> bool:
    return a.speaker.mention is not None and a.speaker.mention[0] <= tok.idx < a.speaker.mention[1]


def name_given(doc, a: Attribution) -> bool:
    """The cue is a verb of naming that gives a thing its name (module docstring)."""
    spans = cue_and_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    verb = next((t for t in cue if t.lemma_.lower().replace("-", "") in NAMING_VERBS and t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower().replace("-", "")
    if verb.i > 0 and doc[verb.i - 1].text == "-" and verb.i > 1 and doc[verb.i - 2].lower_ == "code":
        lemma = "codename"  # "code-named"
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on", "out", "off") or c.dep_ == "prt"
                               for c in verb.children):
        return False  # "called for …", "called on X to …": a demand, not a name
    participle = verb.tag_ == "VBN" and (verb.dep_ in ("acl", "relcl", "appos", "advcl")
                                         or any(c.dep_ == "auxpass" for c in verb.children)) and \
        not any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had") or c.dep_ in ("dobj", "obj")
                for c in verb.children) and not _in_source(verb.head, a)
    # not "KCNA, called Trump a “lunatic”": an object, or a "participle" on the source, is a finite verb misread
    if participle or lemma in NAME_ONLY_VERBS:
        return True
    return lemma == "dub" and _title_only(content)


def _title_only(content) -> bool:
    """Every word of ``content`` is capitalised or a short function word: a title ("Operation Clear Sky")."""
    words = [t for t in content if t.is_alpha]
    return bool(words) and words[0].text[0].isupper() and all(t.text[0].isupper() or (t.is_stop and len(t) <= 3) for t in words)


def feeling_narrated(doc, a: Attribution) -> bool:
    """A verb of feeling in the writer's narration, with no speech or quotation in its sentence (docstring)."""
    if a.kind == "direct" or a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or not any(t.lemma_.lower() in FEELING_VERBS for t in cue):
        return False
    sent = cue[0].sent
    if _speech_in(sent):
        return False  # "Lund said he felt …", "felt strongly, saying …", a quotation: the source's word is there
    verb = next(t for t in cue if t.lemma_.lower() in FEELING_VERBS)
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in (verb, verb.head) for c in c.children)
    if pronoun and sent.start > 0 and _speech_in(doc[sent.start - 1].sent):
        return False  # "Chang added that … . He feels …": the writer goes on summing up what the source said
    return True


def _speech_in(sent) -> bool:
    """``sent`` holds a quotation mark or a verb of speech (not of belief)."""
    return any(t.text in QUOTE_MARKS or (t.lemma_.lower() in SPEECH_ONLY_VERBS and t.pos_ in ("VERB", "AUX")) for t in sent)


def hinted(doc, a: Attribution) -> bool:
    """An unquoted content whose cue verb is one of ``HINTING_STEMS`` ("hinted [the strike could …]",
    "has signaled [that …]"): the writer's reading of a sign, not anyone's words."""
    if a.kind != "indirect" or a.cue is None:
        return False
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or any(ch in QUOTE_CHARS for ch in doc_text(doc)[a.content[0]:a.content[1]]):
        return False
    return any(t.pos_ == "VERB" and t.lower_.startswith(HINTING_STEMS)
               for t in cue)
