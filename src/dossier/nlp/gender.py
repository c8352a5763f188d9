"""The gender a name takes in an article, so that "he said" does not land on the woman quoted before him.

Evidence, strongest first: the article's own titles ("Mr. Brant", "Ms. Varn") and kin words, then the
first name through gender-guesser's bundled name lists, read as English-language news uses them
(``first_name_gender``), checked against the article's own pronouns for the person ("Brant said he",
"Brant found himself", "Brant and his wife": ``pronoun_named``). Only clear answers count: a name the lists
give both sexes, or the article's pronouns contradict, or a family name written first ("Kim Jong Un"),
gives None, which agrees with every pronoun. Unknown is better than wrong.
"""
from __future__ import annotations

import functools

from .doctext import token_strings

MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "dame", "queen", "princess", "sister"})
# Kinship nouns set beside a name ("her son Mazen", "Ana Lind, his widow,") say its gender as a title does.
MALE_KIN = frozenset("son husband father brother uncle nephew grandson grandfather boyfriend widower stepson dad".split())
FEMALE_KIN = frozenset("daughter wife mother sister aunt niece granddaughter grandmother girlfriend widow stepdaughter "
                       "mom".split())
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
FROM_FULL = "~"  # key prefix: a surname known only from a titled full name
GUESSES = {"male": "m", "female": "f"}  # gender-guesser's clear answers ("mostly_…" and "andy" are not)
SEX = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "?"}  # the side a list entry leans to
ENGLISH = ("great_britain", "ireland", "usa")  # the lists' English-speaking countries: the news this reads
WEAK_RATIO = 3  # a clear entry must weigh a third of the "mostly" ones: "Kim" (female in Ireland, rare) is not
REFLEXIVE_GENDER = {"himself": "m", "herself": "f"}
WEAK_TIMES = 2  # how often a weak sign of gender must recur, never contradicted (``pronoun_named``)
# Verbs whose subject a "he"/"she" in the clause they take most often is ("Brant said he would go"): speech
# and thought (general English, kept as data).
SELF_REPORT_VERBS = frozenset("say tell add insist claim argue state explain note announce acknowledge admit deny "
                              "write suggest believe think hope vow promise pledge stress confirm".split())


@functools.lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=4096)
def first_name_gender(first: str) -> str | None:
    """"m" or "f" when the lists give ``first`` one sex only, where English-speaking countries use it (else
    anywhere), and one entry there is not merely "mostly" that sex: "George" (male; mostly male in the USA)
    is "m"; "Rand" (female in one country far off, male in the USA) is "m"; "Jordan" (mostly female in
    Britain, mostly male in the USA), "Jean", "Alex", "Dana" (only "mostly female") and "Kim" (mostly female,
    and female only rarely: ``WEAK_RATIO``) are None. The
    lists' own best answer weighs every country alike and so called "Rand" female. Source: strict reads of
    AllSides 1041-1999 (round 16: Sen. Rand Paul skipped by "he")."""
    entries = _detector().names.get(first.lower())
    if not entries or (first.isupper() and len(first) <= 3):  # "UK", "EU": no given names
        return None
    columns = _english_columns()
    used = {g: v for g, v in entries.items() if any(i < len(v) and v[i] != " " for i in columns)}
    used = used or {g: v for g, v in entries.items() if v.strip()}
    sexes = {SEX[g] for g in used}
    if len(sexes) != 1 or "?" in sexes:
        return None
    clear = sum(_weight(v, columns) for g, v in used.items() if g in GUESSES)
    weak = sum(_weight(v, columns) for g, v in used.items() if g not in GUESSES)
    return sexes.pop() if clear and clear * WEAK_RATIO >= weak else None


def _weight(values: str, columns) -> int:
    """How common the lists say a name is in the English-speaking countries (hex digits 1-D per country)."""
    return sum(int(values[i], 16) for i in columns if i < len(values) and values[i] != " ") or (
        1 if values.strip() else 0)


@functools.lru_cache(maxsize=1)
def _english_columns() -> tuple[int, ...]:
    import gender_guesser.detector

    return tuple(gender_guesser.detector.Detector.COUNTRIES.index(c) for c in ENGLISH)


ARABIC_ARTICLES = frozenset("al el ul ad ar as ash at az abu abd abdul bin ibn".split())  # "Al-Amin": a family name


