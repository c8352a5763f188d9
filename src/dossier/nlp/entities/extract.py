"""Entities within one article: one canonical entity per real-world referent, with all mentions.

spaCy's entity spans are the raw material; they are cleaned (possessives, line breaks, photo
credits), split (compounds such as "US-Russia", "North and South Korea"), typed again (a speaker
tagged ORG is a person), mapped to states (names, short forms, demonym plurals, and capitals or
seats of government used as actors), and grouped: persons by their name words (see ``aliases``),
everything else by its normal form.  All offsets are ``Doc`` character offsets.
"""
from __future__ import annotations

import re
from collections import Counter

from ...ingest.patterns import in_caption_line
from ..gender import given_name_known
from ..time.rules import MONTHS, WEEKDAYS
from ..doctext import doc_text, lower_case_words, token_strings
from ...model import Entity
from . import aliases
from . import metonymy
from . import people as people_mod
from . import kin
from .roles import AGENT_ENDINGS, ROLE_NOUNS, find_role
from .headlines import Headlines
from .mentions import Group, Mention
from .acronyms import join_short_forms
from .nationality import POSSESSIVE_TOKENS, governments_as_states
from .states import State, index as state_index
from .parties import party_start
from .titles import POSTS, after_title, opens_title

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
LEADING_WORDS = frozenset({"the", "a", "an"})
CREDIT_WORDS = frozenset({"photo", "photos", "image", "images", "picture", "pictures", "video", "file", "via"})
# A page's share buttons run into the next line's words ("Facebook Twitter Pinterest Kurdish fighters …"):
# two or more of these in a row open no name (``page_widget_run``).
SHARE_WIDGET_WORDS = frozenset("facebook twitter pinterest whatsapp linkedin reddit email messenger tumblr flipboard".split())
# Picture agencies whose credit ("AP Photo", "Getty Images") may run into a caption's or headline's name.
CREDIT_SOURCES = frozenset("ap afp epa upi getty reuters associated press xinhua".split())
DIRECTION_WORDS = frozenset("""
eastern western northern southern central east west north south northeast northwest southeast
southwest northeastern northwestern southeastern southwestern far
""".split())
TITLE_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sen.", "rep.", "gov."})
PERSON_TAGS = frozenset({"NNP", "NNPS"})
ACRONYM_MAX = 5
DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
BRACKETS = re.compile(r"[\[\]{}()]")
FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})
RESTATED_REACH = 4  # words after a surname within which a link's restated full name ends
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART", "NUM"})


NAME_SUFFIXES = frozenset("inc ltd llc co corp plc ag sa jr sr ii iii iv".split())


def find_entities(doc) -> list[Entity]:
    """Group the document's names into entities, one per referent, mentions in Doc offsets."""
    states = state_index()
    names = PersonNames.of(doc)  # the Doc's headline reader and word use, shared with the speaker step
    headlines, words = names.headlines, names.words
    mentions = [m for ent in _joined_people(doc) if ent.label_ in KEPT_LABELS
                for m in _pieces(doc, ent, states, headlines, words)]
    mentions += _unlabelled_states(doc, mentions, states)
    surnames = _person_surnames(doc)
    mentions = [m for m in (_classify(doc, m, states, surnames) for m in mentions) if m is not None]
    _compass_states(doc, mentions, states)
    people, others = _group(doc, mentions)
    people_mod.add_bare_surnames(doc, people, mentions)
    governments_as_states(doc, people, others, states)
    groups = [g for g in (*people, *others.values()) if g.mentions]
    groups.sort(key=lambda g: min(m.start for m in g.mentions))
    text = doc_text(doc)  # built on every access: read it once
    return [_entity(doc, text, f"E{i}", g, states) for i, g in enumerate(groups, 1)]


# ------------------------------------------------------------------ cleaning and splitting spans
MAX_UNTAGGED_NAME_WORDS = 2


def _joined_people(doc) -> list:
    """spaCy's entity spans, two person spans joined when only untagged capitalised proper nouns stand between
    them ("[Aung San] Thet [Kyi]" tagged as two people): one name, not its last word alone. Never over a title
    ("[Garissa] Gov. [Nathif Adam]", "[Vell] Governor [Holm]"), nor over a photo credit ("[Mary Altaffer/AP]
    Photo [Tomas Brell]"). Two person spans that touch are one long name ("[Mateo Andres] [Ruiz Ortega]") when
    the first one's last word is written nowhere else in the text: a given name, where a surname would
    recur ("[Donald Trump] [Vladimir Putin] summit … Trump said")."""
    from spacy.tokens import Span
    ents = list(doc.ents)
    out = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and ent.start == prev.end and \
                len(prev) >= 2 and doc[prev.end - 1].whitespace_ == " " and doc[prev.end - 1].is_alpha and \
                sum(t.text == doc[prev.end - 1].text for t in doc) == 1:
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and \
                0 < ent.start - prev.end <= MAX_UNTAGGED_NAME_WORDS and \
                all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() and not t.ent_type_ and t.whitespace_ == " "
                    and t.lower_ not in ROLE_NOUNS and f"{t.lower_}." not in TITLE_ABBREVIATIONS
                    and t.lower_ not in CREDIT_WORDS for t in doc[prev.end:ent.start]) and \
                doc[prev.end - 1].whitespace_ == " " and not any(t.text == "/" for t in prev):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return [_with_given_name_before(doc, _with_hyphened_syllable(doc, ent)) for ent in out]


