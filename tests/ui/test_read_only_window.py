"""A second HeroViewer on the same catalogue opens it read-only, with a banner saying so."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QAction

from heroviewer.app import build_window
from heroviewer.catalogue.lock import EditLock


def test_a_second_window_is_read_only_and_the_first_keeps_editing(qtbot, catalogue_path):
    first = build_window(catalogue_path)
    qtbot.addWidget(first)
    second = build_window(catalogue_path)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)

    assert first.open_catalogue.editing is not None and not first.banner.isVisibleTo(first)
    assert second.open_catalogue.editing is None
    assert second.banner.isVisible()
    assert "Read-only:" in second.banner.text()
    assert "another HeroViewer has it open for editing" in second.banner.text()
    second.heroes.select_hero("karsybay-spataev")
    for name in ("newHero", "editHero", "deleteHero", "choosePortrait", "importPortraits",
                 "importFile"):  # fmt: skip
        assert not second.findChild(QAction, name).isEnabled(), name
    assert second.findChild(QAction, "printCards").isEnabled()
    assert not second.acceptDrops() and first.acceptDrops()  # no file is imported by a drop

    from heroviewer.catalogue.writer import HERO

    first.open_catalogue.editing.save(
        HERO, "karsybay-spataev", {"staff_notes": "first window"}, "Edit"
    )
    assert second.open_catalogue.catalogue.hero("karsybay-spataev")["staff_notes"] == "first window"


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_the_same_catalogue_by_another_name_opens_read_only(qtbot, catalogue_path, tmp_path, link):
    if link == "symlink":
        other_name = tmp_path / "elsewhere" / "link.sqlite"
        other_name.parent.mkdir()
        other_name.symlink_to(catalogue_path)
        windows = [build_window(catalogue_path), build_window(other_name)]
    else:  # in the same folder: the lock file is found there
        other_name = catalogue_path.with_name("copy-by-link.sqlite")
        os.link(catalogue_path, other_name)
        windows = [build_window(other_name), build_window(catalogue_path)]
    for window in windows:
        qtbot.addWidget(window)
    first, second = windows
    assert first.open_catalogue.editing is not None
    assert second.open_catalogue.editing is None
    assert "another HeroViewer has it open for editing" in second.banner.text()
    assert not second.findChild(QAction, "editHero").isEnabled()


def test_the_lock_goes_with_the_window_that_held_it(qtbot, catalogue_path):
    window = build_window(catalogue_path)
    qtbot.addWidget(window)
    assert not EditLock(catalogue_path).acquire()
    window.close()
    assert EditLock(catalogue_path).acquire()


def test_at_a_normal_start_the_window_becomes_editable_after_it_first_shows(qtbot, catalogue_path):
    window = build_window(catalogue_path, editable_at_once=False)
    qtbot.addWidget(window)
    assert window.open_catalogue.editing is None
    assert not window.findChild(QAction, "newHero").isEnabled()
    window.show()
    qtbot.waitUntil(lambda: window.open_catalogue.editing is not None)
    assert window.findChild(QAction, "newHero").isEnabled()
    assert not window.banner.isVisibleTo(window)


def test_a_window_closed_before_its_first_paint_does_not_open_for_editing(qtbot, catalogue_path):
    window = build_window(catalogue_path, editable_at_once=False)
    qtbot.addWidget(window)
    window.close()
    window.open_catalogue.open_for_editing()  # what the first-paint hook would call
    assert window.open_catalogue.editing is None
    assert EditLock(catalogue_path).acquire()


def test_a_reader_role_on_a_server_opens_read_only_with_the_reason(qtbot, postgres_url):
    from tests.catalogue.test_roles import staff_login
    from tests.test_cli import run_cli

    assert run_cli("grant-roles", "--db", postgres_url).returncode == 0
    window = build_window(staff_login(postgres_url, "heroviewer_reader"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_catalogue.editing is None
    assert window.banner.isVisible()
    assert "Read-only:" in window.banner.text()
    assert "may read this catalogue but not change it" in window.banner.text()
    assert not window.findChild(QAction, "editHero").isEnabled()
