"""Stances: what an actor wants, fears, supports, opposes, recommends, benefits from or accuses.

Triggers are words of desire, fear, gain, advice and judgement (verbs, adjectives, nouns; kept as
lexicons below).  The actor is read from the parse (subject, possessor, the "for X" of "good for X",
the object of "scares them"), pronouns are resolved to a recent entity, and the object is the
wanted or feared thing: a complement clause, object or prepositional object, split at
coordination and at the items of a "goals: A, B and C" list.  Spans are Doc offsets.
"""
from __future__ import annotations

import re

from ..model import Entity, Stance
from .states import index as state_index

VERB_ATTITUDES = {
    **dict.fromkeys("want seek hope wish desire aim intend strive crave covet aspire prefer".split(), "wants"),
    **dict.fromkeys("fear dread".split(), "fears"),
    **dict.fromkeys("support back endorse favor favour welcome champion defend".split(), "supports"),
    **dict.fromkeys("oppose reject resist condemn denounce criticize criticise block veto".split(), "opposes"),
    **dict.fromkeys("recommend advise urge propose advocate".split(), "recommends"),
    **dict.fromkeys("benefit profit gain".split(), "benefits_from"),
    **dict.fromkeys("accuse blame".split(), "accuses"),
}
# Verbs whose object is the one who feels ("what scares them", "the deal worries Moscow").
EXPERIENCER_VERBS = {
    **dict.fromkeys("scare frighten alarm unnerve terrify spook rattle trouble worry concern".split(), "fears"),
    **dict.fromkeys("irk anger annoy upset infuriate frustrate".split(), "opposes"),
}
ADJECTIVE_ATTITUDES = {
    **dict.fromkeys("eager keen determined desperate anxious interested intent hopeful".split(), "wants"),
    **dict.fromkeys("worried afraid fearful concerned nervous wary scared alarmed".split(), "fears"),
    **dict.fromkeys("opposed hostile".split(), "opposes"),
    **dict.fromkeys("supportive".split(), "supports"),
}
# "... would be good for Russia": the subject is what the "for" party wants.
GOOD_FOR_ADJECTIVES = frozenset("good beneficial helpful useful advantageous welcome valuable profitable".split())
NOUN_ATTITUDES = {
    **dict.fromkeys("goal aim objective ambition desire wish hope plan intention interest priority bid "
                    "quest aspiration".split(), "wants"),
    **dict.fromkeys("fear worry concern anxiety dread".split(), "fears"),
    **dict.fromkeys("recommendation proposal advice".split(), "recommends"),
    **dict.fromkeys("support backing".split(), "supports"),
    **dict.fromkeys("opposition objection".split(), "opposes"),
}
# Verbs that carry a stance noun to their subject ("we have a lot of interest in", "developed plans to").
LIGHT_VERBS = frozenset("have develop harbor harbour express voice make draw craft pursue share".split())
# The prepositions that introduce the object for each attitude ("interested in", "fear of", "push for").
OBJECT_PREPS = {
    "wants": frozenset({"in", "for", "of"}),
    "fears": frozenset({"about", "of", "over", "by", "for"}),
    "benefits_from": frozenset({"from"}),
    "supports": frozenset({"for", "of"}),
    "opposes": frozenset({"to", "against", "of"}),
    "recommends": frozenset(),
    "accuses": frozenset({"of"}),
}
# Stance nouns take their object through their own prepositions ("interest in", "fear of"); "plans
# for X" is about X, not wanting it.
NOUN_PREPS = {
    **dict.fromkeys("interest".split(), frozenset({"in"})),
    **dict.fromkeys("desire wish hope quest bid".split(), frozenset({"for", "of"})),
    **dict.fromkeys("fear worry concern anxiety dread".split(), frozenset({"of", "about", "over", "for"})),
    **dict.fromkeys("support backing".split(), frozenset({"for", "of"})),
    **dict.fromkeys("opposition objection".split(), frozenset({"to"})),
}
# Words right after a trigger that open its object, so the surface fallback may take what follows.
OBJECT_OPENERS = frozenset({"to", "that", "in", "about", "of", "for", "from", "against"})
# Verbs whose direct object is the one advised, not the advice ("advising Trump on ...").
ADDRESSEE_VERBS = frozenset({"advise", "urge", "accuse", "blame"})
WH_WORDS = frozenset({"what", "which", "who", "whom", "whatever"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # a passive subject ("it was intended") holds no stance
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "but", "while", "although", "though", "so", "because"})
QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "'"})
PERSONAL = {"he": "PERSON", "him": "PERSON", "his": "PERSON", "she": "PERSON", "her": "PERSON"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SINGULAR_PRONOUNS = frozenset({"its"})  # bare "it" is too often expletive or a thing
FIRST_PLURAL = frozenset({"we", "us", "our"})
OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "it"})
LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MAX_OBJECT_TOKENS = 40
INFLECTIONS = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
               ("ing", "e"), ("ing", ""))
