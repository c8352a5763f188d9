"""Interview transcripts: "Q: …" / "VELL: …" lines, whose answers belong to the person named in the tag.

A line opening with a capitalised speaker tag and a colon is a turn of a transcript when the text
has at least ``MIN_TURNS`` such lines. A turn tagged with the surname (or full name) of a person the
article names in full becomes an attribution of that person, the colon as its cue; the interviewer's
"Q:" turns and tags naming no one in the article give nothing (a wrong name is worse than none).
"""
from __future__ import annotations

import re

from ..doctext import doc_text
from ...model import Attribution, Speaker
from .speakers import SpeakerResolver

TURN = re.compile(r"^(?P<tag>[A-Z][A-Za-z.'’ -]{0,40}?):[ \t]+(?P<content>\S[^\n]*)$", re.M)
MIN_TURNS = 2
INTERVIEWER_TAGS = frozenset({"q", "question", "interviewer"})


def is_turn(line: str) -> bool:
    """True for "VELL: Two weeks." and "Q: How long?"; a tag written in capitals or "Q"."""
    m = TURN.match(line.strip())
    return m is not None and (m["tag"].isupper() or m["tag"].lower() in INTERVIEWER_TAGS)


def transcript_attributions(doc, resolver: SpeakerResolver) -> list[Attribution]:
    """Attributions of the answers in a transcript, in Doc character offsets (none when no transcript)."""
    turns = [m for m in TURN.finditer(doc_text(doc)) if m["tag"].isupper() or m["tag"].lower() in INTERVIEWER_TAGS]
    if len(turns) < MIN_TURNS:
        return []
    out = []
    names = {}
    for m in turns:
        tag = m["tag"].strip()
        if tag.lower() not in INTERVIEWER_TAGS:
            names.setdefault(tag.lower(), set()).add(_tag_person(resolver, tag, m.start("tag")))
    for m in turns:
        tag = m["tag"].strip()
        if tag.lower() in INTERVIEWER_TAGS or len(names[tag.lower()]) != 1:
            continue  # one tag stands for one speaker all through: a namesake's turns, told apart no further
        name = next(iter(names[tag.lower()]))  # the one person all its turns found
        if name is None:
            continue  # nobody of that name is named in full in the article ("UPDATE II", "SEE ALSO")
        content = (m.start("content"), m.start("content") + len(m["content"].rstrip()))
        speaker = Speaker(None, name, (m.start("tag"), m.start("tag") + len(tag)), resolver.role_of_name(name))
        out.append(Attribution(content=content, cue=(m.end("tag"), m.end("tag") + 1), speaker=speaker,
                               kind="indirect"))
    return out


def _tag_person(resolver: SpeakerResolver, tag: str, start: int) -> str | None:
    """The person a turn's tag (starting at char ``start``) names: the one named in full with its last word;
    when two or more share it ("Ana Vell" and her husband "Tomas Vell", ``resolver.surname_owners``), the
    one the whole tag names ("TOMAS VELL"), else the one the entity step joined the bare tag to, by what a
    reader has seen by then (``entities.people``), else the surname's owner, else no one. Source: strict
    reads, a transcript's surname tags given to the article subject's husband, the longer full name of the two."""
    words = tag.split()
    surname = words[-1].lower()
    if surname not in resolver.surname_owners:
        return resolver.full_names.get(surname)
    people = [e for e in resolver.entities.values() if e.type == "PERSON"]
    if len(words) >= 2:
        return next((e.name for e in people if e.name.lower() == tag.lower()), None)
    end = start + len(tag)
    return next((e.name for s, t, e in resolver.mentions if e.type == "PERSON" and s <= start and end <= t
                 and len(e.name.split()) >= 2), resolver.surname_owners[surname])
