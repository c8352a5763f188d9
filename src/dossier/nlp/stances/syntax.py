"""Reading the dependency parse for stances: subjects through verb chains, holders of stance nouns,
complements split at coordination, and token lists turned into clean character spans."""
from __future__ import annotations

from ..doctext import doc_text
from .lexicon import (BYGONE_ADVERBS, BYGONE_PHRASES, HOPED_FOR_WORDS, WISHING_VERBS, SPECULATIVE_MODALS, CLAUSE_BREAKS, CONDITION_MARKS, DENYING_ADVERBS, DENYING_VERBS, FAILING_VERBS, SCANT_WORDS, DOUBTING_VERBS, QUESTION_VERBS, EMPTY_OBJECTS, INFLECTIONS, LIGHT_VERBS,
                      MAX_OBJECT_TOKENS, RECEIVING_VERBS, RETRACTING_WORDS, SUBJECT_DEPS)


def reads_as_noun(t) -> bool:
    """A plural noun the small model tagged as a verb ("the security guarantees")."""
    if t.tag_ in {"NN", "NNS"}:
        return True
    return t.tag_ == "VBZ" and t.i > 0 and t.doc[t.i - 1].pos_ in {"NOUN", "DET", "ADJ"}


def complement_clause(clause) -> bool:
    """"plans to extend ...", "fear that ...": a complement, not a relative clause ("the goal that
    X agreed to")."""
    return any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that")
               for c in clause.children)


def negated(t) -> bool:
    """"does not want", "isn't worried": a negation on the trigger or on its copula."""
    heads = [t, t.head] if t.dep_ in {"acomp", "attr", "xcomp"} else [t]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def idiom_or_phrasal(t) -> bool:
    """"as opposed to" compares; "backed up", "back off" are other verbs than "back"."""
    if t.i > 0 and t.doc[t.i - 1].lower_ == "as" and t.lower_ == "opposed":
        return True
    return t.pos_ == "VERB" and any(c.dep_ == "prt" for c in t.children)


def word_forms(t) -> list[str]:
    """The lemma plus plain suffix-stripped forms: the small model lemmatises "scares" as "scar"."""
    lower = t.lower_
    forms = [t.lemma_.lower(), lower]
    for suffix, repl in INFLECTIONS:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.append(lower[: len(lower) - len(suffix)] + repl)
    return forms


def lookup(table: dict[str, str], forms: list[str]) -> str | None:
    return next((table[f] for f in forms if f in table), None)


def subject_of(t):
    """The subject of a predicate, climbing through xcomp/conj/acomp chains ("Russia stands to gain")."""
    seen = 0
    while t is not None and seen < 6:
        subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "Holm is concerned": she feels it; "it was intended": nobody said who
            return passive if t.pos_ == "ADJ" else None
        if t.dep_ in {"xcomp", "conj", "acomp", "ccomp", "advcl", "relcl"} and t.head is not t:
            if t.dep_ == "relcl":  # "much to gain": the one who has it
                holder = t.head
                if holder.dep_ in {"dobj", "obj"} and holder.head.lemma_.lower() in LIGHT_VERBS:
                    return subject_of(holder.head)
                return holder
            t = t.head
        else:
            return None
        seen += 1
    return None


def noun_holder(t):
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
                return subject_of(node) if node.lemma_.lower() in LIGHT_VERBS else None
        else:
            break
    return None


def split_coordination(head) -> list[tuple[int, int]]:
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
        tokens = contiguous_from(tokens, c.i)
        out.append(tokens_span(tokens))
    return [s for s in out if s]


def contiguous_from(tokens, anchor: int):
    by_i = {w.i: w for w in tokens}
    lo = hi = anchor
    while lo - 1 in by_i:
        lo -= 1
    while hi + 1 in by_i:
        hi += 1
    return [by_i[i] for i in range(lo, hi + 1)]


def tokens_span(tokens) -> tuple[int, int] | None:
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


def subtree_span(token) -> tuple[int, int] | None:
    return tokens_span(list(token.subtree))


def surface_clause(doc, start: int, end: int) -> tuple[int, int] | None:
    """Words from ``start`` to the first clause break: the fallback object."""
    tokens = []
    for w in doc[start:end]:
        if tokens and (w.lower_ in CLAUSE_BREAKS or w.is_space):
            break
        if w.lower_ in {"to", "in", "that", "about", "for", "of"} and not tokens:
            continue
        tokens.append(w)
    return tokens_span(tokens)


