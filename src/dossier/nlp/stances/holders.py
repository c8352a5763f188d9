"""Where the parse says who a pronoun is, before any search backwards through the text.

Three readings come first, in this order (a sketch of binding theory as news prose uses it):

- a pronoun inside a relative clause points at the noun the clause describes ("the former envoy, who lost
  in his bid for the presidency": "his" is the envoy's);
- a possessive pronoun points at the subject of its own clause, before or after it ("In its bid
  to calm the markets, the bank offered …": "its" is the bank's; "Holm used the meeting to double down on
  her support": "her" is Holm's); a subject pronoun of a reported clause, at the reporting verb's subject
  ("Walker, who met Holm, said he fears …": Walker);
- otherwise the search goes back through the text (``extract``), and prefers, in an earlier sentence, the
  subject of that sentence over a word deeper in it ("Greta Lind wants A, before Tomas Vell's polls rise.
  But she wants B": she is Greta Lind).

Each function takes spaCy tokens and returns tokens (or None when the parse does not say).
"""
from __future__ import annotations

from ..deps import FINITE_OR_MODAL, SUBJECT_DEPS

RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})
# Pronouns their clause's subject binds: a possessive ("Holm doubled down on her support"); not an object,
# which is never its own clause's subject ("the plan scares them": they are not the plan).
BOUND_DEPS = frozenset({"poss"})
MAX_CLIMB = 8


def relative_head(token):
    """The noun a relative clause describes, when ``token`` sits inside one that opens with a relative
    pronoun ("who", "which") other than ``token`` itself; else None."""
    node, steps = token, 0
    while node.head.i != node.i and steps < MAX_CLIMB:
        if node.dep_ == "relcl":
            opener = [c for c in node.children if c.lower_ in RELATIVE_WORDS and c.i < token.i]
            return node.head if opener else None
        node, steps = node.head, steps + 1
    return None


def clause_subject(token):
    """The subject of the nearest clause above a possessive pronoun ("her" in "Holm doubled down on her
    support"), when the possessive is not inside it; None for other pronouns or when no clause above has a
    subject."""
    if token.dep_ not in BOUND_DEPS:
        return None
    node, steps = token.head, 0
    while steps < MAX_CLIMB:
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                inside = subject.left_edge.i <= token.i <= subject.right_edge.i
                return None if inside else subject
            if node.dep_ not in ("xcomp", "conj", "advcl", "prep", "pcomp", "acl"):
                return None  # a clause of its own with no subject: the parse does not say
        if node.head.i == node.i:
            return None
        node, steps = node.head, steps + 1
    return None


def reporting_subject(token):
    """The subject of the verb that reports a subject pronoun's clause ("Walker, who met Steve King, said
    [he] fears …": Walker), or None."""
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "said A, and that they wanted B"
        clause = clause.head
    if token.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
        return None
    verb, steps = clause.head, 0
    while steps < MAX_CLIMB:  # "He left, but claims he stopped": "claims" shares the subject of "left"
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb, steps = verb.head, steps + 1
    return None


def conjoined_subject(token):
    """The subject, a name or a noun, of the clause that a subject pronoun's clause is conjoined to ("Greta
    Lind blames the party, but she also blames the council": Greta Lind), or None (no such clause, or its
    subject is itself a pronoun, which the search reads). Strict readers (sthold19, AllSides 1491–1999) found
    "she" there given to a person named in an earlier sentence when the clause's own subject is the one
    meant (English keeps the subject of coordinated clauses)."""
    if token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "conj" or token.head.head.i == token.head.i:
        return None
    first = token.head.head
    subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i > token.i or subject.pos_ == "PRON":
        return None
    return subject


def is_subject(token) -> bool:
    """``token`` is (inside) the subject of its clause: "Lind" in "Greta Lind wants", "Vell" in "Lind and
    Vell agreed", "Holm" in "President Petra Holm said"."""
    node, steps = token, 0
    while steps < 4:
        if node.dep_ in SUBJECT_DEPS:
            return True
        if node.dep_ not in ("compound", "conj", "appos", "flat") or node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    return False


def a_modifier(token) -> bool:
    """A name used as a modifier of a common noun ("the Kessel study", "Ostrian sanctions"): it names the
    thing's kind or origin, it is not a referent a pronoun can take."""
    node = token
    while node.dep_ == "compound" and node.head.pos_ == "PROPN" and node.head.i != node.i:
        node = node.head
    if any(c.dep_ == "case" for c in node.children):
        return False  # "Iran's backing", however the parse labels it: a possessor is a referent
    return node.dep_ in ("compound", "amod", "nmod") and node.head.pos_ == "NOUN"


def coordinated(token) -> list:
    """``token`` and its conjuncts ("Britain, France and Germany")."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def tense_of(verb) -> str | None:
    """The tag that carries a verb's tense: its own when it is finite ("criticized": VBD), else its first
    auxiliary's ("has criticized", "is watching": VBZ; "will go": MD); None for a bare or to-infinitive."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"), None)
    if aux is not None:
        return aux.tag_ if aux.tag_ in FINITE_OR_MODAL else None
    return verb.tag_ if verb.tag_ in FINITE_OR_MODAL else None


# Clauses whose verb may share its subject with a later conjunct: the sentence's, a reported one, a purpose's.
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "advcl", "parataxis"})


def conjoined_above(verb):
    """The verb of the main clause that a conjoined verb belongs to when the parse hangs it on the verb of a
    complement clause nested under that main verb; None when the parse may stand. "Norland and Kestria
    proposed that Ostland halt its tests and urged the two neighbours to talk", "he repeated that the league
    is 'broken' and criticized members": the parse makes "urged", "criticized" conjuncts of "halt", "is",
    whose subjects (Ostland, the league) would hold them (strict readers). English keeps a conjoined verb's
    subject from the clause it is coordinated with, and a verb whose tense differs from the nested clause's
    but agrees with the main verb's ("proposed … urged") is coordinated with the main verb. A conjunct of the
    same tense as the nested verb ("said Ostland is watching … and supports …") stays with it."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    nested = verb.head
    if nested.dep_ != "ccomp" or not any(c.dep_ in SUBJECT_DEPS for c in nested.children):
        return None
    own = tense_of(verb)
    if own is None or own == tense_of(nested):
        return None
    main, steps = nested.head, 0
    while tense_of(main) is None and main.dep_ in ("xcomp", "ccomp", "conj") and main.head.i != main.i \
            and steps < MAX_CLIMB:  # "urged Vell to let the inspectors finish … and told …": up to "urged"
        main, steps = main.head, steps + 1
    if main.dep_ not in MAIN_CLAUSE_DEPS:
        return None  # "… over what they think will be its part and oppose …": a wh-clause, whose verb
        # is no main verb; the conjunct's subject lies further up, where the parse does not say
    return main if tense_of(main) == own and main.i < verb.i else None
