"""Reading the dependency parse for stances: subjects through verb chains, holders of stance nouns,
complements split at coordination, and token lists turned into clean character spans."""
from __future__ import annotations

from ..deps import FINITE_TAGS
from ..doctext import doc_text
from .holders import RELATIVE_WORDS, conjoined_above
from .bounds import act_noun, stray_conjunct, tag_inside, tag_subject
from .objects import INSTITUTION_NOUNS
from .referents import PARTY_TYPES
from ..forms import word_forms
from ..attribution.cues import SPEECH_VERBS

from .lexicon import (CAUSING_VERBS, INCLINING_WORDS, PEOPLE_NOUNS, LOOKBACK_SENTENCES, EXPRESSING_VERBS, QUANTIFIERS, NOUN_ATTITUDES, QUOTE_RUN_ON, OCCASIONAL_PHRASES, OCCASION_NOUNS, WEEKDAYS, DEMONSTRATIVES, POINTING_PRONOUNS, ABILITY_WORDS, MOMENT_WORDS, OBJECT_CONDITIONS, ADJECTIVE_ATTITUDES, FEARED_NOUNS, ALLOWING_VERBS, OBLIGING_VERBS, SEEMING_VERBS, WITHHOLDING_VERBS, RENEGING_VERBS, BYGONE_ADVERBS, PAST_PERIODS, CLAIM_NOUNS, CLAIMING_VERBS, CLAIMANT_NOUNS, SPECULATING_NOUNS, FEELING_VERBS, HEDGES, PREDICTING_MODALS, BYGONE_PHRASES, HOPED_FOR_WORDS, WISHING_VERBS, SPECULATIVE_MODALS, CLAUSE_BREAKS, CONDITION_MARKS, DENYING_ADVERBS, DENYING_VERBS, FAILING_VERBS, SCANT_WORDS, SCANT_GROUNDS, DOUBTING_VERBS, UNWILLING_WORDS, QUESTION_VERBS, EMPTY_OBJECTS, ANAPHORIC_NOUNS, COMPLEMENT_NOUNS, REASON_MARKS, MOTIVE_NOUNS, UNSPECIFYING_ADJECTIVES, JUDGING_ADJECTIVES, TIME_NOUNS, LIGHT_VERBS,
                      MAX_CLIMB_CLAUSES, MAX_OBJECT_TOKENS, RECEIVING_VERBS, REPORTING_VERBS, WORDLESS_ACTS,
                      CONDITION_PATH, OWN_ACCOUNT_NOUNS, DESIRE_VERBS, CONDITIONAL_MODALS, RETRACTING_WORDS, SUBJECT_DEPS)


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
    if t.dep_ == "xcomp" and t.head.dep_ in {"acomp", "attr"}:
        heads.append(t.head.head)  # "are not willing to champion the wall"
    if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in t.children):
        heads.append(t.head)  # "does not necessarily support or endorse": one negation for both
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for h in heads for c in h.children):
        return True
    if any(c.lower_ == "neither" for h in heads for c in h.children) or (t.dep_ == "conj" and any(
            c.lower_ == "nor" and c.dep_ == "cc" for c in t.head.children)):
        return True  # "neither afraid of a fight nor willing to quit" (reads 21-23): both denied
    if t.dep_ == "conj" and any(c.lower_ == "neither" for c in t.head.children) and any(
            w.lower_ == "nor" for w in t.doc[t.head.i + 1:t.i]):
        return True  # "neither afraid of a fight with the union nor eager to start one": the parse hangs "nor"
        # on a noun inside the first conjunct (stanceact14)
    subject = subject_of(t.head if t.dep_ in {"acomp", "attr"} else t)
    return subject is not None and (subject.lower_ in NEGATIVE_SUBJECTS or any(
        c.dep_ in {"preconj", "det"} and c.lower_ in {"neither", "no"} for c in subject.children))
    # "Neither Sweden nor Finland wants …", "no Danish party supports …", "nobody wants …"


NEGATIONS = frozenset({"not", "n't", "n’t"})
# Verbs whose object is often the subject of a clause they report: "revealed the financier, while backing …, is".
REVEALING_VERBS = frozenset("reveal disclose discover find learn show report expose".split())  # "wasn’t worried": the parse sometimes calls it punctuation
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing"})


def idiom_or_phrasal(t) -> bool:
    """"as opposed to" compares; "backed up", "back off" are other verbs than "back"."""
    if t.i > 0 and t.doc[t.i - 1].lower_ == "as" and t.lower_ == "opposed":
        return True
    return t.pos_ == "VERB" and any(c.dep_ == "prt" for c in t.children)


def lookup(table: dict[str, str], forms: list[str]) -> str | None:
    return next((table[f] for f in forms if f in table), None)


def bracketed_dateline(w) -> bool:
    """ "(CNN) – Gov. Ada Holm painted …", "(Reuters) - …": an outlet's name in brackets opening the sentence,
    which the parse may take for a subject; it is the outlet's dateline, never the one who holds a stance
    (readst18c: the blame of the governor after it was given to CNN)."""
    doc, sent = w.doc, w.sent
    first = next((x for x in sent if not x.is_space), None)
    return first is not None and first.text in {"(", "["} and first.i == w.i - 1 and w.i + 1 < len(doc) and \
        doc[w.i + 1].text in {")", "]"}


def subject_of(t):
    """The subject of a predicate, climbing through xcomp/conj/acomp chains ("Russia stands to gain")."""
    seen = 0
    while t is not None and seen < 6:
        if (main := conjoined_above(t)) is not None:
            t = main  # "proposed that Ostland halt … and urged …": the proposers urged (``holders``)
        subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            causee = _causee(t, subjects)
            if causee is not None:
                return causee
            return next((c for c in subjects if not bracketed_dateline(c)), None)
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "Holm is concerned": she feels it; "it was intended": nobody said who
            return passive if t.pos_ == "ADJ" else None
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].pos_ in {"NOUN", "PROPN"}:
            return None  # "did not respond to e-mails seeking comment": the e-mails seek it (a misparse)
        if t.dep_ == "advcl" and t.tag_ == "VBG" and _with_absolute(t):
            return None  # "Ostria lost face, with the UN and Western states criticizing its strikes": the
            # states after "with" act, not the clause's subject (a parse that hangs them apart; read31 S24)
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.dep_ == "ccomp" and t.left_edge.i > 0 and \
                t.doc[t.left_edge.i - 1].is_punct:
            return None  # "Vell said Ostria posed a danger, while also criticizing Norway …": the reporter's
            # act or the reported subject's, the parse cannot tell
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.lemma_.lower() in REVEALING_VERBS and any(
                c.dep_ in {"dobj", "obj"} and c.i < t.i for c in t.head.children):
            return None  # "the Journal revealed the financier, while backing Vell, is betting …": the one
            # revealed acts (the parse took the reported clause's subject for the verb's object)
        if t.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            return None  # "insisting that to oppose X is not hostile": anyone's act, the subject of a clause
        if t.dep_ in {"ccomp", "advcl"} and tensed(t):
            return None  # a finite clause names its own subject: none here is a misparse ("companies which
            # the U.S. claimed supported the GRU"), not the subject of the clause above
        if _quoted_run_on(t):
            return None  # "“The accounts attacked Dorn,” the report concluded, “and supporting Vell”": the
            # accounts' act, not the report's
        if (t.dep_ in {"xcomp", "ccomp", "oprd"} or t.dep_ == "advcl" and t.head.lemma_.lower() in CAUSING_VERBS) and any(
                c.dep_ in {"dobj", "obj"} and c.i < t.i for c in t.head.children) and t.head.pos_ == "VERB":
            return None  # "leaving the Democrats trying to block it", "forced Norway to back it": the object acts
            # (also "left many voters worried that …", parsed as a clause on "left")
        if t.dep_ in {"xcomp", "conj", "acomp", "ccomp", "advcl", "relcl", "oprd"} and t.head is not t:
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


def _causee(t, subjects):
    """ "The prospect of Ostria getting the bomb has many worried that …": the parse gives the feeling two
    subjects and hangs the verb that causes it ("has", "leaves", "keeps": ``CAUSING_VERBS``) between them as an
    auxiliary; the one who feels it is the later subject (the causee), not the cause (read: the fear given to
    Ostria)."""
    if len(subjects) < 2:
        return None
    cause = next((c for c in t.children if c.dep_ == "aux" and c.lemma_.lower() in CAUSING_VERBS and
                  subjects[0].i < c.i < t.i), None)
    return next((c for c in subjects if cause is not None and cause.i < c.i < t.i), None)


def _quoted_run_on(t) -> bool:
    """``t`` goes on a quotation after its tag ("“The fake accounts attacked Dorn,” concluded the report, “and
    supporting the candidacy of Vell”"), the parse hanging it on the tag's verb of saying; the quoted clause
    before the tag has a subject of its own that is not the speaker ("I", "we"): the part after the tag is
    that subject's, not the speaker's (read: the accounts' support given to the report)."""
    tag = t.head
    if t.dep_ not in {"advcl", "conj", "xcomp"} or tag.i > t.i or tag.lemma_.lower() not in SPEECH_VERBS or \
            not any(w.is_quote for w in t.doc[tag.i + 1:t.i]):
        return False
    return any(c.dep_ == "ccomp" and c.i < tag.i and any(
        g.dep_ in SUBJECT_DEPS and g.lower_ not in {"i", "we"} for g in c.children) for c in tag.children)


