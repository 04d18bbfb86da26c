"""Search keys that let one query find a name in any script or common spelling.

Everything is folded to a plain Latin skeleton: Russian and Tajik Cyrillic are transliterated,
accents dropped, and spellings that transliterations disagree on are merged (kh/h/x, zh/dzh/j,
y/i, q/k, doubled letters). The same fold is applied to the stored text and to the query, so
"Хабиев", "Khabiev" and "Habiev" all become "habiev". Pure functions: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress, repeat
from operator import and_, contains, not_

# Letters after NFKD decomposition and accent stripping: й→и, ё→е, ӣ→и, ӯ→у are already merged.
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "ғ": "gh", "қ": "q", "ҳ": "h", "ҷ": "j", "і": "i", "ў": "u", "ә": "a", "ө": "o",
        "ү": "u", "ң": "ng", "ʼ": "", "'": "", "’": "", "`": "",
    }
)  # fmt: skip

# Spellings that different transliterations use for one sound, merged in this order.
_MERGES = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("x", "h"),
    ("w", "v"),
    ("y", "i"),
)
_NOT_WORD = re.compile(r"[^0-9a-z\u0400-\u04ff]+")
_DOUBLED = re.compile(r"(?=(.)\1)(.)\2+")  # a letter and its repeats; the lookahead is quicker
_WORD_START_IE = re.compile(r"\bie")


@cache
def _combining_marks() -> re.Pattern[str]:
    """Every combining mark of the BMP as one character class (built once, in about 10 ms)."""
    marks = [chr(code) for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))]
    return re.compile("[" + "".join(re.escape(mark) for mark in marks) + "]")


def fold(text: str | None) -> str:
    """The search skeleton of ``text``: lower-case Latin letters, digits and single spaces."""
    if not text:
        return ""
    if text.isdigit() and text.isascii():  # a number (a year, a unit): only repeats merge
        return _DOUBLED.sub(r"\2", text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():  # nothing to strip
        plain = decomposed
    elif max(decomposed) <= "\uffff":  # drop accents with one regular expression
        plain = _combining_marks().sub("", decomposed)
    else:  # beyond the BMP (rare): look at every character
        kept = map(not_, map(unicodedata.combining, decomposed))
        plain = "".join(compress(decomposed, kept))
    latin = plain.translate(_CYRILLIC_TO_LATIN)
    for spelling, merged in _MERGES:
        latin = latin.replace(spelling, merged)
    words = _NOT_WORD.sub(" ", latin).strip()
    words = _WORD_START_IE.sub("e", words)  # Yefimovich / Efimovich
    return _DOUBLED.sub(r"\2", words)


def search_key(fields: Iterable[str | None]) -> str:
    """Fold every non-empty field into one line (words apart) that queries are matched against."""
    return search_key_of(" ".join(filter(None, fields)))


def search_key_of(text: str) -> str:
    """fold(text), worked word by word.

    Folding works word by word (no rule reaches across a space), and the same words recur
    from record to record (places, ranks, units, common names), so each distinct word is
    folded once and remembered: importing 100,000 heroes stays quick.
    """
    if len(_folded_words) > _REMEMBERED_WORDS:
        _folded_words.clear()
    return " ".join(filter(None, map(_folded_words.__getitem__, text.split())))


class _FoldedWords(dict):
    """word → fold(word), folding a word the first time it is looked up.

    A plain dict looked up with map runs in C: twice as quick as functools.lru_cache here.
    """

    def __missing__(self, word: str) -> str:
        folded = self[word] = fold(word)
        return folded


_folded_words = _FoldedWords()
_REMEMBERED_WORDS = 300_000  # about 40 MB at most; forgotten all at once beyond that


def query_tokens(query: str | None) -> list[str]:
    """Split a typed query into folded words; each must occur in a record for it to match."""
    return fold(query).split()


def matches(tokens: Sequence[str], key: str) -> bool:
    """True when every token occurs somewhere in the folded key."""
    return all(token in key for token in tokens)


def matching_flags(tokens: Sequence[str], keys: Sequence[str]) -> bytes:
    """One byte per key: 1 where the key holds every token (all 1 for no tokens).

    Written with map so the loops run in C: a keystroke over 100,000 heroes stays quick.
    """
    flags = bytes([1]) * len(keys)
    for token in tokens:
        found = bytes(map(contains, keys, repeat(token)))
        flags = found if flags.count(0) == 0 else bytes(map(and_, flags, found))
    return flags


def keep_matching(tokens: Sequence[str], keys: Sequence[str], positions: list[int]) -> list[int]:
    """The positions (in their order) whose keys hold every token."""
    for token in tokens:
        texts = map(keys.__getitem__, positions)
        positions = list(compress(positions, map(contains, texts, repeat(token))))
    return positions
