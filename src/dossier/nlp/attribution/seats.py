"""A legislator's seat spelled out from the title and the party and state label news sets after the name.

"Sen. Rolf Amberg, R-Ohio," -> "Republican senator from Ohio"; "Rep. Ana Lind (D-Calif.)" -> "Democratic
representative from California". The label alone ("Sen., R-Ohio") reads as a stray fragment, not a role
(strict reads of roles on unseen articles, twice: a bare "Sen." names no seat, and "Rep., D-Calif." has a
stray label); spelled out, the role says the same in words. State names and postal codes come from
pycountry; only news style's dotted short forms ("Calif.", "N.Y.") are a small table in ``dossier/data``.
A governor's title is read the same way, as the state's own office ("Gov. Ana Lind (R) of Ohio" -> "Republican
governor of Ohio"; roles19b).
"""
from __future__ import annotations

import functools
import re
from importlib import resources

import pycountry

ABBREVIATIONS_FILE = "us_state_abbreviations.tsv"
# The post a seat's title names (general American usage, as data).
SEAT_NOUNS = {"sen.": "senator", "sen": "senator", "senator": "senator", "rep.": "representative",
              "rep": "representative", "representative": "representative", "congressman": "congressman",
              "congresswoman": "congresswoman", "del.": "delegate", "delegate": "delegate",
              "gov.": "governor", "gov": "governor", "governor": "governor"}
# A state's own office is "of" the state ("governor of Ohio"); a seat in Congress is "from" it.
STATE_OFFICES = frozenset({"governor"})
PARTIES = {"D": "Democratic", "R": "Republican", "I": "independent"}
# A party's adjective or noun set in the title before the name ("Republican Rep.", "Democratic Senator").
TITLE_PARTIES = {"republican": "R", "gop": "R", "democratic": "D", "democrat": "D", "independent": "I"}


def _held(noun: str) -> str:
    """How a seat or office stands to its state: "from" for a seat in Congress, "of" for a state's office."""
    return "of" if noun in STATE_OFFICES else "from"


@functools.lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Every written form of a US state or territory -> its name: postal code ("CA", "Ca"), full name
    ("California", "california") and the short forms of the data file ("Calif.")."""
    forms: dict[str, str] = {}
    for sub in pycountry.subdivisions.get(country_code="US"):
        code = sub.code.split("-")[1]
        forms[code.lower()] = forms[sub.name.lower()] = sub.name
    names = {sub.code.split("-")[1]: sub.name for sub in pycountry.subdivisions.get(country_code="US")}
    for line in resources.files("dossier.data").joinpath(ABBREVIATIONS_FILE).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, code = line.split("\t")
            forms[form.strip().lower()] = names[code.strip()]
    return forms


def state_name(form: str) -> str | None:
    """The state a label's part names ("Calif.", "Calif", "CA", "California", "N.Y.") or None."""
    key = form.strip().lower().rstrip(".")
    return _states().get(key) or _states().get(key + ".")


def spelled_seat(title: str, label: str) -> str:
    """The seat of ``title`` ("Sen.") with ``label`` ("R-Ohio") in words ("Republican senator from Ohio");
    a label whose state is not known is kept whole, in brackets ("Sen. (R-Xyz)")."""
    noun = SEAT_NOUNS.get(title.lower())
    party, _, state = label.partition("-")
    name = state_name(state)
    if not noun or party not in PARTIES or not name:
        return f"{title} ({label})"
    return f"{PARTIES[party]} {noun} {_held(noun)} {name}"


def seat(title: str, party: str | None, state: str) -> str | None:
    """The seat of ``title`` ("Sen.") for a party letter (or none) and a state's name in words ("Republican
    senator from Arizona", "senator from Arizona"; a governor's office is "of" the state: "governor of Ohio");
    None for a title that names no seat."""
    noun = SEAT_NOUNS.get(title.lower())
    if not noun or party is not None and party not in PARTIES:
        return None
    held = f"{noun} {_held(noun)} {state}"
    return f"{PARTIES[party]} {held}" if party else held


