"""The writer's narration next to a tag, read as the source's content (fresh strict reads, round 17).

- a relative clause on the cue's noun: "Lenk declined to back an inquiry, calls for [which have spread among the
  unions]": the writer says of the calls that they grew; "calls for" names no statement of Lenk's; and one on a
  noun between the cue and the content: "the campaign replied with a short film on Tuesday [that used old
  clips …]": "that" is the film's relative pronoun, not the opener of a reported clause (fresh strict read of
  AllSides 1491-1700);
- the scene around the saying: "“…,” a weary Holt said [as she sat wearing a grey coat]": a clause opened by a
  subordinator of time or manner that is all the content, with no statement after it ("said [as long as the
  levy stands, families will leave]", "said [when fees rise the ferries lose riders]" hold one, and stay);
- the writer's clause joined to the tag's by "and" or "but": "[The councillors ended up walking out], and the
  mayor was saying, see you at the polls": what the mayor said follows his verb;
- a clause of the writer's between a content and its source: "[There was talk that the board might blame the
  builders], a sign the premier was repeating something Holt said": the tag is a relative clause on the object
  ("something Holt said"), far from the content; in "[…], but the device failed, sources said" a comma stands
  before the source, and the tag is the content's;
- a content that runs out of the relative clause its cue heads: "In Kessel, where Venn [indicated her unease
  with the merger, there was the deepest worry]": the rest is the writer's main clause;
- a quotation that another verb of saying, not the cue, introduces: "“…,” Heer writes. Boredom is another way of
  saying, [“We are not like them.”]": the writer's gloss, put as words no one said.
- a content that runs up to the "as" of the tag's clause: "[Holt pressed the minister to act, saying the leak came
  from abroad — not from a clerk, as] Brant once claimed": the "as" clause bears on the last phrase alone, and
  the content is the writer's account of someone else (fresh strict reads, round 18).
Used by ``filters.is_attribution``. Word lists are general English, kept as data.
"""
from __future__ import annotations

from ...model import Attribution
from .rules import cue_and_content, cue_then_content, is_edge

