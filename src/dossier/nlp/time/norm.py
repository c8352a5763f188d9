"""Normalisers for temporal expressions: one function per pattern of :mod:`timex_rules`.

Each reads its regex match and a :class:`Context` (the anchor date, the text, the tense at an
offset) and returns ``(type, value)``, ``(type, value, new start)`` or None to turn the match down.
:data:`RULES` ties every pattern to its normaliser and a priority for equally long overlaps.
"""
from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass
from typing import Callable

from . import calendar as cal
from . import rules as R

Normalised = tuple | None  # (type, value) or (type, value, new start); None rejects the match


@dataclass
class Context:
    """What a normaliser may read: the anchor date and a lazy tense lookup at a character offset."""

    anchor: dt.date | None
    text: str
    tense_at: Callable[..., str | None]  # (offset, day=False): see ``timex.tense_reader``
    quarter_talk: bool | None = None  # computed on first need

    def tense(self, m: re.Match) -> str | None:
        return self.tense_at(m.start())

    def day_tense(self, m: re.Match) -> str | None:
        """The tense a weekday goes by: an aim told in the past ("decided to quit on Friday") does not look
        forward, as it may for a month ("voted down a bid to hold a November poll")."""
        return self.tense_at(m.start(), True)

    def after(self, m: re.Match, n: int = 12) -> str:
        return self.text[m.end():m.end() + n].lower()


def _num(word: str | None) -> float | None:
    """A count written in digits or words ("two", "twenty-five", "a couple of"); None when vague."""
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w.endswith(("1/2", "½", " and a half")):
        whole = _num(w.replace("1/2", "").replace("½", "").replace(" and a half", "").strip() or "0")
        return None if whole is None else whole + 0.5
    if w in R.NUMBER_WORDS:
        return R.NUMBER_WORDS[w]
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) if "." in w else int(w)
    total = 0
    for part in re.split(r"[-\s]", w):
        if part not in R.NUMBER_WORDS:
            return None
        n = R.NUMBER_WORDS[part]
        total = total * n if n in (100, 1000) and total else total + n
    return total


def _unit(word: str) -> str:
    w = word.lower()
    w = {"centuries": "century", "millennia": "millennium"}.get(w, w)
    return w[:-1] if w.endswith("s") and w[:-1] in R.UNITS else w


def _period(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P3Y, PT2H, PXM (n unknown); decades and centuries in years."""
    u = _unit(unit)
    if u in R.UNIT_YEARS:
        count, letter = (None if n is None else n * R.UNIT_YEARS[u]), "Y"
    elif u == "fortnight":
        count, letter = (None if n is None else n * 2), "W"
    else:
        count, letter = n, R.UNITS[u]
    clock = u in R.CLOCK_UNITS
    prefix = "PT" if clock else "P"
    if count is None:
        return f"{prefix}X{letter}"
    whole = int(count)
    if count == whole:
        return f"{prefix}{whole}{letter}"
    half_amount, half_letter = (R.HALF_CLOCK_UNITS if clock else R.HALF_UNITS).get(letter, (0, letter))
    if count - whole != 0.5 or not half_amount:
        return f"{prefix}{count:g}{letter}"
    head = f"{whole}{letter}" if whole else ""
    if not clock and half_letter == "H":  # half a day is counted in hours, after a T
        return f"P{head}T{half_amount}H" if head else f"PT{half_amount}H"
    return f"{prefix}{head}{half_amount}{half_letter}"


def _month_no(word: str) -> int:
    return R.MONTHS[word.lower().rstrip(".")]


def _year(word: str, anchor: dt.date | None) -> int:
    w = word.strip("'’")
    if len(w) == 2:
        century = (anchor.year if anchor else 2000) // 100 * 100
        y = century + int(w)
        return y - 100 if anchor and y > anchor.year + 10 else y
    return int(w)


def _direction(rel: str | None, tense: str | None) -> int:
    """-2/+2 strictly before/after the anchor ("last", "next"), -1/+1 on or before/after (tense), 0 same."""
    rel = re.sub(r"\s+", " ", (rel or "").lower())
    if rel in ("last", "past", "this past", "previous"):
        return -2
    if rel in ("next", "coming", "this coming", "following"):
        return 2
    if rel == "this":
        return 0
    if tense == "future":
        return 1
    return -1 if tense == "past" else 0


# ---------------------------------------------------------------- normalisers, one per pattern
def full_date(m: re.Match, ctx: Context) -> Normalised:
    try:
        month = _month_no(m["month"]) if not m["month"].isdigit() else int(m["month"])
        d = dt.date(_year(m["year"], ctx.anchor), month, int(re.sub(r"\D", "", m["day"])))
    except (ValueError, KeyError):
        return None
    return "DATE", cal.day(d)


def weekday_date(m: re.Match, ctx: Context) -> Normalised:
    """ "Friday, Oct. 23": the date names the day, the weekday only confirms it."""
    return full_date(m, ctx) if m["year"] else month_day(m, ctx)


# "in March 3 more states joined": a figure after a month read with "in" (a day takes "on" or nothing), a word in
# lower case running on from the figure; the month alone is the date (the month rule reads it) (timeline24c).
IN_BEFORE = re.compile(r"(?i:\bin)\s+$")
FIGURE_RUNS_ON = re.compile(r"\s+[a-z%]")


def month_day(m: re.Match, ctx: Context) -> Normalised:
    if not m.groupdict().get("rel") and IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()) \
            and FIGURE_RUNS_ON.match(ctx.text, m.end()):
        return None
    month, d = _month_no(m["month"]), int(re.sub(r"\D", "", m["day"]))
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-{d:02d}"
    rel = (m.groupdict().get("rel") or "").lower()
    # the clause's tense says little here ("declared a dividend payable Dec. 1"): go by distance
    y = cal.year_for_month(ctx.anchor, month, _direction(rel, None)) if rel in ("last", "next") \
        else cal.past_leaning_year(ctx.anchor, month, d)
    if rel not in ("last", "next", "this") and (y, month, d) > (ctx.anchor.year, ctx.anchor.month, ctx.anchor.day) \
            and _recounted(m, ctx) and not THIS_YEAR_AFTER.match(ctx.text, m.end()):
        y = sentence_year(ctx, m, before_only=True) or y
    try:
        return "DATE", cal.day(dt.date(y, month, d))
    except ValueError:
        return None


LOOKS_AHEAD = re.compile(r"(?i)\b(?:will|shall|going\s+to)\b|['’]ll\b")


def _recounted(m: re.Match, ctx: Context) -> bool:
    """A month read past the anchor may belong to the year of the history the text recounts (``sentence_year``,
    ``_passage_year``) unless its sentence looks ahead ("will join NATO on March 12"; a past's "would" does not)."""
    starts = [b.end() for b in SENTENCE_BREAK.finditer(ctx.text, max(0, m.start() - 400), m.start())]
    nxt = SENTENCE_BREAK.search(ctx.text, m.end(), m.end() + 400)
    lo, hi = (starts[-1] if starts else max(0, m.start() - 400)), (nxt.start() if nxt else m.end() + 400)
    return not LOOKS_AHEAD.search(ctx.text, lo, hi)


THIS_YEAR_AFTER = re.compile(r"(?i),?\s+(?:of\s+)?(?:this|last|next)\s+year\b")  # "September 11 of this year"
BARE_MONTH_NEEDS_CONTEXT = {"may", "mar", "jan", "jun", "jul", "aug", "apr", "oct", "nov", "dec", "sep", "feb"}


RELATIVE_WORDS = {"last", "next", "this", "this past", "this coming"}
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])|\n")
YEAR_OF_SENTENCE = re.compile(rf"(?:\b(?i:in|during)\s+(?:(?i:early|late|mid)[\s-]+)?"
                              rf"|(?P<month>{R.MONTH})\s+(?:{R.DAY},?\s+)?)(?P<year>{R.YEAR4})\b(?!\s*(?:s\b|['’]s\b)|-)")
