"""Editing heroes in the window: the form, validation, undo and redo, add, delete, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox

from heroviewer.ui import plain
from heroviewer.ui.dialogs.history import HistoryDialog
from heroviewer.ui.dialogs.record_fields import hero_form
from heroviewer.ui.dialogs.record_form import RecordForm
from tests.conftest import type_text


def fill_form(monkeypatch, values: dict, seen: list | None = None):
    """Let the next form that opens be filled with ``values`` and saved, as a user would."""

    def exec_(form: RecordForm) -> int:
        for key, value in values.items():
            widget = form.widget(key)
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            elif hasattr(widget, "setCurrentIndex"):
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.clear()
                type_text(widget, value)
        if seen is not None:
            seen.append(form)
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(RecordForm, "exec", exec_)


def detail_text(window) -> str:
    return " ".join(window.detail.toPlainText().split())


def action(window, name: str):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


@pytest.fixture
def spataev(window):
    window.select_hero("karsybay-spataev")
    return window


def test_f2_edits_the_hero_and_the_table_and_detail_show_it(spataev, monkeypatch, qtbot):
    window = spataev
    fill_form(monkeypatch, {"military_rank": "Private", "name_tg": "Қарсибой Спатаев"})
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert "Rank Private" in detail_text(window)
    assert "Tajik: Қарсибой Спатаев" in detail_text(window)
    row = window.hero_model.row_of("karsybay-spataev")
    assert window.hero_model.index(row, 5).data() == "Private"
    record = window.catalogue.hero("karsybay-spataev")
    assert record["military_rank"] == "Private"


def test_double_click_opens_the_form_with_every_field(spataev, monkeypatch, qtbot):
    window = spataev
    seen: list[RecordForm] = []
    fill_form(monkeypatch, {}, seen)
    row = window.hero_model.row_of("karsybay-spataev")
    rect = window.table.visualRect(window.hero_model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(seen) == 1
    form = seen[0]
    assert form.widget("name_en").text() == "Karsybay Spataev"
    assert form.widget("name_ru").text() == "Карсыбай Спатаев"
    for field in ("biography", "staff_notes", "sources", "research_note", "award_date"):
        assert form.widget(field) is not None
    assert window.undo_stack.count() == 0  # nothing changed, nothing recorded


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        ({"name_en": "", "name_ru": ""}, "name_en", "a name is required"),
        ({"birth_date": "1918-02-30"}, "birth_date", "is not a calendar date"),
        ({"death_date": "1917"}, "death_date", "death cannot come before birth"),
        ({"award_date": "1933-12-31"}, "award_date", "16 April 1934"),
    ],
)
def test_an_invalid_form_shows_the_reason_and_saves_nothing(
    spataev, monkeypatch, values, field, reason
):
    window = spataev
    seen: list[RecordForm] = []
    fill_form(monkeypatch, values, seen)
    before = window.catalogue.hero("karsybay-spataev")
    action(window, "editHero").trigger()
    form = seen[0]
    assert form.result() == QDialog.DialogCode.Rejected
    assert not form.save_button.isEnabled()
    problem = form.findChild(QLabel, f"problem-{field}")
    assert reason in problem.text()
    assert problem.isVisibleTo(form)
    assert window.catalogue.hero("karsybay-spataev") == before
    assert window.undo_stack.count() == 0


def test_undo_and_redo_an_edit_with_the_keyboard(spataev, monkeypatch, qtbot):
    window = spataev
    fill_form(monkeypatch, {"unit": "Test Regiment 77"})
    action(window, "editHero").trigger()
    undo = action(window, "undo")
    assert undo.text() == "&Undo Edit Karsybay Spataev"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Test Regiment 77" not in detail_text(window)
    assert "13th separate horse-artillery" in detail_text(window)
    qtbot.keyClick(
        window.table, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert "Unit Test Regiment 77" in detail_text(window)
    history = window.editing.writer.history(*_hero_entity(), "karsybay-spataev")
    actions = [item.action for item in history]
    assert actions == ["redo", "undo", "edit"]


def test_add_a_hero_then_delete_it_after_confirmation_and_undo(window, monkeypatch):
    fill_form(monkeypatch, {"name_en": "Test Hero", "name_ru": "Тест Героев", "birth_date": "1920"})
    action(window, "newHero").trigger()
    assert window.hero_model.total_count == 29
    assert window.detail.hero_id == "test-hero"
    assert "Test Hero" in detail_text(window)
    assert window.status.text() == "Showing 29 of 29 heroes"

    asked = []
    monkeypatch.setattr(
        plain, "question",
        lambda *args, **kwargs: asked.append(args[2]) or plain.Button.Yes,
    )  # fmt: skip
    action(window, "deleteHero").trigger()
    assert "Delete Test Hero from the catalogue?" in asked[0]
    assert window.hero_model.total_count == 28
    assert window.catalogue.hero("test-hero") is None
    assert window.hero_model.row_of("test-hero") is None

    action(window, "undo").trigger()
    assert window.hero_model.total_count == 29
    assert window.catalogue.hero("test-hero")["name_ru"] == "Тест Героев"


def test_delete_is_not_done_when_the_user_says_no(spataev, monkeypatch):
    monkeypatch.setattr(plain, "question", lambda *a, **k: plain.Button.No)
    action(spataev, "deleteHero").trigger()
    assert spataev.catalogue.hero("karsybay-spataev") is not None
    assert spataev.undo_stack.count() == 0


def test_history_lists_changes_and_a_revert_is_recorded_and_undoable(spataev, monkeypatch):
    window = spataev
    fill_form(monkeypatch, {"military_rank": "Sergeant"})
    action(window, "editHero").trigger()
    fill_form(monkeypatch, {"military_rank": "Senior Sergeant"})
    action(window, "editHero").trigger()

    dialog = HistoryDialog(window.editing, *_hero_entity(), "karsybay-spataev", "Spataev", window)
    table = dialog.table
    assert table.rowCount() == 2
    newest = [table.item(0, column).text() for column in range(table.columnCount())]
    assert newest[1:] == [window.editing.writer.user, "edited", "Rank", "Sergeant",
                          "Senior Sergeant"]  # fmt: skip
    table.selectRow(1)  # the first change: (empty) -> Sergeant
    dialog.revert_button.click()
    assert window.catalogue.hero("karsybay-spataev")["military_rank"] is None
    assert "Rank unknown" in detail_text(window)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 2).text() == "reverted"

    action(window, "undo").trigger()
    assert window.catalogue.hero("karsybay-spataev")["military_rank"] == "Senior Sergeant"


def test_html_in_a_biography_is_shown_as_text(spataev, monkeypatch):
    window = spataev
    hostile = '<script>alert(1)</script><img src="http://example.org/x.png">Bold <b>claim</b>'
    fill_form(monkeypatch, {"biography": hostile})
    action(window, "editHero").trigger()
    text = window.detail.toPlainText()
    assert "<script>alert(1)</script>" in text
    assert '<img src="http://example.org/x.png">' in text
    assert "<b>claim</b>" in text
    html = window.detail.toHtml()
    assert "http://example.org/x.png" not in html.replace(
        "&quot;http://example.org/x.png&quot;", ""
    )


def shown_form(window, qtbot) -> RecordForm:
    """The current hero's form, open on screen (not modal) as a user sees it."""
    form = hero_form(window.current_record(), "Edit", window)
    form.show()
    qtbot.waitExposed(form)
    return form


