"""A check of a compiled Qt translation (.qm) before QTranslator loads it.

QTranslator checks a file's magic number and block lengths, but not the offsets and lengths
inside its blocks: a .qm damaged inside (a few bytes changed on a USB stick) loads, and
translating a text then reads outside the file and ends the program (a segmentation fault).
This walks every message the file's hash table points to, as QTranslator would, and says
what is wrong before Qt sees the file.
"""

from __future__ import annotations

import struct

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_CONTEXTS, _HASHES, _MESSAGES, _DEPENDENCIES = 0x2F, 0x42, 0x69, 0x96
_END, _TRANSLATION, _OBSOLETE1 = 1, 3, 5
_SIZED = {_TRANSLATION, 6, 7, 8}  # translation, source text, context, comment: length first


def qm_problem(data: bytes) -> str:
    """What makes ``data`` unsafe for QTranslator ("" when nothing does)."""
    if not data.startswith(MAGIC):
        return "not a Qt translation file"
    blocks, at = {}, len(MAGIC)
    while at + 5 <= len(data):
        tag, length = struct.unpack_from(">BI", data, at)
        if not tag or not length:
            break
        blocks[tag] = data[at + 5 : at + 5 + length]
        if len(blocks[tag]) < length:
            return f"block {tag:#x} ends after the file"
        at += 5 + length
    if _DEPENDENCIES in blocks:
        return "it names other translation files"
    messages = blocks.get(_MESSAGES, b"")
    hashes = blocks.get(_HASHES, b"")
    for number in range(len(hashes) // 8):
        (offset,) = struct.unpack_from(">I", hashes, number * 8 + 4)
        if not _message_ends(messages, offset):
            return f"message {number + 1} lies outside the file"
    if _CONTEXTS in blocks and not _contexts_sound(blocks[_CONTEXTS]):
        return "its list of contexts lies outside the file"
    return ""


def _message_ends(messages: bytes, at: int) -> bool:
    """Whether the message at ``at`` lies inside ``messages``, every part of it."""
    while at < len(messages):
        tag = messages[at]
        at += 1
        if tag == _END:
            return True
        if tag == _OBSOLETE1:
            at += 4
        elif tag in _SIZED:
            if at + 4 > len(messages):
                return False
            (length,) = struct.unpack_from(">I", messages, at)
            if tag == _TRANSLATION and length % 2:
                return True  # an untranslated text (0xffffffff): QTranslator stops there
            at += 4 + length
        else:
            return True  # QTranslator stops at a tag it does not know
    return at <= len(messages)


def _contexts_sound(contexts: bytes) -> bool:
    """Whether the context hash table and the names it points to lie inside the block."""
    if len(contexts) < 2:
        return False
    (size,) = struct.unpack_from(">H", contexts, 0)
    table_end = 2 + 2 * size
    if table_end > len(contexts):
        return False
    for (offset,) in struct.iter_unpack(">H", contexts[2:table_end]):
        at = table_end + 2 * offset
        while offset:
            if at >= len(contexts):
                return False
            length = contexts[at]
            if not length:
                break
            if at + 1 + length >= len(contexts):  # a name, then at least the list's end
                return False
            at += 1 + length
            at += at % 2  # names start on even bytes
    return True
