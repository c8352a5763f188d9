"""Attributions (who said or believes what), PolNeAR-style: source, cue, content.

The trained tagger (``attribution_tagger``) marks source, cue and content tokens; this module links
them into attributions, adds quoted paragraphs no cue introduces (floating quotes inherit the
previous speaker), resolves each source to a canonical speaker with a role (``speakers``) and says
whether the content is direct, mixed or indirect. Without a shipped model, parse rules
(``attribution_rules``) produce the spans instead.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from ..doctext import doc_text, token_strings
from ...model import Attribution, Entity, Speaker
from ...settings import Settings
from .rules import CONTENT_DEPS, after_dateline, content_for_cue, cue_near, interrupting_cue, is_edge, rule_spans, subject_of, trailing_cue
from .tagger import Tagged, TokenSpan, tag_doc
from .bounds import clean_bounds
from ..deps import finite
from .cues import CLOSE_QUOTES, FINITE_TAGS, OPEN_QUOTES, QUOTE_CHARS, SPEECH_VERBS, STRAIGHT_QUOTE, doc_quoted_spans
from .speakers import SPEAKER_PRONOUNS, NameBook, SpeakerResolver
from .names import particle_surname
from ..gender import first_name_gender
from .filters import is_attribution
from . import conditions, nested, relays, tags, tellings
from .leads import attribute_leads
from .marks import single_closing
from .programmes import after_programme
from .repeats import repeated
from .roles import as_role, body_by_name, outlet_name, without_name, without_ticker
from .transcript import transcript_attributions

MIN_FLOATING_WORDS = 6  # a quoted stretch this long with no cue is a statement, not a scare quote
MAX_JOIN_GAP = 30  # tokens of "said Brant, who …, " between two halves of one interrupted quote
MAX_INHERIT_PARAGRAPHS = 2  # a floating quote inherits a speaker at most this many paragraphs back
DANGLING_POS = frozenset({"CCONJ"})  # a content never ends on "and"
MAX_PLAIN_SOURCE = 4  # words of a source after its content ("…, defence experts here say")
MAX_TAG_WORDS = 8  # words of a speech tag between two parts of a quotation ("…,” Rask told the board, “…")
TAG_SUBJECT_POS = frozenset({"PRON", "PROPN", "NOUN"})
MAX_TAGS = 4  # speech tags read inside one content
CLOSE_MARKS = CLOSE_QUOTES + STRAIGHT_QUOTE
OPEN_MARKS = OPEN_QUOTES + STRAIGHT_QUOTE
EDGE_CHARS = QUOTE_CHARS + " \t\n\r'‘’.,;:—–-"


def find_attributions(doc, entities: list[Entity], settings: Settings = Settings(),
                      names: NameBook | None = None) -> list[Attribution]:
    """Reportable attributions in Doc offsets (all of them when ``settings.reportable_only`` is False).
    ``names``: full names met elsewhere in the run, for surnames this article never spells out."""
    found, unreported = split_attributions(doc, entities, settings, names)
    return found if settings.reportable_only else sorted(found + unreported, key=lambda a: a.content)


def split_attributions(doc, entities: list[Entity], settings: Settings = Settings(),
                       names: NameBook | None = None) -> tuple[list[Attribution], list[Attribution]]:
    """(reportable, unreported) attributions in Doc offsets: an unreported one is an attribution in
    PolNeAR's sense that ``filters.is_attribution`` finds no usable quote (kept for the contract)."""
    tagged = tag_doc(doc, kind=settings.tagger) if settings.use_model else None
    if tagged is None:
        tagged = rule_spans(doc)
    quotes = doc_quoted_spans(doc)
    _split_at_paragraphs(doc, tagged, quotes)
    _drop_datelines(doc, tagged)
    _split_at_trailing_cues(doc, tagged)
    _split_before_quotations(doc, tagged)
    _add_untagged_trailing_cues(doc, tagged)
    _add_floating_quotes(doc, tagged, quotes)
    resolver = SpeakerResolver(doc, entities, quotes)
    attrs = attribute_leads(doc, _assemble(doc, tagged, quotes, resolver), resolver)
    attrs = _with_transcript(attrs, transcript_attributions(doc, resolver))
    attrs = [after_programme(doc_text(doc), a) for a in attrs]  # "said on NBC’s [“Harbour Watch.”] “We …”"
    if names is not None:
        people = {e.id for e in entities if e.type == "PERSON"}
        attrs = [_with_full_name(a, names, people, resolver.genders, resolver.shared_surnames) for a in attrs]
    attrs = [_role_without_name(replace(a, speaker=resolver.current_post(a.speaker))) for a in attrs]
    if not settings.reportable_only:
        return attrs, []
    verdicts = [is_attribution(doc, a) for a in attrs]
    shown = [k for k, ok in enumerate(verdicts) if ok]
    for k, alone in zip(shown, conditions.halves_alone(doc, [(attrs[k].content, attrs[k].cue) for k in shown])):
        verdicts[k] = verdicts[k] and not alone  # half a conditional is not shown without the other half
    shown = [k for k, ok in enumerate(verdicts) if ok]
    for k, again in zip(shown, repeated(doc_text(doc), [attrs[k] for k in shown])):
        verdicts[k] = verdicts[k] and not again  # the same statement is shown once
    return [a for a, ok in zip(attrs, verdicts) if ok], [a for a, ok in zip(attrs, verdicts) if not ok]


def _with_transcript(attrs: list[Attribution], turns: list[Attribution]) -> list[Attribution]:
    """Transcript answers replace whatever else was read over the same characters."""
    if not turns:
        return attrs
    kept = [a for a in attrs if not any(a.content[0] < t.content[1] and t.content[0] < a.content[1] for t in turns)]
    return sorted(kept + turns, key=lambda a: a.content)


def _role_without_name(a: Attribution) -> Attribution:
    """A role never ends in words of its holder's name, whichever mention it was read at ("London Mayor
    Sadiq" for Sadiq Khan, read at a mention where the tagger named only "Khan")."""
    if len((a.speaker.name or "").split()) < 2:
        return a  # a one-word name may be the title's own word ("Minister" of "Britain's Prime Minister")
    role = without_name(a.speaker.role, a.speaker.name)
    return a if role == a.speaker.role else replace(a, speaker=replace(a.speaker, role=role))


def role_not_outlet(a: Attribution) -> Attribution:
    """No role where it is only the name of the speaker's outlet ("NPR" for "NPR's Tim Lark": ``outlet_name``):
    the filters (``relays``) and the confidence gate read it as a reporter's, a source described, but it is
    no post, so it is dropped once they have (``pipeline.analyze_doc``). Source: strict reads (roles20)."""
    return replace(a, speaker=replace(a.speaker, role=None)) if outlet_name(a.speaker.role) else a