def _with_given_name_before(doc, ent):
    """A person's span with the given name the tagger left out before it ("Adolfo [Flores]", "tweeted Anders
    [Fogh Rasmussen]"): an untagged capitalised proper noun written right before the span on its line, that the
    name lists know as a given name and is itself no post, role or honorific. Source: strict reads, round 16,
    speakers named by their last words only."""
    from spacy.tokens import Span
    if ent.label_ != "PERSON" or ent.start == 0:
        return ent
    prev = doc[ent.start - 1]
    low = prev.lower_.rstrip(".")
    if prev.ent_type_ or prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text.istitle() \
            or prev.whitespace_ != " " or low in aliases.HONORIFICS or low in POSTS or low in ROLE_NOUNS \
            or f"{prev.lower_}." in TITLE_ABBREVIATIONS or low in CREDIT_WORDS:
        return ent
    if given_name_known(prev.text):
        return Span(doc, prev.i, ent.end, label="PERSON")
    start = _unknown_given_names_before(doc, ent)  # (not any word after a post: "Deputy [Administrator] Pell Ostrander")
    return Span(doc, start, ent.end, label="PERSON") if start < ent.start else ent


MAX_UNKNOWN_GIVEN = 2  # rare given names the tagger left out before a person's span ("Dler [Ostan Hevi]")
MONTH_WORDS = frozenset(MONTHS)


def _unknown_given_names_before(doc, ent) -> int:
    """Where a person's span begins once the rare given names the tagger left out before it are taken in
    ("Kurdish lawmaker Dler [Ostan Hevi]", "Recep [Tarik Ozdal]"): up to ``MAX_UNKNOWN_GIVEN`` untagged
    capitalised proper nouns on its line that no name list knows, each a word of the name only when it is no
    post, role, honorific, credit or page label, month or day, function word, place, state or nationality, the
    text never writes it in lower case, and it stands nowhere else in the text but before the same next word
    (a surname or a place written alone elsewhere is a name of its own: "Vell Ada Lind"); and only after a
    lower-case common noun, the role or group set before the name as a title (``_opens_name_after``), so a
    longer run of capitalised words, a sentence's opening word or a title after a preposition is left out.
    Source: strict reads, round 25 (speakers' rare given names cut: "Ostan Hevi" for "Dler Ostan Hevi")."""
    first = doc[ent.start].lower_.rstrip(".")
    if first in POSTS or first in aliases.HONORIFICS or f"{first}." in TITLE_ABBREVIATIONS:
        return ent.start  # the span opens with a title ("reserve Master [Sgt. Yair]"): the words before are its own
    states, lower = state_index(), lower_case_words(doc)
    start = ent.start
    while start > 0 and ent.start - start < MAX_UNKNOWN_GIVEN and _unknown_given_name(doc, doc[start - 1], lower, states):
        start -= 1
    if start == ent.start or start == 0 or doc[start].is_sent_start or not _opens_name_after(doc[start - 1]):
        return ent.start  # "Read Ana Lind", "Dear Ana", "Chief of Staff Ana Lind", "for Special Counsel Ana Lind"
    return start


def _opens_name_after(tok) -> bool:
    """``tok`` may stand right before a rare given name: a common noun in lower case, the role or the group the
    name is set after as a title ("lawmaker Dler …", "strongmen Zine …"). Not a preposition, verb or mark,
    after which a capitalised title may open the name ("for Special Counsel Ana Lind", "her trial,
    Magistrate Ana Lind"); not "of" (a post's or body's name runs on: "Chief of Staff"); never a capitalised
    word (a title, a place, another name: "Cape Verde"), nor a sentence's or line's start, where a capitalised
    common word opens it ("Imagine Ana Lind …", "Warning Vell")."""
    return tok.is_lower and tok.is_alpha and tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS")


def _unknown_given_name(doc, tok, lower: frozenset, states) -> bool:
    """``tok`` may be a rare given name written right before a name (``_unknown_given_names_before``)."""
    low = tok.lower_
    if (tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_alpha or not tok.text.istitle() or tok.whitespace_ != " "
            or tok.is_stop or low in lower or low in aliases.HONORIFICS or low in POSTS or low in ROLE_NOUNS
            or f"{low}." in TITLE_ABBREVIATIONS or low in CREDIT_WORDS or low in PAGE_LABELS or low in DAY_WORDS
            or low in MONTH_WORDS or low in INVERTED_CUES or low.endswith(AGENT_ENDINGS)
            or any(low.endswith(post) for post in POSTS if len(post) > 4)  # "Undersecretary", "Vicechancellor"
            or states.state_named(tok.text) or states.capital_of(tok.text) or states.demonym_of(tok.text)):
        return False
    nxt = doc[tok.i + 1].text
    return all(t.i + 1 < len(doc) and doc[t.i + 1].text == nxt for t in doc if t.text == tok.text)


# Syllables of romanised Korean and Chinese given names that English also writes as words, so the tagger
# stops a name before them ("Moon Jae-[in]", "Hwang Dae-[in]"): general English function words, as data.
FUNCTION_WORD_SYLLABLES = frozenset("in on an a do so go no ho ha il is it as at he me we".split())