def _with_absolute(participle) -> bool:
    """The participle closes a "with X V-ing" phrase the parse split: a "with"/"without" phrase on the same
    head, set off by a comma before "with", ends just before it (a comma between at most), and names agents (a name, a plural, a list), not a
    thing the subject used ("opened the session with a speech, praising the dam": Holm praises)."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "without"} and c.i < participle.i and c.i > 0 and
               c.doc[c.i - 1].text == "," and  # set off: ", with …" (not "met with the unions, criticizing")
               participle.left_edge.i - c.right_edge.i <= 2 and any(
                   o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.tag_ in {"NNS", "NNPS"} or
                                         any(k.dep_ == "conj" for k in o.children)) for o in c.children)
               for c in participle.head.children)


def tensed(verb) -> bool:
    """``verb`` carries a tense of its own or a modal ("said", "says", "will say"); read by ``extract`` too."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def claimant(t):
    """Whose claim a trigger is reported as, when that claim is not a neutral report: the subject of a
    verb of charging or inferring above it ("accused Ostria of wanting …", "documents suggest that she
    hoped …"), or of any reporting verb whose subject is an opponent or an unnamed "some" ("critics say
    Ostria wants …", "…, some say"), also through a clause of reason ("Holm thinks Vell did it because he
    wants …": Holm's guess at Vell's motive). Returns (verb, subject) or None; subject may be None."""
    node, steps = (t.head if t.dep_ in {"acomp", "attr"} else t), 0
    while (node.dep_ in {"ccomp", "xcomp", "conj", "pcomp", "prep", "pobj"} or _that_clause(node)
           or _misplaced_that_clause(node) or _reason_clause(node)) and node.head.i != node.i and steps < 8:
        edge, node, steps = node.dep_, node.head, steps + 1
        if edge in {"xcomp", "conj"} or node.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if node.lemma_.lower() in CLAIMING_VERBS:
            return node, subject if subject is not None else subject_of(node)  # "He left, but claims …"
        if subject is not None and subject.lemma_.lower() in CLAIMANT_NOUNS | SPECULATING_NOUNS:  # "…, some analysts say"
            return node, subject
    return None


def _reason_clause(node) -> bool:
    """ "because he wants …", "since it fears …": a clause giving the reason for the verb it hangs from."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in node.children)


CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _contrast_clause(node) -> bool:
    """ "while Vell wants …, no one will follow": a clause set against the one it hangs from, told in the same
    breath (read 42, paraphrased: "The trouble, Varno said, is that while Lusk wants …" is Varno's account of Lusk)."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in node.children)


def according_to(t):
    """The one a trigger's clause is reported "according to" ("Holm backed the rebels, according to court
    documents": the documents), the object of "to" on the trigger or a verb above it, or "per" ("Per state
    media, …", "…, per court filings", stancehear14), or whose view an "in" phrase gives ("in the view of many
    analysts", "in Holm's view"); None when there is
    none, or when it is the actor's own channel ("according to a statement from …", "a spokesman"). The
    stance is then that source's account: it stands only when the source names the actor."""
    for w in t.sent:  # "Per state media, …", "…, per court filings": the parse hangs it anywhere
        if w.lower_ == "per" and (w.i == t.sent.start or t.doc[w.i - 1].text == ","):
            source = next((g for g in w.children if g.dep_ == "pobj"), None)
            if source is not None and source.lemma_.lower() not in OWN_ACCOUNT_NOUNS:
                return source
    node, steps = (t.head if t.dep_ in {"acomp", "attr"} else t), 0
    while steps < MAX_CLIMB_CLAUSES:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                source = next((g for to in c.children if to.lower_ == "to" for g in to.children
                               if g.dep_ == "pobj"), None)
                return None if source is None or source.lemma_.lower() in OWN_ACCOUNT_NOUNS else source
            if c.dep_ == "prep" and c.lower_ == "in" and (source := _viewer(c)) is not None:
                return source  # "…, in the view of many analysts", "in Holm's view, …" (stancehear14)
        if node.head.i == node.i or node.dep_ not in {"ccomp", "xcomp", "conj", "advcl", "acomp", "attr", "dobj"}:
            return None
        node, steps = node.head, steps + 1
    return None


VIEW_NOUNS = frozenset("view views opinion eyes estimation judgment judgement reading".split())


def _viewer(prep):
    """Whose view an "in" phrase gives: "in the view of many analysts" (analysts), "in Holm's view" (Holm);
    None for other "in" phrases."""
    noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in VIEW_NOUNS:
        return None
    owner = next((g for g in noun.children if g.dep_ == "poss"), None)
    if owner is None:
        owner = next((g for of in noun.children if of.dep_ == "prep" and of.lower_ == "of" for g in of.children
                      if g.dep_ == "pobj"), None)
    return owner


def _misplaced_that_clause(node) -> bool:
    """A "that" clause the parse hung as a relative clause on a noun after the verb ("suggested in recent
    testimony that Lind sought …", "that" taken for a relative pronoun): the verb's complement."""
    return node.dep_ == "relcl" and node.head.dep_ == "pobj" and any(
        c.lower_ == "that" and c.dep_ in {"dobj", "mark", "nsubj"} and c.i < node.i for c in node.children) and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in node.children)


