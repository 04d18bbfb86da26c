"""Where a file dialog opens: the folder of the file last chosen in any of the window's file
dialogs, or the Documents folder at first; never the folder the program was started from."""

from __future__ import annotations

from pathlib import Path

from heroviewer.ui.settings import LAST_FOLDER, Settings


def start_in(file_name: str = "") -> str:
    """The folder to open a file dialog in, with ``file_name`` (a suggested name) inside it."""
    from PySide6.QtCore import QStandardPaths  # here: importing a Qt class builds its enums

    saved = Settings().get(LAST_FOLDER)
    if saved and Path(saved).is_dir():
        return str(Path(saved) / file_name)
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return str((documents if documents.is_dir() else Path.home()) / file_name)


def remembered(chosen: str) -> Path:
    """``chosen`` (a file or folder a dialog gave) as a path; its folder opens the next dialog."""
    path = Path(chosen)
    Settings().set(LAST_FOLDER, str(path if path.is_dir() else path.parent))
    return path
