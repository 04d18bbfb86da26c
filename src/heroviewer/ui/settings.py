"""Every remembered setting, declared once with its key and default (as MusicBrainz Picard does).

Stored with QSettings in an INI file in the user's config folder (HEROVIEWER_CONFIG_DIR
overrides it, which also serves a portable install on a USB stick).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from heroviewer.paths import settings_path


class Setting(NamedTuple):
    key: str
    default: Any


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
CURRENT_TAB = Setting("window/tab", 0)
HERO_SPLITTER = Setting("heroes/splitter", QByteArray())
HERO_HEADER = Setting("heroes/header", QByteArray())
NEWS_SPLITTER = Setting("news/splitter", QByteArray())
CARD_LAYOUT = Setting("cards/layout", "a4")
CARD_QR = Setting("cards/qr", True)
CROP_PORTRAITS = Setting("portraits/crop_to_card", False)
EXCHANGE_FOLDER = Setting("files/import_export_folder", "")  # where the last import or export was


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(str(settings_path()), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._store.value(setting.key, setting.default)
        if isinstance(setting.default, bool):  # INI files keep "true" / "false" as text
            return value if isinstance(value, bool) else str(value).lower() == "true"
        if isinstance(setting.default, int) and not isinstance(value, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
