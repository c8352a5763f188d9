"""Objects cut inside their phrase, or run across the words of another (stobj18).

Strict readers of fresh news (reads 40-47, paraphrased) marked wrong, as the largest kind of wrong stance, objects
that

* stop inside their phrase, so that they mean nothing alone or something else: "a written pledge[ of loyalty]",
  "a harsh penalty for any trader[ caught selling …]", "a campaign of the kind the chancellor[ is using to …]"
  (``cut_phrase``: the word right after the object completes a word inside it: an "of" on its last noun, a
  reduced relative clause on its last word, the "as" of a post ("the appointment of Judge Arno[ as head of …]"),
  the purpose of a verb of use ("could use the new docks[ to control …]"), or a clause whose subject the object
  ends on and whose verb hangs back on a word inside it);
* run across the time of the act ("a bill[ Thursday] mapping out …", "a resolution[ in March] calling for …"):
  a date the parse hangs on a word outside the object, or between a noun and the participle that describes it,
  with more of the object after it (``time_inside``);
* carry another cue or another clause at their end: "… of wasting money[ and told the mayor to resign]", "join
  the pact[, only to face a rise in prices]" (``stray_clause``: the object stops before it).

Strict readers (stances25, judged stances) marked wrong objects that carry words that are not what is held:

* another act of the holder's joined by "and" to a verb inside the object: "supports keeping the quay open[ and
  waved the port flag]" (a finite past or present, which cannot share the object's infinitive or "-ing" form:
  ``_another_act``, in ``stray_clause``);
* the holder's own claim about the thing, in a relative clause of saying or thinking, whole or cut: "aligning
  with parties[ he claimed were hostile]", "a plan[ that he claimed was fair]" (``claim_about_it``);
* the label a verb of judging gives the thing: "condemned the inquiry[ as a 'farce' …]", "rejected the pact[ as
  unworkable]": what is opposed is the inquiry; "as …" is what the holder calls it (``label_given``).

``cut_phrase`` and ``time_inside`` take a Doc and an object's character span and return a bool (the stance is
not shown: what is meant cannot be made whole); ``stray_clause``, ``claim_about_it`` and ``label_given`` return a
span.
"""
from __future__ import annotations

from ..attribution.cues import CHARACTERISING_VERBS, SPEECH_VERBS
from ..deps import FINITE_TAGS, SUBJECT_DEPS, finite
from .lexicon import CLAIMING_VERBS, REPORTING_VERBS, VERB_ATTITUDES, WEEKDAYS
from .tails import reaction_at, span_tokens, why_or_where_at

TIME_TYPES = frozenset({"DATE", "TIME"})
# Verbs of telling and bidding that open a cue of their own: "… and told the mayor to resign".
CUE_VERBS = REPORTING_VERBS | frozenset("tell urge ask warn call demand order instruct press".split())
# Words of putting someone in a post, whose "as" phrase names the post ("the appointment of Arno as head of …").
NAMING_WORDS = frozenset("""appointment nomination selection choice confirmation election installation
reappointment appoint nominate name select choose confirm elect install reappoint""".split())
# Verbs whose purpose infinitive says what is done ("use the docks to control the lanes"): without it, nothing is.
USING_VERBS = frozenset("use exploit employ leverage utilize utilise harness".split())
# Verbs of judging a thing, whose "as" phrase is the label the holder gives it ("rejected the pact as unworkable"):
# the verbs of opposing, and those of backing that weigh rather than back someone for a post.
JUDGING_VERBS = frozenset(v for v, a in VERB_ATTITUDES.items() if a == "opposes") | frozenset(
    "welcome defend champion dismiss slam blast decry deride attack praise hail laud applaud".split())
# Verbs inside an object whose own "as" phrase belongs to them ("recognise Jerusalem as the capital", "use X as a
# pretext"): the "as" is part of the act opposed, not the holder's label.
CASTING_VERBS = CHARACTERISING_VERBS | NAMING_WORDS | frozenset(
    "recognize recognise see view regard treat use designate depict portray paint cast identify define".split())