LOOKBACK_SENTENCES = 2


def find_stances(doc, entities: list[Entity]) -> list[Stance]:
    finder = _StanceFinder(doc, entities)
    return finder.run()


class _StanceFinder:
    def __init__(self, doc, entities: list[Entity]):
        self.doc = doc
        self.text = doc.text  # built on every access: read it once
        self.entities = entities
        self.by_char: dict[int, Entity] = {}
        for e in entities:
            for s, end in e.mentions:
                for c in range(s, end):
                    self.by_char.setdefault(c, e)
        self.by_id = {e.id: e for e in entities}
        self.leaders = _leaders(entities)
        self.found: dict[tuple, Stance] = {}

    # ------------------------------------------------------------------ driving
    def run(self) -> list[Stance]:
        for sent in self.doc.sents:
            for t in sent:
                self._trigger(t, sent)
        return sorted(self.found.values(), key=lambda s: (s.evidence, s.object))

    def _trigger(self, t, sent) -> None:
        if _negated(t) or _idiom_or_phrasal(t):
            return
        forms = _word_forms(t)
        if t.pos_ in {"VERB", "AUX"} and (hit := _lookup(EXPERIENCER_VERBS, forms)):
            self._experiencer(t, sent, hit)
        elif t.pos_ == "VERB" and (hit := _lookup(VERB_ATTITUDES, forms)):
            self._verb(t, sent, hit)
        elif t.pos_ == "ADJ" and t.lower_ in ADJECTIVE_ATTITUDES:
            self._adjective(t, sent, ADJECTIVE_ATTITUDES[t.lower_])
        elif t.pos_ == "ADJ" and t.lower_ in GOOD_FOR_ADJECTIVES:
            self._good_for(t, sent)
        elif t.pos_ == "NOUN" and (hit := _lookup(NOUN_ATTITUDES, forms)):
            self._noun(t, sent, hit)

    # ------------------------------------------------------------------ trigger kinds
    def _verb(self, t, sent, attitude: str) -> None:
        actor = self._actors(_subject(t), sent)
        objects = self._clause_objects(t, sent, attitude)
        if not objects and attitude == "benefits_from" and t.dep_ in {"xcomp", "relcl"}:
            objects = self._condition(t, sent)
        self._emit(actor, attitude, objects, sent, t)

    def _experiencer(self, t, sent, attitude: str) -> None:
        feeler = next((c for c in t.children if c.dep_ in {"dobj", "obj"}), None)
        if feeler is None and t.i + 1 < sent.end and self.doc[t.i + 1].lower_ in OBJECT_PRONOUNS:
            feeler = self.doc[t.i + 1]  # the parse sometimes makes "them" the copula's subject
        if feeler is None:
            return
        actor = self._actors(feeler, sent)
        if t.dep_ == "csubj":  # "What scares them ... is X": X is the object
            copula = t.head
            objects = [_trim_contrast(self.doc, copula.i + 1, sent.end)]
        else:
            subject = _subject(t)
            objects = [_subtree_span(subject)] if subject is not None else []
        self._emit(actor, attitude, [o for o in objects if o], sent, t)

    def _adjective(self, t, sent, attitude: str) -> None:
        head = t.head if t.dep_ in {"acomp", "oprd", "attr"} else t
        actor = self._actors(_subject(head), sent)
        objects = self._clause_objects(t, sent, attitude)
        self._emit(actor, attitude, objects, sent, t)

    def _good_for(self, t, sent) -> None:
        party = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj"), None)
        if party is None:
            return
        actor = self._actors(party, sent)
        subject = _subject(t.head if t.dep_ in {"acomp", "attr"} else t)
        if subject is not None:
            self._emit(actor, "wants", [_subtree_span(subject)], sent, t)

    def _noun(self, t, sent, attitude: str) -> None:
        actor = self._actors(_noun_holder(t), sent)
        objects = self._list_after_colon(t, sent) or self._clause_objects(t, sent, attitude)
        self._emit(actor, attitude, objects, sent, t)

    # ------------------------------------------------------------------ objects
    def _clause_objects(self, t, sent, attitude: str) -> list[tuple[int, int]]:
        """The complement of a trigger, split at coordination; a surface fallback when the parse
        gives none but the next word opens an object ("interest in ...")."""
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS or (c.dep_ == "acl" and t.pos_ == "NOUN" and _complement_clause(c)):
                return _split_coordination(c)
        if t.pos_ != "NOUN" and t.lemma_.lower() not in ADDRESSEE_VERBS:
            for c in t.children:
                if c.dep_ in {"dobj", "obj"}:
                    return [] if c.lower_ in WH_WORDS else _split_coordination(c)
        preps = NOUN_PREPS.get(t.lemma_.lower(), frozenset()) if t.pos_ == "NOUN" else OBJECT_PREPS[attitude]
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                pobj = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
                if pobj is not None:
                    return _split_coordination(pobj)
        subject = _subject(t)
        if t.dep_ in {"relcl", "ccomp"} and subject is not None and subject.i > sent.start:
            before = self.doc[subject.i - 1]
            if before.tag_ in {"NN", "NNS"}:  # "the guarantees Lavrov is recommending"
                return [s for s in [_noun_phrase_ending_at(before, sent)] if s]
        nxt = self.doc[t.i + 1] if t.i + 1 < sent.end else None
        if nxt is None or nxt.lower_ not in OBJECT_OPENERS:
            return []
        if nxt.lower_ not in {"to", "that"} and nxt.lower_ not in preps:
            return []
        if nxt.lower_ == "to" and (nxt.i + 1 >= sent.end or self.doc[nxt.i + 1].tag_ != "VB"):
            return []  # "advice to the US" names the addressee, not the advice
        return [span for span in [_surface_clause(self.doc, t.i + 1, sent.end)] if span]

    def _condition(self, t, sent) -> list[tuple[int, int]]:
        """"Should peace break out, Russia stands to gain": the condition is what it gains from."""
        verb = t.head
        for c in verb.children:
            if c.dep_ == "advcl" and c.i < verb.i:
                return [_subtree_span(c)]
        return []

    def _list_after_colon(self, t, sent) -> list[tuple[int, int]]:
        """"X's goals in the region: A, B and C" -> A, B, C."""
        colon = next((w for w in self.doc[t.i + 1:min(t.i + 6, sent.end)] if w.text == ":"), None)
        if colon is None:
            return []
        start = colon.i + 1
        end = sent.end
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        if end <= start:
            return []
        base = self.doc[start].idx
        text = self.text[base:self.doc[end - 1].idx + len(self.doc[end - 1].text)]
        spans, pos = [], 0
        for m in list(LIST_SPLIT.finditer(text)) + [None]:
            stop = m.start() if m else len(text)
            if text[pos:stop].strip():
                spans.append(_char_span_to_tokens(self.doc, base + pos, base + stop))
            pos = m.end() if m else pos
        return [s for s in spans if s]

    # ------------------------------------------------------------------ actors
    def _actors(self, token, sent) -> list[Entity]:
        """The entity a subject (or possessor, or experiencer) names, and those of its conjuncts."""
        if token is None:
            return []
        found = [self._actor(w, sent) for w in [token, *(c for c in token.children if c.dep_ == "conj")]]
        return list({e.id: e for e in found if e is not None}.values())

    def _actor(self, token, sent) -> Entity | None:
        if token is None:
            return None
        lower = token.lower_
        if lower in PERSONAL or lower in PLURAL_PRONOUNS or lower in SINGULAR_PRONOUNS:
            return self._antecedent(token, sent)
        if lower in FIRST_PLURAL:
            return self._speaker_state(token, sent)
        entity = self._entity_at(token)
        if entity is not None:
            return entity
        for w in token.subtree:  # "Russia's oil industries", "experts in Moscow"
            entity = self._entity_at(w)
            if entity is not None and entity.type in {"GPE", "ORG", "NORP"}:
                return self._state_for_place(entity) or entity
        return None

    def _entity_at(self, token) -> Entity | None:
        return self.by_char.get(token.idx)

    def _state_for_place(self, entity: Entity) -> Entity | None:
        state = state_index().capital_of(entity.name)
        if state is None:
            return None
        return next((e for e in self.entities if e.name == state.name), None)

    def _antecedent(self, token, sent) -> Entity | None:
        """The latest fitting entity mention before a pronoun, in this or the previous sentences."""
        wanted_person = token.lower_ in PERSONAL
        first = _sentence_start(self.doc, sent, LOOKBACK_SENTENCES)
        for i in range(token.i - 1, first - 1, -1):
            entity = self._entity_at(self.doc[i])
            if entity is None:
                continue
            if (entity.type == "PERSON") == wanted_person:
                return entity
        return None

    def _speaker_state(self, token, sent) -> Entity | None:
        """"We" inside a quotation speaks for the speaker's state, when the speaker's role names it."""
        paragraph_end = self.text.find("\n\n", token.idx)
        paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
        paragraph_start = self.text.rfind("\n\n", 0, token.idx) + 1
        states = state_index()
        for e in self.entities:
            if e.type != "PERSON" or not e.role:
                continue
            if any(paragraph_start <= s < paragraph_end for s, _ in e.mentions):
                words = re.findall(r"[A-Z][\w-]+", e.role)
                for phrase in [*words, *(" ".join(p) for p in zip(words, words[1:]))]:
                    state = states.demonym_of(phrase) or states.state_named(phrase)
                    if state is not None:
                        return next((x for x in self.entities if x.name == state.name), None)
        return None

    def _within_paragraph(self, span: tuple[int, int], trigger) -> tuple[int, int]:
        """Sentences sometimes run over a line break (a headline without a full stop): keep the
        trigger's own line."""
        start = self.text.rfind("\n", span[0], trigger.idx) + 1 or span[0]
        start = max(start, span[0])
        end = self.text.find("\n", trigger.idx, span[1])
        return (start, end if end >= 0 else span[1])

    # ------------------------------------------------------------------ output
    def _emit(self, actors: list[Entity], attitude: str, objects, sent, trigger=None) -> None:
        evidence = _sentence_span(sent)
        if trigger is not None:
            evidence = self._within_paragraph(evidence, trigger)
            objects = [o for o in objects if o and evidence[0] <= o[0] and o[1] <= evidence[1]]
        leaders = [self.by_id.get(self.leaders.get(a.id, "")) for a in actors]
        for actor_entity in actors + leaders:
            if actor_entity is None:
                continue
            for obj in objects:
                if not obj or obj[1] - obj[0] < 2:
                    continue
                key = (actor_entity.id, attitude, obj)
                self.found.setdefault(key, Stance(actor=actor_entity.name, attitude=attitude, object=obj,
                                                  evidence=evidence, entity=actor_entity.id))