def role_body_named(text: str, a: Attribution) -> Attribution:
    """The role without a stock ticker's quote (``roles.without_ticker``) and with the body it names by its kind
    named as ``text`` names it, or no role (``roles.body_by_name``), once the confidence gate has weighed the
    role as read (``pipeline.analyze_doc``)."""
    role = body_by_name(text, without_ticker(text, a.speaker.role), a.speaker.mention)  # "the union's president"
    return a if role == a.speaker.role else replace(a, speaker=replace(a.speaker, role=role))


def _with_full_name(a: Attribution, names: NameBook, people: set[str], genders,
                    shared: frozenset[str] | set[str] = frozenset()) -> Attribution:
    """A bare surname gets the full name the run gives it (not a group or state: "Democrats", "US"; not
    a man's name for the "Lady Hale" this article titles as a woman; not a surname ``shared`` by two
    people this article names in full, whom the run's counts cannot tell apart: ``speakers._surname_owners``)."""
    if a.speaker.entity is not None and a.speaker.entity not in people:
        return a
    written = (a.speaker.name or "").split()
    if (a.speaker.name or "").lower() in shared or (particle_surname(written) and written[-1].lower() in shared):
        return a  # "Vell", "De Vell" with Tomas and Anna de Vell both named in full
    full = names.full_name(a.speaker.name)
    here = genders.of(a.speaker.name)
    if full and here and first_name_gender(full.split()[0]) not in (None, here):
        return a
    return replace(a, speaker=replace(a.speaker, name=full)) if full else a


# ---------------------------------------------------------------------------- repairs
def _drop_datelines(doc, tagged: Tagged) -> None:
    """A span opening its paragraph with a dateline ("WASHINGTON ― Donald Trump's …") starts after it."""
    for spans in (tagged.contents, tagged.sources):
        spans[:] = [(after_dateline(doc, s, e), e) for s, e in spans]


def _split_at_paragraphs(doc, tagged: Tagged, quotes: list[tuple[int, int]]) -> None:
    """Only a quotation runs on into the next paragraph: a content is cut at a paragraph break unless the
    paragraph before ends inside a quotation still open and the next one reopens it (``_quote_runs_on``)."""
    contents = []
    for s, e in tagged.contents:
        for tok in doc[s:e]:
            if tok.is_space and "\n" in tok.text and tok.i + 1 < e and not _quote_runs_on(doc, tok, quotes):
                if tok.i > s:
                    contents.append((s, tok.i))
                s = tok.i + 1
        contents.append((s, e))
    tagged.contents[:] = [c for c in contents if c[1] > c[0]]


def _quote_runs_on(doc, brk, quotes: list[tuple[int, int]]) -> bool:
    """The news convention for a quotation of several paragraphs: the paragraph before the break ``brk`` ends
    inside a quotation left open (no closing mark) and the next paragraph opens with a mark. A paragraph that
    closes its quotation ('… smart." ¶ "We need …') or ends outside one ('… on the night of the storm ¶ "No
    delays …') ends its content there: the next paragraph's quotation is another statement (strict reads)."""
    if doc[brk.i + 1].text[:1] not in OPEN_MARKS:
        return False
    if brk.i == 0:
        return False
    last = doc[brk.i - 1]
    end = last.idx + len(last.text)
    if last.text[-1:] in CLOSE_MARKS:
        return False  # the quotation closes with its paragraph
    return any(a < end <= b for a, b in quotes)


def _split_at_trailing_cues(doc, tagged: Tagged) -> None:
    """A content running over "…, Brant notes." into the next sentence stops at the comma; the cue
    and source become spans of their own and the rest stays a content."""
    contents = []
    for s, e in tagged.contents:
        for sent in doc[s:e].sents:
            if sent.end >= e:
                break
            found = trailing_cue(doc, sent)
            if found and found[2] > s:
                cue, source, comma = found
                contents.append((s, comma))
                tagged.cues.append(cue)
                tagged.sources.append(source)
                s = sent.end
        if e > s:
            contents.append((s, e))
    tagged.contents[:] = contents
    tagged.cues.sort()
    tagged.sources.sort()


def _split_before_quotations(doc, tagged: Tagged) -> None:
    """An unquoted content never runs on into a quotation that opens the next sentence ("Marsh said the
    measures would hold. “We will not back down,” Brell said."): the quotation is a statement of its own,
    with its own tag, and the two are split at the sentence edge."""
    contents = []
    for s, e in tagged.contents:
        for sent in doc[s:e].sents:
            opening = next((t for t in sent if not t.is_space), None)
            if sent.start > s and opening is not None and opening.text in OPEN_MARKS and \
                    not any(t.text in QUOTE_CHARS for t in doc[s:sent.start]):
                contents.append((s, sent.start))
                s = sent.start
        contents.append((s, e))
    tagged.contents[:] = [(a, b) for a, b in contents if b > a]


def _add_untagged_trailing_cues(doc, tagged: Tagged) -> None:
    """A sentence ending "…, Lind notes." in which the tagger found no cue is reported speech all the
    same: what it tagged inside the sentence gives way to the sentence's own reading."""
    for sent in doc.sents:
        if any(sent.start <= c[0] < sent.end for c in tagged.cues):
            continue
        found = trailing_cue(doc, sent)
        if not found:
            continue
        inside = [x for x in tagged.contents + tagged.sources if x[0] < sent.end and sent.start < x[1]]
        if any(x[0] < sent.start or x[1] > sent.end for x in inside):
            continue  # a span runs across the sentence's edge: leave it to the other repairs
        cue, source, comma = found
        start = _trim_start(doc, sent.start, comma)
        if comma <= start or not _plain_source(doc[source[0]:source[1]]):
            continue
        tagged.contents[:] = [x for x in tagged.contents if x not in inside] + [(start, comma)]
        tagged.sources[:] = [x for x in tagged.sources if x not in inside] + [source]
        tagged.cues.append(cue)
    for spans in (tagged.contents, tagged.cues, tagged.sources):
        spans.sort()


def _plain_source(span) -> bool:
    """A short noun phrase ("Lind", "experts here", "the ministry"), not a clause ("that lead was")."""
    return (len(span) <= MAX_PLAIN_SOURCE and span[-1].pos_ in ("PROPN", "NOUN", "PRON", "ADV")
            and not any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "NUM") for t in span))


# ---------------------------------------------------------------------------- floating quotes
def _add_floating_quotes(doc, tagged: Tagged, quotes) -> None:
    """Quoted stretches of a sentence or more that no tagged content covers become contents."""
    covered = bytearray(len(doc))
    for s, e in tagged.contents + tagged.sources + tagged.cues:
        covered[s:e] = b"\x01" * (e - s)
    for qs, qe in quotes:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or sum(1 for t in span if t.is_alpha) < MIN_FLOATING_WORDS:
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in span) or any(covered[span.start:span.end]):
            continue
        tagged.contents.append((span.start, span.end))
    tagged.contents.sort()


# ---------------------------------------------------------------------------- linking
class _Sentences:
    """Sentence and paragraph number of every token (one pass)."""

    def __init__(self, doc):
        self.sent = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            self.sent[sent.start:sent.end] = [n] * (sent.end - sent.start)
        self.para, para = [], 0
        for text in token_strings(doc, "ORTH"):
            if "\n" in text and text.isspace():
                para += 1
            self.para.append(para)


