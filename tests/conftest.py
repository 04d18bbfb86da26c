"""Shared fixtures. Qt runs offscreen; every test gets its own user data and settings folders."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from heroviewer.catalogue import open_catalogue
from heroviewer.support.paths import bundled_data_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's catalogue and settings."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("HEROVIEWER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("HEROVIEWER_CONFIG_DIR", str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box or modal dialog offscreen would wait for a click forever: fail instead.

    Tests that expect one replace the method again with their own stand-in.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    def unexpected(*args, **kwargs):
        text = next((a for a in args if isinstance(a, str) and len(a) > 20), args)
        raise AssertionError(f"unexpected message box: {text}")

    def unexpected_dialog(dialog, *args):
        raise AssertionError(f"unexpected modal dialog: {dialog.objectName() or dialog}")

    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for dialog_class in (QDialog, QMessageBox):
        monkeypatch.setattr(dialog_class, "exec", unexpected_dialog)


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp):
    """Counted texts read "1 hero", "2 heroes", as the application shows them (app.py)."""
    from heroviewer.ui.plurals import install_english_plurals

    install_english_plurals(qapp)


@pytest.fixture(scope="session")
def seeded_catalogue_file(tmp_path_factory) -> Path:
    """The bundled catalogue, created once per test run."""
    path = tmp_path_factory.mktemp("seeded") / "catalogue.sqlite"
    open_catalogue(path).close()
    return path


@pytest.fixture
def catalogue_path(seeded_catalogue_file, tmp_path) -> Path:
    """A private copy of the bundled catalogue for one test."""
    path = tmp_path / "catalogue.sqlite"
    shutil.copyfile(seeded_catalogue_file, path)
    return path


def _throwaway_server(**options):
    """A throw-away PostgreSQL server on loopback (tests/postgres/cluster.py).

    Without one (or without psycopg) the test is skipped locally, and fails in CI.
    """
    from tests.postgres.cluster import Cluster, ServerMissing

    try:
        import psycopg  # noqa: F401

        return Cluster(**options)
    except (ImportError, ServerMissing) as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed in CI: {error}")
        pytest.skip(f"no PostgreSQL server to test against: {error}")


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL server on loopback for this test run."""
    server = _throwaway_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_tls_server():
    """A second one that offers TLS (a self-signed certificate), as a museum's server may."""
    server = _throwaway_server(tls=True)
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A new, empty database on the test server: a catalogue is created there at first open."""
    return postgres_server.create_database()


@pytest.fixture
def catalogue_db(request, catalogue_path) -> str | Path:
    """What --db is given for the bundled catalogue: the private copy, or on PostgreSQL (with
    tests.helpers.BOTH_ENGINES) a new database's URL, where the catalogue is made at first open."""
    if getattr(request, "param", "sqlite") == "postgresql":
        return request.getfixturevalue("postgres_url")
    return catalogue_path


@pytest.fixture
def catalogue(catalogue_db):
    """The private copy, open for reading (on PostgreSQL too, with tests.helpers.BOTH_ENGINES)."""
    opened = open_catalogue(catalogue_db)
    yield opened
    opened.close()


def set_staff_notes(path: Path, text: str, hero_id: str = "karsybay-spataev") -> None:
    """Save a hero's staff notes in the catalogue file at ``path``, as a user would."""
    from heroviewer.catalogue.writer import HERO

    catalogue = open_catalogue(path)
    writer = catalogue.open_writer()
    writer.save(HERO, hero_id, {"staff_notes": text})
    writer.close()
    catalogue.close()


def staff_notes(path: Path, hero_id: str = "karsybay-spataev") -> str | None:
    catalogue = open_catalogue(path)
    try:
        return catalogue.hero(hero_id)["staff_notes"]
    finally:
        catalogue.close()


@pytest.fixture
def bundled_heroes() -> list[dict]:
    return json.loads((bundled_data_dir() / "heroes.json").read_text(encoding="utf-8"))


@pytest.fixture
def window(qtbot, catalogue_db):
    """The real main window on a private copy of the bundled catalogue (or on PostgreSQL, with
    tests.helpers.BOTH_ENGINES)."""
    from heroviewer.app import build_window

    main_window = build_window(catalogue_db)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture
def other_workstation(window, catalogue_db):
    """A writer saving as another workstation would, to the window's catalogue: on a server,
    through a connection of its own; an SQLite file is edited by one HeroViewer at a time, so
    there the window's own writer saves behind its back (the same rules apply)."""
    if isinstance(catalogue_db, Path):
        yield window.open_catalogue.editing.writer
        return
    catalogue = open_catalogue(catalogue_db)
    writer = catalogue.open_writer()
    yield writer
    writer.close()
    catalogue.close()


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, in any script (QTest's key clicks accept ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def background_jobs_run_at_once(monkeypatch):
    """Work the window hands to a thread runs at once on this one, so tests need not wait."""
    from heroviewer.ui import background

    monkeypatch.setattr(background, "start_job", lambda job: job.run())


@pytest.fixture
def interface_language():
    """Set the interface's language as View → Language does; English again afterwards."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield lambda code: QLocale.setDefault(QLocale(code))
    QLocale.setDefault(before)


@pytest.fixture
def shipped_language(tmp_path, monkeypatch):
    """Show the interface in a language as HeroViewer ships it: the repository's .ts files
    compiled afresh (so the test reads what staff will read); English again afterwards."""
    import subprocess
    import sys

    from heroviewer.support.paths import resources_dir
    from heroviewer.ui import language

    folder = tmp_path / "shipped_translations"
    folder.mkdir()
    for source in (resources_dir() / "translations").glob("*.ts"):
        shutil.copy(source, folder)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", *map(str, folder.glob("*.ts"))], check=True)
    monkeypatch.setattr(language, "translations_dir", lambda: folder)
    yield language.use_language
    language.use_language("en")
