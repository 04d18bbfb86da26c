"""Search keys that let one query find a name in any script or common spelling.

Everything is folded to a plain Latin skeleton: Russian and Tajik Cyrillic are transliterated,
accents dropped, and spellings that transliterations disagree on are merged (kh/h/x, zh/dzh/j,
y/i, q/k, doubled letters). The same fold is applied to the stored text and to the query, so
"Хабиев", "Khabiev" and "Habiev" all become "habiev".

A query word matches the beginning of a word of the key (a key is " word word ...", a space
before every word, so " " + query word is looked for). A hero's key holds the names first, then
NAMES_END, then the rest; only the names are used for near matches (one letter off). Renamed
towns (resources/place_names.json) are added to the key under all their names. Pure functions:
no Qt, no database.
"""

from __future__ import annotations

import json
import re
import string
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import chain, compress, repeat
from operator import and_, contains, not_, or_

from heroviewer.support.paths import resources_dir

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
# A doubled letter is one letter; a longer run is left as typed (no name has one), so that
# "qqqq" stays nonsense instead of becoming "k", which starts half the words.
_DOUBLED = re.compile(r"(?=([^\d ])\1)(.)\2+")  # the lookahead is quicker
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
    if text.isdigit() and text.isascii():  # a number (a year, a unit) is kept as it is
        return text
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
    return _DOUBLED.sub(_one_of_two, words)


def _one_of_two(run: re.Match[str]) -> str:
    return run[2] if len(run[0]) == 2 else run[0]


def search_key(fields: Iterable[str | None]) -> str:
    """Fold every non-empty field into one line (words apart) that queries are matched against."""
    return search_key_of(" ".join(filter(None, fields)))


def search_key_of(text: str) -> str:
    """fold(text) with a space before each word, and the other names of renamed towns in it.

    NAMES_END in ``text`` becomes " |" in the key: the words before it are names.
    Folding works word by word (no rule reaches across a space), and the same words recur
    from record to record (places, ranks, units, common names), so each distinct word is
    folded once and remembered: importing 100,000 heroes stays quick.
    """
    if len(_folded_words) > _REMEMBERED_WORDS:
        _folded_words.clear()
    folded = _folded_words.__getitem__
    names, end, rest = text.partition(NAMES_END)  # without NAMES_END: names is all the text
    first, then = names.split(), rest.split()
    words = [*map(folded, first), "|", *map(folded, then)] if end else map(folded, first)
    key = " " + " ".join(filter(None, words))
    towns = _folded_words.naming_towns
    if towns.isdisjoint(first) and towns.isdisjoint(then):  # most texts: told without the key
        return key
    return key + _other_town_names(key)


NAMES_END = "\x1f"  # in a text to be folded: the names end here (the unit separator)
_NAMES_MARK = " |"  # where NAMES_END is in a search key


def _other_town_names(key: str) -> str:
    """The names of the renamed towns in ``key`` that it lacks (with a space before each)."""
    pattern, _towns, words = _renamings()
    if words.isdisjoint(key.split()):  # most keys name no renamed town: quicker than findall
        return ""
    found = pattern.findall(key)
    return _other_names(tuple(found)) if found else ""


@lru_cache(maxsize=4096)  # a few towns in a few combinations: worked out once each
def _other_names(found: tuple[str, ...]) -> str:
    towns = _renamings()[1]
    named = dict.fromkeys(found)  # ordered: the same key in any process
    others = dict.fromkeys(name for town in named for name in towns[town] if name not in named)
    return "".join(f" {name}" for name in others)


@cache
def _renamings() -> tuple[re.Pattern[str], dict[str, list[str]], frozenset[str]]:
    """A pattern finding any folded town name in a key, each name's town (all its names), and
    the words of the names."""
    try:
        text = (resources_dir() / "place_names.json").read_text(encoding="utf-8")
        renamings = json.loads(text)["renamings"]
    except (OSError, ValueError, KeyError):  # a broken install: search goes on without them
        renamings = []
    towns = {}
    for names in renamings:
        folded = list(dict.fromkeys(map(fold, names)))
        towns.update(dict.fromkeys(folded, folded))
    if not towns:
        return re.compile("(?!)"), {}, frozenset()
    names = "|".join(map(re.escape, sorted(towns, key=len, reverse=True)))
    words = frozenset(" ".join(towns).split())
    # a leading space: quicker than a look-behind; the name ends the key or a word
    return re.compile(f" ({names})(?= |$)"), towns, words