# Words before an "as" that make it part of a fixed phrase ("such as", "as well as", "as soon as", "so as to").
FIXED_AS_BEFORE = frozenset("such well soon long much many far so just same".split())
FIXED_AS_AFTER = frozenset("well soon long much many far if though".split())
# Past and present forms of a verb that the object's infinitive or "-ing" form cannot share a subject with.
FINITE_FORMS = frozenset({"VBD", "VBZ"})
NONFINITE_FORMS = frozenset({"VB", "VBG"})
# Subjects that are the holder, not a party the object names: "a plan he claimed was fair".
HOLDER_PRONOUNS = frozenset("he she they it we i".split())
# Openers of a relative clause of place or time, whose pronoun is the object's ("a position where he feels …").
PLACE_RELATIVES = frozenset({"where", "when", "whereby", "why"})
# Determiners under which a relative clause says which ones are meant ("any motions that she thought would …").
ANY_DETERMINERS = frozenset("any all every no each whatever".split())
# Relative pronouns that open a clause saying which one is meant when no comma sets it off.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def _last_word(words):
    body = [w for w in words if not w.is_punct]
    return body[-1] if body else None


# Words that join a second part to the first ("good for trade but also | for the fishermen"), and the adverbs that
# may stand between the joining word and that part.
JOINING_WORDS = frozenset({"and", "or", "but", "nor"})
JOINT_ADVERBS = frozenset({"also", "even", "then", "still", "perhaps", "possibly", "not"})


def _ends_on_a_joint(words) -> bool:
    """The object's last word (punctuation aside) is a joining word, or an adverb right after one ("… good for
    trade but also"): the parse hung the second part outside the object, which is cut inside its phrase (read 51,
    paraphrased: "the summit would be good for peace but also[ for the regime]", stobj19)."""
    body = [w for w in words if not w.is_punct]
    if len(body) < 2:
        return False
    last = body[-1]
    if last.lower_ in JOINING_WORDS:
        return True
    before = last.doc[last.i - 1]
    return last.lower_ in JOINT_ADVERBS and before.i >= words.start and before.lower_ in JOINING_WORDS


# Nouns of a change, a reach or a curb, and the preposition that says what they are of: "a change | in position", "an
# end | to the blockade", "curbs | on exports". Without it the noun names nothing.
COMPLEMENT_PREPOSITIONS = {
    "in": frozenset("""change changes shift shifts rise rises increase increases decrease decreases drop drops cut cuts
        reduction reductions surge spike decline declines growth improvement improvements reversal""".split()),
    "to": frozenset("access threat threats end solution solutions return changes change amendment amendments".split()),
    "on": frozenset("""ban bans limit limits curb curbs restriction restrictions cap caps tax taxes tariff tariffs
        crackdown moratorium freeze""".split()),
}


def _completion_hung_on_the_trigger(doc, words) -> bool:
    """The phrase right after an object that is the trigger's direct object completes the object's last noun, but
    the parse hung it on the trigger (stances26, strict readers: "backed the fleet's change | in course", "defended
    the methods used by the guards | to extract confessions"): a preposition the noun takes (``COMPLEMENT_
    PREPOSITIONS``, not a date: "condemned the attacks | on Tuesday" is when), or an infinitive ("to" and a verb's
    bare form) where the trigger takes none of its own (not a verb of wanting or urging, whose infinitive the
    object already holds). The object cannot stand alone."""
    top = next((w for w in words if w.head.i < words.start or w.head.i >= words.end), None)
    nxt = doc[words.end]
    if top is None or top.dep_ not in {"dobj", "obj"} or nxt.head.i != top.head.i or nxt.head.i in range(
            words.start, words.end):
        return False
    last = next((w for w in reversed(words) if not w.is_punct), None)
    if last is None or last.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(w.ent_type_ in TIME_TYPES for w in nxt.subtree):
        return False
    if last.lower_ in COMPLEMENT_PREPOSITIONS.get(nxt.lower_, ()):
        return True
    return nxt.lower_ == "to" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].tag_ == "VB" and \
        VERB_ATTITUDES.get(top.head.lemma_.lower()) in {"supports", "opposes"}


def _purpose_of_use_after(words) -> bool:
    """A verb of use inside the object has its purpose infinitive after the object's end, past a date or place the
    object stops before ("urged Holm to use her speech | on Monday to set out her plan"): the use is the point."""
    return any(c.i >= words.end and c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" and a.dep_ == "aux"
                                                                            for a in c.children)
               for w in words if w.lemma_.lower() in USING_VERBS for c in w.children)


