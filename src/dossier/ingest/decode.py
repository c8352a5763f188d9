"""Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, else the best detected encoding."""
from __future__ import annotations

import codecs

from ..errors import InputError

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB: not text (UTF-16 is caught by its BOM first)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> str:
    """Decode ``data`` or raise InputError saying why it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable {encoding} text ({exc.reason})") from exc
    if looks_binary(data):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError("undecodable text: not UTF-8 and no encoding detected") from exc
    return str(best)