class _FoldedWords(dict):
    """word → fold(word), folding a word the first time it is looked up; and the words folded
    so far whose fold holds the name of a renamed town (``naming_towns``).

    A plain dict looked up with map runs in C: twice as quick as functools.lru_cache here.
    """

    def __init__(self) -> None:
        super().__init__()
        self.naming_towns: set[str] = set()

    def __missing__(self, word: str) -> str:
        folded = self[word] = fold(word)
        if not _renamings()[2].isdisjoint(folded.split()):
            self.naming_towns.add(word)
        return folded

    def clear(self) -> None:
        super().clear()
        self.naming_towns.clear()


_folded_words = _FoldedWords()
_REMEMBERED_WORDS = 300_000  # about 40 MB at most; forgotten all at once beyond that


def query_tokens(query: str | None) -> list[str]:
    """Split a typed query into folded words; each must occur in a record for it to match."""
    return fold(query).split()


def matches(tokens: Sequence[str], key: str) -> bool:
    """True when every token begins a word of the search key."""
    return all(f" {token}" in key for token in tokens)


def matching_flags(tokens: Sequence[str], keys: Sequence[str]) -> bytes:
    """One byte per key: 1 where every token begins a word of the key (all 1 for no tokens).

    Written with map so the loops run in C: a keystroke over 100,000 heroes stays quick.
    """
    flags = bytes([1]) * len(keys)
    for token in tokens:
        found = bytes(map(contains, keys, repeat(f" {token}")))
        flags = found if flags.count(0) == 0 else bytes(map(and_, flags, found))
    return flags


def keep_matching(tokens: Sequence[str], keys: Sequence[str], positions: list[int]) -> list[int]:
    """The positions (in their order) whose keys have a word beginning with every token."""
    for token in tokens:
        texts = map(keys.__getitem__, positions)
        positions = list(compress(positions, map(contains, texts, repeat(f" {token}"))))
    return positions


NEAR_LENGTH = 5  # words this long or longer are found with one letter wrong, missing or extra


class NameWords:
    """The name words of many search keys, for near matches (built once, when first needed)."""

    def __init__(self, keys: Sequence[str]) -> None:
        # Each key's names with a space after the last: " name name ".
        self.names = [key.partition(_NAMES_MARK)[0] + " " for key in keys]
        self.words = set(" ".join(self.names).split())

    def near(self, token: str) -> list[str]:
        """The name words one letter away from ``token`` (both at least NEAR_LENGTH long)."""
        if len(token) < NEAR_LENGTH:
            return []
        found = self.words.intersection(_one_letter_off(token))
        return [word for word in found if len(word) >= NEAR_LENGTH]


def _one_letter_off(word: str) -> set[str]:
    """Every word made from ``word`` by leaving out, changing or adding one letter."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = string.ascii_lowercase
    return (
        {start + end[1:] for start, end in splits if end}
        | {start + letter + end[1:] for start, end in splits if end for letter in letters}
        | {start + letter + end for start, end in splits for letter in letters}
    )


def near_matching_flags(tokens: Sequence[str], keys: Sequence[str], names: NameWords) -> bytes:
    """Like matching_flags, but a token of NEAR_LENGTH letters or more may instead be a name
    word one letter away ("Spatayev" finds Spataev).

    For when nothing matches exactly: each key found then has a near word for some token, so
    only the keys with a near word in their names are looked at.
    """
    near = {token: [f" {word} " for word in names.near(token)] for token in tokens}
    every = range(len(keys))
    candidates: set[int] = set()
    for word in chain.from_iterable(near.values()):
        candidates.update(compress(every, map(contains, names.names, repeat(word))))
    positions = sorted(candidates)
    for token in tokens:  # as keep_matching does, in C
        found = map(contains, map(keys.__getitem__, positions), repeat(f" {token}"))
        for word in near[token]:
            in_names = map(contains, map(names.names.__getitem__, positions), repeat(word))
            found = map(or_, found, in_names)
        positions = list(compress(positions, list(found)))
    flags = bytearray(len(keys))
    for position in positions:
        flags[position] = 1
    return bytes(flags)
