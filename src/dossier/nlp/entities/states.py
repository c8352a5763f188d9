"""Country facts as one index: names, short forms, capitals, seats of government and demonyms.

Names, capitals and demonyms come from maintained packages (countryinfo, pycountry); only the
everyday short forms they lack ("U.S.", "America") and seats of government ("the Kremlin") are
small data tables in ``dossier/data``.  Everything is built once, on first use.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import pycountry
from countryinfo import CountryInfo

SHORT_FORMS_FILE = "state_short_forms.tsv"
SEATS_FILE = "seats_of_government.tsv"
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")
CAPITAL_SUFFIXES = re.compile(r",?\s+D\.?C\.?$")  # "Washington D.C." is "Washington" in prose
LEADING_THE = re.compile(r"^the\s+", re.I)
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True)
class State:
    code: str  # ISO 3166-1 alpha-2
    name: str  # the short common English name ("North Korea")
    demonym: str | None = None
    population: int = 0


def normalize(text: str) -> str:
    """The lookup key of a surface form: no leading "the", straight apostrophes, case kept for
    abbreviations ("US" is not "us"), lower case otherwise."""
    text = LEADING_THE.sub("", text.translate(APOSTROPHES).strip())
    return text if text.isupper() or "." in text else text.lower()


def _table(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in resources.files("dossier.data").joinpath(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, code = line.split("\t")
            rows.append((form.strip(), code.strip()))
    return rows


class StateIndex:
    """Look up which state a surface form names, stands for (capital, seat) or describes (demonym)."""

    def __init__(self) -> None:
        self.states: dict[str, State] = {}
        self.names: dict[str, str] = {}      # normalized form -> code
        self.capitals: dict[str, str] = {}
        self.seats: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}   # "russian", "russians" -> RU
        self._load_countryinfo()
        self._load_pycountry()
        for form, code in _table(SHORT_FORMS_FILE):
            self.names[normalize(form)] = code
        for form, code in _table(SEATS_FILE):
            self.seats[normalize(form)] = code
        for table in (self.names, self.capitals, self.seats):
            table.pop("", None)
        self.starts: dict[str, int] = {}  # lower-cased first word -> most words of a name starting so
        for table in (self.names, self.seats):
            for key in table:
                words = key.lower().split()
                self.starts[words[0]] = max(self.starts.get(words[0], 0), len(words))

    def _load_countryinfo(self) -> None:
        for info in CountryInfo.all().values():
            code = (info.get("ISO") or {}).get("alpha2")
            if not code or not info.get("population"):
                continue  # parts of a state ("Wales") carry its code but no population of their own
            demonym = (info.get("demonym") or "").split(",")[0].strip() or None
            state = State(code, LEADING_THE.sub("", info["name"]), demonym, int(info.get("population") or 0))
            self.states[code] = state
            for form in (info["name"], *filter(_is_full_name, info.get("altSpellings") or ())):
                if LATIN_NAME.match(form) and not _is_code(form, info):
                    self.names.setdefault(normalize(form), code)
            capital = info.get("capital")
            for cap in ([capital] if isinstance(capital, str) else capital or ()):
                for part in cap.split(" / "):
                    self.capitals.setdefault(normalize(CAPITAL_SUFFIXES.sub("", part)), code)
            if demonym:
                self._add_demonym(demonym, code)

    def _add_demonym(self, demonym: str, code: str) -> None:
        for form in (demonym, demonym + "s"):
            key = form.lower()
            old = self.demonyms.get(key)
            if old is None or self.states[old].population < self.states[code].population:
                self.demonyms[key] = code

    def _load_pycountry(self) -> None:
        for c in pycountry.countries:
            for form in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
                if form and "," not in form and c.alpha_2 in self.states:
                    self.names.setdefault(normalize(form), c.alpha_2)

    # -- lookups -------------------------------------------------------------------------------
    def state_named(self, text: str) -> State | None:
        return self._get(self.names, text)

    def capital_of(self, text: str) -> State | None:
        return self._get(self.capitals, text)

    def seat_of(self, text: str) -> State | None:
        return self._get(self.seats, text)

    def demonym_of(self, text: str) -> State | None:
        code = self.demonyms.get(normalize(text).lower())
        return self.states.get(code) if code else None

    def _get(self, table: dict[str, str], text: str) -> State | None:
        code = table.get(normalize(text))
        return self.states.get(code) if code else None


def _is_full_name(form: str) -> bool:
    """Alternative spellings hold codes and native names; keep only several-word English names
    ("Russian Federation") and capitalised abbreviations ("UK")."""
    return " " in form or (form.isupper() and len(form) <= 4)


def _is_code(form: str, info: dict) -> bool:
    iso = info.get("ISO") or {}
    return form in {iso.get("alpha2"), iso.get("alpha3")}


@functools.cache
def index() -> StateIndex:
    return StateIndex()