def _with_hyphened_syllable(doc, ent):
    """A person's span to the end of a hyphened given name the tagger cut at a syllable that is also an English
    word ("Moon Jae-in" tagged "Moon Jae" or "Moon Jae-"): the hyphen and the syllable written without spaces."""
    from spacy.tokens import Span
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    end = ent.end if doc[ent.end - 1].text == "-" else ent.end + 1
    if end >= len(doc) or doc[end - 1].text != "-":
        return _with_spaced_syllable(doc, ent)
    before, hyphen, syllable = doc[end - 2], doc[end - 1], doc[end]
    if (before.whitespace_ or hyphen.whitespace_ or not before.is_alpha or not before.text.istitle()
            or syllable.lower_ not in FUNCTION_WORD_SYLLABLES or not syllable.is_lower):
        return _with_spaced_syllable(doc, ent)
    return Span(doc, ent.start, end + 1, label="PERSON")


MAX_SYLLABLE_LETTERS = 4  # a romanised given name's syllable ("Jae", "Dal", "Son"); a surname is longer


def _with_spaced_syllable(doc, ent):
    """A person's span to the end of a given name written in words apart ("Moon Jae In" tagged "Moon Jae"): the
    next word is a ``FUNCTION_WORD_SYLLABLES`` syllable capitalised right after a short syllable (the parser may open a sentence at it)
    that ends the span, and a verb or a mark follows it (never a title-case line: "Kim Dal In a Bind").
    Source: strict reads, round 17 (a speaker's given name cut)."""
    from spacy.tokens import Span
    end = ent.end
    if end + 1 >= len(doc) or len(ent) < 2:
        return ent
    last, syllable, after = doc[end - 1], doc[end], doc[end + 1]
    if (last.whitespace_ != " " or not last.is_alpha or not last.text.istitle() or len(last) > MAX_SYLLABLE_LETTERS
            or syllable.lower_ not in FUNCTION_WORD_SYLLABLES or not syllable.text.istitle()
            or after.pos_ not in ("VERB", "AUX", "PUNCT") or after.text[:1].isupper()):
        return ent
    return Span(doc, ent.start, end + 1, label="PERSON")


OPENING_MARKS = frozenset({"“", "\"", "‘", "'", "(", "«"})


class _WordUse:
    """How the Doc writes its words: the ones it writes in lower case somewhere ("shutdown"), and how often each
    capitalised word stands alone (a surname used bare)."""

    def __init__(self, doc):
        self.doc = doc
        self.texts = token_strings(doc, "ORTH")
        self.counts = Counter(self.texts)
        self._alone: dict[str, int] = {}

    @property
    def lower(self) -> frozenset:
        return lower_case_words(self.doc)

    def alone(self, word: str) -> int:
        """How often the capitalised ``word`` stands alone: no capitalised word just before or after it."""
        if not word[:1].isupper():
            return 0
        if word not in self._alone:
            texts, n = self.texts, len(self.texts)
            self._alone[word] = 0 if self.counts[word] < 2 else sum(
                1 for i, t in enumerate(texts) if t == word and (i + 1 >= n or not texts[i + 1][:1].isupper())
                and (i == 0 or not texts[i - 1][:1].isupper()))
        return self._alone[word]


def _before_common_word(doc, start: int, end: int, words: _WordUse) -> int:
    """A surname the text also uses alone, run into capitalised common words ("a Vell Shutdown", a link's
    "… to beat Vell Krystal Ball credits …"): the name ends before the first word the text also writes in lower
    case. Names whose later words never appear in lower case ("Kim Jong Un", "Theresa May" unless her first
    name stands alone) are left whole."""
    if end - start < 2 or words.alone(doc[start].text) < 2:
        return end
    cut = next((i for i in range(start + 1, end) if doc[i].text[:1].isupper() and doc[i].text.lower() in words.lower),
               None)  # capitalised words only: "al-", "bin", "van" are part of the name
    return cut if cut is not None else end


def _pieces(doc, ent, states, headlines: Headlines, words: _WordUse) -> list[Mention]:
    """The clean parts of one spaCy entity span: cut at line breaks, trimmed (a person's name also of
    words only a headline writes), compounds split."""
    out = []
    for start, end in _split_at_commas(doc, _split_at_line_breaks(doc, ent.start, ent.end), ent.label_):
        if ent.label_ == "PERSON":
            start, end = _person_edges(doc, start, end, headlines, words)
            if start < end:
                end = _before_common_word(doc, start, _before_restated_name(doc, start, end), words)
        else:
            start, end = _trim(doc, start, end)
        if ent.label_ in ("NORP", "ORG") and start < end:
            start = party_start(doc, start, end)
        if start >= end or not _looks_like_name(doc, start, end, ent.label_) or \
                _common_word_opening(doc, start, end, ent.label_, words) or \
                (ent.label_ == "ORG" and opens_title(doc, start, end)):
            continue
        for s, e, code in _split_compounds(doc, start, end, ent.label_, states):
            out.append(Mention(s, e, ent.label_, code))
    return out


