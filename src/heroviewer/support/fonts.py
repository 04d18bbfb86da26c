"""The bundled Noto Sans: it covers Tajik Cyrillic (Ғ Ӣ Қ Ӯ Ҳ Ҷ), so text and PDFs look the same
on every machine. Registered once per process; needs a running QGuiApplication."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from heroviewer.support.paths import resources_dir

BUNDLED_FAMILY = "Noto Sans"
_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
_registered: set[str] = set()


def register_bundled_fonts() -> set[str]:
    """Add the bundled font files to Qt's font database; returns the families registered."""
    if not _registered:
        for name in _FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if font_id >= 0:
                _registered.update(QFontDatabase.applicationFontFamilies(font_id))
    return _registered
