"""Where HeroViewer finds its bundled files and keeps the user's catalogue and settings.

Environment variables let tests and portable installs point elsewhere:
HEROVIEWER_DATA_DIR (user data: catalogue, backups), HEROVIEWER_CONFIG_DIR (settings) and
HEROVIEWER_BUNDLED_DATA (the JSON the first catalogue is built from). A frozen build with a file
portable.ini beside the program (a USB stick) keeps catalogue, backups and settings in the
folder data/ beside it, and nothing in the user's profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "HeroViewer"
CATALOGUE_FILE_NAME = "catalogue.sqlite"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    """A folder shipped with the app: inside the installed wheel, else in the source tree."""
    installed = _PACKAGE_DIR / "bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent.parent / name


def bundled_data_dir() -> Path:
    override = os.environ.get("HEROVIEWER_BUNDLED_DATA")
    return Path(override) if override else _bundled("data")


def resources_dir() -> Path:
    return _bundled("resources")


def portable_data_dir() -> Path | None:
    """data/ beside the frozen program when portable.ini sits beside it, else None."""
    if not getattr(sys, "frozen", False):  # from source, the program is Python itself
        return None
    program_folder = Path(sys.executable).resolve().parent
    if (program_folder / "portable.ini").is_file():
        return program_folder / "data"
    return None


def user_data_dir() -> Path:
    override = os.environ.get("HEROVIEWER_DATA_DIR")
    if override:
        return Path(override)
    portable = portable_data_dir()
    if portable:
        return portable
    import platformdirs  # deferred: not needed when a test or --db names the place

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    override = os.environ.get("HEROVIEWER_CONFIG_DIR")
    if override:
        return Path(override)
    portable = portable_data_dir()
    if portable:
        return portable
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_catalogue_path() -> Path:
    return user_data_dir() / CATALOGUE_FILE_NAME


def settings_path() -> Path:
    return user_config_dir() / "heroviewer.ini"
