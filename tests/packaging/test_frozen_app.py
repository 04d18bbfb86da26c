"""The frozen program runs the window and the command line for a new user, with no Python."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from heroviewer import __version__
from tests.conftest import REPO
from tests.helpers import BUNDLED_HEROES, BUNDLED_NEWS, bundled_records
from tests.packaging.frozen import files_under, frozen_app, new_user_env, run_frozen

pytestmark = pytest.mark.frozen


@pytest.fixture(scope="module")
def program():
    return frozen_app() / "heroviewer"


def test_the_frozen_program_says_its_version(program, tmp_path):
    result = run_frozen(program, "--version", env=new_user_env(tmp_path / "home", tmp_path / "t"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"HeroViewer {__version__}"


def test_a_new_user_sees_the_same_window_as_from_source(program, tmp_path):
    """The first start creates the catalogue in the user's folder and draws the hero table as
    `python -m heroviewer` draws it: the same fonts, data and Qt, nothing missing."""
    env = new_user_env(tmp_path / "home", tmp_path / "t")
    frozen_shot = tmp_path / "frozen.png"
    result = run_frozen(program, "--screenshot", frozen_shot, "--select", "Spataev", env=env)
    assert result.returncode == 0, result.stderr
    assert f"{frozen_shot} written" in result.stdout
    assert (tmp_path / "home/.local/share/HeroViewer/catalogue.sqlite").is_file()

    source_shot = tmp_path / "source.png"
    source_env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HEROVIEWER_DATA_DIR=str(tmp_path / "source-data"),
        HEROVIEWER_CONFIG_DIR=str(tmp_path / "source-config"),
    )
    subprocess.run(
        [sys.executable, "-m", "heroviewer", "--screenshot", source_shot, "--select", "Spataev"],
        env=source_env,
        check=True,
        capture_output=True,
        timeout=180,
    )
    frozen, source = Image.open(frozen_shot).convert("RGB"), Image.open(source_shot).convert("RGB")
    assert frozen.size == source.size == (1280, 760)
    assert len(frozen.getcolors(1 << 16) or range(1 << 16)) > 50  # a drawn window, not a blank
    differing = ImageChops.difference(frozen, source).convert("L").point(lambda v: v > 24)
    assert sum(differing.histogram()[1:]) < 0.01 * frozen.width * frozen.height


def test_check_cards_export_and_import_run_frozen(program, tmp_path):
    env = new_user_env(tmp_path / "home", tmp_path / "t")
    catalogue = tmp_path / "museum.sqlite"

    checked = run_frozen(program, "check", "--db", catalogue, env=env)
    assert checked.returncode == 0, checked.stderr
    assert f"{BUNDLED_HEROES} heroes, {BUNDLED_NEWS} news items" in checked.stdout

    cards = tmp_path / "cards.pdf"
    made = run_frozen(program, "cards", "--out", cards, "--db", catalogue, env=env)
    assert made.returncode == 0, made.stderr
    text = " ".join(page.extract_text() for page in PdfReader(cards).pages)
    names_ru = [hero["name_ru"] for hero in bundled_records("heroes.json") if hero["name_ru"]]
    assert names_ru[0].split()[-1] in text  # Cyrillic, from the embedded font

    sheet = tmp_path / "heroes.csv"
    exported = run_frozen(
        program, "export", "--what", "heroes", "--format", "csv", "--out", sheet,
        "--db", catalogue, env=env,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    imported = run_frozen(program, "import", sheet, "--dry-run", "--db", catalogue, env=env)
    assert imported.returncode == 0, imported.stderr

    refused = run_frozen(
        program, "cards", "--out", tmp_path / "cards.txt", "--db", catalogue, env=env
    )
    assert refused.returncode == 2
    assert "cards.txt" in refused.stderr


def test_portable_mode_writes_nothing_outside_the_sticks_folder(tmp_path):
    """portable.ini beside the program: catalogue, settings and backups in data/ beside it,
    nothing in the (read-only, empty) home folder nor in the temporary folder."""
    stick = tmp_path / "stick"
    shutil.copytree(frozen_app(), stick / "heroviewer", symlinks=True)
    program = stick / "heroviewer" / "heroviewer"
    (stick / "heroviewer" / "portable.ini").write_text("")
    home, temp = tmp_path / "home", tmp_path / "temp"
    env = new_user_env(home, temp)
    home.chmod(0o555)
    before = set(files_under(stick))
    try:
        checked = run_frozen(program, "check", env=env)
        assert checked.returncode == 0, checked.stderr
        shot = run_frozen(program, "--screenshot", stick / "shot.png", env=env)
        assert shot.returncode == 0, shot.stderr
        window = run_frozen(program, env={**env, "HEROVIEWER_EXIT_WHEN_SHOWN": "1"})
        assert window.returncode == 0, window.stderr
        saved = run_frozen(program, "backup", "--out", stick / "copy.sqlite", env=env)
        assert saved.returncode == 0, saved.stderr
        restored = run_frozen(program, "restore", stick / "copy.sqlite", env=env)
        assert restored.returncode == 0, restored.stderr  # the current one backed up first
    finally:
        home.chmod(0o755)
    assert files_under(home) == []
    assert files_under(temp) == []
    data = stick / "heroviewer" / "data"
    assert (data / "catalogue.sqlite").is_file()
    assert any(path.suffix == ".sqlite" for path in files_under(data / "backups"))
    written = set(files_under(stick)) - before
    asked_for = {stick / "shot.png", stick / "copy.sqlite"}
    assert all(path.is_relative_to(data) for path in written - asked_for)


def test_the_russian_translations_are_where_the_frozen_program_looks():
    """Qt's own Russian texts where Qt's prefix is (PyInstaller sets it), and HeroViewer's .qm
    files, when built, where heroviewer.support.paths finds resources/."""
    internal = frozen_app() / "_internal"
    assert (internal / "PySide6/Qt/translations/qtbase_ru.qm").is_file()
    assert len(list((internal / "PySide6/Qt/translations").iterdir())) == 1  # no other languages
    built = {path.name for path in (REPO / "resources" / "translations").glob("*.qm")}
    bundled = internal / "heroviewer/bundled/resources/translations"
    assert built <= {path.name for path in bundled.glob("*.qm")}


def test_the_folder_holds_no_test_libraries_and_no_unused_qt_modules():
    internal = frozen_app() / "_internal"
    names = {path.name.split(".")[0] for path in internal.iterdir()}
    assert not names & {"pytest", "_pytest", "hypothesis", "pypdf", "zxingcpp", "PyInstaller"}
    qt_modules = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so")}
    assert qt_modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}
