"""What is not an attribution, though the tagger or the rules read one: a record needs a source that
names someone, a cue of speech or belief that is not negated, and content that says something.

- actions that are not speech or belief ("praised", "voted for", "named", "backed", "resulted from"),
  and a verb outside the speech lexicon whose indirect content is no clause ("defended the programs");
- a cue without content ("did not respond to a request for comment", "requested anonymity",
  "declined to comment");
- negated cues ("did not say whether", "never mentioned"), passive cues without an agent ("is
  considered", "was asked": the subject is not the one who speaks);
- page furniture read as content ("Story highlights", newsletter notices).
Word lists are general English, kept as data.
"""
from __future__ import annotations

import re

from ..doctext import doc_text
from ...model import Attribution
from .cues import SPEECH_VERBS
from .groups import names_someone

NOT_SPEECH = frozenset("""
praise back support endorse name nominate appoint elect vote identify result stem list discuss decide
appear seem look rule sign approve pass hire fire order attend visit meet join leave cast
""".split())
NEGATIONS = frozenset({"not", "n't", "never", "no"})
NO_CONTENT = re.compile(r"(?i)\b(?:requests? for comment|comment(?:ing)? on the record|anonymity|to comment\b|"
                        r"messages? seeking comment|calls? seeking comment|did not (?:immediately )?respond)")
JUNK = re.compile(r"(?i)\b(?:story highlights|sign up|newsletter|subscribe|click here|all rights reserved|"
                  r"follow us|read more)\b")


def is_attribution(doc, a: Attribution) -> bool:
    """True when ``a`` (Doc character offsets) has a named source, a positive speech or belief cue and content."""
    if not names_someone(a.speaker.name):
        return False
    content = doc_text(doc)[a.content[0]:a.content[1]]
    if NO_CONTENT.search(content) or JUNK.search(content) or not any(ch.isalpha() for ch in content):
        return False
    if a.cue is None:
        return True
    cue = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
    if cue is None or not len(cue):
        return True
    verb = next((t for t in cue if t.pos_ == "VERB"), None)
    if verb is None:
        return True  # "according to", a transcript's colon, a trailing dash
    if verb.lemma_.lower() in NOT_SPEECH:
        return False
    if a.kind == "indirect" and verb.lemma_.lower() not in SPEECH_VERBS and not _clause(doc, a.content):
        return False  # "defended the programs", "criticized the council": an act, not a statement
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        return False  # "Collins is often considered …", "was asked": the one who speaks is not said
    return not (any(t.lower_ in NEGATIONS for t in cue) or any(c.dep_ == "neg" for c in verb.children))


def _clause(doc, span) -> bool:
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    return content is not None and any(t.pos_ in ("VERB", "AUX") for t in content)
