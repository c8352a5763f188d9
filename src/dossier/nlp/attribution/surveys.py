"""Survey findings told as speech: "a 60% majority of liberal voters say …", "four-in-ten adults say …", "one in
5 islanders say …", "three in four [Ostrians] say …" (the share before a source cut to the group),
"Greens are twice as likely as Liberals to say …".

A poll's share of a group is no one who spoke: the record would name the group ("voters") for what only
part of it answered, and often the comparison group for what the other side said; the reporter's figures
run into the content ("(63% vs. 29%)"). Such records are kept in the contract but not reported. Works on
the text around the source (Doc character offsets), so it holds whatever the parser made of the numbers.
"""
from __future__ import annotations

import re

from ...model import Attribution

# A share of a group in the source phrase ("a 60% majority of", "four-in-ten", "half of", "two-thirds of"); lower
# case only, so "Majority Leader" is no share.
COUNT = r"(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine))"
SHARE = re.compile(r"\d\s*%|\b(?:percent|per cent|majority|minority|plurality|half|share)\b|"
                   r"\b\w+-in-(?:ten|10|five|three|four)\b|\b(?:thirds?|quarters?|fifths?) of\b|\bas many\b|"
                   rf"\b{COUNT}\s+(?:in|out\s+of)\s+{COUNT}\b")  # "One in 5 people", "six out of 10 voters"
# A share just before a source that the tagger cut to the group: "Three in four [Ostrians] say", "61% of [voters]".
SHARE_BEFORE = re.compile(rf"(?:\d\s*%|\bper\s*cent|\b{COUNT}\s+(?:in|out\s+of)\s+{COUNT})(?:\s+of)?(?:\s+the)?\s*$")
# The share given in brackets after the group: "Republicans (61%) say".
BRACKETED_SHARE = re.compile(r"^\s*\(\s*\d+\s*%")
# The group a comparison measures against: "… more likely than [Democrats] to say", "twice as many [people]".
COMPARED = re.compile(r"\b(?:likely|many|times|twice)\s+(?:than|as)\s*$|\b(?:twice|times|half)\s+as\s*$", re.I)
LIKELY_TO = re.compile(r"\blikely\s*$")  # "[Greens] are far less likely [to say] …"
LIKELY_CUE = re.compile(r"\blikely to\s+\w+$")  # the cue itself: "are far less likely to say"
REACH = 40  # characters looked at before the source and before the cue


def survey_finding(text: str, a: Attribution) -> bool:
    """Whether ``a`` reports a survey's share of a group rather than anyone's words."""
    if a.speaker.mention is None:
        return False
    s, e = a.speaker.mention
    if SHARE.search(text[s:e]) or BRACKETED_SHARE.match(text[e:e + 12]) or SHARE_BEFORE.search(text[max(0, s - REACH):s]):
        return True
    if COMPARED.search(text[max(0, s - REACH):s]):
        return True
    if a.cue is not None and LIKELY_CUE.search(text[a.cue[0]:a.cue[1]]):
        return True
    if a.cue is not None and text[a.cue[0]:a.cue[1]].lower().startswith("to "):
        return bool(LIKELY_TO.search(text[max(0, a.cue[0] - REACH):a.cue[0]]))
    return False
