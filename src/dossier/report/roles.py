"""The roles a brief shows for one speaker, gathered from many records: each said once, in its fullest form.

``shown_roles(roles)`` takes the roles in the order met (``list[str]``) and returns the ones a heading or
card should show (``list[str]``, order kept):

* one role written two ways is one role: case, full stops and hyphens aside ("Special counsel" /
  "special counsel", "US Vice-President" / "US Vice President"); the first form met is kept;
* a role that another role writes out with a qualifier before it is that role's short form: "President"
  beside "U.S. President", "Vice President" beside "US Vice-President"; the longer one is kept. A qualifier
  is a capitalised word of place, party or body ("U.S.", "Israeli", "Cairo-based", "House"), never a change
  of time or rank ("former", "then", "acting", "Deputy", "Assistant"...): "Defense Secretary" and "former
  Defense Secretary", "press secretary" and "Deputy press secretary" are both kept, as each is another post;
* a role made of abbreviated titles only ("Adm.", "Sen.") says nothing when a role in words is there
  ("head of the Pacific Command"): it is left out then, and kept when it is all there is.

An analyst's read of briefs (brief19) found headings such as "special counsel; Special counsel" and
"Adm.; head of U.S. Pacific Command": a heading reads as a list of different posts, one of them a bare
title that the rules for readers count wrong.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[\w’']+")
# Words that set a role in time, status or rank: a role with them is another role than the one without.
OTHER_POST_WORDS = frozenset("""former then ex acting interim outgoing incoming future late onetime one erstwhile
retired previous past current new designate elect deputy vice assistant associate under senior junior chief
principal executive first second third top""".split())


def _tokens(role: str) -> tuple[str, ...]:
    """The role's words as written, full stops and hyphens aside ("U.S. Vice-President" -> ("US", "Vice",
    "President"))."""
    return tuple(w.replace("'", "’") for w in _WORD.findall(role.replace("-", " ").replace(".", "")))


def _words(role: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _tokens(role))


def only_abbreviations(role: str) -> bool:
    """Every word an abbreviated title with its full stop ("Adm.", "Sen.", "Lt. Gen.")."""
    words = role.split()
    return bool(words) and all(re.fullmatch(r"[A-Z][a-z]{1,4}\.", w) for w in words)


def shown_roles(roles: list[str]) -> list[str]:
    """The roles to show, each once in its fullest form (see the module's docstring)."""
    kept: list[tuple[tuple[str, ...], str]] = []
    for role in roles:
        role = " ".join((role or "").split())
        words = _words(role)
        if not words or any(words == k for k, _ in kept):
            continue
        kept.append((words, role))
    out = []
    for words, role in kept:
        if any(_qualified_form(other_role, words) for other, other_role in kept if other != words):
            continue
        out.append(role)
    if any(not only_abbreviations(r) for r in out):
        out = [r for r in out if not only_abbreviations(r)]
    return out


def _qualified_form(longer: str, shorter: tuple[str, ...]) -> bool:
    """Whether the role ``longer`` is ``shorter`` (lower-cased words) with qualifiers before it ("U.S.
    President" / "president"): capitalised words, none of time, status or rank."""
    tokens = _tokens(longer)
    extra = len(tokens) - len(shorter)
    return extra > 0 and tuple(w.lower() for w in tokens[extra:]) == shorter and all(
        (w[:1].isupper() or w == "based") and w.lower() not in OTHER_POST_WORDS for w in tokens[:extra])  # "Cairo-based"
