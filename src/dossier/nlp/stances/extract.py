"""Stances: what an actor wants, fears, supports, opposes, recommends, benefits from or accuses.

Triggers are words of desire, fear, gain, advice and judgement (verbs, adjectives, nouns; kept as
lexicons in ``stance_lexicon``).  The actor is read from the parse (subject, possessor, the "for X" of "good for X",
the object of "scares them"), pronouns are resolved to a recent entity, and the object is the
wanted or feared thing: a complement clause, object or prepositional object, split at
coordination and at the items of a "goals: A, B and C" list.  Spans are Doc offsets.
"""
from __future__ import annotations

import re

from ..doctext import doc_text
from ...model import Entity, Stance
from ..entities.aliases import name_words
from ..gender import Genders
from .lexicon import (
    VERB_ATTITUDES, EXPERIENCER_VERBS, ADJECTIVE_ATTITUDES, GOOD_FOR_ADJECTIVES, NOUN_ATTITUDES,
    OBJECT_PREPS, NOUN_PREPS, OBJECT_OPENERS, ADDRESSEE_VERBS, ADVISED_VERBS, WH_WORDS,
    CLAUSE_DEPS, PERSONAL, PLURAL_PRONOUNS, SINGULAR_PRONOUNS, FIRST_PLURAL,
    OBJECT_PRONOUNS, LIST_SPLIT, LOOKBACK_SENTENCES, PEOPLE_NOUNS, CROWD_NOUNS,
)
from .syntax import (
    reads_as_noun, complement_clause, negated, idiom_or_phrasal, word_forms,
    lookup, subject_of, noun_holder, split_coordination, subtree_span,
    surface_clause, trim_contrast, noun_phrase_ending_at, char_span_to_tokens, sentence_span,
    sentence_start, conditional, denied, retracted, empty_object, received_support, purpose_only,
)
from ..entities.nationality import GOVERNMENT_NOUNS
from ..entities.states import index as state_index

TRIGGER_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
# A state's alias written as a leader's government ("Dravik's government"), see ``nationality``.
HOLDER_PATH_DEPS = frozenset({"poss", "compound", "amod", "nmod", "prep", "pobj", "det", "case", "appos", "conj", "cc"})
HOLDER_PREPS = frozenset({"in", "from", "at", "of", "for", "within", "inside"})
QUOTE_MARK = re.compile(r'[“”"«»]')
LEADER_ALIAS = re.compile(r"^(.+?)['’]s\s+(?:" + "|".join(sorted(GOVERNMENT_NOUNS)) + r")$")


def find_stances(doc, entities: list[Entity]) -> list[Stance]:
    finder = _StanceFinder(doc, entities)
    return finder.run()


