"""The band above the tabs that says why the catalogue cannot be changed, when it cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def read_only_banner() -> QLabel:
    banner = QLabel(objectName="readOnlyBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)  # the reason may name a file
    banner.setAutoFillBackground(True)  # a palette, not a style sheet: quicker to start
    palette = banner.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fbe9b7"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2e00"))
    banner.setPalette(palette)
    banner.setContentsMargins(10, 6, 10, 6)
    return banner