# ---------------------------------------------------------------------- parse helpers
def _complement_clause(clause) -> bool:
    """"plans to extend ...", "fear that ...": a complement, not a relative clause ("the goal that
    X agreed to")."""
    return any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that")
               for c in clause.children)


def _negated(t) -> bool:
    """"does not want", "isn't worried": a negation on the trigger or on its copula."""
    heads = [t, t.head] if t.dep_ in {"acomp", "attr", "xcomp"} else [t]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _idiom_or_phrasal(t) -> bool:
    """"as opposed to" compares; "backed up", "back off" are other verbs than "back"."""
    if t.i > 0 and t.doc[t.i - 1].lower_ == "as" and t.lower_ == "opposed":
        return True
    return t.pos_ == "VERB" and any(c.dep_ == "prt" for c in t.children)


def _word_forms(t) -> list[str]:
    """The lemma plus plain suffix-stripped forms: the small model lemmatises "scares" as "scar"."""
    lower = t.lower_
    forms = [t.lemma_.lower(), lower]
    for suffix, repl in INFLECTIONS:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.append(lower[: len(lower) - len(suffix)] + repl)
    return forms


def _lookup(table: dict[str, str], forms: list[str]) -> str | None:
    return next((table[f] for f in forms if f in table), None)


def _subject(t):
    """The subject of a predicate, climbing through xcomp/conj/acomp chains ("Russia stands to gain")."""
    seen = 0
    while t is not None and seen < 6:
        subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if t.dep_ in {"xcomp", "conj", "acomp", "ccomp", "advcl", "relcl"} and t.head is not t:
            if t.dep_ == "relcl":
                return t.head
            t = t.head
        else:
            return None
        seen += 1
    return None


