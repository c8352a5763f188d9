"""A legislator's seat spelled out from the title and the party and state label news sets after the name.

"Sen. Rolf Amberg, R-Ohio," -> "Republican senator from Ohio"; "Rep. Ana Lind (D-Calif.)" -> "Democratic
representative from California". The label alone ("Sen., R-Ohio") reads as a stray fragment, not a role
(strict reads of roles on unseen articles, twice: a bare "Sen." names no seat, and "Rep., D-Calif." has a
stray label); spelled out, the role says the same in words. State names and postal codes come from
pycountry; only news style's dotted short forms ("Calif.", "N.Y.") are a small table in ``dossier/data``.
"""
from __future__ import annotations

import functools
from importlib import resources

import pycountry

ABBREVIATIONS_FILE = "us_state_abbreviations.tsv"
# The post a seat's title names (general American usage, as data).
SEAT_NOUNS = {"sen.": "senator", "sen": "senator", "senator": "senator", "rep.": "representative",
              "rep": "representative", "representative": "representative", "congressman": "congressman",
              "congresswoman": "congresswoman", "del.": "delegate", "delegate": "delegate"}
PARTIES = {"D": "Democratic", "R": "Republican", "I": "independent"}


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
    return f"{PARTIES[party]} {noun} from {name}"
