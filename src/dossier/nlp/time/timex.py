"""Temporal expressions (TimeML TIMEX3) resolved against the article's date.

HeidelTime's recipe: regex patterns kept as data (:mod:`timex_rules`), one normalising function per
pattern (:mod:`timex_norm`), names and page furniture turned down (:mod:`guards`), overlaps settled longest-first, relative values resolved against the
anchor (the publication date) with the verb tense read from the spaCy ``Doc`` where it matters
("Friday" in a past-tense sentence is the Friday before the anchor), then two passes over what was
kept: "that day" takes the date last mentioned, "10:35 a.m." takes the day named beside it.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Callable

from ...model import Timex
from . import calendar as cal
from . import rules as R
from .guards import turned_down
from .prefilter import may_match
from .norm import (ANAPHOR_MARK, ANCHOR_FREE, COMPILED, EXPLICIT_DATE_RULES, LEADING_WORDS, NAMED_MONTH, SAME_MONTH,
                   Context, _shifted)

# ---------------------------------------------------------------- tense, read off the parse
FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "going"}
FORWARD_VERBS = {"plan", "expect", "schedule", "intend", "hope", "want", "aim", "prepare", "set", "due", "agree",
                 "promise", "vow", "threaten", "seek", "decide", "ask", "urge", "need", "wish"}
# Verbs whose object is an arrangement for later: "planned a rally on Saturday" is a coming Saturday
# even in the past tense (the pluperfect "had been scheduled to expire Friday" still looks back).
# Not "postpone"/"delay": "the vote was postponed Tuesday" dates the postponing.
SCHEDULING_VERBS = {"plan", "schedule", "reschedule"}
PLUPERFECT_AUX = {"had", "'d"}
# Verbs of aim whose own act is done once told, and whose infinitive's date the parser often takes from that act
# ("decided to issue the order Friday", "urged them to talk on Friday": the deciding, the urging).
DONE_AIMS = {"decide", "agree", "urge", "ask"}
# Verbs whose passive dates the thing awaited, not the awaiting: "the vote was expected in early June" written
# in May is this June's vote; the past tense tells when it was awaited (analyst's read of briefs, timeline20:
# such a June was placed a year back). No tense to go by: the nearest such date.
AWAITING_VERBS = {"expect", "anticipate", "slate", "forecast", "project"}


def tense_reader(doc) -> Callable[[int], str | None]:
    """A lookup char offset -> 'past' | 'present' | 'future' | None from the governing verb; ``day``: for a
    weekday, which an aim told in the past does not send forward (``_aim_tense``)."""
    if doc is None:
        return lambda offset, day=False: None
    starts = doc.to_array("IDX").tolist()  # each token's first character, without making every Token
    cache: dict[tuple[int, bool], str | None] = {}

    def tense_at(offset: int, day: bool = False) -> str | None:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        if i >= len(doc):
            return None
        if (i, day) not in cache:
            cache[i, day] = "past" if _after_a_past_verb(doc, i) else _verb_tense(doc[i], day)
        return cache[i, day]

    return tense_at


def _after_a_past_verb(doc, i: int) -> bool:
    """The date follows a verb in the past tense, "on" at most between ("Vell said on Friday he would resign",
    "the council voted Tuesday to close it"): the date is that verb's, gone by, whatever the parser hung it on
    (analyst's read: "said Friday he would …" was placed on the coming Friday)."""
    k = i - 1
    if k >= 0 and doc[k].lower_ == "on":
        k -= 1
    return k >= 0 and doc[k].tag_ == "VBD" and doc[k].sent.start == doc[i].sent.start


def _verb_tense(token, day: bool = False) -> str | None:
    node, steps = token, 0
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and steps < 8:
        node, steps = node.head, steps + 1
    if node.pos_ not in ("VERB", "AUX"):
        node = node.sent.root
        if node.pos_ not in ("VERB", "AUX"):
            return None
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if node.lemma_ in SCHEDULING_VERBS and node.dep_ != "acl" and not words & PLUPERFECT_AUX:
        return "future"
    if node.lemma_ in AWAITING_VERBS and node.tag_ == "VBN" and not words & PLUPERFECT_AUX \
            and (node.dep_ == "acl" or any(a.dep_ == "auxpass" for a in auxes)):
        return None
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children):
        if node.head.i != node.i and node.head.pos_ in ("VERB", "AUX") and node.head.lemma_ not in FORWARD_VERBS:
            return _verb_tense(node.head, day)  # "voted to support it Friday": the vote's time
        if _in_pluperfect(node.head):
            return "past"
        return _aim_tense(node.head) if day else "future"
    if node.tag_ == "VBG" and not auxes and node.head.i != node.i:
        return _verb_tense(node.head, day)
    if node.tag_ == "VBN" and not auxes:
        return "past"  # "the warrant issued Monday"
    if node.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if node.tag_ == "VBN" and words & {"has", "have", "'ve", "had"}:
        return "past"
    if node.tag_ == "VBN" and node.head.i != node.i and node.head.tag_ == "VBD":
        return "past"
    if node.tag_ in ("VBP", "VBZ", "VBG", "VB"):
        return "present"
    return None