def _distance(a: TokenSpan, b: TokenSpan) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def _pair(lefts: list[TokenSpan], rights: list[TokenSpan], allowed, cost) -> dict[TokenSpan, TokenSpan]:
    """Greedy one-to-one matching, cheapest pairs first, among allowed (left, right) pairs."""
    pairs = sorted((cost(a, b), a, b) for a in lefts for b in rights if allowed(a, b))
    out, used = {}, set()
    for _, a, b in pairs:
        if a not in out and b not in used:
            out[a] = b
            used.add(b)
    return out


def _link(doc, tagged: Tagged, sents: _Sentences, quotes, quoted):
    """(content, cue, source) triples: cues paired with contents in the same paragraph and nearby
    sentences, sources with cues in the same sentence (or inside the content's sentences)."""
    def cue_ok(content, cue):
        colon = _colon_at_paragraph_end(doc, cue)
        if colon is not None:  # "X, who has long argued for Y, said:" ¶ "…": the next paragraph is what was said
            return content[0] > colon and all(t.is_space or t.text in OPEN_MARKS for t in doc[colon + 1:content[0]])
        lo, hi = sents.sent[content[0]], sents.sent[content[1] - 1]
        paras = (sents.para[content[0]], sents.para[content[1] - 1])
        return lo - 1 <= sents.sent[cue[0]] <= hi + 1 and sents.para[cue[0]] in paras

    def cue_cost(content, cue):
        """Same sentence first, then token distance."""
        lo, hi = sents.sent[content[0]], sents.sent[content[1] - 1]
        k = sents.sent[cue[0]]
        return (0 if lo <= k <= hi else 1), _distance(content, cue)

    cue_of = _pair(tagged.contents, tagged.cues, cue_ok, cue_cost)
    anchors = {content: cue_of.get(content, content) for content in tagged.contents}

    def source_ok(content, source):
        anchor = anchors[content]
        same = sents.sent[source[0]] in (sents.sent[anchor[0]], sents.sent[anchor[1] - 1])
        inside = sents.sent[content[0]] <= sents.sent[source[0]] <= sents.sent[content[1] - 1]
        return same or inside

    source_of = _pair(tagged.contents, tagged.sources, source_ok, lambda c, src: _distance(anchors[c], src))
    triples = [(c, cue_of.get(c), source_of.get(c)) for c in tagged.contents]
    triples = _join_interrupted(doc, sorted(_complete(doc, tagged, triples, sents, quoted)), sents, quotes)
    return clean_bounds(doc, _clip_reported_to_sentence(doc, triples, sents, quoted), quoted)


def _colon_at_paragraph_end(doc, cue: TokenSpan) -> int | None:
    """The colon that ends ``cue``'s paragraph right after it ("Rask, who has long fought the levy, said:" ¶),
    or None. Such a cue introduces the paragraph after it: the words before it in its own sentence are the
    writer's framing ("Speaking to the council in May, …", "Asked whether …", "who has long argued for …"),
    never its content (strict reads, round 14)."""
    k = cue[1] - 1 if doc[cue[1] - 1].text == ":" else cue[1]
    if k >= len(doc) or doc[k].text != ":":
        return None
    nxt = k + 1
    if nxt >= len(doc) or not ("\n" in doc[k].whitespace_ or doc[nxt].is_space and "\n" in doc[nxt].text):
        return None
    return k


def _paragraph_after(doc, colon: int, tagged: Tagged) -> TokenSpan | None:
    """The paragraph after a cue's closing colon (``_colon_at_paragraph_end``) as its content, set off
    without quotation marks ("…, Rask said:" ¶ "Towns must spend more on their quays. …"); None when a cue
    of its own stands in it."""
    s = colon + 1
    while s < len(doc) and doc[s].is_space:
        s += 1
    e = s
    while e < len(doc) and not (doc[e].is_space and "\n" in doc[e].text) and "\n" not in doc[e].whitespace_:
        e += 1
    e = min(len(doc), e + (e < len(doc) and not doc[e].is_space))
    e = _trim_end(doc, s, e)
    if e <= s or any(s <= c[0] < e for c in tagged.cues):
        return None
    return s, e


def _clip_reported_to_sentence(doc, triples, sents: _Sentences, quoted):
    """Reported speech stays in the sentence of its cue's side (PolNeAR rarely does otherwise): a content
    after its cue that starts unquoted ends with its first sentence not continued inside quotation marks;
    an unquoted one before its cue starts with its last sentence, and one that runs over unquoted sentences
    into the quotation its cue reports starts at the quotation (``_without_narration_before``). Then it
    drops its own cue at an edge."""
    out = []
    read = []
    for content, cue, source in triples:  # "…, leading the governor to tell the Courier, “…”" (``tellings``)
        read.extend(tellings.quotation_after_telling(doc, content, cue, source, quoted) or [(content, cue, source)])
    for content, cue, source in read:
        s, e = content
        if cue is not None and sents.sent[s] != sents.sent[e - 1]:
            if cue[1] <= s and not quoted[s]:
                e = _end_of_quoted_run(doc, s, e, quoted)
            elif cue[0] >= e and not any(quoted[s:e]):
                s = _trim_start(doc, doc[e - 1].sent.start, e)
            content = (s, e) if e > s else content
        parts = _without_own_cue(doc, content, cue, source) if cue is not None else [content]
        for part in parts:
            here = [(part, cue, source)]
            if cue is not None and cue[0] >= part[1]:
                here = _without_narration_before(doc, part, cue, source, sents, quoted)
            for read, read_cue, read_source in here:
                out.extend((_without_dangling_end(doc, piece, quoted), tag, speaker)
                           for piece, tag, speaker in _read_at_tags(doc, read, read_cue, read_source, sents, quoted))
    return out


def _without_narration_before(doc, content, cue, source, sents: _Sentences, quoted):
    """A content before its cue that runs over sentences of unquoted words into the quotation the cue
    reports ("The dam was said to be cracking. “We have never seen water this high,” Brant said") starts
    at the quotation: the sentence before is the reporter's, or another cue's. It stays a content of its
    own only when a verb of speech outside it governs it ("Rask told the council [the dam was cracking].
    “…,” she said"). Returns [(content, cue, source)]."""
    s, e = content
    start = None
    for sent in doc[s:e].sents:
        first = _trim_start(doc, max(s, sent.start), e, keep=OPEN_MARKS)
        if sents.sent[first] == sents.sent[s] or doc[first].text not in OPEN_MARKS:
            continue
        if all(quoted[t.i] or is_edge(t) for t in doc[first:e]):
            start = first
            break
    if start is None:
        return [(content, cue, source)]
    before = (s, _trim_end(doc, s, start))
    if any(quoted[before[0]:before[1]]) or sum(1 for t in doc[before[0]:before[1]] if t.is_alpha) < 2:
        return [(content, cue, source)]  # a quotation runs across the sentences: the speaker's own
    out = []
    root = doc[before[0]:before[1]].root
    head = root.head
    if not before[0] <= head.i < before[1] and head.pos_ == "VERB" and head.lemma_.lower() in SPEECH_VERBS:
        subject = subject_of(doc, (head.i, head.i + 1))
        if subject is not None:
            out.append((before, (head.i, head.i + 1), subject))
    return out + [((start, e), cue, source)]


