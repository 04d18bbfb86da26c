"""Every file dialog of the window opens in the folder last used, or in Documents at first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(folder) == home / "Documents"
    return Path(folder)


def record_start_folders(monkeypatch) -> list[tuple[str, Path]]:
    """The folder each file dialog is asked to open in (the working folder when none is
    given); every dialog is cancelled."""
    started: list[tuple[str, Path]] = []

    def save_as(parent, title, start="", *rest):
        started.append((title, Path(start).absolute().parent))
        return "", ""

    def open_file(parent, title, start="", *rest):
        started.append((title, Path(start).absolute()))
        return "", ""

    def folder(parent, title, start="", *rest):
        started.append((title, Path(start).absolute()))
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return started


def open_every_file_dialog(window) -> None:
    window.heroes.select_hero("karsybay-spataev")
    for name in ("choosePortrait", "backUp", "restore", "importPortraits", "importFile"):
        window.findChild(QAction, name).trigger()
    window.card_print_dialog().save_pdf()


def test_file_dialogs_open_in_documents_at_first(window, documents, monkeypatch):
    started_in = record_start_folders(monkeypatch)
    open_every_file_dialog(window)
    assert len(started_in) == 6
    assert [folder for _title, folder in started_in] == [documents] * 6, started_in


def test_file_dialogs_open_in_the_folder_last_used(window, documents, monkeypatch, tmp_path):
    exhibition = tmp_path / "exhibition"
    exhibition.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(exhibition / "news.json"), "")
    )
    window.findChild(QAction, "exportNews").trigger()
    assert (exhibition / "news.json").is_file()
    started_in = record_start_folders(monkeypatch)
    open_every_file_dialog(window)
    assert [folder for _title, folder in started_in] == [exhibition] * 6, started_in