def _aim_tense(head) -> str | None:
    """The tense an infinitive takes from its head, a verb of aim or a noun ("decided to step down on Friday",
    "her intention to step down on Wednesday", "the plan to open the locks Sunday"). Told in the past tense, what
    was aimed at then may have happened by the article's date, so it does not look forward: with a noun or a
    verb of a done aim (``DONE_AIMS``) it is past, with another verb of aim ("vowed to veto it Friday") it gives
    no direction (the nearest such day, leaning back). Analyst's read of briefs (timeline25): such days were
    placed up to six days after the article's date. A verb of scheduling or awaiting keeps its arrangement ahead
    ("planned to meet the envoy Tuesday", "expected him to wait until Saturday"), and so does an aim told in
    the present or the future."""
    if head.pos_ in ("VERB", "AUX"):
        if head.lemma_ in SCHEDULING_VERBS | AWAITING_VERBS or not _finite_past(head):
            return "future"
        return "past" if head.lemma_ in DONE_AIMS else None
    told = head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i and _verb_tense(head.head) == "past"
    return "past" if told else "future"


def _finite_past(verb) -> bool:
    """The verb is a finite past ("decided", "was set"), not a bare participle ("spending cuts set to hit
    Friday", "Vell's expected to push the vote again on Monday": no act told as done)."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _in_pluperfect(token) -> bool:
    """ "had been due to expire Friday": a plan as seen from the past, so its day has gone by."""
    verb = token.head if token.pos_ == "ADJ" and token.head.i != token.i else token
    return any(c.dep_ == "aux" and c.lower_ in PLUPERFECT_AUX for c in verb.children)


# ---------------------------------------------------------------- the public functions
def find_timexes(text: str, anchor: str | None, doc=None, inferred: bool = False) -> list[Timex]:
    """Every DATE, TIME, DURATION and SET in ``text`` with its TIMEX3 value (spans in ``text`` offsets)."""
    ctx = Context(cal.parse_date(anchor), text, tense_reader(doc))
    found: list[tuple[int, int, int, str, str, bool, str]] = []
    possible = may_match(text)
    for rule, regex in COMPILED:
        for m in (m for s, e in possible.ranges(rule.name) for m in regex.finditer(text, s, e)):
            got = rule.normalise(m, ctx)
            if got is None:
                continue
            start = got[2] if len(got) > 2 else m.start()
            lead = LEADING_WORDS.match(text, start, m.end())
            if lead and lead.end() < m.end():
                start = lead.end()
            end = _trim_end(text, start, m.end())
            if turned_down(text, start, end, rule.name):
                continue
            found.append((start, end, rule.priority, got[0], got[1], rule.name not in ANCHOR_FREE, rule.name))
    chosen: list[list] = []
    taken = bytearray(len(text))  # characters already inside a kept timex: longest first, then priority
    for start, end, _, kind, value, relative, name in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])):
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append([start, end, kind, value, relative, name])
    chosen.sort()
    _resolve_anaphora(chosen, ctx.anchor)
    _clock_times_take_their_day(chosen, text)
    return [Timex((s, e), kind, value, inferred=inferred and relative) for s, e, kind, value, relative, _ in chosen]


FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REFERENCE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
UNIT_GRAIN = {"year": 1, "month": 2, "week": 3, "day": 3}


def _resolve_anaphora(chosen: list[list], anchor: dt.date | None) -> None:
    """Give "that day", "the following year" the date last mentioned before them (the anchor if none); "that
    April" the year last mentioned, "that same April" the year of the April last mentioned (``_named_month``)."""
    reference: tuple[dt.date, int] | None = None  # (date, grain: 1 year, 2 month, 3 day)
    months_years: dict[int, int] = {}  # month -> the year of its last mention
    for item in chosen:
        value = item[3]
        if not value.startswith(ANAPHOR_MARK):
            if m := REFERENCE_VALUE.match(value):
                try:
                    reference = (dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1)), 1 + bool(m[2]) + bool(m[3]))
                except ValueError:
                    pass
                else:
                    if m[2]:
                        months_years[reference[0].month] = reference[0].year
            continue
        shift, unit = value[1:].split("|")
        if shift[0] in (NAMED_MONTH, SAME_MONTH):
            month = int(shift[1:])
            told = reference if shift[0] == NAMED_MONTH else \
                (dt.date(months_years[month], month, 1), 2) if month in months_years else None
            item[3] = _named_month(month, told, anchor)
            continue
        part = R.PARTS_OF_DAY.get(unit)
        unit = "day" if part else unit
        base, grain = reference or ((anchor, 3) if anchor else (None, 0))
        if base is None:
            item[3] = "XXXX-XX-XX" if unit == "day" else "XXXX"
            continue
        _, got = _shifted(base, int(shift), unit)
        if grain < UNIT_GRAIN[unit]:  # "that day" after "in 1998": the year is all we know
            got = f"{base.year:04d}" + ("-XX" if unit == "month" else "-WXX" if unit == "week" else "-XX-XX")
        item[3] = f"{got}T{part}" if part and FULL_DAY.match(got) else got


