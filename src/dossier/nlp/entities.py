"""Entities within one article: one canonical entity per real-world referent, with all mentions.

spaCy's entity spans are the raw material; they are cleaned (possessives, line breaks, photo
credits), split (compounds such as "US-Russia", "North and South Korea"), typed again (a speaker
tagged ORG is a person), mapped to states (names, short forms, demonym plurals, and capitals or
seats of government used as actors), and grouped: persons by their name words (see ``aliases``),
everything else by its normal form.  All offsets are ``Doc`` character offsets.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import Entity
from . import aliases, metonymy
from .mention_roles import find_role
from .states import State, index as state_index

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
LEADING_WORDS = frozenset({"the", "a", "an"})
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
CREDIT_WORDS = frozenset({"photo", "photos", "image", "images", "picture", "pictures", "video", "file", "via"})
DIRECTION_WORDS = frozenset("""
eastern western northern southern central east west north south northeast northwest southeast
southwest northeastern northwestern southeastern southwestern far
""".split())
# Nouns that turn a leader's name into the state it governs ("Putin's government").
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "authorities"})
TITLE_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sen.", "rep.", "gov."})
PERSON_TAGS = frozenset({"NNP", "NNPS"})
ACRONYM_MAX = 5


@dataclass
class Mention:
    start: int  # token indices into the Doc, end exclusive
    end: int
    label: str  # spaCy label, or STATE
    code: str | None = None  # ISO code when it names or stands for a state
    maybe_person: bool = False  # tagged otherwise but shaped like a person's name

    def span(self, doc):
        return doc[self.start:self.end]


@dataclass
class Group:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # full forms, for the canonical name
    words: list[str] = field(default_factory=list)  # person name words of the best full form
    full_count: int = 0
    last_full: int = -1  # token index of the latest full-name mention


def find_entities(doc) -> list[Entity]:
    """Group the document's names into entities, one per referent, mentions in Doc offsets."""
    states = state_index()
    mentions = [m for ent in doc.ents if ent.label_ in KEPT_LABELS for m in _pieces(doc, ent, states)]
    mentions += _unlabelled_states(doc, mentions, states)
    mentions = [m for m in (_classify(doc, m, states) for m in mentions) if m is not None]
    people, others = _group(doc, mentions)
    _add_bare_surnames(doc, people, mentions)
    _governments_as_states(doc, people, others, states)
    groups = [g for g in (*people, *others.values()) if g.mentions]
    groups.sort(key=lambda g: min(m.start for m in g.mentions))
    text = doc.text  # built on every access: read it once
    return [_entity(doc, text, f"E{i}", g, states) for i, g in enumerate(groups, 1)]


# ------------------------------------------------------------------ cleaning and splitting spans
def _pieces(doc, ent, states) -> list[Mention]:
    """The clean parts of one spaCy entity span: cut at line breaks, trimmed, compounds split."""
    out = []
    for start, end in _split_at_line_breaks(doc, ent.start, ent.end):
        start, end = _trim(doc, start, end)
        if start >= end or not _looks_like_name(doc, start, end, ent.label_):
            continue
        for s, e, code in _split_compounds(doc, start, end, ent.label_, states):
            out.append(Mention(s, e, ent.label_, code))
    return out


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


def _trim(doc, start: int, end: int) -> tuple[int, int]:
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
    if len(tokens) == 1 and tokens[0].tag_ not in PERSON_TAGS and label != "NORP":
        return False  # a capitalised verb at a line start: "Protecting"
    return True


def _split_compounds(doc, start: int, end: int, label: str, states) -> list[tuple[int, int, str | None]]:
    """"US-Russia" -> US, Russia; "North and South Korea" -> North (Korea), South Korea;
    "Trump White House" -> Trump, White House; "Eastern Russia" -> Russia."""
    text = doc[start:end].text
    if states.state_named(text) or states.seat_of(text):
        return [(start, end, None)]
    for i in range(start + 1, end - 1):
        if doc[i].text in {"-", "–"} and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            left, right = doc[start:i].text, doc[i + 1:end].text
            if states.state_named(left) or states.state_named(right) or (label == "PERSON" and i - start == 1 == end - i - 1):
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
            if label in {"ORG", "FAC"} and states.seat_of(tail) and all(t.pos_ == "PROPN" for t in head):
                return [(start, j, None), (j, end, None)]
    return [(start, end, None)]


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
    found, i = [], 0
    while i < len(doc):
        longest = states.starts.get(doc[i].lower_.replace("’", "'"), 0) if doc[i].text[:1].isupper() else 0
        for n in range(min(longest, len(doc) - i), 0, -1):
            if any(j in covered for j in range(i, i + n)):
                continue
            text = doc[i:i + n].text
            if states.state_named(text) or states.seat_of(text):
                found.append(Mention(i, i + n, "GPE"))
                i += n - 1
                break
        i += 1
    return found


