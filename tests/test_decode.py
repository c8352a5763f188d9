"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, cp1252/latin-1 pages, and clear errors for the rest."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.errors import InputError
from dossier.ingest.decode import decode, looks_binary

SENTENCE = "The minister of Norvania said the “grain corridor” would reopen – café owners in Aldberg cheered."


@pytest.mark.parametrize("data", [
    SENTENCE.encode("utf-8"),
    codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
    SENTENCE.encode("utf-16"),  # with BOM
    codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"),
    SENTENCE.encode("utf-32"),
    SENTENCE.encode("utf-16-le"),  # no BOM
    SENTENCE.encode("cp1252"),
])
def test_decodes_to_the_same_text(data):
    assert decode(data) == SENTENCE


def test_latin1_page():
    text = "Der Bürgermeister von Ölstadt sagte, die Straße bleibe gesperrt. Grüße aus Köln und Zürich."
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize("word", ["café", "naïve résumé", "€5 only", "Straße"])
def test_short_western_texts_are_not_misread_as_other_scripts(word):
    assert decode(word.encode("cp1252")) == word


def test_cyrillic_code_page_is_detected():
    text = "Министр заявил, что переговоры в столице продолжатся на следующей неделе."
    assert decode(text.encode("cp1251")) == text


def test_line_endings_are_kept():
    assert decode(b"one\r\ntwo\rthree\n") == "one\r\ntwo\rthree\n"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
                                  b"\x7fELF\x02\x01\x01\x00" + b"\x00\x01\x02\x03" * 500,
                                  bytes(range(1, 9)) * 300])
def test_binary_is_refused(data):
    assert looks_binary(data)
    with pytest.raises(InputError, match="binary"):
        decode(data)


def test_broken_utf16_is_a_clear_error():
    with pytest.raises(InputError, match="undecodable utf-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_raise_input_error(data):
    try:
        text = decode(data)
    except InputError:
        return
    assert isinstance(text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_utf8_text_round_trips(text):
    data = text.encode("utf-8")
    if looks_binary(data):
        return
    assert decode(data) == text
