"""Tags inside a content: a speech tag that joins two statements, and a source tag that ends a quotation
(strict reads, round 13).

- A tag between two quotations ("the levy “will not change the facts,” [she went on.] “The port is ours.”",
  "“…,” [Voss told the forum.] “…”"): the content stops at the closing mark before the tag, or, when its cue
  comes after it, starts at the quotation after the tag (``without_inner_tag``). The tag is a verb of speech
  (or "went on", "continued", "resumed" with no object: ``continues_speech``) within a few words of the closing mark, with only its subject between, and a stop or comma
  ends it before the next quotation opens (not "“…” if it threatened … as a “…”"); a relative clause
  ("“some people” who feel that way, “but …”") is no tag.
- An outlet or date credited after a dash at the end of a quotation ("“… the port is ours. [— Kessel News,
  September.]”"): the source tag is the page's, not the speaker's words (``without_source_tag``). The dash
  follows a sentence's end, and a few capitalised words with no verb follow it.
Spans are token spans ``(first, last + 1)``, as in ``bounds``; ``quoted`` flags tokens inside quotation marks.
Used by ``bounds.clean_bounds``.
"""
from __future__ import annotations

from .cues import DASHES, SPEECH_ONLY_VERBS

TokenSpan = tuple[int, int]

SENTENCE_ENDS = frozenset(".!?")
TAG_VERBS = SPEECH_ONLY_VERBS  # a tag says, adds, tells; "feel", "think" are no tag
TAG_ENDS = frozenset(".,:;")  # a tag ends before the next quotation opens: "she went on. “…”"
CONTINUING_VERBS = frozenset({"continue", "resume"})  # "“…,” he continued. “…”": a tag, as "went on" is
CONTINUING_OBJECTS = frozenset({"dobj", "xcomp"})  # "continued [the search]", "continued [to fall]" (the parser
# may hang the next quotation on the tag as a ccomp)
MAX_SUBJECT_WORDS = 4  # "she", "Mayor Edda Voss": the tag's subject between the closing mark and its verb
MAX_SOURCE_TAG_WORDS = 8  # "Kessel News, September 2019"


def without_inner_tag(doc, content: TokenSpan, cue: TokenSpan | None, quoted) -> TokenSpan:
    """``content`` cut at a speech tag set between two of its quotations (see the module)."""
    s, e = content
    for i in range(s + 1, e - 1):
        tok = doc[i]
        if quoted[i] or not _tag_verb(doc, tok):
            continue
        k = i - 1
        while k >= s and not quoted[k]:
            k -= 1
        j = i + 1
        while j < e and not quoted[j]:
            j += 1
        if k < s or j >= e or i - k - 1 > MAX_SUBJECT_WORDS or not any(c.dep_ == "nsubj" and k < c.i < i for c in tok.children):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:i]) or doc[j - 1].text not in TAG_ENDS:
            continue  # "“fire and fury” if it threatened … as a “…”", "by “boots,” Obama meant “uniforms”": no tag
        if cue is not None and cue[0] >= e:
            return j, e  # "“…,” he went on. “[The port is ours],” Voss said"
        return s, k + 1
    return content


def _tag_verb(doc, tok) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "relcl" or any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return False  # "“some people” who feel that way, “…”": a relative clause, no tag
    return lemma in TAG_VERBS or continues_speech(tok)


def continues_speech(tok) -> bool:
    """``tok`` says the speaker goes on speaking: "she went on", "he continued", "she resumed", with no object
    or complement of its own ("he continued the search", "went on to win" are acts)."""
    lemma = tok.lemma_.lower()
    if lemma == "go":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "on"
    return lemma in CONTINUING_VERBS and tok.pos_ == "VERB" and not any(
        c.dep_ in CONTINUING_OBJECTS for c in tok.children)


def without_source_tag(doc, content: TokenSpan, quoted) -> TokenSpan:
    """``content`` without an outlet or date credited after a dash at its end (see the module)."""
    s, e = content
    for i in range(s + 1, e - 1):
        if doc[i].text not in DASHES or doc[i - 1].text not in SENTENCE_ENDS:
            continue
        rest = [t for t in doc[i + 1:e] if not t.is_punct]
        if not rest or len(rest) > MAX_SOURCE_TAG_WORDS or not rest[0].text[:1].isupper():
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in rest) or not all(t.text[:1].isupper() or t.like_num for t in rest):
            continue
        return s, i
    return content