@functools.lru_cache(maxsize=4096)
def listed_gender(first: str) -> str | None:
    """The lists' own clear answer for ``first`` (every country alike): whether it reads as a given name at all
    ("Tomas Vell" a person's name, "Minister Vell" not), not which pronoun it takes (``first_name_gender``).
    A hyphened given name the lists lack whole ("Liv-Marie") is the gender all its parts clearly share (strict
    read 18b: "Eva-Marie Persson" read as no person's name, her bare surname kept in six records)."""
    found = GUESSES.get(_detector().get_gender(first))
    parts = first.split("-")
    if found is None and len(parts) > 1 and all(parts) and parts[0].lower() not in ARABIC_ARTICLES:
        genders = {GUESSES.get(_detector().get_gender(p)) for p in parts}
        if len(genders) == 1:
            return genders.pop()
    return found


def given_name_known(first: str) -> bool:
    """The name lists know ``first`` as a given name, whatever gender they lean to ("Chris", "Jordan")."""
    return _detector().get_gender(first) != "unknown"


def titled_surnames(doc) -> dict[str, str]:
    """Name (lower case) -> "m" or "f" from titles in the Doc: the surname for a title before it alone ("Mr.
    Brant": "brant"), the whole name for a title before a full name ("Ms. Ilse Varn": "ilse varn", and
    "~varn" for a bare "Varn" alone: "First Lady Anna Vell" says nothing of Tomas Vell)."""
    out: dict[str, str] = {}
    lowers, tags = token_strings(doc, "LOWER"), token_strings(doc, "POS")
    n = len(lowers)
    for i, low in enumerate(lowers):
        gender = "m" if low in MALE_TITLES else "f" if low in FEMALE_TITLES else None
        if gender is None or i + 1 >= n or tags[i + 1] != "PROPN":
            continue
        k = i + 1
        while k + 1 < n and tags[k + 1] == "PROPN":
            k += 1
        out.setdefault(" ".join(lowers[i + 1:k + 1]), gender)
        if k > i + 1:
            out.setdefault(FROM_FULL + lowers[k], gender)  # for a bare "Varn" only, not for another full name
    return out


def kin_named(doc) -> dict[str, str]:
    """Whole name (lower case) -> "m" or "f" for names a kinship noun stands beside. Keyed by the whole
    name, not the surname as titles are: a relative often shares it ("her father, Lorenzo Lynch")."""
    out: dict[str, str] = {}
    for name, gender in _kin_named(doc):
        out.setdefault(name, gender)
    return out


def _kin_named(doc):
    """(name, gender) for names a kinship noun stands beside: before it ("her son, Mazen Ilo") or as
    its appositive ("Mazen Ilo, her son,")."""
    lowers = token_strings(doc, "LOWER")
    for i in (i for i, w in enumerate(lowers) if w in MALE_KIN or w in FEMALE_KIN):  # no Token for the others
        tok = doc[i]
        gender = "m" if lowers[i] in MALE_KIN else "f"
        k = tok.i + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            first = k
            while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper():
                k += 1
            yield doc[first:k + 1].text.lower(), gender
        elif tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
            head = tok.head
            first = head.i
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
                first -= 1
            yield doc[first:head.i + 1].text.lower(), gender


def pronoun_named(doc) -> dict[str, list[tuple[str, bool]]]:
    """Name (lower case, as written at the mention: "hilary benn", "benn") -> [("m" or "f", strong)], one
    for each of the article's own pronouns for a person named as a subject, outside quotation marks and with
    no one else named or spoken of between. Strong: the subject of a clause that a verb of saying or thinking
    takes ("Benn said he would"; "Benn, who said he would"), a reflexive of its clause ("Benn found himself",
    "Benn himself"), or a kin noun it owns ("Benn and his wife", "Benn thanked her husband"). Weak: a
    possessive in its own clause ("President Erdo defended his record"; now and then another's record).
    How they are weighed: ``Genders.of``. Source: strict reads of AllSides 1041-1999 (round 16: "Hilary Benn
    ... he said" skipped Benn, whom the lists call a woman; a man's "she" where only "his" told)."""
    found: dict[str, list[tuple[str, bool]]] = {}
    for name, gender, strong in _pronoun_named(doc):
        found.setdefault(name, []).append((gender, strong))
    return found


def _weighed(signs: list[tuple[str, bool]]) -> tuple[str | None, bool]:
    """(gender, strong) the signs for one person agree on: the strong ones alone when there are any; else the
    weak ones, when ``WEAK_TIMES`` or more; (None, …) when they disagree or are too few."""
    strong = {g for g, s in signs if s}
    if strong:
        return (strong.pop() if len(strong) == 1 else None), True
    weak = {g for g, _ in signs}
    return (weak.pop() if len(weak) == 1 and len(signs) >= WEAK_TIMES else None), False


