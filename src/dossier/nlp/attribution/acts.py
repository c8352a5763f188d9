"""Acts told with a cue's words (issue 9, the writer's words given as a source's).

- A document written, published or filed: "wrote [an op-ed for the Courier making the case that …]", "wrote
  [his famous “Letter from the Quay”]", "published [a report on the pier]". The cue verb's object inside the
  content is a document, so the content is the act of writing it, told in the writer's words; what the
  document says is a record of its own when the sentence gives it ("wrote that …", "wrote in an op-ed that …"
  stay).
- A gathering as the source: "a crowd of fishermen … [calling for] the harbour master's resignation", "a
  demonstration called for …". A crowd, a rally or a march speaks with no one's voice; the writer tells its
  aim. A quotation (a chant) stays.
- A formal request for a body's grant: "has asked [the assembly to authorize $200 million for the terminal]",
  "requested [the court to approve the sale]". Asking a body to authorize, fund or approve is a step of
  procedure, like filing a bill; nothing is stated (fresh strict reads, round 17). "asked voters [to back the
  levy]" and "urged [the assembly to …]" stay: a plea to people, or told as speech.
Used by ``filters.is_attribution``. Word lists are general English, kept as data.
"""
from __future__ import annotations

from ...model import Attribution
from .rules import cue_then_content

# Verbs of producing a document, and the works written ("op-ed" parses as "op", "-", "ed": its head is "ed");
# not speakers.DOCUMENT_NOUNS, the documents that speak as sources.
WRITING_VERBS = frozenset("write publish file author co-author pen draft sign submit release".split())
WRITTEN_WORKS = frozenset("""
op-ed ed oped book memoir column letter article essay editorial piece report lawsuit suit complaint petition
memo paper novel chapter blog post biography study brief motion
""".split())
# Heads of a source that is an event or a mass of people, not anyone who speaks.
# Verbs by which a body grants what it is formally asked for (general English, as data).
GRANTING_VERBS = frozenset("authorize authorise appropriate fund allocate approve ratify earmark".split())
FORMAL_ASKING = frozenset({"ask", "request"})
# Bodies that grant by vote or ruling (a named one, "Congress", "the Ostrian Senate", is a proper noun).
GRANTING_BODIES = frozenset("""assembly court parliament legislature senate house council board committee
congress lawmakers legislators commission judge tribunal""".split())
# Verbs of putting something online, and the things put there that hold no words of the source's.
POSTING_VERBS = frozenset("tweet retweet post share upload publish".split())
MEDIA_NOUNS = frozenset("""picture photo photograph image video clip footage screenshot meme gif selfie snapshot
pic map chart graphic cartoon livestream""".split())
# Words in the content by which the source's own words come with the picture ("with the caption …").
WORDS_GIVEN = frozenset("caption say write read word message text comment".split())
GATHERINGS = frozenset("""
crowd throng mob demonstration protest rally march gathering vigil procession sit-in parade
""".split())


def writes_a_document(doc, a: Attribution) -> bool:
    """The object of the cue's verb of writing lies inside the content and is a document ("wrote [an op-ed
    … making the case that …]"): the content is the act of writing, not the document's words."""
    spans = cue_then_content(doc, a)
    if spans is None:
        return False
    cue, content = spans
    for verb in (t for t in cue if t.pos_ == "VERB" and t.lemma_.lower() in WRITING_VERBS):
        for obj in verb.children:
            if obj.dep_ in ("dobj", "obj") and content.start <= obj.i < content.end and _document(obj):
                return True
    return False


def _document(tok) -> bool:
    """``tok`` heads a document noun phrase ("an op-ed", "his famous “Letter from the Quay”", "a book")."""
    words = {tok.lower_, tok.lemma_.lower()}
    if words & WRITTEN_WORKS:
        return True
    return tok.is_title and any(c.lower_ in ("“", '"') for c in tok.subtree)  # a quoted title: "“Letter from …”"


def gathering_source(doc, a: Attribution) -> bool:
    """The source's head is a gathering ("a crowd of fishermen", "the demonstration") and the content is
    not a whole quotation."""
    if a.kind == "direct" or a.speaker.mention is None:
        return False
    span = doc.char_span(a.speaker.mention[0], a.speaker.mention[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in GATHERINGS


def formal_request(doc, a: Attribution) -> bool:
    """The cue is "asked" or "requested" and the content is a body asked to grant something by an infinitive
    of ``GRANTING_VERBS`` ("has asked [Congress to authorize $500 million …]"): a request made by procedure,
    not a statement."""
    spans = cue_then_content(doc, a)
    if spans is None or a.kind == "direct":
        return False
    cue, content = spans
    if not any(t.lemma_.lower() in FORMAL_ASKING and t.pos_ == "VERB" for t in cue):
        return False
    words = [t for t in content if not t.is_punct]
    verb = next((t for t in words if t.tag_ == "VB" and t.i > 0 and doc[t.i - 1].lower_ == "to"), None)
    if verb is None or verb.lemma_.lower() not in GRANTING_VERBS:
        return False
    body = [t for t in words if t.pos_ in ("PROPN", "NOUN") and t.i < verb.i][-1:]  # the addressee's head
    return bool(body) and (body[0].lemma_.lower() in GRANTING_BODIES or body[0].ent_type_ in ("ORG", "GPE"))


def media_posted(doc, a: Attribution) -> bool:
    """The object of a cue verb of posting lies inside the content and is a picture or a clip ("tweeted [a
    picture of them going for a walk]"), and no word in the content gives words with it: an act, no statement."""
    spans = cue_then_content(doc, a)
    if spans is None or a.kind == "direct":
        return False
    cue, content = spans
    if any(t.lemma_.lower() in WORDS_GIVEN for t in content):
        return False
    for verb in (t for t in cue if t.pos_ == "VERB" and t.lemma_.lower() in POSTING_VERBS):
        for obj in verb.children:
            if obj.dep_ in ("dobj", "obj") and content.start <= obj.i < content.end and obj.lemma_.lower() in MEDIA_NOUNS:
                return True
    return False