# A year the sentence only compares with, in the clause before it ("rose 4% in March, [up from 2% in] 2018",
# "higher [than in] 2015"): the sentence's events are not placed in it (brief16).
COMPARED_YEAR = re.compile(r"(?i:\b(?:than|versus|vs\.?|compared\s+(?:with|to)|(?:up|down|rose|fell|risen|fallen|"
                           r"increased?|decreased?|dropped|climbed|jumped)\s+from|since)\b[^,;:.!?]{0,40})$")
# A year in a clause of "since" only bounds a span ("a jump in its program since Kim took power in 2011"):
# the sentence's "In July" is not that year's (analyst16); "since" is in COMPARED_YEAR for that.
PASSAGE_SENTENCES = 3  # how many sentences back in its paragraph a month looks for the passage's year
DATED_SENTENCE = re.compile(rf"(?:{R.MONTH})|\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
                            r"tomorrow|(?:this|last|next)\s+(?:week|month|year))\b")


def sentence_year(ctx: Context, m: re.Match, before_only: bool = False, passage: bool = True) -> int | None:
    """The one year the sentence around ``m`` places its events in ("in 2013", "March 2014"; not
    "since 2003", which only bounds a span, nor a compared "up from 2% in 2018"), if there is exactly one: a
    caption's or a recounted history's month belongs to that year, not to the anchor's. A sentence naming no
    year takes its passage's (``_passage_year``) unless not ``passage``; callers ask only for a month the
    anchor would place after itself in a clause not looking ahead (``_recounted``). ``before_only``: a day reads only a year told before it ("in
    2015 (…; December 21)"; not "on Jan. 16, the council lifted a ban it had imposed in 2010")."""
    starts = [b.end() for b in SENTENCE_BREAK.finditer(ctx.text, max(0, m.start() - 400), m.start())]
    lo = starts[-1] if starts else max(0, m.start() - 400)
    end = m.end() - (ctx.text[m.end() - 1:m.end()] == ".")  # "in March." took the full stop
    nxt = SENTENCE_BREAK.search(ctx.text, end, end + 400)
    hi = m.start() if before_only else nxt.start() if nxt else min(len(ctx.text), end + 400)
    years = _years_placed(ctx, lo, hi, m)
    if years or ctx.anchor is None or not passage:
        return years.pop() if len(years) == 1 else None
    return _passage_year(ctx, lo, _month_no(m["month"]))


def _years_placed(ctx: Context, lo: int, hi: int, m: re.Match | None = None) -> set[int]:
    """The years ``text[lo:hi]`` places things in, not counting ``m`` itself nor compared or bounding years."""
    return {int(y["year"]) for y in _placing(ctx, lo, hi)
            if not (m is not None and y.start() < m.end() and m.start() < y.end())
            and (m is None or _side_clause(ctx.text, lo, y.start()) == _side_clause(ctx.text, lo, m.start()))}


def _placing(ctx: Context, lo: int, hi: int) -> list[re.Match]:
    """The dates with a year (``YEAR_OF_SENTENCE``) in ``text[lo:hi]`` that place things in it: not a compared
    or bounding year ("than in 2015", ``COMPARED_YEAR``)."""
    return [y for y in YEAR_OF_SENTENCE.finditer(ctx.text, lo, hi)
            if not COMPARED_YEAR.search(ctx.text, max(lo, y.start() - 60), y.start())]


# A clause told beside the sentence's own: a relative clause on a noun, after a comma or in a parenthesis
# (", which most countries ratified in 1997", "(who died in September)"). Its year is not the main clause's
# month's, nor the other way round (analyst's read of briefs, timeline22: "In late November delegations met …,
# which … ratified in 1997" placed November in 1997). Not ", when": a when-clause times its main clause; nor
# any parenthesis: "in 2015 (“Title”; December 21)" completes its sentence's date.
SIDE_CLAUSE_OPENING = re.compile(r"(?:\(|,\s+)(?:which|who|whom|whose|where)\b(?=[^,;:()]*$)")


def _side_clause(text: str, lo: int, pos: int) -> int | None:
    """Where the relative clause holding ``pos`` opens (searched back to ``lo``), None when
    ``pos`` is in the sentence's main clause."""
    opening = None
    for opening in SIDE_CLAUSE_OPENING.finditer(text, lo, pos):
        pass
    return opening.start() if opening else None


def _passage_year(ctx: Context, start: int, month: int, sequel: bool = False) -> int | None:
    """The year a recounted history runs in: the nearest of the paragraph's earlier sentences (at most
    ``PASSAGE_SENTENCES`` back) that places things in a year, when it names exactly one and the month in that year
    is not after the anchor ("Consequently, in March 2009, the president … On June 28, the army …": 2009, not the
    story's year; analyst16). A paragraph break ends the passage, and so does a month before the passage's own
    (``month``: "agreed to hear it on November 7, 2014. Arguments came on March 4" moved on a year) unless
    ``sequel``: a month the text says came after ("Months later, in February") is then the next year's."""
    para = ctx.text.rfind("\n", 0, start) + 1
    hi = start
    for _ in range(PASSAGE_SENTENCES):
        if hi <= para:
            return None
        breaks = [b.end() for b in SENTENCE_BREAK.finditer(ctx.text, para, max(para, hi - 1))]
        lo = breaks[-1] if breaks else para
        years = _years_placed(ctx, lo, hi)
        if years:
            year = years.pop()
            months = [_month_no(y["month"]) for y in YEAR_OF_SENTENCE.finditer(ctx.text, lo, hi) if y["month"]]
            if months and month < max(months):
                if not sequel:
                    return None  # "agreed on November 7, 2014. Arguments came on March 4": the story moved on a year
                year += 1
            return year if not years and (year, month) <= (ctx.anchor.year, ctx.anchor.month) else None
        if DATED_SENTENCE.search(ctx.text, lo, hi):
            return None  # a sentence between dated otherwise ("… this month", "on 26-27 December") ends it
        hi = lo
    return None


