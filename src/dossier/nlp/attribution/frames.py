"""The writer's framing noun before a repeated claim (strict readers of dev, read 12).

"Brant defended the closure, reiterating [his previous claim that] the port was safe", "repeating [his argument
that] the levy would fund the pier", "reiterated [the mayor's statement that] “…”" (read 18), "repeated [a call for] the council to drop its plans": with a verb by which a
source says again or stands by what it said (``REPEATING_VERBS``), the noun that names the claim ("claim",
"argument", "call") is the writer's label, and what was said is the clause after "that" (or the thing called for
after "for"). Not with any other verb: "rejected the claim that the port was unsafe" reports a denial, and the claim
is what was denied; "calling the idea … a lie" names it.

The noun must open the content (after its determiners and modifiers), be the cue's object, and hold the clause
(or "for" phrase) that runs to the content's end; the clause's words stay, inside quotation marks or not. Spans are
token spans ``(first, last + 1)`` of a spaCy Doc, as in ``bounds``.
"""
from __future__ import annotations

from .rules import is_edge

TokenSpan = tuple[int, int]

# Verbs of saying again or standing by what was said (general English, kept as data).
REPEATING_VERBS = frozenset("reiterate repeat renew restate reaffirm echo defend reprise maintain press".split())
# Nouns by which a writer names what a source claims, argues or calls for (general English, kept as data).
FRAMING_NOUNS = frozenset("""
claim argument assertion contention belief view position stance insistence allegation accusation charge warning
call demand plea appeal pledge promise vow message point case refrain line assurance threat suggestion
prediction conclusion theory complaint criticism opinion
statement remark comment assessment observation
""".split())  # the last line: a spokesman "reiterated [the president's statement that] “…”" (strict read, round 18)
OPENERS = frozenset({"that", "for"})
MIN_WORDS = 2


def without_framing_noun(doc, content: TokenSpan, cue: TokenSpan, quoted) -> TokenSpan:
    """``content`` starting after "his claim that" / "a call for" when its cue repeats a claim (see the module)."""
    s, e = content
    verb = next((t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"), None)
    if verb is None or cue[1] > s or verb.lemma_.lower() not in REPEATING_VERBS:
        return content
    first = next((t for t in doc[s:e] if not is_edge(t)), None)
    if first is None:
        return content
    noun = first
    while noun.dep_ not in ("dobj", "obj") and noun.head.i != noun.i and s <= noun.head.i < e:
        noun = noun.head  # "the mayor's [statement]": up from the possessor's words to the object
    if noun.dep_ not in ("dobj", "obj"):
        noun = first.head
    if noun.lemma_.lower() not in FRAMING_NOUNS or noun.head.i != verb.i or noun.dep_ not in ("dobj", "obj"):
        return content
    if not all(t.i in _left_words(noun) for t in doc[s:noun.i] if not is_edge(t)):
        return content  # words before the noun that are not its own modifiers
    opener = next((t for t in doc[noun.i + 1:e] if t.lower_ in OPENERS and not quoted[t.i]), None)
    if opener is None or opener.i > noun.right_edge.i + 1 or not _opens_a_phrase(opener, noun):
        return content
    phrase = _subtree(noun) | _hung_on_after(verb, noun)
    opened = any(quoted[t.i] for t in doc[opener.i + 1:e] if t.i in phrase)  # "statement that “… . There is …”"
    if any(t.i not in phrase and not (opened and quoted[t.i]) for t in doc[noun.i + 1:e] if not is_edge(t)):
        return content  # the content goes on past the noun's phrase (not: a quotation it opened goes on)
    start = opener.i + 1
    while start < e and is_edge(doc[start]) and not quoted[start]:
        start += 1
    if sum(1 for t in doc[start:e] if t.is_alpha or t.like_num) < MIN_WORDS:
        return content
    return start, e


def _opens_a_phrase(opener, noun) -> bool:
    """``opener``, in or just after the noun's phrase, opens what the noun names: "that" marking a clause, "for"
    marking one ("a call [for] the board to drop …") or a preposition on the noun ("a call [for] calm"); not "for"
    on the verb ("defended his position [for] an hour")."""
    if opener.lower_ == "for" and opener.dep_ == "prep":
        return opener.head.i == noun.i
    return opener.dep_ == "mark"


def _hung_on_after(verb, noun) -> set[int]:
    """Words the parser hung on the cue after the noun, which go on with its phrase ("his demand [that] the port
    [halt] …" with "halt" on the cue; "a call for the board [to drop] …")."""
    return {t.i for c in verb.children if c.i > noun.i and c.dep_ in ("advcl", "xcomp", "ccomp", "dep", "prep")
            for t in c.subtree}


def _left_words(noun) -> set[int]:
    return {t.i for c in noun.lefts for t in c.subtree}


def _subtree(noun) -> set[int]:
    return {t.i for t in noun.subtree}
