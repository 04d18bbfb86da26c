"""File → Export and File → Import in the window: a preview first, one undo step after."""

from __future__ import annotations

import csv
import io

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.interchange.test_news_files import RSS


def test_export_the_heroes_the_search_shows(window, tmp_path):
    window.search.setText("Uzbekistan")
    shown = window.heroes_for("shown")
    out = tmp_path / "shown.csv"
    assert window.interchange_actions.export_heroes_to(out, shown)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert sorted(row[0] for row in rows[1:]) == sorted(shown)
    assert "written to" in window.statusBar().currentMessage()


def test_import_previews_then_applies_as_one_undoable_step(window, qtbot, tmp_path):
    path = tmp_path / "from-the-museum.csv"
    path.write_text(
        "id,name_en,name_ru,military_rank\n"
        "karsybay-spataev,Karsybay Spataev,Карсыбай Спатаев,Private\n"
        ",Test Hero,Тест Героев,\n",
        encoding="utf-8-sig",
    )
    previews = []

    def confirm(text, plan) -> bool:
        previews.append(text)
        return True

    window.interchange_actions.import_from(path, confirm)
    assert window.statusBar().currentMessage() == "Reading from-the-museum.csv…"
    qtbot.waitUntil(lambda: window.interchange_actions.pending == 0)
    text = previews[0]
    assert "from-the-museum.csv: heroes (CSV), 2 records" in text
    assert "To add: 1 heroes\n  + Test Hero" in text
    assert "military_rank: (empty) → 'Private'" in text
    assert window.hero_model.total_count == 29
    assert window.catalog.hero("karsybay-spataev")["military_rank"] == "Private"
    assert window.findChild(QAction, "undo").text() == "&Undo Import from-the-museum.csv"
    message = window.statusBar().currentMessage()
    assert message == "Imported from from-the-museum.csv: 1 added, 1 changed"
    assert QApplication.overrideCursor() is None  # the wait cursor is gone

    window.findChild(QAction, "undo").trigger()
    assert window.hero_model.total_count == 28
    assert window.catalog.hero("karsybay-spataev")["military_rank"] is None
    window.findChild(QAction, "redo").trigger()
    assert window.hero_model.total_count == 29


def test_a_declined_preview_changes_nothing(window, qtbot, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    count = len(window.catalog.news_items())
    window.interchange_actions.import_from(path, lambda text, plan: False)
    qtbot.waitUntil(lambda: window.interchange_actions.pending == 0)
    assert len(window.catalog.news_items()) == count
    assert window.undo_stack.count() == 0


def test_a_refused_file_gets_a_message_naming_it(window, qtbot, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append(args[2]))
    path = tmp_path / "bad.csv"
    path.write_text("name_en,birth_date\nA,1921-02-30\n", encoding="utf-8")
    window.interchange_actions.import_from(path, lambda text, plan: True)
    qtbot.waitUntil(lambda: window.interchange_actions.pending == 0)
    assert str(path) in messages[0]
    assert "line 2, column 'birth_date'" in messages[0]
    assert window.hero_model.total_count == 28


def test_news_from_a_feed_appear_in_the_news_tab(window, qtbot, tmp_path):
    page = window.ensure_news_page()
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    window.interchange_actions.import_from(path, lambda text, plan: True)
    qtbot.waitUntil(lambda: window.interchange_actions.pending == 0)
    assert page.model.rowCount() == 47
    titles = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert any("Meeting of the Committee of Secretaries" in title for title in titles)