def month_only(m: re.Match, ctx: Context) -> Normalised:
    word = m["month"].lower()
    rel = (m["rel"] or "").lower()
    if not rel and word.rstrip(".") in BARE_MONTH_NEEDS_CONTEXT and not word.endswith("."):
        return None  # "May" the modal, "Jan" the name
    if ctx.after(m, 5) == " of t" or (word == "may" and rel in ("to", "of")) or _named_event(m, ctx):
        return None  # "the March of the Mothers"
    month = _month_no(word)
    own_year = None if rel in RELATIVE_WORDS else sentence_year(ctx, m, passage=False)
    if own_year is not None:
        return "DATE", cal.month(own_year, month)  # "between April and October in 2013"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    tense = ctx.tense(m)
    direction = _direction(rel, tense)
    if direction == 0 and rel != "this":  # no tense to go by: the closest such month
        y = cal.nearest_year(ctx.anchor, month, 15)
    else:
        y = cal.year_for_month(ctx.anchor, month, direction)
    chronicle = None if rel in RELATIVE_WORDS or tense not in HISTORIC_PRESENT \
        else _chronicle_year(ctx, m, month, tense == "present")
    if chronicle is not None:
        y = chronicle
    elif rel not in RELATIVE_WORDS and (y, month) > (ctx.anchor.year, ctx.anchor.month) and _recounted(m, ctx):
        y = sentence_year(ctx, m) or y  # the sentence named none: its passage's year
    elif rel not in RELATIVE_WORDS and SEQUEL.search(ctx.text, max(0, m.start() - 30), m.start()):
        y = _passage_year(ctx, _sentence_start(ctx, m.start()), month, sequel=True) or y
    return "DATE", cal.month(y, month)


# A month word as the noun of a named event: "the March on Washington", "a March for Peace" (a determiner before
# it, a preposition and a name after it); its sentence's year is the event's, the month is no date (timeline24c).
NAMED_EVENT_BEFORE = re.compile(r"(?i:\b(?:the|a))\s+$")
NAMED_EVENT_AFTER = re.compile(r"\s+(?:on|for|against|to|of)\s+(?:the\s+)?[A-Z]")


def _named_event(m: re.Match, ctx: Context) -> bool:
    """The month word is a named event's noun ("the March on Washington"), not a month."""
    return (not m["rel"] and NAMED_EVENT_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) is not None
            and NAMED_EVENT_AFTER.match(ctx.text, m.end()) is not None)


HISTORIC_PRESENT = ("present", None)  # tenses a chronicle's sentence may read as (the parse may give none)
CHRONICLE_SENTENCES = 6  # how many sentences back, over paragraph breaks, a chronicle's month looks for its year


def _chronicle_year(ctx: Context, m: re.Match, month: int, present: bool) -> int | None:
    """A month in a history told in the present ("Protests erupt in March 2011. … ¶ Obama reacts … in April"): the
    year of the nearest earlier sentence placing things in one year, over paragraph breaks (a chronicle runs on
    under its headings), the month not before that sentence's own nor after the anchor; no other dated sentence
    between; neither sentence read in another tense than the present (``HISTORIC_PRESENT``), one of them in it
    (``present``: the month's) (analyst's read of briefs, timeline24b: such a chronicle's April
    was placed in the anchor's year, two years on)."""
    hi = _sentence_start(ctx, m.start())
    for _ in range(CHRONICLE_SENTENCES):
        while hi > 0 and ctx.text[hi - 1].isspace():
            hi -= 1  # over the blank lines between paragraphs
        if hi <= 0:
            return None
        lo = _sentence_start(ctx, hi)
        placed = _placing(ctx, lo, hi)
        if placed:
            years = {int(y["year"]) for y in placed}
            months = [_month_no(y["month"]) for y in placed if y["month"]]
            year = years.pop()
            tense = ctx.tense_at(placed[-1].start())
            if years or tense not in HISTORIC_PRESENT or not (present or tense) or (months and month < max(months)) \
                    or (year, month) > (ctx.anchor.year, ctx.anchor.month):
                return None
            return year
        if DATED_SENTENCE.search(ctx.text, lo, hi):
            return None
        hi = lo
    return None


# A month the text places after the passage's last date ("Months later, in December", "Later that year in May",
# "the following March"): it runs on from that date, not back from the anchor (analyst17: a February 2013
# briefing "months later in December" was read as the December before the story, two years on).
SEQUEL = re.compile(r"(?i)\b(?:later|afterwards?|after\s+that|the\s+following)(?:\s+that\s+year)?\b[\s,]*(?:(?:in|by|that|until)\s+)?$")