def _that_clause(node) -> bool:
    """A "that" clause the parse hung as an adverbial ("warned on Monday that Ostria wants …"): a complement."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)


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


def comment_clause(sub) -> bool:
    """A non-restrictive relative clause ("the dam, which was finished last year"): a comment on its noun,
    which neither belongs to what is wanted nor says which one is meant."""
    return sub.dep_ == "relcl" and sub.left_edge.i > 0 and sub.doc[sub.left_edge.i - 1].text == "," and \
        sub.left_edge.lower_ in {"which", "who", "whom", "whose"}


def split_coordination(head) -> list[tuple[int, int]]:
    """A complement and its coordinated siblings as separate objects. A clause whose verbs share one
    subject ("fear it will embolden Iran and provide it with cash") stays whole: its second verb alone
    would lose the subject. Each object ends before an adverbial clause of its head ("intends to handle
    the file when he …": when, why or on what condition, not what is wanted); a parenthesis inside it
    ("condemning themselves – and the union – to death") stays."""
    if head.dep_ != "poss" and any(c.dep_ == "case" for c in head.children):
        owned = _possessed(head)  # "support the rebels’ demand that …" parsed with "rebels" as the object
        spans = split_coordination(owned) if owned is not None else []
        return [(head.left_edge.idx, spans[0][1])] + spans[1:] if spans else []  # a possessor alone is no object
    conjuncts = [head] + [c for c in head.children if c.dep_ == "conj"]
    if any(c.lower_ == "either" and c.dep_ in {"preconj", "advmod", "cc"} for c in head.children):
        conjuncts = [head]  # "could either be sold or fall into rebel hands": one fear of two outcomes
    unlike = [c for c in conjuncts[1:] if not _parallel(head, c) or _second_deed(head, c) or _set_against(c) or (
        c.lemma_.lower() in NOUN_ATTITUDES and head.lemma_.lower() not in NOUN_ATTITUDES)]
    # "support for Vell and opposition to Holm": the opposition is a stance of its own, not one supported
    conjuncts = [c for c in conjuncts if c not in unlike]
    if _shares_subject(head, conjuncts[1:]) or _shares_possessor(head, conjuncts[1:]) or \
            _shares_complement(head, conjuncts[1:]) or _shares_modifier(head, conjuncts[1:]) or \
            _refers_back(conjuncts[1:]):
        conjuncts = [head]
    out = []
    for k, c in enumerate(conjuncts):
        excluded = {w.i for u in unlike for w in u.subtree}
        if len(conjuncts) > 1:
            for other in conjuncts[k + 1:] if k == 0 else []:
                excluded.update(w.i for w in other.subtree)
            for sub in c.children:
                if sub.dep_ == "conj" and k > 0:
                    excluded.update(w.i for w in sub.subtree)
        for sub in c.subtree:
            if sub.dep_ == "advcl" and sub.head.i == c.i and sub.i > c.i and _circumstance(sub):
                excluded.update(w.i for w in sub.subtree)
            if sub.dep_ == "appos" and sub.head.i == c.i and any(w.pos_ in {"VERB", "AUX"} for w in sub.subtree) \
                    and sub.lower_ not in {"one", "ones"}:  # ("a deal, one that protects farmers": which deal)
                excluded.update(w.i for w in sub.subtree)  # "the deal, a pledge that puts Obama …": a comment
            if comment_clause(sub) and sub.i > c.i:
                excluded.update(w.i for w in sub.subtree)  # "the dam, which was finished last year": a comment
                # (one inside the clause's subject stays: "hopes Holm, who …, keeps his post" needs its subject)
            if sub.i > c.i and _occasion(sub):
                excluded.update(w.i for w in sub.subtree)  # "the raids at the lunch": where it was said
            if sub.dep_ == "prep" and sub.lower_ == "by" and sub.i > c.i and any(
                    g.dep_ == "pcomp" and g.lemma_.lower() in REPORTING_VERBS for g in sub.children):
                excluded.update(w.i for w in sub.subtree)  # "… by saying the islanders did not help": how it was defended
            if sub.dep_ == "acl" and sub.tag_ == "VBG" and sub.head.lower_ in WORDLESS_ACTS and sub.i > c.i and \
                    sub.lemma_.lower() in REPORTING_VERBS:
                excluded.update(w.i for w in sub.subtree)  # "the army's action saying the charge was false": the
                # holder's comment on the act, which says nothing itself
            if sub.i > c.i and _motive(sub):
                excluded.update(w.i for w in sub.subtree)  # "… for fear the crews might …": why, not what
            if sub.dep_ == "prep" and sub.lower_ == "than" and sub.i > c.i and sub.head.lower_ not in {"other", "rather"}:
                excluded.update(w.i for w in sub.subtree)  # "supportive of the plan than Vell": a comparison
            if tag_inside(sub, c) or tag_subject(sub, c) or stray_conjunct(sub, c):
                excluded.update(w.i for w in sub.subtree)  # "…, analysts say", "with Vell and slammed Seoul": no part
                # of what is wanted (``bounds``)
        for sub in c.subtree:  # when, at the object's end: "fire Varo only an hour or so [before …]", "his
            # challenger, Tomas Vell, Friday morning"; not "make clear Tuesday that …", which the object goes on from
            if sub.i > c.i and _time_adjunct(sub, c) and all(
                    w.is_punct or w.i in excluded for w in c.subtree if w.i > sub.right_edge.i):
                excluded.update(w.i for w in sub.subtree)
        tokens = [w for w in c.subtree if w.i not in excluded]
        tokens = contiguous_from(tokens, c.i)
        while tokens and (tokens[-1].dep_ in {"cc", "preconj"} or tokens[-1].is_punct) and tokens[-1].i > c.i:
            tokens = tokens[:-1]  # the "and" or comma before a conjunct cut off
        out.append(tokens_span(tokens))
    return [s for s in out if s]


# What a verb takes or is completed by: without one of these a conjunct verb may be waiting for a shared object.
VERB_COMPLEMENT_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "prep", "prt", "attr", "acomp", "oprd", "dative",
                                  "advmod", "npadvmod", "agent"})


def _shares_complement(head, conjuncts) -> bool:
    """ "to arm and train rebels": coordinated verbs where one has nothing of its own after it (the object
    the parse hangs on the first verb, "rebels", stands after the second), so each verb alone is cut from
    what it does (strict readers, AllSides 1491–1999: "wants train"). The coordination is one object."""
    verbs = [head] + list(conjuncts)
    if head.pos_ not in {"VERB", "AUX"} or not conjuncts:
        return False
    if any(not any(g.dep_ not in {"cc", "punct", "conj"} for g in c.children) and any(
            g.dep_ in VERB_COMPLEMENT_DEPS and g.i > c.i for g in head.children) for c in conjuncts):
        return True  # "to arm and train rebels" with "train" parsed as a bare noun: the object is the head's
    if not all(v.pos_ in {"VERB", "AUX"} for v in verbs):
        return False
    for k, verb in enumerate(verbs):
        after = verbs[k + 1].i if k + 1 < len(verbs) else None
        own = [c for c in verb.children if c.dep_ in VERB_COMPLEMENT_DEPS and c.i > verb.i]
        if not own:
            return True  # "arm and train rebels": "arm" takes nothing itself
        if after is not None and all(c.i > after for c in own):
            return True  # its complements stand after the next verb: shared
    return False


BACK_PRONOUNS = frozenset({"them", "it"})  # object pronouns for a thing or group told just before


def _refers_back(conjuncts) -> bool:
    """ "sending police units to Varnia and embedding them with the guards", "buy the ferries and repaint them": a
    later conjunct whose object is "them" or "it" acts on what the one before names; cut apart, it says nothing
    alone ("embedding them with the guards", stances23b). The coordination is one object. ("make it harder to
    …": an "it" that stands for a clause after it is no such pronoun.)"""
    for c in conjuncts:
        for w in c.subtree:
            if w.lower_ in BACK_PRONOUNS and w.dep_ in {"dobj", "pobj", "dative"} and not any(
                    g.dep_ in {"ccomp", "xcomp", "oprd"} and g.i > w.i for g in w.head.children):
                return True
    return False


def _possessed(possessor):
    """What a possessor the parse hung as a complement of its own owns: the noun phrase that starts right after
    its possessive marker and hangs from the same head ("support the rebels’ demand": "demand"), or None."""
    after = max(c.i for c in possessor.children if c.dep_ == "case") + 1
    return next((c for c in possessor.head.children if c.i > possessor.i and c.left_edge.i == after
                 and c.pos_ in {"NOUN", "PROPN"}), None)


def _shares_possessor(head, conjuncts) -> bool:
    """ "Ostria's unfair quotas and protectionism": the possessor is the later nouns' too (they have no
    determiner or possessor of their own), so they stay with it."""
    return bool(conjuncts) and head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "poss" for c in head.children) \
        and all(c.pos_ in {"NOUN", "PROPN"} and not any(g.dep_ in {"poss", "det"} for g in c.children)
                for c in conjuncts)


def _shares_modifier(head, conjuncts) -> bool:
    """ "sanctions, tariffs and visa bans on Kessel", "bills, rules and court cases that would make it costlier to …":
    bare nouns coordinated, with a phrase after the last one only (whichever noun the parse hangs it on),
    which may be all of theirs; cut apart, the first ones lose it ("bills" alone says nothing; read 25).
    They stay one object. ("sanctions on Kessel and a ban on its ships" each have their own.)"""
    nouns = sorted({head, *conjuncts, *head.conjuncts}, key=lambda n: n.i)  # "A, B and C": C hangs on B
    if not conjuncts or any(n.pos_ not in {"NOUN", "PROPN"} for n in nouns):
        return False
    modifiers = [c for n in nouns for c in n.children if c.dep_ in {"prep", "acl", "relcl"} and c.i > n.i]
    return bool(modifiers) and all(c.i > nouns[-1].i for c in modifiers)


def _parallel(head, conjunct) -> bool:
    """A conjunct of the same form as the head: "to expand A and open B" are two objects; "preferring to call
    it a threat and hedging about …" is another act of the subject's, not a second object."""
    if head.pos_ in {"VERB", "AUX"} and conjunct.pos_ in {"VERB", "AUX"}:
        if any(c.dep_ == "mark" for c in conjunct.children) and not any(c.dep_ == "mark" for c in head.children):
            return False  # "wanted Lind to do more and that for years he has questioned …": another report
        return head.tag_ == conjunct.tag_ or any(c.dep_ in {"nsubj", "nsubjpass"} for c in conjunct.children)
    return True


def _set_against(conjunct) -> bool:
    """ "wants a trade dispute and not a naval standoff", "fears a long strike, and not a short one": a noun joined
    under "not" is what the holder is set against, the contrast to the object, not a second thing wanted or feared
    (stances23b). (A verb so joined, "to cut taxes and not raise fees", is still what is wanted.)"""
    return conjunct.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and any(
        g.dep_ == "neg" and g.i < conjunct.i for g in conjunct.children)


PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _backed_party(noun) -> bool:
    """A noun that names or counts parties one may back ("Vell", "the rebels", "separatists"), not an act."""
    return not act_noun(noun) and (noun.pos_ == "PROPN" or noun.ent_type_ in PARTY_ENTITIES or noun.tag_ == "NNS")


def _second_deed(head, conjunct) -> bool:
    """ "Lind's backing of rebels and seizure of the port": under a stance noun with a possessor, a party joined
    by a bare noun of an act followed by "of" (whichever word the parse hangs that phrase on; no determiner or
    possessor of its own, like the stance noun) is the possessor's second deed, told alongside the backing, not a
    thing backed (stances23b)."""
    prep = head.head
    noun = prep.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or noun.pos_ != "NOUN" or \
            not any(c.dep_ == "poss" for c in noun.children):
        return False
    return _backed_party(head) and act_noun(conjunct) and \
        conjunct.i + 1 < len(conjunct.doc) and conjunct.doc[conjunct.i + 1].lower_ == "of" and \
        not any(c.dep_ in {"det", "poss"} for c in conjunct.children)


SAT_ON = frozenset({"committee", "panel", "board", "council", "bench", "court"})  # one sits on them


def _occasion(prep) -> bool:
    """A phrase of where, when or in what medium something was said ("at the lunch", "on Twitter", "in
    committee", "on Friday"), not part of what it was. A seat "on the budget committee" is a place in it, not
    an occasion (stanceobj15: "gets a seat[ on the budget committee]" was cut)."""
    if prep.lower_ == "on" and prep.head.pos_ == "NOUN" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in SAT_ON for g in prep.children):
        return False
    return prep.dep_ == "prep" and prep.lower_ in {"at", "on", "in", "during"} and any(
        g.dep_ == "pobj" and ((g.lower_ in WEEKDAYS and len(list(g.subtree)) == 1) or
                              g.lemma_.lower() in OCCASION_NOUNS or _last_noun(g).lemma_.lower() in OCCASION_NOUNS)
        for g in prep.children)


def _motive(prep) -> bool:
    """A phrase of the motive or premise an act is done on: "out of fear that …", "on the assumption that …",
    "in the hope that …", "for fear of …"."""
    if prep.dep_ != "prep" or prep.lower_ not in {"out", "on", "in", "for", "under"}:
        return False
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    nouns += [n for g in prep.children if g.dep_ == "prep" and g.lower_ == "of" for n in g.children if n.dep_ == "pobj"]
    return any(n.lemma_.lower() in MOTIVE_NOUNS and (
        any(g.dep_ in {"acl", "ccomp"} for g in n.children) or  # "on the assumption that …"
        (prep.lower_ in {"out", "for"} and n.lemma_.lower() == "fear") or (prep.lower_ == "in" and n.lemma_.lower() == "hope"))
        for n in nouns)


def _time_adjunct(sub, c) -> bool:
    """A bare time phrase hung in an object: "only an hour or so" on the object's verb, or one naming a weekday
    ("Friday morning", "Saturday")."""
    if sub.dep_ not in {"npadvmod", "appos"}:
        return False
    if any(w.lower_ in WEEKDAYS for w in sub.subtree):
        return (sub.dep_ == "npadvmod" or sub.lower_ in TIME_NOUNS) and all(
            w.lower_ in WEEKDAYS or w.lower_ in TIME_NOUNS or w.pos_ in {"DET", "ADV", "ADJ", "NUM", "CCONJ"}
            for w in sub.subtree)  # "Friday morning", not "the state's first primary Saturday"
    return sub.dep_ == "npadvmod" and sub.head.i == c.i and c.pos_ in {"VERB", "AUX"} and sub.lower_ in TIME_NOUNS


def _last_noun(phrase):
    """The last word of a noun phrase ("address" of "his yearly address to the council")."""
    return phrase.doc[phrase.right_edge.i]


def _circumstance(clause) -> bool:
    """An adverbial clause opened by a conjunction or "when": "when he …", "as anger …" (a purpose, "to free
    hostages", and a condition, "pay them if they leave", stay with their object: they change it)."""
    doc = clause.doc
    if clause.tag_ == "VBG" and clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text in {",", "—", "–", "--"} \
            and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in clause.children):
        return True  # "close the road, fearing more accidents", "address the impact — trying to change …": a
        # participle set off by a comma or dash tells why or how
    for g in clause.children:
        if g.i >= clause.i:
            continue
        if g.lower_ in {"as", "like"} and g.i + 1 < len(doc) and doc[g.i + 1].lower_ in {"if", "though"}:
            return False  # "treating Ostria as if it were a colony": how, part of what is said
        if g.dep_ == "mark" and g.lower_ in OBJECT_CONDITIONS:
            return False  # "to pay them if they leave the country": the condition is part of what is proposed
        if (g.dep_ == "mark" and g.lower_ != "to") or (g.dep_ == "advmod" and g.tag_ == "WRB"):
            return True
    return False


