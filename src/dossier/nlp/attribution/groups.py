"""Unnamed sources as written ("senior Ostrian officials", "Trump's lawyers", "two officials familiar with
the talks"), and the source words that name no one ("it" left unresolved, "I" in a column, "some",
"percent", a bare "officials").

A record whose source names no one is not an attribution worth showing: ``names_someone`` says which
speaker names to keep (a wrong or empty name is worse than no record).
"""
from __future__ import annotations

import re

from ...ingest.patterns import NOT_SPEAKER_LABELS
from ..doctext import doc_text
from ..entities.extract import page_widget_run

# Heads that count or pick out part of a group: the group is the object of their "of".
PARTITIVES = frozenset("""
dozens dozen hundreds thousands millions scores many some most several few none one two three four five six
seven eight nine ten half majority minority number percent share all each both any rest lot lots group
thirds third quarters quarter fifths handful couple range variety series host slew array
""".split())
# Words that, standing alone as a source, name no one.
EMPTY_SOURCES = frozenset("""
i me my we us our you your he him his she her it its they them their this that these those who whom which what
one ones some many most several few none others other another all each both any anyone everyone everybody
someone somebody nobody no-one something everything nothing half majority minority number percent share
rest lot lots part the a an 's ’s left right old new former latter photo there here please kindly
""".split()) | {"file photo"}  # a caption's credit read as a source; "Please note that …" is the writer's aside
# Possessive pronouns: "his spokeswoman" names no one until "his" is resolved.
POSSESSIVE_PRONOUNS = frozenset("my our your his her its their whose".split())
# Words that count or pick out a group ("two officials", "other experts").
QUANTITY_WORDS = frozenset("""
other others some many most several few various numerous multiple certain such more all both any two three
four five six seven eight nine ten dozen dozens hundreds thousands a an the these those this that another
each every no
""".split())
# Modifiers that say nothing about who a group is: "other officials", "some senior officials" are as
# unnamed as "officials" (general English, kept as data).
VAGUE_MODIFIERS = QUANTITY_WORDS | frozenset("""
unnamed anonymous unidentified senior top high-ranking high-level key leading local former current
""".split())
# Words that only leave a group's start: articles, pointing and relative words ("the senators", "these
# officials", "whose coach"). Every other count or quantifier is part of who spoke ("some moderate
# Democrats", "two officials", "most members": "Democrats" alone says the whole party spoke).
# Source: strict reads of group speakers.
ARTICLES = frozenset("a an the these those this that whose which what".split())
COUNTS_AFTER_A = PARTITIVES | frozenset("few".split())  # "a few", "a dozen", "a handful of": "a" stays
# Words of a count that say nothing of who is counted ("more than a dozen", "at least 40 percent of"):
# a group counted by them is as unnamed as the group (general English, kept as data).
NUMBER_WORDS = frozenset("""
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
seventy eighty ninety hundred thousand million billion tens scores one half of than at least about nearly
almost roughly around over under just only up to approximately fewer less
""".split())
DIGITS = re.compile(r"[\d.,%]+")
# Common nouns that name people, groups, organisations or what they publish, beyond the words with an
# agent suffix ("voters", "activists", "residents"): an unnamed source must be one of these
# (general English, kept as data; a head such as "the deal", "the conflict" or "his choices" speaks for no one).
SPEAKING_NOUNS = frozenset("""
official administration government media military campaign group office report statement poll survey aide
police ally authority team regime staff party press man woman people person public family community bloc
country nation state militia firm army cabinet body jury coalition union council institute court panel
committee commission delegation alliance agency bureau ministry department embassy board organization
organisation corporation company bank school university hospital club church mission camp side source
insider critic skeptic sceptic expert specialist child son daughter father mother wife husband widow
parent relative friend colleague neighbour neighbor witness victim survivor veteran youth local citizen
immigrant refugee migrant protester demonstrator activist advocate candidate delegate diplomat hawk dove
rebel militant insurgent soldier troop force guard journalist reporter columnist correspondent editor
editorial study research analysis data figure estimate record document filing memo letter email tweet post
cable website site blog page article story video ad testimony ruling order indictment lawsuit complaint
transcript account interview remark comment questionnaire dossier assessment announcement paper television
channel network broadcaster outlet newspaper magazine leadership headquarters chief boss host anchor
guild association federation league society authority institution station commission trust fund watchdog
caucus chamber assembly parliament congress senate legislature charity lab laboratory observatory crowd
audience electorate crew workforce pollster think-tank tank business industry opposition junta
""".split())
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "crat", "ive", "ee", "ary", "ic")
THING_SUFFIXES = ("ment",)  # "her unique arrangement", "the settlement": a thing ("government" is listed above)
NOT_SPEAKING = frozenset("""
rhetoric music topic logic traffic republic epidemic pandemic panic clinic tactic graphic
matter order number border quarter water corner power chapter computer member-state factor sector error
floor door motor terror favor favour honor honour labor labour color colour behavior behaviour rumor rumour
agreement argument movement event moment element content percent treatment settlement investment payment
amendment development environment management requirement commitment engagement achievement improvement
initiative objective alternative incentive narrative plant grant restaurant budget offer summer winter
center centre cancer danger career paper-thin letter-writing primary summary boundary library salary
anniversary dictionary territory ceremony topic logic music panic traffic clinic public-private
""".split())
# Things written and sent: their "to" names a recipient ("a letter to the mayor", "his final cable to …").
DOCUMENT_HEADS = frozenset("letter cable memo email message note petition complaint appeal request".split())
LEFT_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
COUNT_DEPS = frozenset({"det", "nummod", "quantmod", "predet"})  # "some", "two", "all the"
RIGHT_MODIFIER_DEPS = frozenset({"amod", "prep", "acl"})  # "officials familiar with …", "… at the ministry"
MAX_GROUP_WORDS = 10
EDGE_PUNCT = "-–—‐,;: "
INVISIBLE = "\u200b\u200c\u200d\ufeff"  # zero-width marks a page leaves glued to a word ("\u200bThe")


