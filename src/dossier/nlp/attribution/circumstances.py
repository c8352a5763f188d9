"""Contents that are the frame of a saying, not what was said: under a verb that reports a statement
("said", "added", "wrote"), an indirect content with no finite verb that is

- a circumstance the writer sets around the saying: it opens on a participle or a preposition ("[Based on
  their talks], Lind added, …", "[Having worked on the ferries for a decade], Brant said …", "[Reached by the
  Courier], Vell said …", "[With the levy having a direct effect on crews], Brant said …");
- a person, named with or without a post ("wrote [Tomas Vell, senior fellow at the Kessel Institute]"): the
  one who speaks, whom the parse took for what was written.

Such a verb's statement is a clause; a phrase with no finite verb beside it tells when, why or how the
source spoke, or who spoke. Verbs that take a noun phrase or a gerund as what is said ("denied [taking the
money]", "warned of [the costs]", "insisted on [a vote]") are not read here. Used by
``filters.is_attribution``. Source: strict read of shown records over unseen articles (round 17: contents
"Based on their discussions", "Having lived in … for four years", "Contacted by …", a fellow's name and post).
"""
from __future__ import annotations

from ...model import Attribution
from .cues import FINITE_TAGS
from .rules import is_edge

# Verbs whose statement is a clause (or a quotation), never a bare phrase: general English, as data.
CLAUSE_VERBS = frozenset("""
say add tell explain write report note state reply respond answer tweet post announce conclude observe
remark comment
""".split())
OPENING_TAGS = frozenset({"VBN", "VBG", "IN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})  # "Based on", "Having lived", "With", "After"


def frame_of_saying(doc, a: Attribution, lemma: str | None) -> bool:
    """``a`` (Doc character offsets, its cue's lemma ``lemma``) is indirect, its cue a verb of
    ``CLAUSE_VERBS``, and its content has no finite verb, infinitive or subject and opens on a participle or
    a preposition, or is a person's name (with its post)."""
    if a.kind != "indirect" or lemma not in CLAUSE_VERBS:
        return False
    content = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    words = [t for t in content if not is_edge(t)] if content is not None else []
    if not words or any(t.tag_ in FINITE_TAGS or t.tag_ in ("MD", "TO") or t.dep_ in SUBJECT_DEPS for t in words):
        return False  # a clause, though the parser tag its verb a participle ("In some cases, the workers [signed] …")
    first = words[0]
    if first.tag_ in OPENING_TAGS and first.lower_ not in ("that", "whether", "if"):
        return True
    root = content.root
    named = [root, *(c for c in root.children if c.dep_ == "appos")]
    return not any(t.pos_ in ("VERB", "AUX") for t in words) and any(
        t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in named)