class _StanceFinder:
    def __init__(self, doc, entities: list[Entity]):
        self.doc = doc
        self.text = doc_text(doc)  # built on every access: read it once
        self.entities = entities
        self.by_char: dict[int, Entity] = {}
        for e in entities:
            for s, end in e.mentions:
                for c in range(s, end):
                    self.by_char.setdefault(c, e)
        self.by_id = {e.id: e for e in entities}
        self.leaders = _leaders(entities)
        self.found: dict[tuple, Stance] = {}
        self.genders = Genders(doc)

    # ------------------------------------------------------------------ driving
    def run(self) -> list[Stance]:
        for sent in self.doc.sents:
            for t in sent:
                self._trigger(t, sent)
        return sorted(self.found.values(), key=lambda s: (s.evidence, s.object))

    def _trigger(self, t, sent) -> None:
        pos = t.pos_
        if pos not in TRIGGER_POS:
            return
        forms = word_forms(t)
        if pos in {"VERB", "AUX"} and (hit := lookup(EXPERIENCER_VERBS, forms)):
            handler = self._experiencer
        elif pos == "VERB" and (hit := lookup(VERB_ATTITUDES, forms)):
            handler = self._verb
        elif pos == "ADJ" and (hit := ADJECTIVE_ATTITUDES.get(t.lower_)):
            handler = self._adjective
        elif pos == "ADJ" and t.lower_ in GOOD_FOR_ADJECTIVES:
            handler, hit = self._good_for, "wants"
        elif pos == "NOUN" and (hit := lookup(NOUN_ATTITUDES, forms)):
            handler = self._noun
        else:
            return
        if negated(t) or denied(t) or idiom_or_phrasal(t) or conditional(t) or retracted(sent):
            return  # not held, or not as a fact: "no longer wants", "If X continues to …", "whether …?"
        if purpose_only(t, hit) or (pos == "NOUN" and received_support(t)):
            return  # "has the support of Y": Y supports, the subject does not
        handler(t, sent, hit)

    # ------------------------------------------------------------------ trigger kinds
    def _verb(self, t, sent, attitude: str) -> None:
        actor = self._actors(subject_of(t), sent)
        objects = self._clause_objects(t, sent, attitude)
        if not objects and attitude == "benefits_from" and t.dep_ in {"xcomp", "relcl"}:
            objects = self._condition(t, sent)
        self._emit(actor, attitude, objects, sent, t)

    def _experiencer(self, t, sent, attitude: str) -> None:
        if any(c.dep_ == "ccomp" for c in t.children) or any(c.dep_ == "prep" and c.lower_ == "about" for c in t.children):
            self._verb(t, sent, attitude)  # "Russia worries (that) the talks fail": the subject feels
            return
        feeler = next((c for c in t.children if c.dep_ in {"dobj", "obj"}), None)
        if feeler is None and t.i + 1 < sent.end and self.doc[t.i + 1].lower_ in OBJECT_PRONOUNS:
            feeler = self.doc[t.i + 1]  # the parse sometimes makes "them" the copula's subject
        if feeler is None:
            return
        actor = self._actors(feeler, sent)
        if t.dep_ == "csubj":  # "What scares them ... is X": X is the object
            copula = t.head
            objects = [trim_contrast(self.doc, copula.i + 1, sent.end)]
        else:
            subject = subject_of(t)
            objects = [subtree_span(subject)] if subject is not None else []
        self._emit(actor, attitude, [o for o in objects if o], sent, t)

    def _adjective(self, t, sent, attitude: str) -> None:
        head = t.head if t.dep_ in {"acomp", "oprd", "attr"} else t
        actor = self._actors(subject_of(head), sent)
        objects = self._clause_objects(t, sent, attitude)
        self._emit(actor, attitude, objects, sent, t)

    def _good_for(self, t, sent, attitude: str) -> None:
        party = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj"), None)
        if party is None:
            return
        actor = self._actors(party, sent)
        subject = subject_of(t.head if t.dep_ in {"acomp", "attr"} else t)
        if subject is not None:
            self._emit(actor, attitude, [subtree_span(subject)], sent, t)

    def _noun(self, t, sent, attitude: str) -> None:
        actor = self._actors(noun_holder(t), sent)
        objects = self._list_after_colon(t, sent) or self._clause_objects(t, sent, attitude)
        self._emit(actor, attitude, objects, sent, t)

    # ------------------------------------------------------------------ objects
    def _clause_objects(self, t, sent, attitude: str) -> list[tuple[int, int]]:
        """The complement of a trigger, split at coordination; a surface fallback when the parse
        gives none but the next word opens an object ("interest in ...")."""
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS or (c.dep_ == "acl" and t.pos_ == "NOUN" and complement_clause(c)):
                return split_coordination(c)
        if t.pos_ != "NOUN" and t.lemma_.lower() not in ADDRESSEE_VERBS:
            for c in t.children:
                if c.dep_ in {"dobj", "obj"}:
                    return [] if c.lower_ in WH_WORDS else split_coordination(c)
        preps = NOUN_PREPS.get(t.lemma_.lower(), frozenset()) if t.pos_ == "NOUN" else OBJECT_PREPS[attitude]
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                pobj = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
                if pobj is not None:
                    return split_coordination(pobj)
        if (t.dep_ == "relcl" and t.pos_ == "VERB" and t.head.pos_ == "NOUN"
                and t.lemma_.lower() not in ADVISED_VERBS):  # "the tariffs X recommends", not "the groups X advises"
            return [s for s in [noun_phrase_ending_at(t.head, sent)] if s]
        subject = subject_of(t)
        if t.dep_ == "ccomp" and subject is not None and subject.left_edge.i > sent.start:
            before = self.doc[subject.left_edge.i - 1]
            if reads_as_noun(before):  # "the guarantees Lind is recommending", misparsed
                return [s for s in [noun_phrase_ending_at(before, sent)] if s]
        nxt = self.doc[t.i + 1] if t.i + 1 < sent.end else None
        if nxt is None or nxt.lower_ not in OBJECT_OPENERS:
            return []
        if nxt.lower_ not in {"to", "that"} and nxt.lower_ not in preps:
            return []
        if nxt.lower_ == "to" and (nxt.i + 1 >= sent.end or self.doc[nxt.i + 1].tag_ != "VB"):
            return []  # "advice to the US" names the addressee, not the advice
        return [span for span in [surface_clause(self.doc, t.i + 1, sent.end)] if span]

    def _condition(self, t, sent) -> list[tuple[int, int]]:
        """"Should peace break out, Russia stands to gain": the condition is what it gains from."""
        verb = t.head
        for c in verb.children:
            if c.dep_ == "advcl" and c.i < verb.i:
                return [subtree_span(c)]
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
                spans.append(char_span_to_tokens(self.doc, base + pos, base + stop))
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
        if token.lemma_.lower() in CROWD_NOUNS or token.lower_ in CROWD_NOUNS:
            return None  # "residents in Vancouver want": the residents, not the city
        for w in token.subtree:  # "Russia's oil industries", "experts in Moscow"
            entity = self._entity_at(w)
            if entity is not None and entity.type in {"GPE", "ORG", "NORP"} and _names_the_holder(w, token):
                return self._state_for_place(entity) or entity
        return None

    def _entity_at(self, token) -> Entity | None:
        return self.by_char.get(token.idx)

    def _state_for_place(self, entity: Entity) -> Entity | None:
        state = state_index().capital_of(entity.name)
        return self._state_entity(state) if state is not None else None

    def _state_entity(self, state) -> Entity:
        """The article's entity for a state, or a bare one (no id, no mentions) when the article
        names it only through a demonym or its capital."""
        found = next((e for e in self.entities if e.type == "GPE" and e.name == state.name), None)
        return found or Entity(id="", name=state.name, type="GPE", mentions=())

    def _antecedent(self, token, sent) -> Entity | None:
        """The latest fitting entity mention before a pronoun, in this or the previous sentences (a
        quoted "they": within the quotation). A common noun for people that fits the pronoun comes first
        ("Lawmakers from the coast, they want …"): then the pronoun is theirs, and the actor is the
        entity that noun names, if any. A place that only says where people are ("people in the West
        Bank") is passed over."""
        wanted_person = token.lower_ in PERSONAL
        first = sentence_start(self.doc, sent, LOOKBACK_SENTENCES)
        if token.lower_ in PLURAL_PRONOUNS:  # a quoted "they" is the speaker's, often people at large
            first = max(first, self._quote_start(token))
        for i in range(token.i - 1, first - 1, -1):
            w = self.doc[i]
            entity = self._entity_at(w)
            if entity is None:
                if self._fitting_people_noun(w, wanted_person):
                    return self._named_by(w, wanted_person)
                continue
            if self._only_a_place(w, entity):
                continue
            if (entity.type == "PERSON") == wanted_person and self.genders.agrees(entity.name, token.lower_):
                return entity
        return None

    def _fitting_people_noun(self, w, wanted_person: bool) -> bool:
        """A subject-like people noun that agrees in number ("the governor said", "lawmakers, they");
        not a predicate ("made an excellent secretary") or a modifier ("the police chief")."""
        if w.pos_ != "NOUN" or w.dep_ in {"compound", "amod", "poss", "attr", "dobj", "oprd"}:
            return False
        return w.lower_ in PEOPLE_NOUNS and w.tag_ == ("NN" if wanted_person else "NNS")

    def _named_by(self, w, wanted_person: bool) -> Entity | None:
        """The entity a people noun stands for: its appositive ("the president, Ada Orr,"); for a
        person, the one that noun titled earlier ("Governor Ada Orr … the governor said"); for a group,
        its members' state or organisation ("officials in Moscow")."""
        for other in [*w.children, w.head]:
            if other.dep_ == "appos" or w.dep_ == "appos":
                entity = self._entity_at(other)
                if entity is not None and (entity.type == "PERSON") == wanted_person:
                    return entity
        if not wanted_person:
            return self._actor(w, w.sent)
        for i in range(w.i - 1, -1, -1):
            title = self.doc[i]
            if title.lower_ == w.lower_ and title.dep_ in {"compound", "appos"}:
                entity = self._entity_at(title.head)
                if entity is not None and entity.type == "PERSON":
                    return entity
        return None

    def _only_a_place(self, w, entity: Entity) -> bool:
        """ "people in the West Bank": the place is where the people are, not who they are."""
        if entity.type not in {"GPE", "LOC", "FAC"}:
            return False
        head = w
        while head.head.i != head.i and self._entity_at(head.head) is entity:
            head = head.head
        prep = head.head
        return (head.dep_ == "pobj" and prep.lower_ in {"in", "at", "from", "near", "across", "throughout", "around",
                                                        "inside", "outside"}
                and prep.head.pos_ in {"NOUN", "PRON"} and self._entity_at(prep.head) is None)

    def _quote_start(self, token) -> int:
        """The first token of the quotation ``token`` is in (0 when it is in none): quotation marks
        counted from the paragraph's start."""
        start = self.text.rfind("\n", 0, token.idx) + 1
        opened = None
        for m in QUOTE_MARK.finditer(self.text, start, token.idx):
            ch = m.group()
            if ch in "“«" or (ch == '"' and opened is None):
                opened = m.end()
            elif ch in "”»" or ch == '"':
                opened = None
        if opened is None:
            return 0
        span = self.doc.char_span(opened, token.idx, alignment_mode="expand")
        return span.start if span is not None else 0

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
                        return self._state_entity(state)
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
        evidence = sentence_span(sent)
        if trigger is not None:
            evidence = self._within_paragraph(evidence, trigger)
            objects = [o for o in objects if o and evidence[0] <= o[0] and o[1] <= evidence[1]]
        leaders = [self.by_id.get(self.leaders.get(a.id, "")) for a in actors]
        for actor_entity in actors + leaders:
            if actor_entity is None:
                continue
            for obj in objects:
                if not obj or obj[1] - obj[0] < 2 or empty_object(self.doc, obj):
                    continue
                if _only_inside(actor_entity, obj, evidence):
                    continue  # "reason to hope China may help": China is in what is hoped, not the one hoping
                key = (actor_entity.id or actor_entity.name, attitude, obj)
                self.found.setdefault(key, Stance(actor=actor_entity.name, attitude=attitude, object=obj,
                                                  evidence=evidence, entity=actor_entity.id or None))