def _sentence_start(ctx: Context, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (``SENTENCE_BREAK``; at most 400 characters back)."""
    starts = [b.end() for b in SENTENCE_BREAK.finditer(ctx.text, max(0, pos - 400), pos)]
    return starts[-1] if starts else max(0, pos - 400)



def month_rel_year(m: re.Match, ctx: Context) -> Normalised:
    shift = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    if ctx.anchor is None:
        return "DATE", f"XXXX-{_month_no(m['month']):02d}"
    return "DATE", cal.month(ctx.anchor.year + shift, _month_no(m["month"]))


def month_year(m: re.Match, ctx: Context) -> Normalised:
    return "DATE", cal.month(_year(m["year"], ctx.anchor), _month_no(m["month"]))


def year_only(m: re.Match, ctx: Context) -> Normalised:
    following = ctx.text[m.end():m.end() + 14].lower().lstrip()
    if following.startswith(R.YEAR_BLOCKERS):
        return None  # "2000 soldiers"
    y = int(m["year"])
    if ctx.anchor and y > ctx.anchor.year + 50:
        return None
    return "DATE", f"{y:04d}"


def year_with_position(m: re.Match, ctx: Context) -> Normalised:
    y = _year(m["year"], ctx.anchor)
    pos = re.sub(r"\s+", " ", (m.groupdict().get("pos") or "").lower())
    for season, code in R.SEASONS.items():
        if season in pos:
            return "DATE", f"{y:04d}-{code}"
    if "half" in pos:
        return "DATE", f"{y:04d}-H{1 if 'first' in pos else 2}"  # second or last half: H2
    return "DATE", f"{y:04d}"


def short_year(m: re.Match, ctx: Context) -> Normalised:
    return "DATE", f"{_year(m['year'], ctx.anchor):04d}"


def spelled_year(m: re.Match, ctx: Context) -> Normalised:
    if m["millennium"]:
        return "DATE", f"{2000 + int(_num(m['rest2']) or 0):04d}"
    rest = m["rest"].lower()
    tail = 0 if rest == "hundred" else _num(rest)
    head = {"nineteen": 1900, "eighteen": 1800}[m["century"].lower()]
    return ("DATE", f"{head + int(tail):04d}") if tail is not None else None


def decade_word(m: re.Match, ctx: Context) -> Normalised:
    century = 190 if ctx.anchor is None or ctx.anchor.year < 2030 else ctx.anchor.year // 100 * 10
    return "DATE", f"{century + R.DECADE_WORDS[m['decade'].lower()]:03d}X"


DECADE_OWNERS = re.compile(r"(?:their|his|her|its|my|your|our|low|high|upper|mid)\W*$", re.I)


def decade(m: re.Match, ctx: Context) -> Normalised:
    digits = m["decade"].strip("'’")
    if len(digits) == 2:
        if not (m.group(0).lower().startswith("the") or m["decade"][0] in "'’"):
            return None  # "in their 50s" is an age
        if DECADE_OWNERS.search(ctx.text[max(0, m.start() - 12):m.start()]):
            return None
        y = _year(digits, ctx.anchor)
        if ctx.anchor and y > ctx.anchor.year:
            y -= 100  # a decade not yet begun is a past one: "the '20s" written in 2019 are the 1920s
    else:
        y = int(digits)
    return "DATE", f"{y // 10:03d}X"


def century(m: re.Match, ctx: Context) -> Normalised:
    word = m["nth"].lower()
    nth = R.ORDINALS.get(word) or {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}.get(word)
    if nth is None:
        nth = int(re.sub(r"\D", "", word) or 0)
    return ("DATE", f"{nth - 1:02d}") if nth else None


def _anchor_quarter(ctx: Context) -> tuple[int, int]:
    return ctx.anchor.year, cal.quarter_of(ctx.anchor.month)


def nth_quarter(m: re.Match, ctx: Context) -> Normalised:
    nth = {"final": 4}.get(m["nth"].lower()) or R.ORDINALS[m["nth"].lower()]
    year = m["year1"] or m["year2"]
    start = m.start("nth") if m.group(0)[:4].lower() in ("the ", "its ") and "-quarter" in m.group(0).lower() \
        else m.start()
    if year:
        return "DATE", cal.quarter(int(year), nth), start
    if (m["relyear"] or m["ago"]) and ctx.anchor:
        shift = -1 if m["ago"] else {"this": 0, "last": -1, "next": 1}[m["relyear"].lower()]
        return "DATE", cal.quarter(ctx.anchor.year + shift, nth)
    if ctx.anchor is None:
        return "DATE", f"XXXX-Q{nth}"
    y, q = _anchor_quarter(ctx)
    if nth > q and ctx.tense(m) == "past" and q < 4:
        y -= 1
    return "DATE", cal.quarter(y, nth), start


def half(m: re.Match, ctx: Context) -> Normalised:
    nth = 1 if m["nth"].lower() == "first" else 2
    if m["year"]:
        return "DATE", f"{m['year']}-H{nth}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-H{nth}"
    shift = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return "DATE", f"{ctx.anchor.year + shift:04d}-H{nth}"


QUARTER_SHIFTS = {"current": 0, "this": 0, "next": 1, "coming": 1, "same": -5, "comparable": -5,
                  "year-ago": -5, "year-earlier": -5}


def relative_quarter(m: re.Match, ctx: Context) -> Normalised:
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["noun"].lower() == "period" and not rel.startswith(("latest", "year-", "comparable", "same")):
        return None
    if ctx.anchor is None:
        return "DATE", "XXXX-QX"
    shift = QUARTER_SHIFTS.get(rel.split()[0] if rel else "", -5 if "year-ago" in rel else -1)
    return "DATE", cal.quarter(*cal.add_quarters(*_anchor_quarter(ctx), shift))


def the_quarter(m: re.Match, ctx: Context) -> Normalised:
    """A bare "the quarter" in the news is the one just reported: the quarter before the anchor's."""
    if ctx.anchor is None:
        return "DATE", "XXXX-QX"
    return "DATE", cal.quarter(*cal.add_quarters(*_anchor_quarter(ctx), -1))


def year_ago_period(m: re.Match, ctx: Context) -> Normalised:
    if ctx.anchor is None:
        return "DATE", "XXXX-QX"
    return "DATE", cal.quarter(*cal.add_quarters(*_anchor_quarter(ctx), -5))


def season(m: re.Match, ctx: Context) -> Normalised:
    code = R.SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    if not rel or (rel in ("the", "in") and ctx.text[m.end():m.end() + 4].lower() == " of "):
        return None  # "the fall of the Wall", a bare "spring"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    if rel == "this" and code != "WI":
        return "DATE", f"{ctx.anchor.year:04d}-{code}"  # "this summer" written in December: the one just gone
    y, current = cal.season_of(ctx.anchor)
    index = cal.SEASON_ORDER.index(code) - cal.SEASON_ORDER.index(current)
    direction = _direction(rel, ctx.tense(m))
    if direction in (-1, -2) and (index > 0 or (index == 0 and direction == -2)):
        index -= 4
    elif direction in (1, 2) and (index < 0 or (index == 0 and direction == 2)):
        index += 4
    y, s = cal.add_seasons(y, current, index)
    return "DATE", f"{y:04d}-{s}"


def holiday(m: re.Match, ctx: Context) -> Normalised:
    """A holiday's day: in the year written with it ("Christmas Day, 1991"), else the one gone by or to come,
    by the rel word or the tense, around the anchor. Analyst's read of briefs (brief19): a holiday with its
    year was placed in the year before the article."""
    name = re.sub(r"\s+", " ", m["name"].lower()).replace("’", "'")
    if m["year"]:
        return "DATE", cal.day(_holiday_date(name, int(m["year"])))
    if ctx.anchor is None:
        return "DATE", "XXXX-XX-XX"
    direction = _direction(m["rel"], ctx.tense(m)) or -1  # no tense: the last one gone by
    dates = [_holiday_date(name, y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    if direction < 0:
        return "DATE", cal.day(max(d for d in dates if d <= ctx.anchor))
    return "DATE", cal.day(min(d for d in dates if d >= ctx.anchor))


def _holiday_date(name: str, y: int) -> dt.date:
    if name in R.FIXED_HOLIDAYS:
        return dt.date(y, *R.FIXED_HOLIDAYS[name])
    month, weekday, nth = R.WEEKDAY_HOLIDAYS[name]
    return cal.nth_weekday(y, month, weekday, nth)


def _shifted(anchor: dt.date, n: float, unit: str) -> tuple[str, str]:
    """A point n units from the anchor, at the unit's granularity (two years ago -> 2017)."""
    u = _unit(unit)
    if u in R.CLOCK_UNITS:
        return "DATE", cal.day(anchor)
    if u == "day":
        return "DATE", cal.day(cal.add_days(anchor, round(n)))
    if u in ("week", "fortnight", "weekend"):
        d = cal.add_days(anchor, round(n * (14 if u == "fortnight" else 7)))
        return "DATE", cal.week(d) + ("-WE" if u == "weekend" else "")
    if u == "month":
        return "DATE", cal.month(*cal.add_months(anchor.year, anchor.month, round(n)))
    if u == "quarter":
        return "DATE", cal.quarter(*cal.add_quarters(anchor.year, cal.quarter_of(anchor.month), round(n)))
    years = n * R.UNIT_YEARS.get(u, 1)
    if years != int(years):
        return "DATE", cal.month(*cal.add_months(anchor.year, anchor.month, round(years * 12)))
    return "DATE", f"{anchor.year + int(years):04d}"


def ago(m: re.Match, ctx: Context) -> Normalised:
    back = m["dir"].lower().split()[0] in ("ago", "earlier", "before", "back")
    n = _num(m["num"])
    if n is None:
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    if ctx.anchor is None:
        return "DATE", "XXXX-XX-XX"
    if back and n == 1 and _unit(m["unit"]) == "year" and _talks_of_quarters(ctx, m):
        return year_ago_period(m, ctx)
    if m["dir"].lower() == "earlier":
        told = _told_before(m, ctx)
        if told is not None:
            return told or None
    if m["deixis"] and n == int(n) and _unit(m["unit"]) in DEIXIS_SHIFTS:
        return _ago_from_deixis(ctx.anchor, int(n), _unit(m["unit"]), " ".join(m["deixis"].lower().split()))
    return _shifted(ctx.anchor, -n if back else n, m["unit"])


# The date an "earlier" is told by in apposition: "nine months earlier, in September 2016", "weeks earlier (on May 3)".
APPOSED_DATE = re.compile(rf"\s*[,(]\s*(?:(?i:in|on)\s+)?(?:(?P<month>{R.MONTH})(?:\s+{R.DAY})?,?\s*)?"
                          rf"(?P<year>{R.YEAR4}(?!\d))?")


def _told_before(m: re.Match, ctx: Context) -> Normalised | bool | None:
    """ "Nine months earlier" counts back from the time the text is telling of, not from the article's date
    (timeline24c). With a date in apposition ("…earlier, in September 2016") that date says it (its value;
    False, no timex, for a day with no year). After a history's date in its own sentence or the one before it in
    the paragraph ("In September 2016 … Nine months earlier, …"): counted back from the last such date, at its grain; False where the grain
    is too coarse for the unit ("In 2016 … nine months earlier"). None: no such date, read from the anchor."""
    apposed = APPOSED_DATE.match(ctx.text, m.end())
    if apposed and apposed["year"]:
        year = int(apposed["year"])
        return "DATE", cal.month(year, _month_no(apposed["month"])) if apposed["month"] else f"{year:04d}"
    if apposed and apposed["month"]:
        return False  # "weeks earlier (on April 26)": the day says it, in a year of its own reading
    start = _sentence_start(ctx, m.start())
    para = ctx.text.rfind("\n", 0, m.start()) + 1
    lo = max(para, _sentence_start(ctx, start - 1) if start > para else para)
    told = _placing(ctx, lo, m.start())
    if not told:
        return None
    last = told[-1]
    year, n, unit = int(last["year"]), _num(m["num"]), _unit(m["unit"])
    if n != int(n):
        return False
    if unit in ("year", "decade", "century"):
        return "DATE", f"{year - int(n) * R.UNIT_YEARS.get(unit, 1):04d}"
    if unit == "month" and last["month"]:
        return "DATE", cal.month(*cal.add_months(year, _month_no(last["month"]), -int(n)))
    return False


DEIXIS_SHIFTS = {"year": 12, "month": 1}  # months per unit a deictic "a year ago last week" steps back


def _ago_from_deixis(anchor: dt.date, n: int, unit: str, deixis: str) -> Normalised:
    """"A year ago last week", "two years ago this month", "a year ago yesterday": the deictic date (``deixis``:
    last or this week or month, yesterday, today) moved n years or months back, at its grain (analyst17: the
    whole was read as last week)."""
    base = cal.add_days(anchor, {"last week": -7, "yesterday": -1}.get(deixis, 0))
    if deixis == "last month":
        base = dt.date(*cal.add_months(base.year, base.month, -1), 1)
    y, mo = cal.add_months(base.year, base.month, -n * DEIXIS_SHIFTS[unit])
    if deixis.endswith("month"):
        return "DATE", cal.month(y, mo)
    d = dt.date(y, mo, min(base.day, monthrange(y, mo)[1]))
    return "DATE", cal.week(d) if deixis.endswith("week") else cal.day(d)


QUARTER_WORD = re.compile(r"(?i)\bquarter(?!s?\s+of\b)")
QUARTER_TALK_MIN = 2


def _talks_of_quarters(ctx: Context, m: re.Match) -> bool:
    """Earnings news compares quarters: "a year ago" there means the same quarter last year."""
    if ctx.quarter_talk is None:
        ctx.quarter_talk = len(QUARTER_WORD.findall(ctx.text)) >= QUARTER_TALK_MIN
    return ctx.quarter_talk


REL_UNIT_SHIFTS = {"this": 0, "current": 0, "the current": 0, "last": -1, "previous": -1, "this past": -1,
                   "next": 1, "coming": 1, "following": 1, "this coming": 1}


# "the last week of", "the last month of": an ordinal, the final one of a stretch named after "of" ("the last week
# of May", "the last month of his term"), not the one before the anchor.
THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
OF_AFTER = re.compile(r"\s+of\b")


def _last_of_a_stretch(m: re.Match, ctx: Context, rel: str) -> bool:
    """ "(the) last <unit>" read as the final unit of what follows "of" ("in the last week of May"): placed as
    the week before the anchor, the event took a date it never had (analyst's read of briefs). A date the "of"
    names is read on its own ("May"); the unit itself gets no value."""
    the = rel.startswith("the ") or THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) is not None
    return the and rel.split()[-1] == "last" and OF_AFTER.match(ctx.text, m.end()) is not None


def relative_unit(m: re.Match, ctx: Context) -> Normalised:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if _last_of_a_stretch(m, ctx, rel):
        return None
    shift = REL_UNIT_SHIFTS.get(rel)
    if shift is None:  # "earlier this", "early next", "late last"
        shift = {"this": 0, "next": 1, "last": -1}[rel.split()[-1]]
    unit = m["unit"].lower()
    if ctx.anchor is None:
        return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX")
    a = ctx.anchor
    if unit == "decade":
        return "DATE", f"{a.year // 10 + shift:03d}X"
    if unit == "century":
        return "DATE", f"{a.year // 100 + shift:02d}"
    if unit == "weekend":
        return _weekend(ctx, shift, ctx.tense(m))
    if rel == "this past" and unit == "week" and a.isoweekday() >= 6:
        shift = 0  # written on a Saturday or Sunday, "this past week" is the week now ending, not the one before
    return _shifted(a, shift, unit)


def _weekend(ctx: Context, shift: int, tense: str | None) -> Normalised:
    """"this weekend" said on a Wednesday in the past tense is the one just gone."""
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX-WE"
    if shift == 0 and tense == "past" and ctx.anchor.isoweekday() < 6:
        shift = -1
    return _shifted(ctx.anchor, shift, "weekend")


def span_of_units(m: re.Match, ctx: Context) -> Normalised:
    """ "the past two years", "the first nine months", "recent weeks": durations; "the weekend": a date."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    plural = unit.endswith("s") and _unit(unit) != unit
    num = m["num"]
    if rel == "the" and not num and not plural:
        if unit == "weekend":
            return _weekend(ctx, 0, ctx.tense(m))
        if unit in ("week", "month", "year", "decade"):
            return "DURATION", _period(1, unit)
        return None
    if _is_age(ctx, m) or (rel == "the" and num and not plural and "-" in m.group(0)):
        return None  # "the 6-year-old boy"; "the two-year plan" is left to duration
    if rel in ("last", "next", "past", "coming", "previous") and not num and not plural:
        return None  # "last year": a date (relative_unit)
    if _last_of_a_stretch(m, ctx, rel):
        return None
    if rel in ("the past", "the last") and not num and unit in ("week", "month", "year") and ctx.anchor:
        return _shifted(ctx.anchor, -1, unit)  # TimeBank reads "the past year" as last year, a date
    if num and num.lower() in R.VAGUE_NUMBERS:
        n = None
    elif num:
        n = _num(num)
    else:
        n = None if plural else 1
    return "DURATION", _period(n, unit)


def relative_day(m: re.Match, ctx: Context) -> Normalised:
    word = re.sub(r"\s+", " ", m["day"].lower())
    shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "the day before yesterday": -2,
             "the day after tomorrow": 2}[word]
    part = R.PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    if ctx.anchor is None:
        return ("TIME" if part else "DATE"), "XXXX-XX-XX" + (f"T{part}" if part else "")
    d = cal.day(cal.add_days(ctx.anchor, shift))
    return ("TIME", f"{d}T{part}") if part else ("DATE", d)


POSSESSIVE = re.compile(r"['’]s(?!\w)")
# News annotators mostly give "Friday night" the day alone: the night is when the day's event happened.
DAY_ONLY_PARTS = {"NI"}


# A weekday naming a kind of programme or routine, not a day: "went on the Sunday talk shows", "a Sunday school"
# (the weekday as the modifier of a genre's noun: a broadcast's genre word before it, a plural noun, a school or
# a circuit) (timeline24c). Not one broadcast ("a Thursday broadcast by …" aired that Thursday); not the verb
# "shows" after a subject ("Video posted Wednesday shows …", "The filing Friday shows that …"): a bare plural
# noun counts only after a determiner, a preposition or a count.
WEEKDAY_GENRE_AFTER = re.compile(r"(?i:\s+(?:(?:morning|evening|night)\s+)?"
                                 r"(?:political|news|talk|public[\s-]+affairs)\s+(?:(?:news|talk)\s+)?(?:shows?|programs?|programmes?|broadcasts?|circuit))\b")
WEEKDAY_KIND_AFTER = re.compile(r"(?i:\s+(?:(?:morning|evening|night)\s+)?(?:(?:shows|programs|programmes|broadcasts"
                                r"|editions|papers|services)|(?P<always>school|circuit))\b)")
WEEKDAY_KIND_BEFORE = re.compile(r"(?i:\b(?:the|a|an|on|of|to|their|his|her|its|two|three|four|five|several|many|all"
                                 r"|both|different|other))\s+$")


def _weekday_kind(m: re.Match, ctx: Context) -> bool:
    """The weekday modifies a kind of programme or routine ("the Sunday talk shows"), not a day."""
    if WEEKDAY_GENRE_AFTER.match(ctx.text, m.end()):
        return True
    kind = WEEKDAY_KIND_AFTER.match(ctx.text, m.end())
    return kind is not None and (kind["always"] is not None
                                 or WEEKDAY_KIND_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) is not None)


def weekday(m: re.Match, ctx: Context) -> Normalised:
    if not m.groupdict().get("rel") and _weekday_kind(m, ctx):
        return None
    wd = R.WEEKDAYS[m["weekday"].lower()]
    part = R.PARTS_OF_DAY.get((m["part"] or "").lower())
    if ctx.anchor is None:
        value = f"XXXX-WXX-{wd}"
    else:
        rel = m.groupdict().get("rel")
        looks_back = not rel and POSSESSIVE.match(ctx.after(m, 3))  # "Wednesday's ruling": reported, so gone by
        direction = -1 if looks_back else _direction(rel, ctx.day_tense(m))
        if direction:
            gone = direction == -1
            value = cal.day(_gone_weekday(ctx.anchor, wd) if gone else cal.weekday_near(ctx.anchor, wd, direction))
        else:
            value = cal.day(_nearest_weekday(ctx.anchor, wd, ctx.day_tense(m) == "present"))
    if part in DAY_ONLY_PARTS:
        return "DATE", value
    return ("TIME", f"{value}T{part}") if part else ("DATE", value)


def _gone_weekday(anchor: dt.date, wd: int) -> dt.date:
    """A weekday told in the past with no "last": the latest such day, except the day after the anchor's,
    which is that next day, not six days back (analyst16: "on Thursday" in a story dated Wednesday). A
    story's date is its first posting; the updates, and days in time zones ahead, run a day past it, and a
    day six back is mostly written "last Thursday" (on the dev read, 17 of 20 such days were the next)."""
    day = cal.weekday_near(anchor, wd, -1)
    return cal.add_days(anchor, 1) if (anchor - day).days == 6 else day


def _nearest_weekday(anchor: dt.date, wd: int, present: bool = False) -> dt.date:
    """No past or future tense to go by. A present tense ("talks open Monday") points at the closest
    such day; with no verb at all news mostly looks back, so the coming day must be much closer."""
    before, after = cal.weekday_near(anchor, wd, -1), cal.weekday_near(anchor, wd, 1)
    if present:
        return after if (after - anchor) <= (anchor - before) else before
    return after if (after - anchor) * cal.PAST_LEANING < (anchor - before) else before


def part_then_day(m: re.Match, ctx: Context) -> Normalised:
    """ "mid-afternoon yesterday", "late evening Friday": the day, at that part of it."""
    part = R.PARTS_OF_DAY[m["part"].lower()]
    if m["day"]:
        got = relative_day(m, ctx)
        day = got[1]
    else:
        got = weekday(m, ctx)
        day = got[1] if got else "XXXX-XX-XX"
    return "TIME", f"{day.split('T')[0]}T{part}"


def in_the_unit(m: re.Match, ctx: Context) -> Normalised:
    """ "earlier in the year": the anchor's year (month, week, day)."""
    return _shifted(ctx.anchor, 0, m["unit"]) if ctx.anchor else ("DATE", "XXXX")


def part_of_day(m: re.Match, ctx: Context) -> Normalised:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    part = R.PARTS_OF_DAY[m["part"].lower()]
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1 if part == "NI" else 0}.get(rel.split()[-1], 0)
    if rel == "last" and part != "NI":
        shift = -1
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}"
    return "TIME", f"{cal.day(cal.add_days(ctx.anchor, shift))}T{part}"


