"""Cheap word pre-tests before a case-insensitive regex: on ``text.lower()``, unless the text holds a
letter that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower()`` does not turn into it.

Python's case-insensitive matching lets four non-ASCII letters stand for ASCII ones: İ (U+0130) and
ı (U+0131) for i, ſ (U+017F) for s, the Kelvin sign K (U+212A) for k. A regex may match "ſhare" where
``"ſhare".lower()`` holds no "share", so a pre-test that looked for "share" would wrongly rule it out;
such a text is never ruled out. Used by the line cleaner (``ingest.patterns``) and the date prefilter
(``nlp.time.prefilter``).
"""
from __future__ import annotations

import re

CASE_FOLDING_EXTRAS = re.compile("[\u0130\u0131\u017f\u212a]")


def lower_for_pretest(text: str) -> str | None:
    """``text.lower()`` (same length and offsets as ``text`` for every text this returns), or None when
    ``text`` holds one of the four letters above: then no word pre-test may rule a regex out."""
    return None if CASE_FOLDING_EXTRAS.search(text) else text.lower()
