"""Unnamed sources as written ("analysts", "Trump's lawyers", "senators" for "Dozens of senators"), and
the source words that name no one ("it" left unresolved, "I" in a column, "some", "percent").

A record whose source names no one is not an attribution worth showing: ``names_someone`` says which
speaker names to keep (a wrong or empty name is worse than no record).
"""
from __future__ import annotations

# Heads that count or pick out part of a group: the group is the object of their "of".
PARTITIVES = frozenset("""
dozens dozen hundreds thousands millions scores many some most several few none one two three four five six
seven eight nine ten half majority minority number percent share all each both any rest lot lots group
thirds third quarters quarter fifths
""".split())
# Words that, standing alone as a source, name no one.
EMPTY_SOURCES = frozenset("""
i me my we us our you your he him his she her it its they them their this that these those who whom which what
one ones some many most several few none others other another all each both any anyone everyone everybody
someone somebody nobody no-one something everything nothing half majority minority number percent share
rest lot lots part the a an 's ’s left right old new former latter photo
""".split()) | {"file photo"}  # a caption's credit read as a source
GROUP_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
MAX_GROUP_WORDS = 3


def partitive_object(head):
    """"senators" for the head of "Dozens of senators" (the object of a partitive's "of"), else None."""
    if head.lower_ not in PARTITIVES:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def group_name(head) -> str:
    """An unnamed source as written, kept short: the head noun with the modifiers before it that fit in
    ``MAX_GROUP_WORDS``, each modifier whole ("Trump's lawyers", "U.S. officials", "IDF spokesperson")."""
    units: list[str] = []  # each modifier whole ("Israel Defense Forces", never "Forces" alone)
    for t in head.lefts:
        if t.dep_ in GROUP_MODIFIER_DEPS:
            units.append("".join(w.text_with_ws for w in t.subtree if w.dep_ != "det").strip())
    units.append(head.text)
    while len(" ".join(units).split()) > MAX_GROUP_WORDS and len(units) > 1:
        units.pop(0)
    return " ".join(units).lstrip("-–—‐ ")  # not "- missile system" from "anti-missile system"


def names_someone(name: str | None) -> bool:
    """False for no name, a pronoun or quantifier standing alone ("It", "I", "some", "percent")."""
    if not name or not any(ch.isalpha() for ch in name):
        return False
    return name.lower() not in EMPTY_SOURCES
