"""The languages HeroViewer speaks, and keeps record texts in: English, Russian and Tajik."""

from __future__ import annotations

LANGUAGES = ("en", "ru", "tg")
DEFAULT_LANGUAGE = "en"


def supported_language(code: str | None) -> str:
    """The language code HeroViewer uses for ``code`` ("ru_RU.UTF-8", "tg", "ru-RU"...): one of
    LANGUAGES, English for anything it does not have."""
    short = (code or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


# The order in which a reader of each language is shown a name or a text: their own language,
# then the one they most likely also read (Russian and Tajik readers read each other's Cyrillic
# script; English readers the Latin transliteration first), then the last.
_READING_ORDER = {"en": ("en", "ru", "tg"), "ru": ("ru", "tg", "en"), "tg": ("tg", "ru", "en")}


def reading_order(language: str) -> tuple[str, ...]:
    """The languages to show a name or a text in for a reader of ``language``, best first."""
    return _READING_ORDER.get(language) or _READING_ORDER[supported_language(language)]
