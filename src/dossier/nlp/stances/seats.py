"""A seat of government read as its state, in a quarrel at home (read 21).

"The White House has refused to cooperate with the inquiry, accusing House Democrats of a sham": the parse
and the entities make "the White House" the United States, which holds the stance. Against the country's
own chamber, parties or a campaign, with no other state named, the seat is an administration in a domestic
quarrel, not the country (strict readers: "a domestic dispute is the White House's, not the country's"). A
seat facing another state ("the Kremlin fears NATO", "the Kremlin accused Ostrian senators") stays its state.
"""
from __future__ import annotations

import re

from ..entities.parties import PARTY_WORDS
from ..entities.states import index as state_index

# Words naming a state's own political bodies and contests, beside its parties (``PARTY_WORDS``): the other
# side of a quarrel at home. "House" only in capitals and not after "White" ("House Democrats").
DOMESTIC_WORDS = frozenset("""congress congressional senate senator senators lawmakers legislators legislature
parliament parliamentary duma impeachment campaign campaigns governors""".split())
_HOUSE = re.compile(r"(?<!White )\bHouse\b")


def as_seat(mention_text: str) -> bool:
    """The mention names a seat of government or a capital, not the state ("the White House", "Kremlin",
    "Washington"), so it may stand for an administration."""
    states = state_index()
    text = re.sub(r"^(?:the|The)\s+", "", mention_text.strip())
    return bool(states.seat_of(text) or states.capital_of(text)) and not states.state_named(text)


def at_home(sent, state_name: str) -> bool:
    """The sentence names the state's own political side (``PARTY_WORDS``, ``DOMESTIC_WORDS``, "House") and
    no other state, by name or demonym ("Swedish lawmakers"): a quarrel at home."""
    if not (_HOUSE.search(sent.text) or any(w.lower_ in PARTY_WORDS or w.lower_ in DOMESTIC_WORDS for w in sent)):
        return False
    return not any(_another_state(phrase, state_name) for phrase in _capitalised(sent))


def _capitalised(sent) -> list[str]:
    """Capitalised words of the sentence and each two in a row ("South Korea")."""
    words = [w.text for w in sent if w.text[:1].isupper()]
    return [*words, *(" ".join(p) for p in zip(words, words[1:]))]


def _another_state(phrase: str, state_name: str) -> bool:
    states = state_index()
    found = states.state_named(phrase) or states.demonym_of(phrase)
    own = states.state_named(state_name)
    return found is not None and (own is None or found.code != own.code)