def _shares_subject(head, conjuncts) -> bool:
    """A finite clause whose coordinated verbs have no subject of their own."""
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children)
    return head.pos_ in {"VERB", "AUX"} and has_subject and any(
        c.pos_ in {"VERB", "AUX"} and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
        for c in conjuncts)


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
    if len(tokens) > MAX_OBJECT_TOKENS:  # cut at the last clause break inside the limit, or give none
        breaks = [k for k, w in enumerate(tokens[:MAX_OBJECT_TOKENS]) if k and w.lower_ in CLAUSE_BREAKS]
        if not breaks:
            return None  # "… while a final, much broader settlement is" would end anywhere
        tokens = tokens[:breaks[-1]]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens = tokens[:-1]
        if not tokens:
            return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    doc = tokens[0].doc
    first, last = tokens[0].i - 1, tokens[-1].i + 1
    opened = [k for k, w in enumerate(tokens) if w.text == "("]
    if opened and not any(w.text == ")" for w in tokens[opened[-1]:]):
        tokens = tokens[:opened[-1]]  # "(if much worse for the UK": a parenthesis the object cannot close
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens = tokens[:-1]
        if not tokens:
            return None
        end = tokens[-1].idx + len(tokens[-1].text)
    unopened, depth = _quote_depth(tokens)
    if depth > 0 and last < len(doc) and doc[last].text in CLOSING_QUOTES and doc[last].idx == end:
        end += len(doc[last].text)  # « being the "enemy" »: the quotation closes inside the object
    elif depth > 0:  # « answer "with all the honesty and care »: run on to the closing mark, or give none
        close = next((w for w in doc[last:min(len(doc), last + QUOTE_RUN_ON)] if w.text in CLOSING_QUOTES), None)
        if close is None or any(w.is_sent_start for w in doc[last:close.i + 1]):
            return None
        end = close.idx + len(close.text)
    if unopened > 0 and first >= 0 and doc[first].text in OPENING_QUOTES and \
            doc[first].idx + len(doc[first].text) == start:
        start = doc[first].idx  # « "raping" the economy »: it opens there too
    return (start, end)


OPENING_QUOTES = frozenset({"“", "\"", "«"})
CLOSING_QUOTES = frozenset({"”", "\"", "»"})


def _quote_depth(tokens) -> tuple[int, int]:
    """Quotation marks in ``tokens`` closed without being opened there, and opened and not closed."""
    unopened, depth = 0, 0
    for w in tokens:
        if w.text in {"“", "«"} or (w.text == "\"" and depth == 0 and w.whitespace_ == ""):
            depth += 1
        elif w.text in {"”", "»", "\""}:
            if depth:
                depth -= 1
            else:
                unopened += 1
    return unopened, depth


def subtree_span(token) -> tuple[int, int] | None:
    return tokens_span(list(token.subtree))


def surface_clause(doc, start: int, end: int) -> tuple[int, int] | None:
    """Words from ``start`` to the first clause break: the fallback object."""
    tokens = []
    for w in doc[start:end]:
        if w.lower_ in CLAUSE_BREAKS or w.is_space:
            if not tokens:
                return None  # "concerned about, in particular, …": the parse lost the object, so do we
            break
        if not tokens and w.pos_ == "ADP" and w.lower_ not in {"to", "in", "that", "about", "for", "of"}:
            return None  # "voiced support for during recent years": what is supported is named elsewhere
        if w.lower_ in {"to", "in", "that", "about", "for", "of"} and not tokens:
            if w.lower_ == "that" and w.dep_ != "mark":
                return None  # "a plan that will …": a relative clause says what the plan does, not what is wanted
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
    while start - 1 >= sent.start:
        prev = token.doc[start - 1]
        if not (prev.dep_ in {"det", "amod", "compound", "nsubj", "poss"} or (
                prev.dep_ in {"advmod", "nummod", "case", "quantmod", "nmod"} and start <= prev.head.i <= token.i)):
            break  # "an economically vibrant society": the adverb belongs to the phrase
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
    sentence on another predicate ("… but a lot to lose if it goes bad") leaves the trigger alone, unless
    it is an "unless" ("announced its intention to exceed the limit – unless …"): that binds all before it."""
    def conditions(node, before: int | None):
        if any(c.dep_ in CLAUSE_DEPS_ALL and c.lemma_.lower() in QUESTION_VERBS for c in node.children):
            return False  # "hopes to discover if …, or if …": questions, however the parse hangs them
        return any(c.dep_ == "advcl" and not _embedded_question(c) and any(
            g.dep_ == "mark" and g.lower_ in CONDITION_MARKS and (before is None or c.i < before or g.lower_ == "unless")
            for g in c.children) for c in node.children)

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
            break
        node, steps = node.head, steps + 1
    return _condition_before(t)


CLAUSE_DEPS_ALL = frozenset({"xcomp", "ccomp"})
# What ends an "if" clause before the trigger's own: a quotation, a new clause joined on, a verb of saying
# ("«If we lose, we lose,» Holm said, adding that she hopes …"); a bare comma does not ("If re-elected, she hopes").
CONDITION_ENDS = frozenset({'"', "“", "”", ";", ":", "—", "–", "(", ")"})
CONDITION_SPEECH = frozenset("say tell add note write explain insist declare argue".split())


def _condition_before(t) -> bool:
    """An "if" or "unless" clause earlier in the trigger's sentence that the trigger's clause follows, read from
    the words where the parse hangs it elsewhere: "Vell says if she's re-elected she hopes the council will
    change" (the parse splits "re-elected" and makes the "if" clause a sibling; readst18, strict readers: a hope
    held only if she wins). Not a question ("Asked if she would run, Vell said she hopes …", ``QUESTION_VERBS``;
    "even if", "as if"), nor a condition closed before it by a quotation mark, a colon or dash, a conjunction
    or a verb of saying (``CONDITION_ENDS``, ``CONDITION_SPEECH``)."""
    doc = t.doc
    for k in range(t.i - 1, t.sent.start - 1, -1):
        w = doc[k]
        if w.text in CONDITION_ENDS or w.pos_ == "CCONJ" or (
                w.pos_ == "VERB" and w.lemma_.lower() in CONDITION_SPEECH):
            return False
        if w.lower_ in {"if", "unless"}:
            before = doc[k - 1] if k > t.sent.start else None
            return before is None or (before.lemma_.lower() not in QUESTION_VERBS and
                                      before.lower_ not in {"even", "as", "only"})
    return False


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
    node = t.head if t.dep_ in {"acomp", "attr"} else t
    if t.dep_ == "xcomp" and (t.head.lemma_.lower() in FAILING_VERBS or t.head.lower_ in UNWILLING_WORDS):
        return True  # "failed to defend", "refused to back", "unwilling to back", "loath to support": not held,
        # or not shown
    while node.dep_ in {"ccomp", "xcomp", "conj"} and node.head.i != node.i:
        edge, node = node.dep_, node.head
        if negated(node) and (edge == "ccomp" or node.lemma_.lower() in DOUBTING_VERBS):
            return True  # "are not convinced the deal is good for Ostria", "did not say that he backs it"
        if node.lemma_.lower() in DENYING_VERBS:
            return True  # "seemed to deny that he supported the pact"
    if t.dep_ == "relcl" and t.head.dep_ in {"attr", "dobj", "nsubj"} and any(
            c.dep_ == "neg" for c in t.head.head.children):
        return True  # "was not something Ostria wanted to see": what is denied is the wanting
    if t.pos_ == "NOUN" and any(c.dep_ in {"det", "amod", "nummod"} and (c.lower_ in SCANT_WORDS or (
            c.lower_ == "few" and t.doc[c.i - 1].lower_ != "a")) for c in t.children):
        return True  # "has little interest in", "no desire to", "zero interest in", "has few worries" (not "a few")
    if t.dep_ in {"acl", "relcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and \
            t.head.pos_ == "NOUN" and t.head.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "neg" for c in t.head.head.children):
        return True  # "did not have the money to seek a recount": not sought
    if t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"} and t.head.lemma_.lower() in EXPRESSING_VERBS and any(
            c.dep_ == "neg" for c in t.head.children):
        return True  # "doesn't express a desire for", "has not voiced support for" (not "did not hide his desire")
    if t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"} and t.head.lemma_.lower() in WITHHOLDING_VERBS:
        return True  # "withheld their support for", "dropped its objection to", "reversing her support for"
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in {"on", "from"} and \
            t.head.head.lemma_.lower() in RENEGING_VERBS:
        return True  # "reneged on his support for the treaty"
    above = t.head.head if t.dep_ == "pcomp" else t.head if t.dep_ in {"xcomp", "acl"} else None
    if above is not None and any(c.dep_ == "det" and c.lower_ in SCANT_WORDS for c in above.children):
        return True  # "no plans to endorse", "no intention of backing": the act is disowned
    if _scant_ground(t):
        return True  # "has less reason to fear an invasion": the fear has less ground, not held
    if _compared(t):
        return True  # "nobody wants to hear it any more than they want to sit through …": a measure, not a wish
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


def _scant_ground(t) -> bool:
    """ "has less reason to fear an invasion", "fewer reasons to back the plan", "no reason to fear it": the
    trigger, an infinitive on a noun given none or less of it, is denied rather than held (stances22b). Not "a
    few steps to …", "the few states to …", "no choice but to …"."""
    ground = t.head
    if t.dep_ not in {"acl", "relcl"} or t.i < ground.i or ground.pos_ != "NOUN" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or any(
            w.lower_ == "but" for w in t.doc[ground.i:t.i]):
        return False  # "had no choice but to back it": backed all the same
    return any(c.dep_ in {"det", "amod"} and c.lower_ in SCANT_GROUNDS and not (
        c.i > 0 and c.doc[c.i - 1].lower_ in {"a", "the"}) for c in ground.children)
    # "a few attempts to …" are some; "one of the few states to back it" backed it


