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
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox is looked up when a box is first shown
from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    Button = QMessageBox.StandardButton

PLAIN = Qt.TextFormat.PlainText


def __getattr__(name: str):
    """``plain.Button``: QMessageBox's standard buttons. Looked up when first used, as the
    boxes are: importing QMessageBox builds its enums, which the first paint does not need."""
    if name == "Button":
        return QtWidgets.QMessageBox.StandardButton
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def tooltip_text(value: str | None) -> str:
    """A tooltip showing ``value`` letter for letter, line breaks kept; "" for no tooltip."""
    if not value:
        return ""
    return f'<p style="white-space: pre-wrap">{html.escape(value)}</p>'


def window_title(text: str) -> str:
    """``text`` as a window title: Qt takes "[*]" in a title for its modified mark."""
    return text.replace("[*]", "[*][*]")


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, buttons: Button | None = None,
    parent: QWidget | None = None, **properties,
) -> QMessageBox:  # fmt: skip
    """A QMessageBox whose text and informative text are plain (details always are); with
    an OK button unless ``buttons`` are given."""
    box_class = QtWidgets.QMessageBox
    if buttons is None:
        buttons = box_class.StandardButton.Ok
    box = box_class(icon, window_title(title), text, buttons, parent, **properties)
    box.setTextFormat(PLAIN)
    return box


def _ask(icon_name, parent, title, text, buttons, default) -> Button:
    """Show a box with the icon named ``icon_name``; the button clicked. ``default``: the
    button Enter presses (None: the box's own choice)."""
    box_class = QtWidgets.QMessageBox
    box = message_box(getattr(box_class.Icon, icon_name), title, text, buttons, parent)
    box.setDefaultButton(default if default is not None else box_class.StandardButton.NoButton)
    box.exec()
    return box.standardButton(box.clickedButton())


# Stand-ins for QMessageBox's static functions, which guess whether their text is HTML.
def warning(parent, title, text, buttons=None, default=None) -> Button:
    return _ask("Warning", parent, title, text, buttons, default)


def critical(parent, title, text, buttons=None, default=None) -> Button:
    return _ask("Critical", parent, title, text, buttons, default)


def question(parent, title, text, buttons=None, default=None) -> Button:
    """Yes and No unless ``buttons`` are given."""
    if buttons is None:
        answers = QtWidgets.QMessageBox.StandardButton
        buttons = answers.Yes | answers.No
    return _ask("Question", parent, title, text, buttons, default)