def partitive_object(head):
    """"senators" for the head of "Dozens of senators" (the object of a partitive's "of"), else None."""
    if head.lower_ not in PARTITIVES:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            # not an owner the parse hung on the "of" beside the noun it owns ("Some of [Vell's] aides", its
            # "'s" a "case" child): the aides are the part, never Vell (strict read, AllSides 1041-1490, round 18)
            objs = [c for c in prep.children if c.dep_ == "pobj" and not any(k.dep_ == "case" for k in c.children)]
            if objs:
                return objs[0]
    return None


# Pronouns for someone else in a participle after a group's noun: the participle tells what the speaker did to
# that person, and the name would carry a "his" with nothing to point to.
OTHERS_PRONOUNS = frozenset("he him his she her hers they them their theirs".split())


def group_span(head) -> tuple[int, int]:
    """Tokens [start, end) of an unnamed source as the text writes it: the head noun with the modifiers
    that say who the group is, before it ("senior Ostrian officials", "Trump's lawyers", "IDF
    spokesperson", "several conservative lawmakers", "a few analysts") and after it ("officials familiar
    with the talks", "an official in the mayor's office"), without articles ("the", "these") at its start.
    Relative clauses and appositives stay out; a phrase over ``MAX_GROUP_WORDS`` words keeps the head's
    side that fits."""
    doc = head.doc
    start = head.i
    for t in head.lefts:  # the leftmost modifier or count, whole ("Israel Defense Forces", "more than a dozen")
        if t.dep_ in LEFT_MODIFIER_DEPS or (t.dep_ in COUNT_DEPS and t.lower_ not in ARTICLES and (
                t.pos_ == "NUM" or counting(t.text))):  # not "quite an American nationalist"
            start = t.left_edge.i
            break
    while start < head.i and (doc[start].pos_ == "PUNCT" or doc[start].lower_.lstrip(INVISIBLE) in ARTICLES) and not (
            doc[start].lower_ in ("a", "an") and start + 1 < head.i and doc[start + 1].lower_ in COUNTS_AFTER_A):
        start += 1  # "the senators", never "a few" ("few senators" says the opposite)
    if start > 0 and doc[start].lower_ in COUNTS_AFTER_A and doc[start - 1].lower_ in ("a", "an") \
            and doc[start - 1].head.i in (head.i, start):
        start -= 1  # "a handful of …", "a majority of …": the count's own article
    start += page_widget_run(doc, start, head.i + 1)  # "Facebook Twitter Pinterest Kurdish fighters": share buttons
    if head.lemma_.lower() in OUTLET_HEADS or head.text[:1].isupper():
        start = _past_description(doc, start, head)
    if head.i - start + 1 > MAX_GROUP_WORDS:
        start = head.i
    end = head.i + 1
    for t in head.rights:
        if t.dep_ not in RIGHT_MODIFIER_DEPS or t.i != end or _breaks(doc, t):
            break
        if t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children):
            break
        if t.dep_ == "prep" and t.lower_ == "to" and head.lemma_.lower() in DOCUMENT_HEADS:
            break  # "a letter to Ivo Brant": the recipient is no part of whose letter it is
        if t.dep_ == "acl" and t.tag_ not in ("VBN", "VBG"):
            break  # "officials briefed on …", never "officials to decide …"
        if t.dep_ == "acl" and t.tag_ == "VBG" and any(w.lower_ in OTHERS_PRONOUNS for w in t.subtree):
            break  # "an audience member [questioning his veracity]": what one did to another, not who (read 46)
        right = t.right_edge.i + 1
        if right - start > MAX_GROUP_WORDS or _cut_coordination(doc, right):
            break
        end = right
    return start, end