def _read_at_tags(doc, content, cue, source, sents: _Sentences, quoted, depth: int = 0):
    """(content, cue, source) triples of ``content`` read at each speech tag it holds (``_at_inner_tag``):
    the words a tag introduces are that tag's contents, on either side of it."""
    triples = _at_inner_tag(doc, content, cue, source, sents, quoted)
    if depth >= MAX_TAGS or triples == [(content, cue, source)]:
        return triples
    out = []
    for part, tag, speaker in triples:
        pieces = _without_own_cue(doc, part, tag, speaker) if tag is not None and part[0] <= tag[0] < part[1] else [part]
        for piece in pieces:
            piece = _without_tag_object(doc, piece, tag) if tag is not None else piece
            out.extend(_read_at_tags(doc, piece, tag, speaker, sents, quoted, depth + 1))
    return out


def _without_tag_object(doc, piece: TokenSpan, tag: TokenSpan) -> TokenSpan:
    """A piece after its tag starts at the quotation when the words before it are the tag's own ("he told
    [the Kessel Post]. “It made …”")."""
    s, e = piece
    if s < tag[1] or doc[s].text in OPEN_MARKS:
        return piece
    mark = next((t.i for t in doc[s:e] if t.text in OPEN_MARKS), None)
    if mark is None or not any(t.is_alpha for t in doc[mark:e]) or not _of_cue(doc, (s, mark), tag):
        return piece
    return mark, e


def _at_inner_tag(doc, content, cue, source, sents: _Sentences, quoted):
    """A content that holds a speech tag of its own, outside quotation marks, is read at that tag (a
    reader takes the tag's words for the speaker's): a short stretch between two parts of a quotation in
    the content's first sentence ("“We never had rope,” Rask remembers, “and the board knew it”") is the
    cue and source, and the parts its contents; a verb of speech with a subject of its own in a later
    sentence ("said that …. “The costs,” he said, “were …”") ends the content before that sentence, which
    becomes a content of that tag. Returns [(content, cue, source)]; a content that holds its cue is left
    as it is."""
    s, e = content
    if cue is not None and s <= cue[0] < e:
        return [(content, cue, source)]
    for verb in doc[s:e]:
        if quoted[verb.i] or verb.pos_ != "VERB" or sents.sent[verb.i] == sents.sent[s]:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not quoted[c.i]
                        and c.pos_ in TAG_SUBJECT_POS), None)
        if (verb.lemma_.lower() in SPEECH_VERBS or tags.continues_speech(verb)) and subject is not None:
            start = _opening_of_quotation(doc, verb.sent.start, s, quoted)
            end = _trim_end(doc, s, start, keep=CLOSE_MARKS)
            if any(t.is_alpha for t in doc[s:end]):
                return [((s, end), cue, source),
                        ((start, e), (verb.i, verb.i + 1), (subject.left_edge.i, subject.right_edge.i + 1))]
    if doc[s].text not in OPEN_MARKS:
        return [(content, cue, source)]
    k = s
    while k < e:
        if quoted[k]:
            k += 1
            continue
        lo = k
        while k < e and not quoted[k]:
            k += 1
        tag = _tag_between(doc, lo, k) if (doc[lo - 1].text in CLOSE_MARKS or single_closing(doc, lo - 1, quoted)) \
            and k < e and \
            doc[k].text in OPEN_MARKS and sents.sent[lo] == sents.sent[s] else None
        if tag is not None:
            return [(content, tag[0], tag[1])]
    return [(content, cue, source)]


def _opening_of_quotation(doc, start: int, s: int, quoted) -> int:
    """Where the part a later tag introduces starts: the sentence ``start``, or, when that sentence opens inside
    a quotation begun after ``s`` (the content's first token), that quotation's opening mark. A tag closes
    all of the quotation it follows ("“The crews are ready. The steel is not,” Brant said"): the
    parser's sentence break inside the marks is no bound of what the tag reports, and a part cut there drops
    the quotation's first sentences and leaves its closing mark unmatched."""
    k = start
    while k > s and quoted[k - 1] and doc[k].text[:1] not in OPEN_MARKS:
        k -= 1
    return k if k > s and quoted[k] and doc[k].text[:1] in OPEN_MARKS else start


def _tag_between(doc, lo: int, hi: int):
    """(cue, source) of a speech tag that is all of ``doc[lo:hi]`` ("Rask remembers", "he told the board",
    "says Edda Rask"): a finite verb with its subject, or, where the parser missed them, names followed by
    one last word; None when the stretch is no short tag ("urging fellow Egyptians to
    stop": a participle of the reporter's sentence)."""
    words = [t for t in doc[lo:hi] if t.is_alpha]
    if not words or len(words) > MAX_TAG_WORDS:
        return None
    verb = next((t for t in words if t.pos_ == "VERB" and t.tag_ in FINITE_TAGS), None)
    subject = verb and next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and lo <= c.i < hi), None)
    if subject is not None:
        return (verb.i, verb.i + 1), (subject.left_edge.i, subject.right_edge.i + 1)
    *names, last = words
    if names and last.tag_ != "VBG" and all(t.pos_ in ("PROPN", "PRON") for t in names):
        return (last.i, last.i + 1), (names[0].i, names[-1].i + 1)
    return None


def _without_own_cue(doc, content, cue, source) -> list[TokenSpan]:
    """A content never holds its own cue and source: one that swallowed them at an edge ("Brant said,
    “…" or "“…,” he said") loses them; one that goes on past them on both sides ("Turnout rose, the
    board said, the highest since 1998") becomes two contents, one each side."""
    s, e = content
    if source is not None:  # the whole phrase of the source ("warden Pia Holm", not "Pia Holm")
        root = doc[source[0]:source[1]].root
        source = (max(s, min(source[0], root.left_edge.i)), min(e, max(source[1], root.right_edge.i + 1))) \
            if s <= source[0] and source[1] <= e else source
    holes = [x for x in (cue, source) if x and s <= x[0] and x[1] <= e]
    if cue not in holes:
        return [content]
    lo, hi = min(h[0] for h in holes), max(h[1] for h in holes)
    left = (s, _trim_end(doc, s, lo, keep=CLOSE_MARKS)) if any(t.is_alpha for t in doc[s:lo]) else None
    right = (_trim_start(doc, hi, e, keep=OPEN_MARKS), e) if any(t.is_alpha for t in doc[hi:e]) else None
    left = left and _quoted_part(doc, left, at_end=False)
    right = right and _quoted_part(doc, right, at_end=True)
    parts = [p for p in (left, right) if p is not None]
    if len(parts) == 2:  # "…, he told the Daily Beacon", "…, the board said yesterday": the cue's own words
        parts = [p for p in parts if not _of_cue(doc, p, cue) or _quoted_continuation(doc, p, cue)] or parts[:1]
    return parts or [content]


