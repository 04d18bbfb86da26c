"""HeroViewer's version, written once: in pyproject.toml.

A source tree has pyproject.toml above src/; an installed wheel and a frozen build carry a copy as
heroviewer/bundled/pyproject.toml. The line is read directly: tomllib would add its import to
every start-up for one value.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
PYPROJECT_PLACES = (
    _PACKAGE_DIR / "bundled" / "pyproject.toml",
    _PACKAGE_DIR.parent.parent / "pyproject.toml",
)


def version_in(pyproject_text: str) -> str | None:
    """The ``version = "..."`` of the ``[project]`` table, if it has one."""
    in_project = False
    for line in pyproject_text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            in_project = stripped == "[project]"
        elif in_project and stripped.partition("=")[0].strip() == "version":
            return stripped.partition("=")[2].split("#")[0].strip().strip("\"'")
    return None


def app_version() -> str:
    for place in PYPROJECT_PLACES:
        try:
            found = version_in(place.read_text(encoding="utf-8"))
        except OSError:
            continue
        if found:
            return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("heroviewer")
    except PackageNotFoundError:
        return "unknown"
