"""The bands above the tabs: why the catalogue cannot be changed, when it cannot; and that its
server cannot be reached, while it cannot (ui/connection.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from heroviewer.ui.theme import is_dark

# (background, text): amber with dark text, or in a dark theme dark amber with light text
COLOURS = {False: ("#fbe9b7", "#3d2e00"), True: ("#4a3b10", "#fbe9b7")}


class _Banner(QLabel):
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            _colour(self)  # a new theme


def _colour(banner: QLabel) -> None:
    """The banner's colours for the application's palette (a palette, not a style sheet:
    quicker to start)."""
    background, text = COLOURS[is_dark(QApplication.palette())]
    palette = banner.palette()
    if palette.color(QPalette.ColorRole.Window) == QColor(background):
        return  # already so (setting it again would announce a change again)
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    banner.setPalette(palette)


def read_only_banner() -> QLabel:
    banner = _Banner(objectName="readOnlyBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)  # the reason may name a file
    banner.setAutoFillBackground(True)
    _colour(banner)
    banner.setContentsMargins(10, 6, 10, 6)
    return banner


def with_connection_band(banner: QLabel, opened) -> QWidget:
    """``banner`` with the band about an unreachable server below it, shown while it is so."""
    band = read_only_banner()
    band.setObjectName("connectionBanner")
    band.hide()
    watch = opened.connection

    def show() -> None:
        band.setText(watch.message() if watch.lost else "")
        band.setVisible(watch.lost)

    watch.changed.connect(show)
    both = QWidget()
    column = QVBoxLayout(both)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(banner)
    column.addWidget(band)
    return both
