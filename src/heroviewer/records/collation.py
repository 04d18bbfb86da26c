"""Where a name sorts for a reader of Russian or Tajik: in the order of that reader's alphabet.

Sorting by the letters' code points puts the Tajik letters (ғ ӣ қ ӯ ҳ ҷ) after я and ё after
all the others, and every name written only in Latin letters before all the Cyrillic ones. The
other Cyrillic letters' code points are already in the alphabet's order, so only these few
letters are replaced: for a Russian reader ё by е, as dictionaries do, and each Tajik letter by
the Russian letter nearest it; for a Tajik reader each by the letter it follows with AFTER_ALL
added, so that "ғ..." sorts after every "г..." and before "д...". A name in Latin letters is
first spelled in Cyrillic the way it would be read aloud ("Erdzhigitov" as "эрджигитов"), so
that it sorts among the others. The result is only compared, never shown.
"""

from __future__ import annotations

import re
from functools import cache

AFTER_ALL = "\uff5e"  # a character after every letter a name may hold (a fullwidth tilde)
_IN_ORDER = {
    "ru": str.maketrans({"ё": "е", "ғ": "г", "ӣ": "и", "қ": "к", "ӯ": "у", "ҳ": "х", "ҷ": "ч"}),
    "tg": str.maketrans(
        {letter: after + AFTER_ALL for letter, after in zip("ёғӣқӯҳҷ", "егикухч", strict=True)}
    ),
}
_TO_CHANGE = re.compile("[a-zёғӣқӯҳҷ]")  # most keys have none of these: kept as they are

# Latin spellings of Russian and Tajik sounds, longest first; a reader of Tajik has letters of
# its own for gh, q, h and j.
_SOUNDS = {
    "ru": {"shch": "щ", "dzh": "дж", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ts": "ц",
           "yu": "ю", "ya": "я", "yo": "ё", "gh": "г", "j": "дж", "q": "к", "h": "х", "x": "кс"},
    "tg": {"shch": "щ", "dzh": "ҷ", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ts": "ц",
           "yu": "ю", "ya": "я", "yo": "ё", "gh": "ғ", "j": "ҷ", "q": "қ", "h": "ҳ", "x": "кс"},
}  # fmt: skip
_LETTERS = str.maketrans(
    "abvgdezijklmnoprstufcw", "абвгдезийклмнопрстуфкв"
)  # what is left once the sounds above are spelled
_VOWELS = "aeiouаеёиоуыэюяӣӯ"


def _y(found: re.Match[str]) -> str:
    """y after a vowel is read й ("Tuychi"), else ы."""
    before = found.string[found.start() - 1] if found.start() else " "
    return "й" if before in _VOWELS else "ы"


@cache
def _sound_pattern(language: str) -> re.Pattern[str]:
    """The Latin spellings of ``language``'s sounds, compiled when a Latin name is first
    spelled (at start-up the stored keys are read, and compiling costs 1 ms)."""
    return re.compile("|".join(_SOUNDS[language]))


def spelled_in_cyrillic(word: str, language: str) -> str:
    """A casefolded word of Latin letters spelled in Cyrillic for ``language``."""
    sounds = _SOUNDS[language]
    word = "э" + word[1:] if word.startswith("e") else word  # "Erdzhigitov" is read э
    word = _sound_pattern(language).sub(lambda found: sounds[found[0]], word)
    return re.sub("y", _y, word).translate(_LETTERS)


_LATIN = re.compile("[a-z]")
_PARTS = re.compile("[a-z]+|[^a-z]+")  # runs of Latin letters, and what is between them
_WORDS_KEPT = 50_000
_spelled: dict[str, dict[str, str]] = {"ru": {}, "tg": {}}  # language -> word -> spelling


def _spelled_in_cyrillic(key: str, language: str) -> str:
    """``key`` with each run of Latin letters spelled in Cyrillic. Names recur from hero to
    hero, so each word is spelled once (an import of 100,000 heroes asks for 200,000 keys)."""
    spelled = _spelled[language]
    if len(spelled) >= _WORDS_KEPT:
        spelled.clear()
    return "".join(
        [
            part if not "a" <= part[0] <= "z" else spelled.get(part) or _spell(part, language)
            for part in _PARTS.findall(key)
        ]
    )


def _spell(word: str, language: str) -> str:
    spelled = _spelled[language][word] = spelled_in_cyrillic(word, language)
    return spelled


def collation_key(sort_key: str, language: str) -> str:
    """A name's sort key (names.name_sort_key: casefolded) as it compares for a reader of
    ``language``; English keys are kept as they are."""
    if language not in _IN_ORDER or not _TO_CHANGE.search(sort_key):
        return sort_key
    if _LATIN.search(sort_key):  # most are Cyrillic: only ё or a Tajik letter to change
        sort_key = _spelled_in_cyrillic(sort_key, language)
    return sort_key.translate(_IN_ORDER[language])
