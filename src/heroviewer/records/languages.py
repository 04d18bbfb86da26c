"""The languages HeroViewer speaks, and keeps record texts in: English, Russian and Tajik."""

from __future__ import annotations

LANGUAGES = ("en", "ru", "tg")
DEFAULT_LANGUAGE = "en"


def supported_language(code: str | None) -> str:
    """The language code HeroViewer uses for ``code`` ("ru_RU.UTF-8", "tg", "ru-RU"...): one of
    LANGUAGES, English for anything it does not have."""
    short = (code or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else DEFAULT_LANGUAGE