# ------------------------------------------------------------------ typing
def _classify(doc, m: Mention, states) -> Mention | None:
    """Decide what a clean span names: a state (directly or by metonymy), a person, or itself."""
    span = m.span(doc)
    text = span.text
    if m.code:
        m.label = "STATE"
        return m
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
    ("Gause, director of ..."); a known person's surname is checked when grouping."""
    span = m.span(doc)
    if not all(t.tag_ in PERSON_TAGS for t in span) or len(span) > 3:
        return False
    if m.start > 0 and doc[m.start - 1].lower_ in TITLE_ABBREVIATIONS:
        return True
    return find_role(doc, [(m.start, m.end)]) is not None  # "Gause, director of ...", "analyst Gause"


# ------------------------------------------------------------------ grouping
def _group(doc, mentions: list[Mention]) -> tuple[list[Group], dict[tuple[str, str], Group]]:
    """Persons first (full names, then bare names joining them), then everything else by key."""
    people: list[Group] = []
    others: dict[tuple[str, str], Group] = {}
    named = [(m, aliases.name_words(m.span(doc).text)) for m in mentions]
    persons = [(m, w) for m, w in named if m.label == "PERSON" and w and not _names_family(doc, m)]
    for m, words in persons:
        if len(words) >= 2:
            group = next((g for g in people if aliases.same_full_name(g.words, words)), None)
            if group is None:
                group = Group("PERSON", words=words)
                people.append(group)
            _add_full(doc, group, m, words)
    for m, words in persons:
        if len(words) == 1:
            group = _best_person(people, words, m.start) or _single_name_group(doc, people, m, words)
            group.mentions.append(m)
    for m, words in named:
        if m.label == "PERSON":
            continue
        group = _person_for_other_label(doc, people, m, words)
        if group is not None:
            m.label = "PERSON"
            group.mentions.append(m)
            continue
        key = (m.label, m.code or _normal(m.span(doc).text))
        group = others.setdefault(key, Group("GPE" if m.label == "STATE" else m.label))
        group.mentions.append(m)
        group.names.append(m.span(doc).text)
    return people, others


def _single_name_group(doc, people: list[Group], m: Mention, words: list[str]) -> Group:
    group = next((g for g in people if g.words == words), None)
    if group is None:
        group = Group("PERSON", words=words)
        people.append(group)
    group.names.append(" ".join(aliases.strip_honorifics(m.span(doc).text.split())))
    return group


def _person_for_other_label(doc, people: list[Group], m: Mention, words: list[str]) -> Group | None:
    """A span tagged ORG/GPE/NORP that is a known person's name ("Trump" tagged ORG) or reads as a
    person ("said Gause") joins or starts that person."""
    if m.label == "STATE" or not words or len(words) > 3 or not all(t.tag_ in PERSON_TAGS for t in m.span(doc)):
        return None
    if len(words) == 1:
        group = _best_person(people, words, m.start) or next((g for g in people if g.words == words), None)
    else:
        group = next((g for g in people if aliases.same_full_name(g.words, words)), None)
    if group is None and m.maybe_person:
        group = _single_name_group(doc, people, m, words) if len(words) == 1 else None
    return group


def _add_full(doc, group: Group, m: Mention, words: list[str]) -> None:
    group.mentions.append(m)
    group.names.append(" ".join(aliases.strip_honorifics(m.span(doc).text.split())))
    group.full_count += 1
    group.last_full = max(group.last_full, m.start)
    if len(words) > len(group.words):
        group.words = words


def _best_person(people: list[Group], words: list[str], position: int) -> Group | None:
    """The full-name person a bare surname refers to: best fit, then most prominent, then the
    latest mentioned before it."""
    scored = [(aliases.short_form_fits(words[0], g.words), g.full_count, g.last_full < position, g.last_full, g)
              for g in people if g.full_count]
    scored = [s for s in scored if s[0]]
    if not scored:
        return None
    return max(scored, key=lambda s: s[:4])[4]


