"""Every remembered setting, declared once with its key and default (as MusicBrainz Picard does).

Stored with QSettings in an INI file in the user's config folder (HEROVIEWER_CONFIG_DIR
overrides it, which also serves a portable install on a USB stick).

A value that cannot be read (a damaged or hand-edited file) is never a reason not to start:
it is removed from the file, a warning naming the setting is logged, and the default is used.
"""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from heroviewer.support.paths import settings_path

log = logging.getLogger(__name__)


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
THEME = Setting("view/theme", "system")  # light, dark or system (ui/theme.py)
LAST_FOLDER = Setting("files/import_export_folder", "")  # where a file dialog last chose a file
LANGUAGE = Setting("interface/language", "")  # "en", "ru" or "tg"; "" follows the system
SHARED_CATALOGUE = Setting("catalogue/shared_url", "")  # the server's URL, without a password

_UNREADABLE = object()


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(str(settings_path()), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        """The stored value, of the default's type; the default when none or unreadable."""
        if not self._store.contains(setting.key):
            return setting.default
        value = self._store.value(setting.key)
        read = _as_type_of(setting.default, value)
        if read is _UNREADABLE:
            self.reset(setting, value)
            return setting.default
        return read

    def reset(self, setting: Setting, found: Any) -> None:
        """Forget a stored value that cannot be used (also when the code using it finds so)."""
        log.warning(
            "Setting %s in %s cannot be used (%.60r); it is reset to its default",
            setting.key, self._store.fileName(), found,
        )  # fmt: skip
        self._store.remove(setting.key)

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()


def _as_type_of(default: Any, value: Any) -> Any:
    """``value`` as the type of ``default``, or _UNREADABLE."""
    if isinstance(default, bool):  # INI files keep "true" / "false" as text
        if isinstance(value, bool):
            return value
        text = str(value).lower()
        return text == "true" if text in ("true", "false") else _UNREADABLE
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return _UNREADABLE
    if isinstance(default, QByteArray):  # INI files keep bytes as @ByteArray(...)
        return value if isinstance(value, QByteArray) else _UNREADABLE
    return value if isinstance(value, type(default)) else _UNREADABLE