class PersonNames:
    """The names a PERSON span of the tagger holds once its edges are cleaned as ``find_entities`` cleans them
    (a headline's verb, a sentence's opening plural noun, a title, a gerund cut away: "Tusk Congratulates May"
    -> "Tusk", "Discussions Vell" -> "Vell"), for readers of the raw spans that want no junk in a name
    (``speakers.SpeakerResolver``); a surname's common-word tail is the entity stage's call and is left
    ("Theresa May" stays whole here). Built once per Doc. Source: strict reads, round 16 (headline fragments
    and opening nouns given as speakers' names)."""

    KEY = "dossier.person_names"

    def __init__(self, doc):
        self.doc = doc
        self.headlines, self.words = Headlines(doc), _WordUse(doc)
        self._spans: dict[tuple[int, int, str], list[tuple[int, int]]] = {}

    @classmethod
    def of(cls, doc) -> "PersonNames":
        """The Doc's one cleaner, kept in ``doc.user_data`` (its tokens never change after the parse)."""
        got = doc.user_data.get(cls.KEY)
        if got is None:
            got = doc.user_data[cls.KEY] = cls(doc)
        return got

    def spans(self, ent) -> list[tuple[int, int]]:
        """[(start, end)] token ranges of the names in ``ent`` (a tagger span), computed once per span."""
        key = (ent.start, ent.end, ent.label_)
        got = self._spans.get(key)
        if got is None:
            doc, got = self.doc, []
            for start, end in _split_at_commas(doc, _split_at_line_breaks(doc, ent.start, ent.end), ent.label_):
                start, end = _person_edges(doc, start, end, self.headlines, self.words)
                if start < end:
                    got.append((start, end))
            self._spans[key] = got
        return list(got)


def _person_edges(doc, start: int, end: int, headlines: Headlines, words: "_WordUse") -> tuple[int, int]:
    """A person's span less the junk at its edges: articles and stops, a finite verb and what follows, a
    title, a headline's words, an opening plural noun or gerund."""
    start, end = _trim(doc, start, _before_finite_verb(doc, start, end, "PERSON"))
    if start < end:
        start, end = headlines.trim(after_title(doc, after_field(doc, start, end), end), end)
        start = after_page_label(doc, after_gerund(doc, _past_plural_opening(doc, start, end, words), end), end)
        start, end = without_day(doc, after_inverted_cue(doc, start, end), end)
    return start, end


# Verbs of speech that open an inverted attribution ("Said Obama: …"); ``attribution.speakers`` reads them too.
INVERTED_CUES = frozenset("said says added adds asked asks wrote writes told".split())


def inverted_cue(doc, start: int, end: int) -> bool:
    """Tokens [start, end) are a name opened by a verb of speech at a sentence's start and closed by a colon:
    an inverted attribution ("Said Vell: “…”"), the tagger having read "Said" as a given name. A person called
    Said is seldom written so. Source: read 83 (a speaker "Said Obama")."""
    first = doc[start]
    return end - start > 1 and first.lower_ in INVERTED_CUES and first.is_sent_start and end < len(doc) \
        and doc[end].text == ":"


def after_inverted_cue(doc, start: int, end: int) -> int:
    """Where a PERSON span's name begins: past the verb of an inverted attribution (``inverted_cue``)."""
    return start + 1 if inverted_cue(doc, start, end) else start


DAY_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}


def without_day(doc, start: int, end: int) -> tuple[int, int]:
    """A PERSON span less a day the text writes right after the name ("called President Trump Sunday to thank
    him"), when the word before the day names the person elsewhere without it ("Trump said"): "Billy Sunday",
    whose "Billy" stands nowhere alone, keeps his surname; and less a year ("Mara Quell 2017", a caption's or a
    list's date). Source: analyst23 (a speaker "Trump Sunday"), read 76 ("Stephanie Clifford 2017")."""
    while end - start > 1 and doc[end - 1].shape_ == "dddd":
        end -= 1
    if end - start > 1 and doc[end - 1].lower_ in DAY_WORDS and doc[end - 1].text.istitle():
        name, day = doc[end - 2].text, doc[end - 1].text
        if any(t.text == name and not start <= t.i < end and (t.i + 1 == len(doc) or doc[t.i + 1].text != day)
               for t in doc):
            return start, end - 1
    return start, end


def after_field(doc, start: int, end: int) -> int:
    """Where a PERSON span's name begins when it opens with the field of the post before it: after
    "<Post> of" ("Professor of [Law] Dana Hollis", "the Harlan Professor of [History] Ivo Brant") the words
    no given-name list knows are the post's field, not the name's; two words at least stay. Source: strict
    reads, round 22 (a chair's field run into a professor's name)."""
    if start < 2 or doc[start - 1].lower_ != "of" or not (
            doc[start - 2].text.istitle() and doc[start - 2].lower_ in POSTS):
        return start
    while end - start > 2 and doc[start].text.istitle() and not given_name_known(doc[start].text):
        start += 1
    return start


NOUN_PLURAL_ENDINGS = ("ions", "ments", "ances", "ences", "ities")  # never a given name's ending


def _past_plural_opening(doc, start: int, end: int, words: _WordUse) -> int:
    """A plural common noun that opens the sentence, capitalised by its place and run into the name after it
    ("[Discussions] Vell will have with …", "[Talks] Vell held …"): the name begins after it. Only a word
    ending in "s" that the text also writes in lower case, or of a plural noun's ending before a surname
    it also uses alone, and that no name list knows as a given name ("James", "Douglas"; "Evans Revere")."""
    first = doc[start]
    opening = first.is_sent_start or start == 0 or doc[start - 1].is_space or doc[start - 1].text in OPENING_MARKS
    if end - start < 2 or not opening or not first.text.istitle() or not first.lower_.endswith("s") or \
            doc[start + 1].pos_ != "PROPN" or given_name_known(first.text):
        return start
    common = first.lower_ in words.lower or (first.lower_.endswith(NOUN_PLURAL_ENDINGS)
                                             and words.alone(doc[end - 1].text) > 0)
    return start + 1 if common else start