# Relative words that never open a reported clause (an indirect question with "which" follows a verb of
# asking or explaining, not a preposition or a comma).
RELATIVE_OPENERS = frozenset({"which", "whom", "whose"})
# Relative pronouns that may also open a reported clause ("said that …", "asked who …"): relative only by the parse.
RELATIVE_PRONOUN_OPENERS = frozenset({"that", "which", "who"})
# Words of time that may stand between a noun and its relative clause ("a short film on Tuesday that …").
TIME_WORDS = frozenset("""today yesterday tonight earlier later monday tuesday wednesday thursday friday saturday
sunday morning afternoon evening night week month year""".split())
TIME_LEADS = frozenset("on in at last this early late".split())  # "on Tuesday", "last week"
# Subordinators of time and manner by which the writer sets the scene of a saying.
SCENE_OPENERS = frozenset({"as", "while", "when", "before", "after", "once", "until", "whilst"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
COORDINATORS = frozenset({"and", "but", "yet"})
SAYING_LEMMAS = frozenset({"say", "tell", "write", "declare", "add"})


def relative_on_cue(doc, a: Attribution) -> bool:
    """An unquoted content that opens with "which", "whom" or "whose" right after a preposition or a comma
    ("calls for [which have grown …]"): a relative clause the writer hangs on a noun, not anything said."""
    spans = cue_then_content(doc, a)
    if spans is None or a.kind == "direct":
        return False
    cue, content = spans
    first = next((t for t in content if not is_edge(t)), None)
    if first is None or first.i == 0:
        return False
    if first.lower_ in RELATIVE_PRONOUN_OPENERS and _relative_on_noun_before(first, cue, content):
        return True  # "replied with a short film on Tuesday [that used old clips]"
    if first.lower_ not in RELATIVE_OPENERS:
        return False
    before = doc[first.i - 1]
    return before.pos_ == "ADP" or before.text == ","


def _relative_on_noun_before(first, cue, content) -> bool:
    """``first`` ("that", "which", "who") is at once followed by a finite verb, so it is the clause's subject, not
    the opener of a reported clause ("said [that the quay …]" has a subject after "that"), and before it, past
    any words of time, stands the object of a preposition after the cue's first word ("replied with a short film
    on Tuesday [that used …]", a cue "said in the town" before "[that stood for …]"): the relative clause of the
    writer's noun. The parse of such
    a clause is often wrong, so only the tags and the noun's link to its preposition are read."""
    doc = first.doc
    if first.i + 1 >= content.end or doc[first.i + 1].tag_ not in FINITE:
        return False
    noun, timed = doc[first.i - 1], False
    while noun.i > cue.start + 1 and (noun.is_space or noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in TIME_WORDS
                                or timed and noun.lower_ in TIME_LEADS):
        timed = timed or not noun.is_space
        noun = doc[noun.i - 1]
    return noun.i > cue.start and noun.pos_ == "NOUN" and noun.dep_ == "pobj"  # in the cue or after it


def scene_of_saying(doc, a: Attribution) -> bool:
    """An unquoted content after its cue that is one subordinate clause of time or manner and nothing more
    ("said [as she sat wearing a grey coat with her hands folded]"): the writer's scene, not the statement."""
    spans = cue_then_content(doc, a)
    if spans is None or a.kind == "direct":
        return False
    cue, content = spans
    words = [t for t in content if not is_edge(t)]
    if not words or words[0].lower_ not in SCENE_OPENERS:
        return False
    if len(words) < 2 or words[1].pos_ not in ("PRON", "DET", "PROPN", "NOUN"):
        return False  # "as if", "as long as …", "as many as 500 million …": a condition, a comparison, an amount
    clauses = [t for t in words if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)]
    return len(clauses) <= 1 and not any(t.text in (",", ";", ":") for t in content[1:-1])


def conjunct_before_tag(doc, a: Attribution) -> bool:
    """An unquoted content before its source, joined to the tag's clause by "and", "but" or "yet" ("[the
    councillors walked out], and the mayor was saying …"): two clauses of the writer's; the source's words
    come after its own verb."""
    if a.kind == "direct" or a.speaker.mention is None or a.content[1] > a.speaker.mention[0]:
        return False
    gap = doc.text[a.content[1]:a.speaker.mention[0]].strip(" ,;\n").lower().split()
    return len(gap) >= 1 and gap[0] in COORDINATORS and len(gap) <= 2 and (len(gap) == 1 or gap[1] in ("the", "then"))


def clause_before_source(doc, a: Attribution) -> bool:
    """A content that ends before its source, whose source stands right after a noun or pronoun of another
    clause ("[…], a sign the premier was repeating something Holt said"): the tag is a relative clause on that
    word ("something [that] Holt said"), not a tag of the content. "[…], Holt said", "[…], but the device
    failed, sources said" and "[…], the port's master, Holt, said" have a comma or a conjunction there."""
    if a.kind == "direct" or a.speaker.mention is None or a.content[1] > a.speaker.mention[0]:
        return False
    if a.cue is None or a.cue[0] < a.speaker.mention[1]:
        return False  # "[…], said Holt": the cue before its source
    gap = doc.char_span(a.content[1], a.speaker.mention[0], alignment_mode="contract")
    words = [t for t in gap if not t.is_space] if gap is not None else []
    if len(words) < 2 or not any(t.tag_ in FINITE and t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return words[-1].pos_ in ("NOUN", "PRON") and words[-1].lower_ not in ("who", "that", "which")


def out_of_relative(doc, a: Attribution) -> bool:
    """The cue's verb heads a relative clause ("Kessel, where Venn indicated …", "Holt, who said …") and the
    content runs on past a comma into words outside that clause, the sentence's main clause ("[her unease with
    the merger, there was the deepest worry]", "[the depot would close, voted against the plan]")."""
    spans = cue_then_content(doc, a)
    if spans is None or a.kind == "direct":
        return False
    cue, content = spans
    verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "relcl" or verb.head.i > verb.i:
        return False
    clause = {t.i for t in verb.subtree}
    commas = [t.i for t in content if t.text == ","]
    return bool(commas) and any(t.i not in clause and _main_verb(t, verb) for t in content)


def _main_verb(tok, relative) -> bool:
    """``tok`` heads a clause of its own (it has a subject: "there [was]") or is the verb of the relative
    clause's antecedent ("Holt, who said …, [voted]"); a conjunct the parse hung elsewhere ("…, but did so …")
    is neither."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) or tok.i == relative.head.head.i


def quote_of_another_verb(doc, a: Attribution) -> bool:
    """A quotation that a verb of saying other than the cue introduces in its own sentence, with no subject
    that is the source ("another way of saying, [“…”]", "as if to say [“…”]"): the writer's gloss put as words."""
    if a.kind != "direct" or a.cue is None:
        return False
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if content is None or not len(content) or content.start == 0:
        return False
    i = content.start - 1
    while i > content.sent.start and is_edge(doc[i]):
        i -= 1
    verb = doc[i]
    if verb.lemma_.lower() not in SAYING_LEMMAS or verb.pos_ != "VERB" or a.cue[0] <= verb.idx < a.cue[1]:
        return False
    if a.cue[0] >= content.sent.start_char and a.cue[1] <= content.sent.end_char:
        return False  # the cue is in the quotation's own sentence: the parse's choice between two verbs
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)  # "he says, “…”": his


def up_to_as(doc, a: Attribution) -> bool:
    """An unquoted content that ends before its source with the subordinator "as" ("[…, not from a clerk,
    as] Brant once claimed"): the source's clause is an aside on the content's last words."""
    if a.kind == "direct" or a.speaker.mention is None or a.content[1] > a.speaker.mention[0]:
        return False
    span = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    words = [t for t in span if not is_edge(t)] if span is not None else []
    return len(words) > 1 and words[-1].lower_ == "as"