def cut_phrase(doc, span) -> bool:
    """The word right after the object (nothing but a space between) completes a word inside it: "of" hung on
    the object's last noun ("a statement | of support"), a participle or relative clause hung on its last word
    ("anyone | found guilty", not the reaction the act met with, ``tails.reaction_at``, nor why or where it was
    told, ``tails.why_or_where_at``, nor a verb of saying), or a restrictive relative clause the parse hung
    elsewhere ("laws in Tarn | that would make …"); or the object's last word is the subject of a verb after it
    that hangs, by itself or through its own head, on a word inside the object ("the kind the chancellor | is
    using"); or the object ends on a joining word (``_ends_on_a_joint``: "good for trade but also | for …"); or
    a phrase that completes the object's noun hangs on the trigger (``_completion_hung_on_the_trigger``), or the
    purpose of a verb of use inside it comes after it (``_purpose_of_use_after``)."""
    words = span_tokens(doc, span)
    if words is None or words.end >= len(doc):
        return False
    if _ends_on_a_joint(words):
        return True
    last, nxt = words[-1], doc[words.end]
    if last.is_punct or not last.whitespace_ or nxt.is_punct or nxt.is_space:
        return False
    inside = range(words.start, words.end)
    if nxt.lower_ == "of" and nxt.head.i == last.i and last.pos_ in {"NOUN", "PROPN"}:
        return True
    if nxt.head.i == last.i and (nxt.dep_ == "acl" and nxt.pos_ == "VERB" or nxt.dep_ == "relcl" and nxt.tag_ in {
            "VBN", "VBG"}) and \
            not reaction_at(nxt) and not why_or_where_at(nxt) and nxt.lemma_.lower() not in REPORTING_VERBS:
        # (not the holder's words hung on it: "defended the army's action | saying the charges were false")
        return True
    if _completion_hung_on_the_trigger(doc, words) or _purpose_of_use_after(words):
        return True
    if nxt.lower_ == "as" and nxt.dep_ == "prep" and nxt.head.i in inside and \
            nxt.head.lemma_.lower() in NAMING_WORDS and any(g.dep_ == "pobj" for g in nxt.children):
        return True  # "the appointment of Judge Arno | as head of the board": the post is what is opposed
    if nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.dep_ in {"xcomp", "advcl"} and \
            nxt.head.head.i in inside and nxt.head.head.lemma_.lower() in USING_VERBS:
        return True  # "Varsk could use the new docks | to control the lanes": the use is the point
    if nxt.lower_ in RELATIVE_PRONOUNS and nxt.tag_ in {"WDT", "WP"} and nxt.dep_ in SUBJECT_DEPS and \
            last.pos_ in {"NOUN", "PROPN"} and nxt.head.i >= words.end:
        return True  # "defended laws in Tarn and Velden | that would make it a crime …": a restrictive clause (no
        # comma) the parse hung elsewhere says which laws (readst18c)
    if last.dep_ in SUBJECT_DEPS and last.head.i >= words.end:
        verb = last.head
        return verb.dep_ in {"relcl", "acl", "ccomp"} and verb.head.i in inside
    return False


def _date_phrase_top(w):
    """The top of the date phrase ``w`` is in: the highest word above it that is still part of the date, or the
    preposition that opens it ("in March", "on Thursday")."""
    top = w
    while top.head.i != top.i and (top.head.ent_type_ in TIME_TYPES or (
            top.head.pos_ == "ADP" and top.dep_ == "pobj")):
        top = top.head
        if top.pos_ == "ADP":
            break
    return top


def time_inside(doc, span) -> bool:
    """A date (a weekday, or a named date the entities mark) inside the object, with object words after it, whose
    phrase hangs on a word outside the object ("a bill Thursday mapping out …": the day the bill was brought in)
    or sits between a noun and a participle after it ("a resolution in March calling for …")."""
    words = span_tokens(doc, span)
    if words is None:
        return False
    last = _last_word(words)
    inside = range(words.start, words.end)
    for w in words:
        if w.ent_type_ not in TIME_TYPES and w.lower_ not in WEEKDAYS:
            continue
        top = _date_phrase_top(w)
        if top.dep_ in SUBJECT_DEPS and top.head.tag_ in {"VBG", "VBN"} and not any(
                c.dep_ in {"aux", "auxpass"} for c in top.head.children):
            return True  # "Thursday mapping out …": a day is no doer; the parse took the time for a subject
        end = max(top.right_edge.i, w.i)
        if last is None or end >= last.i or top.i < words.start:
            continue
        after = doc[end + 1]
        if top.head.i not in inside:
            return True  # (or the object opens on it: "Thursday mapping out …")
        before = doc[top.left_edge.i - 1] if top.left_edge.i > words.start else None
        if before is not None and before.pos_ in {"NOUN", "PROPN"} and after.tag_ in {"VBG", "VBN"} and \
                after.dep_ in {"acl", "relcl", "advcl"}:
            return True
    return _cut_at_time(words)