# Capitalised labels of a page, programme or broadcast that the tagger runs into the name after them ("last
# week's BBC [Interview] Ivo", "[Podcast] Ana Lind"): never a word of a person's name (general English, as data).
PAGE_LABELS = frozenset("""interview interviews podcast video videos watch exclusive documentary programme program
show broadcast livestream transcript episode newsletter photo photos gallery opinion editorial commentary
trailer clip""".split())
# Labels only when written in capitals: a video player's button text left in the page ("CLOSE Ivo Brant and his
# aides …" under a USA TODAY clip), where "Close" in title case may be a surname or an adjective.
SHOUTED_LABELS = frozenset({"close"})


def after_page_label(doc, start: int, end: int) -> int:
    """The first token of the name after the last page or programme label (``PAGE_LABELS``) inside tokens
    [start, end) with a capitalised word after it ("BBC Interview [Andrew]"), else ``start``. A label word
    the name lists know as a given name is left. Source: strict read 44 (a speaker named "BBC
    Interview Andrew" from "last week's BBC Interview Andrew had said"); read 80 ("CLOSE Donald Trump")."""
    for k in range(end - 2, start - 1, -1):
        t = doc[k]
        if (t.lower_ in PAGE_LABELS or t.lower_ in SHOUTED_LABELS and t.is_upper) and t.text[:1].isupper() \
                and doc[k + 1].text[:1].isupper() \
                and not given_name_known(t.text):
            return k + 1
    return start


def after_gerund(doc, start: int, end: int) -> int:
    """A capitalised gerund the parser ran into a name ("[Invoking] Ada Lind, the mayor …", a sentence
    the parser did not split: "… profited from the U.S. [Considering] Vell's remarks"; a headline's verb
    and the place before it: "[Ostria Weighing] Varn Visit", where the text writes "weighing" in lower case
    too): the name begins after it. Not a given name that looks like one ("Irving", "Sterling"), nor a
    short "-ing" name ("King", "Jing"). Source of the headline shape: strict reads of speaker names on
    unseen articles."""
    for k in range(end - 2, start - 1, -1):
        t = doc[k]
        word = t.text
        if not word.endswith("ing") or not word.istitle() or doc[k + 1].pos_ != "PROPN" or given_name_known(word):
            continue  # (a gerund ends in "ing": the cheap test first)
        opening = t.is_sent_start or k == 0 or doc[k - 1].is_space or doc[k - 1].text in OPENING_MARKS
        written_low = len(word) >= MIN_GERUND and word.lower() in lower_case_words(doc)
        if t.tag_ == "VBG" or written_low or (opening and len(t.text) >= 7 and t.lower_.endswith("ing")):
            return k + 1  # the parser also tags an opening "Removing" as a proper noun
    return start


MIN_GERUND = 6  # letters of a capitalised "-ing" word read as a verb by its lower-case use ("Weighing", not "Ring")


SPACED_DASHES = frozenset({"-", "–", "—", "--"})


def _split_at_commas(doc, parts: list[tuple[int, int]], label: str) -> list[tuple[int, int]]:
    """"Obama, Erick Nyariyo" tagged as one ORG is two names: a person's or organisation's name never
    runs over a comma, except before a company or generational suffix ("Acme, Inc.", "Ivo Brant, Jr.") or
    in a list inside the name ("Institute for Women, Peace and Security"), nor over a dash set off by spaces
    ("Xi Jinping - he", "Ivo Brant - Kessel Courier": a headline's or a link's). Places keep their commas
    ("Kessel, Ostria")."""
    if label not in ("PERSON", "ORG"):
        return parts
    out = []
    for start, end in parts:
        if any(t.lower_ in ("and", "&") for t in doc[start:end]):
            out.append((start, end))
            continue
        s = start
        for i in range(start + 1, end):
            spaced_dash = doc[i].text in SPACED_DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_
            if spaced_dash or (i < end - 1 and doc[i].text == "," and
                               doc[i + 1].text.rstrip(".").lower() not in NAME_SUFFIXES):
                out.append((s, i))
                s = i + 1
        out.append((s, end))
    return [(a, b) for a, b in out if a < b]


def _split_at_line_breaks(doc, start: int, end: int) -> list[tuple[int, int]]:
    """"AP Photo\n\nProtecting" is two lines, never one name."""
    parts, s = [], start
    for i in range(start, end):
        if doc[i].is_space and "\n" in doc[i].text:
            parts.append((s, i))
            s = i + 1
        elif i > s and "\n" in doc[i - 1].whitespace_:
            parts.append((s, i))
            s = i
    parts.append((s, end))
    return [(a, b) for a, b in parts if a < b]


def _before_finite_verb(doc, start: int, end: int, label: str) -> int:
    """A person's name stops before a finite verb the parser took into it: a headline's "Obama Warns
    Vellia" is "Obama" (and "Warns Vellia" no name at all)."""
    if label != "PERSON":
        return end
    for t in doc[start:end]:
        if t.tag_ in FINITE_VERB_TAGS and t.pos_ in ("VERB", "AUX"):
            return t.i
    return end


