"""Person names: normal forms, honorifics, and when two written names are the same person.

"Kim Jong Un", "Kim Jong-un" and "Mr. Kim" are one person; "Kim Il Sung" is another, so two full
names only match when their last words agree and their first words agree exactly or as a
transliteration ("Sergey"/"Sergei"); a bare surname joins a full name by its last (or, for
family-name-first names, first) word.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

HONORIFICS = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady rev father sister brother sheikh
president vice prime premier minister chancellor secretary ambassador envoy senator sen rep
representative congressman congresswoman governor gov mayor judge justice general gen col
colonel lt captain capt admiral adm sgt king queen prince princess pope chairman chairwoman
leader commander director spokesman spokeswoman
""".split())
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words after a surname that make it a family or a government, not the person ("the Kim regime").
FAMILY_WORDS = frozenset({"family", "families", "dynasty", "clan", "regime", "era", "years", "household",
                          "brothers", "sisters", "siblings", "couple"})  # "the Vell brothers": no one of them
TRANSLITERATION_MIN_RATIO = 80  # rapidfuzz ratio for first names: Sergey/Sergei 83, Kim/Kin 67
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.U)


def name_words(text: str) -> list[str]:
    """Lower-cased words of a name: hyphens split ("Jong-un" -> "jong", "un"), honorifics, initials
    and suffixes dropped."""
    words = [w.lower() for w in WORD.findall(text.replace("-", " "))]
    while words and words[0] in HONORIFICS:
        words.pop(0)
    return [w for w in words if len(w) > 1 and w not in NAME_SUFFIXES]


def generation(text: str) -> str | None:
    """The generational suffix written in a name ("Donald Vell Jr." -> "jr", "Ivo Brant III" -> "iii"), else None."""
    words = [w.lower() for w in WORD.findall(text.replace("-", " "))]
    return words[-1] if len(words) >= 3 and words[-1] in NAME_SUFFIXES else None


def strip_honorifics(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) - 1 and words[i].lower().rstrip(".") in HONORIFICS:
        i += 1
    return words[i:]


def same_full_name(a: list[str], b: list[str]) -> bool:
    """Two full names (each >= 2 words) name the same person."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or len(a) != len(b):
        return False
    if a[1:] != b[1:]:
        return False
    return fuzz.ratio(a[0], b[0]) >= TRANSLITERATION_MIN_RATIO


def family_names_of(short: list[str], full: list[str]) -> bool:
    """A name of two words or more that is the tail of a longer full name met before: the two family names
    by which a person with given names and two surnames is called again ("Ruiz Ortega" for "Mateo Andres
    Ruiz Ortega")."""
    return 2 <= len(short) < len(full) and full[-len(short):] == short


# Words that make the next name the father's ("Tarek bin Faisal": Tarek, son of Faisal), so a bare
# "Faisal" is not this man but, most often, his father, named in the same story (general knowledge of
# Arabic naming, kept as data; "ben" left out, an English given name too).
PATRONYMIC_PARTICLES = frozenset("bin ibn bint binti ould".split())


def surname_key(words: list[str]) -> str | None:
    """The lower-case last word a bare mention of the person named ``words`` (two or more) would use, or None
    when it follows a patronymic particle ("Tarek bin Faisal": a bare "Faisal" is his father)."""
    if len(words) < 2 or words[-2].lower() in PATRONYMIC_PARTICLES:
        return None
    return words[-1].lower()


def short_form_fits(word: str, full: list[str]) -> int:
    """How well a one-word name fits a full name (words in lower case): 2 = its last word, 1 = its first
    word (family name first, as in "Kim Jong Un"), 0 = not at all, nor when the last word follows a
    patronymic particle (``PATRONYMIC_PARTICLES``: "faisal" does not fit "tarek bin faisal")."""
    if len(full) < 2:
        return 0
    if word == full[-1]:
        if surname_key(full) is None:
            return 0
        return 2
    if word == full[0]:
        return 1
    return 0


# Familiar forms (hypocorisms) of English given names, each with the formal names it shortens: "Bob" may be
# "Robert", "Mike" "Michael". General English, kept as data; every pair is also in the hand-curated
# carltonnorthern/nicknames list (Apache-2.0, PyPI "nicknames" 1.0.1), which is not a dependency: it is made for
# genealogy and pairs names that are people's own names today ("Micah" for Michael, "Lisa" for Elizabeth, "Ian"
# for John, "Bill" for Robert). Forms of two genders ("Sandy", "Chris", "Pat", "Sam") are left out.
FAMILIAR_FORMS: dict[str, tuple[str, ...]] = {
    nick: tuple(formal.split("/")) for formal, nicks in (
        ("robert", "bob bobby rob"), ("william", "bill billy will willie"), ("richard", "dick rick rich richie"),
        ("edward", "ned eddie"), ("edward/theodore", "ted"), ("theodore", "teddy"), ("john", "jack johnny"),
        ("henry", "hank"), ("charles", "chuck charlie"), ("margaret", "peggy maggie meg"), ("mary", "polly"),
        ("sarah", "sally"), ("elizabeth", "betty betsy liz lizzie beth"), ("anthony", "tony"),
        ("michael", "mike mikey mick"), ("james", "jim jimmy"), ("joseph", "joe joey"), ("thomas", "tom tommy"),
        ("daniel", "dan danny"), ("david", "dave"), ("stephen/steven", "steve"), ("matthew", "matt"),
        ("nicholas", "nick"), ("benjamin", "ben"), ("andrew", "andy drew"), ("gregory", "greg"),
        ("jeffrey", "jeff"), ("lawrence", "larry"), ("ronald", "ron ronnie"), ("donald", "don"),
        ("douglas", "doug"), ("kenneth", "ken kenny"), ("timothy", "tim"), ("peter", "pete"),
        ("frederick", "fred"), ("joshua", "josh"), ("zachary", "zach"), ("rebecca", "becky"),
        ("jennifer", "jenny jen"), ("susan", "sue"), ("deborah", "debbie deb"), ("cynthia", "cindy"),
        ("victoria", "vicky"), ("amanda", "mandy"), ("abigail", "abby"), ("gabriel", "gabe"),
        ("raymond", "ray"), ("walter", "walt"), ("bernard", "bernie"), ("jacob", "jake"), ("patricia", "patty"),
        ("kathleen/katherine", "kathy"), ("catherine", "cathy"))
    for nick in nicks.split()}


def familiar_form_of(short: str, given: str) -> bool:
    """One of two given names (lower case) is a familiar form of the other ("bob", "robert"; "mike", "michael")."""
    return given in FAMILIAR_FORMS.get(short, ()) or short in FAMILIAR_FORMS.get(given, ())
