"""A word's candidate base forms, for lexicon lookups that should not depend on the small model's lemmas
(en_core_web_sm lemmatises "scares" as "scar" and "hoping" as "hop")."""
from __future__ import annotations

# (suffix, replacement) pairs tried on the lower-cased word: "worries" -> "worry", "hoping" -> "hope".
INFLECTIONS = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
               ("ing", "e"), ("ing", ""))


def word_forms(t) -> list[str]:
    """The token's lemma, its lower-case text and the plain suffix-stripped forms of it."""
    return forms_of(t.lemma_, t.lower_)


def forms_of(lemma: str, lower: str) -> list[str]:
    """:func:`word_forms` of a token with lemma ``lemma`` and lower-case text ``lower``; a stem keeps at
    least three letters ("uses" -> "use", never "u")."""
    forms = [lemma.lower(), lower]
    for suffix, repl in INFLECTIONS:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.append(lower[: len(lower) - len(suffix)] + repl)
    return forms
