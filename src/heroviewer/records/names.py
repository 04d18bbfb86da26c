"""How a record is named where one name is wanted, and where a name sorts.

One name: the name in the reader's language, else in the language they most likely also read
(records.languages.reading_order): for English the Latin name, else the Russian, else the Tajik
one; for Russian the Russian, else the Tajik (the same Cyrillic script), else the Latin one; for
Tajik the Tajik, else the Russian, else the Latin one. Every script is shown in the detail pane.

Where a name sorts: by surname, then the given names, whatever order the source wrote them in.
The surname is found from the form of the name only, never from outside knowledge:

- Three words with a patronymic (a word ending in -ович, -евич, -ич, -овна, -евна, -ична, or
  in Latin -ovich, -evich, -ich, -ovna, -evna, -ichna) in the middle: "First Patronymic
  Surname" ("Антон Ефимович Буюклы"). With the patronymic last instead: "Surname First
  Patronymic" ("Недошивин Вениамин Михайлович").
- Initials ("Г.", "V.M.") with one full word: that word is the surname ("G. Filippov",
  "Филиппов Г.").
- Two words, exactly one of which ends like a surname (-ов, -ев, -ова, -ева, -ский, -зода ...,
  in Latin -ov, -ev, -ova, -eva, -sky, -zoda ...; the ending after at least three letters, so
  "Лев" is a first name, and "Яков" is listed as one): that one ("Домулло Азизов", "Азизов
  Домулло").
- Anything else (one word, both or neither of two words looking like a surname, four words or
  more, such as a name with "ибн"/"ибни", which the bundled data does not have): the order
  cannot be told, and the name is kept and sorted as written.

Reference books list a person as "Surname First Patronymic" (surname_first); the full name as
stored is shown wherever the whole record is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from heroviewer.records.languages import LANGUAGES, reading_order, supported_language

NAME_FIELDS = ("name_en", "name_ru", "name_tg")  # a hero's names, in the order they are preferred
_PATRONYMIC_ENDINGS = ("ич", "вна", "ична", "ich", "itch", "ovna", "evna", "ichna")
_SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "ская", "цкий", "цкая", "зода", "заде",
    "ov", "ev", "yov", "ova", "eva", "sky", "skiy", "skii", "skaya", "zoda", "zade",
)  # fmt: skip
_SURNAME_STEM = 3  # letters before a surname ending, at least
_FIRST_NAMES_LIKE_SURNAMES = {"яков", "yakov", "iakov", "jakov"}
_LOOKS_LIKE_SURNAME = re.compile(
    rf"[\w'’-]{{{_SURNAME_STEM},}}(?:{'|'.join(_SURNAME_ENDINGS)})", re.IGNORECASE
)
_INITIALS = re.compile(r"(?:\w{1,2}\.)+")
_SURNAME, _PATRONYMIC, _INITIAL, _KNOWN = 1, 2, 4, 8  # _KNOWN: every kind is true
_KINDS_KEPT = 200_000
_kinds: dict[str, int] = {}


def name_fields(language: str = "en") -> tuple[str, ...]:
    """A hero's name fields in the order a reader of ``language`` is shown them."""
    return tuple(f"name_{code}" for code in reading_order(language))


def first_name_given(
    name_en: str | None, name_ru: str | None, name_tg: str | None, language: str = "en"
) -> str:
    names = (name_en, name_ru, name_tg)  # in the order of _POSITIONS: called 300,000 times
    for position in _POSITIONS.get(language) or _POSITIONS[supported_language(language)]:
        if names[position]:
            return names[position]
    return ""


# Where each language's reading order finds the names given to first_name_given.
_POSITIONS = {
    language: tuple(LANGUAGES.index(code) for code in reading_order(language))
    for language in LANGUAGES
}


def first_name(record: Mapping[str, Any], language: str = "en") -> str:
    """The first of ``record``'s names that is given, for a reader of ``language`` ("" when
    none is)."""
    return next((record[f] for f in name_fields(language) if record.get(f)), "")


def display_name(record: Mapping[str, Any], language: str = "en") -> str:
    """A hero's name for lists and messages, for a reader of ``language``; its id when it has
    no name at all."""
    return first_name(record, language) or str(record.get("id") or "")


def split_surname(name: str) -> tuple[str, list[str]] | None:
    """(surname, given names in their order) by the rules above; None when not told."""
    words = name.split()
    kinds = [_kinds.get(word) or _kind(word) for word in words]
    if len(words) == 2:
        first, second = kinds
        if first & _INITIAL or second & _INITIAL:
            if not (first & _INITIAL and second & _INITIAL):
                return (words[1], words[:1]) if first & _INITIAL else (words[0], words[1:])
        elif (first ^ second) & _SURNAME:
            return (words[0], words[1:]) if first & _SURNAME else (words[1], words[:1])
        return None
    initials = [kind & _INITIAL for kind in kinds]
    if any(initials):
        if initials.count(0) != 1:
            return None
        at = initials.index(0)
        return words[at], words[:at] + words[at + 1 :]
    if len(words) == 3:
        if kinds[1] & _PATRONYMIC:
            return words[2], words[:2]
        if kinds[2] & _PATRONYMIC:
            return words[0], words[1:]
    return None


def surname_first(name: str | None) -> str:
    """``name`` as reference books list it, "Surname First Patronymic"; as written when the
    surname cannot be told."""
    if not name:
        return ""
    split = split_surname(name)
    return name.strip() if split is None else " ".join([split[0], *split[1]])


def name_sort_key(name: str | None) -> str:
    """Sorts names by surname, then by the given names (casefolded); a name whose surname
    cannot be told sorts as written. Use as ``sorted(rows, key=lambda r:
    name_sort_key(r.display_name))``."""
    if not name:
        return ""
    split = split_surname(name)
    if split is None:
        return " ".join(name.split()).casefold()
    # "\x01": before any letter or space, and storable in PostgreSQL's text (NUL is not)
    return f"{split[0]}\x01{' '.join(split[1])}".casefold()


def _kind(word: str) -> int:
    """What a word's form says it is (bits of _SURNAME, _PATRONYMIC, _INITIAL); remembered,
    as the same names recur and a catalogue of 100,000 heroes is sorted at start-up."""
    kind = _kinds.get(word)
    if kind is None:
        if len(_kinds) >= _KINDS_KEPT:
            _kinds.clear()
        folded = word.casefold()
        # The ending and the dot are looked at first: most words have neither (quicker).
        looks_like_surname = folded.endswith(_SURNAME_ENDINGS) and (
            _LOOKS_LIKE_SURNAME.fullmatch(word) is not None
        )
        kind = _kinds[word] = _KNOWN | (
            (_SURNAME if looks_like_surname and folded not in _FIRST_NAMES_LIKE_SURNAMES else 0)
            | (_PATRONYMIC if folded.endswith(_PATRONYMIC_ENDINGS) else 0)
            | (_INITIAL if "." in word and _INITIALS.fullmatch(word) else 0)
        )
    return kind