def _before_restated_name(doc, start: int, end: int) -> int:
    """A name followed by the same person's full name run into the next words, as a page's link text writes
    it ("President Vell Tomas Arne VellGOP senators balk …", "Speaker Ada Lind Ada LindDemocrats …"): the
    name ends with its first surname ("Vell", "Ada Lind"), not at the parser's edge. The surname is the
    start of a word run into a capitalised one, within a few capitalised words."""
    if end - start < 2:
        return end
    for k in range(start + 1, min(start + RESTATED_REACH + 1, len(doc))):
        word = doc[k].text
        if not word[:1].isupper():
            break
        glued = next((n for n in range(2, len(word)) if word[n].isupper() and word[n - 1].islower()), None)
        if glued is None:
            continue
        first = next((i for i in range(start, k) if doc[i].text == word[:glued]), None)
        return first + 1 if first is not None else end
    return end


def page_widget_run(doc, start: int, end: int) -> int:
    """How many tokens from ``start`` are page furniture run into a name: a row of two or more share buttons
    ("Facebook Twitter Pinterest"), or a picture agency's credit ("AP Photo", "Getty Images") before a
    capitalised word, at most ``end - start - 1`` so a name is left. Source: strict reads, round 19 (page junk
    run into a speaker's name: "AP Photo Tillerson", "Facebook Twitter Pinterest Kurdish fighters")."""
    k = start
    while k < end - 1 and doc[k].lower_ in SHARE_WIDGET_WORDS:
        k += 1
    if k - start >= 2:
        return k - start
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("photo", "photos", "image", "images") and doc[i + 1].text[:1].isupper() and all(
                t.lower_ in CREDIT_SOURCES for t in doc[start:i]):
            return i + 1 - start
    return 0


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    start += page_widget_run(doc, start, end)
    while start < end and (doc[start].lower_ in LEADING_WORDS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in POSSESSIVE_TOKENS or doc[end - 1].is_space
                           or (doc[end - 1].is_punct and doc[end - 1].text != ".")):
        end -= 1
    return start, end


def _looks_like_name(doc, start: int, end: int, label: str) -> bool:
    tokens = doc[start:end]
    if not any(t.text[:1].isupper() for t in tokens):
        return False  # "n't" tagged GPE
    if tokens[-1].lower_ in CREDIT_WORDS:
        return False  # "AP Photo"
    if len(tokens) == 1 and tokens[0].pos_ in NOT_NAME_POS:
        return False  # a capitalised verb at a line start: "Protecting"
    return True


def _common_word_opening(doc, start: int, end: int, label: str, words: _WordUse) -> bool:
    """One word tagged an organisation that only opens its sentence or quotation and that the text also writes
    in lower case ("“Regime envoys have made clear …”" beside "the regime's banks"): a common word
    capitalised by its place."""
    if label != "ORG" or end - start != 1:
        return False
    token = doc[start]
    opening = token.is_sent_start or start == 0 or doc[start - 1].is_space or doc[start - 1].text in OPENING_MARKS
    return opening and token.text.istitle() and token.lower_ in words.lower


# Particles that open one person's hyphenated name ("Al-Kessali", "Abu-Salem", "Bin-Zayed"): never two people
# joined like "Brant-Vell" (general knowledge of Arabic and Hebrew names, kept as data).
NAME_PARTICLES = frozenset("al el abu bin ben ibn abd abdel ould".split())


def _split_compounds(doc, start: int, end: int, label: str, states) -> list[tuple[int, int, str | None]]:
    """"US-Russia" -> US, Russia; "North and South Korea" -> North (Korea), South Korea;
    "Harlan White House" -> Harlan, White House (also when tagged a person: "the Vell White House");
    "Eastern Russia" -> Russia."""
    text = doc[start:end].text
    if states.state_named(text) or states.seat_of(text):
        return [(start, end, None)]
    if _acronym_before_name(doc, start, end, label):
        return [(start, start + 1, None), (start + 1, end, None)]
    for i in range(start + 1, end - 1):
        if doc[i].text in {"-", "–"} and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            left, right = doc[start:i].text, doc[i + 1:end].text
            if states.state_named(left) or states.state_named(right) or (
                    label == "PERSON" and i - start == 1 == end - i - 1 and left.lower() not in NAME_PARTICLES):
                return _split_compounds(doc, start, i, label, states) + _split_compounds(doc, i + 1, end, label, states)
    ellipsis = _coordinated_states(doc, start, end, states)
    if ellipsis:
        return ellipsis
    for j in range(start + 1, end):
        tail = doc[j:end].text
        if states.state_named(tail) or states.seat_of(tail):
            head = doc[start:j]
            if all(t.lower_ in DIRECTION_WORDS for t in head):
                return [(j, end, None)]
            if label in {"ORG", "FAC", "PERSON"} and states.seat_of(tail) and all(t.pos_ == "PROPN" for t in head):
                return [(start, j, None), (j, end, None)]
    return [(start, end, None)]


