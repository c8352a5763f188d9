"""Bytes to text: a BOM decides (UTF-8, UTF-16, UTF-32); else UTF-8; else UTF-16 without BOM; else the
best encoding charset-normalizer detects (cp1252 / latin-1 pages); else a clear error.

The decoded string is returned exactly (line endings untouched): every span points into it.
"""
from __future__ import annotations

import codecs

from ..errors import InputError

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.05  # more control characters than this in the head: not text
MIN_UTF16_NUL_SHARE = 0.4  # ASCII-range text in UTF-16 has a NUL in every other byte
FALLBACK = "cp1252"
PREFERRED = ("cp1252", "latin_1")  # Western pages: the usual non-UTF-8 news encodings, in this order
DETECT_BYTES = 1 << 20  # detection on the first MiB is plenty, and bounded
ALLOWED_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB: not text."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in ALLOWED_CONTROLS)
    return bool(head) and controls / len(head) > MAX_CONTROL_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: NULs on one side of every pair of bytes."""
    head = data[:SNIFF_BYTES]
    if len(data) % 2 or len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) / len(zeros) >= MIN_UTF16_NUL_SHARE:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not looks_binary(text.encode("utf-8", "replace")):
                return text
    return None


def _detected(data: bytes) -> str | None:
    """The least chaotic, most language-like candidate; with no language evidence at all (short
    texts, where every single-byte code page looks alike) the Western default, cp1252."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:DETECT_BYTES]))
    if not matches:
        return None
    best = min(matches, key=lambda m: (round(m.chaos, 2), -round(m.coherence, 2),
                                       PREFERRED.index(m.encoding) if m.encoding in PREFERRED else len(PREFERRED)))
    for encoding in ([] if best.coherence == 0 else [best.encoding]) + list(PREFERRED):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def decode(data: bytes) -> str:
    """Decode ``data`` or raise InputError saying why it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable {encoding} text ({exc.reason})") from exc
    if looks_binary(data):
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError("binary file, not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _detected(data)
    if text is not None:
        return text
    try:
        return data.decode(FALLBACK)
    except UnicodeDecodeError as exc:
        raise InputError("undecodable text: not UTF-8 and no encoding detected") from exc