def _named_month(month: int, reference: tuple[dt.date, int] | None, anchor: dt.date | None) -> str:
    """ "That April": April of the year last mentioned; left open with no date before it, or where that April
    would come after the anchor (the text moved on to an earlier year: "Last April he was arrested" is the
    reference then, not the story's year)."""
    if reference is None or (anchor and (reference[0].year, month) > (anchor.year, anchor.month)):
        return f"XXXX-{month:02d}"
    return cal.month(reference[0].year, month)


CLOCK_NAMES_ITS_DAY = re.compile(r"(?i)day|tomorrow|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
CLOCK_RULES = ("clock", "clock24")
DAY_REACH = 80  # characters within which a clock time borrows the day of a date beside it


def _clock_times_take_their_day(chosen: list[list], text: str) -> None:
    """ "at 10:35 a.m. (0735 GMT) Friday": a clock time takes the day named next to it, not the anchor."""
    for item in chosen:
        start, end, _, value, _, name = item
        if name not in CLOCK_RULES or CLOCK_NAMES_ITS_DAY.search(text[start:end]) or "T" not in value:
            continue
        days = [(min(abs(s - end), abs(start - e)), s, e, v) for s, e, _, v, _, _ in chosen
                if FULL_DAY.match(v) and (s >= end or e <= start)]
        near = [d for d in sorted(days) if d[0] <= DAY_REACH
                and ". " not in text[min(end, d[2]):max(start, d[1])]]
        if near:
            item[3] = near[0][3] + value[value.index("T"):]


TRAILING_JUNK = " ,;:'’"
ABBREVIATION_END = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b[ap]\.m)\.$", re.I)


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop trailing punctuation, keeping an abbreviation's dot ("Feb.", "a.m.")."""
    while end > start and text[end - 1] in TRAILING_JUNK:
        end -= 1
    if end > start and text[end - 1] == "." and not ABBREVIATION_END.search(text[start:end]):
        end -= 1
    return end


# Where a full date is the article's own time, not a date its story tells of ("born on 13 November 1953", "the
# Sept. 11, 2012, attack", "29 March 2019 when we leave", "on Oct. 11, 2016, she met him"): an embedded post's
# signature ("— Ana Riel (@anariel) May 4, 2021"), a page's "Updated"/"Published"/"Adapted from … on", a photo
# caption ("pictured on", a short paragraph with a photo credit), a dateline ("OSLO, May 4, 2021 —") or a date
# standing alone on its line (analyst's read of briefs, timeline22: undated articles were anchored on a history
# date, so every "Sunday" and "last week" of theirs and the brief's date range were years off).
OWN_TIME_BEFORE = re.compile(r"(?i)(?:\(@\w{1,30}\)|\b(?:updated|published|posted|pictured"
                             r"|adapted from\b[^\n.]{0,120}?))(?:\s+on)?[\s:,]*$")
PHOTO_CREDIT = re.compile(r"Getty Images|AP Photo|Image caption|Image copyright|/Reuters\b|/AFP\b|\(Photo\b|Photo:")
CAPTION_LENGTH = 400
DATELINE_BEFORE = re.compile(r"(?:^|\n)(?:[A-Z][A-Z .'-]{1,30},?\s*)?$")
DATELINE_AFTER = re.compile(r"\s*(?:$|\n|[-—–(|]|\d{1,2}:\d\d)")


def _own_time(text: str, start: int, end: int) -> bool:
    """The full date at ``start:end`` dates the article itself, by where it stands (see ``OWN_TIME_BEFORE``)."""
    if OWN_TIME_BEFORE.search(text, max(0, start - 160), start):
        return True
    if DATELINE_BEFORE.search(text, max(0, start - 40), start) and DATELINE_AFTER.match(text, end):
        return True
    para_start, para_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    paragraph = text[para_start:len(text) if para_end < 0 else para_end]
    return len(paragraph) <= CAPTION_LENGTH and bool(PHOTO_CREDIT.search(paragraph))


def choose_anchor(published: str | None, text: str) -> tuple[str | None, bool]:
    """The publication date when known; else the latest full date the text gives as its own time
    (``_own_time``), flagged inferred; else none: a story's dates are no anchor, relative dates stay open."""
    date = cal.parse_date(published)
    if date:
        return date.isoformat(), False
    ctx = Context(None, text, lambda offset, day=False: None)
    latest = None
    possible = may_match(text)
    for rule, regex in COMPILED:
        if rule.name not in EXPLICIT_DATE_RULES:
            continue
        for m in (m for s, e in possible.ranges(rule.name) for m in regex.finditer(text, s, e)):
            got = rule.normalise(m, ctx)
            start = got[2] if got and len(got) > 2 else m.start()
            if got and (latest is None or got[1] > latest) and _own_time(text, start, _trim_end(text, start, m.end())):
                latest = got[1]
    return (latest, True) if latest else (None, False)
