"""Words that look like dates and are not: names, page furniture, a person called May.

Each guard reads a candidate (its span, the rule that found it) and the text around it, and says
whether to turn it down. They run on every candidate before overlaps are settled, so a guard never
leaves a half-expression behind. Patterns are kept as data here, apart from :mod:`timex`.

- Names: "The Daily Beast", "Weekly Standard", "USA TODAY", "Current Issue", "the Winter Games".
  A date word written with a capital inside a run of capitalised words is part of a name; so is one in
  title case that is a programme's or a column's title: in quotation marks of its own (on ABC's
  “This Week.”), after a capitalised owner's possessive (Kessel One's This Week) or naming a tweet's
  account (— This Week (@…)). Analyst's read of briefs (brief19): the show's name was placed on the
  timeline as the week of the article.
- Page furniture: sign-up and newsletter notices ("Sign up today to receive …"), a relative stamp
  standing alone on its line ("5 years ago", "Posted 3 hours ago": the age of the page when it was
  saved, not a date of the story), an edit stamp on its line ("Updated at 6:30 p.m. ET") or as a sentence
  of its own inside one ("Update at 2:15 p.m. ET: …", "(This post was last updated at 9:05 a.m.)",
  "This article was originally published on May 3, 2021."), and digits inside a web address or an e-mail
  address ("example.org/2012/10/19/…", "pat1999@mail.com"). Analyst's read of briefs (timeline20): live-blog
  update stamps and the years of a list of links were placed on the timeline as events.
- "May" the person: where the text names one ("Theresa May", "Mrs May", "Prime Minister May"),
  "May's …" and "May said" are her; with no such mention, "May's government" still is.
"""
from __future__ import annotations

import re