def _cut_at_time(words) -> bool:
    """The object ends on a noun and right after it come a date and a participle ("a bill | Thursday mapping out
    …", "a resolution | in March calling for …"): the participle describes the noun, so the object is cut inside
    its phrase at the time of the act."""
    doc, k = words.doc, words.end
    last = words[-1]
    if last.pos_ not in {"NOUN", "PROPN"} or k >= len(doc) or not last.whitespace_:
        return False
    if doc[k].lower_ in {"in", "on", "last", "this", "earlier"} and k + 1 < len(doc):
        k += 1
    if doc[k].ent_type_ not in TIME_TYPES and doc[k].lower_ not in WEEKDAYS:
        return False
    while k + 1 < len(doc) and doc[k + 1].ent_type_ in TIME_TYPES and doc[k + 1].ent_iob_ == "I":
        k += 1
    return k + 1 < len(doc) and doc[k + 1].tag_ in {"VBG", "VBN"} and doc[k + 1].dep_ in {"acl", "relcl", "advcl"}


# Stances24b (strict reads): a clause set off by a comma after the wish, of what the holder did besides ("urged the
# board to sell the ferry, after promising in May to keep it"), is the writer's background, not what is wished.
BACKGROUND_MARKS = frozenset({"after", "since", "despite", "while"})


def _background_clause_at(w, words) -> bool:
    """``w`` is a comma inside ``words`` followed by "after", "since", "despite" or "while" and a gerund
    ("…, after saying in March …", "…, despite having voted for …"): a clause of what the holder did or said
    besides, which no wish takes in."""
    doc, k = w.doc, w.i
    return w.text == "," and k + 2 < words.end and doc[k + 1].lower_ in BACKGROUND_MARKS and doc[k + 2].tag_ == "VBG"


def stray_clause(doc, span):
    """``span`` without a cue of its own at its end ("… and told the mayor to resign": a finite verb of telling or
    bidding, ``CUE_VERBS``, with no subject, joined by "and" to a verb or noun that is not finite itself; or any
    other act of the holder's, ``_another_act``, or one the parse took for a noun, ``_act_read_as_a_noun``; or a
    clause with its own subject hung outside the object, ``_clause_of_its_own``), an
    "only to" clause of what came after ("…, only to face …") or a background clause set off by a comma
    (``_background_clause_at``); unchanged where none, or nothing is left."""
    words = span_tokens(doc, span)
    if words is None:
        return span
    for w in words[1:]:
        cut = None
        if w.lower_ == "only" and w.i + 2 < words.end and doc[w.i + 1].lower_ == "to" and doc[w.i + 2].pos_ in {
                "VERB", "AUX"}:
            cut = w.i
        elif _background_clause_at(w, words):
            cut = w.i
        elif w.lower_ in {"and", "but"} and _clause_of_its_own(w, words):
            cut = w.i
        elif w.lower_ == "and" and _act_read_as_a_noun(w, words):
            cut = w.i
        elif w.lower_ in {"and", "but"} and w.i + 1 < words.end:
            verb = next((v for v in doc[w.i + 1:words.end] if v.pos_ != "ADV"), doc[w.i + 1])  # "and proudly waved"
            if verb.tag_ in FINITE_TAGS and verb.dep_ == "conj" and (
                    (verb.lemma_.lower() in CUE_VERBS and verb.head.tag_ not in FINITE_TAGS) or _another_act(verb)) \
                    and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                cut = w.i
        if cut is None:
            continue
        before = [v for v in doc[words.start:cut] if not v.is_punct]
        if not before:
            return span
        return (span[0], before[-1].idx + len(before[-1].text))
    return span


def _act_read_as_a_noun(cc, words) -> bool:
    """After the "and" ``cc`` comes a bare plural noun that is also a verb of saying or intending
    (``SPEECH_VERBS``: "pledges", "vows", "plans") and an infinitive hung on it: "backs the harbour bill and pledges
    to cut fees" is the holder's next act, which the parse took for a second thing backed (stances26, strict
    readers). Cutting before the "and" leaves what is held either way ("the bill and plans to cut fees" read as
    nouns still backs the bill)."""
    doc = words.doc
    k = cc.i + 1
    if k + 2 >= words.end:
        return False
    noun, to, verb = doc[k], doc[k + 1], doc[k + 2]
    return noun.tag_ == "NNS" and noun.dep_ == "conj" and noun.lemma_.lower() in SPEECH_VERBS and not any(
        c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children) and \
        to.lower_ == "to" and verb.tag_ == "VB" and verb.head.i == noun.i


