"""Text from a record or a file is shown as text, never as markup.

Qt guesses whether a string is HTML (Qt::mightBeRichText) in message boxes, labels and
tooltips: a hero named "<table>…" would be laid out as tables (200 nested ones freeze the
window), an "<img src>" would load a local file and an "<a href>" would become a link. Message
boxes and labels are told that their text is plain. Tooltips have no such switch, so their text
is escaped and wrapped in a paragraph: Qt then always takes it as HTML, and that HTML shows
every character of the value as it is. (Prefixing an invisible character to defeat the guess
would depend on how Qt guesses, and would put that character into the text.)
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton
PLAIN = Qt.TextFormat.PlainText


def tooltip_text(value: str | None) -> str:
    """A tooltip showing ``value`` letter for letter, line breaks kept; "" for no tooltip."""
    if not value:
        return ""
    return f'<p style="white-space: pre-wrap">{html.escape(value)}</p>'


def window_title(text: str) -> str:
    """``text`` as a window title: Qt takes "[*]" in a title for its modified mark."""
    return text.replace("[*]", "[*][*]")


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, buttons: Button = Button.Ok,
    parent: QWidget | None = None, **properties,
) -> QMessageBox:  # fmt: skip
    """A QMessageBox whose text and informative text are plain (details always are)."""
    box = QMessageBox(icon, window_title(title), text, buttons, parent, **properties)
    box.setTextFormat(PLAIN)
    return box


def _ask(icon, parent, title, text, buttons, default) -> Button:
    box = message_box(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    box.exec()
    return box.standardButton(box.clickedButton())


# Stand-ins for QMessageBox's static functions, which guess whether their text is HTML.
def warning(parent, title, text, buttons=Button.Ok, default=Button.NoButton) -> Button:
    return _ask(QMessageBox.Icon.Warning, parent, title, text, buttons, default)


def critical(parent, title, text, buttons=Button.Ok, default=Button.NoButton) -> Button:
    return _ask(QMessageBox.Icon.Critical, parent, title, text, buttons, default)


def question(
    parent, title, text, buttons=Button.Yes | Button.No, default=Button.NoButton
) -> Button:
    return _ask(QMessageBox.Icon.Question, parent, title, text, buttons, default)