def _compared(t) -> bool:
    """The trigger's clause is the second term of a comparison ("… more than they want to sit through reruns",
    "… any more than Ostria fears it"): a yardstick, not an attitude the writer reports."""
    node = t.head if t.dep_ in {"acomp", "attr"} else t
    return node.dep_ in {"advcl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "than" for c in node.children)


def hypothetical(t) -> bool:
    """ "Europe might benefit", "could back the plan", "why he wants …": a possibility or a question, not an
    attitude held; also a trigger
    inside what someone hopes, expects or imagines ("hopes that Ostria would back the plan have faded",
    "the prospect that Norway supports it"): someone else's wish, not the actor's stance."""
    heads = [t, t.head] if t.dep_ in {"acomp", "attr", "xcomp"} else [t]
    if t.dep_ in {"advcl", "conj"} and not any(c.dep_ in SUBJECT_DEPS for c in t.children):
        heads.append(t.head)  # "may be anxious about her record, fearing she could …": one hedge for both
    if t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubjpass"}:
        heads.append(t.head)  # "his support for the merger would be a mark …": a supposition
        if any(c.dep_ == "aux" and c.lower_ in PREDICTING_MODALS for c in t.head.children):
            return True
    if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for h in heads for c in h.children):
        return True
    if counterfactual(heads):
        return True  # "would have sought to narrow the order had it been told": it was not sought
    if ability_judged(t):
        return True  # "would find it very hard to seek a third term": a judgement of what is possible
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in SEEMING_VERBS | OBLIGING_VERBS:
        return True  # "seemed to endorse": the writer's reading; "has to support Crimea": an obligation
    if t.dep_ in {"xcomp", "dobj", "obj", "pcomp", "pobj"} and (t.head.lower_ in INCLINING_WORDS or (
            t.head.dep_ == "prep" and t.head.head.lower_ in INCLINING_WORDS)):
        return True  # "inclined to back the deal", "considering backing it", "leaning toward supporting": not yet
    if t.dep_ in {"acomp", "attr", "oprd"} and t.head.lemma_.lower() in SEEMING_VERBS:
        return True  # "He seems so desperate to keep the House"
    if t.dep_ == "csubj" and t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return True  # "to oppose the existence of X is not anti-Semitic": a case discussed, not an attitude
    if (any(f in FEELING_VERBS for f in word_forms(t)) or t.lower_ in ADJECTIVE_ATTITUDES) and _predicted(heads):
        return True  # "the Saudis will want to know …", "they're going to be interested in …": a guess at a
        # future feeling ("will oppose" is an intent)
    if any(c.dep_ in {"advmod", "amod"} and c.lower_ in HEDGES for h in heads for c in h.children):
        return True  # "Iran is likely seeking to …": the writer's guess
    if any(c.lower_ in {"why", "how"} and c.i < t.i for h in heads for c in h.children):
        return True  # "a report explaining why he wants to lift the sanctions": a question, not a claim
    if any(w.lower_ == "what" and w.dep_ in {"dobj", "obj", "pobj"} and (w.head.i == t.i or (
            t.left_edge.i <= w.head.i <= t.right_edge.i and w.head.i > t.i)) for w in t.doc[t.sent.start:t.i]):
        return True  # "explain what he wants these accords to bring": a question, not a claim
    if any(w.lower_ in {"why", "how"} and t.doc[w.i + 1].lower_ not in {"much", "many"}
           for w in t.doc[t.left_edge.i:t.i]):
        return True  # "a choice about how high she wants to raise the toll": a question ("how much it gained" is a degree)
    node, steps = (t.head if t.dep_ in {"acomp", "attr"} else t), 0
    while node.dep_ in {"ccomp", "acl", "xcomp", "conj", "advcl", "relcl"} and node.head.i != node.i and steps < 6:
        edge, node, steps = node.dep_, node.head, steps + 1
        if node.lemma_.lower() in HOPED_FOR_WORDS and node.pos_ == "NOUN":
            return True
        if node.lemma_.lower() in FEARED_NOUNS and node.pos_ == "NOUN" and edge in {"acl", "ccomp"}:
            return True  # "allay fears that he wants another war": what others fear, not what he wants
        nouns = [node] if node.pos_ == "NOUN" else [c for c in node.children if c.dep_ in {"attr", "dobj"}]
        if edge in {"acl", "ccomp"} and any(c.dep_ == "det" and c.lower_ == "no" for n in nouns for c in n.children):
            return True  # "there was no sign that Ostria intends to enter": denied
        if edge == "ccomp" and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in node.children) and any(
                c.dep_ == "acomp" for c in node.children):
            return True  # "It's critical Norway helps support …": the writer's advice, not Norway's stance
        if edge == "ccomp" and node.lemma_.lower() in SEEMING_VERBS and any(
                c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in node.children):
            return True  # "it appears Beijing hopes to …": the writer's reading
        if edge == "ccomp" and any(c.dep_ == "aux" and c.lower_ in {"might", "may", "could"} for c in node.children):
            return True  # "a move that could signal Pyongyang has grown frustrated": a possible reading
        if node.lemma_.lower() in CLAIM_NOUNS and node.pos_ == "NOUN" and edge in {"acl", "ccomp"}:
            return True  # "suspicion that he is too supportive of …": someone's belief, not a fact
        if node.lemma_.lower() in WISHING_VERBS | ALLOWING_VERBS and node.pos_ == "VERB":
            return True  # "demanding he seek authorization", "would allow Vell to seek two more terms"
        if node.lemma_.lower() == "call" and any(c.lower_ in {"on", "upon"} for c in node.children):
            return True  # "called on voters to reject X": the voters are asked, they hold nothing yet
    return under_a_condition(t) or _judged_before(t)


# Adjectives of need: "it's critical Norway helps …" says what Norway should do.
NEEDED_ADJECTIVES = frozenset("critical crucial vital essential important imperative necessary urgent".split())


def _judged_before(t) -> bool:
    """ "It's critical Norway helps support …", read from the words where the parse cut the sentence after
    the adjective or hung "it's critical" on the trigger (a highlights line, readst18): "it is", an adjective of
    need (``NEEDED_ADJECTIVES``) and perhaps a "that" right before the trigger's subject say what the speaker
    judges Norway must do, not Norway's stance (as the ccomp case in ``hypothetical``)."""
    subject = subject_of(t)
    if subject is None:
        return False
    doc, k = t.doc, subject.left_edge.i - 1
    if doc[k + 1].lower_ in NEEDED_ADJECTIVES:
        k += 1  # "critical" taken as the subject's modifier: "It's critical U.S. helps …"
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].lower_ == "that":
        k -= 1
    if k < 2 or "\n" in doc[k - 2:subject.left_edge.i].text:
        return False
    it, be, judged = doc[k - 2], doc[k - 1], doc[k]
    return it.lower_ == "it" and be.lemma_.lower() == "be" and judged.lower_ in NEEDED_ADJECTIVES


def _predicted(heads) -> bool:
    """A verb under "will" ("will want", "'ll be worried") or "going to" ("are going to be interested")."""
    for h in heads:
        if any(c.dep_ == "aux" and c.lower_ in PREDICTING_MODALS for c in h.children):
            return True
        if h.dep_ == "xcomp" and h.head.lemma_.lower() == "go" and h.head.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
            return True
    return False


def under_a_condition(t) -> bool:
    """A trigger with a holder of its own (a subject or possessor) inside what a verb with "would", "could" or
    "might" takes: "she would welcome Parliament showing its support for …", "would like the council to back
    it". Parliament's support is what she would welcome, not a stance it holds. ("Norway would back the
    plan", with the modal on the trigger itself, is an intent, not asked here.)"""
    node, steps = t, 0
    held = any(c.dep_ in SUBJECT_DEPS or c.dep_ == "poss" for c in t.children)
    while node.dep_ in CONDITION_PATH and node.head.i != node.i and steps < 5:
        node, steps = node.head, steps + 1
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        if held and any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in node.children):
            return True
        held = held or any(c.dep_ in SUBJECT_DEPS for c in node.children)
    return False


def counterfactual(heads) -> bool:
    """A modal with a perfect "have" on a past participle: "would have sought", "could have backed" (what
    was not done; "had it been told" or "if …" only says why)."""
    return any(h.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children)
               and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VB" for c in h.children)
               for h in heads)


def ability_judged(t) -> bool:
    """A to-infinitive judged hard, easy or (im)possible: "would find it very hard to seek", "it is difficult
    for Norway to back", "is unable to support". The judge, often someone else, weighs a chance; no attitude
    is stated."""
    if not (t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
        return False
    head = t.head
    if head.lemma_.lower() in ABILITY_WORDS or head.lower_ in ABILITY_WORDS:
        return True  # "hard to seek", "unable to back"
    return any(c.dep_ in {"ccomp", "acomp", "oprd", "xcomp", "dobj"} and c.lower_ in ABILITY_WORDS and c.i < t.i
               for c in head.children)  # "find it hard to seek": "hard" and "seek" both hang from "find"


def passive(t) -> bool:
    """ "Holm is accused of fraud", "the plan is backed by Ostria", "Holm stands accused of …", "were to blame
    for": the subject receives the attitude. (A feeling's participle, "is concerned that", is the
    experiencer's: not asked here.)"""
    if t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ in {"acomp", "oprd", "acl", "amod"}:
        return True  # also "others accused of …", "a tea-party backed senator": a participle describing
    if t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ == "advcl" and not any(
            c.dep_ in {"aux", "auxpass"} for c in t.children):
        return True  # "retrials for Vell and others accused of fraud", parsed as a clause: a bare participle is
        # passive (read 19: the accused given as the accuser)
    if t.lemma_.lower() == "blame" and t.dep_ in {"xcomp", "acomp", "advcl"} and t.head.lemma_.lower() == "be":
        return True
    return t.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in t.children)


def small_clause(t) -> bool:
    """ "content to see the Chinese worried about …", "wants Vell nervous": an adjective of feeling with its
    own subject and no verb of being is what someone else sees or wants of that subject, not a feeling the
    sentence says it has (read 19)."""
    return t.pos_ == "ADJ" and any(c.dep_ in SUBJECT_DEPS for c in t.children) and not any(
        c.dep_ in {"aux", "auxpass", "cop"} for c in t.children)


