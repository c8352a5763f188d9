"""Vocabulary and regex patterns for temporal expressions, kept as data (HeidelTime-style).

Each pattern is a verbose regex with named groups that :mod:`timex` normalises. Spans follow
TimeML: leading prepositions stay out ("in 1998" -> "1998"), determiners and modifiers stay in
("the early 1950s", "about two years", "late November").
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "a hundred": 100,
    "half a": 0.5, "a half": 0.5, "a couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12,
}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "numerous", "a number of")
# TIMEX3 unit letters; hours and smaller go after a "T".
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W2", "month": "M",
    "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE", "millennium": "ML",
}
CLOCK_UNITS = {"second", "minute", "hour"}
# how a half of each unit is written in the next smaller one: "2 1/2 years" -> P2Y6M
HALF_UNITS = {"Y": (6, "M"), "M": (15, "D"), "W": (3, "D12H"), "D": (12, "H"), "H": (30, "M"), "S": (0, "S")}
HALF_CLOCK_UNITS = {"H": (30, "M"), "M": (30, "S")}
UNIT_YEARS = {"decade": 10, "century": 100, "millennium": 1000}
# Fixed-date holidays (month, day) and nth-weekday ones (month, weekday, nth; -1 = last).
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25),
    "christmas eve": (12, 24), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "boxing day": (12, 26), "may day": (5, 1),
}
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
}
REFS = {  # words standing for a vague time, TIMEX3 *_REF values
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF",
    "in the past": "PAST_REF", "recent years": "PAST_REF", "recent decades": "PAST_REF", "past years": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "in the future": "FUTURE_REF", "as soon as possible": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}
# Adverbs and phrases that are a SET (frequency), with their value.
SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "hourly": "PT1H", "biweekly": "P2W", "semiannually": "P6M",
}
# Words that follow a bare year when it is a quantity, not a date.
YEAR_BLOCKERS = ("percent", "%", "shares", "people", "troops", "tons", "barrels", "feet", "miles", "meters",
                 "units", "cars", "jobs", "votes", "points", "dollars", "pounds", "yen", "marks", "acres",
                 "employees", "workers", "members", "students", "km", "kilometers", "killed", "soldiers",
                 "residents", "homes", "hours", "-year", "metres", "ounces", "cases", "deaths", "gmt", "utc")


def _alt(words, escape_dot: bool = True) -> str:
    """Longest first, so "sept" wins over "sep" and "new year's day" over "new year"."""
    return "|".join(w.replace(".", r"\.").replace(" ", r"\s+").replace("'", "['’]")
                    for w in sorted(words, key=len, reverse=True))


def _cap(words) -> str:
    return _alt([w.capitalize() for w in words] + [w.upper() for w in words])


SPELLED_ONES = "(?:one|two|three|four|five|six|seven|eight|nine)"
SPELLED_TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
MONTH = rf"(?:{_cap(MONTHS)})(?![a-z])\.?"
WEEKDAY = rf"(?:{_cap(WEEKDAYS)})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
NUM_WORD = rf"(?:{_alt(k for k in NUMBER_WORDS if ' ' not in k and k not in ('a', 'an'))})"
NUM = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|(?:{NUM_WORD}|\d+)\s+and\s+a\s+half|{NUM_WORD}(?:[-\s]{NUM_WORD})?|{_alt(k for k in NUMBER_WORDS if ' ' in k)}"
       rf"|a|an)")
VAGUE = rf"(?:{_alt(VAGUE_NUMBERS)})"
UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)|quarter|weekend|millenni(?:um|a))s?"
SEASON = rf"(?:{_alt(SEASONS)})"
PART_OF_DAY = rf"(?:{_alt(PARTS_OF_DAY)})"
APPROX = (r"(?:(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than|over|under"
          r"|at\s+least|at\s+most|up\s+to|only|just|fewer\s+than|barely|a\s+full|the\s+full|fully)\s+)")
POSITION = r"(?:early|late|mid|middle|end|beginning|start|close)"

# What may stand between a weekday and the date it names: "Friday, Oct. 23", "Monday - August 18" (a programme's
# heading), "Saturday (Oct. 19)", "Sunday, 10 May". Read apart, the weekday became a second date, the one of that
# name nearest the anchor (analyst's read of briefs, timeline24b).
WEEKDAY_TO_DATE = r"(?:,?\s+|\s*[-–—]\s*|\s*(?P<paren>\()\s*)"

# After a part of a year ("the first half", "the fourth quarter", "the last week"): an "of" that names no year
# makes it a part of something else ("the first half of May", "the fourth quarter of the game", "the last week of
# the campaign"), which must not be read as the part of the anchor's year, or as the week before the anchor
# (analyst's read of briefs: "the first half of May" was placed on the year's first half). An amount after "of"
# is what the part earned ("a loss for the third quarter of $41.5 million"), no stretch.
OF_NO_YEAR = (r"(?!\s+of\s+(?=[A-Za-z])(?!(?:fiscal\s+)?(?:(?:19|20)\d\d"
              r"|(?:this|last|next|the|the\s+current)\s+(?:fiscal\s+)?year)"
              r"(?![\w-])))")

# Named groups read by the normalisers in :mod:`timex`.
PATTERNS = {
    "iso_date": r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b",
    "slash_date": r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})(?![\d/])",
    "month_day_year": rf"(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR4})(?!\d)",
    "day_month_year": rf"\b(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR4})(?!\d)",
    "weekday_date": (rf"(?:{WEEKDAY}){WEEKDAY_TO_DATE}(?P<month>{MONTH})\s+(?P<day>{DAY})"
                     rf"(?:,?\s+(?P<year>{YEAR4})(?!\d))?(?!\d|:\d)(?(paren)\))"),
    "weekday_day_month": (rf"(?:{WEEKDAY}){WEEKDAY_TO_DATE}(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})"
                          rf"(?:,?\s+(?P<year>{YEAR4})(?!\d))?(?![\w-])(?(paren)\))"),
    "week_of": rf"(?i:\bthe\s+week\s+of\s+)(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\d|:\d)",
    "month_day": rf"(?:(?P<rel>last|next|this|on)\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\d|:\d)",
    "day_month": rf"\b(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})(?!\s*,?\s*\d)",
    "that_month": rf"(?P<rel>[Tt]hat(?:\s+same)?)\s+(?P<month>{MONTH})(?![\w-])",
    "month_rel_year": rf"(?P<month>{MONTH})\s+(?:of\s+)?(?i:(?P<rel>this|last|next)\s+year)\b",
    "month_year": (rf"(?:(?P<pos>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
                   rf"[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR4}|'\d\d)(?!\d)"),
    "month": (rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|early|late|mid|the\s+end\s+of"
              rf"|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|since|until|in|by|of|before|after|"
              rf"through|during|from|to)[\s-]+)?(?P<month>{MONTH})(?![\w-])"),
    "fiscal_year": rf"(?i:\b(?:fiscal(?:\s+year)?|FY)\s*)(?P<year>{YEAR4}|'\d\d)(?!\d)",
    "mod_year": (rf"(?i:\b(?P<pos>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
                 rf"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+last\s+half\s+of|the\s+spring\s+of|"
                 rf"the\s+summer\s+of|the\s+fall\s+of|the\s+autumn\s+of|the\s+winter\s+of)[\s-]+)(?P<year>{YEAR4})(?![\d%])"),
    "year": rf"(?<![\d$£€¥.,#])(?<!\d-)(?P<year>{YEAR4})(?![\d%]|\.\d|,\d|-\d|\s*(?:s\b|'s\b))",
    "short_year": r"(?<![\w$'’])['’](?P<year>\d\d)(?![\w%'’])",
    "decade_word": (r"(?i:\b(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?P<decade>twenties|thirties|forties|fifties"
                    r"|sixties|seventies|eighties|nineties)\b)"),
    "spelled_year": (rf"(?i:\b(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen)[\s-]+(?P<rest>{SPELLED_TENS}"
                     rf"(?:[\s-]{SPELLED_ONES})?|{SPELLED_TEENS}|hundred)|(?P<millennium>two\s+thousand)"
                     rf"(?:\s+(?:and\s+)?(?P<rest2>{SPELLED_ONES}|{SPELLED_TEENS}))?)\b)"),
    "decade": (r"(?i:\b(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?)(?P<decade>(?:1[5-9]|20)?\d0|['’]\d0)['’]?s\b"),
    "century": (r"(?i:\b(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?P<nth>\d{1,2})(?:st|nd|rd|th)[\s-]+centur(?:y|ies)\b)"),
    "century_word": (rf"(?i:\b(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?P<nth>{_alt(ORDINALS)}|"
                     r"eighteenth|nineteenth|twentieth|twenty-first)[\s-]+centur(?:y|ies)\b)"),
    "quarter": (r"(?i:\b(?:the\s+|its\s+|(?P<relyear>this|last|next)\s+year['’]s\s+)?(?P<ago>year-(?:ago|earlier)\s+)?"
                r"(?:(?P<year1>(?:19|20)\d\d)\s+)?(?:fiscal[\s-]+)?"
                r"(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?quarter"
                r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>(?:19|20)\d\d))?(?!\w)" + OF_NO_YEAR + ")"),
    "half": (r"(?i:\b(?:the\s+)?(?:fiscal[\s-]+)?(?P<nth>first|second)[\s-]+half"
             r"(?:\s+of\s+(?:(?P<year>(?:19|20)\d\d)|(?P<rel>this|last|next|the)\s+year))?\b" + OF_NO_YEAR + ")"),
    "rel_quarter": (r"(?i:\b(?:the\s+)?(?P<rel>latest|last|past|current|previous|prior|recent|latest\s+fiscal|"
                    r"same|comparable|next|coming|this|year-ago|year-earlier|comparable\s+year-ago|"
                    r"year-ago\s+third|year-ago\s+fourth)[\s-]+(?P<noun>quarter|period)(?!s)\b)"),
    "the_quarter": r"(?i:\bthe\s+(?:fiscal\s+)?quarter(?!s)\b(?!-))",
    "year_ago_period": (r"(?i:\b(?:the\s+)?(?:year-ago|year-earlier|comparable)\s+(?:period|quarter)\b|\byear-(?:ago|earlier)\b"
                        r"|\b(?:the\s+)?(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+"
                        r"(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b)"),
    "season": (rf"(?i:\b(?:(?P<rel>this\s+past|this\s+coming|this|last|next|early|late|mid|the|in)[\s-]+)?"
               rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR4}))?\b)"),
    "holiday": (rf"(?i:\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{_alt([*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS])})\b"
                rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR4})\b)?)"),
    "ago": (rf"(?i:\b{APPROX}?(?P<num>{NUM}|{VAGUE})[\s-]+(?P<unit>{UNIT})\s+(?:or\s+so\s+)?"
            r"(?P<dir>ago(?:\s+(?P<deixis>(?:last|this)\s+(?:week|month)|yesterday|today))?|earlier|from\s+now|hence"
            r"|back)\b)"),
    # "that year", "the following day": read against the date the story last talked about
    "anaphoric": (rf"(?i:\b(?P<rel>that|that\s+same|the\s+same|later\s+that|earlier\s+that|the\s+following|"
                  rf"the\s+previous|the\s+preceding|the\s+prior|the\s+next)\s+(?P<unit>day|week|month|year|"
                  rf"{PART_OF_DAY})\b)"),
    "rel_unit": (r"(?i:\b(?P<rel>this\s+past|this\s+coming|this|last|next|coming|previous|following|current|"
                 r"the\s+current|"
                 r"earlier\s+this|later\s+this|early\s+this|late\s+this|early\s+next|late\s+next|early\s+last|"
                 r"late\s+last|earlier\s+last|later\s+next)\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|decade|century)\b)"),
    "span_unit": (rf"(?i:\b{APPROX}?(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+first|"
                  rf"the\s+final|past|last|next|coming|previous|first|recent|the\s+latest|the|over\s+the\s+past)\s+"
                  rf"(?P<num>{NUM}|{VAGUE})?[\s-]*(?:fiscal\s+)?(?P<unit>{UNIT})\b)"),
    "rel_day": (r"(?i:\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<day>today|tomorrow|yesterday|tonight|"
                r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b"
                rf"(?:\s+(?P<part>{PART_OF_DAY}))?)"),
    "weekday_plural": (rf"(?P<weekday>{WEEKDAY})(?:s\b|(?=\s+(?i:mornings|afternoons|evenings|nights)\b))"
                       r"(?:\s+(?i:(?P<part>mornings|afternoons|evenings|nights)))?\b"),
    "weekday": (rf"(?:(?i:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|early|late|on)\s+))?"
                rf"(?P<weekday>{WEEKDAY})(?:\s+(?i:(?P<part>{PART_OF_DAY})))?\b"),
    "part_then_day": (rf"(?i:\b(?!midnight)(?:(?:early|late|mid)[\s-]?)?(?P<part>{PART_OF_DAY})\s+(?:on\s+)?"
                      rf"(?:(?P<day>yesterday|today|tomorrow)|(?P<weekday>{_alt(WEEKDAYS)}))\b)"),
    "in_the_unit": r"(?i:\b(?P<rel>earlier|later)\s+in\s+the\s+(?P<unit>year|month)\b)",
    "part_of_day": (rf"(?i:\b(?P<rel>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this|tomorrow|"
                    rf"yesterday)\s+(?P<part>{PART_OF_DAY})\b)"),
    "clock": (r"(?i:(?:\b(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
              r"|\b(?P<word>noon|midnight)\b)(?:\s+(?P<zone>[ECMP][SD]T|GMT|UTC)\b)?"
              rf"(?:,?\s+(?:on\s+)?(?P<weekday>{_alt(WEEKDAYS)})\b|\s+(?P<relday>today|yesterday|tomorrow)\b"
              rf"|,?\s+(?:on\s+)?(?-i:(?P<month>{MONTH}))\s+(?P<day>{DAY}))?)"),
    # a 24-hour clock: "1900 GMT", "23:40 local time", "at 14:30", or a stamp standing alone on its line
    "clock24": (r"(?<![\d:.,$£€])(?:(?P<hour>[01]\d|2[0-3]):?(?P<minute>[0-5]\d)\s*(?P<zone>GMT|UTC|BST|CES?T|[ECMP][SD]T|hrs\b|"
                r"(?i:local\s+time))|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bafter\s)|(?<=\bbefore\s)"
                r"|(?<=\baround\s))(?P<hour24>0\d|1[3-9]|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:]|\s*(?i:[ap]\.?m\b))"
                r"|(?m:^)[ \t]*(?P<stamp_hour>[01]?\d|2[0-3]):(?P<stamp_minute>[0-5]\d)(?=[ \t]*(?:\r?\n|$)))"),
    # "the end of the month", "the start of next week": the month or week itself
    "end_of_unit": (r"(?i:\b(?:the\s+)?(?:very\s+)?(?P<pos>end|beginning|start|middle)\s+of\s+(?P<rel>the|this|next|last)\s+"
                    r"(?P<unit>month|week)\b)"),
    "ref": rf"(?i:\b(?P<ref>{_alt(REFS)})\b)",
    "end_of_year": r"(?i:\b(?:the\s+)?(?:year-end|year\s+end|year's\s+end|end\s+of\s+the\s+year|end-of-the-year)\b)",
    "full_year": r"(?i:\bthe\s+(?:full|whole|entire|current|current\s+fiscal)\s+year\b)",
    "latest_year": r"(?i:\bthe\s+(?:latest|most\s+recent|previous|prior)\s+(?:fiscal\s+)?year\b)",
    "year_quarter": r"(?i:\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:fiscal\s+)?quarter\b)",
    "duration": (rf"(?i:\b{APPROX}?(?P<num>{NUM}|{VAGUE})(?:\s+(?:more|additional|straight|consecutive|full|other|trading|business|working))?"
                 rf"[\s-]+(?P<unit>{UNIT})(?:-long)?\b(?P<half>\s+and\s+a\s+half\b)?)"),
    "vague_span": r"(?i:\ba\s+(?:little\s+|long\s+|short\s+)?while\b)",
    "bare_units": r"(?i:\b(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b)",
    "set_adverb": rf"(?i:\b(?P<word>{_alt(SETS)})\b)",
    "set_every": (rf"(?i:\b(?:every|each|per)\s+(?:(?P<num>{NUM_WORD}|\d+|other)\s+)?"
                  rf"(?:(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                  rf"(?P<month>{_alt(k for k in MONTHS if len(k) > 4 or k in ('may', 'june', 'july'))})|"
                  rf"(?P<unit>{UNIT}))\b)"),
}