def trim_contrast(doc, start: int, end: int) -> tuple[int, int] | None:
    """"is not A – but B": the object is B."""
    words = doc[start:end]
    if len(words) and words[0].lower_ == "not":
        for w in words:
            if w.lower_ == "but":
                return tokens_span(list(doc[w.i + 1:end]))
    return tokens_span(list(words))


def noun_phrase_ending_at(token, sent) -> tuple[int, int] | None:
    start = token.i
    while start - 1 >= sent.start and token.doc[start - 1].dep_ in {"det", "amod", "compound", "nsubj", "poss"}:
        start -= 1
    return tokens_span(list(token.doc[start:token.i + 1]))


def char_span_to_tokens(doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return tokens_span(list(span)) if span is not None else None


def sentence_span(sent) -> tuple[int, int]:
    tokens = [w for w in sent if not w.is_space]
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) if tokens else (sent.start_char, sent.end_char)


def sentence_start(doc, sent, back: int) -> int:
    start = sent.start
    for _ in range(back):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


# ---------------------------------------------------------------- what turns a stance down
def conditional(t) -> bool:
    """The trigger sits in an "if"/"unless"/"whether" clause, or such a clause hangs from the trigger
    (anywhere) or from a predicate above it (before it): "If Vemora continues to back the rebels,
    Ostrava will oppose the deal" gives neither a backing nor an opposing. A condition later in the
    sentence on another predicate ("… but a lot to lose if it goes bad") leaves the trigger alone."""
    def conditions(node, before: int | None):
        if any(c.dep_ in CLAUSE_DEPS_ALL and c.lemma_.lower() in QUESTION_VERBS for c in node.children):
            return False  # "hopes to discover if …, or if …": questions, however the parse hangs them
        return any(c.dep_ == "advcl" and (before is None or c.i < before) and not _embedded_question(c)
                   and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children)
                   for c in node.children)

    if conditions(t, None):
        return True
    node = t
    while node.dep_ in {"xcomp", "acomp"} and node.head.i != node.i:  # "happy to back X if …": one predicate
        node = node.head
        if conditions(node, None):
            return True
    node, steps = t, 0
    while steps < 8:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return True
        if node is not t and conditions(node, t.i):
            return True
        if node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    return False


CLAUSE_DEPS_ALL = frozenset({"xcomp", "ccomp"})


def _embedded_question(clause) -> bool:
    """ "to discover if …", "asked whether …": a question being asked, not a condition."""
    i = clause.left_edge.i
    return i > 0 and clause.doc[i - 1].lemma_.lower() in QUESTION_VERBS


def purpose_only(t, attitude: str) -> bool:
    """ "sent personnel to support the mission", "set up a force to defend the area": backing as a
    purpose of an action, help rather than an attitude."""
    return (attitude in {"supports", "opposes"} and t.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))


def denied(t) -> bool:
    """ "no longer wants", "never wanted", "hardly supports": the attitude is over or denied; also
    "I don't believe X ever wanted …": a claim the writer or speaker denies."""
    node = t
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in FAILING_VERBS:
        return True  # "failed to defend", "refused to back": not held, or not shown
    while node.dep_ in {"ccomp", "xcomp", "conj"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in DOUBTING_VERBS and negated(node):
            return True
        if node.lemma_.lower() in DENYING_VERBS:
            return True  # "seemed to deny that he supported the pact"
    if t.pos_ == "NOUN" and any(c.dep_ in {"det", "amod"} and c.lower_ in SCANT_WORDS for c in t.children):
        return True  # "has little interest in", "no desire to"
    if t.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ == "less" for c in t.children):
        return True  # "less concerned about X than Y"
    heads = [t, t.head] if t.dep_ in {"acomp", "attr", "xcomp"} else [t]
    for h in heads:
        for c in h.children:
            if c.lower_ in DENYING_ADVERBS:
                return True
            if c.lower_ == "longer" and any(g.lower_ in {"no", "not"} for g in c.children):
                return True
            if c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ in {"no", "not"}:
                return True
    return False