def _names_family(doc, m: Mention) -> bool:
    """"the Kim family", "the Kim regime": the surname names a family or government."""
    nxt = doc[m.end] if m.end < len(doc) else None
    return nxt is not None and nxt.lower_ in aliases.FAMILY_WORDS


def _normal(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in LEADING_WORDS:
        words.pop(0)
    return " ".join(words).lower()


def _add_bare_surnames(doc, people: list[Group], mentions: list[Mention]) -> None:
    """Surnames of known people that spaCy did not tag ("the Trump-Kim summit")."""
    surnames = {}
    for g in people:
        if g.full_count:
            for word in {g.words[0], g.words[-1]}:
                best = _best_person(people, [word], len(doc))
                if best is not None:
                    surnames[word] = best
    if not surnames:
        return
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for t in doc:
        if t.i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        group = surnames.get(t.lower_)
        if group is not None:
            m = Mention(t.i, t.i + 1, "PERSON")
            if not _names_family(doc, m) and not _inside_longer_name(doc, t):
                group.mentions.append(m)


def _inside_longer_name(doc, t) -> bool:
    """A surname followed or preceded by other proper nouns ("Kim Jong Il" left untagged) is part of
    another name, not a bare surname; a title before it ("President Trump") is fine."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    prev = doc[t.i - 1] if t.i > 0 else None
    if nxt is not None and t.whitespace_ and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True
    return (prev is not None and bool(prev.whitespace_) and prev.pos_ == "PROPN" and prev.text[:1].isupper()
            and prev.lower_.rstrip(".") not in aliases.HONORIFICS)


def _governments_as_states(doc, people: list[Group], others: dict, states) -> None:
    """"Putin's government" names the state he governs: move that mention (widened to the noun)
    from the person to the state, when the person's state is known."""
    salience = _state_salience(doc, others)
    for g in people:
        for m in list(g.mentions):
            end = _government_noun_end(doc, m.end)
            if end is None:
                continue
            code = _nationality(doc, g, states) or (salience.most_common(1)[0][0] if salience else None)
            if code is None:
                continue
            g.mentions.remove(m)
            widened = Mention(m.start, end, "STATE", code)
            others.setdefault(("STATE", code), Group("GPE")).mentions.append(widened)
            others[("STATE", code)].names.append(states.states[code].name)


def _government_noun_end(doc, i: int) -> int | None:
    if i + 1 < len(doc) and doc[i].lower_ in POSSESSIVE_TOKENS and doc[i + 1].lower_ in GOVERNMENT_NOUNS:
        return i + 2
    return None


def _nationality(doc, g: Group, states) -> str | None:
    """The state a person belongs to, when the text says so next to a mention ("Russian foreign
    minister Sergey Lavrov", "Russia's Putin")."""
    for m in g.mentions:
        for t in doc[max(0, m.start - 4):m.start]:
            state = states.demonym_of(t.text) if t.tag_ == "JJ" or t.ent_type_ == "NORP" else None
            state = state or (states.state_named(t.text) if t.ent_type_ == "GPE" else None)
            if state:
                return state.code
    return None


def _state_salience(doc, others: dict) -> Counter:
    counts = Counter({key[1]: len(g.mentions) for key, g in others.items() if key[0] == "STATE"})
    states = state_index()
    for ent in doc.ents:
        if ent.label_ == "NORP":
            state = states.demonym_of(ent.text)
            if state and state.code in counts:
                counts[state.code] += 1
    return counts


# ------------------------------------------------------------------ output
def _entity(doc, text: str, id_: str, g: Group, states) -> Entity:
    mentions = sorted({(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in g.mentions})
    codes = {m.code for m in g.mentions if m.code}
    if codes:
        name = states.states[next(iter(codes))].name
    else:
        name = _canonical(g.names or [doc[m.start:m.end].text for m in g.mentions])
    surface = tuple(dict.fromkeys(text[s:e] for s, e in mentions))
    role = find_role(doc, [(m.start, m.end) for m in g.mentions]) if g.type == "PERSON" else None
    return Entity(id=id_, name=name, type=g.type, mentions=tuple(mentions), aliases=surface, role=role)


def _canonical(names: list[str]) -> str:
    """The longest full form; among equals the most frequent, then the first."""
    counts = Counter(names)
    order = {n: i for i, n in reversed(list(enumerate(names)))}
    return max(counts, key=lambda n: (len(aliases.name_words(n)) or len(n.split()), counts[n], -order[n]))
