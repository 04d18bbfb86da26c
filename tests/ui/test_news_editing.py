"""News items are added, edited and deleted in the news tab, with undo and history."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from heroviewer.catalogue.writer import NEWS
from heroviewer.ui import plain
from heroviewer.ui.dialogs.record_fields import news_form
from tests.ui.test_editing import answer_discard_question, fill_form


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
    assert page.count.text() == f"Showing {total + 1} of {total + 1} news items"

    fill_form(monkeypatch, {"title": "Meeting on historical memory"})
    window.findChild(QAction, "editNews").trigger()
    assert "Meeting on historical memory" in shown_text(page)

    monkeypatch.setattr(plain, "question", lambda *a, **k: plain.Button.Yes)
    item_id = page.current_item()["id"]
    window.findChild(QAction, "deleteNews").trigger()
    assert page.model.rowCount() == total
    window.findChild(QAction, "undo").trigger()
    assert page.model.rowCount() == total + 1
    history = window.open_catalogue.editing.writer.history(NEWS, item_id)
    assert [h.action for h in history] == ["undo", "delete", "edit", "add"]


def test_a_news_item_needs_a_title_and_a_valid_date(window, monkeypatch):
    page = news_tab(window)
    total = page.model.rowCount()
    seen = []
    fill_form(monkeypatch, {"title": "", "date": "31.11.2026"}, seen)
    window.findChild(QAction, "newNews").trigger()
    problems = seen[0].check()
    assert problems["title"] == "a title is required"
    assert problems["date"] == "'31.11.2026' is not a calendar date (November 2026 has 30 days)"
    assert page.model.rowCount() == total


def test_a_date_typed_as_on_paper_is_stored_as_iso(window, monkeypatch):
    page = news_tab(window)
    fill_form(monkeypatch, {"title": "Meeting on memory", "date": "20.11.2026"})
    window.findChild(QAction, "newNews").trigger()
    assert page.current_item()["date"] == "2026-11-20"


def test_cancel_after_typing_asks_before_the_typing_is_discarded(window, monkeypatch, qtbot):
    page = news_tab(window)
    page.list.setCurrentIndex(page.filter.index(0, 0))
    item = page.current_item()
    categories = [code for code in page.model.categories() if code]
    form = news_form(item, categories, "Edit news item", window)
    form.show()
    qtbot.waitExposed(form)
    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()  # no changes: closed at once (conftest fails any question)
    assert not form.isVisible()

    form.show()
    form.widget("title").setText("A title typed and then regretted")
    asked = answer_discard_question(monkeypatch, "Keep editing")
    cancel.click()
    assert asked == [f"Discard your changes to “{item['title']}”?"]
    assert form.isVisible()
    asked = answer_discard_question(monkeypatch, "Discard")
    cancel.click()
    assert not form.isVisible()
    assert page.current_item() == item
