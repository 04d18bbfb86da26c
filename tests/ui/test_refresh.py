"""View → Refresh (F5) and the refresh every minute on a server: what other workstations saved
appears, and what was selected stays selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from heroviewer.records.entities import HERO, NEWS
from tests.helpers import BOTH_ENGINES


def detail_text(window) -> str:
    return " ".join(window.heroes.detail.toPlainText().split())


def table_text(window, hero_id: str) -> str:
    model = window.heroes.model
    row = model.row_of(hero_id)
    return " ".join(str(model.index(row, c).data()) for c in range(model.columnCount()))


@BOTH_ENGINES
def test_f5_shows_what_another_workstation_saved_keeping_the_selection(
    window, other_workstation, qtbot
):
    window.heroes.select_hero("karsybay-spataev")
    other = next(row.id for row in window.heroes.model.rows if row.id != "karsybay-spataev")
    other_workstation.save(HERO, "karsybay-spataev", {"unit": "Their unit"})
    other_workstation.save(HERO, other, {"name_en": "Renamed Elsewhere"})
    assert "Their unit" not in detail_text(window)
    qtbot.keyClick(window.heroes.table, Qt.Key.Key_F5)
    assert "Their unit" in detail_text(window)
    assert "Renamed Elsewhere" in table_text(window, other)
    assert window.heroes.detail.hero_id == "karsybay-spataev"
    selected = window.heroes.table.selectionModel().selectedRows()
    assert [window.heroes.model.hero_id(i.row()) for i in selected] == ["karsybay-spataev"]


@BOTH_ENGINES
def test_f5_shows_news_saved_elsewhere_keeping_the_chosen_item(window, other_workstation, qtbot):
    from heroviewer.ui.news.model import NEWS_ITEM_ROLE

    page = window.ensure_news_page()
    window.tabs.setCurrentIndex(1)
    page.list.setCurrentIndex(page.filter.index(1, 0))
    chosen = page.current_item()
    first = page.filter.index(0, 0).data(NEWS_ITEM_ROLE)
    other_workstation.save(NEWS, first["id"], {"title": "Retitled elsewhere"})
    qtbot.keyClick(page.list, Qt.Key.Key_F5)
    assert page.filter.index(0, 0).data(NEWS_ITEM_ROLE)["title"] == "Retitled elsewhere"
    assert page.current_item()["id"] == chosen["id"]


def test_a_catalogue_on_a_server_looks_for_changes_every_minute(qtbot, postgres_url, monkeypatch):
    from heroviewer.app import build_window
    from heroviewer.catalogue import open_catalogue

    window = build_window(postgres_url)
    qtbot.addWidget(window)
    window.heroes.select_hero("karsybay-spataev")
    refresher = window.open_catalogue.refresher
    assert refresher.timer.isActive() and refresher.timer.interval() == 60_000
    with qtbot.assertNotEmitted(window.open_catalogue.refreshed):
        refresher.timer.timeout.emit()  # nothing saved: nothing read again
    catalogue = open_catalogue(postgres_url)
    writer = catalogue.open_writer()
    writer.save(HERO, "karsybay-spataev", {"unit": "Their unit"})
    writer.close()
    catalogue.close()
    with qtbot.waitSignal(window.open_catalogue.refreshed):
        refresher.timer.timeout.emit()  # a minute later
    assert "Their unit" in detail_text(window)


def test_a_catalogue_file_is_refreshed_only_on_request(window):
    assert not window.open_catalogue.refresher.timer.isActive()


def test_a_lost_server_shows_a_band_keeps_the_form_and_saving_works_when_it_is_back(
    qtbot, postgres_server, postgres_url, monkeypatch
):
    from PySide6.QtWidgets import QLabel

    from heroviewer.app import build_window
    from heroviewer.ui import plain
    from heroviewer.ui.dialogs.record_form import RecordForm

    window = build_window(postgres_url)
    qtbot.addWidget(window)
    window.heroes.select_hero("karsybay-spataev")
    band = window.findChild(QLabel, "connectionBanner")
    connection = window.open_catalogue.connection
    assert band.isHidden()
    problems, seen, away = [], [], []
    message = "The server 127.0.0.1 cannot be reached; HeroViewer tries again every 10 seconds"
    monkeypatch.setattr(plain, "warning", lambda _parent, _title, text, *a: problems.append(text))

    def exec_(form: RecordForm) -> int:
        """The user types a unit and saves; the form comes back with it; ten seconds after
        the server is back, they save again."""
        seen.append(form.widget("unit").text())
        if len(seen) == 1:  # the server goes away while the form is open
            form.widget("unit").setText("Typed while away")
            postgres_server.pause()
            away.append(True)
            window.open_catalogue.refresher.timer.timeout.emit()  # the minute's look
            qtbot.waitUntil(lambda: not band.isHidden())
            assert band.text() == message
            assert connection.timer.isActive() and connection.timer.interval() == 10_000
        else:
            postgres_server.resume()
            away.clear()
            connection.timer.timeout.emit()  # ten seconds later
            qtbot.waitUntil(band.isHidden)
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(RecordForm, "exec", exec_)
    try:
        window.actions["editHero"].trigger()
    finally:
        if away:
            postgres_server.resume()
    assert problems == [message]  # the first save, refused
    assert seen[1] == "Typed while away"  # the form came back with what was typed
    assert "Typed while away" in detail_text(window)


AWAY = "The server 127.0.0.1 cannot be reached; HeroViewer tries again every 10 seconds"


@pytest.fixture
def server_window(qtbot, postgres_url, monkeypatch):
    """A window on a new catalogue on the test server; message boxes are collected in
    ``window.problems``."""
    from heroviewer.app import build_window
    from heroviewer.ui import plain

    window = build_window(postgres_url)
    qtbot.addWidget(window)
    window.problems = []
    monkeypatch.setattr(
        plain, "warning", lambda _parent, _title, text, *a: window.problems.append(text)
    )
    return window


@pytest.mark.parametrize(("action", "field"), [
    ("newHero", "name_en"), ("newNews", "title"), ("editNews", "title"),
])  # fmt: skip
def test_every_form_refused_while_the_server_is_away_comes_back_with_what_was_typed(
    action, field, server_window, qtbot, postgres_server, monkeypatch
):
    from PySide6.QtWidgets import QLabel

    from heroviewer.ui.dialogs.record_form import RecordForm

    window = server_window
    if action != "newHero":
        page = window.ensure_news_page()
        window.tabs.setCurrentIndex(1)
        page.list.setCurrentIndex(page.filter.index(0, 0))
    band = window.findChild(QLabel, "connectionBanner")
    connection = window.open_catalogue.connection
    seen, away = [], []

    def exec_(form: RecordForm) -> int:
        """The user types and saves as the server goes away; the form comes back with what
        they typed; once the server is back they save again."""
        seen.append(form.widget(field).text())
        if len(seen) == 1:
            form.widget(field).setText("Typed while away")
            postgres_server.pause()
            away.append(True)
        else:
            assert not band.isHidden() and band.text() == AWAY
            postgres_server.resume()
            away.clear()
            connection.timer.timeout.emit()  # ten seconds later
            qtbot.waitUntil(band.isHidden)
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(RecordForm, "exec", exec_)
    try:
        window.actions[action].trigger()
    finally:
        if away:
            postgres_server.resume()
    assert window.problems == [AWAY]  # the first save, refused
    assert seen[1] == "Typed while away"
    catalogue = window.open_catalogue.catalogue
    if action == "newHero":
        assert [h for h in catalogue.heroes() if h["name_en"] == "Typed while away"]
    else:
        assert [n for n in catalogue.news_items() if n["title"] == "Typed while away"]


def test_undo_redo_revert_and_f5_while_the_server_is_away_change_nothing(
    server_window, qtbot, postgres_server
):
    from PySide6.QtWidgets import QLabel

    from heroviewer.ui.dialogs.history import HistoryDialog

    window = server_window
    window.heroes.select_hero("karsybay-spataev")
    opened = window.open_catalogue
    unit = opened.catalogue.hero("karsybay-spataev")["unit"]
    opened.editing.save(HERO, "karsybay-spataev", {"unit": "First"}, "Edit")
    opened.editing.save(HERO, "karsybay-spataev", {"unit": "Second"}, "Edit")
    window.actions["undo"].trigger()
    stack = opened.undo_stack
    assert (stack.index(), stack.count()) == (1, 2)
    history = HistoryDialog(opened.editing, HERO, "karsybay-spataev", "Spataev", window)
    qtbot.addWidget(history)
    before = opened.editing.writer.history(HERO, "karsybay-spataev")
    postgres_server.pause()
    try:
        window.actions["undo"].trigger()  # finds the server gone
        assert not window.findChild(QLabel, "connectionBanner").isHidden()
        window.actions["redo"].trigger()
        history.table.selectRow(0)
        history.revert_button.click()
        window.actions["refresh"].trigger()  # F5
        assert window.problems == [AWAY] * 4
        assert (stack.index(), stack.count()) == (1, 2)  # the stack as it was
    finally:
        postgres_server.resume()
    assert opened.editing.writer.history(HERO, "karsybay-spataev") == before
    assert opened.catalogue.hero("karsybay-spataev")["unit"] == "First"
    opened.connection.timer.timeout.emit()  # ten seconds later
    window.actions["undo"].trigger()
    assert opened.catalogue.hero("karsybay-spataev")["unit"] == unit
    window.actions["redo"].trigger()
    window.actions["redo"].trigger()
    assert opened.catalogue.hero("karsybay-spataev")["unit"] == "Second"
    assert "Second" in detail_text(window)


def test_history_asked_for_while_the_server_is_away_says_so(server_window, postgres_server):
    from PySide6.QtWidgets import QLabel

    window = server_window
    page = window.ensure_news_page()
    window.tabs.setCurrentIndex(1)
    page.list.setCurrentIndex(page.filter.index(0, 0))
    postgres_server.pause()
    try:
        window.actions["newsHistory"].trigger()
        assert window.problems == [AWAY]
        assert not window.findChild(QLabel, "connectionBanner").isHidden()
    finally:
        postgres_server.resume()