def _pronoun_named(doc):
    lowers = token_strings(doc, "LOWER")
    for i in (i for i, w in enumerate(lowers) if w in PRONOUN_GENDER or w in REFLEXIVE_GENDER):
        tok = doc[i]
        low = lowers[i]
        strong = True
        if low in REFLEXIVE_GENDER:
            gender = REFLEXIVE_GENDER[low]
            person = _named_head(tok.head) if tok.dep_ in ("appos", "npadvmod") else _clause_subject(tok)
        elif low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            gender = PRONOUN_GENDER[low]
            verb = tok.head
            person = _clause_subject(verb.head) if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in \
                SELF_REPORT_VERBS and verb.head.i < tok.i else None
        elif low in ("his", "her") and tok.dep_ == "poss":
            gender = PRONOUN_GENDER[low]
            owned = tok.head
            strong = owned.lower_ in MALE_KIN or owned.lower_ in FEMALE_KIN
            person = _named_head(owned.head) if owned.dep_ == "conj" and strong else _clause_subject(tok)
        else:
            continue
        if person is None or person.i > tok.i or _quote_between(doc, person.i, tok.i) \
                or _other_person_between(doc, person, tok):
            continue
        first = person.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        yield doc[first:person.i + 1].text.lower(), gender, strong
        if first < person.i:
            yield FROM_FULL + person.lower_, gender, strong  # for a bare "Benn" only


def _named_head(tok):
    """``tok`` when it ends a person's name the tagger typed ("Benn" of "Hilary Benn"), else None."""
    return tok if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" else None


def _clause_subject(tok):
    """The named person who is the subject of the clause ``tok`` stands in, going up through words that
    open no clause of their own (a "who" subject stands for the name it is about); None when the first clause
    met has another subject or none."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        if verb.head.i == verb.i or verb.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "conj"):
            return None
        verb = verb.head
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return _named_head(subject)


def _quote_between(doc, a: int, b: int) -> bool:
    return any(t.is_quote or t.text in "“”\"" for t in doc[a:b])


def _other_person_between(doc, person, pronoun) -> bool:
    """Someone else is named or spoken of ("him", "her") between the name and its pronoun: either may be meant."""
    return any((t.ent_type_ == "PERSON" and t.i > person.i) or t.lower_ in ("him", "her", "he", "she")
               or t.lower_ in MALE_KIN or t.lower_ in FEMALE_KIN for t in doc[person.i + 1:pronoun.i])


class Genders:
    """Gender of the people of one Doc, by name. The Doc is read only when a pronoun first asks."""

    def __init__(self, doc):
        self.doc = doc

    @functools.cached_property
    def titled(self) -> dict[str, str]:
        return titled_surnames(self.doc)

    @functools.cached_property
    def kin(self) -> dict[str, str]:
        return kin_named(self.doc)

    @functools.cached_property
    def pronouns(self) -> dict[str, list[tuple[str, bool]]]:
        return pronoun_named(self.doc)

    def of(self, name: str | None) -> str | None:
        """The name's gender: the article's titles and kin words; else its first name in the lists, unless
        the article's strong pronouns for the name say otherwise (then None); else those pronouns alone. A
        title on the bare surname that the lists' first name contradicts ("Mrs. Vell" beside "Tomas Vell") may be a
        relative's who shares the name: then the strong pronouns decide, or nothing does. Source: fresh read of
        round 20 (a former president's "he" passed over for his wife's "Mrs.", and given to a woman named far back)."""
        words = (name or "").split()
        if not words:
            return None
        whole, last = " ".join(words).lower(), words[-1].lower()
        listed = first_name_gender(words[0]) if len(words) >= 2 else None  # a lone "Warren" may be a surname
        titled = self.titled.get(whole) or self.kin.get(whole)
        if len(words) < 2:
            titled = titled or self.titled.get(last) or self.titled.get(FROM_FULL + last)
        if titled:
            return titled
        keys = (whole, last) if len(words) >= 2 else (last, FROM_FULL + last)
        signs = [sign for key in keys for sign in self.pronouns.get(key, ())]
        said, strong = _weighed(signs)
        surname = self.titled.get(last) if len(words) >= 2 else None
        if surname and listed and surname != listed:
            return said if strong else None  # "Tomas Vell" and a "Mrs. Vell": his wife's title, or his own
        if surname:
            return surname
        if listed and strong and said != listed:
            return None  # "Hilary Benn … Benn said he": the lists call Hilary a woman
        return listed or said

    def agrees(self, name: str | None, pronoun: str) -> bool:
        """True unless the name's gender is known and differs from the pronoun's."""
        want = PRONOUN_GENDER.get(pronoun.lower())
        have = self.of(name)
        return want is None or have is None or have == want