def _acronym_before_name(doc, start: int, end: int, label: str) -> bool:
    """A body's short form run into a person's full name ("[the U.N. Mara Kessel]" after "Ambassador to"): an
    acronym (``DOTTED_ACRONYM`` or up to ``ACRONYM_MAX`` capitals), then a known given name and at least a
    surname, all proper nouns. The tagger reads them as one body or one person; they are the place of a post
    and its holder (strict read 85: "U.N. Nikki Haley" given as a speaker's name, "Ambassador to the" as her
    role)."""
    if label not in ("ORG", "PERSON") or end - start < 3:
        return False
    first = doc[start].text
    acronym = DOTTED_ACRONYM.match(first) or (first.isalpha() and first.isupper() and 2 <= len(first) <= ACRONYM_MAX)
    return bool(acronym) and given_name_known(doc[start + 1].text) and all(t.pos_ == "PROPN" for t in doc[start + 1:end])


def _coordinated_states(doc, start: int, end: int, states):
    """"North and South Korea": two states sharing their last word."""
    words = doc[start:end]
    if len(words) < 4 or words[1].lower_ not in {"and", "or"}:
        return None
    second = states.state_named(doc[start + 2:end].text)
    first = states.state_named(f"{words[0].text} {doc[end - 1].text}")
    if first and second:
        return [(start, start + 1, first.code), (start + 2, end, second.code)]
    return None


def _unlabelled_states(doc, mentions: list[Mention], states) -> list[Mention]:
    """State names and seats of government spaCy left untagged ("America", "the Kremlin")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    texts, lowers = token_strings(doc, "ORTH"), token_strings(doc, "LOWER")
    starts = states.starts
    found = []
    candidates = [i for i, w in enumerate(lowers) if w in starts or "’" in w]  # a state name's first word only
    last = -1  # the end of the last state found: names do not overlap
    for i in candidates:
        if i < last:
            continue
        longest = starts.get(lowers[i].replace("’", "'"), 0) if texts[i][:1].isupper() else 0
        for n in range(min(longest, len(texts) - i), 0, -1):
            if any(j in covered for j in range(i, i + n)):
                continue
            text = doc[i:i + n].text
            if states.state_named(text) or states.seat_of(text):
                found.append(Mention(i, i + n, "GPE"))
                last = i + n
                break
    return found


# ------------------------------------------------------------------ typing
def _classify(doc, m: Mention, states, surnames: frozenset[str]) -> Mention | None:
    """Decide what a clean span names: a state (directly or by metonymy), a person, or itself."""
    span = m.span(doc)
    text = span.text
    if m.code:
        m.label = "STATE"
        return m
    if m.label == "PERSON" and text.lower() in surnames:
        return m  # "Jordan" after "Jim Jordan", "Washington" after "George Washington"
    state = states.state_named(text)
    if state:
        return _as_state(m, state)
    seat = states.seat_of(text)
    if seat:
        return _as_state(m, seat) if metonymy.acts_as_state(span.root) else _relabel(m, "FAC")
    capital = states.capital_of(text)
    if capital and m.label in {"GPE", "LOC", "PERSON", "ORG"}:
        return _as_state(m, capital) if metonymy.acts_as_state(span.root) else _relabel(m, "GPE")
    if m.label == "NORP":
        return _classify_group(doc, m, states)
    if m.label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) <= ACRONYM_MAX:
        return _relabel(m, "ORG")  # "CNN" tagged PERSON
    if m.label != "PERSON" and _person_shaped(doc, m):
        m.maybe_person = True
    return m


def _person_surnames(doc) -> frozenset[str]:
    """Last words of the full names spaCy tagged as persons."""
    words = (aliases.name_words(ent.text) for ent in doc.ents if ent.label_ == "PERSON")
    return frozenset(w[-1] for w in words if len(w) >= 2)


def _as_state(m: Mention, state: State) -> Mention:
    m.label, m.code = "STATE", state.code
    return m


def _relabel(m: Mention, label: str) -> Mention:
    m.label = label
    return m


def _classify_group(doc, m: Mention, states) -> Mention | None:
    """"the Russians" act for Russia; "Russian" is an attribute, not a referent; other groups stay."""
    span = m.span(doc)
    state = states.demonym_of(span.text)
    plural = span[-1].tag_ == "NNPS" or span.text.endswith("s")
    if state and plural and m.start > 0 and doc[m.start - 1].lower_ == "the":
        return _as_state(m, state)
    if not plural:
        return None
    return m


def _person_shaped(doc, m: Mention) -> bool:
    """An ORG/GPE/NORP span that reads as a person: after a title ("Mr.") or next to a person's role
    ("Lind, director of ..."); a known person's surname is checked when grouping."""
    span = m.span(doc)
    if not all(t.tag_ in PERSON_TAGS for t in span) or len(span) > 3:
        return False
    if m.start > 0 and doc[m.start - 1].lower_ in TITLE_ABBREVIATIONS:
        return True
    if len(span) == 1 and span.text.isupper() and len(span.text) <= ACRONYM_MAX and m.start > 0 \
            and doc[m.start - 1].pos_ == "ADJ":
        return False  # "Veskar's official VNA": an adjective before initials, no person's title
    return find_role(doc, [(m.start, m.end)]) is not None  # "Lind, director of ...", "analyst Lind"


COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


def _compass_states(doc, mentions: list[Mention], states) -> None:
    """"The North" alone, in a story that names one state called "North …" (North Korea), is that state, as
    the press writes it; with two such states named ("South Korea", "South Sudan") it stays a region."""
    for m in mentions:
        if m.code is None and m.end - m.start == 1 and doc[m.start].lower_ in COMPASS_WORDS and \
                m.start > 0 and doc[m.start - 1].lower_ == "the":
            word = doc[m.start].lower_
            codes = {o.code for o in mentions if o.code and states.states[o.code].name.lower().split()[0] == word}
            if len(codes) == 1:
                m.code, m.label = codes.pop(), "STATE"