def _names_the_holder(w, holder) -> bool:
    """``w`` tells whose ``holder`` is: a modifier of it ("Russia's oil industries", "Russian
    officials") or a place or body it belongs to ("experts in Moscow", "the government of Iran");
    not a word deeper inside, such as the object of a verb ("opponents of arming the Kurds")."""
    steps = 0
    while w.i != holder.i and steps < 6:
        if w.dep_ not in HOLDER_PATH_DEPS or (w.dep_ == "pobj" and w.head.lower_ not in HOLDER_PREPS):
            return False
        w, steps = w.head, steps + 1
    return w.i == holder.i


def _only_inside(entity: Entity, obj: tuple[int, int], evidence: tuple[int, int]) -> bool:
    """The entity is named in the sentence only inside the object."""
    here = [(s, e) for s, e in entity.mentions if evidence[0] <= s < evidence[1]]
    return bool(here) and all(obj[0] <= s and e <= obj[1] for s, e in here)


def _leaders(entities: list[Entity]) -> dict[str, str]:
    """Persons the text shows governing a state ("Dravik's government" is a mention of Russia):
    their stances are also the state's."""
    out = {}
    persons = [e for e in entities if e.type == "PERSON"]
    for state in entities:
        if state.type != "GPE":
            continue
        for alias in state.aliases:
            m = LEADER_ALIAS.match(alias)
            if not m:
                continue
            words = name_words(m.group(1))
            for p in persons:
                pw = name_words(p.name)
                if words and pw and words[-1] == pw[-1]:
                    out[p.id] = state.id
    return out
