"""News categories: our codes, and the code a feed's own category word stands for.

A feed saved from the Secretariat's site names its categories in Russian or English
("Секретариат", "Secretary General"). A word that matches one of ours (compared without case,
extra spaces, underscores or the dots of "ё") becomes our code; any other word is kept as
written, so nothing the feed says is lost.
"""

from __future__ import annotations

CODES = (
    "secretariat", "secretary_general", "un_cooperation", "exercises", "councils",
    "interviews", "memory", "media", "history", "other",
)  # fmt: skip

_WORDS = {
    "secretariat": ("Секретариат", "Secretariat"),
    "secretary_general": ("Генеральный секретарь", "Генсек", "Secretary General",
                          "Secretary-General"),
    "un_cooperation": ("ООН", "UN", "Сотрудничество с ООН", "Cooperation with the UN"),
    "exercises": ("Учения", "Exercises"),
    "councils": ("Советы", "Councils"),
    "interviews": ("Интервью", "Interviews"),
    "memory": ("Память", "Memory"),
    "media": ("СМИ", "Media"),
    "history": ("История", "History"),
    "other": ("Другое", "Прочее", "Other"),
}  # fmt: skip


def _fold(word: str) -> str:
    word = word.casefold().replace("ё", "е").replace("_", " ").replace("-", " ")
    return " ".join(word.split())


_CODE_OF = {_fold(word): code for code, words in _WORDS.items() for word in (code, *words)}


def category_code(word: str | None) -> str | None:
    """Our code for a feed's category word, the word as written (spaces tidied) when it is not
    one of ours, or None when there is no word."""
    written = " ".join((word or "").split())
    if not written:
        return None
    return _CODE_OF.get(_fold(written), written)


def is_ours(code: str | None) -> bool:
    return code in CODES
