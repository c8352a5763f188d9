"""A quotation mark glued between a sentence's end and the next word is a token of its own.

Some pages lose the space or the paragraph break after a closing quotation: "… the people wanted."He also
…", "… as appropriate.”Trump added …", "… must be intensified.“We are …". The English model's tokenizer
splits the stop from the word before it but leaves the mark on the next word ('"He', '”Trump'), so the
mark is lost to every stage that reads quotation marks by token: the quotation does not close, its content
runs on into the writer's next sentence, and the name the mark hides is no name ("”Trump" added nothing).
Source: strict read of AllSides 1491-1699 (round 18): a content ran from a quotation through "He also
decried …" to the next one.

``split_glued_quotes(nlp)`` adds two infixes to the loaded tokenizer: a quotation mark after a stop, a
question or exclamation mark, a comma, colon or semicolon, and before a letter; and the question or
exclamation mark (or stop) before such a mark, which the model leaves on its word ("listen?”Pask"). Only
the tokens change; the text and its offsets stay.
"""
from __future__ import annotations

import re

from spacy.language import Language

GLUED_QUOTE = r"""(?<=[.!?,;:])["“”](?=[^\W\d_])|(?<=[^\W\d_])[.!?…](?=["“”][^\W\d_])"""


def split_glued_quotes(nlp: Language) -> Language:
    """``nlp`` with its tokenizer's infixes extended by ``GLUED_QUOTE`` (once: a second call changes nothing)."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = finditer.__self__.pattern if finditer is not None else None
    if pattern is not None and GLUED_QUOTE in pattern:
        return nlp
    nlp.tokenizer.infix_finditer = re.compile(GLUED_QUOTE if pattern is None else f"{pattern}|{GLUED_QUOTE}").finditer
    return nlp