def _clause_of_its_own(cc, words) -> bool:
    """After the "and"/"but" ``cc`` inside ``words`` comes a clause with its own subject whose verb the parse hangs
    on a word outside the object ("seek housing aid | and the rent index climbs to a record", "climbs" a conjunct
    of the sentence's verb): another clause of the sentence, not more of what is held. A clause joined inside the
    object ("fear that prices will rise and the poor will suffer") stays."""
    verb = next((v for v in words.doc[cc.i + 1:words.end] if v.pos_ in {"VERB", "AUX"} and v.dep_ == "conj"), None)
    if verb is None or words.start <= verb.head.i < words.end:
        return False
    if not finite(verb):
        return False
    return any(c.dep_ in SUBJECT_DEPS and cc.i < c.i < verb.i for c in verb.children)


def _another_act(verb) -> bool:
    """A conjunct verb in a finite past or present form ("waved", "says") whose head is an infinitive or an "-ing"
    form ("to keep …", "keeping …", or its predicate: "keeping the quay open and waved …"): the two cannot share
    a subject, so the conjunct is the holder's next act, not more of what is held. Not a form the same as its base
    ("cut", "set": the tagger guesses) nor one right before a bare common noun it takes ("and increased spending":
    a participle as adjective)."""
    head = verb.head.head if verb.head.dep_ in {"oprd", "acomp"} else verb.head  # "keeping the quay open and …"
    if verb.tag_ not in FINITE_FORMS or head.tag_ not in NONFINITE_FORMS or verb.lower_ == verb.lemma_.lower():
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return not (nxt is not None and nxt.tag_ in {"NN", "NNS"} and nxt.dep_ in {"dobj", "obj"} and
                nxt.head.i == verb.i)


def claim_about_it(doc, span):
    """``span`` without a relative clause at its end that is the holder's claim about the thing: a verb of saying
    or thinking (``REPORTING_VERBS``, ``CLAIMING_VERBS``, ``CHARACTERISING_VERBS``) whose subject is a pronoun
    ("parties he claimed were hostile", "a plan that he claimed was fair", "Judge Lind, who she described as …"),
    whether the object keeps the clause whole or cuts it at its verb. Not a clause of place or time, nor one
    after a subject inside the object (the pronoun may be that subject's), nor a whole clause under "any", "all"
    (it says which ones are meant). Unchanged where none, or nothing is left."""
    words = span_tokens(doc, span)
    if words is None:
        return span
    for w in words:
        if w.dep_ != "relcl" or w.lemma_.lower() not in REPORTING_VERBS | CLAIMING_VERBS | CHARACTERISING_VERBS:
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in HOLDER_PRONOUNS for c in w.children):
            continue
        if w.head.i < words.start or w.right_edge.i + 1 < _body_end(words):
            continue  # the clause ends inside the object, or hangs on a word before it
        if doc[w.left_edge.i].lower_ in PLACE_RELATIVES or any(
                v.dep_ in SUBJECT_DEPS for v in doc[words.start:w.left_edge.i]):
            continue  # "a position where he feels …"; "Kim may …, he feels": the pronoun may be the object's own
        if w.right_edge.i < words.end and any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in w.head.children):
            continue  # "block any motions that she thought would …": a whole clause that says which ones
        return _cut_before(doc, span, words, w.left_edge.i)
    return span


def label_given(doc, span):
    """``span`` without the label a verb of judging (``JUDGING_VERBS``) gives what it acts on: "condemned the
    inquiry as a 'farce' …", "criticized the mayor as weak": an "as" phrase that runs to the object's end and
    hangs on the verb of judging or a word of the object's noun phrase, not on a verb inside it that takes an
    "as" of its own ("recognise Jerusalem as the capital", ``CASTING_VERBS``), nor a fixed phrase ("such as",
    "as well as"). Unchanged where none, or nothing is left."""
    words = span_tokens(doc, span)
    if words is None:
        return span
    roots = [w for w in words if not w.is_punct and not (words.start <= w.head.i < words.end) and w.lower_ != "as"]
    if len(roots) != 1 or roots[0].head.lemma_.lower() not in JUDGING_VERBS or roots[0].head.i > words.start:
        return span
    for w in words[1:]:
        if w.lower_ != "as" or w.dep_ != "prep" or doc[w.i - 1].lower_ in FIXED_AS_BEFORE or (
                w.i + 1 < len(doc) and doc[w.i + 1].lower_ in FIXED_AS_AFTER) or _such_before(w, words):
            continue
        if w.head.lemma_.lower() in CASTING_VERBS or not (words.start <= w.head.i < words.end or
                                                          w.head.i == roots[0].head.i):
            continue
        if w.right_edge.i + 1 < _body_end(words):
            continue  # more of the object after the label
        return _cut_before(doc, span, words, w.i)
    return span