def _quoted_continuation(doc, span: TokenSpan, cue: TokenSpan) -> bool:
    """A part after a tag of speech that reopens the quotation and goes on with a clause of its own or with
    a conjunction (“…,” he added, “[and that's why I was delighted …]”): the speaker's words, whatever the
    parser hangs them on (a conjunct of "added"); not a quoted title the tag names ("told “Fox News Sunday”"),
    nor a quoted object of a verb that is no tag ("displayed “a deep worry for the fishing towns”")."""
    s, e = span
    if doc[s].text not in OPEN_MARKS or not any(t.lemma_.lower() in SPEECH_VERBS for t in doc[cue[0]:cue[1]]):
        return False
    words = [t for t in doc[s:e] if t.is_alpha]
    return bool(words) and (words[0].is_lower and words[0].pos_ in ("CCONJ", "SCONJ", "ADV")
                            or any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in words))


def _quoted_part(doc, span: TokenSpan, at_end: bool) -> TokenSpan:
    """A part that opens (closes) with a quotation mark ends (starts) at its other mark: the unquoted
    words beyond it ("“The roads are closed,” warden") belong to the tag the parser misread."""
    s, e = span
    if not at_end and doc[s].text in OPEN_MARKS:
        k = max((t.i for t in doc[s + 1:e] if t.text in CLOSE_MARKS), default=None)
        if k is not None and any(t.is_alpha for t in doc[k + 1:e]):
            return s, k + 1
    if at_end and doc[e - 1].text in CLOSE_MARKS:
        k = min((t.i for t in doc[s:e - 1] if t.text in OPEN_MARKS), default=None)
        if k is not None and any(t.is_alpha for t in doc[s:k]):
            return k, e
    return span


def _of_cue(doc, span: TokenSpan, cue: TokenSpan) -> bool:
    """Every word of ``span`` hangs on the cue other than as its content ("told [the Daily Beacon]",
    "said [yesterday]")."""
    def hangs(tok) -> bool:
        while tok.head.i != tok.i:
            if cue[0] <= tok.head.i < cue[1]:
                return tok.dep_ not in CONTENT_DEPS
            tok = tok.head
        return False
    words = [t for t in doc[span[0]:span[1]] if t.is_alpha]
    return bool(words) and all(hangs(t) for t in words)


def _without_dangling_end(doc, content, quoted):
    """A content never ends on a word that needs a continuation ("… out of the car and")."""
    s, e = content
    while e - 1 > s and not quoted[e - 1] and (doc[e - 1].pos_ in DANGLING_POS
                                                or is_edge(doc[e - 1])):
        e -= 1
    return s, e


def _end_of_quoted_run(doc, s: int, e: int, quoted) -> int:
    """The end of the first sentence of ``[s, e)`` that the next one does not continue inside quotation marks."""
    sent = doc[s].sent
    while sent.end < e:
        nxt = sent.end
        while nxt < e and doc[nxt].is_space:
            nxt += 1
        if nxt >= e or not quoted[nxt]:
            break
        sent = doc[nxt].sent
    return _trim_end(doc, s, min(sent.end, e))


def _trim_start(doc, s: int, e: int, keep: str = "") -> int:
    """First token of [s, e) that is not edge punctuation (marks in ``keep`` stay)."""
    while s < e and is_edge(doc[s]) and doc[s].text not in keep:
        s += 1
    return s


def _trim_end(doc, s: int, e: int, keep: str = "") -> int:
    """End of [s, e) without edge punctuation (marks in ``keep`` stay, with the comma before them)."""
    while e > s and is_edge(doc[e - 1]) and doc[e - 1].text not in keep:
        e -= 1
    return e


def _join_interrupted(doc, triples, sents: _Sentences, quotes):
    """“A,” she said, “B.”: B, when it has no cue of its own, is a second content of A's cue and source
    (PolNeAR annotates one content from A to B; a content holding its own cue misleads a reader)."""
    ends = {}
    for qs, qe in quotes:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is not None:
            ends[span.start] = span.end
    out = list(triples)
    k = 0
    while k < len(out):
        content, cue, source = out[k]
        tail = max(x[1] for x in (content, cue, source) if x)
        if cue is None or cue[0] < content[1] or doc[content[1] - 1].text[:1] not in CLOSE_MARKS:
            k += 1
            continue
        nxt = tail
        limit = min(len(doc), tail + MAX_JOIN_GAP)
        while nxt < limit and nxt not in ends and not (doc[nxt].is_space and "\n" in doc[nxt].text):
            nxt += 1
        if nxt not in ends or sents.para[nxt] != sents.para[content[0]]:
            k += 1
            continue
        end = ends[nxt]
        inside = [t for t in out[k + 1:] if t[0][0] < end and t[0][0] >= tail]
        if any(t[1] is not None or t[0][1] > end for t in inside):
            k += 1
            continue
        out = [t for t in out if t not in inside]
        out.insert(k + 1, ((nxt, end), cue, source))
        k += 1
    return out


def quoted_tokens(doc, quotes) -> list[bool]:
    """One flag per token of ``doc``: inside one of ``quotes`` (character spans of quotations, marks included)."""
    flags = [False] * len(doc)
    for qs, qe in quotes:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is not None:
            flags[span.start:span.end] = [True] * len(span)
    return flags


def _complete(doc, tagged: Tagged, triples, sents: _Sentences, quoted):
    """Parse rules fill what the tagger left half done: a content without a cue looks for a speech verb
    in its sentence; a cue without a content takes its complement (or its sentence, when parenthetical)."""
    in_content = {i for c in tagged.contents for i in range(*c)}
    taken = in_content | {i for sp in tagged.sources + tagged.cues for i in range(*sp)}
    out = []
    for content, cue, source in triples:
        if cue is None:
            found = interrupting_cue(doc, content, quoted) if source is None else None
            found = found or cue_near(doc, content, taken)
            if found:
                cue, source = found[0], source or found[1]
                taken.update(range(*cue))
        out.append((content, cue, source))
    used_cues = {cue for _, cue, _ in out if cue}
    used_sources = {source for _, _, source in out if source}
    for cue in tagged.cues:
        if cue in used_cues:
            continue
        colon = _colon_at_paragraph_end(doc, cue)
        content = _paragraph_after(doc, colon, tagged) if colon is not None else content_for_cue(doc, cue, ())
        if content is None:
            continue
        inner = [t for t in out if t[0][0] < content[1] and content[0] < t[0][1]]
        if not all(_within(x, content) for t in inner for x in t if x):
            continue  # overlaps an attribution it does not contain
        out = [t for t in out if t not in inner]  # reported speech inside reported speech: the outer wins
        sent = sents.sent[cue[0]]
        sources = [s for s in tagged.sources if s not in used_sources and sents.sent[s[0]] == sent
                   and not _within(s, content)]
        source = min(sources, key=lambda s: abs(s[0] - cue[0])) if sources else subject_of(doc, cue)
        if source:
            used_sources.add(source)
        out.append((content, cue, source))
    return _adopt_leftovers(tagged, out, sents)


