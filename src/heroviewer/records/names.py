"""How a record is named where one name is wanted, and where a name sorts.

One name: the Latin name, else the Russian, else the Tajik one (the order staff expect; every
script is shown in the detail pane).

Where a name sorts: by surname, then the given names, whatever order the source wrote them in.
The surname is found from the form of the name only, never from outside knowledge:

- Three words with a patronymic (a word ending in -ович, -евич, -ич, -овна, -евна, -ична, or
  in Latin -ovich, -evich, -ich, -ovna, -evna, -ichna) in the middle: "First Patronymic
  Surname" ("Антон Ефимович Буюклы"). With the patronymic last instead: "Surname First
  Patronymic" ("Недошивин Вениамин Михайлович").
- Initials ("Г.", "V.M.") beside one full word: that word is the surname ("G. Filippov",
  "Филиппов Г.").
- Two words, exactly one of which ends like a surname (-ов, -ев, -ова, -ева, -ский, -зода ...,
  in Latin -ov, -ev, -ova, -eva, -sky, -zoda ...; the ending after at least three letters, so
  "Лев" and "Яков" are first names): that one ("Домулло Азизов", "Азизов Домулло").
- Anything else (one word, both or neither of two words looking like a surname, four words or
  more): the order cannot be told, and the name is kept and sorted as written.

Reference books list a person as "Surname First Patronymic" (surname_first); the full name as
stored is shown wherever the whole record is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

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


def first_name_given(name_en: str | None, name_ru: str | None, name_tg: str | None) -> str:
    return name_en or name_ru or name_tg or ""


def display_name(record: Mapping[str, Any]) -> str:
    """A hero's name for lists and messages; its id when it has no name at all."""
    name = first_name_given(record.get("name_en"), record.get("name_ru"), record.get("name_tg"))
    return name or str(record.get("id") or "")


def split_surname(name: str) -> tuple[str, list[str]] | None:
    """(surname, given names in their order) by the rules above; None when not told."""
    words = name.split()
    if "." in name:
        initials = [bool(_INITIALS.fullmatch(word)) for word in words]
        if any(initials):
            if initials.count(False) != 1:
                return None
            at = initials.index(False)
            return words[at], words[:at] + words[at + 1 :]
    if len(words) == 3:
        if _is_patronymic(words[1]):
            return words[2], words[:2]
        if _is_patronymic(words[2]):
            return words[0], words[1:]
    if len(words) == 2:
        first, second = map(_looks_like_surname, words)
        if first != second:
            return (words[0], words[1:]) if first else (words[1], words[:1])
    return None


def surname_first(name: str | None) -> str:
    """``name`` as reference books list it, "Surname First Patronymic"; as written when the
    surname cannot be told."""
    if not name:
        return ""
    split = split_surname(name)
    return name.strip() if split is None else " ".join([split[0], *split[1]])


def name_sort_key(name: str | None) -> tuple[str, str]:
    """Sorts names by surname, then by the given names (casefolded); a name whose surname
    cannot be told sorts as written. Use as ``sorted(rows, key=lambda r:
    name_sort_key(r.display_name))``."""
    if not name:
        return ("", "")
    split = split_surname(name)
    if split is None:
        return (" ".join(name.split()).casefold(), "")
    return (split[0].casefold(), " ".join(split[1]).casefold())


def _is_patronymic(word: str) -> bool:
    return word.casefold().endswith(_PATRONYMIC_ENDINGS)


def _looks_like_surname(word: str) -> bool:
    return bool(_LOOKS_LIKE_SURNAME.fullmatch(word)) and (
        word.casefold() not in _FIRST_NAMES_LIKE_SURNAMES
    )
