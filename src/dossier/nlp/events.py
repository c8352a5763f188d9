"""Events: sentences that carry a resolved date, with the entities they mention.

A timeline needs a place on the calendar, so only dates that name one are kept: days, weeks,
months, seasons, quarters, years, decades. Durations, frequencies, vague references ("now",
"recently") and underspecified values ("XXXX-02-25") stay out. So does a date that does not anchor its
sentence's act: a compared year, a year naming a thing ("the 2019 vote"), a year inside what a source said,
or any date of what was said when the sentence has a date of its own; see ``event_dates``. Nor is a
sentence that says nothing but its dates (``bare_stamp``): a live blog's time stamp on its line ("9:30
a.m.", "4:58pm"), a dateline ("(May 13) AP"), a date left alone on its line (analyst's read of briefs,
timeline20). Nor is page furniture (``furniture``): a photo's caption, known by its credit or gallery
marks on its line ("… on Saturday. (AP Photo/ Lia Brant)", "Hide Caption 3 of 9 …", "FILE - In this May 3,
2019, file photo, …"), or a subscription pitch (analyst's read of briefs, timeline24: the day a photo was
taken was shown as the story's event). Nor is a date that begins after the article was written
(``after_the_telling``): "is visiting Dunmore next week", "crucial to winning in 2027" tell what is yet to
come, whatever the verb (analyst's read of briefs, timeline24).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .doctext import doc_text
from .event_dates import CONTENT, MAIN, date_role
from .time.calendar import parse_date
from .time.values import value_interval
from ..ingest.patterns import caption
from ..model import Entity, Event, Timex

PLACEABLE_VALUE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)|\d{3}X)"
    r"(?:T[\w:]+)?$")
EVENT_TYPES = ("DATE", "TIME")
FINER_THAN_YEAR = re.compile(r"^\d{4}-(?:\d{2}|W\d{2})")  # a month, a week or a day
# words a stamp may carry besides its dates: time zones, clock words, a wire's credit
STAMP_WORDS = frozenset("""et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc kst jst cet cest local time
am pm a.m p.m ap afp reuters upi updated update""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*[A-Za-z]")
# A wire's file-photo caption ("FILE - In this Jan. 5, 2018, file photo, …") and a pitch to subscribe.
FILE_PHOTO = re.compile(r"^\W*FILE\s*[-–—]\s|\b[Ii]n this (?:\S+\s+){0,8}?(?:file\s+)?(?:photo|image)\b")
SUBSCRIPTION_PITCH = re.compile(r"(?i)\bsubscrib(?:e|ing)\b[^.\n]{0,40}\b(?:today|now)\b")
# a day past the article's date may still be its own: the outlet's date and the story's clock differ by a zone
TELLING_SLACK = dt.timedelta(days=1)
CAPTION_REACH = (300, 120)  # how far before and after a sentence its line is read for a caption's marks


def furniture(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``text[start:end]`` is page furniture: a photo's caption (its own words, or
    within ``CAPTION_REACH`` on its line, carry a credit or a gallery's mark: "… on Saturday. (AP Photo/ Lia
    Brant)", "Hide Caption 3 of 9 …"; or it is a wire's file-photo caption) or a pitch to subscribe."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    around = text[max(line_start, start - CAPTION_REACH[0]):min(line_end, end + CAPTION_REACH[1])]
    sentence = text[start:end]
    return caption(around) or bool(FILE_PHOTO.search(text[line_start:end]) or SUBSCRIPTION_PITCH.search(sentence))


def bare_stamp(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` says nothing but the dates at ``dates`` (a time zone, "local time" or a wire's
    credit aside): "10:20 a.m.", "May 9, 2018", "(May 13) AP"."""
    rest, at = [], start
    for s, e in sorted(dates):
        if start <= s < end:
            rest.append(text[at:s])
            at = max(at, e)
    rest.append(text[at:end])
    return all(w.lower() in STAMP_WORDS for w in _WORD.findall(" ".join(rest)))


def after_the_telling(value: str, written: dt.date | None) -> bool:
    """Whether the stretch ``value`` names begins after ``written``, the article's date (a day's slack for time
    zones): it had not happened when the article was written."""
    stretch = value_interval(value) if written is not None else None
    return stretch is not None and stretch[0] > written + TELLING_SLACK


def is_placeable(timex: Timex) -> bool:
    """A DATE or TIME whose value names a stretch of the calendar."""
    return timex.type in EVENT_TYPES and bool(PLACEABLE_VALUE.match(timex.value))


def find_events(doc, timexes: list[Timex], entities: list[Entity], quotations: list[tuple[int, int]] = (),
                anchor: str | None = None) -> list[Event]:
    """One event per (sentence, date value) for each date that anchors its sentence (``event_dates``);
    spans in Doc offsets, actors as entity ids; ``quotations``: spans of direct quotations; ``anchor``: the
    article's own date (not one inferred from its text), after which nothing has happened yet."""
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    mentions = sorted((m, e.id) for e in entities for m in e.mentions)
    written = parse_date(anchor)
    events: list[Event] = []
    seen: set[tuple[int, str]] = set()
    placed: dict[int, list[Timex]] = {}  # sentence -> its placeable dates, in text order
    for t in timexes:
        if is_placeable(t):
            placed.setdefault(max(0, bisect.bisect_right(starts, t.span[0]) - 1), []).append(t)
    dating: dict[int, list[Timex]] = {}  # sentence -> the dates that date it
    text = doc_text(doc)  # spaCy joins every token's text on each access: read it once
    for t in timexes:
        i = max(0, bisect.bisect_right(starts, t.span[0]) - 1)
        if not is_placeable(t):
            continue
        if i not in dating:
            dating[i] = _dating(doc, placed[i], quotations)
        if t not in dating[i]:
            continue
        start, end = _trim(text, *_within_paragraph(text, sentences[i], t.span))
        value = t.value.split("T")[0]
        if after_the_telling(value, written):
            continue
        if (i, value) in seen or end <= start or bare_stamp(text, start, end, [x.span for x in timexes]) \
                or furniture(text, start, end):
            continue
        seen.add((i, value))
        actors = tuple(dict.fromkeys(eid for (ms, me), eid in mentions if ms < end and start < me))
        events.append(Event(span=(start, end), value=value, timex=t.span, actors=actors))
    return events


def _dating(doc, inside: list[Timex], quotations) -> list[Timex]:
    """Of one sentence's placeable dates (``inside``), those that date it: its main dates, or else the content
    dates finer than a year (``event_dates``)."""
    roles = [(t, date_role(doc, t.span, quotations)) for t in inside]
    main = [t for t, role in roles if role == MAIN]
    return main or [t for t, role in roles if role == CONTENT and FINER_THAN_YEAR.match(t.value)]


def _within_paragraph(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The parser may run a sentence over a line break (heading into caption): keep the timex's line."""
    start, end = sentence
    start = max(start, text.rfind("\n", start, span[0]) + 1)
    line_end = text.find("\n", span[1], end)
    return start, (line_end if line_end >= 0 else end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
