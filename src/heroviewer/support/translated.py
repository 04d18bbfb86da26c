"""Messages from the layers without Qt (heroviewer.support.messages) in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heroviewer.support.messages import text_of


def translated(value: object) -> str:
    """``value`` (a Message, an exception made from one, or any text) as the user reads it,
    through the installed translators; English when none is installed."""
    return text_of(value, QCoreApplication.translate)
