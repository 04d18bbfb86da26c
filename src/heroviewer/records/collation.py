"""Where a name sorts for a reader of Russian or Tajik: in the order of that reader's alphabet.

Sorting by the letters' code points puts the Tajik letters (ғ ӣ қ ӯ ҳ ҷ) after я and ё after
all the others, and every name written only in Latin letters before all the Cyrillic ones. So
each letter is replaced by a character that sorts where the letter comes in the reader's
alphabet (for a Russian reader ё as е, as dictionaries do, and a Tajik letter as the Russian
letter nearest it; for a Tajik reader ғ after г), and a name in Latin letters is first spelled
in Cyrillic the way it would be read aloud ("Erdzhigitov" as "эрджигитов"), so that it sorts
among the others. The result is only compared, never shown.
"""

from __future__ import annotations

import re

_ALPHABETS = {
    "ru": "а б в г ғ=г д е ё=е ж з и ӣ=и й к қ=к л м н о п р с т у ӯ=у ф х ҳ=х ц ч ҷ=ч ш "
    "щ ъ ы ь э ю я",
    "tg": "а б в г ғ д е ё ж з и ӣ й к қ л м н о п р с т у ӯ ф х ҳ ц ч ҷ ш щ ъ ы ь э ю я",
}
_FIRST_PLACE = 0x3000  # above every letter a name may hold, so letters sort after spaces


def _places(alphabet: str) -> dict[int, str]:
    """Each letter of ``alphabet`` ("ё=е": ё in е's place) → a character in its place."""
    table: dict[int, str] = {}
    for letter in alphabet.split():
        letter, _, same_as = letter.partition("=")
        place = table[ord(same_as)] if same_as else chr(_FIRST_PLACE + len(set(table.values())))
        table[ord(letter)] = place
    return table


_IN_ORDER = {language: _places(alphabet) for language, alphabet in _ALPHABETS.items()}

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
_SOUND = {language: re.compile("|".join(sounds)) for language, sounds in _SOUNDS.items()}
_FIRST_E = re.compile(r"(?:^|(?<=[\s\x01-]))e")


def _y(found: re.Match[str]) -> str:
    """y after a vowel is read й ("Tuychi"), else ы."""
    before = found.string[found.start() - 1] if found.start() else " "
    return "й" if before in _VOWELS else "ы"


def spelled_in_cyrillic(text: str, language: str) -> str:
    """``text`` (casefolded) with its Latin letters spelled in Cyrillic for ``language``."""
    sounds = _SOUNDS[language]
    text = _FIRST_E.sub("э", text)  # a word beginning with e is read э: "Erdzhigitov"
    text = _SOUND[language].sub(lambda found: sounds[found[0]], text)
    return re.sub("y", _y, text).translate(_LETTERS)


def collation_key(sort_key: str, language: str) -> str:
    """A name's sort key (names.name_sort_key: casefolded) as it compares for a reader of
    ``language``; English keys are kept as they are."""
    if language not in _IN_ORDER:
        return sort_key
    return spelled_in_cyrillic(sort_key, language).translate(_IN_ORDER[language])