def _within(span: TokenSpan, outer: TokenSpan) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _adopt_leftovers(tagged: Tagged, triples, sents: _Sentences):
    """Cues and sources still unlinked go to the nearest content of their paragraph that lacks one."""
    for slot, spans in ((1, tagged.cues), (2, tagged.sources)):
        used = {t[slot] for t in triples if t[slot]}
        free = [k for k, t in enumerate(triples) if t[slot] is None]
        for sp in spans:
            if sp in used or not free:
                continue
            para = sents.para[sp[0]]
            near = [k for k in free if para in (sents.para[triples[k][0][0]], sents.para[triples[k][0][1] - 1])]
            if not near:
                continue
            k = min(near, key=lambda k: _distance(triples[k][0], sp))
            t = list(triples[k])
            t[slot] = sp
            triples[k] = tuple(t)
            free.remove(k)
    return triples


# ---------------------------------------------------------------------------- assembling
def _assemble(doc, tagged: Tagged, quotes, resolver: SpeakerResolver) -> list[Attribution]:
    sents = _Sentences(doc)
    quoted = quoted_tokens(doc, quotes)  # once per Doc: linking and clipping both read it
    out: list[Attribution] = []
    previous: Speaker | None = None  # the last speaker named, whom "he" may mean
    carried: Speaker | None = None  # whom a quote with no cue continues: none after a source no one can name
    carried_cue: int | None = None  # the token of the cue ``carried`` spoke by
    carried_end = 0  # the token after the last content ``carried`` was given
    previous_para = -10
    text = doc_text(doc)  # spaCy joins every token's text on each access: read it once
    for content, cue, source in _link(doc, tagged, sents, quotes, quoted):
        c_span = _chars(doc, content)
        para = sents.para[content[0]]
        kind = content_kind(text, c_span, quotes, [_chars(doc, x) for x in (cue, source) if x])
        if kind == "indirect" and not _cue_in_sentences(doc, cue, content, sents):
            continue  # unquoted words no cue of their sentences introduces are the writer's own
        speaking = _subject_source(doc, tagged, cue, source)
        if speaking and cue and all(quoted[speaking[0]:speaking[1]]):
            # "“We urge …,” Chair Ana Lind and CEO Ivo Brant said": a "we" inside the quote is not the source
            subj = subject_of(doc, cue)
            speaking, source = (subj, subj) if subj and not any(quoted[subj[0]:subj[1]]) else (None, None)
        if cue and kind != "indirect" and nested.is_according(doc, cue):
            inner = nested.inner_tag_subject(doc, content, cue, quoted)
            if inner:  # "Vell said, “…,” according to Lind": Vell's words, as Lind reports them
                speaking, source = inner, inner
        inner = relays.inner_conjunct_subject(doc, cue) if speaking and cue else None
        if inner:  # "Denk reports Lind vowed … and said …" parsed as "Denk … and said": Lind's words
            speaking, source = inner, inner
        if speaking:
            speaker = _resolved(doc, resolver, speaking, source or speaking, previous)
            cited = (relays.cited_source(doc, cue) or relays.speaking_subject(doc, cue, source or speaking)
                     if cue and relays.is_outlet(speaker, text) else None)
            if cited:  # "Citing two officials, Wire reported …": the officials speak, the outlet relays
                speaker = _resolved(doc, resolver, cited, cited, previous)
        elif (carried is not None and kind != "indirect" and para - previous_para <= MAX_INHERIT_PARAGRAPHS
              and _stands_alone(doc, content) and not _reporters_frame(doc, content, quoted)
              and not _framed_quotation(doc, content, quoted) and not _tagged_for_another(text, c_span, carried)
              and not _another_speaks_between(doc, carried_end, content[0], quoted, carried)):
            speaker = Speaker(carried.entity, carried.name, None, carried.role)
        else:
            speaker = Speaker(None, None, None)
        if speaker.name and speaking and _holds_its_source(doc, resolver, content, speaker, quoted, previous):
            previous, previous_para, carried = speaker, para, speaker  # the speaker still spoke here ("…, tweeting: “…”")
            carried_cue = doc[cue[0]:cue[1]].root.i if cue else None
            content = _closing_quotation(doc, content, quoted)
            if content is None:
                continue
            c_span = _chars(doc, content)
            kind = content_kind(text, c_span, quotes, [_chars(doc, x) for x in (cue, source) if x])
        if speaker.name:
            if not (carried is not None and carried_cue is not None and cue and _told_under(doc, cue, carried_cue)):
                carried, carried_cue = speaker, (doc[cue[0]:cue[1]].root.i if cue else None)
            carried_end = max(carried_end, content[1])
            previous, previous_para = speaker, para
        elif speaking:  # someone spoke whom no one can name: a quote after it is not the one before's
            carried = None
        out.append(Attribution(content=c_span, cue=_chars(doc, cue) if cue else None, speaker=speaker, kind=kind))
    return _speak_through_paragraphs(text, _unnamed_by_own_tag(text, _tagged_right_after(text, out)))


# Links by which a clause hangs under its sentence's verb as a circumstance of it ("said … after the camp
# announced …"), not as what was said.
ADJUNCT_LINKS = frozenset({"advcl", "prep", "pcomp", "pobj", "mark", "npadvmod"})


def _told_under(doc, cue: TokenSpan, main: int) -> bool:
    """The verb of ``cue`` stands in an adverbial clause under the cue token ``main`` ("Orrin said in a statement
    [after the Varn team announced it would …]. “…”"): the speaker of ``main`` is still the one a quote with no
    cue after the sentence continues, not the subject of the circumstance. Source: strict read 47 (a
    quote after "X said in a statement after the Y camp announced …" given to the camp)."""
    tok = doc[cue[0]:cue[1]].root
    if tok.i == main:
        return False
    while tok.head.i != tok.i and tok.dep_ in ADJUNCT_LINKS:
        tok = tok.head
        if tok.i == main:
            return True
    return False


def _holds_its_source(doc, resolver: SpeakerResolver, content: TokenSpan, speaker: Speaker, quoted, previous) -> bool:
    """The content's main clause has its speaker, a person, named outside quotation marks as its subject ("In the interview,
    [Mr. Lo cited the treaty as proof], he said, …"): the writer's account of the speaker's act, holding its own
    source and cue, not what the tag reports. A content never holds its own source: the record keeps only a
    quotation that closes it in a sentence of its own (``_closing_quotation``), or goes. Strict reads of AllSides
    1041-1999 (round 13)."""
    if not resolver.is_person(speaker):
        return False  # a government may speak of its country: "Russia has lifted a ban, the Kremlin said"
    s, e = content
    tops = [t for t in doc[s:e] if t.pos_ in ("VERB", "AUX") and not s <= t.head.i < e or t.head.i == t.i and s <= t.i < e]
    for top in tops:
        for subj in top.children:
            if subj.dep_ not in ("nsubj", "nsubjpass") or not s <= subj.i < e or quoted[subj.i]:
                continue
            if subj.pos_ != "PROPN":
                continue
            found = resolver.resolve(subj.left_edge.i, subj.right_edge.i + 1, previous)
            if found.name and (found.entity == speaker.entity if found.entity and speaker.entity else found.name == speaker.name):
                return True
    return False


