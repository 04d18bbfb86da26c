"""The Inno Setup script, read here (it is compiled on Windows): every file it names exists in the
Windows layout of the build, and it installs per user, keeping the user's catalogue."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import pytest

from tests.conftest import REPO
from tests.packaging.frozen import files_under, frozen_app, layout

pytestmark = pytest.mark.frozen

SCRIPT = REPO / "packaging" / "windows" / "heroviewer.iss"


def sections() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = None
    for line in SCRIPT.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return found


def parameters(line: str) -> dict[str, str]:
    """Name: "value"; Name: value ... as Inno Setup writes an entry."""
    pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
    return {name: value.strip().strip('"').replace('""', '"') for name, value in pairs}


def windows_layout() -> set[str]:
    """dist\\heroviewer\\ as the spec makes it on Windows: the two programs, _internal\\ and the
    licences (the Linux README, installer and share\\ are added for Linux only)."""
    app = frozen_app()
    kept = {
        path.relative_to(app).as_posix()
        for path in files_under(app)
        if path.relative_to(app).parts[0] in (layout.INTERNAL, "LICENSES")
    }
    return kept | set(layout.program_names(windows=True))


def test_every_file_the_installer_names_exists_in_the_windows_build():
    dist = r"{#Dist}" + "\\"
    built = windows_layout()
    installed = set()
    for entry in map(parameters, sections()["Files"]):
        source = entry["Source"]
        assert source.startswith(dist), source
        relative = PurePosixPath(source[len(dist) :].replace("\\", "/"))
        if relative.name == "*":
            inside = [name for name in built if name.startswith(f"{relative.parent}/")]
            assert inside, f"{SCRIPT.name}: nothing in {relative.parent} of the build"
            installed.update(inside)
        else:
            assert str(relative) in built, f"{SCRIPT.name}: {source} is not in the build"
            installed.add(str(relative))
    setup = dict(line.split("=", 1) for line in sections()["Setup"])
    assert (SCRIPT.parent / setup["SetupIconFile"].replace("\\", "/")).is_file()
    named_in_app = re.findall(r"\{app\}\\([\w-]+\.exe)", SCRIPT.read_text(encoding="utf-8-sig"))
    assert named_in_app and set(named_in_app) <= installed


def test_the_installer_is_per_user_in_russian_too_and_keeps_the_catalogue():
    setup = dict(line.split("=", 1) for line in sections()["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"] == r"{autopf}\HeroViewer"  # %LOCALAPPDATA%\Programs
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    languages = [parameters(line)["MessagesFile"] for line in sections()["Languages"]]
    assert r"compiler:Languages\Russian.isl" in languages
    assert any("{autoprograms}" in line for line in sections()["Icons"])  # the Start menu
    assert any(".sqlite" in line for line in sections()["Registry"])  # catalogues open with it
    assert "UninstallDelete" not in sections()
    assert "localappdata" not in SCRIPT.read_text(encoding="utf-8-sig").lower().replace(
        "%localappdata%", ""
    )