def _such_before(as_word, words) -> bool:
    """ "such steps as a ban on trawling": an "as" after a noun phrase opened by "such" gives its examples, not a
    label (the phrase "such … as")."""
    return any(v.lower_ == "such" for v in words[:as_word.i - words.start])


def _body_end(words) -> int:
    """The index after the span's last word that is not punctuation."""
    body = [w for w in words if not w.is_punct]
    return body[-1].i + 1 if body else words.start


def _cut_before(doc, span, words, i):
    """``span`` ended before token ``i`` (and the punctuation before it); unchanged where no word is left."""
    before = [v for v in doc[words.start:i] if not v.is_punct]
    if not before or all(v.pos_ in {"DET", "ADP", "CCONJ", "PRON"} for v in before):
        return span
    return (span[0], before[-1].idx + len(before[-1].text))


# Strict readers (stances26, judged stances) marked wrong objects that cannot stand alone: a comparison cut before
# its "than" ("a far more capable navy | than Ostland's", "go even further | than the rules"), a comparative left
# after a comma ("what he has done | , only louder"), and the first person singular of someone's quoted words or
# letter ("the survival of my country"): read under the holder's name, whose "my" it is is not said.
FIRST_PERSON_SINGULAR = frozenset("i me my mine myself".split())
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
DEGREE_WORDS = frozenset("only even much far still yet".split())


def completion_cut_off(doc, span) -> bool:
    """The object stops before what completes it: the rest of a comparison (``_comparison_after``) or a "when"
    clause hung on a word inside it (``_when_clause_after``). What is held is only half said, and cutting cannot
    make it whole."""
    words = span_tokens(doc, span)
    if words is None or words.end >= len(doc):
        return False
    return _comparison_after(doc, words) or _when_clause_after(doc, words)


def _comparison_after(doc, words) -> bool:
    """A "than" right after an object with a comparative in it ("a far more capable navy | than Ostland's"), or a
    comma and a comparative (after "only", "even" …) that ends the clause ("what he has done | , only louder")."""
    k = words.end
    if doc[k].lower_ == "than":
        return any(w.tag_ in COMPARATIVE_TAGS for w in words)  # not one on the trigger: "more supportive of
        # civil liberties | than Labour" holds the liberties whole
    if doc[k].text != "," or k + 1 >= len(doc):
        return False
    k += 1
    while k < len(doc) and doc[k].lower_ in DEGREE_WORDS:
        k += 1
    return k < len(doc) and k > words.end + 1 and doc[k].tag_ in COMPARATIVE_TAGS and (
        k + 1 >= len(doc) or doc[k + 1].is_punct)


def _when_clause_after(doc, words) -> bool:
    """A "when" clause right after the object whose verb hangs on a word inside it ("raided the landing | when its
    crews were about to sign a truce"): the time is part of what is held, and often its point. Not "when it comes
    to", which only names a topic, nor a "when" clause on a wish's infinitive, which tells when the act is wished
    for or when the wish was told."""
    when = doc[words.end]
    if when.lower_ != "when" or when.dep_ != "advmod" or when.head.i <= when.i:
        return False
    verb = when.head
    if verb.lemma_.lower() == "come" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to":
        return False
    if verb.head.tag_ == "VB":
        return False  # a wished act's time ("intends to run the office | when he returns") or the telling's
        # ("intends to handle the file | when he put Iran on notice"), not part of what is held
    return verb.dep_ == "advcl" and words.start <= verb.head.i < words.end


def first_person_singular(doc, span) -> bool:
    """An object with "I", "me", "my", "mine" or "myself" (not inside a name): the words of a quotation or letter,
    which under the holder's name do not say who is meant (``objects.speakers_pronoun`` does the same for "we",
    "our" and "you")."""
    words = span_tokens(doc, span)
    return words is not None and any(
        w.lower_ in FIRST_PERSON_SINGULAR and w.pos_ == "PRON" and not w.ent_type_ for w in words)