# ------------------------------------------------------------------ grouping
def _group(doc, mentions: list[Mention]) -> tuple[list[Group], dict[tuple[str, str], Group]]:
    """Persons first, then everything else by its key (state code or normal form)."""
    bodies = frozenset(m.span(doc).text.lower() for m in mentions if m.label != "PERSON")
    named = [(m, people_mod.with_final_letter(doc, m, aliases.name_words(m.span(doc).text), bodies)) for m in mentions]
    people = people_mod.group_people(doc, [(m, people_mod.with_suffix(doc, m, words)) for m, words in named])
    others: dict[tuple[str, str], Group] = {}
    for m, words in named:
        if m.label == "PERSON":
            continue
        group = people_mod.person_for_other_label(doc, people, m, words)
        if group is not None:
            m.label = "PERSON"
            group.mentions.append(m)
            continue
        key = (m.label, m.code or _normal(m.span(doc).text))
        group = others.setdefault(key, Group("GPE" if m.label == "STATE" else m.label))
        group.mentions.append(m)
        group.names.append(m.span(doc).text)
    join_short_forms(doc, others)
    return people, others


def _normal(text: str) -> str:
    """The grouping key of a non-person name: no leading article, "U.N." is "UN"."""
    words = text.split()
    while words and words[0].lower() in LEADING_WORDS:
        words.pop(0)
    return " ".join(w.replace(".", "") if DOTTED_ACRONYM.match(w) else w for w in words).lower()


# ------------------------------------------------------------------ output
def _entity(doc, text: str, id_: str, g: Group, states) -> Entity:
    mentions = sorted({(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in g.mentions})
    codes = {m.code for m in g.mentions if m.code}
    if codes:
        name = states.states[next(iter(codes))].name
    else:
        name = _canonical(_prose_names(text, mentions, g.names or [doc[m.start:m.end].text for m in g.mentions]),
                          body=g.type != "PERSON" or people_mod.letter_kept(g))
    surface = tuple(dict.fromkeys(text[s:e] for s, e in mentions))
    role = find_role(doc, kin.own_spans(doc, [(m.start, m.end) for m in g.mentions])) if g.type == "PERSON" and not people_mod.names_group(name) else None
    return Entity(id=id_, name=name, type=g.type, mentions=tuple(mentions), aliases=surface, role=role)


def _prose_names(text: str, mentions, names: list[str]) -> list[str]:
    """``names`` less the forms written only in a photo gallery's captions, where one caption's title runs
    into the next ("President Obama visits Cuba Obama waves …": "Cuba Obama"); the forms the prose writes
    when no name is left; all of them when the prose writes none."""
    written = [(text[s:e], in_caption_line(text, s)) for s, e in mentions]
    prose = {form for form, caption in written if not caption}
    captions = {form for form, caption in written if caption} - prose
    return [n for n in names if n not in captions] or ([form for form, _ in written if form in prose]
                                                        if captions else []) or names


# A sentence's full stop the tokenizer left on a name's last word at a paragraph's end ("… said Gen. Ivo Brant.¶"):
# a word of two or more lower-case letters before it, no suffix's own stop ("Jr.", "Corp.").
_FULL_STOP_ON_NAME = re.compile(r"(?<=[a-z]{2})\.$")


# A name that ends on one capital letter and its full stop after a word of two characters or more ("Kestrel Air X.").
_STOP_AFTER_LETTER = re.compile(r"(\S{2,}) [A-Z]\.$")


def without_full_stop(name: str, body: bool = True) -> str:
    """``name`` less a sentence's full stop run into its last word ("Ivo Brant." -> "Ivo Brant"; "Ivo Brant Jr."
    and "Kessel Corp." keep theirs; "U.S." is an abbreviation). Also read by ``attribution.roles`` for a body's
    name taken off the text ("Energy Organization of Ostria."). Source: strict read 87 (a speaker named "…
    Dempsey." on every record). In a ``body``'s name the stop after a one-letter last word is the sentence's
    too ("Kestrel Air X." -> "Kestrel Air X", read by the tokenizer as an initial's), unless the word before is
    a given name the lists know ("John F."); a person's last initial keeps it ("Maria G.")."""
    last = name.rsplit(None, 1)[-1].rstrip(".").lower()
    if _FULL_STOP_ON_NAME.search(name) and last not in NAME_SUFFIXES:
        return name[:-1]
    letter = _STOP_AFTER_LETTER.search(name) if body else None
    return name[:-1] if letter and not given_name_known(letter.group(1)) else name


def _canonical(names: list[str], body: bool = False) -> str:
    """The longest full form; among equals the most frequent, then the first.  Editorial brackets
    ("[Anna] Reyk") and spacing are cleaned; a sentence's full stop too (``without_full_stop``, of a ``body``)."""
    names = [without_full_stop(" ".join(BRACKETS.sub("", n).split()) or n, body) for n in names]
    counts = Counter(names)
    order = {n: i for i, n in reversed(list(enumerate(names)))}
    return max(counts, key=lambda n: (len(aliases.name_words(n)) or len(n.split()), counts[n], -order[n]))
