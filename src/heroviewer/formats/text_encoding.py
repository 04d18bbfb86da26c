"""Which Unicode encoding a text file is in, told by its byte-order mark or its zero bytes.

Excel's "Unicode Text" and Notepad's "Unicode" save UTF-16, most often with a byte-order mark;
some programs write UTF-8 with one. UTF-16 without a mark is told by the zero byte of its first
character, which in CSV, JSON and XML files is ASCII (a letter, "[", "{" or "<").
"""

from __future__ import annotations

import codecs


def unicode_encoding(data: bytes) -> str | None:
    """The codec that reads ``data`` ("utf-8-sig", "utf-16", "utf-16-le" or "utf-16-be"), or
    None when nothing marks it (UTF-8 or an 8-bit code page)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    first, second = data[:1], data[1:2]
    if second == b"\x00" and b"\x00" < first < b"\x80":
        return "utf-16-le"
    if first == b"\x00" and b"\x00" < second < b"\x80":
        return "utf-16-be"
    return None