def bygone(t, year: int | None = None) -> bool:
    """ "once supported", "supported such inquiries in the past", "opposed it in 2015", "used to back": an
    attitude given as past, not as held now."""
    heads = [t, t.head] if t.dep_ in {"acomp", "attr", "xcomp"} else [t]
    if t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in t.children):
        heads.append(t.head)  # "During his campaign, Vell criticised Ostria, accusing it of …": the same time
    if t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"}:
        heads.append(t.head)  # "In March 2017, Vell announced his plans to resign": planned then
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.head.pos_ == "VERB" and t.head.head.i < t.i:
        heads.append(t.head.head)  # "In his 1979 memoir, Dunn wrote of his wish to …": wished then (stanceobj15)
    if any(c.lower_ in BYGONE_ADVERBS for h in heads for c in h.children):
        return True
    if t.dep_ == "conj" and not any(c.dep_ == "aux" for c in t.children):
        heads.append(t.head)  # "after Moscow had annexed Crimea and backed the rebels": one tense
    if any(c.dep_ == "aux" and c.lower_ == "had" and c.tag_ == "VBD" for h in heads for c in h.children):
        return True  # "had hoped to cross before the closing": a wish that is over
    if t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"} and t.head.lemma_.lower() == "have" and t.head.tag_ == "VBD":
        return True  # "had plans to study": no longer
    if any(_past(h) and _past_period(c) for h in heads for c in h.children):
        return True  # "During his campaign, Vell criticised Ostria", "When the mayor used drones, Vell condemned …"
    if t.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "during" and _past_period(c) for c in t.children):
        return True  # "Vell's proposal during the primaries to close the border": made then
    if t.dep_ == "conj" and _dated_before(t.head, year) or any(c.dep_ == "conj" and _dated_before(c, year) for c in t.children):
        return True  # "alarmed the Kremlin, and was scrapped in 2009"
    if any(c.dep_ == "npadvmod" and any(g.lower_ == "ago" for g in c.subtree) for h in heads for c in h.children):
        return True  # "Two years ago, Republicans were accusing …"
    if any(c.dep_ == "advmod" and c.lower_ == "ago" for h in heads for c in h.children):
        return True
    if (_past(t) or t.tag_ in {"VBZ", "VBP"}) and _dated_before(t, year):
        return True  # "opposed the deal in 2015", "by 2009 was criticizing Bush"
    if _at_a_past_moment(t):
        return True  # "fled in 2012, when they feared reprisals": a moment gone by
    if any(h is not t and _dated_before(h, year) for h in heads):
        return True  # "entered power in 2009 hoping to use …"
    if _says_any(t, BYGONE_PHRASES):
        return True
    if _first_then(t if t.pos_ in {"VERB", "AUX"} else t.head):
        return True  # "first backed the bridge, then moved on to back the tunnel": superseded
    return t.dep_ == "xcomp" and t.head.lower_ == "used" and any(c.lower_ == "to" for c in t.children)


LATER_ADVERBS = frozenset({"then", "later", "eventually", "subsequently"})
# Verbs of leaving one course for another: "moved on to back", "switched to", "reversed course", "came around".
COURSE_CHANGING_VERBS = frozenset("move switch shift turn change reverse drop abandon flip pivot backtrack".split())


def _changes_course(verb) -> bool:
    """ "moved on to back …", "switched", "reversed", "came around": a later step that leaves the first (not "then
    voted for it", which goes on with it)."""
    lemma = verb.lemma_.lower()
    return lemma in COURSE_CHANGING_VERBS or lemma == "come" and any(
        c.dep_ == "prt" and c.lower_ in {"around", "round"} for c in verb.children)


def _first_then(verb) -> bool:
    """A past verb marked "first" ("at first") followed in its sentence by a verb of its own conjuncts marked
    "then"/"later" (on it, or on the first verb between the two: the parser's way with a comma) that changes course
    (``_changes_course``) ("first backed the bridge, then moved on to back the tunnel", "at first opposed it but later
    came around"): a step of a sequence, the attitude since changed."""
    if not _past(verb) or not any(c.lower_ == "first" and c.dep_ in {"advmod", "pobj", "prep"} and c.i < verb.i
                                  or c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "first" for g in c.children)
                                  for c in verb.children):
        return False
    later = [c for c in verb.children if c.i > verb.i and c.pos_ in {"VERB", "AUX"} and c.dep_ in {"conj", "dep", "parataxis"}
             and _changes_course(c)]
    return any(g.dep_ == "advmod" and g.lower_ in LATER_ADVERBS and verb.i < g.i
               for c in later for g in [*c.children, *verb.children] if g.head.i == c.i or g.i < c.i)


def in_a_past_year(t, sent, year: int | None = None) -> bool:
    """A past attitude told in a paragraph set in a year gone by: "In August 2011, the president called for
    Assad to go. … The U.S. then blocked the import of Syrian oil." The year is given up to two sentences
    before, on a past verb of the same paragraph; a sentence with a date of its own is left to ``bygone``,
    and one reporting what someone says (``_reported_past``) is the speaker's."""
    node = t.head if t.dep_ in {"acomp", "attr"} or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "obj"}) else t
    narrated = _past(node) or (year is not None and node.tag_ in {"VBZ", "VBP"})  # a timeline's present too
    if not narrated or _reported_past(node) or any(w.ent_type_ in {"DATE", "TIME"} for w in sent):
        return False
    doc, start = sent.doc, sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if start == 0 or "\n" in doc[start - 1].text + doc[start - 1].whitespace_:
            return False  # the paragraph begins here
        before = doc[start - 1].sent
        if any(_dated_before(w, year if node.tag_ in {"VBZ", "VBP"} else None) for w in before
               if w.pos_ in {"VERB", "AUX"} and (_past(node) or w.tag_ in {"VBZ", "VBP"})):
            # a past attitude after any dated past verb; a present one only in a timeline told in the present
            return True
        if any(w.ent_type_ in {"DATE", "TIME"} for w in before):
            return False  # "On Monday, …": the story's own time
        start = before.start
    return False


def _says_any(t, phrases) -> bool:
    """One of ``phrases`` among the words of the trigger's own clause (not of the clauses below it)."""
    clause = [w for c in t.children if c.dep_ not in CLAUSE_DEPS_ALL for w in c.subtree]
    words = " ".join(w.lower_ for w in sorted(clause, key=lambda w: w.i))
    return any(f" {phrase} " in f" {words} " for phrase in phrases)


def occasional(t) -> bool:
    """ "has defended the president at times", "sometimes backs": now and then, not a stance held."""
    return _says_any(t.head if t.dep_ in {"acomp", "attr"} else t, OCCASIONAL_PHRASES)


def past_want(t, quote: tuple[int, int] | None = None) -> bool:
    """A want told in the past as narrative ("In return, Lind wanted a senior post", "Norway wanted to keep the
    panel", "was only interested in the mine"): met or gone. Not in what someone says or said ("said she wanted", ``_reported_past``); a
    quotation is the caller's to check. ("Wished", "sought" usually report the day: not asked.) ``quote``: the
    tokens (start, end) of the direct quotation the trigger is in, if any: a verb tagging the quotation from
    outside it («"Vell wanted a fight," said Holm») does not shift its tense, one inside it does (stancehear14)."""
    if t.tag_ == "VBD" and t.lemma_.lower() in DESIRE_VERBS:
        return not _reported_past(t, quote)
    if t.tag_ == "VBD" and _thwarted(t):
        return True  # "Ostria sought to break free, only to be crushed": an attempt that failed
    if t.tag_ == "VBD" and _reason_clause(t) and _past_deed(t.head):
        return True  # "closed the road because she feared …", "told CBS he vetoed it because he opposed …": the
        # motive of a past deed, held then (stances23), reported or not
    be = t.head  # "The Russians were only interested in the mine to …", "Norway was eager to leave"
    return t.pos_ == "ADJ" and t.dep_ == "acomp" and be.lemma_.lower() == "be" and be.tag_ == "VBD" and \
        ADJECTIVE_ATTITUDES.get(t.lower_) == "wants" and not _reported_past(be, quote)