def _cut_coordination(doc, end: int) -> bool:
    """The modifier ending before ``end`` stops on its coordinator, the last conjunct hung elsewhere by the
    parser ("hawks in Velmora, Delmar and [elsewhere] say"): the place list is cut, so it is no part of the
    name. Source: strict reads, round 23 (a group named "hawks in …, … and")."""
    return doc[end - 1].dep_ == "cc" or doc[end - 1].lower_ in ("and", "or")


def _past_description(doc, start: int, head) -> int:
    """``start``, or past the lower-case words before the proper name of an outlet or a body that only
    describe it: adjectives ("the semiofficial KNA news agency", "the conservative Harlan Foundation") and
    hyphened compounds of lower-case parts ("state-run", "state-owned", "government-backed"; not
    "pro-Kessel"): "the state-run Kessel News Agency" is "Kessel News Agency". Only where a proper noun
    follows them ("the federal government's Kessel Hospital" keeps its words). Source: strict reads, round
    22 ("state-run" kept in an agency's name)."""
    k = start
    while k < head.i:
        end = k + 1
        while end + 1 < head.i and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_:
            end += 2  # "state" "-" "run"
        words = [t for t in doc[k:end] if t.text not in HYPHENS]
        if not all(t.is_lower and t.is_alpha for t in words) or (len(words) == 1 and words[0].pos_ != "ADJ"):
            break
        k = end
    return k if k < head.i and doc[k].pos_ == "PROPN" else start


def speaks(head) -> bool:
    """True when the head noun of an unnamed source can be someone who speaks or publishes: a person,
    group, organisation or document word ("officials", "the ministry", "a poll", "voters", "residents"),
    not an event or a thing ("the deal", "the conflict", "his choices")."""
    lemma = head.lemma_.lower()
    if lemma in SPEAKING_NOUNS or head.lower_ in SPEAKING_NOUNS:
        return True
    return lemma.endswith(AGENT_SUFFIXES) and lemma not in NOT_SPEAKING and not lemma.endswith(THING_SUFFIXES)


def _breaks(doc, tok) -> bool:
    """A modifier running over a line break or into a quotation is no part of the name."""
    return any(t.is_space or t.text in "\"“”«»" for t in doc[tok.left_edge.i:tok.right_edge.i + 1])