# Rules whose words are also words of names ("Daily", "Today", "Current", "Winter").
NAME_PRONE_RULES = frozenset({"set_adverb", "rel_day", "ref", "season", "rel_unit"})
CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*")
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]['\"’”)]*\s+|\n\s*|[\"“‘(]\s*)$")
FURNITURE_SENTENCE = re.compile(
    r"(?i)\bsign(?:ing)?[\s-]+up\b|\bsubscribe\s+(?:now|today|here|for\s+free|to\s+(?:our|this)\b)|\bnewsletters?\b|\bin\s+your\s+inbox\b|\bcurrent\s+issue\b"
    r"|\bview\s+our\b|\bsupport\s+our\s+journalism\b")
AGO_STAMP_LINE = re.compile(r"(?i)^\W*(?:(?:posted|updated|published|added|last\s+updated)\W+)?(?:about\s+)?"
                            r"(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\W*$")
# A page's own stamp on its line ("Updated at 6:30 p.m. ET", "Posted: Oct. 3, 2019 10:32 a.m.", "Last updated
# Friday"): when the page was saved or changed, no event of the story (analyst16).
EDIT_STAMP_LINE = re.compile(r"(?i)^\W*(?:(?:last|originally|first)\s+)?(?:updated|posted|published|modified|edited)\b"
                             r"(?:\s*(?:on|at|:))?[\w\s,.:/()-]{0,40}$")
# An edit stamp as a sentence inside a line: opened by the stamp word at a sentence's start (or by the page
# speaking of itself, "This post was last updated at"), closed right after the date (a time zone at most).
EDIT_STAMP_LEAD = re.compile(r"(?im)(?:^|[.!?]\s+|(?:^|\s)[(\-–—]+\s*)(?:this\s+(?:post|report|article|story|page|blog|entry)\s+"
                             r"(?:was|has\s+been|is)\s+)?(?:(?:last|originally|first)\s+)?"
                             r"(?:update[sd]?|posted|published|modified|edited)\s*(?:on|at|:)?\s*"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*(?:\d{4}\s*)?)?$")  # "on May 3, " before the year
# what may follow the date in the stamp: the rest of the date or a clock time, a time zone, the sentence's end
EDIT_STAMP_TAIL = re.compile(r"(?i:(?:[\s,]*\d{1,4}(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?){0,3})\s*(?:[A-Z]{2,4}\b)?\s*(?:[.):]|\n|$)")
LINK_TOKEN = re.compile(r"://|\bwww\.|@|\.(?:com|org|net|gov|edu)\b")
PERSON_MAY = re.compile(r"\b(?:Theresa|Mrs\.?|Ms\.?|Prime\s+Minister|PM|Premier|Mother)\s+May\b")
MAY_AS_PERSON_AFTER = re.compile(
    r"^(?:['’]s\b|\s+(?:said|says|told|tells|has|had|is|was|will|wants|wanted|insisted|announced|added|warned|"
    r"won|lost|survived|faces|faced|argued|urged|called|promised|resigned|met|spoke|hopes|hoped)\b)")
MAY_GOVERNMENT = re.compile(
    r"^['’]s\s+(?:own\s+)?(?:government|cabinet|party|premiership|leadership|deal|plan|agreement|Brexit|"
    r"successor|resignation|Conservatives|Tories|allies|team|ministers|administration|spokesman|spokeswoman|"
    r"office|statement|speech)\b")
QUOTED_TITLE_BEFORE = re.compile(r"(?:[“\"‘]|[A-Z][\w.&-]*['’]s\s+[“\"‘]?)$")
QUOTED_TITLE_AFTER = re.compile(r"[.,!?]?[”\"’](?!s\b)")
ACCOUNT_AFTER = re.compile(r"\s*\(@")
SENTENCE_CHARS = 300  # how far back and ahead a furniture notice is looked for


def turned_down(text: str, start: int, end: int, rule: str) -> bool:
    """True when the candidate ``text[start:end]`` found by ``rule`` is not a date at all."""
    return (_in_a_name(text, start, end, rule) or _in_furniture(text, start, end)
            or _stamp_line(text, start, end) or _stamp_sentence(text, start, end) or _in_a_link(text, start, end)
            or _may_the_person(text, start, end))


def _in_a_name(text: str, start: int, end: int, rule: str) -> bool:
    if rule not in NAME_PRONE_RULES:
        return False
    words = text[start:end].split()
    word = words[-1] if rule == "season" else words[0]
    if not word[:1].isupper():
        return False
    if _a_titled_name(text, start, end):
        return True
    after = CAPITALISED.match(text, end + 1) if text[end:end + 1] == " " else None
    before = re.search(r"([A-Z][\w'’.&-]*)\s+$", text[max(0, start - 30):start])
    at_open = SENTENCE_OPEN.search(text[max(0, start - 6):start]) is not None or start == 0
    if rule == "season":
        return after is not None  # "the Winter Games", "Summer Olympics"
    if before is not None and not at_open:
        return True  # "The Daily Beast" runs on from "The"; "USA TODAY"
    # at a sentence's start only a frequency or "Current" opens a name: "Daily NK, a website", "Current
    # Issue"; "Now Americans ask" and "Today Corvel votes" are times
    return after is not None and (rule == "set_adverb" or word.lower() == "current")


def _a_titled_name(text: str, start: int, end: int) -> bool:
    """Every word capitalised, and the words a programme's title: quoted on their own, after an owner's
    possessive, or naming a tweet's account."""
    if not all(w[:1].isupper() for w in text[start:end].split()):
        return False
    before = text[max(0, start - 40):start]
    if before.endswith(("“", '"', "‘")) and QUOTED_TITLE_AFTER.match(text, end):
        return True
    owner = QUOTED_TITLE_BEFORE.search(before)
    return (owner is not None and not before.endswith(("“", '"', "‘"))) or ACCOUNT_AFTER.match(text, end) is not None


def _sentence_around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, max(0, start - SENTENCE_CHARS), start) for c in ".!?\n")
    his = [i for i in (text.find(c, end, end + SENTENCE_CHARS) for c in ".!?\n") if i >= 0]
    return text[lo + 1:min(his) if his else min(len(text), end + SENTENCE_CHARS)]


def _in_furniture(text: str, start: int, end: int) -> bool:
    return FURNITURE_SENTENCE.search(_sentence_around(text, start, end)) is not None


def _stamp_line(text: str, start: int, end: int) -> bool:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo:hi if hi >= 0 else len(text)].strip()
    return AGO_STAMP_LINE.match(line) is not None or EDIT_STAMP_LINE.match(line) is not None


def _stamp_sentence(text: str, start: int, end: int) -> bool:
    """An edit stamp said as a sentence of its own, the line running on ("Update at 2:15 p.m. ET: Senators …")."""
    lo = text.rfind("\n", 0, start) + 1
    return EDIT_STAMP_LEAD.search(text, lo, start) is not None and EDIT_STAMP_TAIL.match(text, end) is not None


def _in_a_link(text: str, start: int, end: int) -> bool:
    """The candidate's digits are part of a web or e-mail address (a run of text with no space)."""
    lo = max(text.rfind(c, 0, start) for c in " \n\t") + 1
    ends = [i for i in (text.find(c, end) for c in " \n\t") if i >= 0]
    return LINK_TOKEN.search(text[lo:min(ends) if ends else len(text)]) is not None


def _may_the_person(text: str, start: int, end: int) -> bool:
    if not text[start:end].endswith("May"):
        return False
    after = text[end:end + 40]
    if MAY_GOVERNMENT.match(after):
        return True
    return PERSON_MAY.search(text) is not None and MAY_AS_PERSON_AFTER.match(after) is not None