def _past_deed(verb) -> bool:
    """A deed told as done: a simple past ("closed", "vetoed"; a bare "hit" the tagger calls a participle too),
    or one foretold from the past ("would later tell"). Not a past progressive ("was running because she
    wanted …" tells the day's want, backshifted)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxes):
        return True
    return any(c.lower_ == "would" for c in auxes) and any(c.dep_ == "advmod" and c.lower_ == "later"
                                                           for c in verb.children)


def _thwarted(t) -> bool:
    """ "…, only to be crushed / only to fail", "…, but they were arrested instead": the attempt or plan the
    past verb tells came to nothing."""
    doc, after = t.doc, t.doc[t.i + 1:t.sent.end]
    if any(w.lower_ == "but" for w in after) and any(w.lower_ == "instead" and _past(w.head) for w in after):
        return True
    return any(w.lower_ == "only" and w.i + 1 < len(doc) and doc[w.i + 1].lower_ == "to" for w in after)


def _reported_past(t, quote: tuple[int, int] | None = None) -> bool:
    """A past verb under a verb reporting someone's words ("said he wanted", "told reporters she feared"): the
    tense follows the reporting verb's; the attitude is the speaker's at that time. ``quote``: the tokens
    (start, end) of the quotation the trigger is in: only a reporting verb inside it counts."""
    inside = (lambda w: True) if quote is None else (lambda w: quote[0] <= w.i < quote[1])
    node, steps = t, 0
    while node.head.i != node.i and steps < 6:
        if node.dep_ in {"ccomp", "conj"} and node.head.lemma_.lower() in REPORTING_VERBS and inside(node.head):
            return _backshifting(node.head)  # also "claims he stopped when …, but wanted …", however the parse
            # joins "wanted"
        node, steps = node.head, steps + 1
    return any(c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING_VERBS and inside(c) and _backshifting(c)
               for c in node.children)


def _backshifting(verb) -> bool:
    """A reporting verb that shifts the tense of what it reports: any but the bare simple present. "Holm said she
    wanted …" tells a want of the day; "…, and Holm was eager to help Vell, former aides say" (a present report
    of a past state, strict read stnow19 on AllSides 1491-1999: an episode of 2007 told in 2019) tells history."""
    return verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "aux" for c in verb.children)


def dangling_participle(t) -> bool:
    """A participle with no subject of its own after a relative clause or appositive on another noun
    ("Vell faced off against the Labour Party, which had struggled …, backing a second referendum"): it may
    tell of that noun as well as of the main subject."""
    if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.i < t.i and not any(
            c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in t.children) and any(
            w.dep_ == "relcl" and w.right_edge.i >= t.left_edge.i - 2 and all(
                x.is_punct for x in t.doc[w.right_edge.i + 1:t.left_edge.i])
            for w in t.doc[t.head.i + 1:t.left_edge.i]):
        return True  # "… council members, most of whom said nothing, praised Vell or …": the list goes on
        # with the relative clause, whatever verb the parse hung it from
    if t.tag_ != "VBG" or t.dep_ not in {"advcl", "conj", "xcomp"} or t.head.i > t.i or any(
            c.dep_ in SUBJECT_DEPS for c in t.children):
        return False
    return any(w.dep_ in {"relcl", "appos"} and w.head.pos_ in {"NOUN", "PROPN"} and w.head.dep_ not in SUBJECT_DEPS
               for w in t.doc[t.head.i + 1:t.left_edge.i])


# Where a noun phrase hangs on a verb: its object, subject, or a preposition's object.
NOUN_PHRASE_DEPS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "dative"})


def _named_teller(who):
    """The teller's name where the parse made a fronted phrase the subject and the name beside it a modifier
    ("Speaking at the hall, the seat of the council, Holm said …": "seat" taken for the subject, "Holm" for an
    adverb): a name between the common noun and its verb (stancewant14)."""
    if who is None or who.pos_ != "NOUN":
        return who
    verb = who.head
    name = next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and who.i < c.i < verb.i),
                None)  # (an appositive name, "Holm's lawyer, Ivo Brant, said", leaves the lawyer the teller)
    return name if name is not None else who


def teller(t):
    """The subject of the verb reporting a trigger's clause ("Holm said Vell seeks …", "Vell seeks …, Holm
    said"), also through a clause of reason ("Vell resigned because he wants …, Holm said": Holm's account
    of Vell's motive, read 25), or None. A noun trigger is read from the verb its phrase hangs on ("Holm said
    she appreciated Vell's support for the plan": Holm's account of Vell, strict readers, stancewant14)."""
    node, steps = (t.head if t.dep_ in {"acomp", "attr"} else t), 0
    while node.pos_ in {"NOUN", "PROPN"} and node.dep_ in NOUN_PHRASE_DEPS and node.head.i != node.i and steps < 4:
        node, steps = node.head, steps + 1  # "appreciated [Vell's support]", "thanked him for [his support]"
        if node.pos_ == "ADP":
            node, steps = node.head, steps + 1
    node, steps = (node if node.pos_ in {"VERB", "AUX"} else (t.head if t.dep_ in {"acomp", "attr"} else t)), 0
    said = None
    while node.head.i != node.i and steps < MAX_CLIMB_CLAUSES:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
            said = node.head
            break
        if node.dep_ not in {"ccomp", "xcomp", "conj"} and not _reason_clause(node) and not _contrast_clause(node):
            break
        node, steps = node.head, steps + 1
    if said is None:
        said = _parenthetical_saying(node)
    who = _named_teller(subject_of(said)) if said is not None else None
    if who is not None and who.lower_ in RELATIVE_WORDS and said.dep_ == "relcl":
        return said.head  # "it was the Greens that said …": the Greens
    return who


def _parenthetical_saying(node):
    """A verb of saying set into the clause ``node`` is in, or into any clause above it ("The blast, he said,
    may have been the work of militants emboldened by Vell's support for …"), or None. The parse hangs such a
    "he said" on the main verb as parataxis, and all the sentence says below that verb is the speaker's account,
    however deep the trigger lies (in a participle or relative clause that stops the climb of ``teller``). Not
    through an adverbial clause: "Referring to Holm's wish to …, Vell says" tells what Vell did, and the
    wish is not his account."""
    steps = 0
    while steps < 2 * MAX_CLIMB_CLAUSES:
        said = next((c for c in node.children if c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING_VERBS), None)
        if said is not None or node.head.i == node.i or node.dep_ == "advcl":
            return said
        node, steps = node.head, steps + 1
    return None


def _at_a_past_moment(t) -> bool:
    """The trigger's clause is a past "when" clause: "when they feared reprisals", "the year when Norway
    wanted to leave". Climbs through "began to fear", "wanted and planned"."""
    node, steps = (t.head if t.dep_ in {"acomp", "attr"} else t), 0
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i and steps < 4:
        node, steps = node.head, steps + 1
    if node.dep_ not in {"advcl", "relcl"} or not _past(node):
        return False
    return any(c.lower_ in MOMENT_WORDS and c.dep_ in {"advmod", "mark"} and c.i < node.i for c in node.children)


def settled(t) -> bool:
    """A past wish or fear whose object the sentence shows decided at a past date: a relative clause in the
    object, past and dated ("wanted a veto of the resolution, which passed in March", "feared a flood, which
    came last spring"). The wish can no longer be met, the fear has come or gone. (A judgement stays:
    "condemned the raid, which took place on Sunday" is still held.)"""
    if not _past(t.head if t.dep_ in {"acomp", "attr"} else t):
        return False
    for c in t.children:
        if c.i < t.i or c.dep_ in SUBJECT_DEPS | {"nsubjpass", "aux", "neg", "punct", "advmod"}:
            continue
        for w in c.subtree:
            if w.dep_ == "relcl" and _past(w) and any(g.ent_type_ == "DATE" or g.lower_ == "ago" for g in w.subtree):
                return True
    return False


def _dated_before(verb, year: int | None = None) -> bool:
    """A past verb placed in a year: "opposed the deal in 2015", "was scrapped in 2009", "in June 2016, the
    ministry sought …", "on Aug. 31, 2013, he announced", "by 2009 was criticizing", "at a 2016 meeting, Holm
    urged"; with the article's ``year`` known, any verb placed in an earlier year (a timeline's historical
    present: "Denmark tries again at the council in February 2012")."""
    placed = [c for c in verb.children if c.dep_ == "prep"]
    placed += [c for s in verb.children if s.dep_ in SUBJECT_DEPS for c in s.children
               if c.dep_ == "prep" and c.lower_ == "by"]  # "Obama by 2009 was criticizing Bush"
    years = [int(y.text) for c in placed if c.lower_ in {"in", "during", "on", "by", "at"}
             for g in c.children if g.dep_ == "pobj" for y in g.subtree
             if y.like_num and len(y.text) == 4 and y.text.isdigit()]
    if not years:
        return verb.tag_ == "VBD" and _last_year(verb)
    if verb.tag_ in {"VBD", "VBN"} or _past(verb):
        return True
    return year is not None and verb.tag_ in {"VBZ", "VBP"} and max(years) < year


def _last_year(verb) -> bool:
    """A simple past placed in the year before the article's: "criticized the launch last year", "during last
    year's parade, Pyongyang failed …"."""
    for c in verb.children:
        if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in {"in", "during", "at"}):
            words = [w.lower_ for w in c.subtree]
            if any(a == "last" and b == "year" for a, b in zip(words, words[1:])):
                return True
    return False


def _past(verb) -> bool:
    """Simple past (a bare "criticised" the tagger calls a participle too), or a past auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxes and verb.dep_ == "ROOT") or \
        any(c.tag_ == "VBD" for c in auxes)


def _past_period(c) -> bool:
    """ "during his campaign", "when the mayor used drones": the attitude is placed in a past period (not
    "during his visit", the event reported)."""
    if c.dep_ == "prep" and c.lower_ == "during":
        return any(g.dep_ == "pobj" and (g.lemma_.lower() in PAST_PERIODS or _named_era(g)) for g in c.children)
    return c.dep_ == "advcl" and _past(c) and any(g.lower_ == "when" and g.i < c.i for g in c.children)


def _named_era(noun) -> bool:
    """A war or an administration called by its name: "the Kessel-Norway War", "President Halvik's
    administration", "the Halvik administration": a period the story looks back on (its own war or
    government is "the war", "the administration")."""
    if noun.lemma_.lower() == "war":
        return noun.text[:1].isupper() or any(
            c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN" for c in noun.children)
    if noun.lemma_.lower() == "administration":
        return any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                   for c in noun.children)
    return False


def retracted(sent) -> bool:
    """A sentence that withdraws a report ("originally incorrectly stated that …"), or a question."""
    words = [w for w in sent if not w.is_space]
    return bool(words) and (words[-1].text == "?" or any(w.lower_ in RETRACTING_WORDS for w in words))


def empty_object(doc, span) -> bool:
    """An object that only points elsewhere: "the reverse", "the same", and a bare news word that names
    no content ("condemned the news", "welcomed this move", "is concerned about the situation")."""
    text = doc_text(doc)[span[0]:span[1]].lower().strip()
    for article in ("the ", "quite ", "exactly ", "just "):
        text = text[len(article):] if text.startswith(article) else text
    if text in EMPTY_OBJECTS:
        return True
    words = text.split()
    if len(words) <= 2 and words[-1] in TIME_NOUNS:
        return True  # "championed a year": a time phrase the parse took for the object
    if len(words) == 2 and words[0] in DEMONSTRATIVES:
        return True  # "That timeline has frustrated Lintz": which timeline, the sentence does not say
    if len(words) <= 3 and "such" in words[:2] and words[-1] not in {"as", "that"}:
        return True  # "all such efforts", "such a move": the ones told before
    if len(words) <= 2 and words[-1] in ANAPHORIC_NOUNS and (len(words) == 1 or words[0] == "latest"):
        return True
    return _bare_definite(doc, span) or _without_complement(doc, span) or _bare_definite_subject(doc, span)


NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


def _bare_definite_subject(doc, span) -> bool:
    """ "fears the restrictions would be unpopular", "wants the suspects to be extradited": a clause whose
    subject is a bare definite plural (``_bare_definite``) and which names nothing else says something of
    things the sentence does not name; "the talks with Sweden will succeed" names."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) < 3 or words[0].lower_ != "the" or any(
            (w.pos_ == "PROPN" and w.ent_type_ not in {"DATE", "TIME"}) or w.ent_type_ in NAMED_TYPES for w in words):
        return False
    noun = words[1]  # a plural: "the court will rule", "the bank raise rates" name the one the story is about
    return noun.tag_ == "NNS" and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"} and \
        words.start <= noun.head.i < words.end and noun.head.i > noun.i and \
        _bare_definite(doc, (words[0].idx, noun.idx + len(noun.text)))


