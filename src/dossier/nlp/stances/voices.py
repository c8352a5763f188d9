"""Whose stance a report can carry.

A stance read inside what someone is reported as saying ("Diplomats say Ostria has resisted new
sanctions", «"Vell wants to be seen as a reformer," said the consultant») is the speaker's account of
the holder, not the holder's own attitude: it stands only when the speaker is the holder or speaks for
it: the same entity, a group naming it ("Vell and Holm say they welcome …"), the state it leads or
serves ("Ostria's foreign minister", "Ostrian officials"), or a person's lawyer or spokesman.
"""
from __future__ import annotations

import re

from ...model import Attribution, Entity
from ..entities.aliases import name_words
from ..entities.nationality import GOVERNMENT_NOUNS
from ..entities.states import State, index as state_index
from .lexicon import REPRESENTATIVE_NOUNS, SPEAKING_FOR

# "senior director for Ostria", "ambassador to Ostria": a portfolio or posting, not the holder's state.
PORTFOLIO = re.compile(r"\s(?:for|to|on|with)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


# A body whose name opens with a demonym or a state ("the Ostrian Democratic Council", "Ostria Solidarity
# Front"): its president leads the body, not the state.
BODY_NAME = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+(?:(?<!Security )Council|Party|Front|Movement|Forces|Committee|"
                       r"Institute|Center|Centre|Association|League|Union|Congress|Coalition|Alliance|Federation|"
                       r"Foundation|Society|Organization|Organisation|Network|Group)\b")


def home_state(role: str | None) -> State | None:
    """The state a role serves, when the role is a representative's ("Ostrian foreign minister",
    "an official of Ostria"): None for one that only studies or covers it ("founder of the Ostrian
    Council", "envoy to Ostria")."""
    if not role or not any(w.lower() in REPRESENTATIVE_NOUNS for w in re.findall(r"\w+", role)):
        return None
    return state_in(BODY_NAME.sub(" ", PORTFOLIO.sub(" ", role)))


def state_in(text: str, seats: bool = False) -> State | None:
    """The first state ``text`` names or gives a demonym of ("Ostrian officials", "the Ostria team"); with
    ``seats``, also a seat of government standing for one ("a White House spokesman")."""
    states = state_index()
    for phrase in _capitalised_phrases(text):
        state = states.demonym_of(phrase) or states.state_named(phrase) or (states.seat_of(phrase) if seats else None)
        if state is not None:
            return state
    return None


def _capitalised_phrases(text: str) -> list[str]:
    """The capitalised words of ``text`` ("U.S." included), then each two in a row: where a state's name,
    demonym or seat may be."""
    words = re.findall(r"[A-Z][\w-]+|[A-Z]\.[A-Z]\.", text)
    return [*words, *(" ".join(p) for p in zip(words, words[1:]))]


def report_around(reports: list[Attribution], char: int) -> Attribution | None:
    """The innermost reported statement whose content holds the character at ``char`` (Doc offsets):
    in "Holm said Vell told her he wants …" Vell's, or None."""
    around = [r for r in reports if r.content[0] <= char < r.content[1]]
    return min(around, key=lambda r: r.content[1] - r.content[0], default=None)


# A state's own press: "Veskan state media", "state-run television", "the official news agency" (stancehear14).
STATE_MEDIA = re.compile(r"\bstate(?:-run|-owned|-controlled|-backed)?\s+(?:media|television|tv|news|radio|broadcaster|"
                         r"press|outlets?|newspapers?|agency|channel)\b|\bstate-(?:run|owned|controlled)\b|"
                         r"\bofficial\s+(?:news\s+agency|media|press)\b", re.I)
OPENING_MARKS = frozenset("“\"«")
# Cues of saying or holding a view, by which an unnamed group passes on its reading of another ("Experts say …",
# "…, diplomats have long noted", "Analysts believe …").
SAYING_CUE = re.compile(r"\b(?:say|says|said|tell|tells|told|note|notes|noted|claim|claims|claimed|believe|believes|"
                        r"believed|argue|argues|argued|contend|contends|contended|think|thinks|thought|insist|"
                        r"insists|insisted|suggest|suggests|suggested|allege|alleges|alleged|assert|asserts|asserted|"
                        r"tweet|tweets|tweeted|write|writes|wrote|warn|warns|warned)\b", re.I)
# A group placed where it speaks from ("experts here", "analysts in Moscow", "diplomats in Brussels"): left as
# before, the seeds read "What scares them, experts here say" as Russia's own fear told by its experts.
PLACED = re.compile(r"\bhere\b|\b(?:in|from|at)\s+[A-Z]")
PRONOUN_SPEAKERS = frozenset("he she they it we i you".split())


def unsure_voices(reports: list[Attribution], text: str) -> list[Attribution]:
    """Reports held back as unsure that still tell whose words a stance is in (stancehear14): a direct quotation
    (content opening with a quotation mark: «"He thinks he is right because he wants …," May said»), or what an
    unnamed group says or believes ("Experts say Ostria is eager to …", "…, diplomats have long noted": no entity
    but a name, a cue of ``SAYING_CUE``, not ``PLACED``; a report with no speaker's name is a misparse). Others
    (a verb of reassuring or recognising taken for a cue, a pronoun not resolved) are left out: measured on dev,
    they dropped stances the text tells as fact."""
    out = []
    for r in reports:
        if text[r.content[0]:r.content[1]].lstrip()[:1] in OPENING_MARKS:
            out.append(r)
            continue
        mention = text[r.speaker.mention[0]:r.speaker.mention[1]] if r.speaker.mention else ""
        if r.speaker.entity is None and r.speaker.name and mention.lower() not in PRONOUN_SPEAKERS and r.cue and \
                SAYING_CUE.search(text[r.cue[0]:r.cue[1]]) and not PLACED.search(mention):
            out.append(r)
    return out


def voices(report: Attribution, actor: Entity, text: str, by_id: dict[str, Entity], leaders: dict[str, str]) -> bool:
    """Whether ``report``'s speaker can voice ``actor``'s stance: it is the actor, names it, leads or
    serves it (its state), or is a person's lawyer, spokesman or aide (``SPEAKING_FOR``) speaking of a
    person. ``text``: the Doc text the report's spans index; ``leaders``: person id -> state id."""
    speaker = report.speaker
    if actor.id and speaker.entity == actor.id:
        return True
    mention = text[speaker.mention[0]:speaker.mention[1]] if speaker.mention else ""
    if STATE_MEDIA.search(mention):  # "Veskan state media reported …": a government's mouthpiece, its own state's
        home, own = state_in(mention), state_index().state_named(actor.name)
        return actor.type == "GPE" and home is not None and own is not None and home.code == own.code
    if report.cue and text[report.cue[0]:report.cue[1]].lower().startswith("report"):
        return True  # "…, AP reports", "Reuters reported that …": news relayed, not a party's claim
    entity = by_id.get(speaker.entity or "")
    role = speaker.role or (entity.role if entity is not None else None)
    said_by = " ".join(filter(None, [speaker.name, mention, role]))
    by = set(name_words(said_by)) | _initials(role or "")
    for name in (actor.name, *actor.aliases):
        own = name_words(name)
        if own and (set(own) <= by or (actor.type == "PERSON" and own[-1] in by)):
            return True  # "Vell and Holm", "Ostria's foreign ministry", "Holm's office", "the Union's envoy"
    if entity is not None and actor.id and leaders.get(entity.id) == actor.id:
        return True
    if actor.type == "PERSON":
        return bool(set(re.findall(r"\w+", f"{role or ''} {mention}".lower())) & SPEAKING_FOR)
    if actor.type == "GPE":
        return represents(role, mention, actor)
    return False


def represents(role: str | None, mention: str, state: Entity) -> bool:
    """A speaker whose ``role`` or ``mention`` ("Ostrian officials", "a White House spokesman") says they
    serve ``state`` (a GPE entity)."""
    home = served_state(role, mention)
    actor_state = state_index().state_named(state.name)
    return home is not None and actor_state is not None and home.code == actor_state.code


def served_state(role: str | None, mention: str = "") -> State | None:
    """The state a speaker's ``role`` or ``mention`` says they serve, if any."""
    return home_state(role) or _seat_in(role or "") or (state_in(mention, seats=True) if _representatives(mention) else None)


def _initials(text: str) -> set[str]:
    """The acronyms of the capitalised runs in ``text``, lower-cased: "the European Union's envoy" -> {"eu"}; every run of two or more."""
    out = set()
    for run in re.findall(r"[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)+", text):
        heads = "".join(w[0] for w in run.split() if w[0].isupper()).lower()
        out |= {heads[i:j] for i in range(len(heads)) for j in range(i + 2, len(heads) + 1)}
    return out


def _seat_in(text: str) -> State | None:
    """The state whose seat of government a role names ("White House press secretary")."""
    return next(filter(None, map(state_index().seat_of, _capitalised_phrases(text))), None)


def _representatives(mention: str) -> bool:
    """ "Ostrian officials", "the Ostrian government", "a Kremlin spokesman": who speaks for a state."""
    return any(w.lower() in REPRESENTATIVE_NOUNS or w.lower() in GOVERNMENT_NOUNS for w in re.findall(r"\w+", mention))