def wheel_down(widget) -> None:
    """One notch of the mouse wheel with the pointer over ``widget``, as the system sends it."""
    window = widget.window()
    centre = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, -120))
    QApplication.processEvents()


@pytest.mark.parametrize("field", ["posthumous", "group_code", "confidence"])
def test_the_wheel_scrolls_the_form_and_changes_a_drop_down_only_when_it_has_focus(
    spataev, qtbot, field
):
    form = shown_form(spataev, qtbot)
    combo = form.widget(field)
    combo.setCurrentIndex(0)
    form.scroll.ensureWidgetVisible(combo)
    bar = form.scroll.verticalScrollBar()
    scrolled = bar.value()
    wheel_down(combo)
    assert combo.currentIndex() == 0
    assert bar.value() > scrolled  # the form scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(combo)
    assert combo.currentIndex() == 1


def answer_discard_question(monkeypatch, answer: str) -> list[str]:
    """Let the question "Discard your changes ...?" be answered with the button ``answer``."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(button for button in box.buttons() if button.text() == answer).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def retype(widget, text: str) -> None:
    widget.clear()
    type_text(widget, text)


def test_esc_after_typing_asks_and_keep_editing_keeps_the_typing_to_save(
    spataev, monkeypatch, qtbot
):
    asked = answer_discard_question(monkeypatch, "Keep editing")
    form = shown_form(spataev, qtbot)
    retype(form.widget("unit"), "Test Regiment 77")
    qtbot.keyClick(form.widget("unit"), Qt.Key.Key_Escape)
    assert asked == ["Discard your changes to Karsybay Spataev?"]
    assert form.isVisible()
    assert form.widget("unit").text() == "Test Regiment 77"


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_leaving_a_form_with_changes_discards_them_only_when_the_user_says_so(
    spataev, monkeypatch, qtbot, how
):
    asked = answer_discard_question(monkeypatch, "Discard")
    form = shown_form(spataev, qtbot)
    retype(form.widget("unit"), "Test Regiment 77")
    if how == "escape":
        qtbot.keyClick(form.widget("unit"), Qt.Key.Key_Escape)
    elif how == "cancel":
        form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    else:
        form.close()
    assert asked == ["Discard your changes to Karsybay Spataev?"]
    assert not form.isVisible()
    assert form.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_a_form_without_changes_closes_at_once(spataev, qtbot, how):
    form = shown_form(spataev, qtbot)  # a question here would fail the test (conftest)
    if how == "escape":
        qtbot.keyClick(form.widget("unit"), Qt.Key.Key_Escape)
    elif how == "cancel":
        form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    else:
        form.close()
    assert not form.isVisible()


def test_a_long_problem_wraps_and_is_shown_whole(spataev, qtbot):
    form = shown_form(spataev, qtbot)
    retype(form.widget("award_date"), "1933")  # nothing to show beside the field
    problem = form.findChild(QLabel, "problem-award_date")
    assert problem.text() == (
        "a decree date falls between 16 April 1934, when the title was created, "
        "and 24 December 1991"
    )
    assert problem.wordWrap()
    assert problem.width() > form.widget("award_date").width()  # the row's width, not the date's
    qtbot.waitUntil(lambda: problem.height() >= problem.heightForWidth(problem.width()))


@pytest.mark.parametrize(
    ("typed", "stored", "understood"),
    [
        ("26.11.1942", "1942-11-26", "26 November 1942"),
        ("11.1942", "1942-11", "November 1942"),
        ("1942-11-26", "1942-11-26", "26 November 1942"),
        ("1942-11", "1942-11", "November 1942"),
        ("1942", "1942", ""),  # nothing to explain
    ],
)
def test_the_form_takes_dates_as_imports_do_and_stores_them_as_iso(
    spataev, monkeypatch, typed, stored, understood
):
    seen: list[RecordForm] = []
    fill_form(monkeypatch, {"award_date": typed}, seen)
    action(spataev, "editHero").trigger()
    form = seen[0]
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.findChild(QLabel, "understood-award_date").text() == understood
    assert spataev.catalogue.hero("karsybay-spataev")["award_date"] == stored


def test_a_dotted_date_that_is_no_calendar_date_says_why(spataev, qtbot):
    form = shown_form(spataev, qtbot)
    retype(form.widget("award_date"), "31.11.1942")
    assert not form.save_button.isEnabled()
    problem = form.findChild(QLabel, "problem-award_date")
    assert problem.text() == "'31.11.1942' is not a calendar date (November 1942 has 30 days)"
    assert form.findChild(QLabel, "understood-award_date").text() == ""


def _hero_entity():
    from heroviewer.catalogue.writer import HERO

    return (HERO,)