def _without_complement(doc, span) -> bool:
    """ "answers", "more information", "additional sanctions", "military aid": a noun of what is asked for,
    given or imposed (COMPLEMENT_NOUNS) with only a determiner or common adjectives before it, so it says
    neither about what nor to, from or on whom; "answers about the dam", "U.S. aid", "Western sanctions",
    "Norway's help" say."""
    words = [w for w in doc.char_span(span[0], span[1], alignment_mode="expand") or () if not w.is_punct]
    if not words:
        return False
    noun = words[-1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in COMPLEMENT_NOUNS and not any(
        c.dep_ in {"poss", "prep", "acl", "relcl", "compound"} for c in noun.children) and all(
        w.i == noun.i or (w.pos_ in {"DET", "ADJ", "ADV", "NUM"} and not w.text[:1].isupper() and not w.ent_type_)
        for w in words)


def _bare_definite(doc, span) -> bool:
    """ "the bill", "the options", "the restrictions", "condemned the strike", "welcomed the brutal raids": a
    definite common noun with nothing in its sentence that says which points back to an earlier sentence
    (anaphora), so the stance names nothing a reader of the brief can use; "the restrictions on drilling",
    "the nuclear deal" and "the Sunnis" say which. The story's own event is no exception: strict readers found
    "the strike", "the shooting", "the launch" unclear alone (reads 21-23 and a dev round, 2026-12-06). An
    adjective that only judges or dates (UNSPECIFYING_ADJECTIVES, JUDGING_ADJECTIVES) does not say which, nor
    does a comment after a comma ("the inquiries, which are also looking at …": ``comment_clause``)."""
    words = [w for w in doc.char_span(span[0], span[1], alignment_mode="expand") or () if not w.is_punct]
    plain = UNSPECIFYING_ADJECTIVES | JUDGING_ADJECTIVES
    if len(words) == 3 and words[1].lower_ in plain and words[1].dep_ == "amod":
        words = [words[0], words[2]]  # "the new deal", "the revised plan": which deal, the sentence still does not say
    if len(words) != 2 or words[0].lower_ != "the" or words[1].pos_ != "NOUN" or words[1].text[:1].isupper():
        return False
    noun = words[1]  # nor may the sentence say which ("the accord he is seeking"), though the object stops short
    return all(c.i == words[0].i or c.lower_ in plain or _occasion(c) or comment_clause(c) or c.is_punct or
               (c.lower_ == "as" and c.doc[c.i - 1].is_punct)  # "…, as a witch hunt": what the holder calls it
               for c in noun.children)
    # "the spot on Twitter": where it was praised does not say which spot


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def pronoun_phrase(doc, span, own: frozenset = frozenset()) -> bool:
    """An object that is only a pronoun's thing: "its actions", "their recent efforts", "his plans". Without
    what the pronoun points at it says nothing; "their efforts to end the strike" says what. A pronoun in
    ``own`` (those that may be the holder's: "NATO's support for its member states") keeps it."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words) or words[0].lower_ not in POSSESSIVE_PRONOUNS or words[0].lower_ in own:
        return False
    head = words[-1]
    return head.pos_ == "NOUN" and all(
        w.i == head.i or (w.head.i == head.i and w.dep_ in {"poss", "amod", "compound", "advmod"} and
                          w.pos_ in {"PRON", "ADJ", "NOUN", "ADV"}) for w in words)


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "pobj", "expl"})


def pointing_object(doc, span, own: frozenset = frozenset()) -> bool:
    """An object whose argument is only a pronoun pointing elsewhere: it opens with one ("him of
    complacency", "he could do something rash") or is a verb taking one ("change that", "do just that").
    A pronoun in ``own`` (the holder's: "she could win" for a woman holding the fear) keeps it."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    first, last = words[0], words[-1]
    if first.lower_ in RELATIVE_WORDS - {"that", "whose"}:
        return True  # "fears who is espousing them": a question without its answer
    if last.lower_ in {"that", "this"} and last.tag_ == "DT" and last.dep_ in {"pobj", "dobj", "obj"}:
        return True  # "wants to be a leader on that"
    if first.lower_ in POINTING_PRONOUNS and first.lower_ not in own and first.pos_ == "PRON" and \
            first.dep_ in ARGUMENT_DEPS and (first.tag_ in {"PRP", "DT"} or first.dep_ in {"nsubj", "nsubjpass"}):
        # not a "that" opening a clause; "nothing will happen", not "anything contradicting his faith"
        return True
    if first.lemma_.lower() == "do" and any(c.dep_ in {"dobj", "obj", "advmod"} and c.lower_ in {"that", "this", "so", "it"}
                                           for c in first.children):
        return True  # "do just that — aiming to curb …": what is done is told before, whatever follows
    roots = [w for w in words if not words.start <= w.head.i < words.end or w.head.i == w.i]
    if len(roots) == 1 and (thing := _demonstrative_thing(roots[0])) is not None and thing.lower_ not in own:
        return True  # "these plain civic values", "push this fine accord through": the ones told before
    content = [w for w in words if not (w.is_punct or w.dep_ in {"advmod", "aux", "neg", "det"})]
    if len(content) != 2 or content[0].pos_ != "VERB" or content[1].dep_ not in {"dobj", "obj"}:
        return False
    thing = content[1]
    return (thing.pos_ == "PRON" and thing.lower_ not in own) or (thing.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in thing.children))  # "end these crises"


def _demonstrative_thing(root):
    """The noun an object is about, when a demonstrative is all that says which: the object itself ("these
    social issues") or its verb's object ("push this fine accord through"); None when something says more
    ("these areas of the north", "those who fled")."""
    noun = root if root.pos_ == "NOUN" else next(
        (c for c in root.children if c.dep_ in {"dobj", "obj"}), None) if root.pos_ == "VERB" else None
    if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
        return None
    return None if any(c.dep_ in {"prep", "acl", "relcl", "poss", "appos"} for c in noun.children) else noun


PREMODIFIER_DEPS = frozenset({"amod", "compound", "det", "poss", "nummod"})


def fragment(doc, span) -> bool:
    """An object cut from a coordination that shares its complement: "work with" (of "work with and
    train the army"), a lone verb "counter" (of "counter or undermine the sanctions"); a noun phrase cut
    before its noun ("the ethnic" of "the ethnic, religious and economic character"); or a bare "do"
    ("as Ostria prefers to do in a crisis")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    last, first = words[-1], words[0]
    if last.lower_ in QUANTIFIERS and last.dep_ in {"dobj", "obj", "pobj"}:
        return True  # "sought to provide a few": a few of what, the sentence before says
    if last.tag_ == "POS" or not any(w.pos_ in {"NOUN", "PROPN", "VERB", "PRON", "NUM"} for w in words):
        return True  # "handling of Khashoggi's" cut before its noun; "not just punitive" has nothing to want
    if any(w.dep_ in PREMODIFIER_DEPS and w.head.i >= words.end for w in words):
        return True  # "their concerns about the ethnic, religious … character": cut before its noun
    roots = [w for w in words if not words.start <= w.head.i < words.end and not w.is_punct]
    if len(words) < MAX_OBJECT_TOKENS and len(roots) > 1 and any(w.head.i >= words.end for w in roots):
        return True  # a word hangs from a head after it: "criticism by Rice, who said X's confrontation" lost its verb
    if first.lemma_.lower() == "do" and not any(c.dep_ in {"dobj", "obj", "ccomp"} for c in first.children):
        return True  # "as Ostria prefers to do": a pro-verb pointing elsewhere
    if _cut_in_a_quotation(words):
        return True  # « wants to “establish guidelines …, like …, that accounts for … bias” »: cut mid-quote
    if any(_cut_from_its_deed(w, words) for w in words):
        return True  # "head back to class to allow parents": allowed to do what, the object leaves out
    return last.pos_ in {"ADP", "CCONJ"} and not any(c.dep_ in {"pobj", "pcomp"} for c in last.children) \
        or (len(words) == 1 and first.pos_ == "VERB")


def _cut_in_a_quotation(words) -> bool:
    """An object that starts right after an opening quotation mark and stops before its closing one, with words
    between: the quoted words go on, and the object is cut from what it says (strict readers, AllSides
    1491–1999: "establish guidelines for … technologies" without "that accounts for … bias")."""
    doc = words.doc
    opening = doc[words.start - 1] if words.start else None
    if opening is None or opening.text not in {"“", "\"", "«"} or opening.whitespace_:
        return False
    sent_end = words[-1].sent.end
    for w in doc[words.end:sent_end]:
        if w.text in {"”", "\"", "»"}:
            return False
        if w.is_alpha:
            return True
    return False


# Verbs that take a party and then what it is to do: "allow parents to reenter the workforce".
CONTROL_VERBS = ALLOWING_VERBS | frozenset("force compel persuade convince cause prompt".split())


def _cut_from_its_deed(verb, words) -> bool:
    """A verb of allowing or making ("allow", "force") whose party is in the object but whose deed is not:
    "to allow parents" of "to allow parents, grappling with …, to reenter the workforce" (strict readers,
    AllSides 1491–1999: cut). "allow imports" (a thing, not a party) is whole."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONTROL_VERBS:
        return False
    inside = range(words.start, words.end)
    party = next((c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i in inside), None)
    if party is None or not (party.pos_ == "PRON" or party.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or
                             party.lemma_.lower() in PEOPLE_NOUNS or party.lower_ in PEOPLE_NOUNS):
        return False
    return not any(c.dep_ in {"xcomp", "ccomp", "oprd"} and c.i in inside for c in verb.children) and not any(
        c.dep_ in {"xcomp", "ccomp", "oprd", "acl"} and c.i in inside for c in party.children)


def received_support(t) -> bool:
    """ "enjoy the firm support of the Ostrian cabinet": the "of" party supports; the subject is the
    one supported, so the subject holds no stance."""
    verb = t.head
    if not (t.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in RECEIVING_VERBS):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in t.children):
        return True
    return t.lemma_.lower() == "support" and not any(c.dep_ == "poss" for c in t.children)
    # "has the support to be elected": others' support; "won his party's support" is the party's


def _a_party(w) -> bool:
    """A name of a person, body or state ("Vell", "the Kell council" named), or a common noun for people or a body
    ("other council members", "the board", "residents")."""
    lemma = w.lemma_.lower()
    return (w.ent_type_ in PARTY_TYPES or w.pos_ == "PROPN") and not w.is_lower or \
        lemma in PEOPLE_NOUNS or w.lower_ in PEOPLE_NOUNS or lemma in INSTITUTION_NOUNS


def held_by_its_of(t) -> bool:
    """ "acted with the support of Vell and other council members", "without the backing of the board": a stance
    noun under a preposition or as a subject ("the support of the union was crucial") with no owner before it (no possessive, no party's name or adjective: "Ostria's support of the rebels",
    "Kesseli backing of …") and no "by" phrase, whose "of" phrase (or one of its conjuncts) names a party: that
    party holds the attitude, and what it backs is the one who acts or the act, which the noun's phrase does not say.
    The stance would read the holder backwards ("Ruiz supports other council members"), so there is none."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in NOUN_ATTITUDES or t.dep_ not in {"pobj", "nsubj", "nsubjpass"}:
        return False  # "voiced support of Holm": the one who voices it holds it, and "of" says whom
    kids = list(t.children)
    if any(c.dep_ == "poss" or c.dep_ in {"compound", "amod", "nmod"} and not c.is_lower or
           c.dep_ == "prep" and c.lower_ == "by" for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_a_party(n) for g in c.children if g.dep_ == "pobj"
                                                           for n in (g, *g.conjuncts)) for c in kids)
