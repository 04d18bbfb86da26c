"""The frozen build in dist/ (made by `make package`) and how the tests start it: as a new user
would, with no Python and an environment holding only a home folder and a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import layout

APP = REPO / "dist" / layout.APP_FOLDER
PROGRAM = APP / layout.WINDOW_PROGRAM


def frozen_app() -> Path:
    if not PROGRAM.is_file():
        pytest.fail(f"{PROGRAM} is missing: run `make package` first")
    return APP


def new_user_env(home: Path, temp: Path, **extra: str) -> dict[str, str]:
    """Nothing but a home folder, a temporary folder and Qt's offscreen screen."""
    home.mkdir(parents=True, exist_ok=True)
    temp.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen", **extra}


def run_frozen(program: Path, *args, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=env["TMPDIR"],
        timeout=180,
    )


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if not path.is_dir())
