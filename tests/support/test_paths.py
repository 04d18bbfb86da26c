"""Where the catalogue, settings and backups live: the user's folders, or beside a portable
program on a USB stick."""

from __future__ import annotations

import sys

import pytest

from heroviewer.catalogue.backup import backups_folder
from heroviewer.support import paths


@pytest.fixture
def frozen_program(tmp_path, monkeypatch):
    """A frozen HeroViewer in ``tmp_path/stick``, with no folder overrides in the environment."""
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "heroviewer"))
    monkeypatch.delenv("HEROVIEWER_DATA_DIR")
    monkeypatch.delenv("HEROVIEWER_CONFIG_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    return stick


def test_portable_ini_beside_the_program_keeps_everything_in_data_beside_it(frozen_program):
    (frozen_program / "portable.ini").write_text("")
    data = frozen_program / "data"
    assert paths.default_catalogue_path() == data / "catalogue.sqlite"
    assert paths.settings_path() == data / "heroviewer.ini"
    assert backups_folder(data / "catalogue.sqlite").is_relative_to(data)


def test_without_portable_ini_the_user_folders_are_used(frozen_program, tmp_path):
    assert paths.default_catalogue_path().is_relative_to(tmp_path / "home" / "data")
    assert paths.settings_path().is_relative_to(tmp_path / "home" / "config")


def test_portable_ini_is_ignored_when_not_frozen(frozen_program, monkeypatch, tmp_path):
    """Running from source, the Python interpreter's folder is no USB stick."""
    monkeypatch.setattr(sys, "frozen", False)
    (frozen_program / "portable.ini").write_text("")
    assert paths.default_catalogue_path().is_relative_to(tmp_path / "home" / "data")


def test_the_folder_overrides_still_win_over_portable_ini(frozen_program, monkeypatch, tmp_path):
    (frozen_program / "portable.ini").write_text("")
    monkeypatch.setenv("HEROVIEWER_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.user_data_dir() == tmp_path / "elsewhere"