# Party nouns news sets after a state's name instead of the label ("Sen. Rolf Amberg, Ohio Republican,").
PARTY_NOUNS = {"republican": "R", "democrat": "D", "independent": "I"}
STATE_WORDS = r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}"
# Where the state's words end: the appositive or sentence closes, or a verb or clause follows.
STATE_END = r"(?=\s*[,;.)]|\s*$|\s+(?:who|which|and)\b|\s+[a-z])"
# Lower-case words news may set between the article and the state ("a first-term Utah Democrat", "a tea party
# backed Ohio Republican"): a few, never a capitalised word, which could be another name.
STATE_MODIFIERS = r"(?:[a-z][\w-]*\s+){0,3}"
# What may follow a state's party noun: the appositive ends, or a clause ("who", "whose") or a participle
# ("serving his first term") goes on about the legislator.
PARTY_END = r"(?=\s*[,;.)]|\s*$|\s+(?:who|whose|and)\b|\s+[a-z]+ing\b)"
LABEL_FORMS = (
    re.compile(rf"\s*(?:,\s*|\()([DRI])-\s?({STATE_WORDS})(?=\s*[,);.]|\s*$|\s+[a-z])"),  # ", R- Missouri,"
    re.compile(rf"\s*\(([DRI])\)(?:,)?\s+of\s+({STATE_WORDS}){STATE_END}"),  # "(R) of Florida"
    re.compile(rf"\s*,\s+(?:(?:an?|the)\s+{STATE_MODIFIERS})?({STATE_WORDS})\s+(Republican|Democrat|Independent)"
               rf"{PARTY_END}"),  # ", Arizona Republican,", ", a Utah Democrat,", ", a first-term Utah Democrat"
    re.compile(rf"\s*(?:,\s*)?of\s+()({STATE_WORDS}){STATE_END}"),  # "of Arizona", ", of New York,"
    re.compile(rf"\s*,\s+(?:(?:an?|the)\s+)?(Republican|Democrat|[Ii]ndependent)\s+(?:of|from)\s+"
               rf"({STATE_WORDS}){STATE_END}"),  # ", Republican of Wyoming,", ", a Democrat from Ohio,"
    re.compile(rf"\s*\(([DRI])\.,\s*({STATE_WORDS})\)"),  # "(R., S.C.)"
)


def seat_after(text: str, pos: int) -> tuple[str | None, str] | None:
    """The party letter (or None) and the state's name a label right after a legislator's name at character
    ``pos`` gives, in the forms news writes it: "R-Ohio" after a comma or in brackets (a space after the
    hyphen too: "R- Missouri"), "(R) of Florida", ", Arizona Republican," (a state, then a party's noun, a few
    lower-case words before the state, a clause or participle after it: ", a first-term Utah Democrat whose …"),
    "of Arizona", ", Republican of Wyoming," or ", a Democrat from Ohio," (the party's noun, then the state), or
    "(R., S.C.)". Only a state ``state_name`` knows counts, whole ("of the Harbour Committee", "of New York
    City" are none). Source: strict reads of roles (a bare "Sen." or "Rep."
    shown where the article says whose seat it is; roles19: the forms after the party's noun, with words
    before the state, and "(R., S.C.)")."""
    for k, form in enumerate(LABEL_FORMS):
        found = form.match(text, pos)
        if found is None:
            continue
        if k == 2:
            state, party = found.group(1), PARTY_NOUNS[found.group(2).lower()]
        elif k == 4:
            party, state = PARTY_NOUNS[found.group(1).lower()], found.group(2)
        else:
            party, state = found.group(1) or None, found.group(2)
        name = state_name(state)
        if name is not None:
            return party, name
    return None


# The writer's second name for a legislator, a state and a party's noun after "the" ("the Ohio Republican",
# "the veteran Utah Democrat's"): not a party's or a body's name ("the Ohio Republican Party": a capitalised
# word after it).
EPITHET = re.compile(rf"\b[Tt]he\s+{STATE_MODIFIERS}({STATE_WORDS})\s+(Republican|Democrat)(?:['’]s)?\b(?!\s+[A-Z])")


def epithet_after(text: str, pos: int, end: int) -> tuple[str, str, int] | None:
    """The party letter, the state's name and where it starts of the first epithet (``EPITHET``: "the Ohio
    Republican") in ``text[pos:end]`` whose state ``state_name`` knows; None when there is none."""
    for found in EPITHET.finditer(text, pos, end):
        name = state_name(found.group(1))
        if name is not None:
            return PARTY_NOUNS[found.group(2).lower()], name, found.start()
    return None
