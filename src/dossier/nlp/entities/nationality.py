"""Which state a person belongs to, as the text says it, and "Dravik's government" as a mention of
that state.  No world knowledge: a demonym or state in the person's title, or the state that
"his country" stands beside in a sentence naming him; without one, the mention stays the person's."""
from __future__ import annotations

from . import aliases
from .roles import ROLE_NOUNS
from .mentions import Group, Mention

POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# Nouns that turn a leader's name into the state it governs ("Dravik's government").
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "authorities"})
# Words that may stand between a nationality and a name ("Velmoran foreign minister Ilse Varga").
TITLE_WORDS = frozenset({"foreign", "prime", "supreme", "former", "deputy", "vice", "defense", "defence", "state",
                         "of", "top", "chief", "then", "acting"})
MAX_TITLE_TOKENS = 6


def governments_as_states(doc, people: list[Group], others: dict, states) -> None:
    """"Dravik's government" names the state he governs: move that mention (widened to the noun)
    from the person to the state, when the text gives the person's state; otherwise it stays his."""
    for g in people:
        for m in list(g.mentions):
            end = _government_noun_end(doc, m.end)
            code = _nationality(doc, g, others, states) if end is not None else None
            if code is None:
                continue
            g.mentions.remove(m)
            group = others.setdefault(("STATE", code), Group("GPE"))
            group.mentions.append(Mention(m.start, end, "STATE", code))
            group.names.append(states.states[code].name)


def _government_noun_end(doc, i: int) -> int | None:
    if i + 1 < len(doc) and doc[i].lower_ in POSSESSIVE_TOKENS and doc[i + 1].lower_ in GOVERNMENT_NOUNS:
        return i + 2
    return None


def _nationality(doc, g: Group, others: dict, states) -> str | None:
    """The state a person belongs to, as the text says it: a demonym or state in the title before
    a mention ("Velmoran foreign minister Ilse Varga", "Velmora's Dravik"), else the state that
    "his country" stands beside in a sentence naming him."""
    for m in g.mentions:
        code = _title_state(doc, m.start, states)
        if code:
            return code
    return _his_country(doc, g, others)


def _title_state(doc, start: int, states) -> str | None:
    i = start - 1
    while i >= 0 and i >= start - MAX_TITLE_TOKENS:
        t = doc[i]
        if t.ent_type_ in {"NORP", "GPE"}:
            ent = next((e for e in doc.ents if e.start <= i < e.end), None)
            state = ent is not None and (states.demonym_of(ent.text) or states.state_named(ent.text))
            return state.code if state else None
        if not (t.lower_ in TITLE_WORDS or t.lower_ in ROLE_NOUNS or t.lower_ in aliases.HONORIFICS
                or t.lower_ in POSSESSIVE_TOKENS):
            return None
        i -= 1
    return None


# Prepositions that set a state against the subject ("the risk it poses to the United States", "talks with Velmora",
# "sanctions against Ostria"): a state after one is the other side, not "his country" (general English, as data).
COUNTERPART_PREPOSITIONS = frozenset("to against with toward towards from by over versus vs".split())


def _his_country(doc, g: Group, others: dict) -> str | None:
    """The state nearest "his country" in a sentence naming the person, among those no counterpart preposition
    governs: a state after "to", "against" or "with" is the other side ("the leader about his country's hacking
    and the risk it poses to the United States": analyst22 found that leader's government filed under the
    United States; "Lifting bans with Velmora would let him grow Eastern Ostria, the poorest part of his
    country": Ostria)."""
    state_at = {i: key[1] for key, group in others.items() if key[0] == "STATE"
                for sm in group.mentions if not _counterpart(doc, sm.start, sm.end) for i in range(sm.start, sm.end)}
    for m in g.mentions:
        sent = doc[m.start].sent
        for t in sent:
            if t.lower_ in {"country", "nation"} and any(c.lower_ in {"his", "her"} for c in t.children):
                near = sorted((abs(i - t.i), code) for i, code in state_at.items() if sent.start <= i < sent.end)
                if near:
                    return near[0][1]
    return None


def _counterpart(doc, start: int, end: int) -> bool:
    """The mention at tokens [start, end) is the object of a counterpart preposition."""
    return any(not start <= t.head.i < end and t.head.lower_ in COUNTERPART_PREPOSITIONS and t.head.dep_ == "prep"
               for t in doc[start:end])