def hypothetical(t) -> bool:
    """ "Europe might benefit", "could back the plan", "why he wants …": a possibility or a question, not an
    attitude held; also a trigger
    inside what someone hopes, expects or imagines ("hopes that Ostria would back the plan have faded",
    "the prospect that Norway supports it"): someone else's wish, not the actor's stance."""
    heads = [t, t.head] if t.dep_ in {"acomp", "attr", "xcomp"} else [t]
    if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for h in heads for c in h.children):
        return True
    if any(c.lower_ in {"why", "how"} and c.i < t.i for h in heads for c in h.children):
        return True  # "a report explaining why he wants to lift the sanctions": a question, not a claim
    node, steps = t, 0
    while node.dep_ in {"ccomp", "acl", "xcomp", "conj", "advcl", "relcl"} and node.head.i != node.i and steps < 6:
        node, steps = node.head, steps + 1
        if node.lemma_.lower() in HOPED_FOR_WORDS and node.pos_ == "NOUN":
            return True
        if node.lemma_.lower() in WISHING_VERBS and node.pos_ == "VERB":
            return True
        if node.lemma_.lower() == "call" and any(c.lower_ in {"on", "upon"} for c in node.children):
            return True  # "called on voters to reject X": the voters are asked, they hold nothing yet
    return False


def passive(t) -> bool:
    """ "Holm is accused of fraud", "the plan is backed by Ostria": the subject receives the attitude."""
    return t.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in t.children)


def bygone(t) -> bool:
    """ "once supported", "supported such inquiries in the past", "opposed it in 2015", "used to back": an
    attitude given as past, not as held now."""
    heads = [t, t.head] if t.dep_ in {"acomp", "attr", "xcomp"} else [t]
    if any(c.lower_ in BYGONE_ADVERBS for h in heads for c in h.children):
        return True
    if any(c.dep_ == "npadvmod" and any(g.lower_ == "ago" for g in c.subtree) for h in heads for c in h.children):
        return True  # "Two years ago, Republicans were accusing …"
    if any(c.dep_ == "advmod" and c.lower_ == "ago" for h in heads for c in h.children):
        return True
    if t.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(
            g.dep_ == "pobj" and g.like_num and len(g.text) == 4 for g in c.children) for c in t.children):
        return True  # "opposed the deal in 2015"
    clause = [w for c in t.children if c.dep_ not in CLAUSE_DEPS_ALL for w in c.subtree]
    words = " ".join(w.lower_ for w in sorted(clause, key=lambda w: w.i))
    if any(f" {phrase} " in f" {words} " for phrase in BYGONE_PHRASES):
        return True
    return t.dep_ == "xcomp" and t.head.lower_ == "used" and any(c.lower_ == "to" for c in t.children)


def retracted(sent) -> bool:
    """A sentence that withdraws a report ("originally incorrectly stated that …"), or a question."""
    words = [w for w in sent if not w.is_space]
    return bool(words) and (words[-1].text == "?" or any(w.lower_ in RETRACTING_WORDS for w in words))


def empty_object(doc, span) -> bool:
    """An object that only points elsewhere: "the reverse", "the same"."""
    text = doc_text(doc)[span[0]:span[1]].lower().strip()
    for article in ("the ", "quite ", "exactly ", "just "):
        text = text[len(article):] if text.startswith(article) else text
    return text in EMPTY_OBJECTS


def fragment(doc, span) -> bool:
    """An object cut from a coordination that shares its complement: "work with" (of "work with and
    train the army"), a lone verb "counter" (of "counter or undermine the sanctions"); or a bare "do"
    ("as Ostria prefers to do in a crisis")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    last, first = words[-1], words[0]
    if first.lemma_.lower() == "do" and not any(c.dep_ in {"dobj", "obj", "ccomp"} for c in first.children):
        return True  # "as Ostria prefers to do": a pro-verb pointing elsewhere
    return last.pos_ in {"ADP", "CCONJ"} and not any(c.dep_ in {"pobj", "pcomp"} for c in last.children) \
        or (len(words) == 1 and first.pos_ == "VERB")


def received_support(t) -> bool:
    """ "have the full support of the U.S. government": the "of" party supports; the subject is the
    one supported, so the subject holds no stance."""
    if not any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in t.children):
        return False
    verb = t.head
    return t.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in RECEIVING_VERBS
