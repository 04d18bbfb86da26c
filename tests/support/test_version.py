"""One version number, written in pyproject.toml, shown by --version, About and the packages."""

from __future__ import annotations

import tomllib

from heroviewer import __version__
from heroviewer.support import version
from tests.conftest import REPO


def test_the_version_is_the_one_in_pyproject():
    with (REPO / "pyproject.toml").open("rb") as file:
        assert __version__ == tomllib.load(file)["project"]["version"]


def test_changing_pyproject_changes_the_version(tmp_path, monkeypatch):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[build-system]\nversion = "0"\n\n[project]\nname = "heroviewer"\n'
        'version = "2.5.1"  # released\n\n[tool.x]\nversion = "1"\n'
    )
    monkeypatch.setattr(version, "PYPROJECT_PLACES", (tmp_path / "missing.toml", pyproject))
    assert version.app_version() == "2.5.1"
