"""News items are added, edited and deleted in the news tab, with undo and history."""

from __future__ import annotations

from PySide6.QtGui import QAction

from heroviewer.catalog.writer import NEWS
from heroviewer.ui import plain
from tests.ui.test_editing import fill_form


def news_tab(window):
    page = window.ensure_news_page()
    window.tabs.setCurrentIndex(1)
    return page


def shown_text(page) -> str:
    return " ".join(page.view.toPlainText().split())


def test_add_edit_and_delete_a_news_item_with_undo(window, monkeypatch):
    page = news_tab(window)
    total = page.model.rowCount()
    fill_form(monkeypatch, {"title": "Meeting on memory", "date": "2026-11-20",
                            "summary_en": "Staff met in Dushanbe."})  # fmt: skip
    window.findChild(QAction, "newNews").trigger()
    assert page.model.rowCount() == total + 1
    assert page.current_item()["title"] == "Meeting on memory"
    assert "Meeting on memory" in shown_text(page)
    assert page.count.text() == f"{total + 1} of {total + 1} news items"

    fill_form(monkeypatch, {"title": "Meeting on historical memory"})
    window.findChild(QAction, "editNews").trigger()
    assert "Meeting on historical memory" in shown_text(page)

    monkeypatch.setattr(plain, "question", lambda *a, **k: plain.Button.Yes)
    item_id = page.current_item()["id"]
    window.findChild(QAction, "deleteNews").trigger()
    assert page.model.rowCount() == total
    window.findChild(QAction, "undo").trigger()
    assert page.model.rowCount() == total + 1
    history = window.editing.writer.history(NEWS, item_id)
    assert [h.action for h in history] == ["undo", "delete", "edit", "add"]


def test_a_news_item_needs_a_title_and_a_valid_date(window, monkeypatch):
    page = news_tab(window)
    total = page.model.rowCount()
    seen = []
    fill_form(monkeypatch, {"title": "", "date": "20.11.2026"}, seen)
    window.findChild(QAction, "newNews").trigger()
    problems = seen[0].check()
    assert problems["title"] == "a title is required"
    assert "not a date like" in problems["date"]
    assert page.model.rowCount() == total