def _closing_quotation(doc, content: TokenSpan, quoted) -> TokenSpan | None:
    """The quotation that ends ``content``, opening a sentence of its own after the writer's account ("Councillor
    Brant warmed to higher tolls on the radio. [“A bigger crowd of us sees it now …,”]"), or None."""
    s, e = content
    for tok in doc[s + 1:e]:
        before = doc[tok.i - 1]
        if tok.text in OPEN_MARKS and quoted[tok.i] and all(quoted[tok.i:e]) and (
                before.text in (".", "!", "?") or "\n" in before.text or "\n" in before.whitespace_ or tok.is_sent_start):
            return tok.i, e
    return None


def _resolved(doc, resolver: SpeakerResolver, speaking: TokenSpan, mention: TokenSpan, previous) -> Speaker:
    """The speaker the tokens ``speaking`` name, with ``mention``'s characters and a role as written."""
    speaker = resolver.resolve(speaking[0], speaking[1], previous)
    return replace(speaker, mention=_chars(doc, mention), role=as_role(speaker.role))


def _stands_alone(doc, content: TokenSpan) -> bool:
    """A quote with no cue is the previous speaker's only when it is its sentences' every word: one a
    sentence of the reporter's frames ("The plaque reads in part: “…”", "a day of speeches on two
    subjects: that …") is someone else's words, or no one's."""
    first, last = doc[content[0]].sent, doc[content[1] - 1].sent
    outside = list(doc[first.start:content[0]]) + list(doc[content[1]:last.end])
    return not any(t.is_alpha or t.is_digit for t in outside)


def _reporters_frame(doc, content: TokenSpan, quoted) -> bool:
    """A content with no cue that is a sentence of the reporter's around a quoted phrase (“The ‘I cannot
    remember’ answer [became] the commissioner's stock reply”, "At issue [is] the so-called “levy,”
    which …"): the main verb of its sentence (of any of its sentences: "Looking for a ferry? The board [has]
    a page for “lost links.”", read 90) stands outside the quotation marks, is finite, and is no verb of
    speech, and no tag with a subject of its own stands outside them ("…,” Rask told the forum. “…"). The
    phrase is quoted, not said by the one quoted before."""
    span = doc[content[0]:content[1]]
    parts = [doc[max(s.start, span.start):min(s.end, span.end)] for s in span.sents]
    if not (_framing_root(span.root, quoted) or any(
            not quoted[p.start] and _framing_root(p.root, quoted) for p in parts if len(p))):
        return False  # (a sentence opening inside quotation marks may be a quotation and its tag: "“…,” chafed Lind.")
    return not any(not quoted[t.i] and t.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and not quoted[c.i] for c in t.children) for t in span)


def _framing_root(root, quoted) -> bool:
    """A sentence's main verb that is the writer's: outside quotation marks, finite, no verb of speech."""
    return not quoted[root.i] and root.pos_ in ("VERB", "AUX") and root.lemma_.lower() not in SPEECH_VERBS \
        and finite(root)


# Links by which a participle describes a noun ("the science explained", a link's teaser), no clause of saying.
NOUN_MODIFIER_DEPS = frozenset({"acl", "amod", "compound"})


def _another_speaks_between(doc, start: int, end: int, quoted, carried: Speaker) -> bool:
    """Between the last content of the carried speaker (ending at token ``start``) and a content with no cue (at
    ``end``), the writer's words have a verb of speech with a subject of its own, outside quotation marks, that
    is not the carried speaker ("The Wire reports that:" ¶ “…”, read 90): someone else speaks there, so the
    quotation after it is no longer the carried speaker's. A pronoun ("he added") or a subject holding one of
    the carried speaker's own words (``_own_words``: "Brant said", "the professor said") may be the carried
    speaker and does not count."""
    own = _own_words(carried)
    return any(not quoted[t.i] and t.lemma_.lower() in SPEECH_VERBS and t.dep_ not in NOUN_MODIFIER_DEPS and any(
        c.dep_ in ("nsubj", "nsubjpass") and not quoted[c.i] and c.pos_ != "PRON"
        and not any(w.lower_ in own for w in c.subtree) for c in t.children)
        for t in doc[start:end])


# Words of the writer's sentence that make the quotation after them the wording of a thing or of a crowd, not
# the words of the one quoted before: "a banner reading “…”", "a book titled “…”", "chanting “…”", "under the
# headline “…”". Lemmas of participles and nouns.
FRAMING_LEMMAS = frozenset(
    "read title entitle headline dub chant shout scream sing brand label caption inscribe emblazon "
    "slogan banner sign placard poster motto hashtag inscription logo".split())


def _framed_quotation(doc, content: TokenSpan, quoted) -> bool:
    """A content with no cue that is a sentence of the writer's holding a quotation as the object of one of its
    own words: the quotation follows, past a comma or colon at most, a framing word ("raising a banner
    reading, “…”", FRAMING_LEMMAS) or a colon after the writer's words ("Thus came the post: “…”"). The
    quotation is the thing's wording or another's words, not a continuation of the speaker quoted before.
    Source: strict read (a protest banner's words given to the mayor quoted in the paragraph before)."""
    s, e = content
    opened = next((t.i for t in doc[s:e] if quoted[t.i]), None)
    if opened is None or opened == s or not any(t.is_alpha for t in doc[s:opened]):
        return False  # a quotation that opens the content continues the speaker's words
    k = opened - 1
    while k > s and doc[k].is_punct and doc[k].text in (",", ":"):
        if doc[k].text == ":":
            return True
        k -= 1
    return doc[k].lemma_.lower() in FRAMING_LEMMAS


def _tagged_for_another(text: str, content, carried: Speaker) -> bool:
    """A content with no cue that runs past a quotation closing on a comma, "?" or "!" into the writer's words
    of its own sentence ("“…,” chafed Vell. “…”", "“…,” the campaign video states"): those words are the
    quotation's tag, and when they name neither the carried speaker nor start with a pronoun
    (``_tag_words_name_other``), the quotation is someone else's."""
    s, e = content
    for k in range(s + 2, e - 1):
        if text[k] in CLOSE_MARKS and text[k - 1] in ",?!—" and text[k + 1] in " \u00a0" \
                and _tag_words_name_other(text, k + 1, carried):
            return True
    return False


def _speak_through_paragraphs(text: str, attrs: list[Attribution]) -> list[Attribution]:
    """A quote left open at a paragraph end continues in the next paragraph: both parts get the
    speaker named in the continuation (when the open part has no source of its own)."""
    out = list(attrs)
    for k in range(len(out) - 2, -1, -1):
        a, nxt = out[k], out[k + 1]
        if a.speaker.mention is None and a.kind == "direct" and nxt.speaker.name and _continues(text, a.content, nxt.content):
            out[k] = replace(a, speaker=replace(nxt.speaker, mention=None))
    return out