def _noun_holder(t):
    """Who holds a stance noun: its possessor, or the subject of the light verb it hangs from
    ("we have a lot of interest", "experts have developed plans")."""
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    node = t
    for _ in range(4):
        if node.dep_ in {"dobj", "pobj", "prep", "attr"} and node.head is not node:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                return _subject(node) if node.lemma_.lower() in LIGHT_VERBS else None
        else:
            break
    return None


def _split_coordination(head) -> list[tuple[int, int]]:
    """A complement and its coordinated siblings as separate objects."""
    conjuncts = [head] + [c for c in head.children if c.dep_ == "conj"]
    out = []
    for k, c in enumerate(conjuncts):
        excluded = set()
        for other in conjuncts[k + 1:] if k == 0 else []:
            excluded.update(w.i for w in other.subtree)
        for cc in c.children:
            if cc.dep_ in {"cc", "preconj"} or (cc.dep_ == "punct" and cc.i > c.i):
                excluded.add(cc.i)
        for sub in c.children:
            if sub.dep_ == "conj" and k > 0:
                excluded.update(w.i for w in sub.subtree)
        tokens = [w for w in c.subtree if w.i not in excluded]
        tokens = _contiguous_from(tokens, c.i)
        out.append(_tokens_span(tokens))
    return [s for s in out if s]


