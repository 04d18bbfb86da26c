"""Messages from the layers without Qt (heroviewer.support.messages) in the interface's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from heroviewer.support.messages import text_of

# A thousands comma as messages write counts ("100,000"): a digit, a comma, three digits.
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def translated(value: object) -> str:
    """``value`` (a Message, an exception made from one, or any text) as the user reads it,
    through the installed translators; English when none is installed. Counts are grouped as
    the language groups them ("100 000" in Russian and Tajik)."""
    text = text_of(value, QCoreApplication.translate)
    separator = QLocale().groupSeparator()
    return text if separator == "," else _THOUSANDS_COMMA.sub(separator, text)