def clock(m: re.Match, ctx: Context) -> Normalised:
    if m["word"]:
        hh, mm = (12, 0) if m["word"].lower() == "noon" else (24, 0)
    else:
        hh, mm = int(m["hour"]), int(m["minute"] or 0)
        pm = m["ampm"].lower().startswith("p")
        if hh > 12 or hh == 0:
            return None
        hh = (hh % 12) + (12 if pm else 0)
    if m["month"]:
        got = month_day(m, ctx)
        date = got[1] if got else "XXXX-XX-XX"
    elif ctx.anchor is None:
        date = "XXXX-XX-XX"
    elif m["weekday"]:
        wd = R.WEEKDAYS[m["weekday"].lower()]
        direction = _direction(None, ctx.day_tense(m))
        date = cal.day(_gone_weekday(ctx.anchor, wd) if direction == -1 else cal.weekday_near(ctx.anchor, wd, direction)
                       if direction else _nearest_weekday(ctx.anchor, wd))
    else:
        shift = {"yesterday": -1, "tomorrow": 1}.get((m["relday"] or "").lower(), 0)
        date = cal.day(cal.add_days(ctx.anchor, shift))
    return "TIME", f"{date}T{hh:02d}:{mm:02d}"


def clock24(m: re.Match, ctx: Context) -> Normalised:
    """ "1900 GMT", "at 23:40", a liveblog stamp "23:40": a time on the anchor's day."""
    hh = m["hour"] or m["hour24"] or m["stamp_hour"]
    mm = m["minute"] or m["minute24"] or m["stamp_minute"]
    date = cal.day(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{date}T{int(hh):02d}:{int(mm):02d}"


def end_of_unit(m: re.Match, ctx: Context) -> Normalised:
    """ "before the end of the month": the month (or week) itself, this one unless "next"/"last"."""
    shift = {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
    unit = m["unit"].lower()
    if ctx.anchor is None:
        return "DATE", "XXXX-XX" if unit == "month" else "XXXX-WXX"
    return _shifted(ctx.anchor, shift, unit)


SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"'`’”]?\s*[\"'`“‘]?)$")


def ref(m: re.Match, ctx: Context) -> Normalised:
    key = re.sub(r"\s+", " ", m["ref"].lower()).replace("’", "'")
    if key == "now" and ctx.after(m, 1) == "," and SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None  # "Now, he said...": a discourse marker, not a time
    return "DATE", R.REFS[key]


def week_of(m: re.Match, ctx: Context) -> Normalised:
    got = month_day(m, ctx)
    if got is None or got[1].startswith("X"):
        return got
    return "DATE", cal.week(dt.date.fromisoformat(got[1]))


def latest_year(m: re.Match, ctx: Context) -> Normalised:
    """ "the latest fiscal year": the last one closed, the year before the anchor's."""
    return "DATE", f"{ctx.anchor.year - 1:04d}" if ctx.anchor else "XXXX"


def year_quarter(m: re.Match, ctx: Context) -> Normalised:
    """ "the 1988 quarter" in an earnings story: the quarter being reported, in that year."""
    if ctx.anchor is None:
        return "DATE", f"{m['year']}-QX"
    return "DATE", cal.quarter(int(m["year"]), cal.add_quarters(*_anchor_quarter(ctx), -1)[1])


ANAPHORIC_SHIFTS = {"that": 0, "that same": 0, "the same": 0, "later that": 0, "earlier that": 0,
                    "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1, "the prior": -1}
ANAPHOR_MARK = "@"  # value prefix of a date still waiting for its reference (resolved in find_timexes)


def anaphoric(m: re.Match, ctx: Context) -> Normalised:
    """ "that year", "the next morning": placed after selection, against the last date mentioned."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if rel == "the next" and unit in ("week", "month", "year"):
        return None  # "over the next year" is a stretch of time (span_unit)
    kind = "TIME" if unit in R.PARTS_OF_DAY else "DATE"
    return kind, f"{ANAPHOR_MARK}{ANAPHORIC_SHIFTS[rel]}|{unit}"


# After "that <Month>" the month says no more: a clause's end, or a noun it dates ("that same March news
# conference"); "officials said that March was the worst" is the complementiser before a month as subject.
THAT_MONTH_ENDS = re.compile(r"\s*(?:[,.;:)\u2014\u2013]|\s-\s)")
NAMED_MONTH = "M"  # anaphor mark of "that April": the month named, in the year last mentioned
SAME_MONTH = "S"  # of "that same April": the year of the April last mentioned


def that_month(m: re.Match, ctx: Context) -> Normalised:
    """ "That April, …", "in court that August.": the month of the year the text last placed things in, not the
    anchor's (analyst's read of briefs, timeline24b: "By 2002, … That April, …" and "Early in 2017, … a meeting
    that April" were placed in the anchor's year); resolved against the last date mentioned, like "that year".
    Taken only at a sentence's start, with "same", or with the clause ending after the month; else the plain
    month rule reads it. "That same March" goes back to the March last mentioned ("her March press conference …
    In that same March news conference"), not to the year last mentioned (a statute's "18 USC 1924" between)."""
    same = len(m["rel"].split()) > 1
    at_start = m["rel"][0] == "T" and SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start())
    if not (same or at_start or THAT_MONTH_ENDS.match(ctx.text, m.end())):
        return None
    if m["month"].lower() == "may" and not THAT_MONTH_ENDS.match(ctx.text, m.end()):
        return None  # "that May won't try again": the person
    return "DATE", f"{ANAPHOR_MARK}{SAME_MONTH if same else NAMED_MONTH}{_month_no(m['month']):02d}|month"


def full_year(m: re.Match, ctx: Context) -> Normalised:
    return "DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else "XXXX"


def end_of_year(m: re.Match, ctx: Context) -> Normalised:
    return "DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else "XXXX"


RATE_BEFORE = re.compile(rf"(?:(?:\d[\d,.]*|(?i:\b{R.NUM_WORD}))(?:\s+[a-z]+)?|%|(?i:\b(?:million|billion|trillion|"
                         r"percent|cents?|dollars|shares|units|tons|barrels|times)))\s*$")
AGE_OR_SHARE = re.compile(r"(?:-|\s)(?:old\b|of\b)")


def _is_age(ctx: Context, m: re.Match) -> bool:
    """ "a 6-year-old", "52 years old", "three-quarters of": not time spans."""
    return bool(AGE_OR_SHARE.match(ctx.after(m, 4)))


def duration(m: re.Match, ctx: Context) -> Normalised:
    num = m["num"].lower()
    if _is_age(ctx, m) and not (_unit(m["unit"]) != "quarter" and ctx.after(m, 3) == " of"):
        return None
    if num in ("a", "an") and _unit(m["unit"]) == "second":
        return None  # "a second time"
    if num in ("a", "an", "one") and RATE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "$2 million a year" is a rate, not a stretch of time
    n = None if num in R.VAGUE_NUMBERS else _num(num)
    if n is None and num not in R.VAGUE_NUMBERS:
        return None
    if n is not None and m["half"]:
        n += 0.5
    return "DURATION", _period(n, m["unit"])


COUNT_BEFORE = re.compile(rf"(?i)(?:\d|\b(?:{R.NUM_WORD}))[\s-]*$")


def vague_span(m: re.Match, ctx: Context) -> Normalised:
    return "DURATION", "PXX"


def bare_units(m: re.Match, ctx: Context) -> Normalised:
    if _is_age(ctx, m) or COUNT_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "52 years old", or the tail of a count a stricter rule turned down
    return "DURATION", _period(None, m["unit"])


def set_adverb(m: re.Match, ctx: Context) -> Normalised:
    return "SET", R.SETS[m["word"].lower()]


def weekday_plural(m: re.Match, ctx: Context) -> Normalised:
    """ "on Tuesday nights": every Tuesday night."""
    part = R.PARTS_OF_DAY.get((m["part"] or "").lower().rstrip("s"))
    return "SET", f"XXXX-WXX-{R.WEEKDAYS[m['weekday'].lower()]}" + (f"T{part}" if part else "")


def set_every(m: re.Match, ctx: Context) -> Normalised:
    if m["weekday"]:
        return "SET", f"XXXX-WXX-{R.WEEKDAYS[m['weekday'].lower()]}"
    if m["month"]:
        return "SET", f"XXXX-{_month_no(m['month']):02d}"
    num = (m["num"] or "").lower()
    n = 2 if num == "other" else (_num(num) if num else 1)
    return "SET", _period(n, m["unit"])


@dataclass(frozen=True)
class Rule:
    name: str
    normalise: Callable[[re.Match, Context], Normalised]
    priority: int  # breaks ties between equally long matches: lower wins
    needs_anchor: bool = False


RULES = (
    Rule("iso_date", full_date, 0), Rule("slash_date", full_date, 0), Rule("month_day_year", full_date, 0),
    Rule("day_month_year", full_date, 0), Rule("month_year", month_year, 1), Rule("fiscal_year", year_with_position, 1),
    Rule("mod_year", year_with_position, 1), Rule("month_rel_year", month_rel_year, 1),
    Rule("spelled_year", spelled_year, 1), Rule("decade_word", decade_word, 2), Rule("full_year", full_year, 2),
    Rule("latest_year", latest_year, 2), Rule("anaphoric", anaphoric, 3), Rule("that_month", that_month, 2), Rule("year_quarter", year_quarter, 2), Rule("week_of", week_of, 1),
    Rule("weekday_date", weekday_date, 0), Rule("weekday_day_month", weekday_date, 0), Rule("month_day", month_day, 2), Rule("day_month", month_day, 2),
    Rule("quarter", nth_quarter, 2), Rule("half", half, 2), Rule("rel_quarter", relative_quarter, 2),
    Rule("the_quarter", the_quarter, 2), Rule("year_ago_period", year_ago_period, 2),
    Rule("decade", decade, 2), Rule("century", century, 2), Rule("century_word", century, 2),
    Rule("holiday", holiday, 2), Rule("ago", ago, 2), Rule("rel_unit", relative_unit, 3),
    Rule("rel_day", relative_day, 3), Rule("weekday", weekday, 3), Rule("part_of_day", part_of_day, 3),
    Rule("part_then_day", part_then_day, 3), Rule("in_the_unit", in_the_unit, 3),
    Rule("clock", clock, 3), Rule("clock24", clock24, 3), Rule("end_of_unit", end_of_unit, 2), Rule("ref", ref, 4), Rule("end_of_year", end_of_year, 4),
    Rule("season", season, 4), Rule("month", month_only, 5), Rule("span_unit", span_of_units, 5),
    Rule("set_every", set_every, 5), Rule("weekday_plural", weekday_plural, 2), Rule("set_adverb", set_adverb, 5), Rule("duration", duration, 6),
    Rule("year", year_only, 7), Rule("short_year", short_year, 8), Rule("bare_units", bare_units, 9), Rule("vague_span", vague_span, 6),
)
COMPILED = tuple((rule, re.compile(R.PATTERNS[rule.name])) for rule in RULES)
LEADING_WORDS = re.compile(r"(?i)(?:in|on|since|until|by|of|before|after|through|during|from|to|over)\s+")
EXPLICIT_DATE_RULES = ("iso_date", "month_day_year", "day_month_year")
ANCHOR_FREE = {"iso_date", "slash_date", "month_day_year", "day_month_year", "month_year", "fiscal_year",
               "mod_year", "decade", "century", "century_word", "duration", "bare_units", "set_adverb",
               "set_every", "ref", "year", "short_year", "spelled_year", "decade_word", "weekday_plural",
               "vague_span"}