def _tagged_right_after(text: str, attrs: list[Attribution]) -> list[Attribution]:
    """A quote with no cue that a speaker named before was carried to, followed in its paragraph straight away
    by a tag another quote took ("“We want democracy!” Ivo Brant, a student leader, said Sunday. “We hope …”"),
    is that tag's: the tag between two quotations speaks for both, whoever spoke before the first. Source:
    strict read of AllSides 1041-1490 (round 18; a student leader's words given to a government quoted in the
    paragraph before)."""
    out = list(attrs)
    for k, a in enumerate(out):
        if a.cue is not None or a.speaker.mention is not None or not a.speaker.name or a.kind != "direct":
            continue
        for b in out:
            if b.cue is None or b.speaker.mention is None or not b.speaker.name or b.content[0] < a.content[1] \
                    or b.speaker.name.lower() in SPEAKER_PRONOUNS:  # an unresolved "he asks" names no one
                continue
            start = min(b.speaker.mention[0], b.cue[0])
            gap = text[a.content[1]:start]
            if start >= a.content[1] and "\n" not in gap and not gap.strip(" ,"):
                out[k] = replace(a, speaker=replace(b.speaker, mention=None))
                break
    return out


def _unnamed_by_own_tag(text: str, attrs: list[Attribution]) -> list[Attribution]:
    """A quote carried to the speaker before that closes on a comma, "?" or "!" and runs on in its paragraph
    into the writer's words has those words for its tag: when they name neither that speaker (surname, a
    word of the role) nor start with a pronoun ("“Why wait ten years?” party spokesman Ivo Brant said …",
    "“Will you answer?” Sen. Lind pressed"), the quote is someone else's, whom no cue named: no speaker.
    Source: strict read of AllSides 1041-1999 (round 20; a spokesman's question about a president given to
    the president)."""
    return [replace(a, speaker=Speaker(None, None, None)) if _tag_names_other(text, a) else a for a in attrs]


def _tag_names_other(text: str, a: Attribution) -> bool:
    """``a`` is a carried quote whose own trailing tag does not name its carried speaker."""
    if a.cue is not None or a.speaker.mention is not None or not a.speaker.name or a.kind != "direct":
        return False
    s, e = a.content
    inner = text[s:e].rstrip()
    if len(inner) < 2 or inner[-1] not in CLOSE_MARKS or inner[-2] not in ",?!—":
        return False
    return _tag_words_name_other(text, e, a.speaker)


def _tag_words_name_other(text: str, e: int, speaker: Speaker) -> bool:
    """The writer's words from ``e`` (right after a closing quotation mark) to their sentence's end are a tag
    that names someone other than ``speaker``: they open with a word that is no pronoun, and none of them is
    the speaker's surname, the initials of a name of several words, or a word of the role."""
    tag = text[e:].split("\n", 1)[0].split(". ", 1)[0]
    words = [w.strip(".,;:()").lower() for w in tag.split()]
    if not words or not words[0][:1].isalpha() or tag[:1] not in " \u00a0":
        return False
    if words[0] in SPEAKER_PRONOUNS:
        return False
    own = _own_words(speaker)
    return not any(w in own or w.split("-")[0] in own for w in words)


def _own_words(speaker: Speaker) -> set[str]:
    """Lower-case words by which the writer may name ``speaker`` again: the words of the name (three letters or
    more) and of the role (four or more), and the initials of a name of three words or more ("the SDF")."""
    name = (speaker.name or "").split()
    own = {w.lower() for w in name if len(w) > 2} | {w.lower() for w in (speaker.role or "").split() if len(w) > 3}
    if name:
        own.add(name[-1].lower())  # a short surname ("May told") counts too
    if len(name) > 2:
        own.add("".join(w[0] for w in name if w[:1].isupper()).lower())
    return own


def _continues(text: str, span, following) -> bool:
    end = span[1]
    if text[end - 1] in CLOSE_MARKS:
        return False
    gap = text[end:following[0]]
    return gap.count("\n") >= 1 and not gap.strip() and text[following[0]:following[0] + 1] in OPEN_MARKS


def _subject_source(doc, tagged: Tagged, cue, source):
    """The tagged source that is the cue's syntactic subject, when linking by distance chose another
    (or the subject itself when nothing was linked)."""
    if cue is None:
        return source
    subj = subject_of(doc, cue)
    if source is None or subj is None:
        return source or subj  # the tagger found no source: the cue's own subject speaks
    root = doc[subj[0]:subj[1]].root.i
    if source[0] <= root < source[1]:
        # "the farmers, officials in Kessel" tagged as one source: the subject's own words speak
        return source if doc[source[0]:source[1]].root.i == root else subj
    for sp in tagged.sources:
        if sp[0] <= root < sp[1]:
            return sp
    return source


def _cue_in_sentences(doc, cue, content: TokenSpan, sents: _Sentences) -> bool:
    """The cue stands in the content's sentences, or closes the paragraph before it with a colon."""
    lo, hi = sents.sent[content[0]], sents.sent[content[1] - 1]
    if cue is not None and _colon_at_paragraph_end(doc, cue) is not None and cue[1] <= content[0]:
        return True
    return cue is not None and (lo <= sents.sent[cue[0]] <= hi or lo <= sents.sent[cue[1] - 1] <= hi)


def _chars(doc, span: TokenSpan) -> tuple[int, int]:
    """Character offsets of a token span, without whitespace tokens (a no-break space) at its edges."""
    s, e = span
    while e - 1 > s and doc[e - 1].is_space:
        e -= 1
    while s < e - 1 and doc[s].is_space:
        s += 1
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def content_kind(text: str, span, quotes, holes) -> str:
    """direct when every word of the content is inside quotation marks, mixed when some, else indirect."""
    s, e = span
    while s < e and text[s] in EDGE_CHARS and text[s] not in "“\"":
        s += 1
    inside = outside = 0
    k = max(0, bisect.bisect_right([q[0] for q in quotes], s) - 1)
    pos = s
    for qs, qe in quotes[k:]:
        if qs >= e:
            break
        if qe <= pos:
            continue
        outside += _words(text, pos, max(pos, qs), holes)
        inside += _words(text, max(pos, qs), min(qe, e), holes)
        pos = min(qe, e)
    outside += _words(text, pos, e, holes)
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def _words(text: str, s: int, e: int, holes) -> int:
    """Alphanumeric words in text[s:e] that are not inside a hole (the attribution's own source/cue)."""
    n = 0
    for hole in holes:
        hs, he = hole
        if hs < e and s < he:
            rest = [h for h in holes if h != hole]
            return _words(text, s, hs, rest) + _words(text, he, e, rest)
    for w in text[s:e].split():
        if any(ch.isalnum() for ch in w):
            n += 1
    return n