def group_name(head) -> str:
    """The characters of :func:`group_span` (exact text of the article, never re-joined words)."""
    start, end = group_span(head)
    doc = head.doc
    text = doc_text(doc)[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
    return text.lstrip(EDGE_PUNCT).rstrip(EDGE_PUNCT) or head.text  # not "- missile system"


def is_bare_group(name: str) -> bool:
    """True for a group the name does not tell apart: one lower-case word ("officials", "percent",
    "adviser"), vague words before one ("other officials", "some senior officials"), or such a phrase
    opening a sentence ("Officials", "Senior officials": a common noun, not a name such as "Democrats")."""
    words = name.split()
    if not words or count_words(words[:-1]) < len(words) - 1:
        return False
    head = words[-1]
    if head.islower():
        return True
    return len(words) == 1 and head[1:].islower() and _common_noun(head.lower())


def counting(word: str, following: str | None = None) -> bool:
    """A vague word or a count before a group's noun ("some", "two", "40", "a dozen", "half of the"), a
    partitive noun only before its "of" ("a majority of", never "minority group"): the group counted is as
    unnamed as the group ("two of the officials" names no more than "officials")."""
    low = word.lower().strip(",")
    if low in PARTITIVES and low not in QUANTITY_WORDS and low not in NUMBER_WORDS:
        return (following or "").lower() == "of"
    parts = low.split("-")  # "twenty-five"
    return low in VAGUE_MODIFIERS or low in ARTICLES or bool(DIGITS.fullmatch(low)) or all(
        p in NUMBER_WORDS or p in QUANTITY_WORDS for p in parts)


def count_words(words: list[str]) -> int:
    """How many of ``words``, from the first, only count or point ("some of the", "more than a dozen")."""
    k = 0
    while k < len(words) and counting(words[k], words[k + 1] if k + 1 < len(words) else None):
        k += 1
    return k


def _common_noun(word: str) -> bool:
    """A speaking common noun in a capitalised word ("Officials", "Critics", "Analysts")."""
    from .roles import ROLE_NOUNS  # roles imports nothing from here: no cycle at run time
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return any(w in SPEAKING_NOUNS or w in ROLE_NOUNS for w in (word, singular))


# Heads of a news outlet's description, whose own name follows the writer's adjectives about it
HYPHENS = "-‐"  # a hyphen joining the parts of one word
OUTLET_HEADS = frozenset("agency newspaper paper daily broadcaster network channel station outlet service".split())
PHOTO_CREDIT = re.compile(r"\w/\s?(?:AP|AFP|Reuters|Getty|EPA|Bloomberg|Xinhua|[A-Z]{2,5})\b")  # "Ada Holm/AP"
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
OTHERS_ALONE = frozenset({"others", "other"})  # a last conjunct that names no one ("… and others")


def names_someone(name: str | None, entity: str | None = None) -> bool:
    """False for no name, a pronoun or quantifier standing alone ("It", "I", "some", "percent"), a group
    the name does not tell apart ("officials", "other experts") or a role of an unresolved possessive
    pronoun ("his spokeswoman"). ``entity``: the speaker's entity id; a named entity is never bare."""
    if not name or not any(ch.isalpha() for ch in name):
        return False
    if name.lower() in EMPTY_SOURCES or (entity is None and is_bare_group(name)):
        return False
    if name.upper().rstrip(".:") in NOT_SPEAKER_LABELS:
        return False  # "Breaking: the minister was sacked", "Update: …": a page's label, no one speaking
    if PHOTO_CREDIT.search(name):
        return False  # "Ada Holm/AP Ada Holm/AP": a photo's credit line run into the text, no one speaking
    words = name.split()
    if words[0].lower() in PERSONAL_PRONOUNS and len(words) > 1:
        return False  # "He and others": who "he" is was never settled
    if len(words) > 2 and words[-2] in ("and", "or") and words[-1] in OTHERS_ALONE:
        return False  # "Marta Quell and others": unnamed others in one named person's mouth (read 23)
    first = words[min(count_words(words), len(words) - 1)]  # "some of his colleagues": "his"
    return words[0].lower() not in POSSESSIVE_PRONOUNS and first.lower() not in POSSESSIVE_PRONOUNS