def _contiguous_from(tokens, anchor: int):
    by_i = {w.i: w for w in tokens}
    lo = hi = anchor
    while lo - 1 in by_i:
        lo -= 1
    while hi + 1 in by_i:
        hi += 1
    return [by_i[i] for i in range(lo, hi + 1)]


def _tokens_span(tokens) -> tuple[int, int] | None:
    for k, w in enumerate(tokens):
        if k and (w.is_space and "\n" in w.text or "\n" in tokens[k - 1].whitespace_):
            tokens = tokens[:k]  # an object never runs over a line break
            break
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in {"cc", "preconj"} or tokens[0].lower_ in {"to", "that"} and tokens[0].dep_ in {"aux", "mark"}
                      or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or not any(w.is_alpha and not w.is_stop for w in tokens):
        return None  # "it", "that": nothing to show as the object
    tokens = tokens[:MAX_OBJECT_TOKENS]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _subtree_span(token) -> tuple[int, int] | None:
    return _tokens_span(list(token.subtree))


def _surface_clause(doc, start: int, end: int) -> tuple[int, int] | None:
    """Words from ``start`` to the first clause break: the fallback object."""
    tokens = []
    for w in doc[start:end]:
        if tokens and (w.lower_ in CLAUSE_BREAKS or w.is_space):
            break
        if w.lower_ in {"to", "in", "that", "about", "for", "of"} and not tokens:
            continue
        tokens.append(w)
    return _tokens_span(tokens)


def _trim_contrast(doc, start: int, end: int) -> tuple[int, int] | None:
    """"is not A – but B": the object is B."""
    words = doc[start:end]
    if len(words) and words[0].lower_ == "not":
        for w in words:
            if w.lower_ == "but":
                return _tokens_span(list(doc[w.i + 1:end]))
    return _tokens_span(list(words))


def _noun_phrase_ending_at(token, sent) -> tuple[int, int] | None:
    start = token.i
    while start - 1 >= sent.start and token.doc[start - 1].dep_ in {"det", "amod", "compound", "nsubj", "poss"}:
        start -= 1
    return _tokens_span(list(token.doc[start:token.i + 1]))


def _char_span_to_tokens(doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return _tokens_span(list(span)) if span is not None else None


def _sentence_span(sent) -> tuple[int, int]:
    tokens = [w for w in sent if not w.is_space]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if tokens else (sent.start_char, sent.end_char)


def _sentence_start(doc, sent, back: int) -> int:
    start = sent.start
    for _ in range(back):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _leaders(entities: list[Entity]) -> dict[str, str]:
    """Persons the text shows governing a state ("Putin's government" is a mention of Russia):
    their stances are also the state's."""
    from .aliases import name_words

    out = {}
    persons = [e for e in entities if e.type == "PERSON"]
    for state in entities:
        if state.type != "GPE":
            continue
        for alias in state.aliases:
            m = re.match(r"^(.+?)['’]s\s+\w+$", alias)
            if not m:
                continue
            words = name_words(m.group(1))
            for p in persons:
                pw = name_words(p.name)
                if words and pw and words[-1] == pw[-1]:
                    out[p.id] = state.id
    return out
