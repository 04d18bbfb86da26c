"""The language the interface is shown in, as Qt's default locale holds it."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from heroviewer.records.languages import supported_language


def current_language() -> str:
    """ "en", "ru" or "tg": the language of the interface (QLocale's default, set at start)."""
    return supported_language(QLocale().name())
