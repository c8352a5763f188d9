"""The same statement shown twice: a page that opens with a summary quoting the story's lines again, a
paragraph printed twice, or a quotation set again as display. Records of one speaker whose contents hold the
same words (a leading "that" aside) are one statement; the first with a cue of words is kept, the rest are not
shown (strict reads of round 20: a duplicate record is no second report). Used by ``extract``."""
from __future__ import annotations

import re

from ...model import Attribution

# Fewer words than this may well be said twice ("“No, absolutely not,”"): two records, two answers.
MIN_REPEATED_WORDS = 4
WORD = re.compile(r"[^\W_]+")


def repeated(text: str, attrs: list[Attribution]) -> list[bool]:
    """For each of ``attrs`` (character offsets in ``text``), whether it repeats another record's statement
    and is not the one kept (the first with a verb in its cue, else the first)."""
    keys = [_key(text, a) for a in attrs]
    kept: dict[tuple, int] = {}
    for k, key in enumerate(keys):
        if key is None:
            continue
        if key not in kept or not _worded_cue(text, attrs[kept[key]]) and _worded_cue(text, attrs[k]):
            kept[key] = k
    return [key is not None and kept[key] != k for k, key in enumerate(keys)]


def _key(text: str, a: Attribution) -> tuple | None:
    """The speaker's name and the content's words, lower-cased; None for a short content or no name."""
    words = [w.lower() for w in WORD.findall(text[a.content[0]:a.content[1]])]
    if words[:1] == ["that"]:
        words = words[1:]
    if len(words) < MIN_REPEATED_WORDS or not a.speaker.name:
        return None
    return (a.speaker.name.lower(), tuple(words))


def _worded_cue(text: str, a: Attribution) -> bool:
    """The cue has a word ("said"), not only a colon or a dash."""
    return a.cue is not None and any(ch.isalpha() for ch in text[a.cue[0]:a.cue[1]])
